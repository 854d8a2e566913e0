import { webcrypto } from "node:crypto";
import { promisify } from "node:util";
import { deflateRaw } from "node:zlib";
import type { Logger } from "../../logger.js";
import type { DatabaseHandle } from "../../db/client.js";
import type { DecisionDigest } from "../../db/tables/index.js";
import { type AuditEntry, appendAudit, hashInput } from "./chain.js";

const deflate = promisify(deflateRaw);

/**
 * Decisions per audit entry (and transaction): a few milliseconds of hashing and writing, so
 * requests interleave with a large backlog on PGlite, where the database shares this thread.
 */
const CHUNK = 1000;

export interface DecisionRecord {
  principal: string;
  role: string;
  /** The request as asked; stored only as a hash, computed at flush time, off the hot path. */
  request: { provider: string; recipient: string };
  outcome: string;
  registryRevision: number;
  /** Date.now() when it was decided. */
  at: number;
}

/**
 * Permission decisions go to the audit chain in batches, like OPA's decision logs: recording
 * one is a push onto an array; a timer flushes at least once a second, and `stop()` flushes
 * what is left. Each flushed chunk is one chained DECISION entry listing its decisions, whose
 * input hash is the sha256 of their JSON text: an insert per decision cost more than deciding it.
 * The text is hashed and compressed on libuv's thread pool, not the event loop.
 * A failed flush keeps its batch and retries on the next tick.
 */
export class DecisionLog {
  private pending: DecisionRecord[] = [];
  private flushing: Promise<void> | null = null;
  private timer: NodeJS.Timeout | null = null;

  constructor(
    private readonly db: DatabaseHandle,
    private readonly logger: Logger,
    private readonly intervalMs = 1000,
  ) {}

  start(): void {
    this.timer = setInterval(() => void this.flush(), this.intervalMs);
    this.timer.unref();
  }

  record(decision: DecisionRecord): void {
    this.pending.push(decision);
  }

  get backlog(): number {
    return this.pending.length;
  }

  /** Writes everything recorded so far; concurrent callers share one flush. */
  async flush(): Promise<void> {
    while (this.flushing) await this.flushing;
    if (this.pending.length === 0) return;
    const batch = this.pending;
    this.pending = [];
    this.flushing = this.write(batch).finally(() => {
      this.flushing = null;
    });
    await this.flushing;
  }

  async stop(): Promise<void> {
    if (this.timer) clearInterval(this.timer);
    this.timer = null;
    await this.flush();
  }

  /**
   * Appends in chunks, each its own transaction, yielding to the event loop between them: on
   * PGlite the database shares the event loop's thread, and one large insert would stall every
   * request in flight. What fails is put back, in order, for the next tick.
   */
  private async write(batch: DecisionRecord[]): Promise<void> {
    for (let i = 0; i < batch.length; i += CHUNK) {
      try {
        const entry = await toEntry(batch.slice(i, i + CHUNK));
        await this.db.db.transaction((tx) => appendAudit(tx, [entry]));
      } catch (error) {
        this.pending = batch.slice(i).concat(this.pending);
        this.logger.error({ err: error, entries: batch.length - i }, "decision log flush failed; will retry");
        return;
      }
      if (i + CHUNK < batch.length) await new Promise((resolve) => setImmediate(resolve));
    }
  }
}

function digest(d: DecisionRecord): DecisionDigest {
  return {
    recordedAt: new Date(d.at).toISOString(),
    principal: d.principal,
    role: d.role,
    provider: d.request.provider,
    recipient: d.request.recipient,
    inputHash: hashInput(d.request),
    outcome: d.outcome,
    registryRevision: d.registryRevision,
  };
}

/** Distinct values in first-seen order, joined: who asked, in a batch usually one name. */
const distinct = (values: string[]) => [...new Set(values)].join(", ");

/** One entry for a chunk of decisions: who asked, how many of each outcome, and the decisions. */
async function toEntry(chunk: DecisionRecord[]): Promise<AuditEntry> {
  const decisions = chunk.map(digest);
  const text = Buffer.from(JSON.stringify(decisions));
  // Both run on the thread pool: ~250 KB of JSON a chunk hashes and deflates off the event loop.
  const [hash, deflated] = await Promise.all([webcrypto.subtle.digest("SHA-256", text), deflate(text)]);
  const counts = new Map<string, number>();
  for (const d of decisions) counts.set(d.outcome, (counts.get(d.outcome) ?? 0) + 1);
  return {
    kind: "DECISION",
    principal: distinct(decisions.map((d) => d.principal)),
    role: distinct(decisions.map((d) => d.role)),
    operation: "resolvePermission",
    subject: `${decisions.length} decision${decisions.length === 1 ? "" : "s"}`,
    inputHash: Buffer.from(hash).toString("hex"),
    outcome: [...counts].map(([outcome, n]) => `${outcome} ${n}`).join(", "),
    recordedAt: new Date(),
    decisions: deflated,
  };
}
