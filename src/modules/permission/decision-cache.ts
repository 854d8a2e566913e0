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
 * outlives its snapshot.
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
    if (s !== this.snapshot) {
      this.snapshot = s;
      this.young = new Map();
      this.old = new Map();
    }
    let found = this.young.get(key);
    if (found !== undefined) {
      this.hits++;
      return found;
    }
    found = this.old.get(key);
    if (found !== undefined) this.hits++;
    else {
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

  /** Entries held (both generations). */
  get size(): number {
    return this.young.size + this.old.size;
  }
}

/** A string, then an optional one: absent, null and a value are three different requests. */
const part = (s: string) => `${s.length}:${s}`;
const optional = (s: string | null | undefined) => (s === undefined ? "-" : s === null ? "~" : part(s));

/**
 * The cache key of a request as asked (`raw`) and as decided (`q`): the same key is the same
 * question, asked the same way. Each part is length-prefixed, so no code, however odd, can make
 * two requests collide (an unknown code must still be an error). The decided date is in it, so
 * a request without one is a new question each day; so are the raw optional fields, since the
 * audit records a request as it was asked. Facts are keyed as decided: last value of each key
 * wins, in key order.
 */
export function decisionKey(
  raw: { channel?: string | null; at?: string | null; processingCountry?: string | null },
  q: PermissionQuery,
): string {
  let key = `${part(q.provider)}${part(q.recipient)}${part(q.purpose)}${q.dataItems.length}`;
  for (const item of q.dataItems) key += part(item);
  key += `${optional(raw.channel)}${optional(raw.at)}${part(q.at)}${optional(raw.processingCountry)}`;
  if (q.facts) for (const k of [...q.facts.keys()].sort()) key += `${part(k)}${part(q.facts.get(k) as string)}`;
  return key;
}
