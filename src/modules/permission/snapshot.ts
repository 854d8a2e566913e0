/**
 * The permission snapshot: every fact the evaluator needs, compiled from the database into
 * plain objects and indexes, immutable once built. The evaluator (evaluate.ts) decides from it
 * without touching the database.
 */

export type Role = "PROVIDER" | "RECIPIENT" | "PROCESSOR" | "MOU_MANAGER";

export interface OrgFact {
  id: string;
  code: string;
  name: string;
  kind: string;
  nation: string | null;
}

export interface HierarchyNode {
  id: string;
  code: string;
  name: string;
  parentId: string | null;
}

/** The full database row, kept so the API can answer from the snapshot without a query. */
export type Row = Record<string, unknown>;

export interface ItemFact extends HierarchyNode {
  originatingControllerId: string;
  row: Row;
}

export interface GatewayFact {
  id: string;
  code: string;
  citation: string;
  inForceFrom: string | null;
  inForceTo: string | null;
  companionIds: string[];
  row: Row;
}

export interface AnnexFact {
  id: string;
  label: string;
  title: string;
  signedSeparately: boolean;
  row: Row;
}

export interface AgreementFact {
  id: string;
  code: string;
  title: string;
  status: string;
  effectiveFrom: string;
  effectiveTo: string | null;
  /** Earliest date a notice, breach termination or revocation took effect. */
  endedOn: string | null;
  annexes: Map<string, AnnexFact>;
  roles: Map<string, Set<Role>>;
  /** organisation id → annex ids it signed ("" for the agreement as a whole). */
  signed: Map<string, Set<string>>;
  restrictions: RestrictionFact[];
  row: Row;
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
  purposeIds: Set<string>;
  itemIds: Set<string>;
  /** Empty: any channel. */
  channelIds: Set<string>;
  gatewayIds: string[];
  conditions: ConditionFact[];
  clauseReference: string;
  description: string;
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
  purposes: Map<string, HierarchyNode>;
  purposeByCode: Map<string, HierarchyNode>;
  items: Map<string, ItemFact>;
  itemByCode: Map<string, ItemFact>;
  channels: Map<string, HierarchyNode>;
  channelByCode: Map<string, HierarchyNode>;
  gateways: Map<string, GatewayFact>;
  agreements: Map<string, AgreementFact>;
  rules: RuleFact[];
  /** id → the id itself and every ancestor, nearest first. */
  purposeAncestors: Map<string, string[]>;
  itemAncestors: Map<string, string[]>;
  /** id → every descendant (not itself). */
  purposeDescendants: Map<string, Set<string>>;
  itemDescendants: Map<string, Set<string>>;
  /** `provider|recipient-or-*|purpose` → rules naming exactly that purpose. */
  rulesByKey: Map<string, RuleFact[]>;
  /** provider id → every rule it provides under (for nearest misses and listings). */
  rulesByProvider: Map<string, RuleFact[]>;
  /** recipient id → rules naming it as recipient. */
  rulesByRecipient: Map<string, RuleFact[]>;
  /** Rules with a template recipient (null): any signatory recipient. */
  templateRules: RuleFact[];
}

export interface SnapshotRows {
  revision: number;
  orgs: OrgFact[];
  purposes: HierarchyNode[];
  items: ItemFact[];
  channels: HierarchyNode[];
  gateways: Omit<GatewayFact, "companionIds">[];
  companions: { gatewayId: string; companionId: string }[];
  agreements: Omit<AgreementFact, "annexes" | "roles" | "signed" | "restrictions" | "endedOn">[];
  terminations: { agreementId: string; kind: string; effectiveOn: string }[];
  annexes: (AnnexFact & { agreementId: string })[];
  participants: { agreementId: string; organisationId: string; roles: Role[] }[];
  signatures: { agreementId: string; organisationId: string; annexId: string | null }[];
  rules: Omit<RuleFact, "purposeIds" | "itemIds" | "channelIds" | "gatewayIds" | "conditions">[];
  rulePurposes: { flowRuleId: string; purposeId: string }[];
  ruleItems: { flowRuleId: string; dataItemId: string }[];
  ruleChannels: { flowRuleId: string; channelId: string }[];
  ruleGateways: { flowRuleId: string; gatewayId: string }[];
  ruleConditions: { flowRuleId: string; code: string; description: string; factKey: string; clauseReference: string }[];
  restrictions: RestrictionFact[];
}

