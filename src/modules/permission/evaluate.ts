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
import { IN_FORCE_STATUSES } from "../agreement/agreement.repository.js";
import {
  type AgreementFact,
  type AnnexFact,
  type ConditionFact,
  type ItemFact,
  type OrgFact,
  type RestrictionFact,
  type RuleFact,
  ANY_RECIPIENT,
  type Snapshot,
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
  gatewayIds: string[];
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
  explanation: string;
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
const IN_FORCE = new Set<string>(IN_FORCE_STATUSES);
const EMPTY_FACTS: ReadonlyMap<string, string> = new Map();

interface Resolved {
  provider: OrgFact;
  recipient: OrgFact;
  purposeId: string;
  items: ItemFact[];
  channelId: string | null;
}

function resolve(s: Snapshot, q: PermissionQuery): Resolved {
  const unknown: { field: string; code: string }[] = [];
  const provider = s.orgByCode.get(q.provider);
  const recipient = s.orgByCode.get(q.recipient);
  const purpose = s.purposeByCode.get(q.purpose);
  const channel = q.channel ? s.channelByCode.get(q.channel) : undefined;
  if (!provider) unknown.push({ field: "provider", code: q.provider });
  if (!recipient) unknown.push({ field: "recipient", code: q.recipient });
  if (!purpose) unknown.push({ field: "purpose", code: q.purpose });
  if (q.channel && !channel) unknown.push({ field: "channel", code: q.channel });
  const items: ItemFact[] = [];
  for (const code of q.dataItems) {
    const item = s.itemByCode.get(code);
    if (item) items.push(item);
    else unknown.push({ field: "dataItems", code });
  }
  if (unknown.length > 0) throw new UnknownCodeError(unknown);
  return {
    provider: provider as OrgFact,
    recipient: recipient as OrgFact,
    purposeId: (purpose as { id: string }).id,
    items,
    channelId: channel?.id ?? null,
  };
}

/** Why an agreement is not in force on `at`, or null when it is (same rule as `inForceOn` in SQL). */
export function notInForce(a: AgreementFact, at: string): string | null {
  if (!IN_FORCE.has(a.status))
    return `${a.code} would permit this but it is ${a.status.toLowerCase().replace("_", " ")}, not in force`;
  if (at < a.effectiveFrom) return `${a.code} would permit this but it only took effect on ${a.effectiveFrom}`;
  if (a.endedOn !== null && at >= a.endedOn)
    return `${a.code} would permit this but it was terminated with effect from ${a.endedOn}`;
  if (a.effectiveTo !== null && at > a.effectiveTo)
    return `${a.code} would permit this but it ended on ${a.effectiveTo}`;
  return null;
}

/** A gateway is usable on `at` when it and every provision it must be read with were in force. */
export function gatewayInForce(s: Snapshot, id: string, at: string): boolean {
  const g = s.gateways.get(id);
  if (!g) return false;
  for (const part of g.closure) {
    if ((part.inForceFrom !== null && at < part.inForceFrom) || (part.inForceTo !== null && at > part.inForceTo))
      return false;
  }
  return true;
}

/** The rule's annex, when parties sign it separately (2017 signature table). */
function separateAnnex(rule: RuleFact, a: AgreementFact): AnnexFact | undefined {
  const annex = rule.annexId ? a.annexes.get(rule.annexId) : undefined;
  return annex?.signedSeparately ? annex : undefined;
}

/**
 * Whether a recipient has signed what a rule needs: a rule naming its recipient needs nothing
 * more; a template rule reaches only recipients that signed the agreement or, where annexes are
 * signed separately, that annex (DWP–LA MoUs, 2017 §1.12–1.13).
 */
export function hasSigned(rule: RuleFact, a: AgreementFact, recipientId: string): boolean {
  if (rule.recipientId !== null) return true;
  const signed = a.signed.get(recipientId);
  const annex = separateAnnex(rule, a);
  return annex ? Boolean(signed?.has(annex.id)) : Boolean(signed && signed.size > 0);
}

function intersects(set: Set<string>, ids: readonly string[]): boolean {
  for (const id of ids) if (set.has(id)) return true;
  return false;
}

function annexName(rule: RuleFact, a: AgreementFact): string {
  const annex = rule.annexId ? a.annexes.get(rule.annexId) : undefined;
  return annex ? `${a.code} Annex ${annex.label}` : a.code;
}

interface RuleCheck {
  failures: Denial[];
  pending: PendingCondition[];
  gatewayIds: string[];
}

/**
 * Every requirement of an ALLOW rule the request does not meet, in the words a DPO uses.
 * `coverage` also checks purpose and item (used when looking for the nearest miss).
 */
function checkAllow(
  s: Snapshot,
  rule: RuleFact,
  r: Resolved,
  item: ItemFact,
  q: PermissionQuery,
  facts: ReadonlyMap<string, string>,
  coverage: boolean,
  /** False when only ranking rules: skip phrasing reasons nobody will read. */
  describe = true,
): RuleCheck {
  const a = s.agreements.get(rule.agreementId) as AgreementFact;
  const failures: Denial[] = [];
  const fail = (code: DenialCode, reason: () => string) =>
    failures.push({ code, reason: describe ? reason() : "", clauseReference: rule.clauseReference, agreement: a });
  const where = () => annexName(rule, a);

  if (coverage) {
    if (!intersects(rule.purposeIds, s.purposeAncestors.get(r.purposeId) ?? [])) {
      const names = () => [...rule.purposeIds].map((id) => s.purposes.get(id)?.code).join(", ");
      fail("PURPOSE_NOT_COVERED", () => `${where()} permits this data only for ${names()}, not for ${q.purpose}`);
    }
    if (!intersects(rule.itemIds, s.itemAncestors.get(item.id) ?? [])) {
      fail("DATA_NOT_COVERED", () => `${where()} does not cover ${item.code}`);
    }
    const named = rule.recipientId;
    if (named !== null && named !== r.recipient.id) {
      fail("NOT_A_PARTY", () => `${where()} permits this only to ${s.orgs.get(named)?.code}, not ${r.recipient.code}`);
    }
  }
  const stale = notInForce(a, q.at);
  if (stale) fail("AGREEMENT_NOT_IN_FORCE", () => stale);

  const providerRoles = a.roles.get(r.provider.id);
  if (!providerRoles || !(providerRoles.has("PROVIDER") || providerRoles.has("PROCESSOR"))) {
    fail("NOT_A_PARTY", () => `${r.provider.code} is not a provider under ${a.code}`);
  }
  if (!a.roles.get(r.recipient.id)?.has("RECIPIENT")) {
    fail("NOT_A_PARTY", () => `${r.recipient.code} is not a recipient party to ${a.code}`);
  } else if (!hasSigned(rule, a, r.recipient.id)) {
    const annex = separateAnnex(rule, a);
    fail("NOT_SIGNED", () =>
      annex
        ? `${r.recipient.code} has not signed Annex ${annex.label} of ${a.code}`
        : `${r.recipient.code} has not signed ${a.code}`,
    );
  }
  if (r.channelId !== null && rule.channelIds.size > 0 && !rule.channelIds.has(r.channelId)) {
    const names = () => [...rule.channelIds].map((id) => s.channels.get(id)?.code).join(", ");
    fail("CHANNEL_NOT_COVERED", () => `${where()} permits this only over ${names()}, not ${q.channel}`);
  }
  const gatewayIds = rule.gatewayIds.filter((g) => gatewayInForce(s, g, q.at));
  if (gatewayIds.length === 0) {
    const cited = () => rule.gatewayIds.map((g) => s.gateways.get(g)?.citation).join("; ") || "none cited";
    fail("GATEWAY_NOT_IN_FORCE", () => `no legal gateway of ${where()} was in force on ${q.at} (${cited()})`);
  }
  const pending: PendingCondition[] = [];
  for (const c of rule.conditions) settle(c, facts, pending, (reason) => fail("CONDITION_NOT_MET", () => reason));
  return { failures, pending, gatewayIds };
}

function settle(
  c: ConditionFact,
  facts: ReadonlyMap<string, string>,
  pending: PendingCondition[],
  failed: (reason: string) => void,
): void {
  const value = facts.get(c.factKey);
  if (value === undefined)
    pending.push({ description: c.description, factKey: c.factKey, clauseReference: c.clauseReference });
  else if (value !== "true") failed(`${c.description} (fact ${c.factKey} is "${value}")`);
}

/** Rules keyed for this provider, recipient (or any signatory) and purpose or a broader one. */
function candidates(s: Snapshot, r: Resolved, purposeIds: Iterable<string>): RuleFact[] {
  const found: RuleFact[] = [];
  for (const purposeId of purposeIds) {
    const exact = s.rulesByKey.get([r.provider.id, r.recipient.id, purposeId]);
    const template = s.rulesByKey.get([r.provider.id, ANY_RECIPIENT, purposeId]);
    if (exact) found.push(...exact);
    if (template) found.push(...template);
  }
  return found;
}

/** Prohibitions that apply: DENY rules of agreements in force binding these parties. */
function prohibitions(s: Snapshot, denyRules: RuleFact[], r: Resolved, item: ItemFact, q: PermissionQuery): Denial[] {
  const related = s.itemAncestors.get(item.id) ?? [];
  const below = s.itemDescendants.get(item.id);
  const denials: Denial[] = [];
  for (const rule of denyRules) {
    const covers =
      intersects(rule.itemIds, related) || (below !== undefined && [...rule.itemIds].some((i) => below.has(i)));
    if (!covers) continue;
    if (r.channelId !== null && rule.channelIds.size > 0 && !rule.channelIds.has(r.channelId)) continue;
    const a = s.agreements.get(rule.agreementId) as AgreementFact;
    if (notInForce(a, q.at) || !a.roles.has(r.recipient.id)) continue;
    denials.push({
      code: "PROHIBITED",
      reason: `${annexName(rule, a)} prohibits this: ${rule.description}`,
      clauseReference: rule.clauseReference,
      agreement: a,
    });
  }
  return denials;
}

/**
 * Restrictions on data the provider itself received: onward disclosure (2017 §4.3; PMoU "Onward
 * disclosure to third parties") and cross-nation sharing of HMRC LCTR data (2017 Annex B ¶16).
 */
function receivedRestrictions(
  s: Snapshot,
  r: Resolved,
  item: ItemFact,
  q: PermissionQuery,
  facts: ReadonlyMap<string, string>,
  pending: PendingCondition[],
): Denial[] {
  if (item.originatingControllerId === r.provider.id || item.originatingControllerId === r.recipient.id) return [];
  const related = s.itemAncestors.get(item.id) ?? [];
  const restricted = [
    ...(s.restrictedReceipts.get(r.provider.id) ?? []),
    ...(s.restrictedReceipts.get(ANY_RECIPIENT) ?? []),
  ];
  const received = restricted.filter((rule) => {
    if (!intersects(rule.itemIds, related)) return false;
    const a = s.agreements.get(rule.agreementId) as AgreementFact;
    return a.roles.get(r.provider.id)?.has("RECIPIENT") && !notInForce(a, q.at);
  });
  const denials: Denial[] = [];
  const seen = new Set<RestrictionFact>();
  for (const rule of received) {
    const a = s.agreements.get(rule.agreementId) as AgreementFact;
    for (const x of a.restrictions) {
      if (seen.has(x)) continue;
      if (x.originatingControllerId !== null && x.originatingControllerId !== item.originatingControllerId) continue;
      const deny = (code: DenialCode) =>
        denials.push({ code, reason: `${a.code}: ${x.description}`, clauseReference: x.clauseReference, agreement: a });
      if (x.kind === "ONWARD_DISCLOSURE") {
        seen.add(x);
        if (x.factKey) {
          settle(
            { code: x.code, description: x.description, factKey: x.factKey, clauseReference: x.clauseReference },
            facts,
            pending,
            () => deny("ONWARD_DISCLOSURE"),
          );
        } else deny("ONWARD_DISCLOSURE");
      } else if (x.kind === "CROSS_NATION" && (x.purposeId === null || rule.purposeIds.has(x.purposeId))) {
        seen.add(x);
        const nation = r.provider.nation;
        if (nation && r.recipient.nation && nation !== r.recipient.nation) deny("CROSS_NATION");
      }
    }
  }
  return denials;
}

function territoryDenials(grants: Grant[], country: string | null | undefined): Denial[] {
  if (!country) return [];
  const denials: Denial[] = [];
  const seen = new Set<AgreementFact>();
  for (const g of grants) {
    if (seen.has(g.agreement)) continue;
    seen.add(g.agreement);
    for (const x of g.agreement.restrictions) {
      if (x.kind === "TERRITORY" && x.permittedTerritories && !x.permittedTerritories.includes(country)) {
        denials.push({
          code: "OUTSIDE_TERRITORY",
          reason: `${g.agreement.code}: ${x.description} (requested ${country})`,
          clauseReference: x.clauseReference,
          agreement: g.agreement,
        });
      }
    }
  }
  return denials;
}

/** Most rules a nearest-miss search weighs when the parties share no rule about this. */
const NEAREST_SCAN_LIMIT = 50;

/**
 * Where to look for a near miss: rules between these two parties (and the provider's template
 * rules) first; failing that, the provider's rules that concern this data, up to a limit.
 */
function nearestPool(s: Snapshot, r: Resolved, item: ItemFact): RuleFact[] {
  const items = s.itemAncestors.get(item.id) ?? [];
  const purposes = s.purposeAncestors.get(r.purposeId) ?? [];
  // Near means it concerns this data or this purpose; anything else is noise in the answer.
  const concerns = (rule: RuleFact) =>
    rule.effect === "ALLOW" && (intersects(rule.itemIds, items) || intersects(rule.purposeIds, purposes));
  const pair = [
    ...(s.rulesByPair.get([r.provider.id, r.recipient.id]) ?? []),
    ...(s.rulesByPair.get([r.provider.id, ANY_RECIPIENT]) ?? []),
  ].filter(concerns);
  if (pair.length > 0) return pair;
  const pool: RuleFact[] = [];
  for (const itemId of items) {
    for (const rule of s.rulesByProviderItem.get([r.provider.id, itemId]) ?? []) {
      if (rule.effect === "ALLOW") pool.push(rule);
      if (pool.length >= NEAREST_SCAN_LIMIT) return pool;
    }
  }
  return pool;
}

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
): Denial[] {
  const pool = examined.length > 0 ? examined : nearestPool(s, r, item);
  let best: RuleFact[] = [];
  let fewest = Number.POSITIVE_INFINITY;
  for (const rule of pool) {
    const { failures } = checkAllow(s, rule, r, item, q, facts, true, false);
    // Rules that miss on both purpose and data are not near; a rule for this purpose and data
    // that misses on a date or a signature is nearer than one for other purposes or data.
    const coverage = failures.filter((f) => f.code === "PURPOSE_NOT_COVERED" || f.code === "DATA_NOT_COVERED").length;
    if (coverage === 2 || failures.length === 0) continue;
    const distance = failures.length + coverage;
    if (distance < fewest) {
      fewest = distance;
      best = [rule];
    } else if (distance === fewest && best.length < 3) best.push(rule);
  }
  const denials = best.flatMap((rule) => checkAllow(s, rule, r, item, q, facts, true).failures);
  if (denials.length > 0) return dedupe(denials, denialKey);
  return [
    {
      code: "NO_AGREEMENT",
      reason: `no agreement in the registry lets ${r.provider.code} share ${item.code} with ${r.recipient.code} for ${q.purpose}`,
      clauseReference: null,
      agreement: null,
    },
  ];
}

