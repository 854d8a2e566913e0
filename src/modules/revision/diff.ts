/**
 * The change set between two contents of an agreement, by meaning rather than text: rows match by
 * their natural keys (codes, labels, organisations), citations are ignored, and a flow rule reports
 * whether it now covers more (WIDENED) or less (NARROWED). Pure and synchronous.
 */
import type { AgreementContent, ContentFlow, ContentSource } from "./content.js";

export type ChangeArea =
  | "TERMS" // title, reference, summary, owner, parent, lineage, and every field of `terms`
  | "DATES" // effectiveFrom, effectiveTo
  | "STATUS"
  | "PARTY" // participants: added/removed/roles or description changed
  | "SIGNATURE"
  | "ANNEX"
  | "CONTROLLER"
  | "PROCESSING_CONDITION"
  | "FLOW"
  | "GATEWAY" // a flow's gateways changed
  | "CONDITION"
  | "RESTRICTION"
  | "RETENTION"
  | "OPERATIONAL_RULE"
  | "DOCUMENT_VERSION"
  | "REVIEW"
  | "TERMINATION";
export type ChangeKind = "ADDED" | "REMOVED" | "WIDENED" | "NARROWED" | "CHANGED";
export interface ChangeEntry {
  area: ChangeArea;
  kind: ChangeKind;
  /** What changed: a flow/condition/restriction code (unprefixed), an organisation code, an annex label, a field name ("effectiveTo", "terms.noticePeriodMonths"), "retention:<recordType>[:<dataItem>]", … */
  subject: string;
  /** The clause of the agreement the change sits in, when known (a flow's clauseReference, a condition's, the source clause of a row), else null. */
  clauseReference: string | null;
  /** One plain-English sentence for a policy officer, e.g. "Flow annex-a.rti-hb now also covers purpose lctr-administration", "Effective to changed from 2018-03-31 to 2019-03-31", "la-wales-sample signed Annex C as SECTION_151_OFFICER on 2017-08-01". */
  summary: string;
  /** Scalar before/after for field changes (stringified; null when absent). */
  before: string | null;
  after: string | null;
  /** For FLOW and GATEWAY entries: codes added to / removed from the rule's sets. Empty otherwise. */
  added: SetChange;
  removed: SetChange;
}
export interface SetChange {
  purposes: string[];
  dataItems: string[];
  channels: string[];
  gateways: string[];
}

/** The order entries are reported in (then by subject). */
const AREAS: readonly ChangeArea[] = [
  "TERMS",
  "DATES",
  "STATUS",
  "PARTY",
  "SIGNATURE",
  "ANNEX",
  "CONTROLLER",
  "PROCESSING_CONDITION",
  "FLOW",
  "GATEWAY",
  "CONDITION",
  "RESTRICTION",
  "RETENTION",
  "OPERATIONAL_RULE",
  "DOCUMENT_VERSION",
  "REVIEW",
  "TERMINATION",
];

/** Agreement fields reported as TERMS; `code` is left out so two agreements compare by content. */
const AGREEMENT_TERMS = [
  "kind",
  "title",
  "reference",
  "summary",
  "ownerTeam",
  "ownerOrganisation",
  "parent",
  "derivedFrom",
  "amends",
] as const;

/** The flow fields that are neither sets nor gateways/conditions (those get their own entries). */
const FLOW_FIELDS = ["provider", "recipient", "effect", "annex", "description", "clauseReference"] as const;

/** How a null reads where null has a meaning of its own. */
const NULL_MEANS: Record<string, string> = {
  effectiveTo: "no end date",
  recipient: "every signed recipient",
};

