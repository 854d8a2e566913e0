/**
 * The permission evaluator: a pure function of a request and a snapshot. It answers "may this
 * data flow from A to B for this purpose on this date?" with every rule that allows it, every
 * prohibition or missing requirement that blocks it, and the conditions still to settle.
 *
 * Semantics (DOMAIN.md "Rules the registry must be able to express and enforce"):
 * 1. An ALLOW rule grants when its agreement is in force on the date, the provider and recipient
 *    are parties in the roles the flow needs (and, for a template rule, the recipient has signed
 *    the agreement or — where annexes are signed separately — that annex), the rule covers the
 *    purpose (or a parent purpose), the item (or a parent category) and the channel, and at least
 *    one of its gateways, with its companion provisions, was in force on the date.
 * 2. A DENY rule or a restriction beats every ALLOW. A prohibition of a narrower or broader
 *    item or purpose applies too: asking for a category includes its denied items.
 * 3. A precondition with no fact makes the grant CONDITIONAL; `"true"` settles it.
 * 4. Several items: the outcome is the least permissive of the items'.
 */
import {
  COVERAGE_MASK,
  FAILURE_UNIT,
  type Resolved,
  allowFailures,
  agreementInForce,
  annexName,
  describeAllow,
  channelExcluded,
  overlaps,
  usableGateways,
} from "./rule-check.js";
import {
  type AgreementFact,
  type GatewayFact,
  type ItemFact,
  type RestrictionFact,
  type RuleFact,
  ANY_RECIPIENT,
  type Snapshot,
  dayNumber,
  hasRole,
} from "./snapshot.js";

export type Outcome = "PERMITTED" | "CONDITIONAL" | "DENIED";
export type DenialCode =
  | "PROHIBITED"
  | "ONWARD_DISCLOSURE"
  | "CROSS_NATION"
  | "OUTSIDE_TERRITORY"
  | "NO_AGREEMENT"
  | "AGREEMENT_NOT_IN_FORCE"
  | "NOT_A_PARTY"
  | "NOT_SIGNED"
  | "PURPOSE_NOT_COVERED"
  | "DATA_NOT_COVERED"
  | "CHANNEL_NOT_COVERED"
  | "GATEWAY_NOT_IN_FORCE"
  | "CONDITION_NOT_MET";

export interface PermissionQuery {
  provider: string;
  recipient: string;
  purpose: string;
  dataItems: string[];
  channel?: string | null;
  /** ISO date. */
  at: string;
  processingCountry?: string | null;
  facts?: ReadonlyMap<string, string>;
}

export interface Grant {
  rule: RuleFact;
  agreement: AgreementFact;
  /** The rule's gateways in force on the date. */
  gateways: GatewayFact[];
}

export interface Denial {
  code: DenialCode;
  reason: string;
  clauseReference: string | null;
  agreement: AgreementFact | null;
}

export interface PendingCondition {
  description: string;
  factKey: string;
  clauseReference: string;
}

export interface ItemDecision {
  item: ItemFact;
  outcome: Outcome;
  grants: Grant[];
  denials: Denial[];
  conditions: PendingCondition[];
}

export interface Decision {
  outcome: Outcome;
  grants: Grant[];
  denials: Denial[];
  conditions: PendingCondition[];
  items: ItemDecision[];
  registryRevision: number;
}

/** A request names a code the registry does not hold: an error, not a denial. */
export class UnknownCodeError extends Error {
  constructor(readonly unknown: { field: string; code: string }[]) {
    super(unknown.map((u) => `${u.field}: unknown code "${u.code}"`).join("; "));
    this.name = "UnknownCodeError";
  }
}

const RANK: Record<Outcome, number> = { PERMITTED: 0, CONDITIONAL: 1, DENIED: 2 };
const EMPTY_FACTS: ReadonlyMap<string, string> = new Map();
const NO_RULES: readonly RuleFact[] = [];

