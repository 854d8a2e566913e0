import { asc, eq, sql } from "drizzle-orm";
import type { Database } from "../../db/client.js";
import { registryState } from "../../db/registry-state.js";
import * as t from "../../db/tables/index.js";
import type { Role, SnapshotRows } from "./snapshot.js";

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
): Promise<Record<K, string>[]> {
  const keys = Object.keys(columns) as K[];
  const list = sql.raw(keys.map((k) => columns[k]).join(", "));
  const result = (await tx.execute(
    sql`select coalesce(json_agg(json_build_array(${list})), '[]')::text as data from ${sql.identifier(table)}`,
  )) as unknown as { rows: { data: string }[] } | { data: string }[];
  const rows = Array.isArray(result) ? result : result.rows;
  return (JSON.parse(rows[0].data) as string[][]).map((values) => {
    const row = {} as Record<K, string>;
    keys.forEach((k, i) => {
      row[k] = values[i];
    });
    return row;
  });
}

/** Reads everything a snapshot needs in one read-only, repeatable-read transaction. */
export function loadSnapshotRows(db: Database): Promise<SnapshotRows> {
  return db.transaction(
    async (tx) => {
      const [state] = await tx.select({ revision: registryState.revision }).from(registryState);
      return {
        revision: state?.revision ?? 0,
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
        agreements: (await tx.select().from(t.agreements)).map((row) => ({ ...row, row })),
        terminations: await tx
          .select({
            agreementId: t.terminations.agreementId,
            kind: t.terminations.kind,
            effectiveOn: t.terminations.effectiveOn,
          })
          .from(t.terminations),
        annexes: (await tx.select().from(t.annexes).orderBy(asc(t.annexes.position))).map((row) => ({ ...row, row })),
        participants: (
          await tx
            .select({
              agreementId: t.participants.agreementId,
              organisationId: t.participants.organisationId,
              roles: t.participants.roles,
            })
            .from(t.participants)
        ).map((p) => ({ ...p, roles: p.roles as Role[] })),
        signatures: await tx
          .select({
            agreementId: t.signatories.agreementId,
            organisationId: t.participants.organisationId,
            annexId: t.signatories.annexId,
          })
          .from(t.signatories)
          .innerJoin(t.participants, eq(t.participants.id, t.signatories.participantId)),
        rules: (await jsonRows(tx, "flow_rules", {
          id: "id",
          code: "code",
          agreementId: "agreement_id",
          annexId: "annex_id",
          providerId: "provider_id",
          recipientId: "recipient_id",
          effect: "effect",
          clauseReference: "clause_reference",
          description: "description",
        })) as SnapshotRows["rules"],
        rulePurposes: await jsonRows(tx, "flow_rule_purposes", { flowRuleId: "flow_rule_id", purposeId: "purpose_id" }),
        ruleItems: await jsonRows(tx, "flow_rule_data_items", {
          flowRuleId: "flow_rule_id",
          dataItemId: "data_item_id",
        }),
        ruleChannels: await jsonRows(tx, "flow_rule_channels", { flowRuleId: "flow_rule_id", channelId: "channel_id" }),
        ruleGateways: await jsonRows(tx, "flow_rule_gateways", { flowRuleId: "flow_rule_id", gatewayId: "gateway_id" }),
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
          .where(eq(t.conditions.kind, "PRECONDITION")),
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
          .from(t.restrictions),
      };
    },
    { isolationLevel: "repeatable read", accessMode: "read only" },
  );
}

/** The registry's current revision (advanced by a trigger on every committed change). */
export async function currentRevision(db: Database): Promise<number> {
  const [state] = await db.select({ revision: registryState.revision }).from(registryState);
  return state?.revision ?? 0;
}
