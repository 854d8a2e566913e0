import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { DatabaseHandle } from "../../src/db/client.js";
import { type PermissionQuery, evaluate } from "../../src/modules/permission/evaluate.js";
import {
  type AgreementFact,
  ANY_RECIPIENT,
  type Snapshot,
  type SnapshotRows,
  WHOLE_AGREEMENT,
  ReleasedRowsError,
  compileSnapshot,
  releaseRows,
} from "../../src/modules/permission/snapshot.js";
import {
  type SnapshotSource,
  loadSnapshotSource,
  refreshSnapshotSource,
  snapshotRows,
} from "../../src/modules/permission/snapshot.repository.js";
import { SnapshotStore } from "../../src/modules/permission/snapshot.store.js";
import { seedDatabase } from "../../src/seed/load.js";
import { openTestDatabase } from "../support/database.js";

let handle: DatabaseHandle;
let close: () => Promise<void>;
let source: SnapshotSource;
let snapshot: Snapshot;
beforeAll(async () => {
  ({ handle, close } = await openTestDatabase());
  await seedDatabase(handle);
});
afterAll(() => close?.());

/** Every table's rows, order aside: what a snapshot is compiled from. */
function canonical(rows: SnapshotRows) {
  const { readAt: _readAt, ...tables } = rows;
  return Object.fromEntries(
    Object.entries(tables).map(([name, value]) => [
      name,
      Array.isArray(value) ? value.map((row) => JSON.stringify(row)).sort() : value,
    ]),
  );
}

/** Organisation ids by the keys a snapshot gave them. */
function idsByKey(s: Snapshot): (key: number) => string {
  const ids = new Map([...s.orgs.values()].map((o) => [o.key, o.id]));
  return (key) => ids.get(key) ?? `?${key}`;
}

/** A compiled snapshot's facts, order aside. */
function facts(s: Snapshot) {
  const sorted = (values: Iterable<string>) => [...values].sort();
  // Keys are positions in one snapshot's catalogue: compared as the ids they stand for.
  const orgId = idsByKey(s);
  const annexId = (a: AgreementFact, key: number) =>
    [...a.annexes.values()].find((x) => x.key === key)?.id ?? (key === WHOLE_AGREEMENT ? "whole" : `?${key}`);
  return {
    revision: s.revision,
    purposes: sorted([...s.purposes.values()].map((p) => `${p.id}:${p.code}:${p.name}`)),
    rules: sorted(
      s.rules.map((r) =>
        JSON.stringify([
          r.id,
          r.code,
          r.agreement.id,
          r.annex?.id ?? null,
          r.providerId,
          r.recipientId,
          orgId(r.providerKey),
          r.recipientKey === ANY_RECIPIENT ? null : orgId(r.recipientKey),
          r.effect,
          sorted(r.purposeIds),
          sorted(r.itemIds),
          sorted(r.channelIds),
          r.gateways.map((g) => [g?.id, g?.closureFrom, g?.closureTo]),
          r.conditions,
          r.providerProvides,
          r.description,
        ]),
      ),
    ),
    agreements: sorted(
      [...s.agreements.values()].map((a) =>
        JSON.stringify([
          a.id,
          a.status,
          a.live,
          a.effectiveTo,
          a.endedOn,
          a.startDay,
          a.stopDay,
          sorted([...a.roles].map(([key, roles]) => `${orgId(key)}:${roles}`)),
          sorted([...a.signed].map(([key, annexes]) => `${orgId(key)}:${sorted(annexes.map((k) => annexId(a, k)))}`)),
          sorted(a.restrictions.map((x) => `${x.code}:${x.description}`)),
        ]),
      ),
    ),
  };
}

/** Every rule's own flow asked on two dates, decided by a snapshot: outcome, grants and denials, order aside. */
function decisions(s: Snapshot, on: Snapshot) {
  const code = (map: Map<string, { code: string }>, id: string) => map.get(id)?.code ?? id;
  const queries: PermissionQuery[] = on.rules.flatMap((r) => {
    const recipients = r.recipientId ? [r.recipientId] : [...r.agreement.signed.keys()].slice(0, 2).map(idsByKey(on));
    return recipients.flatMap((recipient) =>
      ["2012-06-01", "2019-06-01"].map((at) => ({
        provider: code(on.orgs, r.providerId),
        recipient: code(on.orgs, recipient),
        purpose: code(on.purposes, r.purposeIds[0] ?? ""),
        dataItems: r.itemIds.slice(0, 1).map((id) => code(on.items, id)),
        at,
      })),
    );
  });
  return queries
    .filter((q) => s.purposeByCode.has(q.purpose) && q.dataItems.every((i) => s.itemByCode.has(i)))
    .map((q) => {
      const d = evaluate(s, q);
      return [
        d.outcome,
        d.grants.map((g) => g.rule.code).sort(),
        d.denials.map((x) => `${x.code}: ${x.reason}`).sort(),
      ];
    });
}

/**
 * The refresh re-reads exactly what changed: those agreements' rows match a full read's, and every
 * other agreement keeps the previous rows object (released once compiled, as the snapshot store
 * does), whose reused facts must compile to what a full read does. Returns the rows it re-read.
 */
