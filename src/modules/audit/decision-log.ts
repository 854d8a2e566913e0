import { webcrypto } from "node:crypto";
import { promisify } from "node:util";
import { deflateRaw } from "node:zlib";
import { DECISION_WAIT_MS } from "../../config.js";
import type { Logger } from "../../logger.js";
import type { DatabaseHandle } from "../../db/client.js";
import type { DecisionDigest } from "../../db/tables/index.js";
import { type AuditEntry, appendAudit, hashInput } from "./chain.js";
import { DecisionBlock, type DecisionRecord } from "./decision-block.js";

export type { DecisionRecord };

const deflate = promisify(deflateRaw);

/**
 * Decisions per audit entry (and transaction): a few milliseconds of hashing and writing, so
 * requests interleave with a large backlog on PGlite, where the database shares this thread.
 */
const CHUNK = 1000;

/**
 * Entries one transaction writes at most. While started, the log writes as soon as a
 * transaction's worth waits: a write costs ~6–10 ms whatever it holds, plus ~5 µs a decision,
 * so at 4,000 decisions a second one write of 4,000 costs half as much as four of 1,000.
 */
const PER_TRANSACTION = 4;

/**
 * Unwritten decisions at which new permission requests wait for the log (backpressure): a
 * server asked for more decisions a second than it can record would otherwise fall ever further
 * behind, hold the backlog in memory (lost if the process dies) and spend the lag's CPU on
 * whatever comes next. Ten entries' worth, well above the write threshold, is under a second's
 * writing.
 */
const LIMIT = 10 * CHUNK;

export interface DecisionLogOptions {
  /** The longest a decision waits to be written while the log is started. */
  intervalMs?: number;
  /** Decisions per audit entry. */
  chunk?: number;
  /** Unwritten decisions at which `admit` makes callers wait. */
  limit?: number;
  /**
   * The longest `admit` waits before it fails with `DecisionLogBehind`: a writer that stays
   * behind this long cannot reach the database, and callers get an error that says so rather
   * than a connection that hangs.
   */
  maxWaitMs?: number;
}

/** The log could not catch up in time: the decision is not made, since it could not be recorded. */
export class DecisionLogBehind extends Error {
  constructor(
    readonly backlog: number,
    waitedMs: number,
  ) {
    super(
      `The audit log is ${backlog} decisions behind and could not be written for ${waitedMs / 1000} s: ` +
        "permission decisions are refused until they can be recorded; try again shortly",
    );
  }
}

/**
 * Permission decisions go to the audit chain in batches, like OPA's decision logs: recording
 * one writes a few numbers into the chunk being filled (`DecisionBlock`); while started, the log
 * writes as soon as a transaction's worth of chunks waits and at least once a second, and
 * `stop()` flushes what is left. Each chunk is one chained DECISION entry listing its
 * decisions, whose input hash is the sha256 of their JSON text: an insert per decision cost more
 * than deciding it. The text is hashed and compressed on libuv's thread pool, not the event
 * loop. Unlike OPA's, the buffer never drops a decision: past `limit` unwritten, `admit` holds
 * new requests until the writer catches up, and refuses them if it cannot. A failed write keeps
 * what it had not written and retries on the next tick.
 */
export class DecisionLog {
  /** Full chunks waiting to be written, oldest first. */
  private pending: DecisionBlock[] = [];
  /** Decisions in `pending`. */
  private waiting = 0;
  /** The chunk being filled. */
  private open: DecisionBlock;
  /** Taken from `pending` by the write in progress and not yet committed. */
  private unwritten = 0;
  private flushing: Promise<void> | null = null;
  private timer: NodeJS.Timeout | null = null;
  private waiters = new Set<() => void>();
  private readonly intervalMs: number;
  private readonly chunk: number;
  /** Unwritten decisions at which `admit` makes callers wait. */
  readonly limit: number;
  private readonly maxWaitMs: number;

  constructor(
    private readonly db: DatabaseHandle,
    private readonly logger: Logger,
    options: DecisionLogOptions = {},
  ) {
    this.intervalMs = options.intervalMs ?? 1000;
    this.chunk = options.chunk ?? CHUNK;
    this.limit = options.limit ?? LIMIT;
    this.maxWaitMs = options.maxWaitMs ?? DECISION_WAIT_MS;
    this.open = new DecisionBlock(this.chunk);
  }

  start(): void {
    this.timer = setInterval(() => void this.flush(), this.intervalMs);
    this.timer.unref();
  }

  record(decision: DecisionRecord): void {
    this.open.push(decision);
    if (this.open.count < this.chunk) return;
    this.seal();
    if (this.timer && !this.flushing && this.waiting >= this.chunk * PER_TRANSACTION) void this.flush();
  }

  /** Moves the chunk being filled, if it holds any, to the end of `pending`. */
  private seal(): void {
    if (this.open.count === 0) return;
    this.pending.push(this.open);
    this.waiting += this.open.count;
    this.open = new DecisionBlock(this.chunk);
  }

  /** Decisions recorded and not yet written. */
  get backlog(): number {
    return this.waiting + this.open.count + this.unwritten;
  }

