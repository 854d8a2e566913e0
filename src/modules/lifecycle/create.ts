import { and, eq, inArray, sql } from "drizzle-orm";
import type { Context } from "../../context.js";
import * as t from "../../db/tables/index.js";
import type { Tx } from "../revision/content.js";
import { appendRevision, latestRevision } from "../revision/revision.repository.js";
import { idByCode, organisationId } from "./lookups.js";
import { type AgreementRow, type Edited, UserError } from "./mutation.js";

const field = (...path: string[]) => ["input", ...path];

export interface CreateInput {
  code: string;
  kind: AgreementRow["kind"];
  title: string;
  reference: string;
  parent?: string | null;
  ownerTeam: string;
  ownerOrganisation: string;
  effectiveFrom: string;
  effectiveTo?: string | null;
  summary: string;
  reason: string;
}

async function firstRevision(
  tx: Tx,
  ctx: Context,
  agreement: AgreementRow,
  operation: string,
  reason: string,
  from?: string,
) {
  const revision = await appendRevision(tx, {
    agreementId: agreement.id,
    number: 1,
    operation,
    reason,
    author: { principal: ctx.principal.name, role: ctx.principal.role },
    basedOn: from ? ((await latestRevision(tx, from))?.content as never) : undefined,
  });
  return { agreement, revision };
}

/** A blank draft. */
export async function createAgreement(tx: Tx, ctx: Context, input: CreateInput): Promise<Edited> {
  const [agreement] = await tx
    .insert(t.agreements)
    .values({
      code: input.code,
      kind: input.kind,
      title: input.title,
      reference: input.reference,
      parentId:
        input.parent == null ? null : await idByCode(tx, t.agreements, input.parent, field("parent"), "agreement"),
      ownerTeam: input.ownerTeam,
      ownerOrganisationId: await organisationId(tx, input.ownerOrganisation, field("ownerOrganisation")),
      status: "DRAFT",
      effectiveFrom: input.effectiveFrom,
      effectiveTo: input.effectiveTo ?? null,
      summary: input.summary,
    })
    .returning();
  return firstRevision(tx, ctx, agreement, "agreementCreate", input.reason);
}

/**
 * Codes in the copy: the source's `<code>.` prefix becomes the new agreement's, so the diff
 * matches rules by meaning. Flow codes are unique registry-wide, so an unprefixed one gains the
 * prefix; condition, restriction and operational-rule codes are unique per agreement and keep theirs.
 */
const renamed = (column: string, from: string, to: string, always: boolean) =>
  sql.raw(
    `CASE WHEN starts_with(${column}, '${from}.') THEN '${to}' || substr(${column}, ${from.length + 1}) ELSE ${always ? `'${to}.' || ` : ""}${column} END`,
  );

/**
 * Copies every part of `source` into the new draft `target`, in set-based statements: parties,
 * annexes, controllers, processing conditions, conditions, restrictions, flows with their
 * purposes, items, channels, gateways and conditions, retention and operational rules.
 * Signatures, reviews, terminations and document versions belong to the source's own life and
 * are not copied: a new version is signed afresh.
 */
