/**
 * The requirements of an ALLOW rule (evaluate.ts, semantics 1 and 3), in two forms: a count of
 * what a request fails, which allocates nothing and is what the hot path and the nearest-miss
 * ranking need; and the failures in a DPO's words, made only for rules whose reasons are returned.
 */
import type { Denial, DenialCode } from "./evaluate.js";
import {
  type AgreementFact,
  ANY_RECIPIENT,
  type GatewayFact,
  type ItemFact,
  type OrgFact,
  type PurposeFact,
  type RuleFact,
  type Snapshot,
  dayNumber,
  hasRole,
  mayProvide,
} from "./snapshot.js";

/** The request's parties, purpose, channel and date, resolved from codes. */
export interface Resolved {
  provider: OrgFact;
  recipient: OrgFact;
  purpose: PurposeFact;
  /** The keys of the purpose and every broader one, nearest first. */
  purposeUp: readonly number[];
  items: ItemFact[];
  /** -1: any channel. */
  channelKey: number;
  /** The request's date as a day number. */
  day: number;
}

/** Whether an agreement is in force on a day (a day number): the rule `inForceOn` applies in SQL. */
export function agreementInForce(a: AgreementFact, day: number): boolean {
  return a.live && day >= a.startDay && day < a.stopDay && (a.suspensions.length === 0 || !suspendedOn(a, day));
}

function suspendedOn(a: AgreementFact, day: number): boolean {
  return a.suspensions.some((x) => day >= x.startDay && day < x.stopDay);
}

/**
 * Why an agreement is not in force on the day, or null when it is: `agreementInForce`, decided by
 * the same day numbers, in words.
 */
export function notInForce(a: AgreementFact, day: number): string | null {
  if (agreementInForce(a, day)) return null;
  const would = `${a.code} would permit this but`;
  if (!a.live) return `${would} it is ${a.status.toLowerCase().replace("_", " ")}, not in force`;
  if (day < a.startDay) return `${would} it only took effect on ${a.effectiveFrom}`;
  if (day >= a.stopDay) {
    // Ended by whichever came first: a termination (from its day) or expiry (after its last day).
    if (a.endedOn !== null && day >= dayNumber(a.endedOn))
      return `${would} it was terminated with effect from ${a.endedOn}`;
    return `${would} it ended on ${a.effectiveTo}`;
  }
  // Live and within its dates, so suspended that day.
  const suspension = a.suspensions.find((x) => day >= x.startDay && day < x.stopDay);
  if (!suspension) return `${would} it is not in force that day`;
  return suspension.until === null
    ? `${would} it has been suspended since ${suspension.from}`
    : `${would} it was suspended from ${suspension.from} until it resumed on ${suspension.until}`;
}

/** A gateway is usable when it and every provision it must be read with were in force. */
function usable(g: GatewayFact | undefined, day: number): boolean {
  return g !== undefined && day >= g.startDay && day < g.stopDay;
}

/** The rule's gateways usable on the day, in the rule's order. */
export function usableGateways(rule: RuleFact, day: number): GatewayFact[] {
  const found: GatewayFact[] = [];
  for (const g of rule.gateways) if (usable(g, day)) found.push(g as GatewayFact);
  return found;
}

