/**
 * Renders an agreement's content as a Markdown MoU a policy team can circulate. The section order
 * and headings follow the Home Office ↔ DWP process-level MoU (2019), the registry's modern
 * template; gaps read "Not stated." so a reviewer sees them rather than an absent heading.
 */
import type { AgreementContent, ContentFlow } from "./content.js";

/** Display names from the catalogue; any lookup may return undefined, and the code is shown instead. */
export interface NameLookup {
  organisation(code: string): string | undefined;
  purpose(code: string): string | undefined;
  dataItem(code: string): string | undefined;
  gateway(code: string): { title: string; citation: string } | undefined;
  channel(code: string): string | undefined;
  /**
   * Optional OrganisationKind of an organisation. When every recipient participant is a local
   * authority (or a contracted service provider acting for one, 2011 §2.2), a flow with no named
   * recipient reads "each signatory local authority" rather than "each recipient participant".
   */
  organisationKind?(code: string): string | undefined;
}

export const NOT_STATED = "Not stated.";

type Content = AgreementContent;
type Lines = string[];

/** The lookups with the code fallback applied once, so no caller of these sees undefined. */
interface Names {
  org(code: string): string;
  purpose(code: string): string;
  dataItem(code: string): string;
  gateway(code: string): string;
  channel(code: string): string;
}

function withFallbacks(lookup: NameLookup): Names {
  const withCode = (name: string | undefined, code: string) =>
    name && name !== code ? `${name} (\`${code}\`)` : `\`${code}\``;
  return {
    org: (code) => lookup.organisation(code) ?? code,
    purpose: (code) => withCode(lookup.purpose(code), code),
    dataItem: (code) => withCode(lookup.dataItem(code), code),
    gateway: (code) => {
      const gateway = lookup.gateway(code);
      return gateway ? `**${gateway.title}** — ${gateway.citation} (\`${code}\`)` : `\`${code}\``;
    },
    channel: (code) => lookup.channel(code) ?? code,
  };
}

/** "SOLE_CONTROLLER" → "Sole controller"; keeps enum values readable without a table per enum. */
function humanise(value: string): string {
  const words = value
    .toLowerCase()
    .split("_")
    .map((word) => (word === "mou" ? "MoU" : word))
    .join(" ");
  return words.charAt(0).toUpperCase() + words.slice(1);
}

const stated = (text: string | null | undefined): text is string => typeof text === "string" && text.trim() !== "";
const orNotStated = (text: string | null | undefined) => (stated(text) ? text.trim() : NOT_STATED);
const unique = <T>(values: T[]) => [...new Set(values)];
const listOr = (items: string[], empty: string) => (items.length ? items.join("; ") : empty);

/** A table cell: pipes would end the cell and newlines the row. */
function cell(text: string | number | null | undefined): string {
  if (text === null || text === undefined || text === "") return "—";
  return String(text).replace(/\\/g, "\\\\").replace(/\|/g, "\\|").replace(/\r?\n/g, " ");
}

function table(headers: string[], rows: (string | number | null | undefined)[][]): Lines {
  return [
    `| ${headers.map(cell).join(" | ")} |`,
    `| ${headers.map(() => "---").join(" | ")} |`,
    ...rows.map((row) => `| ${row.map(cell).join(" | ")} |`),
  ];
}

const bullets = (items: string[]): Lines => items.map((item) => `- ${item}`);

/** Drops trailing blank lines, which blocks leave as separators, so sections join cleanly. */
function trimEnd(lines: Lines): Lines {
  let end = lines.length;
  while (end > 0 && lines[end - 1] === "") end--;
  return lines.slice(0, end);
}

/** A section's lines, or "Not stated." so an empty section shows as a gap. */
const body = (lines: Lines, empty = NOT_STATED): Lines => {
  const trimmed = trimEnd(lines);
  return trimmed.length ? trimmed : [empty];
};

function months(count: number): string {
  if (count === 0) return "Not retained";
  const unit = count === 1 ? "month" : "months";
  return count % 12 === 0 ? `${count} ${unit} (${count / 12} year${count === 12 ? "" : "s"})` : `${count} ${unit}`;
}

// --- Directions -------------------------------------------------------------------------------

interface Direction {
  label: string;
  flows: ContentFlow[];
}

/** Who a flow with no named recipient goes to, in the words an MoU would use. */
function anyRecipient(content: Content, lookup: NameLookup): string {
  const recipients = content.participants.filter((p) => p.roles.includes("RECIPIENT"));
  const local = (code: string) => {
    const kind = lookup.organisationKind?.(code);
    return kind === "LOCAL_AUTHORITY" || kind === "CONTRACTED_SERVICE_PROVIDER";
  };
  return recipients.length && recipients.every((p) => local(p.organisation))
    ? "each signatory local authority"
    : "each recipient participant";
}

