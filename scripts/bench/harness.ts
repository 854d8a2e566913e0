/**
 * What the permission benchmarks share: requests sampled from a snapshot, the selection they ask
 * for, a registry server in its own process, autocannon load, and a process's CPU time.
 */
import { type ChildProcess, spawn } from "node:child_process";
import { readFileSync } from "node:fs";
import { Agent, request } from "node:http";
import autocannon from "autocannon";
import type { PermissionQuery } from "../../src/modules/permission/evaluate.js";
import type { Snapshot } from "../../src/modules/permission/snapshot.js";
import { prng } from "./synthetic-registry.js";

/** The service key the benchmark servers accept. */
export const KEY = "bench-service-key-0123456789";

/** What a permission request under load selects: the outcome, its reasons and its explanation. */
export const DECISION = `outcome registryRevision explanation grants { ruleCode clauseReference agreement { code } gateways { code citation } } denials { code reason } conditions { factKey }`;

/** Requests drawn from the rules themselves: a realistic mix of grants, prohibitions and misses. */
export function sampleQueries(s: Snapshot, count: number): PermissionQuery[] {
  const rand = prng(7);
  const councils = [...s.orgByCode.values()].filter((o) => o.code.startsWith("la-bench-"));
  const queries: PermissionQuery[] = [];
  while (queries.length < count) {
    const rule = rand.pick(s.rules);
    const purposeId = rand.pick(rule.purposeIds);
    const children = [...(s.purposeDescendants.get(purposeId) ?? [])];
    const purpose = s.purposes.get(children.length && rand.next() < 0.5 ? rand.pick(children) : purposeId);
    const item = s.items.get(rand.pick(rule.itemIds));
    const below = [...(s.itemDescendants.get(item?.id ?? "") ?? [])];
    const itemCode = below.length && rand.next() < 0.5 ? s.items.get(rand.pick(below))?.code : item?.code;
    const recipient = rule.recipientId ? s.orgs.get(rule.recipientId) : rand.pick(councils);
    const channel = rule.channelIds.length && rand.next() < 0.7 ? s.channels.get(rule.channelIds[0])?.code : null;
    if (!purpose || !itemCode || !recipient) continue;
    queries.push({
      provider: s.orgs.get(rule.providerId)?.code as string,
      recipient: recipient.code,
      purpose: purpose.code,
      dataItems: [itemCode],
      channel,
      at: `${2012 + rand.int(14)}-0${1 + rand.int(9)}-15`,
    });
  }
  return queries;
}

/** The request bodies of each load phase: (b) one decision, (c) `{ __typename }`, (d) 100 decisions. */
export function requestBodies(queries: PermissionQuery[]) {
  return {
    single: queries.map((q) =>
      JSON.stringify({
        query: `query($r: PermissionRequest!) { resolvePermission(request: $r) { ${DECISION} } }`,
        variables: { r: q },
      }),
    ),
    batches: Array.from({ length: Math.floor(queries.length / 100) }, (_, i) =>
      JSON.stringify({
        query: `query($r: [PermissionRequest!]!) { resolvePermissions(requests: $r) { ${DECISION} } }`,
        variables: { r: queries.slice(i * 100, i * 100 + 100) },
      }),
    ),
    typename: [JSON.stringify({ query: "{ __typename }" })],
  };
}

/**
 * CPU seconds (user + system) a process and its children (cluster workers) have used: Linux's
 * /proc, NaN elsewhere. Per request, this is steadier than throughput on a drifting machine.
 */
export function cpuSeconds(pid: number | undefined): number {
  try {
    // After "pid (comm) ", utime and stime are the 12th and 13th fields, in ticks of 1/100 s.
    const ticks = (p: string) => {
      const fields = readFileSync(`/proc/${p}/stat`, "utf8").split(") ")[1].split(" ");
      return Number(fields[11]) + Number(fields[12]);
    };
    const children = readFileSync(`/proc/${pid}/task/${pid}/children`, "utf8").split(" ").filter(Boolean);
    return [String(pid), ...children].reduce((sum, p) => sum + ticks(p), 0) / 100;
  } catch {
    return Number.NaN;
  }
}

/**
 * The decision cache's counters of the process answering `url` (`GET /metrics`): with several
 * server processes, one of them.
 */
export async function cacheCounters(url: string): Promise<{ hits: number; misses: number }> {
  const text = await (await fetch(new URL("/metrics", url))).text();
  const value = (name: string) => Number(new RegExp(`^${name} (\\S+)$`, "m").exec(text)?.[1]);
  return { hits: value("registry_decision_cache_hits_total"), misses: value("registry_decision_cache_misses_total") };
}

