/**
 * Edits to the parts of a draft agreement. Each runs inside `editAgreement`, which has already
 * claimed the revision and checked the status; here only the rows change. Field paths in errors
 * are the GraphQL input paths.
 */
import { and, eq, isNull } from "drizzle-orm";
import * as t from "../../db/tables/index.js";
import type { Tx } from "../revision/content.js";
import { annexId, conditionIds, idByCode, idsByCode, organisationId, participantId, removeOne } from "./lookups.js";
import { type AgreementRow, UserError } from "./mutation.js";

type Roles = (typeof t.participants.$inferInsert)["roles"];
const field = (...path: string[]) => ["input", ...path];

/** Only keys present in the input are changed; an explicit null clears a nullable field. */
function present<T extends object>(values: T): Partial<T> {
  return Object.fromEntries(Object.entries(values).filter(([, v]) => v !== undefined)) as Partial<T>;
}

export interface TermsPatch {
  title?: string;
  reference?: string;
  summary?: string;
  ownerTeam?: string;
  effectiveFrom?: string;
  effectiveTo?: string | null;
  reviewCadenceMonths?: number | null;
  reviewTerms?: string | null;
  noticePeriodMonths?: number | null;
  terminationTerms?: string | null;
  breachNotificationHours?: number | null;
  subjectAccessTerms?: string | null;
  foiTerms?: string | null;
  securityTerms?: string | null;
  onwardDisclosureTerms?: string | null;
  signingTerms?: string | null;
}

export async function updateTerms(tx: Tx, a: AgreementRow, patch: TermsPatch) {
  const values = present(patch);
  for (const key of ["title", "reference", "summary", "ownerTeam", "effectiveFrom"] as const) {
    if (key in values && values[key] === null) throw new UserError("INVALID", `${key} cannot be cleared`, field(key));
  }
  if (Object.keys(values).length === 0) throw new UserError("INVALID", "name at least one term to change", field());
  await tx.update(t.agreements).set(values).where(eq(t.agreements.id, a.id));
}

export interface ParticipantInput {
  organisation: string;
  roles?: Roles;
  description?: string | null;
}

export async function addParticipant(tx: Tx, a: AgreementRow, p: ParticipantInput) {
  await tx.insert(t.participants).values({
    agreementId: a.id,
    organisationId: await organisationId(tx, p.organisation, field("organisation")),
    roles: p.roles ?? [],
    description: p.description ?? null,
  });
}

export async function updateParticipant(tx: Tx, a: AgreementRow, p: ParticipantInput) {
  const id = await participantId(tx, a.id, p.organisation, field("organisation"));
  const values = present({ roles: p.roles, description: p.description });
  if (Object.keys(values).length === 0) throw new UserError("INVALID", "name roles or description", field());
  await tx.update(t.participants).set(values).where(eq(t.participants.id, id));
}

export async function removeParticipant(tx: Tx, a: AgreementRow, organisation: string) {
  const id = await participantId(tx, a.id, organisation, field("organisation"));
  const [flow] = await tx
    .select({ code: t.flowRules.code })
    .from(t.flowRules)
    .innerJoin(t.participants, eq(t.participants.id, id))
    .where(and(eq(t.flowRules.agreementId, a.id), eq(t.flowRules.providerId, t.participants.organisationId)))
    .limit(1);
  if (flow) throw new UserError("CONFLICT", `${organisation} provides data in flow ${flow.code}; remove it first`);
  await tx.delete(t.participants).where(eq(t.participants.id, id));
}

export interface AnnexInput {
  label: string;
  title?: string;
  summary?: string;
  signedSeparately?: boolean;
}

export async function addAnnex(tx: Tx, a: AgreementRow, x: AnnexInput) {
  const existing = await tx.select({ id: t.annexes.id }).from(t.annexes).where(eq(t.annexes.agreementId, a.id));
  await tx.insert(t.annexes).values({
    agreementId: a.id,
    label: x.label,
    title: x.title ?? "",
    summary: x.summary ?? "",
    signedSeparately: x.signedSeparately ?? false,
    position: existing.length + 1,
  });
}