/** Compares `from` → `to` by meaning; identical contents (citations aside) give `[]`. */
export function diffContent(from: AgreementContent, to: AgreementContent): ChangeEntry[] {
  const a = normalise(from);
  const b = normalise(to);
  const changes = [
    ...diffAgreement(a, b),
    ...diffRows(PARTICIPANTS, a.participants, b.participants),
    ...diffRows(SIGNATURES, a.signatures, b.signatures),
    ...diffRows(ANNEXES, a.annexes, b.annexes),
    ...diffRows(CONTROLLERS, a.controllers, b.controllers),
    ...diffRows(PROCESSING_CONDITIONS, a.processingConditions, b.processingConditions),
    ...diffFlows(a.flows, b.flows),
    ...diffRows(CONDITIONS, a.conditions, b.conditions),
    ...diffRows(RESTRICTIONS, a.restrictions, b.restrictions),
    ...diffRows(RETENTION, a.retention, b.retention),
    ...diffRows(OPERATIONAL_RULES, a.operationalRules, b.operationalRules),
    ...diffRows(DOCUMENT_VERSIONS, a.documentVersions, b.documentVersions),
    ...diffRows(REVIEWS, a.reviews, b.reviews),
    ...diffRows(TERMINATIONS, a.terminations, b.terminations),
  ];
  // Array sort is stable, so entries for one subject keep the order they were produced in.
  return changes.sort((x, y) => AREAS.indexOf(x.area) - AREAS.indexOf(y.area) || compare(x.subject, y.subject));
}

/**
 * Strips `<agreement code>.` from rule codes (and a flow's condition references), so a draft's
 * `dwp-la-mou-2018.annex-a.rti-hb` matches the `dwp-la-mou-2017.annex-a.rti-hb` it was copied from.
 */
function normalise(content: AgreementContent): AgreementContent {
  const prefix = `${content.code}.`;
  const strip = (code: string) => (code.startsWith(prefix) ? code.slice(prefix.length) : code);
  return {
    ...content,
    flows: content.flows.map((f) => ({ ...f, code: strip(f.code), conditions: f.conditions.map(strip) })),
    conditions: content.conditions.map((c) => ({ ...c, code: strip(c.code) })),
    restrictions: content.restrictions.map((r) => ({ ...r, code: strip(r.code) })),
    operationalRules: content.operationalRules.map((r) => ({ ...r, code: strip(r.code) })),
  };
}

function diffAgreement(a: AgreementContent, b: AgreementContent): ChangeEntry[] {
  const termKeys = [...new Set([...Object.keys(a.terms), ...Object.keys(b.terms)])] as (keyof typeof a.terms)[];
  return [
    ...AGREEMENT_TERMS.flatMap((f) => fieldChange("TERMS", f, capitalise(words(f)), a[f], b[f])),
    ...termKeys.flatMap((f) => fieldChange("TERMS", `terms.${f}`, capitalise(words(f)), a.terms[f], b.terms[f])),
    ...fieldChange("DATES", "effectiveFrom", "Effective from", a.effectiveFrom, b.effectiveFrom),
    ...fieldChange("DATES", "effectiveTo", "Effective to", a.effectiveTo, b.effectiveTo, null, NULL_MEANS.effectiveTo),
    ...fieldChange("STATUS", "status", "Status", a.status, b.status),
  ];
}

// ---- Rows matched by a natural key -------------------------------------------------------------

interface Sourced {
  source: ContentSource;
}

/** How one list of the content is matched and described. */
interface RowSpec<T extends Sourced> {
  area: ChangeArea;
  /** Natural key: rows with equal keys are the same row on both sides. */
  key: (row: T) => readonly (string | null)[];
  subject: (row: T) => string;
  /** How the row is named at the start of a sentence, e.g. "Annex C". */
  name: (row: T) => string;
  /** The compared fields besides the key (never `source`). */
  fields: readonly (keyof T & string)[];
  added: (row: T) => string;
  removed: (row: T) => string;
  /** Defaults to the row's source clause. */
  clause?: (row: T) => string | null;
}

function diffRows<T extends Sourced>(spec: RowSpec<T>, from: T[], to: T[]): ChangeEntry[] {
  const clause = spec.clause ?? ((row: T) => row.source?.clause ?? null);
  const { pairs, removed, added } = match(
    from,
    to,
    (row) => JSON.stringify(spec.key(row)),
    (x, y) => spec.fields.every((f) => same(x[f], y[f])),
  );
  return [
    ...removed.map((row) => entry(spec.area, "REMOVED", spec.subject(row), clause(row), spec.removed(row))),
    ...added.map((row) => entry(spec.area, "ADDED", spec.subject(row), clause(row), spec.added(row))),
    ...pairs.flatMap(([x, y]) =>
      spec.fields.flatMap((f) =>
        fieldChange(spec.area, spec.subject(y), `${spec.name(y)} ${words(f)}`, x[f], y[f], clause(y)),
      ),
    ),
  ];
}

