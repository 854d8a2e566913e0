import type { Logger } from "../../logger.js";
import type { DatabaseHandle } from "../../db/client.js";
import { type AuditEntry, appendAudit, hashInput } from "./chain.js";

/** Entries per transaction: about 5 ms of inserting on PGlite, so requests interleave. */
const CHUNK = 250;

export interface DecisionRecord {
  principal: string;
  role: string;
  /** The request as asked (codes only: no personal data); hashed at flush time, off the hot path. */
  request: unknown;
  subject: string;
  outcome: string;
  registryRevision: number;
  at: Date;
}

/**
 * Permission decisions go to the audit chain in batches, like OPA's decision logs: recording
 * one is a push onto an array; a timer flushes at least once a second, and `stop()` flushes
 * what is left. A failed flush keeps its batch and retries on the next tick.
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
      const chunk = batch.slice(i, i + CHUNK).map(toEntry);
      try {
        await this.db.db.transaction((tx) => appendAudit(tx, chunk));
      } catch (error) {
        this.pending = batch.slice(i).concat(this.pending);
        this.logger.error({ err: error, entries: batch.length - i }, "decision log flush failed; will retry");
        return;
      }
      if (i + CHUNK < batch.length) await new Promise((resolve) => setImmediate(resolve));
    }
  }
}

function toEntry(d: DecisionRecord): AuditEntry {
  return {
    kind: "DECISION",
    principal: d.principal,
    role: d.role,
    operation: "resolvePermission",
    subject: d.subject,
    inputHash: hashInput(d.request),
    outcome: `${d.outcome}@${d.registryRevision}`,
    recordedAt: d.at,
  };
}