function dedupe<T>(list: T[], key: (t: T) => string): T[] {
  const seen = new Set<string>();
  return list.filter((t) => {
    const k = key(t);
    if (seen.has(k)) return false;
    seen.add(k);
    return true;
  });
}

const denialKey = (d: Denial) => `${d.code}|${d.reason}|${d.clauseReference}`;

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
  const grantConditions: PendingCondition[][] = [];
  const ancestry = s.itemAncestors.get(item.id) ?? [];
  const examined: RuleFact[] = [];
  for (const rule of allowRules) {
    if (!intersects(rule.itemIds, ancestry)) continue;
    const check = checkAllow(s, rule, r, item, q, facts, false, false);
    if (check.failures.length > 0) {
      examined.push(rule);
      continue;
    }
    grants.push({ rule, agreement: s.agreements.get(rule.agreementId) as AgreementFact, gatewayIds: check.gatewayIds });
    grantConditions.push(check.pending);
  }
  const restrictionConditions: PendingCondition[] = [];
  const denials = [
    ...prohibitions(s, denyRules, r, item, q),
    ...receivedRestrictions(s, r, item, q, facts, restrictionConditions),
    ...territoryDenials(grants, q.processingCountry),
  ];
  if (grants.length === 0 && denials.length === 0) denials.push(...nearestMiss(s, r, item, q, facts, examined));

  // One unconditional grant is enough; otherwise any grant's conditions would settle it.
  const unconditional = grantConditions.some((c) => c.length === 0);
  const conditions = dedupe(
    [...(unconditional ? [] : grantConditions.flat()), ...restrictionConditions],
    (c) => c.factKey,
  );
  const outcome: Outcome =
    denials.length > 0 || grants.length === 0 ? "DENIED" : conditions.length > 0 ? "CONDITIONAL" : "PERMITTED";
  return { item, outcome, grants, denials, conditions };
}

