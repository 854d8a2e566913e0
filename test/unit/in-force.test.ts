import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { agreementInForce, notInForce } from "../../src/modules/permission/rule-check.js";
import {
  type AgreementFact,
  type AgreementRows,
  compileSnapshot,
  dayNumber,
} from "../../src/modules/permission/snapshot.js";
import { type SnapshotSource, loadSnapshotSource } from "../../src/modules/permission/snapshot.repository.js";
import { seedDatabase } from "../../src/seed/load.js";
import { openTestDatabase } from "../support/database.js";

let source: SnapshotSource;
let close: () => Promise<void>;
beforeAll(async () => {
  const db = await openTestDatabase();
  close = db.close;
  await seedDatabase(db.handle);
  source = await loadSnapshotSource(db.handle.db);
});
afterAll(() => close?.());

/**
 * The seed's agreements, and copies of the first given each way an agreement stops being in force:
 * a draft, a suspension that resumed, one that has not, a termination by notice before expiry.
 */
function agreements(): AgreementFact[] {
  const [id, rows] = [...source.agreements].find(([, r]) => r.agreements[0]?.effectiveTo !== null) ?? [];
  if (!id || !rows) throw new Error("the seed has no agreement with an end date");
  // A copy under its own id, so that each compiles to an agreement of its own.
  const variant = (suffix: string, change: (r: AgreementRows) => Partial<AgreementRows>) => {
    const own = `${id}-${suffix}`;
    const copy = { ...rows, ...change(rows) };
    const moved = <T extends { agreementId: string }>(list: T[]) => list.map((x) => ({ ...x, agreementId: own }));
    return {
      ...copy,
      agreements: copy.agreements.map((a) => ({ ...a, id: own, code: `${a.code}-${suffix}` })),
      terminations: moved(copy.terminations),
      annexes: moved(copy.annexes),
      participants: moved(copy.participants),
      signatures: moved(copy.signatures),
      rules: moved(copy.rules),
      restrictions: moved(copy.restrictions),
    };
  };
  const start = rows.agreements[0].effectiveFrom;
  const plus = (days: number) => new Date((dayNumber(start) + days) * 86_400_000).toISOString().slice(0, 10);
  const stop = (kind: string, effectiveOn: string, resumedOn: string | null = null) => ({
    agreementId: id,
    kind,
    effectiveOn,
    resumedOn,
  });
  const input = {
    ...source,
    agreements: new Map([
      ...source.agreements,
      ["draft", variant("draft", (r) => ({ agreements: r.agreements.map((a) => ({ ...a, status: "DRAFT" })) }))],
      ["resumed", variant("resumed", () => ({ terminations: [stop("SUSPENSION", plus(30), plus(60))] }))],
      ["suspended", variant("suspended", () => ({ terminations: [stop("SUSPENSION", plus(90))] }))],
      ["notice", variant("notice", () => ({ terminations: [stop("NOTICE", plus(120))] }))],
    ]),
  };
  return [...compileSnapshot(input).agreements.values()];
}

describe("whether an agreement is in force", () => {
  it("is said not to be exactly when the evaluator finds it so, on every day where that could change", () => {
    let checked = 0;
    const all = agreements();
    for (const a of all) {
      const edges = [a.startDay, a.stopDay, ...a.suspensions.flatMap((x) => [x.startDay, x.stopDay])];
      for (const day of edges.flatMap((d) => [d - 1, d, d + 1]).filter((d) => Math.abs(d) < 1e6)) {
        expect([a.code, day, notInForce(a, day) === null]).toEqual([a.code, day, agreementInForce(a, day)]);
        checked++;
      }
    }
    expect(all.length).toBeGreaterThan(4);
    expect(checked).toBeGreaterThanOrEqual(6 * all.length);
  });

  it("says why in a DPO's words: not yet, expired, terminated, suspended, or never in force", () => {
    const all = agreements();
    const named = (suffix: string) => all.find((a) => a.code.endsWith(`-${suffix}`)) as AgreementFact;
    const base = all.find((a) => named("draft").code === `${a.code}-draft`) as AgreementFact;
    const day = (iso: string | null) => dayNumber(iso ?? "");
    expect(notInForce(base, base.startDay - 1)).toBe(
      `${base.code} would permit this but it only took effect on ${base.effectiveFrom}`,
    );
    expect(notInForce(base, day(base.effectiveTo))).toBeNull();
    expect(notInForce(base, day(base.effectiveTo) + 1)).toBe(
      `${base.code} would permit this but it ended on ${base.effectiveTo}`,
    );
    expect(notInForce(named("draft"), base.startDay)).toMatch(/would permit this but it is draft, not in force$/);
    const resumed = named("resumed");
    const [pause] = resumed.suspensions;
    expect(notInForce(resumed, pause.startDay)).toMatch(
      `was suspended from ${pause.from} until it resumed on ${pause.until}`,
    );
    expect(notInForce(resumed, pause.stopDay)).toBeNull();
    const suspended = named("suspended");
    expect(notInForce(suspended, suspended.suspensions[0].startDay + 10)).toMatch(
      `has been suspended since ${suspended.suspensions[0].from}`,
    );
    const notice = named("notice");
    expect(notInForce(notice, day(notice.endedOn) - 1)).toBeNull();
    expect(notInForce(notice, day(notice.endedOn))).toMatch(`was terminated with effect from ${notice.endedOn}`);
  });
});
