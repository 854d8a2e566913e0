import { inflateRawSync } from "node:zlib";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { RTI_FOR_HB } from "../support/examples.js";
import { KEYS, type TestRegistry, startTestRegistry } from "../support/registry.js";

const DECISION = `outcome registryRevision explanation grants { clauseReference agreement { code } gateways { code citation } } denials { code reason } conditions { factKey } items { dataItem { code } outcome }`;

/** The exact text of a permission answer, over HTTP. */
async function answer(api: TestRegistry, request: Record<string, unknown>): Promise<string> {
  const res = await fetch(api.url, {
    method: "POST",
    headers: { "content-type": "application/json", authorization: `Bearer ${KEYS.service}` },
    body: JSON.stringify({
      query: `query($r: PermissionRequest!) { resolvePermission(request: $r) { ${DECISION} } }`,
      variables: { r: request },
    }),
  });
  expect(res.status).toBe(200);
  return res.text();
}

/** The decision cache's counters, read from `GET /metrics` as a scraper would. */
async function counters(api: TestRegistry) {
  const res = await fetch(new URL("/metrics", api.url));
  expect(res.headers.get("content-type")).toBe("text/plain; version=0.0.4; charset=utf-8");
  const text = await res.text();
  const value = (name: string) => Number(new RegExp(`^${name} (\\S+)$`, "m").exec(text)?.[1]);
  return {
    hits: value("registry_decision_cache_hits_total"),
    misses: value("registry_decision_cache_misses_total"),
    revision: value("registry_snapshot_revision"),
    entries: value("registry_decision_cache_entries"),
  };
}

/** Writes what the decision log holds; then the newest audit entry's number. */
async function mark(api: TestRegistry): Promise<number> {
  await api.registry.decisions.flush();
  const [row] = await api.registry.db.raw("SELECT coalesce(max(seq), 0) AS seq FROM audit_log");
  return Number(row.seq);
}

/** The requests recorded since `mark` returned `since`, as stored. */
async function recordedSince(api: TestRegistry, since: number) {
  await api.registry.decisions.flush();
  const rows = await api.registry.db.raw(
    "SELECT decisions_deflated FROM audit_log WHERE kind = 'DECISION' AND seq > $1 ORDER BY seq",
    [since],
  );
  return rows
    .flatMap((row) => JSON.parse(inflateRawSync(row.decisions_deflated as Uint8Array).toString("utf8")) as unknown[])
    .map((d) => (d as { request: unknown }).request);
}

describe("the decision cache", () => {
  let api: TestRegistry;
  beforeAll(async () => {
    api = await startTestRegistry();
  });
  afterAll(() => api?.stop());

  it("answers a repeated request from the cache, byte for byte as decided, and records every one", async () => {
    const since = await mark(api);
    const before = await counters(api);
    const answers = [];
    for (let i = 0; i < 4; i++) answers.push(await answer(api, RTI_FOR_HB));
    const after = await counters(api);
    expect(after.misses - before.misses).toBe(1);
    expect(after.hits - before.hits).toBe(3);
    expect(new Set(answers).size).toBe(1);
    expect(JSON.parse(answers[0]).data.resolvePermission).toMatchObject({
      outcome: "PERMITTED",
      grants: [{ agreement: { code: "dwp-la-mou-2017" } }],
    });
    expect(await recordedSince(api, since)).toEqual(Array(4).fill(RTI_FOR_HB));
  });

  it("shares one answer between the ways of asking one question, and records each as it was asked", async () => {
    const today = new Date().toISOString().slice(0, 10);
    const { at: _, ...undated } = RTI_FOR_HB;
    const asked = [undated, { ...RTI_FOR_HB, at: today }, { ...RTI_FOR_HB, at: today, processingCountry: null }];
    const since = await mark(api);
    const before = await counters(api);
    const answers = [];
    for (const request of asked) answers.push(await answer(api, request));
    const after = await counters(api);
    expect([after.misses - before.misses, after.hits - before.hits]).toEqual([1, 2]);
    // Each is today's decision, not 2017's.
    expect(new Set(answers).size).toBe(1);
    expect(JSON.parse(answers[0]).data.resolvePermission.explanation).toContain(`on ${today}`);
    expect(await recordedSince(api, since)).toEqual(asked);
  });

  it("decides again once a change commits: no answer outlives the snapshot that gave it", async () => {
    const first = JSON.parse(await answer(api, RTI_FOR_HB)).data.resolvePermission;
    expect(first.outcome).toBe("PERMITTED");
    const before = await counters(api);
    await api.registry.db.raw("UPDATE agreements SET effective_to = '2017-08-31' WHERE code = 'dwp-la-mou-2017'");
    try {
      const changed = JSON.parse(await answer(api, RTI_FOR_HB)).data.resolvePermission;
      expect(changed.outcome).toBe("DENIED");
      expect(changed.registryRevision).toBeGreaterThan(first.registryRevision);
      const after = await counters(api);
      expect(after.misses - before.misses).toBe(1);
      expect(after.hits).toBe(before.hits);
      expect(after.revision).toBe(changed.registryRevision);
    } finally {
      await api.registry.db.raw("UPDATE agreements SET effective_to = '2018-03-31' WHERE code = 'dwp-la-mou-2017'");
    }
    expect(JSON.parse(await answer(api, RTI_FOR_HB)).data.resolvePermission.outcome).toBe("PERMITTED");
  });

  it("lets go of the last snapshot's answers once a new one is current, before any request asks", async () => {
    await answer(api, RTI_FOR_HB);
    const before = await counters(api);
    expect(before.entries).toBeGreaterThan(0);
    await api.registry.db.raw("UPDATE agreements SET title = title || ' ' WHERE code = 'dwp-la-mou-2017'");
    try {
      for (let waited = 0; api.registry.permissions.revision <= before.revision; waited += 20) {
        if (waited > 10_000) throw new Error("no new snapshot within 10 s");
        await new Promise((resolve) => setTimeout(resolve, 20));
      }
      expect((await counters(api)).entries).toBe(0);
    } finally {
      await api.registry.db.raw("UPDATE agreements SET title = rtrim(title) WHERE code = 'dwp-la-mou-2017'");
    }
  });

  it("does not cache an unknown code's error: it stays an error naming the code", async () => {
    for (let i = 0; i < 2; i++) {
      const body = JSON.parse(await answer(api, { ...RTI_FOR_HB, dataItems: ["rti.no-such-item"] }));
      expect(body.errors[0].message).toContain('unknown dataItems code "rti.no-such-item"');
    }
  });
});

it("decides every request afresh with REGISTRY_DECISION_CACHE=0", async () => {
  const api = await startTestRegistry({ REGISTRY_DECISION_CACHE: "0" });
  try {
    for (let i = 0; i < 3; i++) await answer(api, RTI_FOR_HB);
    expect(await counters(api)).toMatchObject({ hits: 0, misses: 3 });
  } finally {
    await api.stop();
  }
});