async function expectRefreshToMatchFullRead(previous: SnapshotSource): Promise<SnapshotRows> {
  const refreshed = await refreshSnapshotSource(handle.db, previous);
  const full = await loadSnapshotSource(handle.db);
  expect([...refreshed.agreements.keys()].sort()).toEqual([...full.agreements.keys()].sort());
  const reRead = (s: SnapshotSource): SnapshotSource => ({
    ...s,
    agreements: new Map(
      [...s.agreements].filter(([id]) => refreshed.agreements.get(id) !== previous.agreements.get(id)),
    ),
  });
  const rows = snapshotRows(reRead(refreshed));
  expect(canonical(rows)).toEqual(canonical(snapshotRows(reRead(full))));
  // Compiled from the previous snapshot (unchanged agreements reused) or from scratch: the same.
  const rebuilt = compileSnapshot(refreshed, snapshot);
  releaseRows(refreshed);
  const fresh = compileSnapshot(full);
  expect(facts(rebuilt)).toEqual(facts(fresh));
  expect(decisions(rebuilt, fresh)).toEqual(decisions(fresh, fresh));
  source = refreshed;
  snapshot = rebuilt;
  return rows;
}

const one = async (sql: string) => (await handle.raw(sql))[0];

describe("refreshing snapshot rows", () => {
  it("re-reads only what changed, by whatever path, and ends where a full read does", async () => {
    source = await loadSnapshotSource(handle.db);
    snapshot = compileSnapshot(source);
    releaseRows(source);
    // Nothing changed: the same rows come back.
    let rows = await expectRefreshToMatchFullRead(source);

    const rule = (await one("SELECT id, agreement_id FROM flow_rules ORDER BY code LIMIT 1")) as {
      id: string;
      agreement_id: string;
    };
    // Each statement reaches the agreement by a different column: its id, agreement_id, flow_rule_id.
    await handle.raw("UPDATE agreements SET effective_to = '2030-01-01' WHERE id = $1", [rule.agreement_id]);
    await handle.raw("UPDATE restrictions SET description = description || ' (amended)'");
    await handle.raw("DELETE FROM flow_rule_purposes WHERE flow_rule_id = $1", [rule.id]);
    const before = snapshot;
    rows = await expectRefreshToMatchFullRead(source);
    expect(rows.agreements.find((a) => a.id === rule.agreement_id)?.effectiveTo).toBe("2030-01-01");
    // The rebuild compiled again only the agreements that changed; the others' facts were reused.
    const restricted = new Set(rows.restrictions.map((x) => x.agreementId));
    for (const [id, agreement] of snapshot.agreements) {
      const changed = id === rule.agreement_id || restricted.has(id);
      expect([id, agreement === before.agreements.get(id)]).toEqual([id, !changed]);
    }
    expect(snapshot.agreements.get(rule.agreement_id)?.effectiveTo).toBe("2030-01-01");

    // A rule removed with everything that hangs off it (cascade), and a condition reworded.
    const other = (await one("SELECT id FROM flow_rules ORDER BY code DESC LIMIT 1")) as { id: string };
    await handle.raw("DELETE FROM flow_rules WHERE id = $1", [other.id]);
    await handle.raw("UPDATE conditions SET description = 'reworded' WHERE kind = 'PRECONDITION'");
    rows = await expectRefreshToMatchFullRead(source);
    expect(rows.rules.some((r) => r.id === other.id)).toBe(false);
    expect(rows.ruleItems.some((r) => r.flowRuleId === other.id)).toBe(false);

    // A catalogue change may concern any agreement: the refresh falls back to a full read.
    await handle.raw("UPDATE purposes SET name = name || ' (renamed)' WHERE parent_id IS NULL");
    rows = await expectRefreshToMatchFullRead(source);
    expect(rows.purposes.some((p) => p.name.endsWith("(renamed)"))).toBe(true);

    // So does a TRUNCATE, which names no rows.
    await handle.raw("TRUNCATE flow_rule_channels");
    rows = await expectRefreshToMatchFullRead(source);
    expect(rows.ruleChannels).toEqual([]);
  });
});

describe("releasing compiled rows", () => {
  it("keeps an agreement's rows only as the key its facts are reused by, and never compiles them empty", async () => {
    const read = await loadSnapshotSource(handle.db);
    const compiled = compileSnapshot(read);
    const [id, rows] = [...read.agreements].find(([, r]) => r.rules.length > 0) ?? [];
    releaseRows(read);
    expect(rows?.rules).toEqual([]);
    expect(snapshotRows(read).ruleItems).toEqual([]);
    // With the snapshot they were compiled into, the facts are reused as they were...
    const again = compileSnapshot(read, compiled);
    expect(again.agreements.get(id ?? "")).toBe(compiled.agreements.get(id ?? ""));
    expect(facts(again)).toEqual(facts(compiled));
    // ...without it, compiling them would lose every rule: it refuses.
    expect(() => compileSnapshot(read)).toThrow(ReleasedRowsError);
  });
});

describe("the snapshot store", () => {
  it("reads everything again when released rows cannot be reused, rather than failing or losing rules", async () => {
    const store = new SnapshotStore(handle);
    await store.start();
    try {
      const first = await store.current();
      // A source whose catalogue is not the one the snapshot was compiled against: none of its
      // agreements' released rows can stand in for their facts.
      const internals = store as unknown as { source: SnapshotSource };
      internals.source = { ...internals.source, catalogue: { ...internals.source.catalogue } };
      const agreement = (await one("SELECT id FROM agreements ORDER BY code LIMIT 1")) as { id: string };
      await handle.raw("UPDATE agreements SET title = title || ' (retitled)' WHERE id = $1", [agreement.id]);
      const rebuilt = await store.current();
      expect(rebuilt.revision).toBeGreaterThan(first.revision);
      expect(rebuilt.agreements.get(agreement.id)?.title).toMatch(/\(retitled\)$/);
      expect(facts(rebuilt)).toEqual(facts(compileSnapshot(await loadSnapshotSource(handle.db))));
    } finally {
      await store.stop();
    }
  });
});
