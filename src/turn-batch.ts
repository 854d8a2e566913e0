import type { ServerResponse } from "node:http";

interface Pending {
  res: ServerResponse;
  status: number;
  headers: Record<string, string>;
  body: Buffer;
}

/**
 * Most answers held at once: with more connections than this ready in one turn, the first answer
 * would wait for every other decision (Netty's handler likewise flushes after 256 writes). At 32
 * connections a loaded turn holds about 29.
 */
export const MOST_HELD = 64;

/**
 * What one turn of the event loop reads, it decides back to back, and what it decides leaves
 * together: reading, deciding and writing as three stages, rather than each request's three steps
 * interleaved with the next request's. Under load a turn reads tens of requests. On session 14's
 * machine (a PVM guest) a system call is costly and, by every sign, leaves the caches and address
 * translations cold: a request decided between two sockets' reads, or an answer sent between two
 * decisions, paid for that (the send alone was 39% of a loaded server's profile). Requests wait
 * for the end of the turn's reads (`decide`: the check phase), answers for the end of the turn
 * that decided them (`send`) — Netty's `FlushConsolidationHandler`, with the reads consolidated
 * too. A lone request waits for nothing but the end of its own turn.
 * Side by side (`bench:compare`, session 14; README, Measured): sending together used 0.83 of the
 * CPU a permission request took and 0.86 of a `{ __typename }`; deciding together, 0.90 and 0.99
 * of that.
 */
export class TurnBatch {
  private pending: Pending[] = [];
  private reads: Promise<void> | null = null;
  private readsDone: (() => void) | null = null;
  /** Turns that have sent answers, and answers sent: how full the batches are. */
  flushes = 0;
  sent = 0;

  /** `onError`: told of an answer that could not be written (its connection is then closed). */
  constructor(private readonly onError: (error: unknown) => void) {}

  /** Resolves once this turn has read everything it will: then the requests it read are decided, in order. */
  decide(): Promise<void> {
    if (!this.reads) {
      this.reads = new Promise((resolve) => (this.readsDone = resolve));
      setImmediate(this.endReads);
    }
    return this.reads;
  }

  /**
   * Sends `text` with `status` and `headers` when this turn ends: a whole body with its length, so
   * headers and body leave in one write, without chunked framing. Encoded once: measuring the text
   * and then writing it would encode it twice, and an answer's explanation ("→", "—") makes the
   * whole JSON text two-byte.
   */
  send(res: ServerResponse, status: number, text: string, headers: Record<string, string>): void {
    const body = Buffer.from(text);
    if (this.pending.length === 0) setImmediate(this.flush);
    this.pending.push({ res, status, headers: { ...headers, "content-length": String(body.length) }, body });
    if (this.pending.length === MOST_HELD) this.flush();
  }

  private readonly endReads = (): void => {
    const done = this.readsDone;
    this.reads = null;
    this.readsDone = null;
    done?.();
  };

  private readonly flush = (): void => {
    const batch = this.pending;
    if (batch.length === 0) return;
    this.pending = [];
    this.flushes++;
    this.sent += batch.length;
    // Each answer on its own: one that cannot be written must not hold back the others.
    for (const { res, status, headers, body } of batch) {
      try {
        res.writeHead(status, headers);
        res.end(body);
      } catch (error) {
        this.onError(error);
        res.destroy();
      }
    }
  };
}
