import { describe, expect, it } from "vitest";
import type { AgreementContent, ContentFlow } from "../../src/modules/revision/content.js";
import { diffContent } from "../../src/modules/revision/diff.js";

const AG = "dwp-la-mou-2017";
const cite = (clause: string | null = null) => ({ document: AG, clause });

function flow(overrides: Partial<ContentFlow> = {}): ContentFlow {
  return {
    code: `${AG}.annex-a.rti-hb`,
    annex: "A",
    provider: "dwp",
    recipient: null,
    effect: "ALLOW",
    description: "RTI earnings for housing benefit",
    clauseReference: "Annex A ¶3",
    purposes: ["hb-administration"],
    dataItems: ["rti-earnings"],
    channels: ["searchlight"],
    gateways: ["ssaa-1992-s122c"],
    conditions: [`${AG}.same-form`],
    source: cite("A3"),
    ...overrides,
  };
}

/** A minimal valid content with one of most rows, plus overrides. */
function content(overrides: Partial<AgreementContent> = {}): AgreementContent {
  return {
    code: AG,
    kind: "MOU",
    title: "DWP and local authorities MoU",
    reference: "MOU-2017",
    summary: "Data sharing for benefit administration.",
    status: "DRAFT",
    parent: null,
    derivedFrom: null,
    amends: null,
    ownerTeam: "data-sharing",
    ownerOrganisation: "dwp",
    effectiveFrom: "2017-04-01",
    effectiveTo: "2018-03-31",
    terms: {
      reviewCadenceMonths: 12,
      reviewTerms: null,
      noticePeriodMonths: 3,
      terminationTerms: null,
      breachNotificationHours: 24,
      subjectAccessTerms: null,
      foiTerms: null,
      securityTerms: null,
      onwardDisclosureTerms: null,
      signingTerms: null,
    },
    source: cite(),
    participants: [
      { organisation: "dwp", roles: ["PROVIDER"], description: null, source: cite("1.1") },
      { organisation: "la-wales-sample", roles: ["RECIPIENT"], description: null, source: cite("1.2") },
    ],
    annexes: [{ label: "A", title: "RTI", summary: "Earnings data", signedSeparately: false, source: cite("A") }],
    signatures: [],
    controllers: [],
    processingConditions: [],
    flows: [flow()],
    conditions: [
      {
        code: `${AG}.same-form`,
        annex: "B",
        kind: "PRECONDITION",
        description: "Claim on the same form as HB",
        factKey: "claim-on-same-form-as-hb",
        clauseReference: "Annex B ¶20",
        source: cite("B20"),
      },
    ],
    restrictions: [],
    retention: [],
    operationalRules: [],
    documentVersions: [],
    reviews: [],
    terminations: [],
    ...overrides,
  };
}

const withFlow = (overrides: Partial<ContentFlow>) => content({ flows: [flow(overrides)] });
const none = { purposes: [], dataItems: [], channels: [], gateways: [] };

