import { and, desc, eq, inArray, sql } from "drizzle-orm";
import { type Database, rowsOf } from "../../db/client.js";
import { agreementRevisions } from "../../db/tables/index.js";
import { IN_FORCE_STATUSES, inForceOn } from "../agreement/agreement.repository.js";
import { type AgreementContent, loadAgreementContent, type Tx } from "./content.js";
import { diffContent } from "./diff.js";

export type RevisionRow = typeof agreementRevisions.$inferSelect;

export interface RevisionAuthor {
  principal: string;
  role: string;
}

const IN_FORCE = new Set<string>(IN_FORCE_STATUSES);

/** The first agreement of the amendment chain this one belongs to. */
export async function lineageOf(tx: Tx | Database, agreementId: string): Promise<string> {
  const rows = rowsOf<{ id: string }>(
    await tx.execute(sql`
    WITH RECURSIVE chain(id, amends_id, depth) AS (
      SELECT id, amends_id, 0 FROM agreements WHERE id = ${agreementId}
      UNION ALL
      SELECT a.id, a.amends_id, c.depth + 1 FROM agreements a JOIN chain c ON a.id = c.amends_id
    )
    SELECT id FROM chain ORDER BY depth DESC LIMIT 1`),
  );
  return rows[0].id;
}

export async function latestRevision(tx: Tx | Database, agreementId: string): Promise<RevisionRow | undefined> {
  const [row] = await tx
    .select()
    .from(agreementRevisions)
    .where(eq(agreementRevisions.agreementId, agreementId))
    .orderBy(desc(agreementRevisions.number))
    .limit(1);
  return row;
}

/**
 * Records the agreement's content as revision `number`, with the change set from the revision
 * before it — or, for the first revision of a copy or amendment, from the agreement it came from.
 */
export async function appendRevision(
  tx: Tx,
  args: {
    agreementId: string;
    number: number;
    operation: string;
    reason: string;
    author: RevisionAuthor;
    /** For a first revision: the content it was copied from, so its change set shows the differences. */
    basedOn?: AgreementContent;
  },
): Promise<RevisionRow> {
  const content = await loadAgreementContent(tx, args.agreementId);
  const previous =
    args.basedOn ?? ((await latestRevision(tx, args.agreementId))?.content as AgreementContent | undefined);
  const inForce = IN_FORCE.has(content.status);
  const [row] = await tx
    .insert(agreementRevisions)
    .values({
      agreementId: args.agreementId,
      lineageId: await lineageOf(tx, args.agreementId),
      number: args.number,
      operation: args.operation,
      reason: args.reason,
      principal: args.author.principal,
      role: args.author.role,
      status: content.status as RevisionRow["status"],
      inForceFrom: inForce ? content.effectiveFrom : null,
      inForceTo: inForce ? content.effectiveTo : null,
      content,
      changes: previous ? diffContent(previous, content) : [],
    })
    .returning();
  return row;
}

/**
 * The revision operative on `date` across the agreement's amendment chain: of the agreements in
 * the chain in force that day — as `inForceOn` decides it now, so a later notice, termination or
 * suspension counts — the one that began last, and its latest revision under an operative status
 * (what is now known of its terms; a suspension's own revision states no terms in force). Two
 * index lookups, however long the history: the chain is a handful of agreements.
 */
export async function revisionInForceOn(db: Database, lineageId: string, date: string) {
  const [agreement] = rowsOf<{ id: string }>(
    await db.execute(sql`
    WITH RECURSIVE line(id) AS (
      SELECT id FROM agreements WHERE id = ${lineageId}
      UNION ALL
      SELECT a.id FROM agreements a JOIN line l ON a.amends_id = l.id
    )
    SELECT id FROM agreements WHERE id IN (SELECT id FROM line) AND ${inForceOn(date)}
    ORDER BY effective_from DESC LIMIT 1`),
  );
  if (!agreement) return undefined;
  const [row] = await db
    .select()
    .from(agreementRevisions)
    .where(and(eq(agreementRevisions.agreementId, agreement.id), inArray(agreementRevisions.status, IN_FORCE_STATUSES)))
    .orderBy(desc(agreementRevisions.number))
    .limit(1);
  return row;
}
