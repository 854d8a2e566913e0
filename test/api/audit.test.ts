import { deflateRawSync, inflateRawSync } from "node:zlib";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { appendAudit, hashInput, sha256 } from "../../src/modules/audit/chain.js";
import {
  AgreementUpdateTermsDocument,
  AuditLogDocument,
  ResolvePermissionsDocument,
  VerifyAuditChainDocument,
} from "../generated/graphql.js";
import { baseOf, HO_TO_DWP, mutate, ok, renewPmou } from "../support/lifecycle.js";
import { startTestRegistry, type TestRegistry } from "../support/registry.js";

let api: TestRegistry;
const code = "ho-dwp-pmou-euss-2028";
beforeAll(async () => {
  api = await startTestRegistry();
});
afterAll(() => api?.stop());

async function allEntries() {
  const entries = [];
  let after: string | null | undefined;
  for (;;) {
    const { data } = await api.query(AuditLogDocument, { first: 100, after }, "admin");
    const page = data?.auditLog;
    entries.push(...(page?.nodes ?? []));
    if (!page?.pageInfo.hasNextPage) return entries;
    after = page.pageInfo.endCursor;
  }
}

const verify = async () => (await api.query(VerifyAuditChainDocument, {}, "admin")).data?.verifyAuditChain;

