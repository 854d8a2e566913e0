import { count, eq } from "drizzle-orm";
import type { PgColumn, PgTable } from "drizzle-orm/pg-core";
import type { Database, DatabaseHandle } from "../db/client.js";
import { appendRevision } from "../modules/revision/revision.repository.js";
import * as t from "../db/tables/index.js";
import { mergeBundles, type SeedCatalogue } from "./bundle.js";
import { seedBundles } from "./data/index.js";
import type { Citation, SeedAgreement, SeedBundle } from "./types.js";

type CodedTable = PgTable & { id: PgColumn; code: PgColumn };
type Tx = Parameters<Parameters<Database["transaction"]>[0]>[0];
type Ids = Map<string, string>;

const SEED_LOCK = 7_243_102;

export interface SeedResult {
  seeded: boolean;
  agreements: number;
  flowRules: number;
  dataItems: number;
}

/**
 * Loads the seed catalogue into an empty database, in one transaction (all or nothing).
 * Idempotent: a database that already holds source documents is left as it is.
 */
export async function seedDatabase(handle: DatabaseHandle, bundles: SeedBundle[] = seedBundles): Promise<SeedResult> {
  const catalogue = mergeBundles(bundles);
  const summary = {
    agreements: catalogue.agreements.length,
    flowRules: catalogue.agreements.reduce((n, a) => n + a.flows.length, 0),
    dataItems: catalogue.dataItems.length,
  };
  return handle.exclusive(SEED_LOCK, async () => {
    const [{ n }] = await handle.db.select({ n: count().mapWith(Number) }).from(t.sourceDocuments);
    if (n > 0) return { seeded: false, ...summary };
    await handle.db.transaction((tx) => insertCatalogue(tx, catalogue));
    return { seeded: true, ...summary };
  });
}

/** Inserts rows and returns code → id. */
async function insertCoded<R extends { code: string }>(tx: Tx, table: CodedTable, rows: R[]): Promise<Ids> {
  if (rows.length === 0) return new Map();
  const inserted = (await tx
    .insert(table)
    .values(rows as never)
    .returning({ id: table.id, code: table.code })) as { id: string; code: string }[];
  return new Map(inserted.map((r) => [r.code, r.id]));
}

function need(ids: Ids, code: string, kind: string): string {
  const id = ids.get(code);
  if (!id) throw new Error(`seed: unknown ${kind} "${code}"`);
  return id;
}

