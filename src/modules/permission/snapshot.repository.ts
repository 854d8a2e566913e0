import { asc, eq, sql } from "drizzle-orm";
import type { Database } from "../../db/client.js";
import { registryState } from "../../db/registry-state.js";
import * as t from "../../db/tables/index.js";
import type { Role, SnapshotRows } from "./snapshot.js";

/** Reads everything a snapshot needs in one read-only, repeatable-read transaction. */
export function loadSnapshotRows(db: Database): Promise<SnapshotRows> {
  return db.transaction(
    async (tx) => {
      const [state] = await tx.select({ revision: registryState.revision }).from(registryState);
      const [
        orgs,
        purposes,
        items,
        channels,
        gateways,
        companions,
        agreements,
        terminations,
        annexes,
        participants,
        signatures,
        rules,
        rulePurposes,
        ruleItems,
        ruleChannels,
        ruleGateways,
        ruleConditions,
        restrictions,
      ] = [
        await tx
          .select({
            id: t.organisations.id,
            code: t.organisations.code,
            name: t.organisations.name,
            kind: t.organisations.kind,
            nation: t.organisations.nation,
          })
          .from(t.organisations),
        await tx
          .select({ id: t.purposes.id, code: t.purposes.code, name: t.purposes.name, parentId: t.purposes.parentId })
          .from(t.purposes),
        await tx.select().from(t.dataItems),
        await tx
          .select({ id: t.channels.id, code: t.channels.code, name: t.channels.name, parentId: sql<null>`null` })
          .from(t.channels),
        await tx.select().from(t.legalGateways),
        await tx.select().from(t.gatewayCompanions),
        await tx.select().from(t.agreements),
        await tx
          .select({
            agreementId: t.terminations.agreementId,
            kind: t.terminations.kind,
            effectiveOn: t.terminations.effectiveOn,
          })
          .from(t.terminations),
        await tx.select().from(t.annexes).orderBy(asc(t.annexes.position)),
        await tx
          .select({
            agreementId: t.participants.agreementId,
            organisationId: t.participants.organisationId,
            roles: t.participants.roles,
          })
          .from(t.participants),
        await tx
          .select({
            agreementId: t.signatories.agreementId,
            organisationId: t.participants.organisationId,
            annexId: t.signatories.annexId,
          })
          .from(t.signatories)
          .innerJoin(t.participants, eq(t.participants.id, t.signatories.participantId)),
        await tx
          .select({
            id: t.flowRules.id,
            code: t.flowRules.code,
            agreementId: t.flowRules.agreementId,
            annexId: t.flowRules.annexId,
            providerId: t.flowRules.providerId,
            recipientId: t.flowRules.recipientId,
            effect: t.flowRules.effect,
            clauseReference: t.flowRules.clauseReference,
            description: t.flowRules.description,
          })
          .from(t.flowRules),
        await tx.select().from(t.flowRulePurposes),
        await tx.select().from(t.flowRuleDataItems),
        await tx.select().from(t.flowRuleChannels),
        await tx.select().from(t.flowRuleGateways),
        await tx
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
        await tx
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
      ];
      return {
        revision: state?.revision ?? 0,
        orgs,
        purposes,
        items: items.map((row) => ({ ...row, row })),
        channels,
        gateways: gateways.map((row) => ({ ...row, row })),
        companions,
        agreements: agreements.map((row) => ({ ...row, row })),
        terminations,
        annexes: annexes.map((row) => ({ ...row, row })),
        participants: participants.map((p) => ({ ...p, roles: p.roles as Role[] })),
        signatures,
        rules,
        rulePurposes,
        ruleItems,
        ruleChannels,
        ruleGateways,
        ruleConditions,
        restrictions,
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
