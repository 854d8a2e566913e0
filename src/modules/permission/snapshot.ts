/**
 * The permission snapshot: every fact the evaluator needs, compiled from the database into
 * plain objects and indexes, immutable once built. The evaluator (evaluate.ts) decides from it
 * without touching the database.
 *
 * In a loaded server a decision is bound by memory latency, not arithmetic: between requests the
 * rest of the server evicts the snapshot from the caches. So what the evaluator compares is
 * compiled to small numbers held in the facts themselves: organisations, purposes, items and
 * channels get integer keys, dates become day numbers, roles a bit set. Comparing two uuid
 * strings or ISO dates reads both strings from wherever they lie on the heap.
 */
import { OPERATIVE_STATUSES } from "../agreement/agreement.repository.js";

const OPERATIVE = new Set<string>(OPERATIVE_STATUSES);

export type Role = "PROVIDER" | "RECIPIENT" | "PROCESSOR" | "MOU_MANAGER";

/** Roles as bits, for `AgreementFact.roles`. */
const ROLE_BITS: Readonly<Record<Role, number>> = { PROVIDER: 1, RECIPIENT: 2, PROCESSOR: 4, MOU_MANAGER: 8 };
const PROVIDES = ROLE_BITS.PROVIDER | ROLE_BITS.PROCESSOR;

/** Day numbers (days since 1970-01-01) bounding an open-ended window: small integers, never reached. */
const FOREVER = 2 ** 30 - 1;

/**
 * The day number of an ISO date (UTC), e.g. "2017-09-01" → 17410. A plain `YYYY-MM-DD` is
 * counted out (Hinnant's days-from-civil: a few integer operations, where `Date.parse` costs
 * most of a microsecond on every permission request); anything else is left to `Date.parse`,
 * which agrees on every date the fast path takes (days 29–31 of a short month roll over alike).
 */
export function dayNumber(iso: string): number {
  if (iso.length === 10 && iso.charCodeAt(4) === 45 && iso.charCodeAt(7) === 45) {
    const y = digits(iso, 0, 4);
    const m = digits(iso, 5, 2);
    const d = digits(iso, 8, 2);
    if (y >= 0 && m >= 1 && m <= 12 && d >= 1 && d <= 31) {
      const year = m <= 2 ? y - 1 : y;
      const era = Math.floor(year / 400);
      const yearOfEra = year - era * 400;
      const dayOfYear = Math.floor((153 * (m > 2 ? m - 3 : m + 9) + 2) / 5) + d - 1;
      const dayOfEra = yearOfEra * 365 + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100) + dayOfYear;
      return era * 146_097 + dayOfEra - 719_468;
    }
  }
  return Date.parse(iso) / 86_400_000;
}

/** The decimal number in `count` characters of `text` from `at`; -1 if any is not a digit. */
function digits(text: string, at: number, count: number): number {
  let n = 0;
  for (let i = at; i < at + count; i++) {
    const c = text.charCodeAt(i) - 48;
    if (c < 0 || c > 9) return -1;
    n = n * 10 + c;
  }
  return n;
}

export interface OrgRow {
  id: string;
  code: string;
  name: string;
  kind: string;
  nation: string | null;
}

export interface OrgFact extends OrgRow {
  /** The organisation's position in the snapshot's catalogue: what the evaluator compares. */
  key: number;
}

export interface HierarchyNode {
  id: string;
  code: string;
  name: string;
  parentId: string | null;
}

/** The full database row, kept so the API can answer from the snapshot without a query. */
export type Row = Record<string, unknown>;

/**
 * A fact the API answers with: its row, and the GraphQL object made from the row the first time
 * an answer needs it (snapshot.nodes.ts). Kept on the fact, which the evaluator has just read,
 * rather than looked up by row: in a loaded server every lookup is a cache miss or two.
 */
export interface Presented {
  row: Row;
  node: object | null;
}

export interface PurposeFact extends HierarchyNode {
  key: number;
  /** Its key and every broader purpose's, nearest first. */
  upKeys: number[];
  /** Every narrower purpose's key. */
  downKeys: number[];
}

export interface ChannelFact extends HierarchyNode {
  key: number;
}

export interface ItemRow extends HierarchyNode {
  originatingControllerId: string;
  row: Row;
}

