import type { Logger } from "../../logger.js";
import type { DatabaseHandle } from "../../db/client.js";
import { type AuditEntry, appendAudit, hashInput } from "./chain.js";

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
    this.flushing = this.write(batch)
      .catch((error: unknown) => {
        this.pending = batch.concat(this.pending);
        this.logger.error({ err: error, entries: batch.length }, "decision log flush failed; will retry");
      })
      .finally(() => {
        this.flushing = null;
      });
    await this.flushing;
  }

  async stop(): Promise<void> {
    if (this.timer) clearInterval(this.timer);
    this.timer = null;
    await this.flush();
  }

  private write(batch: DecisionRecord[]): Promise<void> {
    const entries: AuditEntry[] = batch.map((d) => ({
      kind: "DECISION",
      principal: d.principal,
      role: d.role,
      operation: "resolvePermission",
      subject: d.subject,
      inputHash: hashInput(d.request),
      outcome: `${d.outcome}@${d.registryRevision}`,
      recordedAt: d.at,
    }));
    return this.db.db.transaction((tx) => appendAudit(tx, entries));
  }
}
