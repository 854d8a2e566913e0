/**
 * `npm run bench:permissions`: builds a national-scale synthetic registry next to the real seed
 * and prints, from one run, (a) the pure evaluator's decisions/s and p50/p99 µs, (b)
 * resolvePermission over HTTP at 32 connections, (c) `{ __typename }` under the same load and
 * the ratio (b)/(c), and both paced at half (b)'s rate (the latency below saturation), the
 * platform's floor under them (a bare node:http server loaded like (c)), (d)
 * resolvePermissions with 100 requests per call, and (e) the snapshot's build time and memory.
 * The load draws on 10,000 requests in turn, so (b) and (d) are answered from the decision cache
 * once it holds them (it prints how many were); then a server without the cache runs (b) and (c)
 * again, for the cost of deciding every request afresh.
 * Uses PGlite in a temporary folder, or a fresh database on DATABASE_URL.
 */
import { mkdtempSync, rmSync } from "node:fs";
import { cpus, tmpdir, totalmem } from "node:os";
import { join, resolve } from "node:path";
import autocannon from "autocannon";
import { type DatabaseHandle, type DatabaseTarget, openDatabase } from "../src/db/client.js";
import { migrate } from "../src/db/migrate.js";
import { type PermissionQuery, evaluate } from "../src/modules/permission/evaluate.js";
import { type Snapshot, compileSnapshot, releaseRows } from "../src/modules/permission/snapshot.js";
import { loadSnapshotSource, refreshSnapshotSource } from "../src/modules/permission/snapshot.repository.js";
import { seedDatabase } from "../src/seed/load.js";
import { createTestDatabase } from "../test/support/database.js";
import {
  type PacedResult,
  cacheCounters,
  cpuSeconds,
  load,
  paced,
  requestBodies,
  sampleQueries,
  startServer,
  stopServer,
} from "./bench/harness.js";
import { buildDist } from "./build.js";
import { buildSyntheticRegistry } from "./bench/synthetic-registry.js";

const DURATION_S = Number(process.env.BENCH_SECONDS ?? 10);
/** Load phases run in turn this many times; each figure is the median round (virtual machines drift). */
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 3);
const CONNECTIONS = 32;
const PORT = Number(process.env.BENCH_PORT ?? 4455);
/** Server processes (REGISTRY_WORKERS); more than 1 needs DATABASE_URL. */
const WORKERS = Number(process.env.BENCH_WORKERS ?? 1);
/** The platform floor's server, run with tsx: a bare node:http server loaded like (c). */
const BARE_SERVER = "scripts/bench/bare-http.ts";
type Phase = "b" | "c" | "floor" | "d";
const gc = (globalThis as { gc?: () => void }).gc ?? (() => {});

async function prepareDatabase(): Promise<{
  target: DatabaseTarget;
  env: Record<string, string>;
  cleanup: () => Promise<void>;
}> {
  if (process.env.DATABASE_URL) {
    const database = await createTestDatabase();
    const url = database.target.kind === "postgres" ? database.target.url : "";
    return { target: database.target, env: { DATABASE_URL: url }, cleanup: database.dispose };
  }
  // The server under load runs in its own process, so PGlite needs a folder, not memory.
  const dir = mkdtempSync(join(tmpdir(), "registry-bench-"));
  const dataDir = join(dir, "data");
  return {
    target: { kind: "pglite", dataDir },
    env: { REGISTRY_DATA_DIR: dataDir },
    cleanup: async () => rmSync(dir, { recursive: true, force: true }),
  };
}

/** The round with the median throughput (its latencies come with it). */
function median<T extends autocannon.Result>(results: T[]): T {
  const sorted = [...results].sort((x, y) => x.requests.average - y.requests.average);
  return sorted[Math.floor(sorted.length / 2)];
}

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))];
}