export interface ItemFact extends ItemRow, Presented {
  key: number;
  /** Its key and every category's above it, nearest first (`itemAncestors` as keys). */
  ancestorKeys: number[];
  /** The key of the organisation whose data it is (-2, matching none, if not in the catalogue). */
  originatorKey: number;
}

export interface GatewayFact extends Presented {
  id: string;
  code: string;
  citation: string;
  inForceFrom: string | null;
  inForceTo: string | null;
  companionIds: string[];
  /** The gateway and every provision it must be read with, transitively. */
  closure: GatewayFact[];
  /** When the whole closure was in force: from the latest start to the earliest end. */
  closureFrom: string | null;
  closureTo: string | null;
  /** The same as day numbers: usable on days from `startDay` up to, not including, `stopDay`. */
  startDay: number;
  stopDay: number;
  row: Row;
}

export interface AnnexRow {
  id: string;
  label: string;
  title: string;
  signedSeparately: boolean;
  row: Row;
}

export interface AnnexFact extends AnnexRow, Presented {
  /** Position among its agreement's annexes, from 0: what `AgreementFact.signed` lists. */
  key: number;
}

/** In `AgreementFact.signed`: signed the agreement as a whole, not an annex. */
export const WHOLE_AGREEMENT = -1;

export interface AgreementFact extends Presented {
  id: string;
  code: string;
  title: string;
  status: string;
  /** Whether the status is one in which an agreement can be in force (compiled once). */
  live: boolean;
  effectiveFrom: string;
  effectiveTo: string | null;
  /** Earliest date a notice, breach termination or revocation took effect. */
  endedOn: string | null;
  /** Suspensions, each from the day it took effect up to, not including, the day it resumed. */
  suspensions: SuspensionFact[];
  /** In force (when live) on days from `startDay` up to, not including, `stopDay`. */
  startDay: number;
  stopDay: number;
  annexes: Map<string, AnnexFact>;
  /** Organisation key → its roles, as `ROLE_BITS`. */
  roles: Map<number, number>;
  /** Organisation key → keys of the annexes it signed (`WHOLE_AGREEMENT` for the agreement). */
  signed: Map<number, number[]>;
  restrictions: RestrictionFact[];
  row: Row;
}

export interface SuspensionFact {
  from: string;
  /** The day it resumed; null while suspended. */
  until: string | null;
  startDay: number;
  stopDay: number;
}

export interface ConditionFact {
  code: string;
  description: string;
  factKey: string;
  clauseReference: string;
}

export interface RuleFact {
  id: string;
  code: string;
  agreementId: string;
  annexId: string | null;
  providerId: string;
  /** null: every recipient participant that has signed (the annex). */
  recipientId: string | null;
  effect: "ALLOW" | "DENY";
  /** Lists, not sets: a rule names one to three of each, and a short array is smaller and faster. */
  purposeIds: string[];
  itemIds: string[];
  /** Empty: any channel. */
  channelIds: string[];
  conditions: ConditionFact[];
  clauseReference: string;
  description: string;
  /** Position in the snapshot: ties between near misses are reported in this order. */
  order: number;
  /** The ids above as catalogue keys (`ANY_RECIPIENT` for a template rule; -2 for an id not in the catalogue). */
  providerKey: number;
  recipientKey: number;
  purposeKeys: number[];
  itemKeys: number[];
  channelKeys: number[];
  /** Resolved at compile time so the evaluator follows pointers instead of looking up ids. */
  agreement: AgreementFact;
  /** Whether the rule's provider is a party that may provide under its agreement (PROVIDER or PROCESSOR). */
  providerProvides: boolean;
  /** The rule's annex, if the agreement has it. */
  annex: AnnexFact | null;
  /** The rule's legal gateways, in its order (undefined for an id the registry does not hold). */
  gateways: (GatewayFact | undefined)[];
}

export interface RestrictionFact {
  code: string;
  kind: string;
  description: string;
  agreementId: string;
  annexId: string | null;
  originatingControllerId: string | null;
  purposeId: string | null;
  approvalById: string | null;
  permittedTerritories: string[] | null;
  factKey: string | null;
  clauseReference: string;
}