/** `connections` keep-alive connections posting `bodies` in turn for `seconds`. */
export function load(url: string, bodies: string[], connections: number, seconds: number): Promise<autocannon.Result> {
  let next = 0;
  return new Promise((resolve, reject) => {
    autocannon(
      {
        url,
        connections,
        duration: seconds,
        method: "POST",
        headers: { "content-type": "application/json", authorization: `Bearer ${KEY}` },
        requests: [
          {
            setupRequest: (req) => ({ ...req, body: bodies[next++ % bodies.length] }),
          },
        ],
      },
      (error, result) => (error ? reject(error) : resolve(result)),
    );
  });
}

export interface PacedResult {
  /** Requests a second actually completed. */
  rate: number;
  /** Each request's latency in ms, from when it was due, sorted. */
  latencies: number[];
  errors: number;
}

/**
 * `rate` requests a second, each sent when it is due over up to `connections` keep-alive
 * connections, for `seconds`: the latency a service sees at a load the server can carry, where
 * autocannon's 32 busy connections measure the queue at saturation (by Little's law, 32 over
 * the throughput). Each request is timed from when it was due, so a server that falls behind is
 * charged for the wait (no coordinated omission). autocannon's own rate limit would not do:
 * it sends each second's quota as a burst at the start of the second.
 */
export async function paced(
  url: string,
  bodies: string[],
  connections: number,
  seconds: number,
  rate: number,
): Promise<PacedResult> {
  const target = new URL(url);
  const agent = new Agent({ keepAlive: true, maxSockets: connections });
  const headers = { "content-type": "application/json", authorization: `Bearer ${KEY}` };
  const total = Math.floor(rate * seconds);
  const latencies: number[] = [];
  let errors = 0;
  let sent = 0;
  const started = performance.now();
  await new Promise<void>((resolve) => {
    const settle = () => {
      if (latencies.length + errors === total) resolve();
    };
    const send = (due: number, body: string) => {
      const req = request(
        { agent, host: target.hostname, port: target.port, path: target.pathname, method: "POST", headers },
        (res) => {
          res.resume();
          res.on("end", () => {
            if (res.statusCode === 200) latencies.push(performance.now() - due);
            else errors++;
            settle();
          });
        },
      );
      req.on("error", () => {
        errors++;
        settle();
      });
      req.end(body);
    };
    const tick = setInterval(() => {
      const now = performance.now();
      for (; sent < total && started + (sent * 1000) / rate <= now; sent++)
        send(started + (sent * 1000) / rate, bodies[sent % bodies.length]);
      if (sent === total) clearInterval(tick);
    }, 1);
  });
  const elapsed = (performance.now() - started) / 1000;
  agent.destroy();
  return { rate: latencies.length / elapsed, latencies: latencies.sort((x, y) => x - y), errors };
}

export interface ServerOptions {
  /** The checkout to run: its `dist/main.js`, compiled by `buildDist` first. */
  root?: string;
  port: number;
  env: Record<string, string>;
  /** Server processes (REGISTRY_WORKERS). */
  workers?: number;
  /** Runs the server through this command (e.g. `taskset -c 1`), when given. */
  wrap?: string[];
  /** What node runs: the registry (`dist/main.js`) unless given. */
  entry?: string[];
}

/** A production-mode registry server (or `entry`) in its own process, resolved once `/ready` answers 200. */
export function startServer({
  root,
  port,
  env,
  workers = 1,
  wrap = [],
  entry = ["--enable-source-maps", "dist/main.js"],
}: ServerOptions): Promise<ChildProcess> {
  const command = [...wrap, process.execPath, ...entry];
  const child = spawn(command[0], command.slice(1), {
    cwd: root,
    env: {
      ...process.env,
      ...env,
      PORT: String(port),
      REGISTRY_SEED: "false",
      REGISTRY_API_KEYS: `${KEY}:service`,
      REGISTRY_WORKERS: String(workers),
      LOG_LEVEL: "warn",
      NODE_ENV: "production",
    },
    stdio: ["ignore", "ignore", "inherit"],
  });
  return new Promise((resolve, reject) => {
    const poll = setInterval(async () => {
      try {
        if ((await fetch(`http://127.0.0.1:${port}/ready`)).ok) {
          clearInterval(poll);
          resolve(child);
        }
      } catch {
        // not listening yet
      }
    }, 100);
    child.on("exit", (code) => {
      clearInterval(poll);
      reject(new Error(`server exited with ${code}`));
    });
  });
}

/** Stops a server and waits for it to go. */
export async function stopServer(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null) return;
  const exited = new Promise((resolve) => child.once("exit", resolve));
  child.kill("SIGTERM");
  await exited;
}