/** Decides one request against a snapshot. Throws UnknownCodeError for codes it does not hold. */
export function evaluate(s: Snapshot, q: PermissionQuery): Decision {
  const r = resolve(s, q);
  const facts = q.facts ?? EMPTY_FACTS;
  const purposeUp = s.purposeAncestors.get(r.purposeId) ?? [r.purposeId];
  const purposeDown = s.purposeDescendants.get(r.purposeId) ?? new Set<string>();
  const allowRules = candidates(s, r, purposeUp).filter((rule) => rule.effect === "ALLOW");
  const denyRules = candidates(s, r, [...purposeUp, ...purposeDown]).filter((rule) => rule.effect === "DENY");

  const items = r.items.map((item) => decideItem(s, r, item, q, facts, allowRules, denyRules));
  const outcome = items.reduce<Outcome>((worst, i) => (RANK[i.outcome] > RANK[worst] ? i.outcome : worst), "PERMITTED");
  const decision: Decision = {
    outcome: items.length === 0 ? "DENIED" : outcome,
    grants: dedupe(
      items.flatMap((i) => i.grants),
      (g) => g.rule.id,
    ),
    denials: dedupe(
      items.flatMap((i) => i.denials),
      denialKey,
    ),
    conditions: dedupe(
      items.flatMap((i) => i.conditions),
      (c) => c.factKey,
    ),
    items,
    explanation: "",
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
  decision.explanation = explain(s, q, decision);
  return decision;
}

/** The decision in plain language, for a person. */
export function explain(s: Snapshot, q: PermissionQuery, d: Decision): string {
  const subject = `${q.provider} → ${q.recipient}: ${q.dataItems.join(", ")} for ${q.purpose}${q.channel ? ` over ${q.channel}` : ""} on ${q.at}`;
  const basis = (g: Grant) => {
    const citations = g.gatewayIds.map((id) => s.gateways.get(id)?.citation).join("; ");
    return `${annexName(g.rule, g.agreement)} (${g.rule.clauseReference}) under ${citations}`;
  };
  if (d.outcome === "DENIED") return `DENIED — ${subject}. ${d.denials.map((x) => x.reason).join("; ")}.`;
  const grants = d.grants.map(basis).join("; and ");
  if (d.outcome === "PERMITTED") return `PERMITTED — ${subject}, by ${grants}.`;
  const settle = d.conditions
    .map((c) => `${c.description} (assert fact "${c.factKey}", ${c.clauseReference})`)
    .join("; ");
  return `CONDITIONAL — ${subject}, by ${grants}, only if: ${settle}.`;
}