export interface Snapshot {
  revision: number;
  builtAt: Date;
  orgs: Map<string, OrgFact>;
  orgByCode: Map<string, OrgFact>;
  purposes: Map<string, PurposeFact>;
  purposeByCode: Map<string, PurposeFact>;
  items: Map<string, ItemFact>;
  itemByCode: Map<string, ItemFact>;
  /** Items by key. */
  itemByKey: ItemFact[];
  channels: Map<string, ChannelFact>;
  channelByCode: Map<string, ChannelFact>;
  gateways: Map<string, GatewayFact>;
  agreements: Map<string, AgreementFact>;
  rules: RuleFact[];
  /** id → the id itself and every ancestor, nearest first. */
  purposeAncestors: Map<string, string[]>;
  itemAncestors: Map<string, string[]>;
  /** id → every descendant (not itself). */
  purposeDescendants: Map<string, Set<string>>;
  itemDescendants: Map<string, Set<string>>;
  /** [provider, recipient or `ANY_RECIPIENT`, purpose] keys → rules naming exactly that purpose. */
  rulesByKey: RuleIndex;
  /** [provider, item] keys → rules by that provider naming exactly that item (for nearest misses). */
  rulesByProviderItem: RuleIndex;
  /**
   * ALLOW rules of agreements that restrict what a recipient may do with the data (onward
   * disclosure, cross-nation), keyed by [recipient or `ANY_RECIPIENT` for template rules, item].
   */
  restrictedReceipts: RuleIndex;
}

export interface SnapshotRows {
  revision: number;
  /** The database snapshot they were read in (pg_current_snapshot): what a refresh has seen. */
  readAt: string;
  orgs: OrgRow[];
  purposes: HierarchyNode[];
  items: ItemRow[];
  channels: HierarchyNode[];
  gateways: Omit<
    GatewayFact,
    "companionIds" | "closure" | "closureFrom" | "closureTo" | "startDay" | "stopDay" | "node"
  >[];
  companions: { gatewayId: string; companionId: string }[];
  agreements: Omit<
    AgreementFact,
    | "annexes"
    | "roles"
    | "signed"
    | "restrictions"
    | "endedOn"
    | "suspensions"
    | "live"
    | "startDay"
    | "stopDay"
    | "node"
  >[];
  terminations: { agreementId: string; kind: string; effectiveOn: string; resumedOn: string | null }[];
  annexes: (AnnexRow & { agreementId: string })[];
  participants: { agreementId: string; organisationId: string; roles: Role[] }[];
  signatures: { agreementId: string; organisationId: string; annexId: string | null }[];
  rules: Omit<
    RuleFact,
    | "purposeIds"
    | "itemIds"
    | "channelIds"
    | "conditions"
    | "agreement"
    | "annex"
    | "gateways"
    | "providerKey"
    | "recipientKey"
    | "purposeKeys"
    | "itemKeys"
    | "channelKeys"
  >[];
  rulePurposes: { flowRuleId: string; purposeId: string }[];
  ruleItems: { flowRuleId: string; dataItemId: string }[];
  ruleChannels: { flowRuleId: string; channelId: string }[];
  ruleGateways: { flowRuleId: string; gatewayId: string }[];
  ruleConditions: { flowRuleId: string; code: string; description: string; factKey: string; clauseReference: string }[];
  restrictions: RestrictionFact[];
}

/**
 * Rules filed under a path of keys (provider, recipient, purpose…). The first two keys make one
 * number, so a lookup is one hash probe, not one per level: in a loaded server each probe is a
 * cache miss or two, and the evaluator makes several per decision. Keys are small integers
 * (catalogue positions, `ANY_RECIPIENT`, `UNKNOWN`), which hash without reading anything.
 */
export class RuleIndex {
  private readonly byPair = new Map<number, unknown>();

  /** `stride`: more than any key used first or second (keys from -2 up). */
  constructor(private readonly stride: number) {}

  private pair(a: number, b: number): number {
    return (a + 2) * this.stride + (b + 2);
  }

  add(path: readonly [number, number] | readonly [number, number, number], rule: RuleFact): void {
    const key = this.pair(path[0], path[1]);
    let level: Map<number, unknown> = this.byPair;
    let last = key;
    if (path.length === 3) {
      let next = level.get(key) as Map<number, unknown> | undefined;
      if (!next) level.set(key, (next = new Map()));
      level = next;
      last = path[2];
    }
    const list = level.get(last) as RuleFact[] | undefined;
    if (list) list.push(rule);
    else level.set(last, [rule]);
  }

  /** The rules filed under `[a, b]`, in a two-key index. */
  get2(a: number, b: number): RuleFact[] | undefined {
    return this.byPair.get(this.pair(a, b)) as RuleFact[] | undefined;
  }