/**
 * Pairs rows by key. Identical rows pair first, so that where a key is shared (two processing
 * conditions under one article) an unchanged row is not reported against its sibling; the rest
 * pair in list order, and what is left over was removed or added.
 */
function match<T>(from: T[], to: T[], key: (row: T) => string, identical: (x: T, y: T) => boolean) {
  const waiting = new Map<string, T[]>();
  for (const row of to) waiting.set(key(row), [...(waiting.get(key(row)) ?? []), row]);
  const take = (row: T, pick: (candidates: T[]) => number): T | undefined => {
    const candidates = waiting.get(key(row)) ?? [];
    const i = pick(candidates);
    return i < 0 ? undefined : candidates.splice(i, 1)[0];
  };
  const unmatched: T[] = [];
  for (const row of from) {
    if (take(row, (c) => c.findIndex((other) => identical(row, other))) === undefined) unmatched.push(row);
  }
  const pairs: [T, T][] = [];
  const removed: T[] = [];
  for (const row of unmatched) {
    const other = take(row, (c) => (c.length ? 0 : -1));
    if (other === undefined) removed.push(row);
    else pairs.push([row, other]);
  }
  const left = new Set([...waiting.values()].flat());
  return { pairs, removed, added: to.filter((row) => left.has(row)) };
}

type Row<K extends keyof AgreementContent> = AgreementContent[K] extends (infer R)[] ? R : never;

const where = (annex: string | null) => (annex ? `Annex ${annex}` : "the agreement");
const retentionOf = (r: Row<"retention">) => (r.dataItem ? `${r.recordType} (${r.dataItem})` : r.recordType);

const PARTICIPANTS: RowSpec<Row<"participants">> = {
  area: "PARTY",
  key: (p) => [p.organisation],
  subject: (p) => p.organisation,
  name: (p) => `Participant ${p.organisation}`,
  fields: ["roles", "description"],
  added: (p) => `${p.organisation} joined as ${orNone(text(p.roles))}`,
  removed: (p) => `${p.organisation} is no longer a party (was ${orNone(text(p.roles))})`,
};

/** The signatory's name is part of the key but never reported: it is personal data the change set does not guard. */
const SIGNATURES: RowSpec<Row<"signatures">> = {
  area: "SIGNATURE",
  key: (s) => [s.organisation, s.annex, s.name, s.capacity, s.signedOn],
  subject: (s) => s.organisation,
  name: (s) => `Signature of ${where(s.annex)} for ${s.organisation} on ${s.signedOn}:`,
  fields: ["position"],
  added: (s) => `${s.organisation} signed ${where(s.annex)} as ${s.capacity} on ${s.signedOn}`,
  removed: (s) => `${s.organisation}'s signature of ${where(s.annex)} as ${s.capacity} on ${s.signedOn} was removed`,
};

const ANNEXES: RowSpec<Row<"annexes">> = {
  area: "ANNEX",
  key: (x) => [x.label],
  subject: (x) => x.label,
  name: (x) => `Annex ${x.label}`,
  fields: ["title", "summary", "signedSeparately"],
  added: (x) => `Annex ${x.label} (${x.title}) was added`,
  removed: (x) => `Annex ${x.label} (${x.title}) was removed`,
};

const CONTROLLERS: RowSpec<Row<"controllers">> = {
  area: "CONTROLLER",
  key: (c) => [c.organisation, c.phase],
  subject: (c) => `${c.organisation}:${c.phase}`,
  name: (c) => `Controller designation of ${c.organisation} for ${c.phase}:`,
  fields: ["role", "description"],
  added: (c) => `${c.organisation} is now designated ${c.role} for ${c.phase}`,
  removed: (c) => `${c.organisation} is no longer designated ${c.role} for ${c.phase}`,
};

const PROCESSING_CONDITIONS: RowSpec<Row<"processingConditions">> = {
  area: "PROCESSING_CONDITION",
  key: (p) => [p.organisation, p.article],
  subject: (p) => `${p.organisation}:${p.article}`,
  name: (p) => `Processing condition ${p.article} for ${p.organisation}:`,
  fields: ["description", "appliesFrom"],
  added: (p) => `${p.organisation} now relies on processing condition ${p.article}`,
  removed: (p) => `${p.organisation} no longer relies on processing condition ${p.article}`,
};