/** Flows grouped provider → recipient, in the order each direction first appears. */
function directions(flows: ContentFlow[], content: Content, lookup: NameLookup, n: Names): Direction[] {
  const byKey = new Map<string, Direction>();
  for (const flow of flows) {
    const key = `${flow.provider}\u0000${flow.recipient ?? ""}`;
    const recipient = flow.recipient === null ? anyRecipient(content, lookup) : n.org(flow.recipient);
    const direction = byKey.get(key) ?? { label: `${n.org(flow.provider)} to ${recipient}`, flows: [] };
    direction.flows.push(flow);
    byKey.set(key, direction);
  }
  return [...byKey.values()];
}

function renderFlow(flow: ContentFlow, content: Content, lookup: NameLookup, n: Names): Lines {
  const provider = n.org(flow.provider);
  const recipient = flow.recipient === null ? anyRecipient(content, lookup) : n.org(flow.recipient);
  const lead =
    flow.effect === "DENY"
      ? `**Prohibited** (\`${flow.code}\`): ${provider} must not share this data with ${recipient} for these purposes.`
      : `**Permitted** (\`${flow.code}\`): ${provider} may share this data with ${recipient}.`;
  const conditions = flow.conditions.map((code) => {
    const condition = content.conditions.find((c) => c.code === code);
    return condition ? `\`${code}\` — ${condition.description}` : `\`${code}\``;
  });
  const noGateway = flow.effect === "DENY" ? "None (a prohibition)" : NOT_STATED;
  return [
    `- ${lead}${stated(flow.description) ? ` ${flow.description.trim()}` : ""}`,
    `  - Purposes: ${listOr(flow.purposes.map(n.purpose), NOT_STATED)}`,
    `  - Data items: ${listOr(flow.dataItems.map(n.dataItem), NOT_STATED)}`,
    `  - Channels: ${listOr(flow.channels.map(n.channel), "any channel")}`,
    `  - Legal gateways: ${listOr(flow.gateways.map(n.gateway), noGateway)}`,
    `  - Conditions: ${listOr(conditions, "None")}`,
    `  - Clause: ${orNotStated(flow.clauseReference)}`,
  ];
}

function renderFlowsByDirection(flows: ContentFlow[], content: Content, lookup: NameLookup, n: Names, level: string) {
  return directions(flows, content, lookup, n).flatMap((d) => [
    `${level} Data supplied by ${d.label}`,
    "",
    ...d.flows.flatMap((flow) => renderFlow(flow, content, lookup, n)),
    "",
  ]);
}

// --- Sections ---------------------------------------------------------------------------------

type Section = (content: Content, lookup: NameLookup, n: Names) => Lines;

const bodyOnly = <T extends { annex: string | null }>(items: T[]) => items.filter((item) => item.annex === null);

const header: Section = (c, _lookup, n) => {
  const period = c.effectiveTo
    ? `${c.effectiveFrom} to ${c.effectiveTo}`
    : `from ${c.effectiveFrom} (no end date stated)`;
  const owner = [c.ownerTeam, n.org(c.ownerOrganisation)].filter(stated).join(", ");
  const related = [
    c.parent ? `${c.kind === "ADDENDUM" ? "Addendum to" : "Under"} \`${c.parent}\`` : null,
    c.amends ? `Amends \`${c.amends}\`` : null,
    c.derivedFrom ? `Derived from \`${c.derivedFrom}\`` : null,
  ].filter(stated);
  const kind = { MOU: "Memorandum of Understanding", PMOU: "Process level MoU", ADDENDUM: "Addendum" }[c.kind];
  return [
    `# ${c.title}`,
    "",
    `**Status:** ${humanise(c.status)} · **Effective:** ${period} · **Reference:** ${orNotStated(c.reference)} · **Owner:** ${owner || NOT_STATED}`,
    "",
    [`**Kind:** ${kind}`, `**Code:** \`${c.code}\``, ...related].join(" · "),
  ];
};

const introduction: Section = (c, _lookup, n) => [
  "## Introduction and Participants to the Memorandum of Understanding (MoU)",
  "",
  ...body(
    c.participants.map((p, i) => {
      const roles = p.roles.length ? p.roles.map(humanise).join(", ") : "no role stated";
      return `${i + 1}. **${n.org(p.organisation)}** (\`${p.organisation}\`) — ${roles}.`;
    }),
  ),
];