async function insertCatalogue(tx: Tx, c: SeedCatalogue): Promise<void> {
  const docIds = await insertCoded(tx, t.sourceDocuments, c.sourceDocuments);
  const cite = (source: Citation) => ({
    sourceDocumentId: need(docIds, source.document, "source document"),
    sourceClause: source.clause,
  });

  const orgIds = await insertCoded(
    tx,
    t.organisations,
    c.organisations.map(({ actsFor: _, source, ...o }) => ({ ...o, nation: o.nation ?? null, ...cite(source) })),
  );
  for (const o of c.organisations.filter((o) => o.actsFor)) {
    await tx
      .update(t.organisations)
      .set({ actsForId: need(orgIds, o.actsFor as string, "organisation") })
      .where(eq(t.organisations.code, o.code));
  }
  const org = (code: string) => need(orgIds, code, "organisation");

  const channelIds = await insertCoded(
    tx,
    t.channels,
    c.channels.map(({ source, ...ch }) => ({ ...ch, ...cite(source) })),
  );
  const purposeIds = await insertHierarchy(tx, t.purposes, c.purposes, (p) => ({
    code: p.code,
    name: p.name,
    description: p.description,
    ...cite(p.source),
  }));
  const itemIds = await insertHierarchy(tx, t.dataItems, c.dataItems, (i) => ({
    code: i.code,
    name: i.name,
    description: i.description ?? null,
    originatingControllerId: org(i.originatingController),
    classification: i.classification,
    ...cite(i.source),
  }));
  const itemChannels = c.dataItems.flatMap((i) =>
    i.channels.map((ch) => ({
      dataItemId: need(itemIds, i.code, "data item"),
      channelId: need(channelIds, ch, "channel"),
    })),
  );
  if (itemChannels.length) await tx.insert(t.dataItemChannels).values(itemChannels);

  const gatewayIds = await insertCoded(
    tx,
    t.legalGateways,
    c.gateways.map(({ companions: _, source, ...g }) => ({
      ...g,
      url: g.url ?? null,
      inForceFrom: g.inForceFrom ?? null,
      inForceTo: g.inForceTo ?? null,
      ...cite(source),
    })),
  );
  const companions = c.gateways.flatMap((g) =>
    (g.companions ?? []).map((comp) => ({
      gatewayId: need(gatewayIds, g.code, "gateway"),
      companionId: need(gatewayIds, comp, "gateway"),
    })),
  );
  if (companions.length) await tx.insert(t.gatewayCompanions).values(companions);

  const refs: Refs = { org, cite, purposeIds, itemIds, channelIds, gatewayIds };
  const agreementIds: Ids = new Map();
  // Parents first, so an addendum can point at its MoU.
  const ordered = [...c.agreements].sort((a, b) => Number(Boolean(a.parent)) - Number(Boolean(b.parent)));
  for (const a of ordered) {
    agreementIds.set(
      a.code,
      await insertAgreement(tx, a, refs, a.parent ? need(agreementIds, a.parent, "agreement") : null),
    );
  }
  for (const att of c.attachments) {
    const agreementId = need(agreementIds, att.agreement, "agreement");
    await insertOperational(tx, agreementId, att.operationalRules ?? [], att.retention ?? [], refs);
    await insertConditions(tx, agreementId, new Map(), att.conditions ?? [], refs);
  }
  // Each seeded agreement's history starts with the content recorded from its source.
  for (const a of ordered) {
    await appendRevision(tx, {
      agreementId: need(agreementIds, a.code, "agreement"),
      number: 1,
      operation: "seed",
      reason: `Recorded from source document ${a.source.document} (${a.source.clause})`,
      author: { principal: "seed", role: "system" },
    });
  }
}

/** Inserts a code hierarchy parents-first (the seed lists may name a parent after its child). */
async function insertHierarchy<R extends { code: string; parent?: string }>(
  tx: Tx,
  table: CodedTable & { parentId: unknown },
  rows: R[],
  toRow: (r: R) => Record<string, unknown>,
): Promise<Ids> {
  const ids: Ids = new Map();
  let pending = rows;
  while (pending.length > 0) {
    const ready = pending.filter((r) => !r.parent || ids.has(r.parent));
    if (ready.length === 0)
      throw new Error(`seed: cycle or missing parent among ${pending.map((r) => r.code).join(", ")}`);
    const inserted = await insertCoded(
      tx,
      table,
      ready.map((r) => ({ ...toRow(r), parentId: r.parent ? ids.get(r.parent) : null, code: r.code })),
    );
    for (const [code, id] of inserted) ids.set(code, id);
    pending = pending.filter((r) => !ids.has(r.code));
  }
  return ids;
}

interface Refs {
  org(code: string): string;
  cite(source: Citation): { sourceDocumentId: string; sourceClause: string };
  purposeIds: Ids;
  itemIds: Ids;
  channelIds: Ids;
  gatewayIds: Ids;
}

