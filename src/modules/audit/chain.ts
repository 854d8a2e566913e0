import { createHash, hash } from "node:crypto";
import { inflateRawSync } from "node:zlib";
import { asc, desc, getTableColumns, gt, sql } from "drizzle-orm";
import type { Database } from "../../db/client.js";
import { auditLog } from "../../db/tables/index.js";
import type { Tx } from "../revision/content.js";

/** Serialises appends to the chain across server processes (transaction-scoped advisory lock). */
const AUDIT_LOCK = 7_243_103;
/** The hash the first entry chains to. */
export const GENESIS_HASH = "0".repeat(64);

export type AuditKind = "MUTATION" | "DECISION";

export interface AuditEntry {
  kind: AuditKind;
  principal: string;
  role: string;
  operation: string;
  /** What the entry is about: an agreement code, or a decision's provider→recipient. */
  subject: string | null;
  /** sha256 of the canonical inputs: proves what was asked without storing it. */
  inputHash: string;
  outcome: string;
  recordedAt: Date;
  /**
   * A DECISION entry's decisions: their JSON text, raw-DEFLATE compressed. `inputHash` is the
   * sha256 of the JSON text, so the chain covers each decision.
   */
  decisions?: Buffer | null;
}

/** JSON with object keys sorted, so equal inputs hash equally whatever their key order. */
export function canonicalJson(value: unknown): string {
  if (value === null || typeof value !== "object") return JSON.stringify(value) ?? "null";
  if (Array.isArray(value)) {
    let out = "[";
    for (let i = 0; i < value.length; i++) out += (i ? "," : "") + canonicalJson(value[i]);
    return `${out}]`;
  }
  const record = value as Record<string, unknown>;
  let out = "{";
  for (const key of Object.keys(record).sort()) {
    if (record[key] === undefined) continue;
    out += `${out.length > 1 ? "," : ""}${JSON.stringify(key)}:${canonicalJson(record[key])}`;
  }
  return `${out}}`;
}

/** Node's one-shot hash (20.12+) is about three times faster than createHash for short inputs. */
export const sha256: (text: string) => string =
  typeof hash === "function"
    ? (text) => hash("sha256", text, "hex")
    : (text) => createHash("sha256").update(text).digest("hex");
export const hashInput = (input: unknown) => sha256(canonicalJson(input));

/** What an entry records at its position, in the order of audit_log's columns. */
function recorded(seq: number, e: AuditEntry): unknown[] {
  const { recordedAt, kind, principal, role, operation, subject, inputHash, outcome } = e;
  return [seq, recordedAt.toISOString(), kind, principal, role, operation, subject, inputHash, outcome];
}

/** The hash of one entry: everything it records, its position and the hash before it. */
export function entryHash(prevHash: string, seq: number, e: AuditEntry): string {
  return sha256(JSON.stringify([prevHash, ...recorded(seq, e)]));
}

/**
 * Appends entries to the chain inside `tx`: they commit or roll back with the change they
 * record. The lock is held to commit, so the tail read here is still the tail then. One
 * statement an entry, with `pause` awaited between them: a DECISION entry takes PGlite a few
 * milliseconds of the thread that answers requests, and the decision log lets them run between.
 */
export async function appendAudit(tx: Tx, entries: AuditEntry[], pause?: () => Promise<void>): Promise<void> {
  if (entries.length === 0) return;
  await tx.execute(sql`SELECT pg_advisory_xact_lock(${AUDIT_LOCK})`);
  const [tail] = await tx
    .select({ seq: auditLog.seq, hash: auditLog.hash })
    .from(auditLog)
    .orderBy(desc(auditLog.seq))
    .limit(1);
  let seq = tail?.seq ?? 0;
  let prevHash = tail?.hash ?? GENESIS_HASH;
  for (const [i, e] of entries.entries()) {
    if (i > 0 && pause) await pause();
    seq += 1;
    const hash = entryHash(prevHash, seq, e);
    const [, recordedAt, kind, principal, role, operation, subject, inputHash, outcome] = recorded(seq, e);
    // Compressed decisions travel as base64 text: PGlite binds a bytea parameter several times slower.
    await tx.execute(sql`
      INSERT INTO audit_log (seq, recorded_at, kind, principal, role, operation, subject, input_hash, outcome, prev_hash, hash, decisions_deflated)
      VALUES (${seq}, ${recordedAt}, ${kind}, ${principal}, ${role}, ${operation}, ${subject}, ${inputHash}, ${outcome},
        ${prevHash}, ${hash}, decode(${e.decisions?.toString("base64") ?? null}, 'base64'))`);
    prevHash = hash;
  }
}

/** A DECISION entry's decisions as the JSON text that was hashed, however it was stored; null for a mutation. */
export function decisionsText(row: { decisionsJson: string | null; decisionsDeflated: Buffer | null }): string | null {
  if (row.decisionsDeflated) return inflateRawSync(row.decisionsDeflated).toString("utf8");
  return row.decisionsJson;
}

export interface ChainVerification {
  intact: boolean;
  entriesChecked: number;
  /** The first entry whose stored hash, link or position does not match; null when intact. */
  firstBrokenSeq: number | null;
  problem: string | null;
}

/** The decisions' text, or undefined when what is stored no longer inflates. */
function readable(row: Parameters<typeof decisionsText>[0]): string | null | undefined {
  try {
    return decisionsText(row);
  } catch {
    return undefined;
  }
}

/** Recomputes every hash from the first entry, page by page, and reports the first broken link. */
export async function verifyAuditChain(db: Database, pageSize = 5000): Promise<ChainVerification> {
  let prevHash = GENESIS_HASH;
  let expectedSeq = 1;
  let checked = 0;
  for (;;) {
    const page = await db
      .select({ ...getTableColumns(auditLog), decisionsJson: sql<string | null>`${auditLog.decisions}::text` })
      .from(auditLog)
      .where(gt(auditLog.seq, expectedSeq - 1))
      .orderBy(asc(auditLog.seq))
      .limit(pageSize);
    for (const row of page) {
      const broken = (problem: string): ChainVerification => ({
        intact: false,
        entriesChecked: checked,
        firstBrokenSeq: row.seq,
        problem,
      });
      if (row.seq !== expectedSeq) return { ...broken(`entry ${expectedSeq} is missing`), firstBrokenSeq: expectedSeq };
      if (row.prevHash !== prevHash)
        return broken(`entry ${row.seq} does not link to the hash of entry ${row.seq - 1}`);
      const entry: AuditEntry = { ...row, kind: row.kind as AuditKind, decisions: null };
      if (entryHash(prevHash, row.seq, entry) !== row.hash) {
        return broken(`entry ${row.seq} was altered: its content no longer matches its hash`);
      }
      const text = readable(row);
      if (text === undefined) return broken(`entry ${row.seq} was altered: its decisions cannot be read`);
      if (text !== null && sha256(text) !== row.inputHash) {
        return broken(`entry ${row.seq} was altered: its decisions no longer match its input hash`);
      }
      prevHash = row.hash;
      expectedSeq += 1;
      checked += 1;
    }
    if (page.length < pageSize) return { intact: true, entriesChecked: checked, firstBrokenSeq: null, problem: null };
  }
}