  /** Everything filed under `[a, b]`, by the third key: one probe for several third keys. */
  under(a: number, b: number): ReadonlyMap<number, RuleFact[]> | undefined {
    return this.byPair.get(this.pair(a, b)) as Map<number, RuleFact[]> | undefined;
  }
}

/** Whether an organisation (by key) has the role under the agreement. */
export function hasRole(a: AgreementFact, organisationKey: number, role: Role): boolean {
  return ((a.roles.get(organisationKey) ?? 0) & ROLE_BITS[role]) !== 0;
}

/** Whether an organisation (by key) is a party that may provide data under the agreement. */
export function mayProvide(a: AgreementFact, organisationKey: number): boolean {
  return ((a.roles.get(organisationKey) ?? 0) & PROVIDES) !== 0;
}

/** A template rule's recipient key: any signatory recipient. */
export const ANY_RECIPIENT = -1;
/** The key of an id the catalogue does not hold: matches nothing. */
const UNKNOWN = -2;

function ancestors(nodes: Map<string, HierarchyNode>): Map<string, string[]> {
  const result = new Map<string, string[]>();
  for (const node of nodes.values()) {
    const chain: string[] = [];
    const seen = new Set<string>();
    for (
      let at: HierarchyNode | undefined = node;
      at && !seen.has(at.id);
      at = at.parentId ? nodes.get(at.parentId) : undefined
    ) {
      chain.push(at.id);
      seen.add(at.id);
    }
    result.set(node.id, chain);
  }
  return result;
}

function descendants(ancestry: Map<string, string[]>): Map<string, Set<string>> {
  const result = new Map<string, Set<string>>();
  for (const id of ancestry.keys()) result.set(id, new Set());
  for (const [id, chain] of ancestry) for (const above of chain.slice(1)) result.get(above)?.add(id);
  return result;
}

const NONE: never[] = [];

/**
 * A list filled by push keeps room for 17: copied to its length (or the shared empty list), the
 * 600,000 small lists of a national registry take a fraction of the memory.
 */
function compact<T>(list: T[]): T[] {
  return list.length === 0 ? NONE : list.slice();
}

const byId = <T extends { id: string }>(rows: T[]) => new Map(rows.map((r) => [r.id, r]));
const byCode = <T extends { code: string }>(rows: T[]) => new Map(rows.map((r) => [r.code, r]));

/** The catalogue's rows: organisations, purposes, data items, channels, gateways. */
export type CatalogueRows = Pick<SnapshotRows, "orgs" | "purposes" | "items" | "channels" | "gateways" | "companions">;
/** Agreements' own rows (one agreement's, or many). */
export type AgreementRows = Omit<SnapshotRows, keyof CatalogueRows | "revision" | "readAt">;

/** What a snapshot is compiled from: the catalogue, and each agreement's rows by agreement id. */
export interface SnapshotInput {
  state: { revision: number };
  catalogue: CatalogueRows;
  agreements: ReadonlyMap<string, AgreementRows>;
}

type CompiledCatalogue = Pick<
  Snapshot,
  | "orgs"
  | "orgByCode"
  | "purposes"
  | "purposeByCode"
  | "items"
  | "itemByCode"
  | "itemByKey"
  | "channels"
  | "channelByCode"
  | "gateways"
  | "purposeAncestors"
  | "itemAncestors"
  | "purposeDescendants"
  | "itemDescendants"
>;

interface CompiledAgreement {
  agreement: AgreementFact;
  rules: RuleFact[];
}

/**
 * What a snapshot keeps for the next build: an agreement whose rows are the same objects (the
 * store's refresh keeps unchanged agreements' rows) compiled against the same catalogue is
 * reused, not compiled again. Only the indexes are rebuilt for every rule.
 */
interface Reuse {
  catalogueRows: CatalogueRows;
  catalogue: CompiledCatalogue;
  agreements: WeakMap<AgreementRows, CompiledAgreement[]>;
}

const reuses = new WeakMap<Snapshot, Reuse>();

/** Agreements' rows emptied by `releaseRows`: only the key their compiled facts are reused by. */
const released = new WeakSet<AgreementRows>();

/** An agreement's rows were released and its compiled facts cannot be reused: read them again. */
export class ReleasedRowsError extends Error {
  constructor() {
    super("an agreement's rows were released after compiling and cannot be compiled again; read the registry again");
    this.name = "ReleasedRowsError";
  }
}