function resolve(s: Snapshot, q: PermissionQuery): Resolved {
  const provider = s.orgByCode.get(q.provider);
  const recipient = s.orgByCode.get(q.recipient);
  const purpose = s.purposeByCode.get(q.purpose);
  const channel = q.channel ? s.channelByCode.get(q.channel) : undefined;
  const items: ItemFact[] = [];
  let complete = provider !== undefined && recipient !== undefined && purpose !== undefined;
  if (q.channel && !channel) complete = false;
  for (const code of q.dataItems) {
    const item = s.itemByCode.get(code);
    if (item) items.push(item);
    else complete = false;
  }
  if (!complete || !provider || !recipient || !purpose) {
    const unknown: { field: string; code: string }[] = [];
    if (!provider) unknown.push({ field: "provider", code: q.provider });
    if (!recipient) unknown.push({ field: "recipient", code: q.recipient });
    if (!purpose) unknown.push({ field: "purpose", code: q.purpose });
    if (q.channel && !channel) unknown.push({ field: "channel", code: q.channel });
    for (const code of q.dataItems) if (!s.itemByCode.has(code)) unknown.push({ field: "dataItems", code });
    throw new UnknownCodeError(unknown);
  }
  return {
    provider,
    recipient,
    purpose,
    purposeUp: purpose.upKeys,
    items,
    channelKey: channel?.key ?? -1,
    day: dayNumber(q.at),
  };
}

/** Files each rule under its effect, in order. */
function split(rules: RuleFact[] | undefined, allow: RuleFact[] | null, deny: RuleFact[]): void {
  if (!rules) return;
  for (const rule of rules) {
    if (rule.effect === "DENY") deny.push(rule);
    else if (allow) allow.push(rule);
  }
}

/** Whether any of the items `keys` names lies below (or is) the item. */
function below(s: Snapshot, item: ItemFact, keys: readonly number[]): boolean {
  for (const key of keys) if (s.itemByKey[key]?.ancestorKeys.includes(item.key)) return true;
  return false;
}

/** Prohibitions that apply: DENY rules of agreements in force binding these parties. */
function prohibitions(s: Snapshot, denyRules: RuleFact[], r: Resolved, item: ItemFact, out: Denial[]): void {
  for (const rule of denyRules) {
    if (!overlaps(rule.itemKeys, item.ancestorKeys) && !below(s, item, rule.itemKeys)) continue;
    if (channelExcluded(rule, r.channelKey)) continue;
    const a = rule.agreement;
    if (!agreementInForce(a, r.day) || !a.roles.has(r.recipient.key)) continue;
    out.push({
      code: "PROHIBITED",
      reason: `${annexName(rule, a)} prohibits this: ${rule.description}`,
      clauseReference: rule.clauseReference,
      agreement: a,
    });
  }
}

/** Whether the provider is a recipient under the rule's agreement, and it was in force. */
function receivedUnder(rule: RuleFact, r: Resolved): boolean {
  return hasRole(rule.agreement, r.provider.key, "RECIPIENT") && agreementInForce(rule.agreement, r.day);
}

/** Restricted rules for `key` (a recipient or any) covering the item or a category above it, in snapshot order. */
function restrictedRulesFor(s: Snapshot, key: number, item: ItemFact): readonly RuleFact[] {
  let found: RuleFact[] | null = null;
  let lists = 0;
  for (const itemKey of item.ancestorKeys) {
    const rules = s.restrictedReceipts.get2(key, itemKey);
    if (!rules) continue;
    found = found ? found.concat(rules) : rules;
    lists++;
  }
  if (!found) return NO_RULES;
  return lists > 1 ? [...new Set(found)].sort(byOrder) : found;
}

/**
 * Restrictions on data the provider itself received: onward disclosure (2017 §4.3; PMoU "Onward
 * disclosure to third parties") and cross-nation sharing of HMRC LCTR data (2017 Annex B ¶16).
 */
function receivedRestrictions(
  s: Snapshot,
  r: Resolved,
  item: ItemFact,
  facts: ReadonlyMap<string, string>,
  pending: PendingCondition[],
  out: Denial[],
): void {
  if (item.originatorKey === r.provider.key || item.originatorKey === r.recipient.key) return;
  let seen: Set<RestrictionFact> | null = null;
  for (const rule of restrictedRulesFor(s, r.provider.key, item)) {
    if (receivedUnder(rule, r)) restrictionsOf(rule, r, item, facts, (seen ??= new Set()), pending, out);
  }
  for (const rule of restrictedRulesFor(s, ANY_RECIPIENT, item)) {
    if (receivedUnder(rule, r)) restrictionsOf(rule, r, item, facts, (seen ??= new Set()), pending, out);
  }
}