const CONDITIONS: RowSpec<Row<"conditions">> = {
  area: "CONDITION",
  key: (c) => [c.code],
  subject: (c) => c.code,
  name: (c) => `Condition ${c.code}`,
  fields: ["annex", "kind", "description", "factKey", "clauseReference"],
  added: (c) => `Condition ${c.code} (${c.kind}) was added`,
  removed: (c) => `Condition ${c.code} (${c.kind}) was removed`,
  clause: (c) => c.clauseReference,
};

const RESTRICTIONS: RowSpec<Row<"restrictions">> = {
  area: "RESTRICTION",
  key: (r) => [r.code],
  subject: (r) => r.code,
  name: (r) => `Restriction ${r.code}`,
  fields: [
    "annex",
    "kind",
    "description",
    "originatingController",
    "purpose",
    "channel",
    "approvalBy",
    "permittedTerritories",
    "factKey",
    "clauseReference",
  ],
  added: (r) => `Restriction ${r.code} (${r.kind}) was added`,
  removed: (r) => `Restriction ${r.code} (${r.kind}) was removed`,
  clause: (r) => r.clauseReference,
};

const RETENTION: RowSpec<Row<"retention">> = {
  area: "RETENTION",
  key: (r) => [r.recordType, r.dataItem],
  subject: (r) => `retention:${r.recordType}${r.dataItem ? `:${r.dataItem}` : ""}`,
  name: (r) => `Retention of ${retentionOf(r)}:`,
  fields: ["periodMonths", "disposition", "trigger"],
  added: (r) =>
    `Retention rule added for ${retentionOf(r)}: ${r.periodMonths === null ? "period not stated" : `${r.periodMonths} months`}, then ${r.disposition}`,
  removed: (r) => `Retention rule for ${retentionOf(r)} was removed`,
};

const OPERATIONAL_RULES: RowSpec<Row<"operationalRules">> = {
  area: "OPERATIONAL_RULE",
  key: (r) => [r.code],
  subject: (r) => r.code,
  name: (r) => `Operational rule ${r.code}`,
  fields: ["kind", "title", "description"],
  added: (r) => `Operational rule ${r.code} (${r.title}) was added`,
  removed: (r) => `Operational rule ${r.code} (${r.title}) was removed`,
};

const DOCUMENT_VERSIONS: RowSpec<Row<"documentVersions">> = {
  area: "DOCUMENT_VERSION",
  key: (d) => [d.label],
  subject: (d) => d.label,
  name: (d) => `Document version ${d.label}`,
  fields: ["issuedOn", "summary"],
  added: (d) => `Document version ${d.label} was added`,
  removed: (d) => `Document version ${d.label} was removed`,
};

const REVIEWS: RowSpec<Row<"reviews">> = {
  area: "REVIEW",
  key: (r) => [r.reviewedOn, r.reviewer],
  subject: (r) => `${r.reviewedOn}:${r.reviewer}`,
  name: (r) => `Review of ${r.reviewedOn} by ${r.reviewer}:`,
  fields: ["outcome", "findings", "nextDueOn"],
  added: (r) => `${r.reviewer} reviewed it on ${r.reviewedOn} with outcome ${r.outcome}`,
  removed: (r) => `The review of ${r.reviewedOn} by ${r.reviewer} was removed`,
};

const TERMINATIONS: RowSpec<Row<"terminations">> = {
  area: "TERMINATION",
  key: (t) => [t.kind, t.givenOn],
  subject: (t) => `${t.kind}:${t.givenOn}`,
  name: (t) => `${t.kind} given on ${t.givenOn}:`,
  fields: ["byOrganisation", "effectiveOn", "resumedOn", "reason"],
  added: (t) =>
    `${t.kind} given on ${t.givenOn}${t.byOrganisation ? ` by ${t.byOrganisation}` : ""}, effective ${t.effectiveOn}`,
  removed: (t) => `The ${t.kind} given on ${t.givenOn} was removed`,
};

// ---- Flow rules --------------------------------------------------------------------------------

function diffFlows(from: ContentFlow[], to: ContentFlow[]): ChangeEntry[] {
  const { pairs, removed, added } = match(
    from,
    to,
    (f) => f.code,
    (x, y) => diffFlow(x, y).length === 0,
  );
  return [
    ...removed.map((f) =>
      entry("FLOW", "REMOVED", f.code, f.clauseReference, `Flow ${f.code} (${route(f)}) was removed`, {
        removed: setsOf(f),
      }),
    ),
    ...added.map((f) =>
      entry("FLOW", "ADDED", f.code, f.clauseReference, `Flow ${f.code} (${route(f)}) was added`, { added: setsOf(f) }),
    ),
    ...pairs.flatMap(([x, y]) => diffFlow(x, y)),
  ];
}

