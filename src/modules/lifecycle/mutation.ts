import { and, eq, sql } from "drizzle-orm";
import type { Context } from "../../context.js";
import { agreements } from "../../db/tables/index.js";
import { type AuditEntry, appendAudit, hashInput } from "../audit/chain.js";
import type { Tx } from "../revision/content.js";
import { appendRevision, type RevisionRow } from "../revision/revision.repository.js";

export type AgreementRow = typeof agreements.$inferSelect;
export type Status = AgreementRow["status"];

export const USER_ERROR_CODES = [
  "NOT_FOUND",
  "STALE_REVISION",
  "NOT_EDITABLE",
  "INVALID_TRANSITION",
  "SEGREGATION_OF_DUTIES",
  "INCOMPLETE",
  "UNSIGNED",
  "INVALID",
  "CONFLICT",
] as const;
export type UserErrorCode = (typeof USER_ERROR_CODES)[number];

/** A business refusal: reported in the payload's `userErrors`; the transaction rolls back. */
export class UserError extends Error {
  constructor(
    readonly code: UserErrorCode,
    message: string,
    /** The input path the error is about, e.g. ["input", "baseRevision"]. */
    readonly field: string[] | null = null,
  ) {
    super(message);
  }
}

export interface MutationOutcome<T> {
  result: T | null;
  userErrors: UserError[];
}

/** PostgreSQL's integrity violations (class 23) become user errors that name the rule. */
function integrityError(error: unknown): UserError | null {
  for (let e = error as Record<string, unknown> | undefined; e; e = e.cause as Record<string, unknown> | undefined) {
    const code = e.code;
    if (typeof code === "string" && code.startsWith("23")) {
      const constraint = (e.constraint_name ?? e.constraint) as string | undefined;
      const detail = typeof e.detail === "string" ? ` (${e.detail})` : "";
      return new UserError(
        code === "23505" ? "CONFLICT" : "INVALID",
        `${constraint ? `violates ${constraint}` : String(e.message)}${detail}`,
      );
    }
  }
  return null;
}

/**
 * Runs one mutation as one transaction with its audit entry. A UserError or an integrity
 * violation rolls the change back and is returned (and audited as a refusal); anything else
 * is a bug and propagates.
 */
export async function runMutation<T>(
  ctx: Context,
  operation: string,
  input: unknown,
  subject: string | null,
  work: (tx: Tx) => Promise<T>,
): Promise<MutationOutcome<T>> {
  const entry = (outcome: string): AuditEntry => ({
    kind: "MUTATION",
    principal: ctx.principal.name,
    role: ctx.principal.role,
    operation,
    subject,
    inputHash: hashInput(input),
    outcome,
    recordedAt: new Date(),
  });
  try {
    const result = await ctx.db.db.transaction(async (tx) => {
      const value = await work(tx);
      await appendAudit(tx, [entry("OK")]);
      return value;
    });
    return { result, userErrors: [] };
  } catch (error) {
    const refusal = error instanceof UserError ? error : integrityError(error);
    if (!refusal) throw error;
    await ctx.db.db.transaction((tx) => appendAudit(tx, [entry(`REFUSED:${refusal.code}`)]));
    return { result: null, userErrors: [refusal] };
  }
}

/** The fields every edit names: which agreement, the revision it was based on, and why. */
export interface EditInput {
  agreement: string;
  baseRevision: number;
  reason: string;
}

export interface Edited {
  agreement: AgreementRow;
  revision: RevisionRow;
}

/**
 * The one way an agreement changes: claim the next revision number only if `baseRevision` is
 * still current (a stale edit matches no row and changes nothing), check the status allows the
 * action, apply it, and append the immutable revision. Under concurrency the row lock makes
 * later writers re-check the revision after the first commits, so exactly one edit wins.
 */
export async function editAgreement(
  tx: Tx,
  ctx: Context,
  input: EditInput,
  operation: string,
  allowed: readonly Status[],
  apply: (agreement: AgreementRow) => Promise<void>,
): Promise<Edited> {
  if (input.reason.trim() === "") throw new UserError("INVALID", "reason must not be blank", ["input", "reason"]);
  const [claimed] = await tx
    .update(agreements)
    .set({ revision: sql`${agreements.revision} + 1`, updatedAt: sql`now()` })
    .where(and(eq(agreements.code, input.agreement), eq(agreements.revision, input.baseRevision)))
    .returning();
  if (!claimed) {
    const [current] = await tx
      .select({ revision: agreements.revision })
      .from(agreements)
      .where(eq(agreements.code, input.agreement));
    if (!current) throw new UserError("NOT_FOUND", `no agreement "${input.agreement}"`, ["input", "agreement"]);
    throw new UserError(
      "STALE_REVISION",
      `${input.agreement} is at revision ${current.revision}, not ${input.baseRevision}: reload it and reapply your change`,
      ["input", "baseRevision"],
    );
  }
  if (!allowed.includes(claimed.status)) {
    throw new UserError(
      allowed.length === 1 && allowed[0] === "DRAFT" ? "NOT_EDITABLE" : "INVALID_TRANSITION",
      `${operation} needs ${input.agreement} to be ${allowed.join(" or ")}; it is ${claimed.status}` +
        (allowed.length === 1 && allowed[0] === "DRAFT" ? " (an active agreement is changed by amendment)" : ""),
      ["input", "agreement"],
    );
  }
  await apply(claimed);
  const revision = await appendRevision(tx, {
    agreementId: claimed.id,
    number: claimed.revision,
    operation,
    reason: input.reason.trim(),
    author: { principal: ctx.principal.name, role: ctx.principal.role },
  });
  const [agreement] = await tx.select().from(agreements).where(eq(agreements.id, claimed.id));
  return { agreement, revision };
}