async function insertAgreement(tx: Tx, a: SeedAgreement, refs: Refs, parentId: string | null): Promise<string> {
  const { org, cite } = refs;
  const [{ id: agreementId }] = await tx
    .insert(t.agreements)
    .values({
      code: a.code,
      kind: a.kind,
      title: a.title,
      reference: a.reference,
      parentId,
      ownerTeam: a.ownerTeam,
      ownerOrganisationId: org(a.ownerOrganisation),
      status: a.status,
      effectiveFrom: a.effectiveFrom,
      effectiveTo: a.effectiveTo ?? null,
      reviewCadenceMonths: a.reviewCadenceMonths ?? null,
      reviewTerms: a.reviewTerms ?? null,
      noticePeriodMonths: a.noticePeriodMonths ?? null,
      terminationTerms: a.terminationTerms ?? null,
      breachNotificationHours: a.breachNotificationHours ?? null,
      subjectAccessTerms: a.subjectAccessTerms ?? null,
      foiTerms: a.foiTerms ?? null,
      securityTerms: a.securityTerms ?? null,
      onwardDisclosureTerms: a.onwardDisclosureTerms ?? null,
      signingTerms: a.signingTerms ?? null,
      summary: a.summary,
      ...cite(a.source),
    })
    .returning({ id: t.agreements.id });

  const annexIds: Ids = new Map();
  if (a.annexes.length) {
    const rows = await tx
      .insert(t.annexes)
      .values(
        a.annexes.map((x, position) => ({
          agreementId,
          label: x.label,
          title: x.title,
          summary: x.summary,
          signedSeparately: x.signedSeparately,
          position,
          ...cite(x.source),
        })),
      )
      .returning({ id: t.annexes.id, label: t.annexes.label });
    for (const r of rows) annexIds.set(r.label, r.id);
  }
  const annex = (label: string | undefined) => (label ? need(annexIds, label, "annex") : null);

  const participantIds: Ids = new Map();
  if (a.participants.length) {
    const rows = await tx
      .insert(t.participants)
      .values(
        a.participants.map((p) => ({
          agreementId,
          organisationId: org(p.organisation),
          roles: p.roles,
          description: p.description ?? null,
          ...cite(p.source),
        })),
      )
      .returning({ id: t.participants.id, organisationId: t.participants.organisationId });
    for (const p of a.participants) {
      const row = rows.find((r) => r.organisationId === org(p.organisation));
      if (row) participantIds.set(p.organisation, row.id);
    }
  }
  const participant = (code: string) => need(participantIds, code, "participant");

  if (a.signatories.length) {
    await tx.insert(t.signatories).values(
      a.signatories.map((s) => ({
        agreementId,
        participantId: participant(s.organisation),
        annexId: annex(s.annex),
        name: s.name,
        capacity: s.capacity,
        position: s.position ?? null,
        signedOn: s.signedOn,
        sample: s.sample ?? false,
        ...cite(s.source),
      })),
    );
  }
  if (a.controllers.length) {
    await tx.insert(t.controllerDesignations).values(
      a.controllers.map((d) => ({
        agreementId,
        participantId: participant(d.organisation),
        phase: d.phase,
        role: d.role,
        description: d.description,
        ...cite(d.source),
      })),
    );
  }
  if (a.processingConditions.length) {
    await tx.insert(t.processingConditions).values(
      a.processingConditions.map((pc) => ({
        agreementId,
        participantId: participant(pc.organisation),
        article: pc.article,
        description: pc.description,
        appliesFrom: pc.appliesFrom ?? null,
        ...cite(pc.source),
      })),
    );
  }
  if (a.documentVersions.length) {
    await tx.insert(t.documentVersions).values(
      a.documentVersions.map((v, position) => ({
        agreementId,
        label: v.label,
        issuedOn: v.issuedOn ?? null,
        summary: v.summary,
        position,
        ...cite(v.source),
      })),
    );
  }
  if (a.reviews.length) {
    await tx.insert(t.reviews).values(
      a.reviews.map((r) => ({
        agreementId,
        reviewedOn: r.reviewedOn,
        reviewer: r.reviewer,
        outcome: r.outcome,
        findings: r.findings,
        nextDueOn: r.nextDueOn ?? null,
        ...cite(r.source),
      })),
    );
  }

  const conditionIds = await insertConditions(tx, agreementId, annexIds, a.conditions, refs);
  await insertRestrictions(tx, agreementId, annex, a, refs);
  await insertOperational(tx, agreementId, a.operationalRules, a.retention, refs);
  await insertFlows(tx, agreementId, annex, a, refs, conditionIds);
  return agreementId;
}

async function insertConditions(
  tx: Tx,
  agreementId: string,
  annexIds: Ids,
  conditions: SeedAgreement["conditions"],
  { cite }: Refs,
): Promise<Ids> {
  if (!conditions.length) return new Map();
  const rows = await tx
    .insert(t.conditions)
    .values(
      conditions.map((k) => ({
        agreementId,
        annexId: k.annex ? need(annexIds, k.annex, "annex") : null,
        code: k.code,
        kind: k.kind,
        description: k.description,
        factKey: k.factKey ?? null,
        clauseReference: k.clauseReference,
        ...cite(k.source),
      })),
    )
    .returning({ id: t.conditions.id, code: t.conditions.code });
  return new Map(rows.map((r) => [r.code, r.id]));
}