export async function updateAnnex(tx: Tx, a: AgreementRow, x: AnnexInput) {
  const id = await annexId(tx, a.id, x.label, field("label"));
  const values = present({ title: x.title, summary: x.summary, signedSeparately: x.signedSeparately });
  if (Object.keys(values).length === 0) throw new UserError("INVALID", "name a field to change", field());
  await tx
    .update(t.annexes)
    .set(values)
    .where(eq(t.annexes.id, id as string));
}

export async function removeAnnex(tx: Tx, a: AgreementRow, label: string) {
  await removeOne(
    tx,
    t.annexes,
    and(eq(t.annexes.agreementId, a.id), eq(t.annexes.label, label)),
    `annex "${label}"`,
    field("label"),
  );
}

export interface ControllerInput {
  organisation: string;
  phase: (typeof t.controllerDesignations.$inferInsert)["phase"];
  role: (typeof t.controllerDesignations.$inferInsert)["role"];
  description: string;
}

/** One designation per participant and phase: setting it again replaces it. */
export async function setController(tx: Tx, a: AgreementRow, c: ControllerInput) {
  const pid = await participantId(tx, a.id, c.organisation, field("organisation"));
  await tx
    .delete(t.controllerDesignations)
    .where(and(eq(t.controllerDesignations.participantId, pid), eq(t.controllerDesignations.phase, c.phase)));
  await tx
    .insert(t.controllerDesignations)
    .values({ agreementId: a.id, participantId: pid, phase: c.phase, role: c.role, description: c.description });
}

export async function removeController(tx: Tx, a: AgreementRow, c: Pick<ControllerInput, "organisation" | "phase">) {
  const pid = await participantId(tx, a.id, c.organisation, field("organisation"));
  await removeOne(
    tx,
    t.controllerDesignations,
    and(eq(t.controllerDesignations.participantId, pid), eq(t.controllerDesignations.phase, c.phase)),
    `${c.phase} designation for ${c.organisation}`,
    field("phase"),
  );
}

export interface ProcessingConditionInput {
  organisation: string;
  article: string;
  description: string;
  appliesFrom?: string | null;
}

export async function addProcessingCondition(tx: Tx, a: AgreementRow, p: ProcessingConditionInput) {
  await tx.insert(t.processingConditions).values({
    agreementId: a.id,
    participantId: await participantId(tx, a.id, p.organisation, field("organisation")),
    article: p.article,
    description: p.description,
    appliesFrom: p.appliesFrom ?? null,
  });
}

export async function removeProcessingCondition(tx: Tx, a: AgreementRow, p: { organisation: string; article: string }) {
  const pid = await participantId(tx, a.id, p.organisation, field("organisation"));
  await removeOne(
    tx,
    t.processingConditions,
    and(eq(t.processingConditions.participantId, pid), eq(t.processingConditions.article, p.article)),
    `processing condition ${p.article} for ${p.organisation}`,
    field("article"),
  );
}

export interface FlowInput {
  code: string;
  annex?: string | null;
  provider?: string;
  recipient?: string | null;
  effect?: "ALLOW" | "DENY";
  description?: string;
  clauseReference?: string;
  purposes?: string[];
  dataItems?: string[];
  channels?: string[];
  gateways?: string[];
  conditions?: string[];
}

