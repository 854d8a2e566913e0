/**
 * Lifecycle actions: each is an edit (claimed revision, allowed statuses, appended revision)
 * that also moves the status or records a signature, review, notice or termination.
 */
import { and, eq, inArray, isNull, lt, sql } from "drizzle-orm";
import type { Database } from "../../db/client.js";
import type { Context } from "../../context.js";
import * as t from "../../db/tables/index.js";
import { appendAudit, hashInput } from "../audit/chain.js";
import { assessCompleteness } from "../revision/completeness.js";
import { type AgreementContent, loadAgreementContent, type Tx } from "../revision/content.js";
import { appendRevision } from "../revision/revision.repository.js";
import { annexId, organisationId, participantId } from "./lookups.js";
import { type AgreementRow, type EditInput, editAgreement, type Status, UserError } from "./mutation.js";

const field = (...path: string[]) => ["input", ...path];
async function setStatus(tx: Tx, a: AgreementRow, status: Status, more: Partial<AgreementRow> = {}) {
  await tx
    .update(t.agreements)
    .set({ status, ...more })
    .where(eq(t.agreements.id, a.id));
}

/** Calendar arithmetic on ISO dates (UTC), as the notice period and review cadence need. */
export function addMonths(date: string, months: number): string {
  const d = new Date(`${date}T00:00:00Z`);
  const day = d.getUTCDate();
  d.setUTCDate(1);
  d.setUTCMonth(d.getUTCMonth() + months);
  const last = new Date(Date.UTC(d.getUTCFullYear(), d.getUTCMonth() + 1, 0)).getUTCDate();
  d.setUTCDate(Math.min(day, last));
  return d.toISOString().slice(0, 10);
}
export const addDays = (date: string, days: number) =>
  new Date(Date.parse(`${date}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);
export const today = () => new Date().toISOString().slice(0, 10);

/** Operations that change what an agreement says: whoever ran one is an author of the version. */
export const AUTHORING_OPERATIONS = new Set([
  "agreementCreate",
  "agreementCreateFrom",
  "agreementAmend",
  "agreementUpdateTerms",
  "agreementParticipantAdd",
  "agreementParticipantUpdate",
  "agreementParticipantRemove",
  "agreementAnnexAdd",
  "agreementAnnexUpdate",
  "agreementAnnexRemove",
  "agreementControllerSet",
  "agreementControllerRemove",
  "agreementProcessingConditionAdd",
  "agreementProcessingConditionRemove",
  "agreementFlowAdd",
  "agreementFlowUpdate",
  "agreementFlowRemove",
  "agreementConditionAdd",
  "agreementConditionRemove",
  "agreementRestrictionAdd",
  "agreementRestrictionRemove",
  "agreementRetentionAdd",
  "agreementRetentionRemove",
]);

export async function parentContent(tx: Tx, content: AgreementContent): Promise<AgreementContent | null> {
  if (!content.parent) return null;
  const [parent] = await tx
    .select({ id: t.agreements.id })
    .from(t.agreements)
    .where(eq(t.agreements.code, content.parent));
  return parent ? loadAgreementContent(tx, parent.id) : null;
}

export const submitForReview = (tx: Tx, ctx: Context, input: EditInput) =>
  editAgreement(tx, ctx, input, "agreementSubmitForReview", ["DRAFT"], (a) => setStatus(tx, a, "IN_REVIEW"));

/** Back to the drafters; the reasons are the revision's `reason`. */
export const sendBack = (tx: Tx, ctx: Context, input: EditInput) =>
  editAgreement(tx, ctx, input, "agreementSendBack", ["IN_REVIEW"], (a) => setStatus(tx, a, "DRAFT"));

export interface ApproveInput extends EditInput {
  /** Publishes the approved text as a document version (e.g. "2.2"). */
  versionLabel?: string | null;
  versionSummary?: string | null;
}

/**
 * Approval. Segregation of duties (CIS Guide §2.4; 2011 §5.9): nobody approves a version they
 * authored. Completeness: approval is refused while anything the agreement must state is missing.
 */
export const approve = (tx: Tx, ctx: Context, input: ApproveInput) =>
  editAgreement(tx, ctx, input, "agreementApprove", ["IN_REVIEW"], async (a) => {
    const authors = await tx
      .selectDistinct({ principal: t.agreementRevisions.principal, operation: t.agreementRevisions.operation })
      .from(t.agreementRevisions)
      .where(eq(t.agreementRevisions.agreementId, a.id));
    if (authors.some((r) => r.principal === ctx.principal.name && AUTHORING_OPERATIONS.has(r.operation))) {
      throw new UserError(
        "SEGREGATION_OF_DUTIES",
        `${ctx.principal.name} authored changes to ${a.code} and cannot approve it (CIS Guide §2.4; 2011 MoU §5.9)`,
      );
    }
    const content = await loadAgreementContent(tx, a.id);
    const report = assessCompleteness(content, await parentContent(tx, content));
    if (!report.complete) {
      throw new UserError("INCOMPLETE", `${a.code} cannot be approved while incomplete: ${report.missing.join("; ")}`);
    }
    await setStatus(tx, a, "APPROVED");
    if (input.versionLabel) {
      const [{ n }] = await tx
        .select({ n: sql<number>`count(*)::int` })
        .from(t.documentVersions)
        .where(eq(t.documentVersions.agreementId, a.id));
      await tx.insert(t.documentVersions).values({
        agreementId: a.id,
        label: input.versionLabel,
        issuedOn: today(),
        summary: input.versionSummary ?? input.reason,
        position: n + 1,
      });
    }
  });

export interface SignInput extends EditInput {
  organisation: string;
  annex?: string | null;
  name: string;
  capacity: (typeof t.signatories.$inferInsert)["capacity"];
  position?: string | null;
  signedOn: string;
}

/**
 * A signature, per participant and (where annexes are signed separately) per annex. An approved
 * agreement collects signatures before activation; an active template MoU keeps taking them as
 * more local authorities sign up.
 */
export const sign = (tx: Tx, ctx: Context, input: SignInput) =>
  editAgreement(tx, ctx, input, "agreementSign", ["APPROVED", "ACTIVE"], async (a) => {
    const annex = await annexId(tx, a.id, input.annex, field("annex"));
    if (annex) {
      const [row] = await tx
        .select({ separate: t.annexes.signedSeparately })
        .from(t.annexes)
        .where(eq(t.annexes.id, annex));
      if (!row.separate) {
        throw new UserError(
          "INVALID",
          `annex ${input.annex} is not signed separately; sign the agreement`,
          field("annex"),
        );
      }
    }
    await tx.insert(t.signatories).values({
      agreementId: a.id,
      participantId: await participantId(tx, a.id, input.organisation, field("organisation")),
      annexId: annex,
      name: input.name,
      capacity: input.capacity,
      position: input.position ?? null,
      signedOn: input.signedOn,
    });
  });

/**
 * Approved and signed → active. Operative from its effective date (the resolver checks dates).
 * An amendment supersedes the agreement it amends: that one ends the day before this one starts.
 */
export const activate = (tx: Tx, ctx: Context, input: EditInput) =>
  editAgreement(tx, ctx, input, "agreementActivate", ["APPROVED"], async (a) => {
    const unsigned = await tx
      .select({ organisation: t.organisations.code })
      .from(t.participants)
      .innerJoin(t.organisations, eq(t.organisations.id, t.participants.organisationId))
      .leftJoin(t.signatories, eq(t.signatories.participantId, t.participants.id))
      .where(and(eq(t.participants.agreementId, a.id), isNull(t.signatories.id)))
      .orderBy(t.organisations.code);
    // Template MoUs (a rule with no named recipient) are signed by each recipient as it joins;
    // the parties named in the agreement itself must have signed before it is active.
    if (unsigned.length > 0) {
      throw new UserError(
        "UNSIGNED",
        `${a.code} is not signed by ${unsigned.map((u) => u.organisation).join(", ")}`,
        field("agreement"),
      );
    }
    await setStatus(tx, a, "ACTIVE");
    if (a.amendsId) await supersede(tx, ctx, a);
  });

async function supersede(tx: Tx, ctx: Context, amendment: AgreementRow) {
  const [old] = await tx
    .update(t.agreements)
    .set({
      status: "SUPERSEDED",
      revision: sql`${t.agreements.revision} + 1`,
      effectiveTo: sql`LEAST(coalesce(${t.agreements.effectiveTo}, 'infinity'::date), (${amendment.effectiveFrom}::date - 1))`,
    })
    .where(
      and(eq(t.agreements.id, amendment.amendsId as string), inArray(t.agreements.status, ["ACTIVE", "SUSPENDED"])),
    )
    .returning();
  if (!old) return;
  await appendRevision(tx, {
    agreementId: old.id,
    number: old.revision,
    operation: "agreementActivate",
    reason: `Superseded by ${amendment.code} from ${amendment.effectiveFrom}`,
    author: { principal: ctx.principal.name, role: ctx.principal.role },
  });
}

export interface EndInput extends EditInput {
  /** The party acting; defaults to none recorded. */
  byOrganisation?: string | null;
  on?: string | null;
}

async function recordTermination(
  tx: Tx,
  a: AgreementRow,
  kind: (typeof t.terminations.$inferInsert)["kind"],
  input: EndInput,
  givenOn: string,
  effectiveOn: string,
) {
  await tx.insert(t.terminations).values({
    agreementId: a.id,
    kind,
    byOrganisationId: input.byOrganisation
      ? await organisationId(tx, input.byOrganisation, field("byOrganisation"))
      : null,
    givenOn,
    effectiveOn,
    reason: input.reason,
  });
}

/** Suspended agreements grant nothing until resumed (HMRC suspends at once, 2011 §1.13). */
export const suspend = (tx: Tx, ctx: Context, input: EndInput) =>
  editAgreement(tx, ctx, input, "agreementSuspend", ["ACTIVE"], async (a) => {
    const on = input.on ?? today();
    await recordTermination(tx, a, "SUSPENSION", input, on, on);
    await setStatus(tx, a, "SUSPENDED");
  });

export interface ResumeInput extends EditInput {
  on?: string | null;
}

/** Ends the open suspension on `on` (default today): the agreement grants again from that day. */
export const resume = (tx: Tx, ctx: Context, input: ResumeInput) =>
  editAgreement(tx, ctx, input, "agreementResume", ["SUSPENDED"], async (a) => {
    const on = input.on ?? today();
    const [open] = await tx
      .select({ id: t.terminations.id, effectiveOn: t.terminations.effectiveOn })
      .from(t.terminations)
      .where(
        and(
          eq(t.terminations.agreementId, a.id),
          eq(t.terminations.kind, "SUSPENSION"),
          isNull(t.terminations.resumedOn),
        ),
      );
    if (open && on < open.effectiveOn) {
      throw new UserError(
        "INVALID",
        `${a.code} was suspended with effect from ${open.effectiveOn}; it cannot resume before then`,
        field("on"),
      );
    }
    if (open) await tx.update(t.terminations).set({ resumedOn: on }).where(eq(t.terminations.id, open.id));
    await setStatus(tx, a, "ACTIVE");
  });

/** Notice (PMoU: three months): the end date follows from the notice period; it stays in force until then. */
export const giveNotice = (tx: Tx, ctx: Context, input: EndInput) =>
  editAgreement(tx, ctx, input, "agreementGiveNotice", ["ACTIVE", "SUSPENDED"], async (a) => {
    if (a.noticePeriodMonths == null) {
      throw new UserError(
        "INVALID",
        `${a.code} states no notice period; set one by amendment or terminate it`,
        field("agreement"),
      );
    }
    const givenOn = input.on ?? today();
    // The notice runs out on givenOn + the period: from then nothing is permitted; the day before is the last.
    const endsOn = addMonths(givenOn, a.noticePeriodMonths);
    const lastDay = addDays(endsOn, -1);
    const effectiveTo = a.effectiveTo && a.effectiveTo < lastDay ? a.effectiveTo : lastDay;
    await recordTermination(tx, a, "NOTICE", input, givenOn, addDays(effectiveTo, 1));
    await tx.update(t.agreements).set({ effectiveTo }).where(eq(t.agreements.id, a.id));
  });

export interface TerminateInput extends EndInput {
  kind?: "IMMEDIATE_BREACH" | "REVOCATION" | null;
}

/** At once, without notice (PMoU: serious breach; 2017 §1.9 revocation): nothing is permitted from `on`. */
export const terminate = (tx: Tx, ctx: Context, input: TerminateInput) =>
  editAgreement(tx, ctx, input, "agreementTerminate", ["ACTIVE", "SUSPENDED"], async (a) => {
    const on = input.on ?? today();
    if (on <= a.effectiveFrom) {
      throw new UserError(
        "INVALID",
        `${a.code} took effect on ${a.effectiveFrom}; terminate it after that`,
        field("on"),
      );
    }
    await recordTermination(tx, a, input.kind ?? "IMMEDIATE_BREACH", input, on, on);
    // The last operative day is the day before termination takes effect.
    const lastDay = addDays(on, -1);
    const effectiveTo = a.effectiveTo && a.effectiveTo < lastDay ? a.effectiveTo : lastDay;
    await setStatus(tx, a, "TERMINATED", { effectiveTo });
  });

export interface ReviewInput extends EditInput {
  reviewedOn: string;
  reviewer: string;
  outcome: (typeof t.reviews.$inferInsert)["outcome"];
  findings: string;
  nextDueOn?: string | null;
}

/** "A record of all reviews will be created and retained" (PMoU). Next due defaults from the cadence. */
export const recordReview = (tx: Tx, ctx: Context, input: ReviewInput) =>
  editAgreement(tx, ctx, input, "agreementReviewRecord", ["APPROVED", "ACTIVE", "SUSPENDED"], async (a) => {
    const nextDueOn =
      input.nextDueOn ?? (a.reviewCadenceMonths ? addMonths(input.reviewedOn, a.reviewCadenceMonths) : null);
    await tx.insert(t.reviews).values({
      agreementId: a.id,
      reviewedOn: input.reviewedOn,
      reviewer: input.reviewer,
      outcome: input.outcome,
      findings: input.findings,
      nextDueOn,
    });
  });

/**
 * Expiry is a fact of the calendar: every ACTIVE agreement whose period ended before `on`
 * becomes EXPIRED, with a revision by the system. Run at start and then daily.
 */
export async function expireLapsed(db: Database, on: string): Promise<string[]> {
  return db.transaction(async (tx) => {
    const lapsed = await tx
      .update(t.agreements)
      .set({ status: "EXPIRED", revision: sql`${t.agreements.revision} + 1` })
      .where(and(eq(t.agreements.status, "ACTIVE"), lt(t.agreements.effectiveTo, on)))
      .returning();
    for (const a of lapsed) {
      await appendRevision(tx, {
        agreementId: a.id,
        number: a.revision,
        operation: "agreementExpire",
        reason: `Its period ended on ${a.effectiveTo}`,
        author: { principal: "system", role: "system" },
      });
    }
    if (lapsed.length > 0) {
      await appendAudit(
        tx,
        lapsed.map((a) => ({
          kind: "MUTATION" as const,
          principal: "system",
          role: "system",
          operation: "agreementExpire",
          subject: a.code,
          inputHash: hashInput({ agreement: a.code, on }),
          outcome: "OK",
          recordedAt: new Date(),
        })),
      );
    }
    return lapsed.map((a) => a.code);
  });
}