const formalities: Section = (c, _lookup, n) => {
  const managers = c.participants.filter((p) => p.roles.includes("MOU_MANAGER")).map((p) => n.org(p.organisation));
  const cadence = c.terms.reviewCadenceMonths;
  return [
    "## Formalities",
    "",
    "### Date of review",
    "",
    cadence === null ? NOT_STATED : `This MoU will be reviewed every ${cadence} month${cadence === 1 ? "" : "s"}.`,
    "",
    "### Administration",
    "",
    managers.length ? `MoU Manager instructed by: ${managers.join(", ")}.` : NOT_STATED,
  ];
};

const legalBases: Section = (c, lookup, n) => {
  const allowed = c.flows.filter((f) => f.effect === "ALLOW");
  const hasAnnexes = allowed.some((f) => f.annex !== null);
  const perDirection = directions(allowed, c, lookup, n).flatMap((d) => {
    const gateways = unique(d.flows.flatMap((f) => f.gateways)).map((code) => {
      if (!hasAnnexes) return n.gateway(code);
      const scopes = unique(
        d.flows.filter((f) => f.gateways.includes(code)).map((f) => (f.annex ? `Annex ${f.annex}` : "main body")),
      );
      return `${n.gateway(code)} — ${scopes.join(", ")}`;
    });
    return [`### ${d.label}`, "", ...body(bullets(gateways)), ""];
  });
  return ["## Legal bases to share data", "", ...body(perDirection)];
};

const processingConditions: Section = (c, _lookup, n) => {
  const organisations = unique(c.processingConditions.map((p) => p.organisation));
  return [
    "## Statutory Data Processing Conditions",
    "",
    ...body(
      organisations.flatMap((org) =>
        c.processingConditions
          .filter((p) => p.organisation === org)
          .map((p) => {
            const from = p.appliesFrom ? ` (from ${p.appliesFrom})` : "";
            return `- **${n.org(org)}** — ${p.article}${from}: ${orNotStated(p.description)}`;
          }),
      ),
    ),
  ];
};

const PHASES: Record<string, string> = { TRANSFER: "During transfer", AFTER_RECEIPT: "After receipt" };

const controllers: Section = (c, _lookup, n) => [
  "## Role of Controller in respect of the data sharing arrangement",
  "",
  ...(c.controllers.length
    ? table(
        ["Participant", "Phase", "Role", "Description"],
        c.controllers.map((x) => [
          n.org(x.organisation),
          PHASES[x.phase] ?? humanise(x.phase),
          humanise(x.role),
          x.description,
        ]),
      )
    : [NOT_STATED]),
];

const purpose: Section = (c, _lookup, n) => {
  const purposes = (effect: ContentFlow["effect"]) =>
    unique(c.flows.filter((f) => f.effect === effect).flatMap((f) => f.purposes)).map(n.purpose);
  const permitted = purposes("ALLOW");
  const prohibited = purposes("DENY");
  const lines = [
    ...(stated(c.summary) ? [c.summary.trim(), ""] : []),
    ...(permitted.length ? ["Permitted purposes:", "", ...bullets(permitted), ""] : []),
    ...(prohibited.length ? ["Purposes for which sharing is prohibited:", "", ...bullets(prohibited), ""] : []),
  ];
  return ["## Purpose and benefits of the data sharing", "", ...body(lines)];
};

const dataShared: Section = (c, lookup, n) => {
  const flows = bodyOnly(c.flows);
  const empty = c.annexes.length ? "Not stated in the main body; see Annexes." : NOT_STATED;
  return [
    "## Data to be shared and the systems the data will be derived from",
    "",
    ...body(renderFlowsByDirection(flows, c, lookup, n, "###"), empty),
  ];
};

const typeOfShare: Section = (c, lookup, n) => {
  const lines = directions(c.flows, c, lookup, n).map((d) => {
    const anyChannel = d.flows.some((f) => f.channels.length === 0);
    const channels = unique(d.flows.flatMap((f) => f.channels)).map(n.channel);
    return `- ${d.label}: ${anyChannel || !channels.length ? "any channel" : channels.join(", ")}`;
  });
  return ["## Type of data share", "", "### Description of how the data sharing will occur", "", ...body(lines)];
};

const retention: Section = (c, _lookup, n) => [
  "## Retention and destruction schedule",
  "",
  ...(c.retention.length
    ? table(
        ["Record type", "Data item", "Period", "Disposition", "Trigger"],
        c.retention.map((r) => [
          r.recordType,
          r.dataItem ? n.dataItem(r.dataItem) : null,
          r.periodMonths === null ? "Not stated" : months(r.periodMonths),
          r.disposition,
          r.trigger,
        ]),
      )
    : [NOT_STATED]),
];

