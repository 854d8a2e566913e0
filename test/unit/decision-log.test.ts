import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { DatabaseHandle } from "../../src/db/client.js";
import { createLogger } from "../../src/logger.js";
import { hashInput, verifyAuditChain } from "../../src/modules/audit/chain.js";
import type { DecisionDigest } from "../../src/db/tables/index.js";
import {
  DecisionLog,
  DecisionLogBehind,
  type DecisionRecord,
  inputHashOf,
} from "../../src/modules/audit/decision-log.js";
import { openTestDatabase } from "../support/database.js";

let handle: DatabaseHandle;
let close: () => Promise<void>;
beforeAll(async () => {
  ({ handle, close } = await openTestDatabase());
});
afterAll(() => close?.());

const logger = createLogger("silent");

const decision = (n: number): DecisionRecord => ({
  principal: "svc",
  role: "service",
  request: { provider: "dwp", recipient: `la-${n}`, purpose: "hb-administration", dataItems: ["rti.paye-data"] },
  outcome: n % 3 ? "PERMITTED" : "DENIED",
  registryRevision: 1,
  at: Date.UTC(2026, 0, 1) + n,
});

/** Every decision written so far, in chain order, as the input hash of its request. */
async function writtenHashes(): Promise<string[]> {
  const rows = await handle.raw("SELECT decisions_deflated FROM audit_log WHERE kind = 'DECISION' ORDER BY seq");
  const { inflateRawSync } = await import("node:zlib");
  return rows.flatMap((r) =>
    (JSON.parse(inflateRawSync(r.decisions_deflated as Buffer).toString("utf8")) as DecisionDigest[]).map(inputHashOf),
  );
}

const until = async (done: () => Promise<boolean>) => {
  for (let i = 0; i < 200 && !(await done()); i++) await new Promise((r) => setTimeout(r, 10));
};

describe("the decision log", () => {
  it("writes a transaction's worth (four chunks) at once while started, without waiting for its timer", async () => {
    const log = new DecisionLog(handle, logger, { intervalMs: 3_600_000, chunk: 10 });
    log.start();
    const before = (await writtenHashes()).length;
    for (let n = 0; n < 39; n++) log.record(decision(n));
    expect(log.backlog).toBe(39);
    log.record(decision(39));
    await until(async () => log.backlog === 0);
    expect(log.backlog).toBe(0);
    expect((await writtenHashes()).slice(before)).toEqual(
      Array.from({ length: 40 }, (_, n) => hashInput(decision(n).request)),
    );
    const [{ entries }] = await handle.raw(
      "SELECT count(*)::int AS entries FROM audit_log WHERE kind = 'DECISION' AND subject = '10 decisions'",
    );
    expect(entries).toBe(4);
    await log.stop();
  });

  it("keeps an entry's decisions as one JSON list, in order, hashed as written, however many it holds", async () => {
    // 450 decisions: serialised a slice at a time between turns of the event loop, then joined.
    const log = new DecisionLog(handle, logger, { chunk: 1000 });
    for (let n = 0; n < 450; n++) log.record(decision(n));
    await log.flush();
    const [stored] = await handle.raw(
      "SELECT decisions_deflated, input_hash FROM audit_log WHERE kind = 'DECISION' ORDER BY seq DESC LIMIT 1",
    );
    const { inflateRawSync } = await import("node:zlib");
    const text = inflateRawSync(stored.decisions_deflated as Buffer).toString("utf8");
    const { createHash } = await import("node:crypto");
    expect(createHash("sha256").update(text).digest("hex")).toBe(stored.input_hash);
    const decisions = JSON.parse(text) as DecisionDigest[];
    expect(decisions.map(inputHashOf)).toEqual(Array.from({ length: 450 }, (_, n) => hashInput(decision(n).request)));
    expect(decisions.map((d) => d.outcome)).toEqual(Array.from({ length: 450 }, (_, n) => decision(n).outcome));
    expect((await verifyAuditChain(handle.db)).intact).toBe(true);
  });

  it("holds new requests once the backlog reaches its limit, and lets them on when the writer catches up", async () => {
    const log = new DecisionLog(handle, logger, { chunk: 10, limit: 25 });
    const before = (await writtenHashes()).length;
    // Not started: nothing writes on its own, so the backlog grows as it would under overload.
    for (let n = 0; n < 24; n++) log.record(decision(n));
    expect(log.admit()).toBeUndefined();
    log.record(decision(24));
    const held = log.admit();
    expect(held).toBeInstanceOf(Promise);
    let admitted = false;
    void held?.then(() => (admitted = true));
    expect(admitted).toBe(false);
    await held;
    // Let on as soon as the first chunk is written, not after the whole backlog.
    expect(log.backlog).toBeLessThan(25);
    await log.stop();
    expect(log.backlog).toBe(0);
    expect(log.admit()).toBeUndefined();
    expect((await writtenHashes()).slice(before)).toEqual(
      Array.from({ length: 25 }, (_, n) => hashInput(decision(n).request)),
    );
    expect(await verifyAuditChain(handle.db)).toMatchObject({ intact: true });
  });

  it("refuses, after its longest wait, when the audit chain cannot be written, and loses no decision", async () => {
    const gone = await openTestDatabase();
    await gone.close(); // every write now fails, as with a database that has gone away
    const log = new DecisionLog(gone.handle, logger, { chunk: 10, limit: 10, maxWaitMs: 100 });
    for (let n = 0; n < 10; n++) log.record(decision(n));
    const started = performance.now();
    const refused = await log.admit()?.catch((error: unknown) => error);
    expect(refused).toBeInstanceOf(DecisionLogBehind);
    expect((refused as Error).message).toMatch(/10 decisions behind/);
    expect(performance.now() - started).toBeGreaterThanOrEqual(95);
    expect(log.backlog).toBe(10);
  });
});

