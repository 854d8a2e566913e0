import { deflateRawSync } from "node:zlib";
import { sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { DatabaseHandle } from "../../src/db/client.js";
import { auditLog } from "../../src/db/tables/index.js";
import { pgArrayLiteral } from "../../src/db/arrays.js";
import {
  type AuditEntry,
  appendAudit,
  canonicalJson,
  decisionsText,
  entryHash,
  hashInput,
  sha256,
  verifyAuditChain,
} from "../../src/modules/audit/chain.js";
import { openTestDatabase } from "../support/database.js";

// Awkward text an array literal must carry intact: quotes, backslashes, separators, braces, NULL.
const awkward = ["plain", 'say "hi"', "back\\slash", "a,b", "{braces}", "NULL", "", " spaced ", "dwp→la-ü"];

let handle: DatabaseHandle;
let close: () => Promise<void>;
beforeAll(async () => {
  ({ handle, close } = await openTestDatabase());
});
afterAll(() => close?.());

describe("canonical JSON", () => {
  it("sorts keys at every depth, drops undefined properties and keeps array order", () => {
    const value = { b: 1, a: [{ d: undefined, c: "x→y" }, null, undefined], e: null, f: { z: true, y: '"q"' } };
    expect(canonicalJson(value)).toBe('{"a":[{"c":"x→y"},null,null],"b":1,"e":null,"f":{"y":"\\"q\\"","z":true}}');
    expect(hashInput(value)).toBe(hashInput({ f: { y: '"q"', z: true }, e: null, a: value.a, b: 1 }));
    expect(sha256("abc")).toBe("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
  });
});

describe("appending to the audit chain", () => {
  it("passes arrays as literals PostgreSQL reads back exactly", async () => {
    const values = [...awkward, null];
    const result = await handle.db.execute(
      sql`SELECT v FROM unnest(${pgArrayLiteral(values)}::text::text[]) WITH ORDINALITY AS t(v, n) ORDER BY n`,
    );
    const rows = ((result as { rows?: unknown }).rows ?? result) as { v: string | null }[];
    expect(rows.map((r) => r.v)).toEqual(values);
  });

  it("stores a batch of entries exactly, in order, chained", async () => {
    const entries: AuditEntry[] = awkward.map((text, i) => ({
      kind: "DECISION",
      principal: text,
      role: "service",
      operation: "resolvePermission",
      subject: i % 2 ? null : `${text}→b`,
      inputHash: String(i).repeat(64).slice(0, 64),
      outcome: `PERMITTED@${i}`,
      recordedAt: new Date(Date.UTC(2026, 0, 1, 0, 0, i, 123)),
    }));
    await handle.db.transaction((tx) => appendAudit(tx, entries.slice(0, 3)));
    await handle.db.transaction((tx) => appendAudit(tx, entries.slice(3)));
    const stored = await handle.db.select().from(auditLog).orderBy(auditLog.seq);
    expect(stored.map((r) => [r.principal, r.subject, r.outcome, r.recordedAt.toISOString()])).toEqual(
      entries.map((e) => [e.principal, e.subject, e.outcome, e.recordedAt.toISOString()]),
    );
    expect(stored.map((r) => r.seq)).toEqual(entries.map((_, i) => i + 1));
    expect(await verifyAuditChain(handle.db)).toMatchObject({ intact: true, entriesChecked: entries.length });
  });

  it("stores a DECISION entry's decisions compressed, inflating to the exact JSON text it hashed, however awkward", async () => {
    const decisions = awkward.map((text, i) => ({
      recordedAt: new Date(Date.UTC(2026, 0, 2, 0, 0, i)).toISOString(),
      principal: text,
      role: "service",
      provider: text,
      recipient: `${text}→b`,
      inputHash: hashInput({ text }),
      outcome: i % 2 ? "DENIED" : "PERMITTED",
      registryRevision: i,
    }));
    const text = JSON.stringify(decisions);
    const entry: AuditEntry = {
      kind: "DECISION",
      principal: "service",
      role: "service",
      operation: "resolvePermission",
      subject: `${decisions.length} decisions`,
      inputHash: sha256(text),
      outcome: "PERMITTED 5, DENIED 4",
      recordedAt: new Date(),
      decisions: deflateRawSync(text),
    };
    await handle.db.transaction((tx) => appendAudit(tx, [entry]));
    const [stored] = await handle.db
      .select()
      .from(auditLog)
      .orderBy(sql`${auditLog.seq} DESC`)
      .limit(1);
    expect(stored.decisions).toBeNull();
    expect(stored.decisionsDeflated?.equals(entry.decisions as Buffer)).toBe(true);
    expect(decisionsText({ decisionsJson: null, decisionsDeflated: stored.decisionsDeflated })).toBe(text);
    expect(await verifyAuditChain(handle.db)).toMatchObject({ intact: true });
  });

  it("still reads and verifies entries written before compression, with their decisions as json", async () => {
    const [tail] = await handle.db
      .select()
      .from(auditLog)
      .orderBy(sql`${auditLog.seq} DESC`)
      .limit(1);
    const text = JSON.stringify([{ principal: "svc", outcome: "PERMITTED", inputHash: hashInput({ a: 1 }) }]);
    const entry: AuditEntry = {
      kind: "DECISION",
      principal: "svc",
      role: "service",
      operation: "resolvePermission",
      subject: "1 decision",
      inputHash: sha256(text),
      outcome: "PERMITTED 1",
      recordedAt: new Date(Date.UTC(2026, 0, 3)),
    };
    const seq = tail.seq + 1;
    await handle.raw(
      `INSERT INTO audit_log (seq, recorded_at, kind, principal, role, operation, subject, input_hash, outcome, prev_hash, hash, decisions)
       VALUES ($1, $2, 'DECISION', 'svc', 'service', 'resolvePermission', '1 decision', $3, 'PERMITTED 1', $4, $5, $6::json)`,
      [seq, entry.recordedAt.toISOString(), entry.inputHash, tail.hash, entryHash(tail.hash, seq, entry), text],
    );
    const [{ decisions_json: json }] = await handle.raw(
      `SELECT decisions::text AS decisions_json FROM audit_log WHERE seq = ${seq}`,
    );
    expect(decisionsText({ decisionsJson: json as string, decisionsDeflated: null })).toBe(text);
    expect(await verifyAuditChain(handle.db)).toMatchObject({ intact: true, entriesChecked: seq });
    // One form or the other, never both.
    await expect(
      handle.raw(
        `INSERT INTO audit_log (seq, recorded_at, kind, principal, role, operation, subject, input_hash, outcome, prev_hash, hash, decisions, decisions_deflated)
         SELECT seq + 1, recorded_at, kind, principal, role, operation, subject, input_hash, outcome, hash, hash, decisions, '\\x00'
         FROM audit_log WHERE seq = ${seq}`,
      ),
    ).rejects.toThrow(/audit_log_decisions_once/);
  });
});