/** Replaces a flow's linked sets that the input names. */
async function linkFlow(tx: Tx, a: AgreementRow, flowId: string, f: FlowInput) {
  const link = async <
    L extends
      | typeof t.flowRulePurposes
      | typeof t.flowRuleDataItems
      | typeof t.flowRuleChannels
      | typeof t.flowRuleGateways
      | typeof t.flowRuleConditions,
  >(
    table: L,
    column: string,
    ids: string[] | undefined,
  ) => {
    if (ids === undefined) return;
    await tx.delete(table).where(eq(table.flowRuleId, flowId));
    if (ids.length > 0) await tx.insert(table).values(ids.map((id) => ({ flowRuleId: flowId, [column]: id })) as never);
  };
  const codes = (list: string[] | undefined, table: Parameters<typeof idsByCode>[1], name: string, kind: string) =>
    list === undefined ? undefined : idsByCode(tx, table, list, field(name), kind);
  await link(t.flowRulePurposes, "purposeId", await codes(f.purposes, t.purposes, "purposes", "purpose"));
  await link(t.flowRuleDataItems, "dataItemId", await codes(f.dataItems, t.dataItems, "dataItems", "data item"));
  await link(t.flowRuleChannels, "channelId", await codes(f.channels, t.channels, "channels", "channel"));
  await link(t.flowRuleGateways, "gatewayId", await codes(f.gateways, t.legalGateways, "gateways", "legal gateway"));
  const conditions =
    f.conditions === undefined ? undefined : await conditionIds(tx, a.id, f.conditions, field("conditions"));
  await link(t.flowRuleConditions, "conditionId", conditions);
}

/** A flow rule must name what it covers: an ALLOW without purposes or items permits nothing. */
function requireSets(f: FlowInput) {
  for (const key of ["purposes", "dataItems"] as const) {
    if (f[key] !== undefined && f[key].length === 0) {
      throw new UserError("INVALID", `a flow rule needs at least one of ${key}`, field(key));
    }
  }
}

export async function addFlow(
  tx: Tx,
  a: AgreementRow,
  f: FlowInput &
    Required<Pick<FlowInput, "provider" | "effect" | "description" | "clauseReference" | "purposes" | "dataItems">>,
) {
  requireSets(f);
  const [row] = await tx
    .insert(t.flowRules)
    .values({
      code: f.code,
      agreementId: a.id,
      annexId: await annexId(tx, a.id, f.annex, field("annex")),
      providerId: await organisationId(tx, f.provider, field("provider")),
      recipientId: f.recipient == null ? null : await organisationId(tx, f.recipient, field("recipient")),
      effect: f.effect,
      description: f.description,
      clauseReference: f.clauseReference,
    })
    .returning({ id: t.flowRules.id });
  await linkFlow(tx, a, row.id, {
    ...f,
    channels: f.channels ?? [],
    gateways: f.gateways ?? [],
    conditions: f.conditions ?? [],
  });
}

async function flowId(tx: Tx, a: AgreementRow, code: string) {
  const [row] = await tx
    .select({ id: t.flowRules.id })
    .from(t.flowRules)
    .where(and(eq(t.flowRules.agreementId, a.id), eq(t.flowRules.code, code)));
  if (!row) throw new UserError("NOT_FOUND", `this agreement has no flow rule "${code}"`, field("code"));
  return row.id;
}

export async function updateFlow(tx: Tx, a: AgreementRow, f: FlowInput) {
  requireSets(f);
  const id = await flowId(tx, a, f.code);
  const values = present({
    annexId: f.annex === undefined ? undefined : await annexId(tx, a.id, f.annex, field("annex")),
    providerId: f.provider === undefined ? undefined : await organisationId(tx, f.provider, field("provider")),
    recipientId:
      f.recipient === undefined
        ? undefined
        : f.recipient === null
          ? null
          : await organisationId(tx, f.recipient, field("recipient")),
    effect: f.effect,
    description: f.description,
    clauseReference: f.clauseReference,
  });
  if (Object.keys(values).length > 0) await tx.update(t.flowRules).set(values).where(eq(t.flowRules.id, id));
  await linkFlow(tx, a, id, f);
}

export async function removeFlow(tx: Tx, a: AgreementRow, code: string) {
  await tx.delete(t.flowRules).where(eq(t.flowRules.id, await flowId(tx, a, code)));
}

