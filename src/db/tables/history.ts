import { sql } from "drizzle-orm";
import {
  bigint,
  check,
  customType,
  date,
  index,
  integer,
  json,
  jsonb,
  pgTable,
  text,
  timestamp,
  unique,
  uuid,
} from "drizzle-orm/pg-core";
import { agreements } from "./agreements.js";
import { agreementStatus } from "./enums.js";

/**
 * One immutable revision per change to an agreement: who, when, why, the complete content as
 * of the revision and the structured change set from the one before. A trigger
 * (drizzle/0003_history_append_only.sql) refuses UPDATE, DELETE and TRUNCATE.
 */
export const agreementRevisions = pgTable(
  "agreement_revisions",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    agreementId: uuid("agreement_id")
      .notNull()
      .references(() => agreements.id),
    /** The first agreement of the amendment chain: `asOf` looks across the whole chain. */
    lineageId: uuid("lineage_id")
      .notNull()
      .references(() => agreements.id),
    number: integer("number").notNull(),
    operation: text("operation").notNull(),
    reason: text("reason").notNull(),
    principal: text("principal").notNull(),
    role: text("role").notNull(),
    recordedAt: timestamp("recorded_at", { withTimezone: true }).notNull().defaultNow(),
    status: agreementStatus("status").notNull(),
    /** The period this revision's content was operative for; null while it never was (draft…). */
    inForceFrom: date("in_force_from"),
    inForceTo: date("in_force_to"),
    content: jsonb("content").notNull(),
    changes: jsonb("changes").notNull(),
  },
  (t) => [
    unique("agreement_revisions_agreement_number_key").on(t.agreementId, t.number),
    check("agreement_revisions_number_positive", sql`${t.number} > 0`),
    check("agreement_revisions_reason_present", sql`length(trim(${t.reason})) > 0`),
    index("agreement_revisions_lineage_in_force_idx").on(t.lineageId, t.inForceFrom),
  ],
);

/**
 * A permission request as a DECISION entry keeps it: codes and a date, which are not personal
 * data, and the keys of the facts the caller asserted but not their values, which callers may
 * fill with anything (a case reference).
 */
export interface RecordedRequest {
  provider: string;
  recipient: string;
  purpose: string;
  dataItems: string[];
  channel?: string | null;
  at?: string | null;
  processingCountry?: string | null;
  /** Present when facts were asserted. */
  factKeys?: string[];
}

/** One permission decision as a DECISION entry records it. */
export type DecisionDigest = {
  recordedAt: string;
  principal: string;
  role: string;
  outcome: string;
  registryRevision: number;
} & (
  | {
      request: RecordedRequest;
      /** sha256 of the request's canonical JSON: stored only when `request` left fact values out. */
      inputHash?: string;
    }
  // Entries written before requests were kept.
  | { provider: string; recipient: string; inputHash: string }
);

/** Binary data, as a Buffer whichever driver read it (PGlite returns a Uint8Array). */
const bytea = customType<{ data: Buffer; driverData: Uint8Array }>({
  dataType: () => "bytea",
  fromDriver: (value) => (Buffer.isBuffer(value) ? value : Buffer.from(value)),
});

/**
 * The append-only audit trail: every mutation (in the transaction that made the change) and
 * every permission decision (batched: one DECISION entry records up to 1,000 decisions, and its
 * input hash is the hash of their JSON text). Each entry carries the hash
 * of the one before it, so an edit anywhere breaks the chain from that entry on. Inputs are
 * stored only as a hash.
 */
export const auditLog = pgTable(
  "audit_log",
  {
    seq: bigint("seq", { mode: "number" }).primaryKey(),
    recordedAt: timestamp("recorded_at", { withTimezone: true, precision: 3 }).notNull(),
    kind: text("kind").notNull(),
    principal: text("principal").notNull(),
    role: text("role").notNull(),
    operation: text("operation").notNull(),
    subject: text("subject"),
    inputHash: text("input_hash").notNull(),
    outcome: text("outcome").notNull(),
    prevHash: text("prev_hash").notNull(),
    hash: text("hash").notNull(),
    // Entries written before migration 0006: the decisions' JSON as json, not jsonb, so the text
    // that was hashed verifies byte for byte.
    decisions: json("decisions").$type<DecisionDigest[]>(),
    // Since: the same JSON text, raw-DEFLATE compressed off the event loop. A sixth of the bytes
    // to pass into the database, which on PGlite shares the thread that answers requests.
    decisionsDeflated: bytea("decisions_deflated"),
  },
  (t) => [
    check("audit_log_kind", sql`${t.kind} IN ('MUTATION', 'DECISION')`),
    check("audit_log_seq_positive", sql`${t.seq} > 0`),
    check("audit_log_decisions_once", sql`${t.decisions} IS NULL OR ${t.decisionsDeflated} IS NULL`),
    index("audit_log_recorded_at_idx").on(t.recordedAt),
  ],
);