function diffFlow(a: ContentFlow, b: ContentFlow): ChangeEntry[] {
  return [
    ...coverageChange(a, b),
    ...gatewayChange(a, b),
    ...conditionChange(a, b),
    ...FLOW_FIELDS.flatMap((f) =>
      fieldChange("FLOW", b.code, `Flow ${b.code} ${words(f)}`, a[f], b[f], b.clauseReference, NULL_MEANS[f]),
    ),
  ];
}

/** Purposes, data items and channels: what the rule now covers, more or less. */
function coverageChange(a: ContentFlow, b: ContentFlow): ChangeEntry[] {
  const added = sets({ purposes: minus(b.purposes, a.purposes), dataItems: minus(b.dataItems, a.dataItems) });
  const removed = sets({ purposes: minus(a.purposes, b.purposes), dataItems: minus(a.dataItems, b.dataItems) });
  added.channels = minus(b.channels, a.channels);
  removed.channels = minus(a.channels, b.channels);
  const channels = channelScope(a.channels, b.channels);
  const wider = added.purposes.length > 0 || added.dataItems.length > 0 || channels.wider;
  const narrower = removed.purposes.length > 0 || removed.dataItems.length > 0 || channels.narrower;
  if (!wider && !narrower) return [];
  const kind = wider && narrower ? "CHANGED" : wider ? "WIDENED" : "NARROWED";
  return [entry("FLOW", kind, b.code, b.clauseReference, coverageSentence(a, b, added, removed), { added, removed })];
}

/** An empty channel list means "any channel": emptying it widens the rule, filling it narrows it. */
function channelScope(before: string[], after: string[]) {
  if (before.length === 0 || after.length === 0) {
    return { wider: before.length > 0 && after.length === 0, narrower: before.length === 0 && after.length > 0 };
  }
  return { wider: minus(after, before).length > 0, narrower: minus(before, after).length > 0 };
}

function coverageSentence(a: ContentFlow, b: ContentFlow, added: SetChange, removed: SetChange): string {
  const bothListed = a.channels.length > 0 && b.channels.length > 0;
  const gained = naming([
    ["purpose", added.purposes],
    ["data item", added.dataItems],
    ["channel", bothListed ? added.channels : []],
  ]);
  const lost = naming([
    ["purpose", removed.purposes],
    ["data item", removed.dataItems],
    ["channel", bothListed ? removed.channels : []],
  ]);
  const clauses: string[] = [];
  if (gained) clauses.push(`now also covers ${gained}`);
  if (lost) clauses.push(`no longer covers ${lost}`);
  if (!a.channels.length && b.channels.length) {
    clauses.push(`is now limited to ${named("channel", b.channels)} (was any channel)`);
  }
  if (a.channels.length && !b.channels.length) clauses.push(`now allows any channel (was ${a.channels.join(", ")})`);
  return `Flow ${b.code} ${clauses.join("; ")}`;
}

function gatewayChange(a: ContentFlow, b: ContentFlow): ChangeEntry[] {
  const added = minus(b.gateways, a.gateways);
  const removed = minus(a.gateways, b.gateways);
  if (!added.length && !removed.length) return [];
  const clauses = [
    added.length ? `now also relies on ${named("gateway", added)}` : "",
    removed.length ? `no longer relies on ${named("gateway", removed)}` : "",
  ].filter(Boolean);
  return [
    entry("GATEWAY", "CHANGED", b.code, b.clauseReference, `Flow ${b.code} ${clauses.join("; ")}`, {
      added: sets({ gateways: added }),
      removed: sets({ gateways: removed }),
    }),
  ];
}

/** SetChange has no slot for conditions, so they are named in the summary and listed in before/after. */
function conditionChange(a: ContentFlow, b: ContentFlow): ChangeEntry[] {
  const added = minus(b.conditions, a.conditions);
  const removed = minus(a.conditions, b.conditions);
  if (!added.length && !removed.length) return [];
  const clauses = [
    added.length ? `now also requires ${named("condition", added)}` : "",
    removed.length ? `no longer requires ${named("condition", removed)}` : "",
  ].filter(Boolean);
  return [
    entry("FLOW", "CHANGED", b.code, b.clauseReference, `Flow ${b.code} ${clauses.join("; ")}`, {
      before: text(a.conditions) || null,
      after: text(b.conditions) || null,
    }),
  ];
}