export interface ConditionInput {
  code: string;
  annex?: string | null;
  kind: "PRECONDITION" | "DUTY";
  description: string;
  factKey?: string | null;
  clauseReference: string;
}

export async function addCondition(tx: Tx, a: AgreementRow, c: ConditionInput) {
  await tx.insert(t.conditions).values({
    agreementId: a.id,
    annexId: await annexId(tx, a.id, c.annex, field("annex")),
    code: c.code,
    kind: c.kind,
    description: c.description,
    factKey: c.factKey ?? null,
    clauseReference: c.clauseReference,
  });
}

export async function removeCondition(tx: Tx, a: AgreementRow, code: string) {
  await removeOne(
    tx,
    t.conditions,
    and(eq(t.conditions.agreementId, a.id), eq(t.conditions.code, code)),
    `condition "${code}"`,
    field("code"),
  );
}

export interface RestrictionInput {
  code: string;
  annex?: string | null;
  kind: (typeof t.restrictions.$inferInsert)["kind"];
  description: string;
  originatingController?: string | null;
  purpose?: string | null;
  channel?: string | null;
  approvalBy?: string | null;
  permittedTerritories?: string[] | null;
  factKey?: string | null;
  clauseReference: string;
}

export async function addRestriction(tx: Tx, a: AgreementRow, r: RestrictionInput) {
  const optional = (
    code: string | null | undefined,
    table: Parameters<typeof idByCode>[1],
    name: string,
    kind: string,
  ) => (code == null ? null : idByCode(tx, table, code, field(name), kind));
  await tx.insert(t.restrictions).values({
    agreementId: a.id,
    annexId: await annexId(tx, a.id, r.annex, field("annex")),
    code: r.code,
    kind: r.kind,
    description: r.description,
    originatingControllerId: await optional(
      r.originatingController,
      t.organisations,
      "originatingController",
      "organisation",
    ),
    purposeId: await optional(r.purpose, t.purposes, "purpose", "purpose"),
    channelId: await optional(r.channel, t.channels, "channel", "channel"),
    approvalById: await optional(r.approvalBy, t.organisations, "approvalBy", "organisation"),
    permittedTerritories: r.permittedTerritories ?? null,
    factKey: r.factKey ?? null,
    clauseReference: r.clauseReference,
  });
}

export async function removeRestriction(tx: Tx, a: AgreementRow, code: string) {
  await removeOne(
    tx,
    t.restrictions,
    and(eq(t.restrictions.agreementId, a.id), eq(t.restrictions.code, code)),
    `restriction "${code}"`,
    field("code"),
  );
}

export interface RetentionInput {
  recordType: string;
  dataItem?: string | null;
  periodMonths?: number | null;
  disposition: string;
  trigger?: string | null;
}

export async function addRetention(tx: Tx, a: AgreementRow, r: RetentionInput) {
  await tx.insert(t.retentionRules).values({
    agreementId: a.id,
    recordType: r.recordType,
    dataItemId: r.dataItem == null ? null : await idByCode(tx, t.dataItems, r.dataItem, field("dataItem"), "data item"),
    periodMonths: r.periodMonths ?? null,
    disposition: r.disposition,
    trigger: r.trigger ?? null,
  });
}

export async function removeRetention(tx: Tx, a: AgreementRow, r: { recordType: string; dataItem?: string | null }) {
  const item = r.dataItem == null ? null : await idByCode(tx, t.dataItems, r.dataItem, field("dataItem"), "data item");
  await removeOne(
    tx,
    t.retentionRules,
    and(
      eq(t.retentionRules.agreementId, a.id),
      eq(t.retentionRules.recordType, r.recordType),
      item === null ? isNull(t.retentionRules.dataItemId) : eq(t.retentionRules.dataItemId, item),
    ),
    `retention rule for "${r.recordType}"`,
    field("recordType"),
  );
}
