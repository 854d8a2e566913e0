import { type SQL, type SQLWrapper, and, asc, eq, sql } from "drizzle-orm";
import { pgArray } from "../../db/arrays.js";
import { type Database, rowsOf } from "../../db/client.js";
import { registryState } from "../../db/registry-state.js";
import * as t from "../../db/tables/index.js";
import type { AgreementRows, CatalogueRows, Role, SnapshotRows } from "./snapshot.js";

type Tx = Parameters<Parameters<Database["transaction"]>[0]>[0];

/**
 * Reads the listed columns of every row as one JSON document of arrays: for the large rule and
 * link tables, one value parsed natively is several times faster than hundreds of thousands of
 * protocol rows, and arrays are cheaper to build and parse than keyed objects.
 */
async function jsonRows<K extends string>(
  tx: Tx,
  table: string,
  columns: Record<K, string>,
  where: SQL = sql`true`,
): Promise<Record<K, string>[]> {
  const keys = Object.keys(columns) as K[];
  const list = sql.raw(keys.map((k) => columns[k]).join(", "));
  const result = await tx.execute(
    sql`select coalesce(json_agg(json_build_array(${list})), '[]')::text as data from ${sql.identifier(table)} where ${where}`,
  );
  const rows = rowsOf<{ data: string }>(result);
  return (JSON.parse(rows[0].data) as string[][]).map((values) => {
    const row = {} as Record<K, string>;
    keys.forEach((k, i) => {
      row[k] = values[i];
    });
    return row;
  });
}

/** Most changed agreements a refresh reads one by one; beyond this, a full read is cheaper. */
const MAX_DELTA = 500;
/** Stamped by a TRUNCATE or a catalogue change (drizzle/0004): read everything again. */
const EVERYTHING = "00000000-0000-0000-0000-000000000000";

const PART_NAMES = [
  "agreements",
  "terminations",
  "annexes",
  "participants",
  "signatures",
  "rules",
  "rulePurposes",
  "ruleItems",
  "ruleChannels",
  "ruleGateways",
  "ruleConditions",
  "restrictions",
] as const satisfies readonly (keyof AgreementRows)[];

/**
 * What a snapshot is compiled from, kept by the snapshot store so that a refresh re-reads only
 * what changed: the catalogue, and each agreement's own rows.
 */
export interface SnapshotSource {
  state: Pick<SnapshotRows, "revision" | "readAt">;
  catalogue: CatalogueRows;
  agreements: Map<string, AgreementRows>;
}

const readOnly = <T>(db: Database, read: (tx: Tx) => Promise<T>) =>
  db.transaction(read, { isolationLevel: "repeatable read", accessMode: "read only" });

/** Reads everything a snapshot needs in one read-only, repeatable-read transaction. */
export function loadSnapshotSource(db: Database): Promise<SnapshotSource> {
  return readOnly(db, readSource);
}

/**
 * The registry as it is now, reusing `previous` for every agreement no transaction has touched
 * since `previous` was read: the database stamps each agreement with the transaction that last
 * changed it or its parts (drizzle/0004), so only those agreements are read again. A change to
 * the catalogue (organisations, purposes, items, channels, gateways) is rare and stamps
 * "everything". Reading 100,000 rules through PGlite takes seconds; one agreement, ms.
 */
export function refreshSnapshotSource(db: Database, previous: SnapshotSource): Promise<SnapshotSource> {
  return readOnly(db, async (tx) => {
    const changed = rowsOf<{ id: string }>(
      await tx.execute(
        sql`select agreement_id as id from agreement_changes where not pg_visible_in_snapshot(xact, ${previous.state.readAt}::pg_snapshot)`,
      ),
    ).map((row) => row.id);
    if (changed.length > MAX_DELTA || changed.includes(EVERYTHING)) return readSource(tx);
    const state = await readState(tx);
    if (changed.length === 0) return { ...previous, state };
    const fresh = byAgreement(await readAgreementParts(tx, changed));
    const agreements = new Map(previous.agreements);
    for (const id of changed) {
      const parts = fresh.get(id);
      if (parts) agreements.set(id, parts);
      else agreements.delete(id);
    }
    return { state, catalogue: previous.catalogue, agreements };
  });
}

/**
 * The source as flat rows, every agreement's together: what a full read and a refresh can be compared
 * by. An agreement whose rows were released (`releaseRows`) contributes none.
 */