const route = (f: ContentFlow) =>
  `${f.effect === "DENY" ? "prohibits" : "allows"} ${f.provider} to ${f.recipient ?? NULL_MEANS.recipient}`;

const setsOf = (f: ContentFlow): SetChange =>
  sets({
    purposes: sorted(f.purposes),
    dataItems: sorted(f.dataItems),
    channels: sorted(f.channels),
    gateways: sorted(f.gateways),
  });

// ---- Small helpers -----------------------------------------------------------------------------

function entry(
  area: ChangeArea,
  kind: ChangeKind,
  subject: string,
  clauseReference: string | null,
  summary: string,
  extra: Partial<Pick<ChangeEntry, "before" | "after" | "added" | "removed">> = {},
): ChangeEntry {
  return {
    area,
    kind,
    subject,
    clauseReference,
    summary,
    before: null,
    after: null,
    added: sets(),
    removed: sets(),
    ...extra,
  };
}

/** One CHANGED entry when a scalar (or set-like list) differs, else none. */
function fieldChange(
  area: ChangeArea,
  subject: string,
  label: string,
  before: unknown,
  after: unknown,
  clauseReference: string | null = null,
  nullMeans = "not stated",
): ChangeEntry[] {
  if (same(before, after)) return [];
  const was = text(before);
  const now = text(after);
  return [
    entry(area, "CHANGED", subject, clauseReference, changeSentence(label, was, now, nullMeans), {
      before: was,
      after: now,
    }),
  ];
}

/** Short values are quoted in the sentence; long text (descriptions, terms) is left to before/after. */
function changeSentence(label: string, was: string | null, now: string | null, nullMeans: string): string {
  const short = (v: string | null) => v === null || (v.length <= 60 && !v.includes("\n"));
  if (short(was) && short(now)) return `${label} changed from ${show(was, nullMeans)} to ${show(now, nullMeans)}`;
  if (was === null) return `${label}: now stated`;
  if (now === null) return `${label}: no longer stated`;
  return `${label} changed`;
}

const show = (value: string | null, nullMeans: string) => (value === null ? nullMeans : orNone(value));
const orNone = (value: string | null) => (value ? value : "none");

/** Stringified for before/after; lists are sets here (roles, territories), so sorted. */
function text(value: unknown): string | null {
  if (value === null || value === undefined) return null;
  if (Array.isArray(value)) return sorted(value.map(String)).join(", ");
  return typeof value === "object" ? JSON.stringify(value) : String(value);
}

/** Equal by meaning: null and a missing value agree, and list order does not matter. */
function same(x: unknown, y: unknown): boolean {
  const canonical = (v: unknown) =>
    Array.isArray(v) ? JSON.stringify(sorted(v.map(String))) : JSON.stringify(v ?? null);
  return canonical(x) === canonical(y);
}

const sets = (partial: Partial<SetChange> = {}): SetChange => ({
  purposes: [],
  dataItems: [],
  channels: [],
  gateways: [],
  ...partial,
});

const minus = (xs: string[], ys: string[]) => sorted(xs.filter((x) => !ys.includes(x)));
const sorted = (xs: string[]) => [...xs].sort(compare);

/** Code-unit order: locale-independent, so the order is the same on every server. */
const compare = (x: string, y: string) => (x < y ? -1 : x > y ? 1 : 0);

/** "purposes a, b and data item c" from the non-empty groups. */
const naming = (groups: [string, string[]][]) =>
  sentenceList(groups.filter(([, codes]) => codes.length > 0).map(([noun, codes]) => named(noun, codes)));

const named = (noun: string, codes: string[]) => `${noun}${codes.length > 1 ? "s" : ""} ${codes.join(", ")}`;

const sentenceList = (items: string[]) =>
  items.length <= 1 ? (items[0] ?? "") : `${items.slice(0, -1).join(", ")} and ${items[items.length - 1]}`;

/** "noticePeriodMonths" → "notice period months". */
const words = (field: string) => field.replace(/([A-Z])/g, " $1").toLowerCase();
const capitalise = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);