/**
 * Empties the rows of every agreement in `input`, once a snapshot has been compiled from it.
 * Compiled, they matter only as the key the next build reuses that agreement's facts by (a
 * refresh keeps an unchanged agreement's rows object), and their contents — half a million
 * link rows and their id strings at national scale — were 40% of what the snapshot held.
 * Compiling released rows again without that reuse throws `ReleasedRowsError`.
 */
export function releaseRows(input: SnapshotInput): void {
  for (const rows of input.agreements.values()) {
    if (released.has(rows)) continue;
    for (const name of Object.keys(rows) as (keyof AgreementRows)[]) (rows[name] as unknown[]) = [];
    released.add(rows);
  }
}

/**
 * Compiles a snapshot with its indexes. Given the previous snapshot, agreements whose rows have
 * not changed keep their compiled facts, so a rebuild after one change costs the indexes, not
 * every rule again.
 */
export function compileSnapshot(input: SnapshotInput, previous?: Snapshot | null): Snapshot {
  const before = previous ? reuses.get(previous) : undefined;
  const reusable = before?.catalogueRows === input.catalogue ? before : undefined;
  const catalogue = reusable?.catalogue ?? compileCatalogue(input.catalogue);
  const reuse: Reuse = { catalogueRows: input.catalogue, catalogue, agreements: new WeakMap() };
  const compiled: CompiledAgreement[][] = [];
  for (const rows of input.agreements.values()) {
    const done = reusable?.agreements.get(rows) ?? compileReadable(rows, catalogue);
    reuse.agreements.set(rows, done);
    compiled.push(done);
  }
  const snapshot = assemble(input.state.revision, catalogue, compiled);
  reuses.set(snapshot, reuse);
  return snapshot;
}

function compileReadable(rows: AgreementRows, catalogue: CompiledCatalogue): CompiledAgreement[] {
  if (released.has(rows)) throw new ReleasedRowsError();
  return compileAgreements(rows, catalogue);
}

/** Each row with its position as `key`, by id. */
function keyed<T extends { id: string }>(rows: T[]): Map<string, T & { key: number }> {
  return new Map(rows.map((row, key) => [row.id, { ...row, key }]));
}

const keysOf = (ids: Iterable<string>, facts: Map<string, { key: number }>) =>
  Array.from(ids, (id) => facts.get(id)?.key ?? UNKNOWN);

/** The day a window opens, or the day after it closes (inclusive end), as day numbers. */
const startDay = (from: string | null) => (from === null ? -FOREVER : dayNumber(from));
const stopDay = (to: string | null) => (to === null ? FOREVER : dayNumber(to) + 1);

function compileCatalogue(rows: CatalogueRows): CompiledCatalogue {
  const purposeRows = byId(rows.purposes);
  const purposeAncestors = ancestors(purposeRows);
  const purposeDescendants = descendants(purposeAncestors);
  const itemAncestors = ancestors(byId(rows.items));
  const itemDescendants = descendants(itemAncestors);
  const orgs = keyed(rows.orgs);

  const purposes = new Map<string, PurposeFact>(
    rows.purposes.map((p, key) => [p.id, { ...p, key, upKeys: [], downKeys: [] }]),
  );
  for (const p of purposes.values()) {
    p.upKeys = keysOf(purposeAncestors.get(p.id) ?? [p.id], purposes);
    p.downKeys = keysOf(purposeDescendants.get(p.id) ?? [], purposes);
  }
  const items = new Map<string, ItemFact>(
    rows.items.map((i, key) => [
      i.id,
      {
        ...i,
        key,
        ancestorKeys: [],
        originatorKey: orgs.get(i.originatingControllerId)?.key ?? UNKNOWN,
        node: null,
      },
    ]),
  );
  for (const i of items.values()) i.ancestorKeys = keysOf(itemAncestors.get(i.id) ?? [i.id], items);

  const gateways = new Map<string, GatewayFact>(
    rows.gateways.map((g) => [
      g.id,
      {
        ...g,
        companionIds: [],
        closure: [],
        closureFrom: null,
        closureTo: null,
        startDay: 0,
        stopDay: 0,
        node: null,
      },
    ]),
  );
  for (const c of rows.companions) gateways.get(c.gatewayId)?.companionIds.push(c.companionId);
  for (const g of gateways.values()) {
    const seen = new Set<string>();
    const walk = (id: string) => {
      const part = gateways.get(id);
      if (!part || seen.has(id)) return;
      seen.add(id);
      g.closure.push(part);
      part.companionIds.forEach(walk);
    };
    walk(g.id);
    for (const part of g.closure) {
      if (part.inForceFrom !== null && (g.closureFrom === null || part.inForceFrom > g.closureFrom))
        g.closureFrom = part.inForceFrom;
      if (part.inForceTo !== null && (g.closureTo === null || part.inForceTo < g.closureTo))
        g.closureTo = part.inForceTo;
    }
    g.startDay = startDay(g.closureFrom);
    g.stopDay = stopDay(g.closureTo);
  }
  const channels = keyed(rows.channels);
  return {
    orgs,
    orgByCode: byCode([...orgs.values()]),
    purposes,
    purposeByCode: byCode([...purposes.values()]),
    items,
    itemByCode: byCode([...items.values()]),
    itemByKey: [...items.values()],
    channels,
    channelByCode: byCode([...channels.values()]),
    gateways,
    purposeAncestors,
    itemAncestors,
    purposeDescendants,
    itemDescendants,
  };
}