function anyGatewayUsable(rule: RuleFact, day: number): boolean {
  for (const g of rule.gateways) if (usable(g, day)) return true;
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
export function hasSigned(rule: RuleFact, a: AgreementFact, recipientKey: number): boolean {
  if (rule.recipientKey !== ANY_RECIPIENT) return true;
  const signed = a.signed.get(recipientKey);
  const annex = separateAnnex(rule);
  return annex ? signed !== undefined && signed.includes(annex.key) : signed !== undefined;
}

/** Whether two short lists of keys share one. */
export function overlaps(a: readonly number[], b: readonly number[]): boolean {
  for (let i = 0; i < a.length; i++) for (let j = 0; j < b.length; j++) if (a[i] === b[j]) return true;
  return false;
}

/** Whether the rule allows no channel but those it names, and not this one (-1: any channel asked). */
export function channelExcluded(rule: RuleFact, channelKey: number): boolean {
  return channelKey >= 0 && rule.channelKeys.length > 0 && !rule.channelKeys.includes(channelKey);
}

export function annexName(rule: RuleFact, a: AgreementFact): string {
  return rule.annex ? `${a.code} Annex ${rule.annex.label}` : a.code;
}

/** The rule's own provider was checked when the snapshot was compiled; rules are found by provider. */
function providerMayProvide(rule: RuleFact, providerKey: number): boolean {
  return providerKey === rule.providerKey ? rule.providerProvides : mayProvide(rule.agreement, providerKey);
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
  facts: ReadonlyMap<string, string>,
  coverage: boolean,
): number {
  const a = rule.agreement;
  let failures = 0;
  let missed = 0;
  if (coverage) {
    if (!overlaps(rule.purposeKeys, r.purposeUp)) missed++;
    if (!overlaps(rule.itemKeys, item.ancestorKeys)) missed++;
    failures += missed;
    if (rule.recipientKey !== ANY_RECIPIENT && rule.recipientKey !== r.recipient.key) failures++;
  }
  if (!agreementInForce(a, r.day)) failures++;
  if (!providerMayProvide(rule, r.provider.key)) failures++;
  if (!hasRole(a, r.recipient.key, "RECIPIENT")) failures++;
  else if (!hasSigned(rule, a, r.recipient.key)) failures++;
  if (channelExcluded(rule, r.channelKey)) failures++;
  if (!anyGatewayUsable(rule, r.day)) failures++;
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

  if (!overlaps(rule.purposeKeys, r.purposeUp)) {
    const names = rule.purposeIds.map((id) => s.purposes.get(id)?.code).join(", ");
    fail("PURPOSE_NOT_COVERED", `${where} permits this data only for ${names}, not for ${q.purpose}`);
  }
  if (!overlaps(rule.itemKeys, item.ancestorKeys)) fail("DATA_NOT_COVERED", `${where} does not cover ${item.code}`);
  const named = rule.recipientId;
  if (named !== null && rule.recipientKey !== r.recipient.key) {
    fail("NOT_A_PARTY", `${where} permits this only to ${s.orgs.get(named)?.code}, not ${r.recipient.code}`);
  }
  const stale = notInForce(a, r.day);
  if (stale) fail("AGREEMENT_NOT_IN_FORCE", stale);
  if (!providerMayProvide(rule, r.provider.key))
    fail("NOT_A_PARTY", `${r.provider.code} is not a provider under ${a.code}`);
  if (!hasRole(a, r.recipient.key, "RECIPIENT")) {
    fail("NOT_A_PARTY", `${r.recipient.code} is not a recipient party to ${a.code}`);
  } else if (!hasSigned(rule, a, r.recipient.key)) {
    const annex = separateAnnex(rule);
    fail(
      "NOT_SIGNED",
      annex
        ? `${r.recipient.code} has not signed Annex ${annex.label} of ${a.code}`
        : `${r.recipient.code} has not signed ${a.code}`,
    );
  }
  if (channelExcluded(rule, r.channelKey)) {
    const names = rule.channelIds.map((id) => s.channels.get(id)?.code).join(", ");
    fail("CHANNEL_NOT_COVERED", `${where} permits this only over ${names}, not ${q.channel}`);
  }
  if (!anyGatewayUsable(rule, r.day)) {
    const cited = rule.gateways.map((g) => g?.citation).join("; ") || "none cited";
    fail("GATEWAY_NOT_IN_FORCE", `no legal gateway of ${where} was in force on ${q.at} (${cited})`);
  }
  for (const c of rule.conditions) {
    const value = facts.get(c.factKey);
    if (value !== undefined && value !== "true")
      fail("CONDITION_NOT_MET", `${c.description} (fact ${c.factKey} is "${value}")`);
  }
}
