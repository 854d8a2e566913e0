/**
 * DPO questions answered from the snapshot: every lawful basis for a purpose and data item, and
 * everything an organisation may send or receive on a date. Pure functions, ordered by rule code
 * so they page with a stable cursor.
 */
import { agreementInForce, hasSigned, usableGateways } from "./rule-check.js";
import {
  type AgreementFact,
  ANY_RECIPIENT,
  type GatewayFact,
  type RuleFact,
  type Snapshot,
  dayNumber,
  hasRole,
} from "./snapshot.js";

/** The rule's gateways (those the registry holds), or with a day, those in force on it. */
function gatewaysInForce(rule: RuleFact, day: number | null): GatewayFact[] {
  return day === null ? rule.gateways.filter((g) => g !== undefined) : usableGateways(rule, day);
}

/** Whether an organisation (by key) receives under a rule: named, or a signatory recipient of a template rule. */
function receives(rule: RuleFact, a: AgreementFact, orgKey: number): boolean {
  if (rule.recipientKey !== ANY_RECIPIENT) return rule.recipientKey === orgKey;
  return hasRole(a, orgKey, "RECIPIENT") && hasSigned(rule, a, orgKey);
}

export interface Basis {
  rule: RuleFact;
  agreement: AgreementFact;
  gateways: GatewayFact[];
}

/**
 * Every ALLOW rule that covers the purpose (or a broader one) and the item (or its category),
 * with a gateway, of an agreement that has been in force (never a draft or proposal); with
 * `at`, only those in force then; with `recipientId`, only those reaching it.
 */
export function lawfulBases(
  s: Snapshot,
  purposeId: string,
  itemId: string,
  recipientId: string | null,
  at: string | null,
): Basis[] {
  const recipientKey = recipientId === null ? null : s.orgs.get(recipientId)?.key;
  if (recipientKey === undefined) return [];
  const purposes = new Set(s.purposeAncestors.get(purposeId) ?? []);
  const items = new Set(s.itemAncestors.get(itemId) ?? []);
  const day = at === null ? null : dayNumber(at);
  const found: Basis[] = [];
  for (const rule of s.rules) {
    if (rule.effect !== "ALLOW") continue;
    if (!rule.purposeIds.some((p) => purposes.has(p)) || !rule.itemIds.some((i) => items.has(i))) continue;
    const { agreement } = rule;
    if (day === null ? !agreement.live : !agreementInForce(agreement, day)) continue;
    if (recipientKey !== null && !receives(rule, agreement, recipientKey)) continue;
    const gateways = gatewaysInForce(rule, day);
    if (gateways.length > 0) found.push({ rule, agreement, gateways });
  }
  return found.sort((x, y) => (x.rule.code < y.rule.code ? -1 : 1));
}

export type Direction = "SEND" | "RECEIVE";

/** Every ALLOW rule in force on `at` under which the organisation may send or receive data. */
export function permittedFlows(s: Snapshot, orgId: string, direction: Direction, at: string): Basis[] {
  const found: Basis[] = [];
  const org = s.orgs.get(orgId);
  if (!org) return found;
  const day = dayNumber(at);
  for (const rule of s.rules) {
    if (rule.effect !== "ALLOW") continue;
    const { agreement } = rule;
    const party = direction === "SEND" ? rule.providerKey === org.key : receives(rule, agreement, org.key);
    if (!party || !agreementInForce(agreement, day)) continue;
    const gateways = gatewaysInForce(rule, day);
    if (gateways.length > 0) found.push({ rule, agreement, gateways });
  }
  return found.sort((x, y) => (x.rule.code < y.rule.code ? -1 : 1));
}
