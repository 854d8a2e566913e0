/**
 * The requirements of an ALLOW rule (evaluate.ts, semantics 1 and 3), in two forms: a count of
 * what a request fails, which allocates nothing and is what the hot path and the nearest-miss
 * ranking need; and the failures in a DPO's words, made only for rules whose reasons are returned.
 */
import type { Denial, DenialCode } from "./evaluate.js";
import {
  type AgreementFact,
  type GatewayFact,
  type HierarchyNode,
  type ItemFact,
  type OrgFact,
  type RuleFact,
  type Snapshot,
  mayProvide,
} from "./snapshot.js";

/** The request's parties, purpose and channel, resolved from codes. */
export interface Resolved {
  provider: OrgFact;
  recipient: OrgFact;
  purpose: HierarchyNode;
  /** The purpose and every broader one, nearest first. */
  purposeUp: readonly string[];
  items: ItemFact[];
  channelId: string | null;
}

/** Same rule as `notInForce`, without phrasing the reason. */
export function agreementInForce(a: AgreementFact, at: string): boolean {
  return (
    a.live &&
    at >= a.effectiveFrom &&
    (a.endedOn === null || at < a.endedOn) &&
    (a.effectiveTo === null || at <= a.effectiveTo)
  );
}

/** Why an agreement is not in force on `at`, or null when it is (same rule as `inForceOn` in SQL). */
export function notInForce(a: AgreementFact, at: string): string | null {
  if (!a.live) return `${a.code} would permit this but it is ${a.status.toLowerCase().replace("_", " ")}, not in force`;
  if (at < a.effectiveFrom) return `${a.code} would permit this but it only took effect on ${a.effectiveFrom}`;
  if (a.endedOn !== null && at >= a.endedOn)
    return `${a.code} would permit this but it was terminated with effect from ${a.endedOn}`;
  if (a.effectiveTo !== null && at > a.effectiveTo)
    return `${a.code} would permit this but it ended on ${a.effectiveTo}`;
  return null;
}

/** A gateway is usable when it and every provision it must be read with were in force. */
function usable(g: GatewayFact | undefined, at: string): boolean {
  return (
    g !== undefined && (g.closureFrom === null || at >= g.closureFrom) && (g.closureTo === null || at <= g.closureTo)
  );
}

/** A gateway is usable on `at` when it and every provision it must be read with were in force. */
export function gatewayInForce(s: Snapshot, id: string, at: string): boolean {
  return usable(s.gateways.get(id), at);
}

/** The rule's gateways usable on `at`, by id, in the rule's order. */
export function usableGatewayIds(rule: RuleFact, at: string): string[] {
  const ids: string[] = [];
  for (let i = 0; i < rule.gateways.length; i++) if (usable(rule.gateways[i], at)) ids.push(rule.gatewayIds[i]);
  return ids;
}

function anyGatewayUsable(rule: RuleFact, at: string): boolean {
  for (const g of rule.gateways) if (usable(g, at)) return true;
  return false;
}

/** The rule's annex, when parties sign it separately (2017 signature table). */
function separateAnnex(rule: RuleFact) {
  return rule.annex?.signedSeparately ? rule.annex : undefined;
}

/**
 * Whether a recipient has signed what a rule needs: a rule naming its recipient needs nothing
 * more; a template rule reaches only recipients that signed the agreement or, where annexes are
 * signed separately, that annex (DWP–LA MoUs, 2017 §1.12–1.13).
 */
export function hasSigned(rule: RuleFact, a: AgreementFact, recipientId: string): boolean {
  if (rule.recipientId !== null) return true;
  const signed = a.signed.get(recipientId);
  const annex = separateAnnex(rule);
  return annex ? Boolean(signed?.has(annex.id)) : Boolean(signed && signed.size > 0);
}

/** Whether two short id lists share an id. */
export function overlaps(a: readonly string[], b: readonly string[]): boolean {
  for (let i = 0; i < a.length; i++) for (let j = 0; j < b.length; j++) if (a[i] === b[j]) return true;
  return false;
}

/** Whether the rule allows no channel but those it names, and not this one. */
export function channelExcluded(rule: RuleFact, channelId: string | null): boolean {
  return channelId !== null && rule.channelIds.length > 0 && !rule.channelIds.includes(channelId);
}

export function annexName(rule: RuleFact, a: AgreementFact): string {
  return rule.annex ? `${a.code} Annex ${rule.annex.label}` : a.code;
}

/** The rule's own provider was checked when the snapshot was compiled; rules are found by provider. */
function providerMayProvide(rule: RuleFact, providerId: string): boolean {
  return providerId === rule.providerId ? rule.providerProvides : mayProvide(rule.agreement, providerId);
}

