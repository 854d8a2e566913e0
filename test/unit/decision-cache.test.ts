import { describe, expect, it } from "vitest";
import { ConfigError, loadConfig } from "../../src/config.js";
import { DecisionCache, decisionKey } from "../../src/modules/permission/decision-cache.js";
import type { PermissionQuery } from "../../src/modules/permission/evaluate.js";
import type { Snapshot } from "../../src/modules/permission/snapshot.js";

/** Two snapshots the cache can tell apart: it only compares them by identity. */
const s1 = { revision: 1 } as Snapshot;
const s2 = { revision: 2 } as Snapshot;

const q = (over: Partial<PermissionQuery> = {}): PermissionQuery => ({
  provider: "dwp",
  recipient: "la-england-sample",
  purpose: "hb-administration",
  dataItems: ["rti.paye-data"],
  at: "2017-09-01",
  ...over,
});
const key = (over: Partial<PermissionQuery> = {}) => decisionKey(q(over));

describe("decisionKey", () => {
  it("is the same for the same question, however its optional parts were left out", () => {
    expect(key()).toBe(key());
    expect(key({ channel: null, processingCountry: null })).toBe(key());
    expect(key({ channel: "", processingCountry: "" })).toBe(key());
    expect(
      key({
        facts: new Map([
          ["a", "true"],
          ["b", "x"],
        ]),
      }),
    ).toBe(
      key({
        facts: new Map([
          ["b", "x"],
          ["a", "true"],
        ]),
      }),
    );
  });

  it("tells apart requests whose parts would run together if joined", () => {
    const keys = [
      key(),
      key({ provider: "dw", recipient: "pla-england-sample" }),
      key({ dataItems: ["a", "b"] }),
      key({ dataItems: ["a,b"] }),
      key({ dataItems: ["a", "b", "c"] }),
      key({ dataItems: ["b", "a"] }),
      key({ dataItems: [] }),
      key({ purpose: "1:x" }),
      key({ facts: new Map([["a", "1:b"]]) }),
      key({ facts: new Map([["a1:", "b"]]) }),
    ];
    expect(new Set(keys).size).toBe(keys.length);
  });

  it("tells apart every part the evaluator reads", () => {
    const keys = [
      key(),
      key({ at: "2017-09-02" }),
      key({ channel: "rti" }),
      key({ processingCountry: "GB" }),
      key({ facts: new Map([["hmrc-approved", "true"]]) }),
      key({ facts: new Map([["hmrc-approved", "false"]]) }),
    ];
    expect(new Set(keys).size).toBe(keys.length);
  });
});

describe("DecisionCache", () => {
  it("decides a question once per snapshot, and counts hits and misses", () => {
    const cache = new DecisionCache<string>(10);
    let decided = 0;
    const decide = () => `answer ${++decided}`;
    expect(cache.get(s1, "k", decide)).toBe("answer 1");
    expect(cache.get(s1, "k", decide)).toBe("answer 1");
    expect([cache.hits, cache.misses, decided]).toEqual([1, 1, 1]);
    // Another snapshot: nothing decided with the first one is given.
    expect(cache.get(s2, "k", decide)).toBe("answer 2");
    expect(cache.size).toBe(1);
    expect(cache.get(s1, "k", decide)).toBe("answer 3");
    expect([cache.hits, cache.misses]).toEqual([1, 3]);
  });

  it("holds at most two generations, and keeps what is asked again", () => {
    const cache = new DecisionCache<number>(3);
    const decide = (n: number) => () => n;
    for (let n = 0; n < 100; n++) {
      cache.get(s1, `k${n}`, decide(n));
      // k0 is asked after every new question: it never ages out.
      expect(cache.get(s1, "k0", decide(-1))).toBe(0);
      expect(cache.size).toBeLessThanOrEqual(6);
    }
    // The oldest of the others are gone: asked again, they are decided again.
    const misses = cache.misses;
    expect(cache.get(s1, "k1", decide(-1))).toBe(-1);
    expect(cache.misses).toBe(misses + 1);
    // The latest is still held.
    expect(cache.get(s1, "k99", decide(-1))).toBe(99);
  });

  it("decides every request afresh when it holds none", () => {
    const cache = new DecisionCache<number>(0);
    let n = 0;
    expect(cache.get(s1, "k", () => ++n)).toBe(1);
    expect(cache.get(s1, "k", () => ++n)).toBe(2);
    expect([cache.size, cache.hits, cache.misses]).toEqual([0, 0, 2]);
  });

  it("is sized by REGISTRY_DECISION_CACHE, which must be a whole number", () => {
    expect(loadConfig({ REGISTRY_DECISION_CACHE: "0" }).decisionCacheEntries).toBe(0);
    expect(loadConfig({}).decisionCacheEntries).toBeGreaterThan(0);
    expect(() => loadConfig({ REGISTRY_DECISION_CACHE: "-1" })).toThrow(
      new ConfigError("REGISTRY_DECISION_CACHE", 'must be a whole number from 0 to 10000000, got "-1"'),
    );
  });
});