describe("the audit log", () => {
  it("records every mutation, refused or not, with principal, role, operation, outcome and only a hash of the inputs", async () => {
    await renewPmou(api, code);
    const input = {
      agreement: code,
      baseRevision: await baseOf(api, code),
      reason: "Contact: jane.doe@example.gov.uk",
      title: "Renewed PMoU",
    };
    await ok(api, AgreementUpdateTermsDocument, input);
    const stale = await mutate(api, AgreementUpdateTermsDocument, input, "admin");
    expect(stale.userErrors[0].code).toBe("STALE_REVISION");

    const entries = await allEntries();
    const mine = entries.filter((e) => e.subject === code);
    expect(mine.map((e) => [e.operation, e.principal, e.role, e.outcome])).toEqual([
      ["agreementCreateFrom", "drafter", "drafter", "OK"],
      ["agreementUpdateTerms", "drafter", "drafter", "OK"],
      ["agreementUpdateTerms", "admin", "admin", "REFUSED:STALE_REVISION"],
    ]);
    expect(mine[1].inputHash).toBe(hashInput(input));
    expect(JSON.stringify(entries)).not.toMatch(/jane\.doe/);
    // Chained: each entry carries the hash of the one before it.
    entries.slice(1).forEach((e, i) => expect(e.prevHash).toBe(entries[i].hash));
    expect(entries.map((e) => e.seq)).toEqual(entries.map((_, i) => i + 1));
  });

  /** The decisions recorded since `before` entries, in order, with the entries recording them. */
  async function decisionsSince(before: number) {
    const entries = (await allEntries()).filter((e) => e.kind === "DECISION").slice(before);
    return { entries, decisions: entries.flatMap((e) => e.decisions ?? []) };
  }
  const decisionEntries = async () => (await allEntries()).filter((e) => e.kind === "DECISION").length;

  it("logs every permission decision, batched off the hot path into chained entries that hash them", async () => {
    const before = await decisionEntries();
    const requests = ["2020-01-01", "2020-06-01", "2030-01-01"].map((at) => ({ ...HO_TO_DWP, at }));
    const { data } = await api.query(ResolvePermissionsDocument, { requests }, "service");
    expect(data?.resolvePermissions.map((d) => d.outcome)).toEqual(["PERMITTED", "PERMITTED", "DENIED"]);
    await api.registry.decisions.flush();
    const { entries, decisions } = await decisionsSince(before);
    expect(entries).toHaveLength(1);
    expect(entries[0]).toMatchObject({
      principal: "service",
      role: "service",
      operation: "resolvePermission",
      subject: "3 decisions",
      outcome: "PERMITTED 2, DENIED 1",
    });
    // The entry's input hash is the hash of the decisions' JSON exactly as stored (deflated).
    const [stored] = await api.registry.db.raw(
      "SELECT decisions, decisions_deflated, input_hash FROM audit_log WHERE seq = $1",
      [entries[0].seq],
    );
    expect(stored.decisions).toBeNull();
    const text = inflateRawSync(stored.decisions_deflated as Uint8Array).toString("utf8");
    expect(sha256(text)).toBe(stored.input_hash);
    // Stored: each request as asked, and no per-decision hash (the API derives it from the request).
    expect(
      (JSON.parse(text) as { request: unknown; inputHash?: string }[]).map((d) => [d.request, d.inputHash]),
    ).toEqual(requests.map((r) => [r, undefined]));
    expect(decisions.map((d) => [d.principal, d.role, d.provider, d.recipient, d.outcome, d.inputHash])).toEqual(
      requests.map((r, i) => [
        "service",
        "service",
        "home-office",
        "dwp",
        i < 2 ? "PERMITTED" : "DENIED",
        hashInput(r),
      ]),
    );
    // What was asked is kept: every code and the date, so a DPO reads it without holding the request.
    expect(decisions.map((d) => d.request)).toEqual(
      requests.map((r) => ({ ...r, channel: null, processingCountry: null, factKeys: [] })),
    );
    expect(decisions[0].registryRevision).toBe(data?.resolvePermissions[0].registryRevision);
    expect(Date.parse(decisions[0].recordedAt)).toBeLessThanOrEqual(Date.now());
  });

  it("keeps the keys of facts a caller asserted but not their values, and hashes the request with them", async () => {
    const before = await decisionEntries();
    const asked = {
      ...HO_TO_DWP,
      at: "2020-01-01",
      channel: "secure-email",
      facts: [{ key: "case-reference", value: "HO-CASE-77341-JONES" }],
    };
    const plain = { ...HO_TO_DWP, at: "2020-01-02" };
    await api.query(ResolvePermissionsDocument, { requests: [asked, plain] }, "service");
    await api.registry.decisions.flush();
    const { entries, decisions } = await decisionsSince(before);
    expect(decisions.map((d) => [d.request?.factKeys, d.request?.channel, d.inputHash])).toEqual([
      [["case-reference"], "secure-email", hashInput(asked)],
      [[], null, hashInput(plain)],
    ]);
    const [stored] = await api.registry.db.raw("SELECT decisions_deflated FROM audit_log WHERE seq = $1", [
      entries[0].seq,
    ]);
    const text = inflateRawSync(stored.decisions_deflated as Uint8Array).toString("utf8");
    expect(text).toContain("case-reference");
    expect(text).not.toContain("HO-CASE-77341");
    expect(JSON.stringify(await allEntries())).not.toContain("HO-CASE-77341");
  });

  it("still shows decisions recorded before requests were kept, with their stored hashes", async () => {
    const legacy = [
      {
        recordedAt: "2026-11-30T09:00:00.000Z",
        principal: "service",
        role: "service",
        provider: "dwp",
        recipient: "la-england-sample",
        inputHash: hashInput({ provider: "dwp", recipient: "la-england-sample", purpose: "hb-administration" }),
        outcome: "PERMITTED",
        registryRevision: 7,
      },
    ];
    const text = JSON.stringify(legacy);
    await api.registry.db.db.transaction((tx) =>
      appendAudit(tx, [
        {
          kind: "DECISION",
          principal: "service",
          role: "service",
          operation: "resolvePermission",
          subject: "1 decision",
          inputHash: sha256(text),
          outcome: "PERMITTED 1",
          recordedAt: new Date(),
          decisions: deflateRawSync(Buffer.from(text)),
        },
      ]),
    );
    const last = (await allEntries()).at(-1);
    expect(last?.decisions).toEqual([{ ...legacy[0], request: null }]);
    expect(await verify()).toMatchObject({ intact: true });
  });

  it("writes a backlog larger than one entry holds in order, chained", async () => {
    await api.registry.decisions.stop(); // no timer: the whole backlog goes in one flush
    const before = await decisionEntries();
    const dates = Array.from({ length: 100 }, (_, i) => `20${String(10 + (i % 20)).padStart(2, "0")}-06-01`);
    const calls = 11; // 1,100 decisions: more than the 1,000 one entry records
    for (let call = 0; call < calls; call++) {
      const { data } = await api.query(
        ResolvePermissionsDocument,
        { requests: dates.map((at) => ({ ...HO_TO_DWP, at })) },
        "service",
      );
      expect(data?.resolvePermissions).toHaveLength(100);
    }
    expect(api.registry.decisions.backlog).toBe(calls * 100);
    await api.registry.decisions.flush();
    api.registry.decisions.start();
    const { entries, decisions } = await decisionsSince(before);
    expect(entries.map((e) => e.decisions?.length)).toEqual([1000, 100]);
    expect(decisions.map((d) => d.inputHash)).toEqual(
      Array.from({ length: calls }).flatMap(() => dates.map((at) => hashInput({ ...HO_TO_DWP, at }))),
    );
    expect(await verify()).toMatchObject({ intact: true });
  });

  it("holds permission requests while the decision log is too far behind, then answers them", async () => {
    await api.registry.decisions.stop(); // nothing writes on its own: the backlog grows as under overload
    const requests = Array.from({ length: 100 }, () => ({ ...HO_TO_DWP, at: "2020-01-01" }));
    const { limit } = api.registry.decisions;
    while (api.registry.decisions.backlog < limit) {
      await api.query(ResolvePermissionsDocument, { requests }, "service");
    }
    const { data, errors } = await api.query(ResolvePermissionsDocument, { requests }, "service");
    expect(errors).toBeUndefined();
    expect(data?.resolvePermissions.map((d) => d.outcome)).toEqual(requests.map(() => "PERMITTED"));
    // Unheld, the stopped log would now hold 100 more; held, it was answered once the writer had
    // brought the backlog under the limit (its first transaction), not after writing all of it.
    expect(api.registry.decisions.backlog).toBeLessThan(limit + 100);
    await api.registry.decisions.flush();
    api.registry.decisions.start();
    expect(await verify()).toMatchObject({ intact: true });
  });

  it("refuses permission requests it cannot record, naming why, and answers again once the audit chain can be written", async () => {
    const refusing = await startTestRegistry({ REGISTRY_DECISION_WAIT_MS: "200" });
    try {
      await refusing.registry.decisions.stop();
      // The database itself refuses DECISION entries, as a full disk or a lost grant would.
      await refusing.registry.db.raw(`CREATE FUNCTION refuse_decisions() RETURNS trigger LANGUAGE plpgsql AS
        $$ BEGIN RAISE EXCEPTION 'audit_log is not writable'; END $$`);
      await refusing.registry.db.raw(`CREATE TRIGGER refuse_decisions BEFORE INSERT ON audit_log FOR EACH ROW
        WHEN (NEW.kind = 'DECISION') EXECUTE FUNCTION refuse_decisions()`);
      const requests = Array.from({ length: 100 }, () => ({ ...HO_TO_DWP, at: "2020-01-01" }));
      const { limit } = refusing.registry.decisions;
      while (refusing.registry.decisions.backlog < limit) {
        await refusing.query(ResolvePermissionsDocument, { requests }, "service");
      }
      const { data, errors, status } = await refusing.query(ResolvePermissionsDocument, { requests }, "service");
      expect(status).toBe(503);
      expect(data).toBeNull();
      expect(errors?.[0]).toMatchObject({
        message: expect.stringMatching(new RegExp(`audit log is ${limit} decisions behind .* try again`)),
        extensions: { code: "SERVICE_UNAVAILABLE", backlog: limit },
      });
      expect(refusing.registry.decisions.backlog).toBe(limit);

      await refusing.registry.db.raw("DROP TRIGGER refuse_decisions ON audit_log");
      const again = await refusing.query(ResolvePermissionsDocument, { requests }, "service");
      expect(again.errors).toBeUndefined();
      await refusing.registry.decisions.flush();
      const [{ n }] = await refusing.registry.db.raw(
        "SELECT coalesce(sum(split_part(subject, ' ', 1)::int), 0)::int AS n FROM audit_log WHERE kind = 'DECISION'",
      );
      expect(n).toBe(limit + 100);
    } finally {
      await refusing.stop();
    }
  });

  it("flushes what is pending when the service stops", async () => {
    await api.query(ResolvePermissionsDocument, { requests: [{ ...HO_TO_DWP, at: "2020-01-01" }] }, "service");
    const [{ n: before }] = await api.registry.db.raw(
      "SELECT count(*)::int AS n FROM audit_log WHERE kind = 'DECISION'",
    );
    await api.registry.decisions.stop();
    const [{ n: after }] = await api.registry.db.raw(
      "SELECT count(*)::int AS n FROM audit_log WHERE kind = 'DECISION'",
    );
    expect(api.registry.decisions.backlog).toBe(0);
    expect(after).toBeGreaterThan(before as number);
    api.registry.decisions.start();
  });

  it("is for admins only", async () => {
    for (const role of ["reader", "drafter", "approver", "service"] as const) {
      const { errors } = await api.query(AuditLogDocument, { first: 1 }, role);
      expect(errors?.[0].extensions?.code).toBe("UNAUTHORIZED");
    }
  });

  it("is append-only, and verifyAuditChain reports the first entry altered or removed behind the database's back", async () => {
    await expect(api.registry.db.raw("UPDATE audit_log SET outcome = 'OK'")).rejects.toThrow(
      /audit_log is append-only/,
    );
    await expect(api.registry.db.raw("DELETE FROM audit_log")).rejects.toThrow(/append-only/);
    expect(await verify()).toMatchObject({ intact: true, firstBrokenSeq: null });
    const total = (await allEntries()).length;

    // An administrator with the database's own powers switches the guard off and rewrites an outcome.
    const [{ outcome }] = await api.registry.db.raw("SELECT outcome FROM audit_log WHERE seq = 3");
    await api.registry.db.raw("ALTER TABLE audit_log DISABLE TRIGGER audit_log_append_only");
    await api.registry.db.raw("UPDATE audit_log SET outcome = 'FORGED' WHERE seq = 3");
    const altered = await verify();
    expect(altered).toMatchObject({ intact: false, firstBrokenSeq: 3, entriesChecked: 2 });
    expect(altered?.problem).toMatch(/entry 3 was altered/);

    await api.registry.db.raw("UPDATE audit_log SET outcome = $1 WHERE seq = 3", [outcome]);
    expect(await verify()).toMatchObject({ intact: true, entriesChecked: total });
    // A decision inside a DECISION entry rewritten: the entry's input hash no longer covers it.
    const [{ seq: batch, decisions_deflated: deflated }] = await api.registry.db.raw(
      "SELECT seq, decisions_deflated FROM audit_log WHERE decisions_deflated IS NOT NULL ORDER BY seq LIMIT 1",
    );
    const forged = JSON.parse(inflateRawSync(deflated as Uint8Array).toString("utf8"));
    forged[0].outcome = "FORGED";
    const rewrite = (bytes: Uint8Array) =>
      api.registry.db.raw("UPDATE audit_log SET decisions_deflated = decode($1, 'base64') WHERE seq = $2", [
        Buffer.from(bytes).toString("base64"),
        batch,
      ]);
    await rewrite(deflateRawSync(JSON.stringify(forged)));
    expect(await verify()).toMatchObject({
      intact: false,
      firstBrokenSeq: Number(batch),
      problem: `entry ${batch} was altered: its decisions no longer match its input hash`,
    });
    await rewrite(Buffer.from("not deflate at all"));
    expect(await verify()).toMatchObject({
      intact: false,
      firstBrokenSeq: Number(batch),
      problem: `entry ${batch} was altered: its decisions cannot be read`,
    });
    await rewrite(deflated as Uint8Array);
    expect(await verify()).toMatchObject({ intact: true });
    await api.registry.db.raw("DELETE FROM audit_log WHERE seq = 2");
    expect(await verify()).toMatchObject({ intact: false, firstBrokenSeq: 2, problem: "entry 2 is missing" });
    await api.registry.db.raw("ALTER TABLE audit_log ENABLE TRIGGER audit_log_append_only");
  });
});