function restrictionDenial(code: DenialCode, a: AgreementFact, x: RestrictionFact): Denial {
  return { code, reason: `${a.code}: ${x.description}`, clauseReference: x.clauseReference, agreement: a };
}

function restrictionsOf(
  rule: RuleFact,
  r: Resolved,
  item: ItemFact,
  facts: ReadonlyMap<string, string>,
  seen: Set<RestrictionFact>,
  pending: PendingCondition[],
  out: Denial[],
): void {
  const a = rule.agreement;
  for (const x of a.restrictions) {
    if (seen.has(x)) continue;
    if (x.originatingControllerId !== null && x.originatingControllerId !== item.originatingControllerId) continue;
    if (x.kind === "ONWARD_DISCLOSURE") {
      seen.add(x);
      const value = x.factKey ? facts.get(x.factKey) : "";
      if (x.factKey && value === undefined)
        pending.push({ description: x.description, factKey: x.factKey, clauseReference: x.clauseReference });
      else if (value !== "true") out.push(restrictionDenial("ONWARD_DISCLOSURE", a, x));
    } else if (x.kind === "CROSS_NATION" && (x.purposeId === null || rule.purposeIds.includes(x.purposeId))) {
      seen.add(x);
      const nation = r.provider.nation;
      if (nation && r.recipient.nation && nation !== r.recipient.nation)
        out.push(restrictionDenial("CROSS_NATION", a, x));
    }
  }
}

function territoryDenials(grants: Grant[], country: string | null | undefined, out: Denial[]): void {
  if (!country) return;
  const seen = new Set<AgreementFact>();
  for (const g of grants) {
    if (seen.has(g.agreement)) continue;
    seen.add(g.agreement);
    for (const x of g.agreement.restrictions) {
      if (x.kind === "TERRITORY" && x.permittedTerritories && !x.permittedTerritories.includes(country)) {
        out.push({
          code: "OUTSIDE_TERRITORY",
          reason: `${g.agreement.code}: ${x.description} (requested ${country})`,
          clauseReference: x.clauseReference,
          agreement: g.agreement,
        });
      }
    }
  }
}

/**
 * Most rules a nearest-miss search looks at when the parties share no rule about this: the
 * provider's rules for the item itself come first, then for its broader categories.
 */
const NEAREST_SCAN_LIMIT = 64;

/**
 * Where to look for a near miss: the ALLOW rules between these two parties (or the provider's
 * template rules) that concern this purpose or this data, found through the indexes rather than
 * by scanning every rule between the pair. Failing those, the same flow to someone else: the
 * provider's rules for this data and this purpose ("the PMoU covers DWP, not HMRC"), looking
 * at a bounded number; rules for other data or purposes with other parties would be noise, and weighing them
 * was the evaluator's slowest path. In snapshot order: named recipients first, then templates.
 */
function nearestPool(s: Snapshot, r: Resolved, item: ItemFact): RuleFact[] {
  const found = new Set<RuleFact>();
  for (const recipientKey of [r.recipient.key, ANY_RECIPIENT]) {
    const byPurpose = s.rulesByKey.under(r.provider.key, recipientKey);
    if (!byPurpose) continue;
    for (const purposeKey of r.purposeUp) {
      for (const rule of byPurpose.get(purposeKey) ?? []) if (rule.effect === "ALLOW") found.add(rule);
    }
  }
  for (const itemKey of item.ancestorKeys) {
    for (const rule of s.rulesByProviderItem.get2(r.provider.key, itemKey) ?? []) {
      if (rule.effect === "ALLOW" && (rule.recipientKey === ANY_RECIPIENT || rule.recipientKey === r.recipient.key))
        found.add(rule);
    }
  }
  if (found.size > 0) return [...found].sort(byPairThenOrder);
  const pool: RuleFact[] = [];
  let scanned = 0;
  for (const itemKey of item.ancestorKeys) {
    for (const rule of s.rulesByProviderItem.get2(r.provider.key, itemKey) ?? []) {
      if (++scanned > NEAREST_SCAN_LIMIT) return pool;
      if (rule.effect === "ALLOW" && overlaps(rule.purposeKeys, r.purposeUp)) pool.push(rule);
    }
  }
  return pool;
}

const byOrder = (a: RuleFact, b: RuleFact) => a.order - b.order;
const isTemplate = (rule: RuleFact) => Number(rule.recipientKey === ANY_RECIPIENT);
const byPairThenOrder = (a: RuleFact, b: RuleFact) => isTemplate(a) - isTemplate(b) || a.order - b.order;

