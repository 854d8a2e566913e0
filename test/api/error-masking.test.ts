import { afterAll, beforeAll, expect, it } from "vitest";
import { ChannelByCodeDocument } from "../generated/graphql.js";
import { type TestRegistry, startTestRegistry } from "../support/registry.js";

let production: TestRegistry;
let development: TestRegistry;
beforeAll(async () => {
  [production, development] = await Promise.all([
    startTestRegistry({ NODE_ENV: "production" }),
    startTestRegistry({ NODE_ENV: "development" }),
  ]);
  // Break the database under both servers so a resolver fails with a driver error.
  for (const api of [production, development])
    await api.registry.db.raw("ALTER TABLE channels RENAME TO channels_gone");
});
afterAll(() => Promise.all([production?.stop(), development?.stop()]));

it("masks internal errors in production: no SQL, no driver message, no stack trace", async () => {
  const { errors, data } = await production.query(ChannelByCodeDocument, { code: "rti" });
  expect(data?.channel ?? null).toBeNull();
  expect(errors).toHaveLength(1);
  expect(errors?.[0].message).toBe("Internal server error");
  expect(errors?.[0].extensions).toEqual({ code: "INTERNAL_SERVER_ERROR" });
  expect(JSON.stringify(errors)).not.toMatch(/channels|select|relation|stack/i);
});

it("shows the cause outside production, where a developer needs it", async () => {
  const { errors } = await development.query(ChannelByCodeDocument, { code: "rti" });
  expect(JSON.stringify(errors)).toMatch(/channels/);
});