  /**
   * Nothing while the backlog is under the limit (the hot path: no promise); otherwise a
   * promise that resolves once the writer has brought it back under, or rejects with
   * `DecisionLogBehind` after `maxWaitMs`.
   */
  admit(): Promise<void> | undefined {
    if (this.backlog < this.limit) return undefined;
    if (!this.flushing) void this.flush();
    return new Promise((resolve, reject) => {
      const admitted = () => {
        clearTimeout(timer);
        resolve();
      };
      const timer = setTimeout(() => {
        this.waiters.delete(admitted);
        reject(new DecisionLogBehind(this.backlog, this.maxWaitMs));
      }, this.maxWaitMs);
      this.waiters.add(admitted);
    });
  }

  /** Writes everything recorded so far; concurrent callers share one flush. */
  async flush(): Promise<void> {
    while (this.flushing) await this.flushing;
    this.seal();
    if (this.pending.length === 0) return;
    const batch = this.pending;
    this.pending = [];
    this.unwritten = this.waiting;
    this.waiting = 0;
    this.flushing = this.write(batch).finally(() => {
      this.unwritten = 0;
      this.flushing = null;
      this.release();
    });
    await this.flushing;
  }

  async stop(): Promise<void> {
    if (this.timer) clearInterval(this.timer);
    this.timer = null;
    await this.flush();
  }

  /** Lets waiting requests on once the backlog is under the limit. */
  private release(): void {
    if (this.waiters.size === 0 || this.backlog >= this.limit) return;
    const waiters = this.waiters;
    this.waiters = new Set();
    for (const admitted of waiters) admitted();
  }

  /**
   * Appends in chunks, yielding to the event loop between transactions: on PGlite the database
   * shares the event loop's thread, and one large insert would stall every request in flight.
   * A backlog of several chunks goes up to `PER_TRANSACTION` entries a transaction: on a busy
   * event loop each of a transaction's round trips waits its turn, and a writer that paid them
   * for every chunk would fall behind. What fails is put back, in order, for the next tick.
   */
  private async write(batch: DecisionBlock[]): Promise<void> {
    let left = this.unwritten;
    for (let i = 0; i < batch.length; i += PER_TRANSACTION) {
      const blocks = batch.slice(i, i + PER_TRANSACTION);
      try {
        // One chunk at a time: each serialises on the event loop a slice at a time, then hashes and
        // deflates on the thread pool while requests run, rather than four back to back.
        const entries: AuditEntry[] = [];
        for (const block of blocks) entries.push(await toEntry(block));
        await this.db.db.transaction((tx) => appendAudit(tx, entries, nextTurn));
      } catch (error) {
        this.pending = batch.slice(i).concat(this.pending);
        this.waiting += left;
        this.logger.error({ err: error, decisions: left }, "decision log flush failed; will retry");
        return;
      }
      for (const block of blocks) left -= block.count;
      this.unwritten = left;
      this.release();
      if (left > 0) await nextTurn();
    }
  }
}

/** Lets the event loop run what is waiting (requests) before going on. */
const nextTurn = () => new Promise<void>((resolve) => setImmediate(resolve));

/** The request's input hash, whichever way its entry kept it. */
export function inputHashOf(d: DecisionDigest): string {
  return d.inputHash ?? hashInput("request" in d ? d.request : null);
}

/** Distinct values in first-seen order, joined: who asked, in a batch usually one name. */
const distinct = (values: string[]) => [...new Set(values)].join(", ");

/**
 * Decisions serialised between turns of the event loop. A chunk's 1,000 at once held it for
 * 2–8 ms, once a second, and the requests that arrived meanwhile waited that long: at half the
 * load the server can carry, it was the largest part of their p99.
 */
const SLICE = 200;

/** One entry for a chunk of decisions: who asked, how many of each outcome, and the decisions. */
async function toEntry(chunk: DecisionBlock): Promise<AuditEntry> {
  // The JSON text of the whole list, a slice at a time.
  const parts: string[] = [];
  for (let i = 0; i < chunk.count; i += SLICE) {
    if (i > 0) await nextTurn();
    parts.push(chunk.json(i, i + SLICE));
  }
  const text = Buffer.from(`[${parts.join(",")}]`);
  // Both run on the thread pool: ~250 KB of JSON a chunk hashes and deflates off the event loop.
  const [hash, deflated] = await Promise.all([webcrypto.subtle.digest("SHA-256", text), deflate(text)]);
  const { principals, roles, outcomes } = chunk.parties();
  const counts = new Map<string, number>();
  for (const outcome of outcomes) counts.set(outcome, (counts.get(outcome) ?? 0) + 1);
  return {
    kind: "DECISION",
    principal: distinct(principals),
    role: distinct(roles),
    operation: "resolvePermission",
    subject: `${chunk.count} decision${chunk.count === 1 ? "" : "s"}`,
    inputHash: Buffer.from(hash).toString("hex"),
    outcome: [...counts].map(([outcome, n]) => `${outcome} ${n}`).join(", "),
    recordedAt: new Date(),
    decisions: deflated,
  };
}
