import type { PermissionQuery } from "./evaluate.js";
import type { Snapshot } from "./snapshot.js";

/** Entries a generation holds, by default (REGISTRY_DECISION_CACHE): see `DecisionCache`. */
export const DECISION_CACHE_ENTRIES = 16_384;

/**
 * Answers already given from one snapshot, by request. A decision is a pure function of the
 * snapshot and the request, and callers ask the same questions again and again ("may DWP send
 * RTI data to this council for housing benefit, today?"), so a repeat is looked up instead of
 * decided: a loaded server then used 0.85 of the CPU a request in `bench:compare` (README,
 * Measured). Like SpiceDB's and Zanzibar's check caches, it is tied to the state that answered: a
 * request made with another snapshot than the one the cache holds empties it first, so no answer
 * outlives its snapshot (and the snapshot store empties it as soon as a new one is current).
 *
 * Two generations bound it (at most twice `entries`) without keeping recency order: entries are
 * added to the young one and, once it is full, it becomes the old one and the old one is dropped;
 * an entry found only in the old one moves back to the young one. Questions asked at least once
 * per generation's worth of others stay.
 */
export class DecisionCache<T> {
  private snapshot: Snapshot | null = null;
  private young = new Map<string, T>();
  private old = new Map<string, T>();
  /** Requests answered from the cache since the process started. */
  hits = 0;
  /** Requests decided (every one, when the cache holds none). */
  misses = 0;

  constructor(readonly entries: number = DECISION_CACHE_ENTRIES) {}

  /** The answer for `key` given from `s`, or what `decide` makes of it (remembered). */
  get(s: Snapshot, key: string, decide: () => T): T {
    if (this.entries === 0) {
      this.misses++;
      return decide();
    }
    if (s !== this.snapshot) this.reset(s);
    let found = this.young.get(key);
    if (found !== undefined) {
      this.hits++;
      return found;
    }
    found = this.old.get(key);
    if (found !== undefined) {
      // Moved, not copied: `size` (the entries `/metrics` reports) counts each answer once.
      this.old.delete(key);
      this.hits++;
    } else {
      this.misses++;
      found = decide();
    }
    if (this.young.size >= this.entries) {
      this.old = this.young;
      this.young = new Map();
    }
    this.young.set(key, found);
    return found;
  }

  /**
   * Empties the cache for answers from `s`. The snapshot store calls it as soon as a new
   * snapshot is current, so the last one's answers (and through them the last snapshot) are not
   * kept until the next permission request.
   */
  reset(s: Snapshot): void {
    this.snapshot = s;
    this.young = new Map();
    this.old = new Map();
  }

  /** Entries held (both generations). */
  get size(): number {
    return this.young.size + this.old.size;
  }
}

/** A string, length-prefixed: however odd the codes, two requests' parts cannot run together. */
const part = (s: string) => `${s.length}:${s}`;

/**
 * The cache key of a request as decided: the same key is the same question. Each part is
 * length-prefixed, so no code can make two requests collide (an unknown code must stay an error).
 * The decided date is in it, so a request without one is a new question each day. An omitted,
 * null or empty channel or country is one question, as the evaluator sees it; facts count as
 * decided, the last value of each key, in key order. Only the answer is shared: the audit records
 * each request as it was asked.
 */
export function decisionKey(q: PermissionQuery): string {
  let key = `${part(q.provider)}${part(q.recipient)}${part(q.purpose)}${q.dataItems.length}`;
  for (const item of q.dataItems) key += part(item);
  key += `${part(q.channel || "")}${part(q.at)}${part(q.processingCountry || "")}`;
  if (q.facts) for (const k of [...q.facts.keys()].sort()) key += `${part(k)}${part(q.facts.get(k) as string)}`;
  return key;
}