describe("diffContent", () => {
  it("finds nothing between identical contents, whatever the citations say", () => {
    expect(diffContent(content(), content())).toEqual([]);
    const recited = content({ source: cite("x"), flows: [flow({ source: cite("elsewhere") })] });
    expect(diffContent(content(), recited)).toEqual([]);
  });

  it("reports a purpose added to a flow as WIDENED", () => {
    const changes = diffContent(content(), withFlow({ purposes: ["hb-administration", "lctr-administration"] }));
    expect(changes).toEqual([
      {
        area: "FLOW",
        kind: "WIDENED",
        subject: "annex-a.rti-hb",
        clauseReference: "Annex A ¶3",
        summary: "Flow annex-a.rti-hb now also covers purpose lctr-administration",
        before: null,
        after: null,
        added: { ...none, purposes: ["lctr-administration"] },
        removed: none,
      },
    ]);
  });

  it("reports a data item removed as NARROWED", () => {
    const from = withFlow({ dataItems: ["rti-earnings", "rti-employer"] });
    const [change] = diffContent(from, content());
    expect(change).toMatchObject({ area: "FLOW", kind: "NARROWED", removed: { dataItems: ["rti-employer"] } });
    expect(change.summary).toBe("Flow annex-a.rti-hb no longer covers data item rti-employer");
  });

  it("treats an empty channel list as any channel", () => {
    const any = withFlow({ channels: [] });
    const rti = withFlow({ channels: ["rti"] });
    expect(diffContent(any, rti)).toMatchObject([{ kind: "NARROWED", added: { channels: ["rti"] } }]);
    expect(diffContent(rti, any)).toMatchObject([{ kind: "WIDENED", removed: { channels: ["rti"] } }]);
    expect(diffContent(any, rti)[0].summary).toBe(
      "Flow annex-a.rti-hb is now limited to channel rti (was any channel)",
    );
  });

  it("reports additions and removals together as CHANGED", () => {
    const changes = diffContent(content(), withFlow({ purposes: ["lctr-administration"] }));
    expect(changes).toMatchObject([
      {
        area: "FLOW",
        kind: "CHANGED",
        added: { purposes: ["lctr-administration"] },
        removed: { purposes: ["hb-administration"] },
      },
    ]);
  });

  it("reports a changed field of a flow with before and after", () => {
    const changes = diffContent(content(), withFlow({ recipient: "la-wales-sample" }));
    expect(changes).toMatchObject([
      { area: "FLOW", kind: "CHANGED", subject: "annex-a.rti-hb", before: null, after: "la-wales-sample" },
    ]);
    expect(changes[0].summary).toContain("recipient");
  });

  it("reports a swapped gateway as GATEWAY CHANGED, not as widening", () => {
    const changes = diffContent(content(), withFlow({ gateways: ["wra-2012-s131"] }));
    expect(changes).toEqual([
      expect.objectContaining({
        area: "GATEWAY",
        kind: "CHANGED",
        subject: "annex-a.rti-hb",
        added: { ...none, gateways: ["wra-2012-s131"] },
        removed: { ...none, gateways: ["ssaa-1992-s122c"] },
      }),
    ]);
  });

  it("reports a flow's conditions changing as FLOW CHANGED naming them", () => {
    const [change] = diffContent(content(), withFlow({ conditions: [] }));
    expect(change).toMatchObject({ area: "FLOW", kind: "CHANGED", before: "same-form", after: null });
    expect(change.summary).toBe("Flow annex-a.rti-hb no longer requires condition same-form");
  });

  it("reports flows added and removed with their full sets", () => {
    const other = flow({ code: `${AG}.annex-c.cis`, purposes: ["ctr"], channels: [], gateways: ["g"] });
    const added = diffContent(content(), content({ flows: [flow(), other] }));
    expect(added).toMatchObject([
      {
        area: "FLOW",
        kind: "ADDED",
        subject: "annex-c.cis",
        added: { purposes: ["ctr"], dataItems: ["rti-earnings"], channels: [], gateways: ["g"] },
      },
    ]);
    const removed = diffContent(content({ flows: [flow(), other] }), content());
    expect(removed).toMatchObject([
      { area: "FLOW", kind: "REMOVED", subject: "annex-c.cis", removed: { purposes: ["ctr"] } },
    ]);
  });

  it("matches a copy's renamed codes to the original's", () => {
    const rename = (code: string) => code.replace(`${AG}.`, "dwp-la-mou-2018.");
    const original = content();
    const copy: AgreementContent = {
      ...original,
      code: "dwp-la-mou-2018",
      flows: original.flows.map((f) => ({ ...f, code: rename(f.code), conditions: f.conditions.map(rename) })),
      conditions: original.conditions.map((c) => ({ ...c, code: rename(c.code) })),
    };
    expect(diffContent(original, copy)).toEqual([]);
  });

  it("reports a participant's roles changing", () => {
    const to = content({
      participants: [
        { organisation: "dwp", roles: ["PROVIDER"], description: null, source: cite("1.1") },
        { organisation: "la-wales-sample", roles: ["RECIPIENT", "PROVIDER"], description: null, source: cite("1.2") },
      ],
    });
    expect(diffContent(content(), to)).toMatchObject([
      { area: "PARTY", kind: "CHANGED", subject: "la-wales-sample", before: "RECIPIENT", after: "PROVIDER, RECIPIENT" },
    ]);
  });

  it("reports a signature added without the signatory's name", () => {
    const signature = {
      organisation: "la-wales-sample",
      annex: "C",
      name: "A. Person",
      capacity: "SECTION_151_OFFICER",
      position: null,
      signedOn: "2017-08-01",
      source: cite("sig"),
    };
    const changes = diffContent(content(), content({ signatures: [signature] }));
    expect(changes).toMatchObject([
      {
        area: "SIGNATURE",
        kind: "ADDED",
        subject: "la-wales-sample",
        summary: "la-wales-sample signed Annex C as SECTION_151_OFFICER on 2017-08-01",
      },
    ]);
    expect(JSON.stringify(changes)).not.toContain("A. Person");
  });

  it("reports effectiveTo changing as DATES with before and after", () => {
    expect(diffContent(content(), content({ effectiveTo: "2019-03-31" }))).toEqual([
      {
        area: "DATES",
        kind: "CHANGED",
        subject: "effectiveTo",
        clauseReference: null,
        summary: "Effective to changed from 2018-03-31 to 2019-03-31",
        before: "2018-03-31",
        after: "2019-03-31",
        added: none,
        removed: none,
      },
    ]);
  });

  it("reports a term changing as TERMS", () => {
    const to = content({ terms: { ...content().terms, noticePeriodMonths: 6 } });
    expect(diffContent(content(), to)).toMatchObject([
      { area: "TERMS", kind: "CHANGED", subject: "terms.noticePeriodMonths", before: "3", after: "6" },
    ]);
  });

  it("reports a status change as STATUS", () => {
    expect(diffContent(content(), content({ status: "APPROVED" }))).toMatchObject([
      { area: "STATUS", kind: "CHANGED", subject: "status", before: "DRAFT", after: "APPROVED" },
    ]);
  });

  it("reports retention and restrictions added", () => {
    const to = content({
      retention: [
        {
          recordType: "claim-records",
          dataItem: "rti-earnings",
          periodMonths: 14,
          disposition: "DESTROY",
          trigger: null,
          source: cite("7.1"),
        },
      ],
      restrictions: [
        {
          code: `${AG}.uk-access-only`,
          annex: null,
          kind: "TERRITORY",
          description: "Only accessed in the UK",
          originatingController: null,
          purpose: null,
          channel: null,
          approvalBy: null,
          permittedTerritories: ["UK"],
          factKey: null,
          clauseReference: "§4.5",
          source: cite("4.5"),
        },
      ],
    });
    expect(diffContent(content(), to)).toMatchObject([
      { area: "RESTRICTION", kind: "ADDED", subject: "uk-access-only", clauseReference: "§4.5" },
      { area: "RETENTION", kind: "ADDED", subject: "retention:claim-records:rti-earnings", clauseReference: "7.1" },
    ]);
  });

  it("orders entries by area, then subject", () => {
    const to = content({
      status: "APPROVED",
      title: "Renamed",
      flows: [flow({ purposes: [] }), flow({ code: `${AG}.annex-a.aaa` })],
      effectiveFrom: "2017-05-01",
    });
    expect(diffContent(content(), to).map((c) => [c.area, c.subject])).toEqual([
      ["TERMS", "title"],
      ["DATES", "effectiveFrom"],
      ["STATUS", "status"],
      ["FLOW", "annex-a.aaa"],
      ["FLOW", "annex-a.rti-hb"],
    ]);
  });
});
