import { and, eq, inArray, type SQL } from "drizzle-orm";
import type { PgColumn, PgTable } from "drizzle-orm/pg-core";
import * as t from "../../db/tables/index.js";
import type { Tx } from "../revision/content.js";
import { UserError } from "./mutation.js";

type Coded = PgTable & { id: PgColumn; code: PgColumn };

/** code → id for every code, or a user error naming the field and the unknown codes. */
export async function idsByCode(tx: Tx, table: Coded, codes: string[], field: string[], kind: string) {
  const unique = [...new Set(codes)];
  if (unique.length === 0) return [];
  const rows = (await tx.select({ id: table.id, code: table.code }).from(table).where(inArray(table.code, unique))) as {
    id: string;
    code: string;
  }[];
  const found = new Map(rows.map((r) => [r.code, r.id]));
  const unknown = unique.filter((c) => !found.has(c));
  if (unknown.length > 0) throw new UserError("NOT_FOUND", `unknown ${kind}: ${unknown.join(", ")}`, field);
  return unique.map((c) => found.get(c) as string);
}

export async function idByCode(tx: Tx, table: Coded, code: string, field: string[], kind: string) {
  const [id] = await idsByCode(tx, table, [code], field, kind);
  return id;
}

export const organisationId = (tx: Tx, code: string, field: string[]) =>
  idByCode(tx, t.organisations, code, field, "organisation");

/** A participant of the agreement, by organisation code. */
export async function participantId(tx: Tx, agreementId: string, organisation: string, field: string[]) {
  const orgId = await organisationId(tx, organisation, field);
  const [row] = await tx
    .select({ id: t.participants.id })
    .from(t.participants)
    .where(and(eq(t.participants.agreementId, agreementId), eq(t.participants.organisationId, orgId)));
  if (!row) throw new UserError("NOT_FOUND", `${organisation} is not a participant of this agreement`, field);
  return row.id;
}

/** An annex of the agreement, by label; null passes through (the agreement as a whole). */
export async function annexId(tx: Tx, agreementId: string, label: string | null | undefined, field: string[]) {
  if (label == null) return null;
  const [row] = await tx
    .select({ id: t.annexes.id })
    .from(t.annexes)
    .where(and(eq(t.annexes.agreementId, agreementId), eq(t.annexes.label, label)));
  if (!row) throw new UserError("NOT_FOUND", `this agreement has no annex "${label}"`, field);
  return row.id;
}

/** Conditions of the agreement, by code. */
export async function conditionIds(tx: Tx, agreementId: string, codes: string[], field: string[]) {
  const unique = [...new Set(codes)];
  if (unique.length === 0) return [];
  const rows = await tx
    .select({ id: t.conditions.id, code: t.conditions.code })
    .from(t.conditions)
    .where(and(eq(t.conditions.agreementId, agreementId), inArray(t.conditions.code, unique)));
  const unknown = unique.filter((c) => !rows.some((r) => r.code === c));
  if (unknown.length > 0) {
    throw new UserError("NOT_FOUND", `this agreement has no condition ${unknown.join(", ")}`, field);
  }
  return rows.map((r) => r.id);
}

/** Deletes rows the predicate selects, or reports that there was nothing to remove. */
export async function removeOne(tx: Tx, table: PgTable, where: SQL | undefined, what: string, field: string[]) {
  const removed = await tx.delete(table).where(where).returning();
  if (removed.length === 0) throw new UserError("NOT_FOUND", `no ${what} to remove`, field);
}