describe("a decision's entry", () => {
  it("keeps each request as it was asked: optional fields absent or null, facts by key only, text escaped", async () => {
    const asked: DecisionRecord[] = [
      { ...decision(1), request: { ...decision(1).request, channel: null, at: "2017-09-01" } },
      {
        ...decision(2),
        principal: 'svc "quoted" é \u2028',
        request: {
          ...decision(2).request,
          processingCountry: "GB",
          facts: [
            { key: "dpia-approved", value: "true" },
            { key: "ticket", value: "secret-value" },
          ],
        },
      },
      { ...decision(3), request: { ...decision(3).request, facts: null } },
    ];
    const log = new DecisionLog(handle, logger, { chunk: 10 });
    for (const d of asked) log.record(d);
    await log.flush();
    const [stored] = await handle.raw(
      "SELECT decisions_deflated, principal FROM audit_log WHERE kind = 'DECISION' ORDER BY seq DESC LIMIT 1",
    );
    const { inflateRawSync } = await import("node:zlib");
    const text = inflateRawSync(stored.decisions_deflated as Buffer).toString("utf8");
    expect(text).not.toContain("secret-value");
    const decisions = JSON.parse(text) as DecisionDigest[];
    expect(decisions).toEqual([
      {
        recordedAt: new Date(asked[0].at).toISOString(),
        principal: "svc",
        role: "service",
        request: { ...asked[0].request },
        outcome: asked[0].outcome,
        registryRevision: 1,
      },
      {
        recordedAt: new Date(asked[1].at).toISOString(),
        principal: 'svc "quoted" é \u2028',
        role: "service",
        request: {
          provider: "dwp",
          recipient: "la-2",
          purpose: "hb-administration",
          dataItems: ["rti.paye-data"],
          processingCountry: "GB",
          factKeys: ["dpia-approved", "ticket"],
        },
        inputHash: hashInput(asked[1].request),
        outcome: asked[1].outcome,
        registryRevision: 1,
      },
      {
        recordedAt: new Date(asked[2].at).toISOString(),
        principal: "svc",
        role: "service",
        request: { ...asked[2].request, facts: null },
        outcome: asked[2].outcome,
        registryRevision: 1,
      },
    ]);
    expect(Object.keys((decisions[0] as { request: object }).request)).not.toContain("processingCountry");
    expect(decisions.map(inputHashOf)).toEqual(asked.map((d) => hashInput(d.request)));
    expect(stored.principal).toBe('svc, svc "quoted" é \u2028');
  });
});