function evaluatorBench(s: Snapshot, queries: PermissionQuery[]) {
  for (let i = 0; i < 20_000; i++) evaluate(s, queries[i % queries.length]);
  const n = 200_000;
  const started = process.hrtime.bigint();
  for (let i = 0; i < n; i++) evaluate(s, queries[i % queries.length]);
  const seconds = Number(process.hrtime.bigint() - started) / 1e9;
  const samples: number[] = [];
  const outcomes: Record<string, number> = {};
  for (let i = 0; i < 100_000; i++) {
    const t0 = process.hrtime.bigint();
    const d = evaluate(s, queries[i % queries.length]);
    samples.push(Number(process.hrtime.bigint() - t0) / 1000);
    outcomes[d.outcome] = (outcomes[d.outcome] ?? 0) + 1;
  }
  samples.sort((a, b) => a - b);
  const p50 = percentile(samples, 50);
  return { perSecond: n / seconds, p50, p99: percentile(samples, 99), outcomes, floor: machineFloor(p50) };
}

/**
 * The machine's own tail at the evaluator's median: a fixed busy loop, calibrated to take as long
 * as the median decision, timed the same way. On a virtual machine, a timer interrupt or a
 * descheduling adds tens of microseconds to whichever sample it lands in, so this is the floor
 * under any p99 measured here, however little the code allocates.
 */
function machineFloor(medianUs: number, samples = 100_000) {
  let salt = 0;
  const work = (n: number) => {
    let acc = 0;
    for (let i = 0; i < n; i++) acc += Math.sqrt(i + salt);
    salt++;
    return acc;
  };
  const time = (n: number, count: number) => {
    const out: number[] = [];
    for (let k = 0; k < count; k++) {
      const t0 = process.hrtime.bigint();
      work(n);
      out.push(Number(process.hrtime.bigint() - t0) / 1000);
    }
    return out.sort((a, b) => a - b);
  };
  let n = 1000;
  for (let round = 0; round < 8; round++) n = Math.max(1, Math.round((n * medianUs) / percentile(time(n, 5000), 50)));
  const timed = time(n, samples);
  return { p50: percentile(timed, 50), p99: percentile(timed, 99) };
}

/**
 * Waits until the server is idle (under 5% of a core for 200 ms; at most 30 s): how long that
 * took, in ms. NaN where /proc cannot tell.
 */
async function quiet(pid: number | undefined): Promise<number> {
  const start = performance.now();
  let last = cpuSeconds(pid);
  if (Number.isNaN(last)) return Number.NaN;
  while (performance.now() - start < 30_000) {
    await new Promise((resolve) => setTimeout(resolve, 200));
    const now = cpuSeconds(pid);
    if (now - last <= 0.01) break;
    last = now;
  }
  return performance.now() - start;
}

/**
 * (e) and (a), in this process: the snapshot's build, its rebuild after a change, and the
 * evaluator on requests sampled from it. Only the requests outlive the call.
 */
async function snapshotFigures(handle: DatabaseHandle) {
  gc();
  const heapBefore = process.memoryUsage().heapUsed;
  let t0 = performance.now();
  const source = await loadSnapshotSource(handle.db);
  const loadMs = performance.now() - t0;
  t0 = performance.now();
  const snapshot = compileSnapshot(source);
  const compileMs = performance.now() - t0;
  // What the server's snapshot store keeps: the snapshot, and its source with the rows released.
  releaseRows(source);
  gc();
  const heapMb = (process.memoryUsage().heapUsed - heapBefore) / 2 ** 20;

  // A change commits (one agreement's rule widened to another channel): what the server does next.
  await handle.raw(
    `INSERT INTO flow_rule_channels (flow_rule_id, channel_id)
     SELECT r.id, c.id FROM flow_rules r, channels c
     WHERE r.code = (SELECT min(code) FROM flow_rules) AND c.id NOT IN (SELECT channel_id FROM flow_rule_channels WHERE flow_rule_id = r.id)
     LIMIT 1`,
  );
  t0 = performance.now();
  const refreshed = await refreshSnapshotSource(handle.db, source);
  const refreshMs = performance.now() - t0;
  t0 = performance.now();
  const rebuilt = compileSnapshot(refreshed, snapshot);
  const recompileMs = performance.now() - t0;

  const queries = sampleQueries(snapshot, 10_000);
  const a = evaluatorBench(snapshot, queries);
  return {
    queries,
    a,
    loadMs,
    compileMs,
    heapMb,
    refreshMs,
    recompileMs,
    revision: snapshot.revision,
    rebuiltRevision: rebuilt.revision,
  };
}

