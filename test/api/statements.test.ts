import { afterAll, beforeAll, expect, it } from "vitest";
import { catalogue } from "../../src/seed/data/catalogue.js";
import { seedDatabase } from "../../src/seed/load.js";
import { NestedAgreementPageDocument } from "../generated/graphql.js";
import { startTestRegistry, type TestRegistry } from "../support/registry.js";
import { syntheticAgreements } from "../support/synthetic.js";

let api: TestRegistry;
beforeAll(async () => {
  api = await startTestRegistry({ REGISTRY_SEED: "false" });
  // Agreements of one shape, so a page of 1 reaches every level a page of 50 does.
  await seedDatabase(api.registry.db, [catalogue, syntheticAgreements(60)]);
  // Seeding notified the permission snapshot; let its rebuild finish so it is not counted.
  await api.registry.permissions.current();
});
afterAll(() => api?.stop());

/** SQL statements the server ran to answer one request. */
async function statementsFor(first: number) {
  const counter = api.registry.db.statements;
  const before = counter.count;
  const result = await api.query(NestedAgreementPageDocument, { first });
  expect(result.errors).toBeUndefined();
  return { statements: counter.count - before, agreements: result.data?.agreements.nodes ?? [] };
}

it("answers a nested page of 50 agreements with as many SQL statements as a page of 1", async () => {
  const one = await statementsFor(1);
  const fifty = await statementsFor(50);
  expect(one.agreements).toHaveLength(1);
  expect(fifty.agreements).toHaveLength(50);
  // The page really is nested: every agreement came back with its annexes, flows and gateways.
  const flows = fifty.agreements.flatMap((a) => a.annexes.flatMap((x) => x.flows));
  expect(flows.length).toBeGreaterThan(50);
  expect(flows.every((f) => f.purposes.length > 0 && f.dataItems.length > 0)).toBe(true);
  expect(flows.filter((f) => f.effect === "ALLOW").every((f) => f.gateways.length > 0)).toBe(true);
  expect(fifty.statements).toBe(one.statements);
  console.info(`SQL statements: page of 1 → ${one.statements}, page of 50 → ${fifty.statements}`);
});