function push<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

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

const byId = <T extends { id: string }>(rows: T[]) => new Map(rows.map((r) => [r.id, r]));
const byCode = <T extends { code: string }>(rows: T[]) => new Map(rows.map((r) => [r.code, r]));

/** Compiles database rows into a snapshot with its indexes. */
export function compileSnapshot(rows: SnapshotRows): Snapshot {
  const purposes = byId(rows.purposes);
  const items = byId(rows.items);
  const purposeAncestors = ancestors(purposes);
  const itemAncestors = ancestors(items);

  const gateways = new Map<string, GatewayFact>(rows.gateways.map((g) => [g.id, { ...g, companionIds: [] }]));
  for (const c of rows.companions) gateways.get(c.gatewayId)?.companionIds.push(c.companionId);

  const agreements = new Map<string, AgreementFact>(
    rows.agreements.map((a) => [
      a.id,
      { ...a, endedOn: null, annexes: new Map(), roles: new Map(), signed: new Map(), restrictions: [] },
    ]),
  );
  for (const t of rows.terminations) {
    const a = agreements.get(t.agreementId);
    if (a && t.kind !== "SUSPENSION" && (a.endedOn === null || t.effectiveOn < a.endedOn)) a.endedOn = t.effectiveOn;
  }
  for (const x of rows.annexes) agreements.get(x.agreementId)?.annexes.set(x.id, x);
  for (const p of rows.participants) agreements.get(p.agreementId)?.roles.set(p.organisationId, new Set(p.roles));
  for (const s of rows.signatures) {
    const signed = agreements.get(s.agreementId)?.signed;
    if (!signed) continue;
    const set = signed.get(s.organisationId) ?? new Set<string>();
    set.add(s.annexId ?? "");
    signed.set(s.organisationId, set);
  }
  for (const r of rows.restrictions) agreements.get(r.agreementId)?.restrictions.push(r);

  const rules = new Map<string, RuleFact>(
    rows.rules.map((r) => [
      r.id,
      { ...r, purposeIds: new Set(), itemIds: new Set(), channelIds: new Set(), gatewayIds: [], conditions: [] },
    ]),
  );
  for (const x of rows.rulePurposes) rules.get(x.flowRuleId)?.purposeIds.add(x.purposeId);
  for (const x of rows.ruleItems) rules.get(x.flowRuleId)?.itemIds.add(x.dataItemId);
  for (const x of rows.ruleChannels) rules.get(x.flowRuleId)?.channelIds.add(x.channelId);
  for (const x of rows.ruleGateways) rules.get(x.flowRuleId)?.gatewayIds.push(x.gatewayId);
  for (const { flowRuleId, ...condition } of rows.ruleConditions) rules.get(flowRuleId)?.conditions.push(condition);

  const rulesByKey = new Map<string, RuleFact[]>();
  const rulesByProvider = new Map<string, RuleFact[]>();
  const rulesByRecipient = new Map<string, RuleFact[]>();
  const templateRules: RuleFact[] = [];
  for (const rule of rules.values()) {
    push(rulesByProvider, rule.providerId, rule);
    if (rule.recipientId) push(rulesByRecipient, rule.recipientId, rule);
    else templateRules.push(rule);
    for (const purposeId of rule.purposeIds)
      push(rulesByKey, ruleKey(rule.providerId, rule.recipientId, purposeId), rule);
  }

  return {
    revision: rows.revision,
    builtAt: new Date(),
    orgs: byId(rows.orgs),
    orgByCode: byCode(rows.orgs),
    purposes,
    purposeByCode: byCode(rows.purposes),
    items,
    itemByCode: byCode(rows.items),
    channels: byId(rows.channels),
    channelByCode: byCode(rows.channels),
    gateways,
    agreements,
    rules: [...rules.values()],
    purposeAncestors,
    itemAncestors,
    purposeDescendants: descendants(purposeAncestors),
    itemDescendants: descendants(itemAncestors),
    rulesByKey,
    rulesByProvider,
    rulesByRecipient,
    templateRules,
  };
}

/** Index key for rules by provider, recipient (or `*` for template rules) and purpose. */
export function ruleKey(providerId: string, recipientId: string | null, purposeId: string): string {
  return `${providerId}|${recipientId ?? "*"}|${purposeId}`;
}
