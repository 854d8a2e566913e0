import { and, asc, count, gt, gte, inArray, isNull, lte, or, type SQL, sql } from "drizzle-orm";
import type { Database } from "../../db/client.js";
import { agreements, organisations, participants, terminations } from "../../db/tables/index.js";

type Status = (typeof agreements.status.enumValues)[number];
type Kind = (typeof agreements.kind.enumValues)[number];
export type AgreementRow = typeof agreements.$inferSelect;

/**
 * Statuses under which an agreement's terms are operative (a revision's in-force window for
 * `asOf`); drafts, proposals and suspensions never are.
 */
export const IN_FORCE_STATUSES: Status[] = ["ACTIVE", "TERMINATED", "EXPIRED", "SUPERSEDED"];

/**
 * Statuses under which an agreement can have been in force on some date: a suspended one was,
 * before its suspension took effect. Which dates is for `inForceOn` (and the permission
 * snapshot) to say.
 */
export const OPERATIVE_STATUSES: Status[] = [...IN_FORCE_STATUSES, "SUSPENDED"];

export interface AgreementFilter {
  status?: Status[] | null;
  kind?: Kind[] | null;
  /** Organisation code of a participant. */
  participant?: string | null;
  /** In force on this ISO date. */
  inForceOn?: string | null;
}

/**
 * "In force on `date`": operative status, within its effective period, not ended before then by
 * notice, breach or revocation, and not suspended on it. The permission resolver applies the
 * same rule.
 */
export function inForceOn(date: string): SQL {
  return and(
    inArray(agreements.status, OPERATIVE_STATUSES),
    lte(agreements.effectiveFrom, date),
    or(isNull(agreements.effectiveTo), gte(agreements.effectiveTo, date)),
    sql`not exists (select 1 from ${terminations} where ${terminations.agreementId} = ${agreements.id}
      and ${terminations.effectiveOn} <= ${date}
      and (${terminations.kind} <> 'SUSPENSION' or ${terminations.resumedOn} is null or ${terminations.resumedOn} > ${date}))`,
  ) as SQL;
}

function where(filter: AgreementFilter): SQL | undefined {
  return and(
    filter.status?.length ? inArray(agreements.status, filter.status) : undefined,
    filter.kind?.length ? inArray(agreements.kind, filter.kind) : undefined,
    filter.participant
      ? sql`exists (select 1 from ${participants} join ${organisations} on ${organisations.id} = ${participants.organisationId}
          where ${participants.agreementId} = ${agreements.id} and ${organisations.code} = ${filter.participant})`
      : undefined,
    filter.inForceOn ? inForceOn(filter.inForceOn) : undefined,
  );
}

/** A page of agreements ordered by code, after `afterCode`; `limit` rows at most. */
export async function listAgreements(
  db: Database,
  filter: AgreementFilter,
  afterCode: string | null,
  limit: number,
): Promise<{ rows: AgreementRow[]; total: number }> {
  const [rows, [{ total }]] = await Promise.all([
    db
      .select()
      .from(agreements)
      .where(and(where(filter), afterCode ? gt(agreements.code, afterCode) : undefined))
      .orderBy(asc(agreements.code))
      .limit(limit),
    db
      .select({ total: count().mapWith(Number) })
      .from(agreements)
      .where(where(filter)),
  ]);
  return { rows, total };
}