async function insertRestrictions(
  tx: Tx,
  agreementId: string,
  annex: (label: string | undefined) => string | null,
  a: SeedAgreement,
  { org, cite, purposeIds, channelIds }: Refs,
): Promise<void> {
  if (!a.restrictions.length) return;
  await tx.insert(t.restrictions).values(
    a.restrictions.map((r) => ({
      agreementId,
      annexId: annex(r.annex),
      code: r.code,
      kind: r.kind,
      description: r.description,
      originatingControllerId: r.originatingController ? org(r.originatingController) : null,
      purposeId: r.purpose ? need(purposeIds, r.purpose, "purpose") : null,
      channelId: r.channel ? need(channelIds, r.channel, "channel") : null,
      approvalById: r.approvalBy ? org(r.approvalBy) : null,
      permittedTerritories: r.permittedTerritories ?? null,
      factKey: r.factKey ?? null,
      clauseReference: r.clauseReference,
      ...cite(r.source),
    })),
  );
}

async function insertOperational(
  tx: Tx,
  agreementId: string,
  rules: SeedAgreement["operationalRules"],
  retention: SeedAgreement["retention"],
  { cite, itemIds }: Refs,
): Promise<void> {
  if (rules.length) {
    await tx.insert(t.operationalRules).values(
      rules.map((r) => ({
        agreementId,
        code: r.code,
        kind: r.kind,
        title: r.title,
        description: r.description,
        ...cite(r.source),
      })),
    );
  }
  if (retention.length) {
    await tx.insert(t.retentionRules).values(
      retention.map((r) => ({
        agreementId,
        recordType: r.recordType,
        dataItemId: r.dataItem ? need(itemIds, r.dataItem, "data item") : null,
        periodMonths: r.periodMonths ?? null,
        disposition: r.disposition,
        trigger: r.trigger ?? null,
        ...cite(r.source),
      })),
    );
  }
}

async function insertFlows(
  tx: Tx,
  agreementId: string,
  annex: (label: string | undefined) => string | null,
  a: SeedAgreement,
  { org, cite, purposeIds, itemIds, channelIds, gatewayIds }: Refs,
  conditionIds: Ids,
): Promise<void> {
  if (!a.flows.length) return;
  const ruleIds = await insertCoded(
    tx,
    t.flowRules,
    a.flows.map((f) => ({
      code: f.code,
      agreementId,
      annexId: annex(f.annex),
      providerId: org(f.provider),
      recipientId: f.recipient ? org(f.recipient) : null,
      effect: f.effect,
      description: f.description,
      clauseReference: f.clauseReference,
      ...cite(f.source),
    })),
  );
  const links = <K extends string>(
    pick: (f: SeedAgreement["flows"][number]) => string[],
    ids: Ids,
    kind: string,
    key: K,
  ) =>
    a.flows.flatMap((f) =>
      pick(f).map(
        (code) =>
          ({ flowRuleId: need(ruleIds, f.code, "flow rule"), [key]: need(ids, code, kind) }) as Record<
            "flowRuleId" | K,
            string
          >,
      ),
    );
  const purposesRows = links((f) => f.purposes, purposeIds, "purpose", "purposeId");
  const itemsRows = links((f) => f.dataItems, itemIds, "data item", "dataItemId");
  const channelRows = links((f) => f.channels, channelIds, "channel", "channelId");
  const gatewayRows = links((f) => f.gateways, gatewayIds, "gateway", "gatewayId");
  const conditionRows = links((f) => f.conditions ?? [], conditionIds, "condition", "conditionId");
  if (purposesRows.length) await tx.insert(t.flowRulePurposes).values(purposesRows);
  if (itemsRows.length) await tx.insert(t.flowRuleDataItems).values(itemsRows);
  if (channelRows.length) await tx.insert(t.flowRuleChannels).values(channelRows);
  if (gatewayRows.length) await tx.insert(t.flowRuleGateways).values(gatewayRows);
  if (conditionRows.length) await tx.insert(t.flowRuleConditions).values(conditionRows);
}