const fmt = (n: number, digits = 0) =>
  n.toLocaleString("en-GB", { maximumFractionDigits: digits, minimumFractionDigits: digits });

const database = await prepareDatabase();
try {
  console.log(
    `machine: ${cpus().length} × ${cpus()[0]?.model}, ${fmt(totalmem() / 2 ** 30, 1)} GiB, Node ${process.version}`,
  );
  console.log(`database: ${database.target.kind}; server processes: ${WORKERS} (BENCH_WORKERS)`);
  const handle = await openDatabase(database.target);
  const generated = Date.now();
  await migrate(handle);
  await seedDatabase(handle);
  const synthetic = await buildSyntheticRegistry(handle.db);
  console.log(
    `registry: ${fmt(synthetic.agreements)} synthetic agreements (+ the real seed), ${fmt(synthetic.rules)} flow rules, ` +
      `${fmt(synthetic.items.length)} data items, ${fmt(synthetic.councils.length)} councils on a five-annex MoU ` +
      `(generated in ${fmt((Date.now() - generated) / 1000, 1)} s)`,
  );

  const e = await snapshotFigures(handle);
  await handle.close();
  const { queries, a } = e;
  // The load generator runs in this process: it must not carry the snapshot's heap into (b)–(d).
  gc();

  // The server runs as `npm start` does: compiled to dist.
  const root = resolve(import.meta.dirname, "..");
  await buildDist(root);
  let server = await startServer({ root, port: PORT, env: database.env, workers: WORKERS });
  const bare = await startServer({ root, port: PORT + 1, env: {}, entry: ["--import", "tsx", BARE_SERVER] });
  try {
    const url = `http://127.0.0.1:${PORT}/graphql`;
    const bareUrl = `http://127.0.0.1:${PORT + 1}/graphql`;
    const { single, batches, typename } = requestBodies(queries);
    await load(url, single.slice(0, 500), CONNECTIONS, DURATION_S); // warm-up
    await load(bareUrl, typename, CONNECTIONS, 2); // warm-up
    const timed = async (bodies: string[], connections: number, target = { url, pid: server.pid }) => {
      const before = cpuSeconds(target.pid);
      const cacheBefore = target.url === url ? await cacheCounters(url) : null;
      const result = await load(target.url, bodies, connections, DURATION_S);
      // The phase's deferred work (the decision log's last entries) is its own: charged to it, and
      // finished before the next phase starts.
      const drainMs = await quiet(target.pid);
      const serverCpuUs = ((cpuSeconds(target.pid) - before) * 1e6) / result.requests.total;
      const cacheAfter = cacheBefore && (await cacheCounters(url));
      const hits = cacheAfter && cacheBefore ? cacheAfter.hits - cacheBefore.hits : 0;
      const decided = cacheAfter && cacheBefore ? cacheAfter.misses - cacheBefore.misses : 0;
      return { ...result, serverCpuUs, drainMs, cached: hits / (hits + decided) };
    };
    type Timed = Awaited<ReturnType<typeof timed>>;
    const rounds: Record<Phase, Timed>[] = [];
    for (let round = 0; round < ROUNDS; round++) {
      rounds.push({
        b: await timed(single, CONNECTIONS),
        c: await timed(typename, CONNECTIONS),
        floor: await timed(typename, CONNECTIONS, { url: bareUrl, pid: bare.pid }),
        d: await timed(batches, 8),
      });
    }
    const b = median(rounds.map((r) => r.b));
    const c = median(rounds.map((r) => r.c));
    const floor = median(rounds.map((r) => r.floor));
    const d = median(rounds.map((r) => r.d));
    // The latency a caller sees below saturation: both queries paced at half (b)'s rate.
    const pace = Math.max(1, Math.round(b.requests.average / 2));
    // The pacing client's first round is slow whatever it paces: against the bare server, whose
    // paced p99 is ~5 ms, a first round read 287 ms (.scratch). One is run there before any that count.
    await paced(bareUrl, typename, CONNECTIONS, 3, pace);
    const pacedB = await paced(url, single, CONNECTIONS, DURATION_S, pace);
    const pacedC = await paced(url, typename, CONNECTIONS, DURATION_S, pace);
    const pacedFloor = await paced(bareUrl, typename, CONNECTIONS, DURATION_S, pace);

    // Every request decided afresh: (b) and (c) again, on a server without the decision cache.
    await stopServer(server);
    server = await startServer({
      root,
      port: PORT,
      env: { ...database.env, REGISTRY_DECISION_CACHE: "0" },
      workers: WORKERS,
    });
    await load(url, single.slice(0, 500), CONNECTIONS, DURATION_S); // warm-up
    const afresh: Record<"b" | "c", Timed>[] = [];
    for (let round = 0; round < ROUNDS; round++)
      afresh.push({ b: await timed(single, CONNECTIONS), c: await timed(typename, CONNECTIONS) });
    const bAfresh = median(afresh.map((r) => r.b));
    const ratiosAfresh = afresh.map((r) => r.b.requests.average / r.c.requests.average).sort((x, y) => x - y);
    const middle = <T>(sorted: T[]) => sorted[Math.floor(sorted.length / 2)];
    const ratios = rounds.map((r) => r.b.requests.average / r.c.requests.average).sort((x, y) => x - y);
    const range = (phase: Phase, scale = 1) => {
      const rates = rounds.map((r) => r[phase].requests.average * scale).sort((x, y) => x - y);
      return `rounds ${rates.map((x) => fmt(x)).join(" / ")}`;
    };
    const errors =
      rounds.reduce((n, r) => n + Object.values(r).reduce((m, x) => m + x.errors + x.non2xx, 0), 0) +
      afresh.reduce((n, r) => n + r.b.errors + r.b.non2xx + r.c.errors + r.c.non2xx, 0) +
      pacedB.errors +
      pacedC.errors +
      pacedFloor.errors;
    const tail = (r: PacedResult) =>
      `p50 ${fmt(percentile(r.latencies, 50), 1)} ms, p99 ${fmt(percentile(r.latencies, 99), 1)} ms, p99.9 ${fmt(percentile(r.latencies, 99.9), 1)} ms`;

    const cpu = (phase: Phase) => middle(rounds.map((r) => r[phase].serverCpuUs).sort((x, y) => x - y));
    const cached = (phase: "b" | "d") => fmt(100 * middle(rounds.map((r) => r[phase].cached).sort((x, y) => x - y)), 1);
    console.log("");
    console.log(
      `(a) evaluator:              ${fmt(a.perSecond)} decisions/s; p50 ${fmt(a.p50, 1)} µs, p99 ${fmt(a.p99, 1)} µs  (outcomes ${JSON.stringify(a.outcomes)})`,
    );
    console.log(
      `    machine floor:          a busy loop with the same median (${fmt(a.floor.p50, 1)} µs) has p99 ${fmt(a.floor.p99, 1)} µs here`,
    );
    console.log(
      `(b) resolvePermission HTTP: ${fmt(b.requests.average)} req/s; p50 ${b.latency.p50} ms, p99 ${b.latency.p99} ms  (${CONNECTIONS} connections, ${DURATION_S} s; ${range("b")})`,
    );
    console.log(
      `(c) { __typename } HTTP:    ${fmt(c.requests.average)} req/s; p50 ${c.latency.p50} ms, p99 ${c.latency.p99} ms  (${range("c")})`,
    );
    console.log(
      `    (b)/(c):                ${fmt(ratios[Math.floor(ratios.length / 2)], 2)} (median of rounds, each b over the c that followed it: ${ratios.map((x) => fmt(x, 2)).join(" / ")})`,
    );
    console.log(
      `    paced at half (b)'s rate: (b) ${tail(pacedB)}; (c) ${tail(pacedC)}  (${fmt(pacedB.rate)} and ${fmt(pacedC.rate)} req/s over ${CONNECTIONS} connections, timed from when each was due)`,
    );
    console.log(
      `    platform floor:         a bare node:http server (${BARE_SERVER}) under (c)'s load: ${fmt(floor.requests.average)} req/s; p50 ${floor.latency.p50} ms, p99 ${floor.latency.p99} ms; CPU ${fmt(cpu("floor"))} µs a request (${range("floor")}); paced as above: ${tail(pacedFloor)}`,
    );
    console.log(
      `    decided afresh:         with REGISTRY_DECISION_CACHE=0, (b) ${fmt(bAfresh.requests.average)} req/s; p50 ${bAfresh.latency.p50} ms, p99 ${bAfresh.latency.p99} ms; (b)/(c) ${fmt(middle(ratiosAfresh), 2)} (rounds ${ratiosAfresh.map((x) => fmt(x, 2)).join(" / ")}); server CPU (b) ${fmt(middle(afresh.map((r) => r.b.serverCpuUs).sort((x, y) => x - y)))} µs, (c) ${fmt(middle(afresh.map((r) => r.c.serverCpuUs).sort((x, y) => x - y)))} µs a request`,
    );
    console.log(
      `    decision cache:         ${cached("b")}% of (b)'s requests and ${cached("d")}% of (d)'s decisions answered from it (median of rounds; the load cycles through ${fmt(queries.length)} requests)`,
    );
    console.log(
      `(d) resolvePermissions×100: ${fmt(d.requests.average * 100)} decisions/s (${fmt(d.requests.average, 1)} calls/s, p99 ${d.latency.p99} ms, 8 connections; ${range("d", 100)})`,
    );
    if (!Number.isNaN(cpu("b"))) {
      console.log(
        `    server CPU per request: (b) ${fmt(cpu("b"))} µs, (c) ${fmt(cpu("c"))} µs, (c)/(b) ${fmt(cpu("c") / cpu("b"), 2)}; (d) ${fmt(cpu("d") / 100, 1)} µs a decision (median of rounds, every server process, including the drain)`,
      );
      // What the registry adds to what this machine charges any request: the ratio's two terms
      // without the part (c) and (b) share with a server that does nothing.
      console.log(
        `    over the platform floor: (b) ${fmt(cpu("b") - cpu("floor"))} µs, (c) ${fmt(cpu("c") - cpu("floor"))} µs a request (server CPU less the bare server's)`,
      );
      const drain = (phase: Phase) => Math.max(...rounds.map((r) => r[phase].drainMs));
      console.log(
        `    server busy after the load stopped (longest of rounds): (b) ${fmt(drain("b"))} ms, (c) ${fmt(drain("c"))} ms, (d) ${fmt(drain("d"))} ms`,
      );
    }
    console.log(
      `(e) snapshot build:         ${fmt(e.loadMs + e.compileMs)} ms at start (load ${fmt(e.loadMs)} ms + compile ${fmt(e.compileMs)} ms), heap ${fmt(e.heapMb, 1)} MB, revision ${e.revision}`,
    );
    console.log(
      `    rebuild after a change: ${fmt(e.refreshMs + e.recompileMs)} ms (re-read ${fmt(e.refreshMs)} ms + compile ${fmt(e.recompileMs)} ms), revision ${e.rebuiltRevision}`,
    );
    console.log(`errors or non-2xx responses under load: ${errors}`);
  } finally {
    // Let the server drain and close its connections before the database is dropped under it.
    await stopServer(bare);
    await stopServer(server);
  }
} finally {
  await database.cleanup();
}