/**
 * When nothing grants and nothing prohibits: the rules that came closest, and why they miss.
 * `examined` are the rules for this purpose and data that failed while looking for grants;
 * only when there are none does the search widen to other purposes or data.
 */
function nearestMiss(
  s: Snapshot,
  r: Resolved,
  item: ItemFact,
  q: PermissionQuery,
  facts: ReadonlyMap<string, string>,
  examined: RuleFact[],
  out: Denial[],
): void {
  const pool = examined.length > 0 ? examined : nearestPool(s, r, item);
  const best: RuleFact[] = [];
  let fewest = Number.POSITIVE_INFINITY;
  for (const rule of pool) {
    const found = allowFailures(rule, r, item, facts, true);
    const coverage = found & COVERAGE_MASK;
    // Rules that miss on both purpose and data are not near; a rule for this purpose and data
    // that misses on a date or a signature is nearer than one for other purposes or data.
    if (coverage === 2 || found === 0) continue;
    const distance = (found - coverage) / FAILURE_UNIT + coverage;
    if (distance < fewest) {
      fewest = distance;
      best.length = 0;
      best.push(rule);
    } else if (distance === fewest && best.length < 3) best.push(rule);
  }
  if (best.length === 0) {
    out.push({
      code: "NO_AGREEMENT",
      reason: `no agreement in the registry lets ${r.provider.code} share ${item.code} with ${r.recipient.code} for ${q.purpose}`,
      clauseReference: null,
      agreement: null,
    });
    return;
  }
  const denials: Denial[] = [];
  for (const rule of best) describeAllow(s, rule, r, item, q, facts, denials);
  for (const d of dedupe(denials, denialKey)) out.push(d);
}

/** The first of each key, in order; lists of one (the usual case) are returned as they are. */
function dedupe<T>(list: T[], key: (t: T) => string): T[] {
  if (list.length < 2) return list;
  const seen = new Set<string>();
  const kept: T[] = [];
  for (const t of list) {
    const k = key(t);
    if (seen.has(k)) continue;
    seen.add(k);
    kept.push(t);
  }
  return kept;
}

const denialKey = (d: Denial) => `${d.code}|${d.reason}|${d.clauseReference}`;
const grantsOf = (i: ItemDecision) => i.grants;
const denialsOf = (i: ItemDecision) => i.denials;
const conditionsOf = (i: ItemDecision) => i.conditions;
const grantKey = (g: Grant) => g.rule.id;
const conditionKey = (c: PendingCondition) => c.factKey;

/** The rule's preconditions with no fact asserted (the request failed none of them). */
function pendingOf(rule: RuleFact, facts: ReadonlyMap<string, string>, out: PendingCondition[]): void {
  for (const c of rule.conditions) {
    if (facts.get(c.factKey) === undefined)
      out.push({ description: c.description, factKey: c.factKey, clauseReference: c.clauseReference });
  }
}

function unsettled(rule: RuleFact, facts: ReadonlyMap<string, string>): boolean {
  for (const c of rule.conditions) if (facts.get(c.factKey) === undefined) return true;
  return false;
}

function decideItem(
  s: Snapshot,
  r: Resolved,
  item: ItemFact,
  q: PermissionQuery,
  facts: ReadonlyMap<string, string>,
  allowRules: RuleFact[],
  denyRules: RuleFact[],
): ItemDecision {
  const grants: Grant[] = [];
  const examined: RuleFact[] = [];
  // One unconditional grant is enough; otherwise any grant's conditions would settle it.
  let unconditional = false;
  for (const rule of allowRules) {
    if (!overlaps(rule.itemKeys, item.ancestorKeys)) continue;
    if (allowFailures(rule, r, item, facts, false) > 0) {
      examined.push(rule);
      continue;
    }
    grants.push({ rule, agreement: rule.agreement, gateways: usableGateways(rule, r.day) });
    if (!unconditional && !unsettled(rule, facts)) unconditional = true;
  }
  const restrictionConditions: PendingCondition[] = [];
  const denials: Denial[] = [];
  prohibitions(s, denyRules, r, item, denials);
  receivedRestrictions(s, r, item, facts, restrictionConditions, denials);
  territoryDenials(grants, q.processingCountry, denials);
  if (grants.length === 0 && denials.length === 0) nearestMiss(s, r, item, q, facts, examined, denials);

  let conditions: PendingCondition[] = [];
  if (!unconditional) for (const g of grants) pendingOf(g.rule, facts, conditions);
  for (const c of restrictionConditions) conditions.push(c);
  conditions = dedupe(conditions, conditionKey);
  const outcome: Outcome =
    denials.length > 0 || grants.length === 0 ? "DENIED" : conditions.length > 0 ? "CONDITIONAL" : "PERMITTED";
  return { item, outcome, grants, denials, conditions };
}