function restrictionLine(r: AgreementContent["restrictions"][number], n: Names): string {
  const details = [
    r.originatingController ? `originating controller ${n.org(r.originatingController)}` : null,
    r.purpose ? `purpose ${n.purpose(r.purpose)}` : null,
    r.channel ? `channel ${n.channel(r.channel)}` : null,
    r.approvalBy ? `approval by ${n.org(r.approvalBy)}` : null,
    r.permittedTerritories?.length ? `permitted territories ${r.permittedTerritories.join(", ")}` : null,
  ].filter(stated);
  const extra = details.length ? ` (${details.join("; ")})` : "";
  return `**${humanise(r.kind)}** (\`${r.code}\`): ${r.description}${extra} — clause ${orNotStated(r.clauseReference)}`;
}

const conditionLine = (x: AgreementContent["conditions"][number]) =>
  `\`${x.code}\`: ${x.description} — clause ${orNotStated(x.clauseReference)}`;

const permittedUses: Section = (c, lookup, n) => {
  const preconditions = bodyOnly(c.conditions).filter((x) => x.kind === "PRECONDITION");
  const restrictions = bodyOnly(c.restrictions).filter((r) => r.kind !== "ONWARD_DISCLOSURE");
  const prohibitions = bodyOnly(c.flows).filter((f) => f.effect === "DENY");
  const lines = [
    ...(preconditions.length ? ["Conditions of use:", "", ...bullets(preconditions.map(conditionLine)), ""] : []),
    ...(restrictions.length
      ? ["Restrictions:", "", ...bullets(restrictions.map((r) => restrictionLine(r, n))), ""]
      : []),
    ...(prohibitions.length
      ? ["Prohibited uses:", "", ...prohibitions.flatMap((f) => renderFlow(f, c, lookup, n)), ""]
      : []),
  ];
  return ["## Permitted uses of the data in respect of this MoU", "", ...body(lines)];
};

const onwardDisclosure: Section = (c, _lookup, n) => {
  const restrictions = bodyOnly(c.restrictions).filter((r) => r.kind === "ONWARD_DISCLOSURE");
  const lines = [
    ...(stated(c.terms.onwardDisclosureTerms) ? [c.terms.onwardDisclosureTerms.trim(), ""] : []),
    ...(restrictions.length ? [...bullets(restrictions.map((r) => restrictionLine(r, n))), ""] : []),
  ];
  return ["## Onward disclosure to third parties", "", ...body(lines)];
};

const ruleLines = (c: Content, kinds: string[]) =>
  bullets(
    c.operationalRules
      .filter((r) => kinds.includes(r.kind))
      .map((r) => `**${r.title}** (\`${r.code}\`): ${r.description}`),
  );

const participantRoles: Section = (c, _lookup, n) => {
  const duties = bodyOnly(c.conditions).filter((x) => x.kind === "DUTY");
  const rules = ruleLines(c, ["ROLE", "SEGREGATION_OF_DUTIES", "MANAGEMENT_CHECK"]);
  return [
    "## Roles of each Participant to the MoU",
    "",
    ...body([
      ...c.participants.flatMap((p) => [`### Role of ${n.org(p.organisation)}`, "", orNotStated(p.description), ""]),
      ...(duties.length ? ["### Duties", "", ...bullets(duties.map(conditionLine)), ""] : []),
      ...(rules.length ? ["### Operational rules", "", ...rules, ""] : []),
    ]),
  ];
};

const subjectAccess: Section = (c) => [
  "## Subject Access Requests (SAR)",
  "",
  orNotStated(c.terms.subjectAccessTerms),
  "",
  "### Freedom of Information Act (FOIA) Requests and Transparency",
  "",
  orNotStated(c.terms.foiTerms),
];

const security: Section = (c) => {
  const rules = ruleLines(c, ["ACCESS_CONTROL"]);
  return [
    "## Handling of personal data and data security",
    "",
    orNotStated(c.terms.securityTerms),
    ...(rules.length ? ["", ...rules] : []),
  ];
};

const monitoring: Section = (c) => {
  const cadence = c.terms.reviewCadenceMonths;
  const period = c.effectiveTo ? `runs until ${c.effectiveTo}` : "no end date stated";
  return [
    "## Monitoring and reviewing arrangements",
    "",
    `**Review cadence:** ${cadence === null ? NOT_STATED : `every ${cadence} month${cadence === 1 ? "" : "s"}`} · **Term:** ${period}`,
    "",
    stated(c.terms.reviewTerms) ? c.terms.reviewTerms.trim() : `**Review terms:** ${NOT_STATED}`,
    ...(c.reviews.length
      ? [
          "",
          "### Reviews recorded",
          "",
          ...table(
            ["Reviewed on", "Reviewer", "Outcome", "Findings", "Next due"],
            c.reviews.map((r) => [r.reviewedOn, r.reviewer, humanise(r.outcome), r.findings, r.nextDueOn]),
          ),
        ]
      : []),
  ];
};