/** The agreements in `rows` as facts, each with its rules in row order, links resolved against the catalogue. */
function compileAgreements(rows: AgreementRows, catalogue: CompiledCatalogue): CompiledAgreement[] {
  const { orgs, purposes, items, channels, gateways } = catalogue;
  const orgKey = (id: string) => orgs.get(id)?.key ?? UNKNOWN;
  const agreements = new Map<string, CompiledAgreement>();
  for (const a of rows.agreements) {
    const agreement: AgreementFact = {
      ...a,
      live: OPERATIVE.has(a.status),
      endedOn: null,
      suspensions: [],
      startDay: dayNumber(a.effectiveFrom),
      stopDay: stopDay(a.effectiveTo),
      annexes: new Map(),
      roles: new Map(),
      signed: new Map(),
      restrictions: [],
      node: null,
    };
    agreements.set(a.id, { agreement, rules: [] });
  }
  const agreementOf = (id: string) => agreements.get(id)?.agreement;
  for (const t of rows.terminations) {
    const a = agreementOf(t.agreementId);
    if (!a) continue;
    if (t.kind === "SUSPENSION")
      a.suspensions.push({
        from: t.effectiveOn,
        until: t.resumedOn,
        startDay: dayNumber(t.effectiveOn),
        stopDay: t.resumedOn === null ? FOREVER : dayNumber(t.resumedOn),
      });
    else if (a.endedOn === null || t.effectiveOn < a.endedOn) a.endedOn = t.effectiveOn;
  }
  for (const { agreement: a } of agreements.values()) {
    // Ended by termination on `endedOn` (exclusive), or expired after `effectiveTo` (inclusive).
    if (a.endedOn !== null) a.stopDay = Math.min(a.stopDay, dayNumber(a.endedOn));
  }
  for (const x of rows.annexes) {
    const annexes = agreementOf(x.agreementId)?.annexes;
    annexes?.set(x.id, { ...x, key: annexes.size, node: null });
  }
  for (const p of rows.participants) {
    const bits = p.roles.reduce((sum, role) => sum | ROLE_BITS[role], 0);
    agreementOf(p.agreementId)?.roles.set(orgKey(p.organisationId), bits);
  }
  for (const s of rows.signatures) {
    const a = agreementOf(s.agreementId);
    if (!a) continue;
    const annex = s.annexId === null ? WHOLE_AGREEMENT : (a.annexes.get(s.annexId)?.key ?? UNKNOWN);
    const key = orgKey(s.organisationId);
    const signed = a.signed.get(key);
    if (!signed) a.signed.set(key, [annex]);
    else if (!signed.includes(annex)) signed.push(annex);
  }
  for (const r of rows.restrictions) agreementOf(r.agreementId)?.restrictions.push(r);

  const rules = new Map<string, RuleFact>();
  for (const r of rows.rules) {
    const owner = agreements.get(r.agreementId);
    if (!owner) continue;
    const { agreement } = owner;
    const providerKey = orgKey(r.providerId);
    // Spelt out, not spread: one fixed shape for 100,000 objects is several times faster to build.
    const rule: RuleFact = {
      id: r.id,
      code: r.code,
      agreementId: r.agreementId,
      annexId: r.annexId,
      providerId: r.providerId,
      recipientId: r.recipientId,
      effect: r.effect,
      purposeIds: [],
      itemIds: [],
      channelIds: [],
      conditions: [],
      clauseReference: r.clauseReference,
      order: 0,
      providerKey,
      recipientKey: r.recipientId === null ? ANY_RECIPIENT : orgKey(r.recipientId),
      purposeKeys: NONE,
      itemKeys: NONE,
      channelKeys: NONE,
      description: r.description,
      agreement,
      providerProvides: mayProvide(agreement, providerKey),
      annex: (r.annexId && agreement.annexes.get(r.annexId)) || null,
      gateways: [],
    };
    rules.set(r.id, rule);
    owner.rules.push(rule);
  }
  // Link rows come grouped by rule, so most need no lookup; and each keeps the catalogue's own id
  // string, not the copy its row brought (half a million fewer strings).
  let last: RuleFact | undefined;
  const ruleOf = (id: string) => (last?.id === id ? last : (last = rules.get(id)));
  for (const x of rows.rulePurposes)
    ruleOf(x.flowRuleId)?.purposeIds.push(purposes.get(x.purposeId)?.id ?? x.purposeId);
  for (const x of rows.ruleItems) ruleOf(x.flowRuleId)?.itemIds.push(items.get(x.dataItemId)?.id ?? x.dataItemId);
  for (const x of rows.ruleChannels)
    ruleOf(x.flowRuleId)?.channelIds.push(channels.get(x.channelId)?.id ?? x.channelId);
  for (const x of rows.ruleGateways) ruleOf(x.flowRuleId)?.gateways.push(gateways.get(x.gatewayId));
  for (const { flowRuleId, ...condition } of rows.ruleConditions) rules.get(flowRuleId)?.conditions.push(condition);
  for (const rule of rules.values()) {
    rule.purposeIds = compact(rule.purposeIds);
    rule.itemIds = compact(rule.itemIds);
    rule.channelIds = compact(rule.channelIds);
    rule.gateways = compact(rule.gateways);
    rule.conditions = compact(rule.conditions);
    rule.purposeKeys = rule.purposeIds.length ? keysOf(rule.purposeIds, purposes) : NONE;
    rule.itemKeys = rule.itemIds.length ? keysOf(rule.itemIds, items) : NONE;
    rule.channelKeys = rule.channelIds.length ? keysOf(rule.channelIds, channels) : NONE;
  }
  return [...agreements.values()];
}