export function snapshotRows(source: SnapshotSource): SnapshotRows {
  const flat = noParts();
  for (const parts of source.agreements.values()) {
    for (const name of PART_NAMES) {
      const into = flat[name] as unknown[];
      for (const row of parts[name]) into.push(row);
    }
  }
  return { ...source.state, ...source.catalogue, ...flat };
}

function noParts(): AgreementRows {
  return Object.fromEntries(PART_NAMES.map((name) => [name, []])) as unknown as AgreementRows;
}

/** Rows of many agreements, filed under each agreement (link rows through their rule). */
function byAgreement(rows: AgreementRows): Map<string, AgreementRows> {
  const groups = new Map<string, AgreementRows>();
  const group = (id: string) => {
    let parts = groups.get(id);
    if (!parts) groups.set(id, (parts = noParts()));
    return parts;
  };
  for (const a of rows.agreements) group(a.id).agreements.push(a);
  for (const x of rows.terminations) group(x.agreementId).terminations.push(x);
  for (const x of rows.annexes) group(x.agreementId).annexes.push(x);
  for (const x of rows.participants) group(x.agreementId).participants.push(x);
  for (const x of rows.signatures) group(x.agreementId).signatures.push(x);
  for (const x of rows.restrictions) group(x.agreementId).restrictions.push(x);
  const ruleParts = new Map<string, AgreementRows>();
  for (const r of rows.rules) {
    const parts = group(r.agreementId);
    parts.rules.push(r);
    ruleParts.set(r.id, parts);
  }
  for (const x of rows.rulePurposes) ruleParts.get(x.flowRuleId)?.rulePurposes.push(x);
  for (const x of rows.ruleItems) ruleParts.get(x.flowRuleId)?.ruleItems.push(x);
  for (const x of rows.ruleChannels) ruleParts.get(x.flowRuleId)?.ruleChannels.push(x);
  for (const x of rows.ruleGateways) ruleParts.get(x.flowRuleId)?.ruleGateways.push(x);
  for (const x of rows.ruleConditions) ruleParts.get(x.flowRuleId)?.ruleConditions.push(x);
  return groups;
}

/** Everything, in the transaction's snapshot. */
async function readSource(tx: Tx): Promise<SnapshotSource> {
  const state = await readState(tx);
  const catalogue = await readCatalogue(tx);
  return { state, catalogue, agreements: byAgreement(await readAgreementParts(tx, null)) };
}

/** The registry revision, and the database snapshot this transaction reads in. */
async function readState(tx: Tx): Promise<Pick<SnapshotRows, "revision" | "readAt">> {
  const [state] = rowsOf<{ revision: string; readAt: string }>(
    await tx.execute(sql`select revision, pg_current_snapshot()::text as "readAt" from ${registryState}`),
  );
  return { revision: Number(state?.revision ?? 0), readAt: state?.readAt ?? "" };
}

async function readCatalogue(tx: Tx): Promise<CatalogueRows> {
  return {
    orgs: await tx
      .select({
        id: t.organisations.id,
        code: t.organisations.code,
        name: t.organisations.name,
        kind: t.organisations.kind,
        nation: t.organisations.nation,
      })
      .from(t.organisations),
    purposes: await tx
      .select({ id: t.purposes.id, code: t.purposes.code, name: t.purposes.name, parentId: t.purposes.parentId })
      .from(t.purposes),
    items: (await tx.select().from(t.dataItems)).map((row) => ({ ...row, row })),
    channels: await tx
      .select({ id: t.channels.id, code: t.channels.code, name: t.channels.name, parentId: sql<null>`null` })
      .from(t.channels),
    gateways: (await tx.select().from(t.legalGateways)).map((row) => ({ ...row, row })),
    companions: await tx.select().from(t.gatewayCompanions),
  };
}

