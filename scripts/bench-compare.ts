/**
 * `npm run bench:compare -- <git ref>`: does the working tree serve permission requests with
 * more or less CPU than <ref>? On a virtual machine throughput drifts by a third between runs
 * minutes apart — more than most changes are worth — so one run after the other cannot tell.
 * This runs both at once: the benchmark registry is built once (and copied, for PGlite), the
 * ref is checked out into a temporary worktree that shares this node_modules, and the two
 * servers run pinned to the same core (with `taskset`, where there is one), loaded at the same
 * moment by this process, pinned to another. Each round starts both servers afresh, warms them
 * up, and prints both servers' CPU per request and the ratio (working tree / ref); the summary
 * gives each phase's median ratio.
 *
 * COMPARE_PHASES (default "bc": b = resolvePermission, c = { __typename }, d = 100 decisions a
 * call), COMPARE_ROUNDS (5), COMPARE_SECONDS (8). DATABASE_URL: both servers on one fresh
 * PostgreSQL database.
 */
import { type ChildProcess, execFileSync, spawnSync } from "node:child_process";
import { cpSync, mkdtempSync, rmSync, symlinkSync } from "node:fs";
import { cpus, tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { type DatabaseTarget, openDatabase } from "../src/db/client.js";
import { migrate } from "../src/db/migrate.js";
import { compileSnapshot } from "../src/modules/permission/snapshot.js";
import { loadSnapshotSource } from "../src/modules/permission/snapshot.repository.js";
import { seedDatabase } from "../src/seed/load.js";
import { createTestDatabase } from "../test/support/database.js";
import { buildDist } from "./build.js";
import { cpuSeconds, load, requestBodies, sampleQueries, startServer, stopServer } from "./bench/harness.js";
import { buildSyntheticRegistry } from "./bench/synthetic-registry.js";

const ref = process.argv[2];
if (!ref) {
  console.error("usage: npm run bench:compare -- <git ref>   (compares the working tree against it)");
  process.exit(2);
}
const PHASES = [...(process.env.COMPARE_PHASES ?? "bc")].filter((p): p is "b" | "c" | "d" => "bcd".includes(p));
const ROUNDS = Number(process.env.COMPARE_ROUNDS ?? 5);
const SECONDS = Number(process.env.COMPARE_SECONDS ?? 8);
const PORTS = [4461, 4462];
const WARM_UP_SECONDS = 5;

const root = resolve(import.meta.dirname, "..");
const git = (...args: string[]) => execFileSync("git", args, { cwd: root, encoding: "utf8" }).trim();
const work = mkdtempSync(join(tmpdir(), "registry-compare-"));
const cleanups: (() => Promise<void> | void)[] = [() => rmSync(work, { recursive: true, force: true })];

/** Pins a process (every thread) to CPUs: true if `taskset` did it. */
function pin(pid: number, cpuList: string): boolean {
  return spawnSync("taskset", ["-a", "-cp", cpuList, String(pid)], { stdio: "ignore" }).status === 0;
}

try {
  const commit = git("rev-parse", "--short", ref);
  const refTree = join(work, "ref");
  git("worktree", "add", "--detach", refTree, commit);
  cleanups.unshift(() => void git("worktree", "remove", "--force", refTree));
  symlinkSync(join(root, "node_modules"), join(refTree, "node_modules"), "dir");
  if (git("diff", "--stat", commit, "--", "package-lock.json"))
    console.log(`note: package-lock.json differs from ${commit}; both run on this checkout's node_modules`);

  // One registry, built by this checkout's code (the schema must be one both can serve).
  let targets: DatabaseTarget[];
  let envs: Record<string, string>[];
  if (process.env.DATABASE_URL) {
    const database = await createTestDatabase();
    cleanups.unshift(database.dispose);
    targets = [database.target];
    const url = database.target.kind === "postgres" ? database.target.url : "";
    envs = [{ DATABASE_URL: url }, { DATABASE_URL: url }];
  } else {
    const dirs = [join(work, "a"), join(work, "b")];
    targets = [{ kind: "pglite", dataDir: dirs[0] }];
    envs = dirs.map((dir) => ({ REGISTRY_DATA_DIR: dir }));
  }
  const handle = await openDatabase(targets[0]);
  await migrate(handle);
  await seedDatabase(handle);
  await buildSyntheticRegistry(handle.db);
  const queries = sampleQueries(compileSnapshot(await loadSnapshotSource(handle.db)), 10_000);
  await handle.close();
  // A PGlite folder serves one process: the second server gets a copy.
  if (!process.env.DATABASE_URL) cpSync(join(work, "a"), join(work, "b"), { recursive: true });

  const serverCpu = String(cpus().length - 1);
  const pinned = cpus().length > 1 && pin(process.pid, "0");
  const wrap = pinned ? ["taskset", "-c", serverCpu] : [];
  const roots = [refTree, root];
  // Each runs as `npm start` does: its own source compiled to its own dist.
  for (const tree of roots) await buildDist(tree);
  console.log(
    `comparing the working tree (B) with ${ref} = ${commit} (A): ${pinned ? `both servers on CPU ${serverCpu}, load on CPU 0` : "not pinned (no taskset)"}; ` +
      `${ROUNDS} rounds of ${SECONDS} s per phase, each round on freshly started servers`,
  );

  const bodies = requestBodies(queries);
  const phaseBodies = { b: bodies.single, c: bodies.typename, d: bodies.batches };
  const urls = PORTS.map((port) => `http://127.0.0.1:${port}/graphql`);
  const ratios: Record<string, number[]> = {};
  for (let round = 1; round <= ROUNDS; round++) {
    // Fresh processes every round, started in alternating order: a process keeps whatever
    // memory layout and placement it started with, which moved one server's cost by 5–10%
    // for a whole run when the same two served every round.
    const servers: ChildProcess[] = [];
    for (const i of round % 2 ? [0, 1] : [1, 0])
      servers[i] = await startServer({ root: roots[i], port: PORTS[i], env: envs[i], wrap });
    try {
      // Warm both up (compiled queries, optimised code, the decision log's first writes).
      await Promise.all(urls.map((url) => load(url, bodies.single, 16, WARM_UP_SECONDS)));
      for (const phase of PHASES) {
        await new Promise((r) => setTimeout(r, 500));
        const before = servers.map((s) => cpuSeconds(s.pid));
        const results = await Promise.all(
          urls.map((url) => load(url, phaseBodies[phase], phase === "d" ? 4 : 16, SECONDS)),
        );
        // The phase's deferred work (the decision log's writes) is its own.
        await new Promise((r) => setTimeout(r, 1500));
        const perRequest = servers.map((s, i) => ((cpuSeconds(s.pid) - before[i]) * 1e6) / results[i].requests.total);
        const ratio = perRequest[1] / perRequest[0];
        (ratios[phase] ??= []).push(ratio);
        console.log(
          `round ${round} ${phase}: A ${Math.round(results[0].requests.average)} req/s ${perRequest[0].toFixed(1)} µs, ` +
            `B ${Math.round(results[1].requests.average)} req/s ${perRequest[1].toFixed(1)} µs; B/A CPU per request ${ratio.toFixed(3)}`,
        );
      }
    } finally {
      await Promise.all(servers.filter(Boolean).map(stopServer));
    }
  }
  for (const [phase, list] of Object.entries(ratios)) {
    const sorted = [...list].sort((x, y) => x - y);
    console.log(
      `${phase}: B/A CPU per request, median ${sorted[Math.floor(sorted.length / 2)].toFixed(3)} (range ${sorted[0].toFixed(3)}–${sorted[sorted.length - 1].toFixed(3)})`,
    );
  }
} finally {
  for (const cleanup of cleanups) await cleanup();
}
