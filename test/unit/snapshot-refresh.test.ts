import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { DatabaseHandle } from "../../src/db/client.js";
import type { SnapshotRows } from "../../src/modules/permission/snapshot.js";
import {
  type SnapshotSource,
  loadSnapshotRows,
  loadSnapshotSource,
  refreshSnapshotSource,
  snapshotRows,
} from "../../src/modules/permission/snapshot.repository.js";
import { seedDatabase } from "../../src/seed/load.js";
import { openTestDatabase } from "../support/database.js";

let handle: DatabaseHandle;
let close: () => Promise<void>;
let source: SnapshotSource;
beforeAll(async () => {
  ({ handle, close } = await openTestDatabase());
  await seedDatabase(handle);
});
afterAll(() => close?.());

/** Every table's rows, order aside: what compileSnapshot is a function of. */
function canonical(rows: SnapshotRows) {
  const { readAt: _readAt, ...tables } = rows;
  return Object.fromEntries(
    Object.entries(tables).map(([name, value]) => [
      name,
      Array.isArray(value) ? value.map((row) => JSON.stringify(row)).sort() : value,
    ]),
  );
}

async function expectRefreshToMatchFullRead(previous: SnapshotSource): Promise<SnapshotRows> {
  const refreshed = await refreshSnapshotSource(handle.db, previous);
  const rows = snapshotRows(refreshed);
  expect(canonical(rows)).toEqual(canonical(await loadSnapshotRows(handle.db)));
  source = refreshed;
  return rows;
}

const one = async (sql: string) => (await handle.raw(sql))[0];

describe("refreshing snapshot rows", () => {
  it("re-reads only what changed, by whatever path, and ends where a full read does", async () => {
    source = await loadSnapshotSource(handle.db);
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
    rows = await expectRefreshToMatchFullRead(source);
    expect(rows.agreements.find((a) => a.id === rule.agreement_id)?.effectiveTo).toBe("2030-01-01");

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
