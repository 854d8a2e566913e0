import { afterAll, beforeAll, expect, it } from "vitest";
import { type Registry, startRegistry } from "../../src/app.js";
import { createLogger } from "../../src/logger.js";
import { ResolvePermissionDocument } from "../generated/graphql.js";
import { RTI_FOR_HB } from "../support/examples.js";
import { KEYS, type TestRegistry, startTestRegistry } from "../support/registry.js";

let api: TestRegistry;
beforeAll(async () => {
  api = await startTestRegistry();
});
afterAll(() => api?.stop());

const request = RTI_FOR_HB;

async function decideAt(url: string) {
  const res = await fetch(url, {
    method: "POST",
    headers: { "content-type": "application/json", authorization: `Bearer ${KEYS.service}` },
    body: JSON.stringify({
      query: "query($r: PermissionRequest!) { resolvePermission(request: $r) { outcome registryRevision } }",
      variables: { r: request },
    }),
  });
  const body = (await res.json()) as { data: { resolvePermission: { outcome: string; registryRevision: number } } };
  return body.data.resolvePermission;
}

it("answers the very next request after a commit from the new registry state", async () => {
  const before = await api.query(ResolvePermissionDocument, { request }, "service");
  expect(before.data?.resolvePermission.outcome).toBe("PERMITTED");
  const revision = before.data?.resolvePermission.registryRevision as number;

  // A change committed through another path than the API: the agreement now ended earlier.
  await api.registry.db.raw("UPDATE agreements SET effective_to = '2017-08-31' WHERE code = 'dwp-la-mou-2017'");
  const after = await api.query(ResolvePermissionDocument, { request }, "service");
  expect(after.data?.resolvePermission.outcome).toBe("DENIED");
  expect(after.data?.resolvePermission.registryRevision).toBeGreaterThan(revision);
  expect(after.data?.resolvePermission.denials[0].reason).toBe(
    "dwp-la-mou-2017 would permit this but it ended on 2017-08-31",
  );

  await api.registry.db.raw("UPDATE agreements SET effective_to = '2018-03-31' WHERE code = 'dwp-la-mou-2017'");
  const restored = await api.query(ResolvePermissionDocument, { request }, "service");
  expect(restored.data?.resolvePermission.outcome).toBe("PERMITTED");
});

it("keeps several server processes on one database in step", async () => {
  // PGlite allows one process per folder (it is locked), so this is a PostgreSQL concern;
  // on PGlite the second server shares the first one's database handle instead.
  let second: Registry;
  if (api.config.database.kind === "postgres") {
    second = await startRegistry({ ...api.config, seedOnStart: false }, createLogger("silent"));
  } else {
    second = api.registry;
  }
  try {
    const url = second.server.url;
    expect((await decideAt(url)).outcome).toBe("PERMITTED");
    // A notification can arrive after the next request: with the second's stopped, only the
    // revision check every PostgreSQL request waits for can tell it of the change.
    if (second !== api.registry) await second.permissions.stop();
    // Committed through the first server's connection; the second must not answer from its old snapshot.
    await api.registry.db.raw(
      "UPDATE signatories SET annex_id = NULL WHERE annex_id IN (SELECT id FROM annexes WHERE label = 'A') " +
        "AND participant_id IN (SELECT p.id FROM participants p JOIN organisations o ON o.id = p.organisation_id WHERE o.code = 'la-england-sample')",
    );
    const after = await decideAt(url);
    expect(after.outcome).toBe("DENIED");
  } finally {
    if (second !== api.registry) await second.stop();
  }
});