async function copyParts(tx: Tx, source: AgreementRow, target: AgreementRow) {
  const [src, dst] = [source.id, target.id];
  // Codes are validated by the agreements_code_format check, so they are safe to inline.
  const flowCode = renamed("x.code", source.code, target.code, true);
  const localCode = (column: string) => renamed(column, source.code, target.code, false);
  const annexOf = (alias: string) =>
    sql`(SELECT na.id FROM annexes oa JOIN annexes na ON na.agreement_id = ${dst} AND na.label = oa.label WHERE oa.id = ${sql.raw(alias)}.annex_id)`;
  const participantOf = sql`(SELECT np.id FROM participants op JOIN participants np ON np.agreement_id = ${dst} AND np.organisation_id = op.organisation_id WHERE op.id = x.participant_id)`;
  await tx.execute(sql`INSERT INTO annexes (agreement_id, label, title, summary, signed_separately, position, source_document_id, source_clause)
    SELECT ${dst}, label, title, summary, signed_separately, position, source_document_id, source_clause FROM annexes WHERE agreement_id = ${src}`);
  await tx.execute(sql`INSERT INTO participants (agreement_id, organisation_id, roles, description, source_document_id, source_clause)
    SELECT ${dst}, organisation_id, roles, description, source_document_id, source_clause FROM participants WHERE agreement_id = ${src}`);
  await tx.execute(sql`INSERT INTO controller_designations (agreement_id, participant_id, phase, role, description, source_document_id, source_clause)
    SELECT ${dst}, ${participantOf}, phase, role, description, source_document_id, source_clause FROM controller_designations x WHERE agreement_id = ${src}`);
  await tx.execute(sql`INSERT INTO processing_conditions (agreement_id, participant_id, article, description, applies_from, source_document_id, source_clause)
    SELECT ${dst}, ${participantOf}, article, description, applies_from, source_document_id, source_clause FROM processing_conditions x WHERE agreement_id = ${src}`);
  await tx.execute(sql`INSERT INTO conditions (agreement_id, annex_id, code, kind, description, fact_key, clause_reference, source_document_id, source_clause)
    SELECT ${dst}, ${annexOf("x")}, ${localCode("x.code")}, kind, description, fact_key, clause_reference, source_document_id, source_clause FROM conditions x WHERE agreement_id = ${src}`);
  await tx.execute(sql`INSERT INTO restrictions (agreement_id, annex_id, code, kind, description, originating_controller_id, purpose_id, channel_id, approval_by_id, permitted_territories, fact_key, clause_reference, source_document_id, source_clause)
    SELECT ${dst}, ${annexOf("x")}, ${localCode("x.code")}, kind, description, originating_controller_id, purpose_id, channel_id, approval_by_id, permitted_territories, fact_key, clause_reference, source_document_id, source_clause FROM restrictions x WHERE agreement_id = ${src}`);
  await tx.execute(sql`INSERT INTO flow_rules (code, agreement_id, annex_id, provider_id, recipient_id, effect, description, clause_reference, source_document_id, source_clause)
    SELECT ${flowCode}, ${dst}, ${annexOf("x")}, provider_id, recipient_id, effect, description, clause_reference, source_document_id, source_clause FROM flow_rules x WHERE agreement_id = ${src}`);
  const flowPairs = sql`JOIN flow_rules x ON x.id = l.flow_rule_id JOIN flow_rules nf ON nf.agreement_id = ${dst} AND nf.code = ${flowCode} WHERE x.agreement_id = ${src}`;
  for (const [table, column] of [
    ["flow_rule_purposes", "purpose_id"],
    ["flow_rule_data_items", "data_item_id"],
    ["flow_rule_channels", "channel_id"],
    ["flow_rule_gateways", "gateway_id"],
  ]) {
    const [link, ref] = [sql.identifier(table), sql.identifier(column)];
    await tx.execute(
      sql`INSERT INTO ${link} (flow_rule_id, ${ref}) SELECT nf.id, l.${ref} FROM ${link} l ${flowPairs}`,
    );
  }
  await tx.execute(sql`INSERT INTO flow_rule_conditions (flow_rule_id, condition_id)
    SELECT nf.id, nc.id FROM flow_rule_conditions l
    JOIN conditions oc ON oc.id = l.condition_id
    JOIN conditions nc ON nc.agreement_id = ${dst} AND nc.code = ${localCode("oc.code")} ${flowPairs}`);
  await tx.execute(sql`INSERT INTO retention_rules (agreement_id, record_type, data_item_id, period_months, disposition, trigger, source_document_id, source_clause)
    SELECT ${dst}, record_type, data_item_id, period_months, disposition, trigger, source_document_id, source_clause FROM retention_rules WHERE agreement_id = ${src}`);
  await tx.execute(sql`INSERT INTO operational_rules (agreement_id, code, kind, title, description, source_document_id, source_clause)
    SELECT ${dst}, ${localCode("code")}, kind, title, description, source_document_id, source_clause FROM operational_rules WHERE agreement_id = ${src}`);
}

