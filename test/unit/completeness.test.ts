import { describe, expect, it } from "vitest";
import type { AgreementContent } from "../../src/modules/revision/content.js";
import { assessCompleteness } from "../../src/modules/revision/completeness.js";
import { completeContent, flow } from "./content-fixture.js";

const none = { document: null, clause: null };

const REQUIREMENTS = [
  "PARTIES",
  "PURPOSE",
  "LEGAL_BASIS_PER_DIRECTION",
  "PROCESSING_CONDITIONS",
  "CONTROLLER_ROLES_PER_PHASE",
  "DATA_ITEMS_EACH_WAY",
  "RETENTION",
  "SUBJECT_ACCESS_AND_FOI",
  "SECURITY",
  "BREACH_NOTIFICATION_WINDOW",
  "REVIEW_CADENCE",
  "TERMINATION_TERMS",
  "SIGNATORIES",
];

/** The requirements that failed, with their sentences. */
const failures = (content: AgreementContent, parent?: AgreementContent | null) =>
  assessCompleteness(content, parent)
    .checks.filter((c) => !c.satisfied)
    .map((c) => [c.requirement, c.missing]);

const base = completeContent();
const [dwpToHo, hoToDwp] = base.flows;

describe("assessCompleteness", () => {
  it("accepts a complete agreement, checking every requirement in a stable order", () => {
    const report = assessCompleteness(base);
    expect(report.complete).toBe(true);
    expect(report.missing).toEqual([]);
    expect(report.checks.map((c) => c.requirement)).toEqual(REQUIREMENTS);
    expect(report.checks.every((c) => c.satisfied && c.missing === null && c.description.length > 0)).toBe(true);
  });

  const gaps: [string, AgreementContent, string][] = [
    [
      "PARTIES",
      completeContent({ participants: [base.participants[0]] }),
      "Only 1 participant(s) named; at least two needed",
    ],
    [
      "PARTIES",
      completeContent({ participants: base.participants.map((p) => ({ ...p, roles: ["PROVIDER"] })) }),
      "No participant receives data",
    ],
    [
      "PURPOSE",
      completeContent({ flows: [dwpToHo, { ...hoToDwp, purposes: [] }] }),
      "No purpose stated for flow test-pmou.ho-to-dwp",
    ],
    [
      "LEGAL_BASIS_PER_DIRECTION",
      completeContent({ flows: [dwpToHo, { ...hoToDwp, gateways: [] }] }),
      "No legal gateway for flows from home-office to dwp",
    ],
    [
      "PROCESSING_CONDITIONS",
      completeContent({ processingConditions: base.processingConditions.filter((p) => p.organisation !== "dwp") }),
      "No processing condition (lawful basis) stated for dwp",
    ],
    [
      "CONTROLLER_ROLES_PER_PHASE",
      completeContent({
        controllers: base.controllers.filter((c) => !(c.organisation === "home-office" && c.phase === "AFTER_RECEIPT")),
      }),
      "Controller role not stated for home-office after receipt",
    ],
    [
      "DATA_ITEMS_EACH_WAY",
      completeContent({ flows: [{ ...dwpToHo, dataItems: [] }, hoToDwp] }),
      "No data items stated for flows from dwp to home-office",
    ],
    ["RETENTION", completeContent({ retention: [] }), "No retention period or rule stated"],
    [
      "SUBJECT_ACCESS_AND_FOI",
      completeContent({}, { foiTerms: null }),
      "Freedom of Information request handling not stated",
    ],
    [
      "SUBJECT_ACCESS_AND_FOI",
      completeContent({}, { subjectAccessTerms: null, foiTerms: null }),
      "Subject access and Freedom of Information request handling not stated",
    ],
    ["SECURITY", completeContent({}, { securityTerms: "   " }), "Security terms not stated"],
    [
      "BREACH_NOTIFICATION_WINDOW",
      completeContent({}, { breachNotificationHours: null }),
      "Breach notification window not stated",
    ],
    ["REVIEW_CADENCE", completeContent({}, { reviewCadenceMonths: null }), "Review cadence not stated"],
    [
      "TERMINATION_TERMS",
      completeContent({}, { noticePeriodMonths: null }),
      "Notice period for termination not stated",
    ],
    ["TERMINATION_TERMS", completeContent({}, { terminationTerms: "" }), "Termination terms not stated"],
    [
      "SIGNATORIES",
      completeContent({}, { signingTerms: null }),
      "Signatories (who signs and in what capacity) not stated",
    ],
  ];

  it.each(gaps)("fails only %s, saying: %s", (requirement, content, sentence) => {
    const report = assessCompleteness(content);
    expect(report.complete).toBe(false);
    expect(failures(content)).toEqual([[requirement, sentence]]);
    expect(report.missing).toEqual([sentence]);
  });

  it("allows a zero notice period (no notice)", () => {
    expect(assessCompleteness(completeContent({}, { noticePeriodMonths: 0 })).complete).toBe(true);
  });

  it("names every direction that lacks a legal gateway, counting a null recipient as any recipient", () => {
    const content = completeContent({
      flows: [
        dwpToHo,
        { ...hoToDwp, gateways: [] },
        flow({ code: "any", provider: "dwp", recipient: null, gateways: [] }),
        // Prohibitions need no gateway.
        flow({ code: "deny", provider: "home-office", recipient: "dwp", effect: "DENY", gateways: [] }),
      ],
    });
    expect(failures(content)).toEqual([
      ["LEGAL_BASIS_PER_DIRECTION", "No legal gateway for flows from home-office to dwp and from dwp to any recipient"],
    ]);
  });

  it("accepts a direction when any of its permitted flows has a gateway", () => {
    const content = completeContent({
      flows: [...base.flows, flow({ code: "z", provider: "home-office", recipient: "dwp", gateways: [] })],
    });
    expect(assessCompleteness(content).complete).toBe(true);
  });

  it("requires processing conditions and controller roles of the recipient participants of a null-recipient flow", () => {
    const content = completeContent({
      participants: [
        ...base.participants,
        { organisation: "la-england-sample", roles: ["RECIPIENT"], description: null, source: none },
      ],
      flows: [...base.flows, flow({ code: "to-las", provider: "dwp", recipient: null })],
    });
    expect(failures(content)).toEqual([
      ["PROCESSING_CONDITIONS", "No processing condition (lawful basis) stated for la-england-sample"],
      [
        "CONTROLLER_ROLES_PER_PHASE",
        "Controller role not stated for la-england-sample during transfer and la-england-sample after receipt",
      ],
    ]);
  });

  it("reports a missing permitted flow under PURPOSE alone", () => {
    const content = completeContent({ flows: base.flows.map((f) => ({ ...f, effect: "DENY" as const })) });
    expect(failures(content)).toEqual([["PURPOSE", "No permitted data flow is stated"]]);
  });

  describe("an ADDENDUM", () => {
    const addendum = completeContent(
      {
        code: "test-addendum",
        kind: "ADDENDUM",
        parent: "test-pmou",
        participants: [],
        controllers: [],
        processingConditions: [],
        retention: [],
        flows: [flow({ code: "dta", provider: "dwp", recipient: "home-office", gateways: [], channels: ["dta"] })],
      },
      {
        reviewCadenceMonths: null,
        reviewTerms: null,
        noticePeriodMonths: null,
        terminationTerms: null,
        breachNotificationHours: null,
        subjectAccessTerms: null,
        foiTerms: null,
        securityTerms: null,
        signingTerms: null,
      },
    );

    it("inherits what it does not state from its parent, and says so", () => {
      const report = assessCompleteness(addendum, base);
      expect(report.complete).toBe(true);
      const retention = report.checks.find((c) => c.requirement === "RETENTION");
      expect(retention?.description).toContain("satisfied by its parent agreement test-pmou");
      const legal = report.checks.find((c) => c.requirement === "LEGAL_BASIS_PER_DIRECTION");
      expect(legal?.description).toContain("completed by its parent agreement test-pmou");
    });

    it("is incomplete without its parent", () => {
      const report = assessCompleteness(addendum);
      expect(report.complete).toBe(false);
      expect(report.missing).toContain("No legal gateway for flows from dwp to home-office");
      expect(report.missing).toContain("Breach notification window not stated");
    });

    it("does not borrow the parent's gateways for a direction the parent does not cover", () => {
      const newDirection = {
        ...addendum,
        participants: [{ organisation: "la-wales-sample", roles: ["RECIPIENT"], description: null, source: none }],
        flows: [flow({ code: "new", provider: "dwp", recipient: "la-wales-sample", gateways: [] })],
      };
      expect(failures(newDirection, base)).toEqual([
        ["LEGAL_BASIS_PER_DIRECTION", "No legal gateway for flows from dwp to la-wales-sample"],
        ["PROCESSING_CONDITIONS", "No processing condition (lawful basis) stated for la-wales-sample"],
        [
          "CONTROLLER_ROLES_PER_PHASE",
          "Controller role not stated for la-wales-sample during transfer and la-wales-sample after receipt",
        ],
      ]);
    });

    it("still fails what neither it nor its parent states", () => {
      const parent = completeContent({}, { breachNotificationHours: null });
      expect(failures(addendum, parent)).toEqual([
        ["BREACH_NOTIFICATION_WINDOW", "Breach notification window not stated"],
      ]);
    });

    it("applies only to addenda: a PMoU does not inherit from its parent", () => {
      const pmou = completeContent({ parent: "overarching" }, { securityTerms: null });
      expect(failures(pmou, base)).toEqual([["SECURITY", "Security terms not stated"]]);
    });
  });
});
