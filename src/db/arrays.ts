import { type SQL, sql } from "drizzle-orm";

/**
 * A PostgreSQL array literal: every element quoted (backslash and quote escaped), null as NULL.
 * Arrays travel as one text parameter because drizzle's two drivers bind JS arrays differently
 * (and drizzle would otherwise expand them into one parameter per element).
 */
export function pgArrayLiteral(values: readonly unknown[]): string {
  const element = (v: unknown) => (v === null || v === undefined ? "NULL" : `"${String(v).replace(/[\\"]/g, "\\$&")}"`);
  return `{${values.map(element).join(",")}}`;
}

/** The array types the registry binds (uuid lists for snapshot refreshes). */
export type PgArrayType = "uuid";

/** `values` as one parameter of the given array type, e.g. `pgArray(ids, "uuid")`. */
export function pgArray(values: readonly unknown[], type: PgArrayType): SQL {
  return sql`${pgArrayLiteral(values)}::text::${sql.raw(type)}[]`;
}
