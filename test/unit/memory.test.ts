import { setImmediate as nextTurn } from "node:timers/promises";
import { expect, it } from "vitest";
import { collectGarbage } from "../../src/memory.js";

it("collects garbage on demand, however node was started", async () => {
  let garbage: object | null = { rows: Array.from({ length: 100_000 }, (_, i) => ({ i })) };
  const ref = new WeakRef(garbage);
  garbage = null;
  // A WeakRef's target lives at least until the job that made it ends.
  await nextTurn();
  collectGarbage();
  expect(ref.deref()).toBeUndefined();
  // A second call reuses the function it found.
  expect(() => collectGarbage()).not.toThrow();
});