/**
 * The snapshot: every agreement and rule, in input order, and the indexes over them. A rule's
 * `order` is its position here; a reused rule is renumbered by each snapshot that includes it
 * (synchronously, before the new snapshot answers anything).
 */
function assemble(revision: number, catalogue: CompiledCatalogue, compiled: CompiledAgreement[][]): Snapshot {
  const agreements = new Map<string, AgreementFact>();
  const rules: RuleFact[] = [];
  // Keys are catalogue positions (and -1, -2): one past the largest catalogue is past them all.
  const stride = Math.max(catalogue.orgs.size, catalogue.items.size, catalogue.purposes.size) + 3;
  const rulesByKey = new RuleIndex(stride);
  const rulesByProviderItem = new RuleIndex(stride);
  const restrictedReceipts = new RuleIndex(stride);
  for (const group of compiled) {
    for (const { agreement, rules: own } of group) {
      agreements.set(agreement.id, agreement);
      const restricted = agreement.restrictions.some(
        (x) => x.kind === "ONWARD_DISCLOSURE" || x.kind === "CROSS_NATION",
      );
      for (const rule of own) {
        rule.order = rules.length;
        rules.push(rule);
        const { providerKey, recipientKey } = rule;
        for (const item of rule.itemKeys) rulesByProviderItem.add([providerKey, item], rule);
        if (rule.effect === "ALLOW" && restricted)
          for (const item of rule.itemKeys) restrictedReceipts.add([recipientKey, item], rule);
        for (const purpose of rule.purposeKeys) rulesByKey.add([providerKey, recipientKey, purpose], rule);
      }
    }
  }
  return {
    ...catalogue,
    revision,
    builtAt: new Date(),
    agreements,
    rules,
    rulesByKey,
    rulesByProviderItem,
    restrictedReceipts,
  };
}