/**
 * Every item's list, joined in item order, first of each key kept. For one item, its own list
 * (deduplicated, since a rule can come up under two of the purpose's keys): a decision's lists
 * are not changed once made.
 */
function joined<T>(items: ItemDecision[], list: (i: ItemDecision) => T[], key: (t: T) => string): T[] {
  if (items.length === 1) return dedupe(list(items[0]), key);
  const all: T[] = [];
  for (const i of items) for (const x of list(i)) all.push(x);
  return dedupe(all, key);
}

/** Decides one request against a snapshot. Throws UnknownCodeError for codes it does not hold. */
export function evaluate(s: Snapshot, q: PermissionQuery): Decision {
  const r = resolve(s, q);
  const facts = q.facts ?? EMPTY_FACTS;
  // Rules keyed for this provider and recipient, and the provider's template rules (any
  // signatory): for the purpose and broader ones, and prohibitions of narrower purposes too.
  const exact = s.rulesByKey.under(r.provider.key, r.recipient.key);
  const template = s.rulesByKey.under(r.provider.key, ANY_RECIPIENT);
  const allowRules: RuleFact[] = [];
  const denyRules: RuleFact[] = [];
  for (const purposeKey of r.purposeUp) {
    split(exact?.get(purposeKey), allowRules, denyRules);
    split(template?.get(purposeKey), allowRules, denyRules);
  }
  if (exact || template) {
    for (const purposeKey of r.purpose.downKeys) {
      split(exact?.get(purposeKey), null, denyRules);
      split(template?.get(purposeKey), null, denyRules);
    }
  }

  const items: ItemDecision[] = [];
  let outcome: Outcome = "PERMITTED";
  for (const item of r.items) {
    const decided = decideItem(s, r, item, q, facts, allowRules, denyRules);
    items.push(decided);
    if (RANK[decided.outcome] > RANK[outcome]) outcome = decided.outcome;
  }
  const decision: Decision = {
    outcome: items.length === 0 ? "DENIED" : outcome,
    grants: joined(items, grantsOf, grantKey),
    denials: joined(items, denialsOf, denialKey),
    conditions: joined(items, conditionsOf, conditionKey),
    items,
    registryRevision: s.revision,
  };
  if (items.length === 0) {
    decision.denials.push({
      code: "DATA_NOT_COVERED",
      reason: "no data items were requested",
      clauseReference: null,
      agreement: null,
    });
  }
  return decision;
}

const reasonOf = (d: Denial) => d.reason;

/** Where a grant comes from and the law it relies on, for the explanation. */
function basis(g: Grant): string {
  let citations = "";
  for (const gateway of g.gateways) citations += (citations ? "; " : "") + gateway.citation;
  return `${annexName(g.rule, g.agreement)} (${g.rule.clauseReference}) under ${citations}`;
}

/** The decision in plain language, for a person: phrased when asked for, not with every decision. */
export function explain(q: PermissionQuery, d: Decision): string {
  const subject = `${q.provider} → ${q.recipient}: ${q.dataItems.join(", ")} for ${q.purpose}${q.channel ? ` over ${q.channel}` : ""} on ${q.at}`;
  if (d.outcome === "DENIED") return `DENIED — ${subject}. ${d.denials.map(reasonOf).join("; ")}.`;
  let grants = "";
  for (const g of d.grants) grants += (grants ? "; and " : "") + basis(g);
  if (d.outcome === "PERMITTED") return `PERMITTED — ${subject}, by ${grants}.`;
  const settle = d.conditions
    .map((c) => `${c.description} (assert fact "${c.factKey}", ${c.clauseReference})`)
    .join("; ");
  return `CONDITIONAL — ${subject}, by ${grants}, only if: ${settle}.`;
}
