import { describe, expect, it } from "vitest";
import { renderMarkdown } from "../../src/modules/revision/document.js";
import { completeContent, flow, names } from "./content-fixture.js";

const none = { document: null, clause: null };

/** The text under a "## " heading, up to the next "## " heading. */
function section(markdown: string, heading: string): string {
  const start = markdown.indexOf(`\n## ${heading}\n`);
  expect(start, `heading "${heading}"`).toBeGreaterThan(-1);
  const rest = markdown.slice(start + heading.length + 5);
  const end = rest.indexOf("\n## ");
  return (end === -1 ? rest : rest.slice(0, end)).trim();
}

describe("renderMarkdown", () => {
  it("follows the PMoU's section order", () => {
    const markdown = renderMarkdown(completeContent(), names);
    const headings = [
      "# Process level MoU between the Home Office and DWP",
      "## Introduction and Participants to the Memorandum of Understanding (MoU)",
      "## Formalities",
      "### Date of review",
      "### Administration",
      "## Legal bases to share data",
      "## Statutory Data Processing Conditions",
      "## Role of Controller in respect of the data sharing arrangement",
      "## Purpose and benefits of the data sharing",
      "## Data to be shared and the systems the data will be derived from",
      "## Type of data share",
      "## Retention and destruction schedule",
      "## Permitted uses of the data in respect of this MoU",
      "## Onward disclosure to third parties",
      "## Roles of each Participant to the MoU",
      "## Subject Access Requests (SAR)",
      "### Freedom of Information Act (FOIA) Requests and Transparency",
      "## Handling of personal data and data security",
      "## Monitoring and reviewing arrangements",
      "## Termination",
      "## Security breaches, security incidents or loss or unauthorised disclosures of data",
      "## Signatories",
      "## Annexes",
      "## Document history",
    ];
    const lines = markdown.split("\n");
    const indices = headings.map((heading) => lines.indexOf(heading));
    expect(
      indices.every((i) => i >= 0),
      JSON.stringify(indices),
    ).toBe(true);
    expect([...indices].sort((a, b) => a - b)).toEqual(indices);
    // Nothing else at top level: a new section must be placed in the list above deliberately.
    expect(lines.filter((line) => line.startsWith("## "))).toEqual(headings.filter((h) => h.startsWith("## ")));
  });

  it("puts the status line near the top", () => {
    const markdown = renderMarkdown(completeContent(), names);
    expect(markdown.split("\n")[2]).toBe(
      "**Status:** Active · **Effective:** 2019-01-01 to 2026-04-30 · **Reference:** PMoU 2019 · " +
        "**Owner:** UKVI Strategy Team, Home Office",
    );
  });

  it("states legal bases per direction with the gateway's full citation", () => {
    const legal = section(renderMarkdown(completeContent(), names), "Legal bases to share data");
    expect(legal).toContain("### DWP to Home Office");
    expect(legal).toContain("### Home Office to DWP");
    expect(legal).toContain(
      "**Immigration and Asylum Act 1999 s20** — Immigration and Asylum Act 1999, section 20, as amended by " +
        "section 55 of the Immigration Act 2016 (`iaa-1999-s20`)",
    );
    expect(legal.indexOf("Immigration and Asylum Act 1999, section 20")).toBeLessThan(legal.indexOf("### Home Office"));
  });

  it("renders a DENY flow as a prohibition", () => {
    const content = completeContent({
      flows: [
        ...completeContent().flows,
        flow({ code: "rti-not-for-lwp", provider: "dwp", recipient: "home-office", effect: "DENY", gateways: [] }),
      ],
    });
    const data = section(
      renderMarkdown(content, names),
      "Data to be shared and the systems the data will be derived from",
    );
    expect(data).toContain(
      "**Prohibited** (`rti-not-for-lwp`): DWP must not share this data with Home Office for these purposes.",
    );
    expect(data).toContain("**Permitted** (`test-pmou.dwp-to-ho`): DWP may share this data with Home Office.");
    expect(data).toContain("Legal gateways: None (a prohibition)");
    const uses = section(renderMarkdown(content, names), "Permitted uses of the data in respect of this MoU");
    expect(uses).toContain("must not share");
  });

  it("shows flow details: names with codes, any channel, conditions and clause", () => {
    const content = completeContent({
      flows: [
        flow({
          code: "f1",
          provider: "home-office",
          recipient: "dwp",
          channels: [],
          dataItems: ["euss.applicant-identity", "unknown.item"],
          conditions: ["cond-1"],
          clauseReference: "Annex B ¶20",
        }),
      ],
      conditions: [
        {
          code: "cond-1",
          annex: null,
          kind: "PRECONDITION",
          description: "Same claim form.",
          factKey: null,
          clauseReference: "Annex B ¶20",
          source: none,
        },
      ],
    });
    const data = section(
      renderMarkdown(content, names),
      "Data to be shared and the systems the data will be derived from",
    );
    expect(data).toContain("### Data supplied by Home Office to DWP");
    expect(data).toContain("Data items: Applicant identity (`euss.applicant-identity`); `unknown.item`");
    expect(data).toContain("Purposes: EU Settlement Scheme residency assessment (`euss-residency-assessment`)");
    expect(data).toContain("Channels: any channel");
    expect(data).toContain("Conditions: `cond-1` — Same claim form.");
    expect(data).toContain("Clause: Annex B ¶20");
  });

  it("names a null recipient as each signatory local authority when the recipients are LAs", () => {
    const las = ["la-england-sample", "la-wales-sample"].map((organisation) => ({
      organisation,
      roles: ["RECIPIENT"],
      description: null,
      source: none,
    }));
    const toLas = completeContent({
      participants: [{ organisation: "dwp", roles: ["PROVIDER"], description: null, source: none }, ...las],
      flows: [flow({ code: "f", provider: "dwp", recipient: null })],
    });
    expect(renderMarkdown(toLas, names)).toContain("### DWP to each signatory local authority");
    // Without organisation kinds, the renderer cannot tell they are local authorities.
    const { organisationKind: _kind, ...withoutKinds } = names;
    expect(renderMarkdown(toLas, withoutKinds)).toContain("### DWP to each recipient participant");
  });

  it('says "Not stated." for empty sections and unset terms', () => {
    const content = completeContent(
      { retention: [], controllers: [], processingConditions: [], documentVersions: [] },
      { subjectAccessTerms: null, foiTerms: "  ", breachNotificationHours: null, noticePeriodMonths: null },
    );
    const markdown = renderMarkdown(content, names);
    expect(section(markdown, "Retention and destruction schedule")).toBe("Not stated.");
    expect(section(markdown, "Role of Controller in respect of the data sharing arrangement")).toBe("Not stated.");
    expect(section(markdown, "Statutory Data Processing Conditions")).toBe("Not stated.");
    expect(section(markdown, "Document history")).toBe("Not stated.");
    expect(section(markdown, "Subject Access Requests (SAR)")).toBe(
      "Not stated.\n\n### Freedom of Information Act (FOIA) Requests and Transparency\n\nNot stated.",
    );
    expect(section(markdown, "Termination")).toContain("**Notice period:** Not stated.");
    expect(section(markdown, "Security breaches, security incidents or loss or unauthorised disclosures of data")).toBe(
      "**Notification window:** Not stated.",
    );
    expect(section(markdown, "Annexes")).toBe("None.");
  });

  it("renders a zero notice period as no notice rather than a gap", () => {
    const markdown = renderMarkdown(completeContent({}, { noticePeriodMonths: 0 }), names);
    expect(section(markdown, "Termination")).toContain("**Notice period:** none (may end without notice)");
  });

  it("escapes pipes in table cells", () => {
    const content = completeContent({
      retention: [
        {
          recordType: "Incident log | LAST 4",
          dataItem: null,
          periodMonths: 14,
          disposition: "destroy\nsecurely",
          trigger: null,
          source: none,
        },
      ],
      documentVersions: [{ label: "1.23", issuedOn: "2011-06-10", summary: "Signed | off", source: none }],
    });
    const markdown = renderMarkdown(content, names);
    expect(section(markdown, "Retention and destruction schedule")).toContain(
      "| Incident log \\| LAST 4 | — | 14 months | destroy securely | — |",
    );
    expect(section(markdown, "Document history")).toContain("| 1.23 | 2011-06-10 | Signed \\| off |");
  });

  it("renders each annex with its own flows, kept out of the main body", () => {
    const content = completeContent({
      annexes: [
        { label: "C", title: "Local Welfare Provision", summary: "LWP.", signedSeparately: true, source: none },
      ],
      flows: [
        ...completeContent().flows,
        flow({ code: "annex-c.rti", provider: "dwp", recipient: "home-office", annex: "C", effect: "DENY" }),
      ],
    });
    const markdown = renderMarkdown(content, names);
    const annexes = section(markdown, "Annexes");
    expect(annexes).toContain("### Annex C: Local Welfare Provision");
    expect(annexes).toContain("Signed separately by the participants.");
    expect(annexes).toContain("#### Data supplied by DWP to Home Office");
    expect(annexes).toContain("**Prohibited** (`annex-c.rti`)");
    expect(section(markdown, "Data to be shared and the systems the data will be derived from")).not.toContain(
      "annex-c.rti",
    );
  });

  it("falls back to codes when the catalogue has no name", () => {
    const blank = {
      organisation: () => undefined,
      purpose: () => undefined,
      dataItem: () => undefined,
      gateway: () => undefined,
      channel: () => undefined,
    };
    const markdown = renderMarkdown(completeContent(), blank);
    expect(markdown).toContain("### home-office to dwp");
    expect(markdown).toContain("- `crown-common-law-powers`");
    expect(markdown).toContain("Channels: api");
  });

  it("is deterministic", () => {
    expect(renderMarkdown(completeContent(), names)).toBe(renderMarkdown(completeContent(), names));
  });
});