const termination: Section = (c, _lookup, n) => {
  const notice = c.terms.noticePeriodMonths;
  const noticeText =
    notice === null
      ? NOT_STATED
      : notice === 0
        ? "none (may end without notice)"
        : `${notice} month${notice === 1 ? "" : "s"}`;
  return [
    "## Termination",
    "",
    `**Notice period:** ${noticeText}`,
    "",
    stated(c.terms.terminationTerms) ? c.terms.terminationTerms.trim() : `**Termination terms:** ${NOT_STATED}`,
    ...(c.terminations.length
      ? [
          "",
          "### Terminations and suspensions recorded",
          "",
          ...table(
            ["Kind", "By", "Given on", "Effective on", "Resumed on", "Reason"],
            c.terminations.map((t) => [
              humanise(t.kind),
              t.byOrganisation ? n.org(t.byOrganisation) : null,
              t.givenOn,
              t.effectiveOn,
              t.resumedOn ?? null,
              t.reason,
            ]),
          ),
        ]
      : []),
  ];
};

const breaches: Section = (c) => {
  const hours = c.terms.breachNotificationHours;
  const rules = ruleLines(c, ["INCIDENT_REPORTING", "MISCONDUCT"]);
  return [
    "## Security breaches, security incidents or loss or unauthorised disclosures of data",
    "",
    `**Notification window:** ${hours === null ? NOT_STATED : `within ${hours} hour${hours === 1 ? "" : "s"} of becoming aware`}`,
    ...(rules.length ? ["", ...rules] : []),
  ];
};

const signatories: Section = (c, _lookup, n) => [
  "## Signatories",
  "",
  orNotStated(c.terms.signingTerms),
  "",
  ...(c.signatures.length
    ? table(
        ["Organisation", "Signed for", "Name", "Capacity", "Position", "Signed on"],
        c.signatures.map((s) => [
          n.org(s.organisation),
          s.annex ? `Annex ${s.annex}` : "Whole agreement",
          s.name,
          humanise(s.capacity),
          s.position,
          s.signedOn,
        ]),
      )
    : ["No signatures recorded."]),
];

const annexes: Section = (c, lookup, n) => {
  const lines = c.annexes.flatMap((a) => {
    const conditions = c.conditions.filter((x) => x.annex === a.label);
    const restrictions = c.restrictions.filter((r) => r.annex === a.label);
    const flows = renderFlowsByDirection(
      c.flows.filter((f) => f.annex === a.label),
      c,
      lookup,
      n,
      "####",
    );
    return [
      `### Annex ${a.label}: ${a.title}`,
      "",
      orNotStated(a.summary),
      ...(a.signedSeparately ? ["", "Signed separately by the participants."] : []),
      "",
      ...(flows.length ? flows : ["Data flows: Not stated.", ""]),
      ...(conditions.length ? ["Conditions:", "", ...bullets(conditions.map(conditionLine)), ""] : []),
      ...(restrictions.length
        ? ["Restrictions:", "", ...bullets(restrictions.map((r) => restrictionLine(r, n))), ""]
        : []),
    ];
  });
  return ["## Annexes", "", ...body(lines, "None.")];
};

const history: Section = (c) => [
  "## Document history",
  "",
  ...(c.documentVersions.length
    ? table(
        ["Version", "Issued", "Summary of changes"],
        c.documentVersions.map((v) => [v.label, v.issuedOn, v.summary]),
      )
    : [NOT_STATED]),
];

/** The PMoU's own order (its Contents page), with annexes and version history after the signatures. */
const SECTIONS: Section[] = [
  header,
  introduction,
  formalities,
  legalBases,
  processingConditions,
  controllers,
  purpose,
  dataShared,
  typeOfShare,
  retention,
  permittedUses,
  onwardDisclosure,
  participantRoles,
  subjectAccess,
  security,
  monitoring,
  termination,
  breaches,
  signatories,
  annexes,
  history,
];

/** The agreement as a Markdown MoU; the same content and names always give the same text. */
export function renderMarkdown(content: AgreementContent, names: NameLookup): string {
  const n = withFallbacks(names);
  return `${SECTIONS.map((section) => section(content, names, n).join("\n")).join("\n\n")}\n`;
}
