import { and, asc, count, eq, gt, type SQL } from "drizzle-orm";
import type { Database } from "../../db/client.js";
import { organisations } from "../../db/tables/index.js";

export type OrganisationRow = typeof organisations.$inferSelect;

export interface OrganisationFilter {
  kind?: OrganisationRow["kind"] | null;
  nation?: NonNullable<OrganisationRow["nation"]> | null;
}

function where(filter: OrganisationFilter): SQL | undefined {
  return and(
    filter.kind ? eq(organisations.kind, filter.kind) : undefined,
    filter.nation ? eq(organisations.nation, filter.nation) : undefined,
  );
}

/** A page of organisations ordered by code, after `afterCode`. */
export async function listOrganisations(
  db: Database,
  filter: OrganisationFilter,
  afterCode: string | null,
  limit: number,
): Promise<{ rows: OrganisationRow[]; total: number }> {
  const [rows, [{ total }]] = await Promise.all([
    db
      .select()
      .from(organisations)
      .where(and(where(filter), afterCode ? gt(organisations.code, afterCode) : undefined))
      .orderBy(asc(organisations.code))
      .limit(limit),
    db
      .select({ total: count().mapWith(Number) })
      .from(organisations)
      .where(where(filter)),
  ]);
  return { rows, total };
}