/** The snapshot's parts of the agreements in `scope` (of every agreement when null). */
async function readAgreementParts(tx: Tx, scope: string[] | null): Promise<AgreementRows> {
  const of = (column: SQLWrapper) => (scope ? sql`${column} = any(${pgArray(scope, "uuid")})` : sql`true`);
  const rules = (await jsonRows(
    tx,
    "flow_rules",
    {
      id: "id",
      code: "code",
      agreementId: "agreement_id",
      annexId: "annex_id",
      providerId: "provider_id",
      recipientId: "recipient_id",
      effect: "effect",
      clauseReference: "clause_reference",
      description: "description",
    },
    of(sql`agreement_id`),
  )) as AgreementRows["rules"];
  // By the rules' ids, not a join: the link tables' keys start with the rule id, and a join
  // planned without statistics (PGlite has no autovacuum) scans the whole table.
  const ids = scope ? rules.map((r) => r.id) : null;
  const ofRule = (column: SQLWrapper) => (ids ? sql`${column} = any(${pgArray(ids, "uuid")})` : sql`true`);
  /** A rule's link table: its rule id and the id it links to. */
  const links = <K extends string>(table: string, key: K, column: string) =>
    jsonRows(
      tx,
      table,
      { flowRuleId: "flow_rule_id", [key]: column } as Record<"flowRuleId" | K, string>,
      ofRule(sql`flow_rule_id`),
    );
  return {
    agreements: (await tx.select().from(t.agreements).where(of(t.agreements.id))).map((row) => ({ ...row, row })),
    terminations: await tx
      .select({
        agreementId: t.terminations.agreementId,
        kind: t.terminations.kind,
        effectiveOn: t.terminations.effectiveOn,
        resumedOn: t.terminations.resumedOn,
      })
      .from(t.terminations)
      .where(of(t.terminations.agreementId)),
    annexes: (await tx.select().from(t.annexes).where(of(t.annexes.agreementId)).orderBy(asc(t.annexes.position))).map(
      (row) => ({ ...row, row }),
    ),
    participants: (
      await tx
        .select({
          agreementId: t.participants.agreementId,
          organisationId: t.participants.organisationId,
          roles: t.participants.roles,
        })
        .from(t.participants)
        .where(of(t.participants.agreementId))
    ).map((p) => ({ ...p, roles: p.roles as Role[] })),
    signatures: await tx
      .select({
        agreementId: t.signatories.agreementId,
        organisationId: t.participants.organisationId,
        annexId: t.signatories.annexId,
      })
      .from(t.signatories)
      .innerJoin(t.participants, eq(t.participants.id, t.signatories.participantId))
      .where(of(t.signatories.agreementId)),
    rules,
    rulePurposes: await links("flow_rule_purposes", "purposeId", "purpose_id"),
    ruleItems: await links("flow_rule_data_items", "dataItemId", "data_item_id"),
    ruleChannels: await links("flow_rule_channels", "channelId", "channel_id"),
    ruleGateways: await links("flow_rule_gateways", "gatewayId", "gateway_id"),
    ruleConditions: await tx
      .select({
        flowRuleId: t.flowRuleConditions.flowRuleId,
        code: t.conditions.code,
        description: t.conditions.description,
        factKey: sql<string>`${t.conditions.factKey}`,
        clauseReference: t.conditions.clauseReference,
      })
      .from(t.flowRuleConditions)
      .innerJoin(t.conditions, eq(t.conditions.id, t.flowRuleConditions.conditionId))
      .where(and(eq(t.conditions.kind, "PRECONDITION"), ofRule(sql`${t.flowRuleConditions.flowRuleId}`))),
    restrictions: await tx
      .select({
        code: t.restrictions.code,
        kind: t.restrictions.kind,
        description: t.restrictions.description,
        agreementId: t.restrictions.agreementId,
        annexId: t.restrictions.annexId,
        originatingControllerId: t.restrictions.originatingControllerId,
        purposeId: t.restrictions.purposeId,
        approvalById: t.restrictions.approvalById,
        permittedTerritories: t.restrictions.permittedTerritories,
        factKey: t.restrictions.factKey,
        clauseReference: t.restrictions.clauseReference,
      })
      .from(t.restrictions)
      .where(of(t.restrictions.agreementId)),
  };
}

/**
 * Reads the registry's current revision (advanced by a trigger on every committed change). On
 * PostgreSQL every permission request waits for one of these (coalesced: about one a ten requests
 * under load), so the query is prepared once. Built each time, a check took 170–410 µs of CPU;
 * prepared, 110–190 (`.scratch`, 2,000 checks a round, three rounds).
 */
export function revisionReader(db: Database): () => Promise<number> {
  const query = db.select({ revision: registryState.revision }).from(registryState).prepare("current_revision");
  return async () => (await query.execute())[0]?.revision ?? 0;
}
