import { existsSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { request } from "node:http";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { createTestDatabase } from "../support/database.js";
import { startService } from "../support/process.js";

const dirs: string[] = [];
afterAll(() => {
  for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
});

function dataDir(): string {
  const dir = mkdtempSync(join(tmpdir(), "registry-"));
  dirs.push(dir);
  return join(dir, "data");
}

async function listAgreements(url: string, key?: string) {
  const res = await fetch(url, {
    method: "POST",
    headers: { "content-type": "application/json", ...(key ? { authorization: `Bearer ${key}` } : {}) },
    body: JSON.stringify({ query: "{ agreements { totalCount } }" }),
  });
  return { status: res.status, body: (await res.json()) as { data?: { agreements: { totalCount: number } } } };
}

/** Waits (up to 20 s) for a condition on a process's output. */
async function until(condition: () => boolean, output: () => string): Promise<void> {
  for (let waited = 0; !condition(); waited += 50) {
    if (waited > 20_000) throw new Error(`timed out waiting; output so far:\n${output()}`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

/** One request on a connection of its own, so cluster workers take turns answering. */
function onNewConnection(url: string, key: string, query: string): Promise<string> {
  return new Promise((resolve, reject) => {
    const req = request(
      url,
      {
        method: "POST",
        agent: false,
        headers: { "content-type": "application/json", authorization: `Bearer ${key}` },
      },
      (res) => {
        let body = "";
        res.on("data", (chunk) => (body += chunk));
        res.on("end", () => resolve(body));
      },
    );
    req.on("error", reject);
    req.end(JSON.stringify({ query }));
  });
}

describe("the service process on the embedded database", () => {
  it("prints a generated admin key once, seeds, locks its folder, and drains on SIGTERM", async () => {
    const dir = dataDir();
    const first = startService({ REGISTRY_DATA_DIR: dir });
    const url = await first.ready;

    const key = /generated an admin key for this run:\s+(\S+)/.exec(first.output())?.[1];
    expect(key).toBeDefined();
    expect((await listAgreements(url)).status).toBe(401);
    const listed = await listAgreements(url, key);
    expect(listed.status).toBe(200);
    expect(listed.body.data?.agreements.totalCount).toBe(4);

    // A second process must not open the same folder.
    const second = startService({ REGISTRY_DATA_DIR: dir });
    expect(await second.exited, second.output()).toBe(1);
    expect(second.output()).toMatch(new RegExp(`in use by process ${first.child.pid}`));

    first.child.kill("SIGTERM");
    expect(await first.exited, first.output()).toBe(0);
    expect(first.output()).toMatch(/"msg":"stopped"/);
    expect(existsSync(join(dir, "registry.lock"))).toBe(false);

    // Restart on the same folder: data kept, not seeded twice, and a new key each run.
    const again = startService({ REGISTRY_DATA_DIR: dir });
    const againUrl = await again.ready;
    const againKey = /generated an admin key for this run:\s+(\S+)/.exec(again.output())?.[1];
    expect(againKey).not.toBe(key);
    expect((await listAgreements(againUrl, againKey)).body.data?.agreements.totalCount).toBe(4);
    expect(again.output()).not.toMatch(/seeded the source agreements/);
    again.child.kill("SIGTERM");
    expect(await again.exited, again.output()).toBe(0);
  });

  it("refuses bad configuration with a message naming the variable and the rule", async () => {
    const bad = startService({ REGISTRY_DATA_DIR: dataDir(), REGISTRY_API_KEYS: "short:reader" });
    expect(await bad.exited, bad.output()).toBe(1);
    expect(bad.output()).toMatch(/Configuration error: REGISTRY_API_KEYS: each key must be at least 16 characters/);
    const port = startService({ REGISTRY_DATA_DIR: dataDir(), PORT: "http" });
    expect(await port.exited, port.output()).toBe(1);
    expect(port.output()).toMatch(/PORT: must be a whole number from 0 to 65535, got "http"/);
  });
});

describe("the service process on the configured database", () => {
  it("migrates, seeds and serves from DATABASE_URL (or an in-memory PGlite), then drains on SIGTERM", async () => {
    const database = await createTestDatabase();
    try {
      const env =
        database.target.kind === "postgres" ? { DATABASE_URL: database.target.url } : { REGISTRY_DATA_DIR: ":memory:" };
      const service = startService({ ...env, REGISTRY_API_KEYS: "admin-key-0123456789abcdef:admin" });
      const graphql = await service.ready;
      expect(service.output()).toMatch(database.target.kind === "postgres" ? /"database":"postgres"/ : /pglite:memory/);
      expect((await listAgreements(graphql, "admin-key-0123456789abcdef")).body.data?.agreements.totalCount).toBe(4);
      expect(service.output()).not.toMatch(/generated an admin key/);
      service.child.kill("SIGTERM");
      expect(await service.exited, service.output()).toBe(0);
    } finally {
      await database.dispose();
    }
  });

  it("runs REGISTRY_WORKERS registries on one port over PostgreSQL, each seeing every change, replaces one that dies, and drains them all", async () => {
    const database = await createTestDatabase();
    try {
      if (database.target.kind === "pglite") {
        // The embedded database belongs to one process: asking for more is a configuration error.
        const refused = startService({ REGISTRY_DATA_DIR: dataDir(), REGISTRY_WORKERS: "2" });
        expect(await refused.exited, refused.output()).toBe(1);
        expect(refused.output()).toMatch(/Configuration error: REGISTRY_WORKERS: more than 1 needs DATABASE_URL/);
        return;
      }
      const service = startService({ DATABASE_URL: database.target.url, REGISTRY_WORKERS: "2", LOG_LEVEL: "debug" });
      const graphql = await service.ready;
      // One generated key, printed once by the primary, accepted by every worker.
      const key = /generated an admin key for this run:\s+(\S+)/.exec(service.output())?.[1] as string;
      expect(service.output().match(/generated an admin key/g)).toHaveLength(1);
      const workerReady = (n: number) => new RegExp(`"worker":${n},[^\n]*"msg":"worker ready"`);
      expect(service.output()).toMatch(workerReady(1));
      expect(service.output()).toMatch(workerReady(2));

      // A change through one worker; every later request, on whichever worker, sees it.
      const create = `mutation { agreementCreate(input: { code: "cluster-test-mou", kind: MOU, title: "Cluster test",
        reference: "0.1", ownerTeam: "Policy", ownerOrganisation: "dwp", effectiveFrom: "2027-01-01", summary: "Draft",
        reason: "cluster test" }) { agreement { status } } }`;
      expect(await onNewConnection(graphql, key, create)).toMatch(/"status":"DRAFT"/);
      for (let i = 0; i < 6; i++) {
        const answer = await onNewConnection(graphql, key, "{ agreements { totalCount } }");
        expect(JSON.parse(answer)).toEqual({ data: { agreements: { totalCount: 5 } } });
      }
      // Both workers answered (their request logs carry their number).
      const answeredBy = (n: number) => new RegExp(`"worker":${n},[^\n]*"path":"/graphql","status":200`);
      expect(service.output()).toMatch(answeredBy(1));
      expect(service.output()).toMatch(answeredBy(2));

      // A worker that dies is replaced, and the port keeps answering.
      const pid = service.child.pid as number;
      const workers = readFileSync(`/proc/${pid}/task/${pid}/children`, "utf8").split(" ").filter(Boolean);
      expect(workers).toHaveLength(2);
      process.kill(Number(workers[0]), "SIGKILL");
      await until(() => (service.output().match(/"msg":"worker ready"/g) ?? []).length === 3, service.output);
      expect(service.output()).toMatch(/"msg":"worker exited; starting another"/);
      for (let i = 0; i < 4; i++) {
        const answer = await onNewConnection(graphql, key, "{ agreements { totalCount } }");
        expect(JSON.parse(answer)).toEqual({ data: { agreements: { totalCount: 5 } } });
      }

      service.child.kill("SIGTERM");
      expect(await service.exited, service.output()).toBe(0);
      expect(service.output().match(/"msg":"stopped"/g)).toHaveLength(3);
    } finally {
      await database.dispose();
    }
  });
});
