import type { RecordedRequest } from "../../db/tables/index.js";
import { hashInput } from "./chain.js";

export interface DecisionRecord {
  principal: string;
  role: string;
  /** The request as asked: kept without its facts' values (see `RecordedRequest`). */
  request: RecordedRequest & { facts?: { key: string; value: string }[] | null };
  outcome: string;
  registryRevision: number;
  /** Date.now() when it was decided. */
  at: number;
}

/** An optional field's markers, kept apart so a request reads back with the keys it was asked with. */
const ABSENT = -1;
const NULL = -2;

/** Numbers a decision takes before its lists: see `push`. */
const FIXED = 14;
/** Where, in a decision's numbers, its principal is (then its role and outcome): see `push`. */
const PRINCIPAL = 2;

/**
 * One audit entry's worth of decisions, kept as numbers until it is written: each string once,
 * in a table, and each decision as indexes into it, in a typed array the garbage collector does
 * not scan. Holding the requests themselves until the write (up to a second under load) kept
 * their objects alive through young-generation collections, each copied and then promoted:
 * recording 400,000 parsed benchmark requests (`.scratch`, best of three) cost 1.7 µs a
 * decision that way and 0.8 µs this way, over building the record and dropping it.
 */
export class DecisionBlock {
  private readonly strings: string[] = [];
  private readonly ids = new Map<string, number>();
  /** Each string's JSON, once it has been written. */
  private readonly escaped: string[] = [];
  private data: Float64Array;
  private end = 0;
  /** Where each decision starts in `data`. */
  private starts: Int32Array;
  /** Decisions held. */
  count = 0;

  constructor(expected: number) {
    // Room for two codes a decision in its lists; `reserve` grows it for more.
    this.data = new Float64Array(expected * (FIXED + 2));
    this.starts = new Int32Array(expected);
  }

  push(d: DecisionRecord): void {
    const { request } = d;
    const facts = request.facts;
    const items = request.dataItems;
    const factCount = facts ? facts.length : 0;
    this.reserve(FIXED + items.length + factCount);
    if (this.count === this.starts.length) this.starts = grow(this.starts, this.starts.length * 2);
    this.starts[this.count++] = this.end;
    const data = this.data;
    let at = this.end;
    data[at++] = d.at;
    data[at++] = d.registryRevision;
    data[at++] = this.id(d.principal);
    data[at++] = this.id(d.role);
    data[at++] = this.id(d.outcome);
    data[at++] = this.id(request.provider);
    data[at++] = this.id(request.recipient);
    data[at++] = this.id(request.purpose);
    data[at++] = this.optional(request.channel);
    data[at++] = this.optional(request.at);
    data[at++] = this.optional(request.processingCountry);
    // Fact values are not kept: a request with facts keeps its keys and the hash of the whole.
    data[at++] = facts ? this.id(hashInput(request)) : ABSENT;
    data[at++] = facts ? factCount : facts === null ? NULL : ABSENT;
    data[at++] = items.length;
    for (let i = 0; i < items.length; i++) data[at++] = this.id(items[i]);
    if (facts) for (const fact of facts) data[at++] = this.id(fact.key);
    this.end = at;
  }

  /** Each decision's principal, role and outcome, in order: what its entry's columns sum up. */
  parties(): { principals: string[]; roles: string[]; outcomes: string[] } {
    const principals: string[] = [];
    const roles: string[] = [];
    const outcomes: string[] = [];
    for (let n = 0; n < this.count; n++) {
      const at = this.starts[n] + PRINCIPAL;
      principals.push(this.strings[this.data[at]]);
      roles.push(this.strings[this.data[at + 1]]);
      outcomes.push(this.strings[this.data[at + 2]]);
    }
    return { principals, roles, outcomes };
  }

  /**
   * The JSON text of decisions `from` up to `to` (`DecisionDigest`s), without the list's brackets:
   * written from the table, each string escaped once, with no objects in between (half the time
   * of building the digests and stringifying them). A request without facts is kept as it was
   * asked, and its input hash is derived from it when read: a stored hash is 32 incompressible
   * bytes a decision, where the whole request deflates to ~19. Fact values are left out, so for a
   * request with facts the hash is computed when it is recorded, and kept.
   */
  json(from: number, to: number): string {
    const { data } = this;
    let out = "";
    for (let n = from; n < Math.min(to, this.count); n++) {
      let at = this.starts[n];
      const recordedAt = isoTime(data[at++]);
      const registryRevision = data[at++];
      const principal = this.quoted(data[at++]);
      const role = this.quoted(data[at++]);
      const outcome = this.quoted(data[at++]);
      let request = `{"provider":${this.quoted(data[at++])},"recipient":${this.quoted(data[at++])},"purpose":${this.quoted(data[at++])},"dataItems":[`;
      const channel = data[at++];
      const date = data[at++];
      const country = data[at++];
      const inputHash = data[at++];
      const facts = data[at++];
      const itemCount = data[at++];
      for (let i = 0; i < itemCount; i++) request += (i ? "," : "") + this.quoted(data[at++]);
      request += "]";
      if (channel !== ABSENT) request += `,"channel":${this.quoted(channel)}`;
      if (date !== ABSENT) request += `,"at":${this.quoted(date)}`;
      if (country !== ABSENT) request += `,"processingCountry":${this.quoted(country)}`;
      if (facts === NULL) request += `,"facts":null`;
      else if (facts >= 0) {
        request += `,"factKeys":[`;
        for (let i = 0; i < facts; i++) request += (i ? "," : "") + this.quoted(data[at++]);
        request += "]";
      }
      out +=
        `${n > from ? "," : ""}{"recordedAt":"${recordedAt}","principal":${principal},"role":${role},"request":${request}}` +
        (inputHash === ABSENT ? "" : `,"inputHash":${this.quoted(inputHash)}`) +
        `,"outcome":${outcome},"registryRevision":${registryRevision}}`;
    }
    return out;
  }

  private quoted(id: number): string {
    return id === NULL ? "null" : (this.escaped[id] ??= JSON.stringify(this.strings[id]));
  }

  private id(value: string): number {
    let id = this.ids.get(value);
    if (id === undefined) {
      id = this.strings.length;
      this.strings.push(value);
      this.ids.set(value, id);
    }
    return id;
  }

  private optional(value: string | null | undefined): number {
    return value === undefined ? ABSENT : value === null ? NULL : this.id(value);
  }

  private reserve(more: number): void {
    if (this.end + more > this.data.length)
      this.data = grow(this.data, Math.max(this.data.length * 2, this.end + more));
  }
}

function grow<T extends Float64Array | Int32Array>(array: T, length: number): T {
  const bigger = new (array.constructor as new (n: number) => T)(length);
  bigger.set(array);
  return bigger;
}

let lastMs = Number.NaN;
let lastIso = "";
/** ISO time of a decision: a chunk's decisions often share a millisecond. */
function isoTime(ms: number): string {
  if (ms !== lastMs) {
    lastMs = ms;
    lastIso = new Date(ms).toISOString();
  }
  return lastIso;
}