export interface CreateFromInput {
  source: string;
  code: string;
  title?: string | null;
  reference?: string | null;
  effectiveFrom?: string | null;
  effectiveTo?: string | null;
  reason: string;
}

async function agreementByCode(tx: Tx, code: string, path: string[]) {
  const [row] = await tx.select().from(t.agreements).where(eq(t.agreements.code, code));
  if (!row) throw new UserError("NOT_FOUND", `no agreement "${code}"`, path);
  return row;
}

/** A new draft that starts as a copy of `source` ("the 2018 MoU from the 2017 one"), lineage kept. */
async function copyAgreement(
  tx: Tx,
  source: AgreementRow,
  values: {
    code: string;
    title?: string | null;
    reference?: string | null;
    effectiveFrom?: string | null;
    effectiveTo?: string | null;
  },
  lineage: { derivedFromId: string } | { amendsId: string },
) {
  const { id: _id, createdAt: _c, updatedAt: _u, revision: _r, derivedFromId: _d, amendsId: _a, ...copied } = source;
  const [target] = await tx
    .insert(t.agreements)
    .values({
      ...copied,
      ...lineage,
      code: values.code,
      title: values.title ?? source.title,
      reference: values.reference ?? source.reference,
      effectiveFrom: values.effectiveFrom ?? source.effectiveFrom,
      effectiveTo: values.effectiveTo === undefined ? source.effectiveTo : values.effectiveTo,
      status: "DRAFT",
    })
    .returning();
  await copyParts(tx, source, target);
  return target;
}

export async function createAgreementFrom(tx: Tx, ctx: Context, input: CreateFromInput): Promise<Edited> {
  const source = await agreementByCode(tx, input.source, field("source"));
  const target = await copyAgreement(tx, source, input, { derivedFromId: source.id });
  return firstRevision(tx, ctx, target, "agreementCreateFrom", input.reason, source.id);
}

export interface AmendInput {
  agreement: string;
  baseRevision: number;
  code?: string | null;
  effectiveFrom: string;
  reason: string;
}

const OPEN: AgreementRow["status"][] = ["DRAFT", "IN_REVIEW", "APPROVED"];

/**
 * Opens an amendment of an operative agreement: a draft copy that will supersede it when
 * activated. The amended agreement is not changed — it stays in force meanwhile — but the edit
 * still names the revision it read, so an amendment is never opened from stale content.
 */
export async function amendAgreement(tx: Tx, ctx: Context, input: AmendInput): Promise<Edited> {
  const source = await agreementByCode(tx, input.agreement, field("agreement"));
  if (source.revision !== input.baseRevision) {
    throw new UserError(
      "STALE_REVISION",
      `${source.code} is at revision ${source.revision}, not ${input.baseRevision}: reload it and reapply your change`,
      field("baseRevision"),
    );
  }
  if (source.status !== "ACTIVE" && source.status !== "SUSPENDED") {
    throw new UserError(
      "INVALID_TRANSITION",
      `only an ACTIVE or SUSPENDED agreement is amended; ${source.code} is ${source.status}` +
        (source.status === "DRAFT" ? " (edit the draft directly)" : ""),
      field("agreement"),
    );
  }
  if (input.effectiveFrom <= source.effectiveFrom) {
    throw new UserError(
      "INVALID",
      `an amendment must take effect after ${source.effectiveFrom}`,
      field("effectiveFrom"),
    );
  }
  const [open] = await tx
    .select({ code: t.agreements.code })
    .from(t.agreements)
    .where(and(eq(t.agreements.amendsId, source.id), inArray(t.agreements.status, OPEN)));
  if (open)
    throw new UserError("CONFLICT", `${source.code} already has an open amendment: ${open.code}`, field("agreement"));
  const [{ n }] = await tx
    .select({ n: sql<number>`count(*)::int` })
    .from(t.agreements)
    .where(eq(t.agreements.amendsId, source.id));
  const code = input.code ?? `${source.code}-amendment-${n + 1}`;
  const target = await copyAgreement(tx, source, { code, effectiveFrom: input.effectiveFrom }, { amendsId: source.id });
  return firstRevision(tx, ctx, target, "agreementAmend", input.reason, source.id);
}