/** Bits of `allowFailures`: the count of failures times 4, plus how many of them are coverage. */
export const COVERAGE_MASK = 3;
export const FAILURE_UNIT = 4;

/**
 * How many requirements of an ALLOW rule the request fails, as `failures * 4 + coverage misses`
 * (purpose and item; only checked with `coverage`). Mirrors `describeAllow` one for one.
 */
export function allowFailures(
  rule: RuleFact,
  r: Resolved,
  item: ItemFact,
  at: string,
  facts: ReadonlyMap<string, string>,
  coverage: boolean,
): number {
  const a = rule.agreement;
  let failures = 0;
  let missed = 0;
  if (coverage) {
    if (!overlaps(rule.purposeIds, r.purposeUp)) missed++;
    if (!overlaps(rule.itemIds, item.ancestors)) missed++;
    failures += missed;
    if (rule.recipientId !== null && rule.recipientId !== r.recipient.id) failures++;
  }
  if (!agreementInForce(a, at)) failures++;
  if (!providerMayProvide(rule, r.provider.id)) failures++;
  if (!a.roles.get(r.recipient.id)?.has("RECIPIENT")) failures++;
  else if (!hasSigned(rule, a, r.recipient.id)) failures++;
  if (channelExcluded(rule, r.channelId)) failures++;
  if (!anyGatewayUsable(rule, at)) failures++;
  for (const c of rule.conditions) {
    const value = facts.get(c.factKey);
    if (value !== undefined && value !== "true") failures++;
  }
  return failures * FAILURE_UNIT + missed;
}

/**
 * Every requirement of an ALLOW rule the request does not meet, in the words a DPO uses,
 * appended to `out` (purpose and item coverage included: used for the nearest miss).
 */
export function describeAllow(
  s: Snapshot,
  rule: RuleFact,
  r: Resolved,
  item: ItemFact,
  q: { purpose: string; channel?: string | null; at: string },
  facts: ReadonlyMap<string, string>,
  out: Denial[],
): void {
  const a = rule.agreement;
  const fail = (code: DenialCode, reason: string) =>
    out.push({ code, reason, clauseReference: rule.clauseReference, agreement: a });
  const where = annexName(rule, a);

  if (!overlaps(rule.purposeIds, r.purposeUp)) {
    const names = rule.purposeIds.map((id) => s.purposes.get(id)?.code).join(", ");
    fail("PURPOSE_NOT_COVERED", `${where} permits this data only for ${names}, not for ${q.purpose}`);
  }
  if (!overlaps(rule.itemIds, item.ancestors)) fail("DATA_NOT_COVERED", `${where} does not cover ${item.code}`);
  const named = rule.recipientId;
  if (named !== null && named !== r.recipient.id) {
    fail("NOT_A_PARTY", `${where} permits this only to ${s.orgs.get(named)?.code}, not ${r.recipient.code}`);
  }
  const stale = notInForce(a, q.at);
  if (stale) fail("AGREEMENT_NOT_IN_FORCE", stale);
  if (!providerMayProvide(rule, r.provider.id))
    fail("NOT_A_PARTY", `${r.provider.code} is not a provider under ${a.code}`);
  if (!a.roles.get(r.recipient.id)?.has("RECIPIENT")) {
    fail("NOT_A_PARTY", `${r.recipient.code} is not a recipient party to ${a.code}`);
  } else if (!hasSigned(rule, a, r.recipient.id)) {
    const annex = separateAnnex(rule);
    fail(
      "NOT_SIGNED",
      annex
        ? `${r.recipient.code} has not signed Annex ${annex.label} of ${a.code}`
        : `${r.recipient.code} has not signed ${a.code}`,
    );
  }
  if (channelExcluded(rule, r.channelId)) {
    const names = rule.channelIds.map((id) => s.channels.get(id)?.code).join(", ");
    fail("CHANNEL_NOT_COVERED", `${where} permits this only over ${names}, not ${q.channel}`);
  }
  if (!anyGatewayUsable(rule, q.at)) {
    const cited = rule.gatewayIds.map((g) => s.gateways.get(g)?.citation).join("; ") || "none cited";
    fail("GATEWAY_NOT_IN_FORCE", `no legal gateway of ${where} was in force on ${q.at} (${cited})`);
  }
  for (const c of rule.conditions) {
    const value = facts.get(c.factKey);
    if (value !== undefined && value !== "true")
      fail("CONDITION_NOT_MET", `${c.description} (fact ${c.factKey} is "${value}")`);
  }
}
