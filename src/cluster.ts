import cluster from "node:cluster";
import type { Config } from "./config.js";
import type { Logger } from "./logger.js";

export interface Service {
  url: string;
  /** Drains what serves (every worker, when supervising) and resolves with this process's exit code. */
  stop(): Promise<number>;
}

/** Message a worker sends its primary once it serves. */
interface ReadyMessage {
  kind: "ready";
  url: string;
}

/** What a worker does once it serves: tells its primary, and stops if the primary goes away. */
export function announceWorker(url: string, stop: (reason: string) => void): void {
  process.send?.({ kind: "ready", url } satisfies ReadyMessage);
  process.once("disconnect", () => stop("primary gone"));
}

/**
 * `REGISTRY_WORKERS` > 1 (PostgreSQL only): this process forks that many registries sharing the
 * port (Node's cluster deals connections round robin) and supervises them. Each worker is a whole
 * registry: migrations, seeding and the expiry sweep already take advisory locks, snapshots learn
 * of every change by NOTIFY, and the audit chain is appended under its lock, so nothing here
 * coordinates them beyond start and stop. All share this process's keys, generated or not.
 */
export function startWorkers(config: Config, logger: Logger): Promise<Service> {
  const keys = config.apiKeys.map((k) => `${k.key}:${k.role}:${k.name}`).join(",");
  /** The live worker in each slot: how it will exit. */
  const exits = new Map<number, Promise<number | null>>();
  let stopping = false;

  return new Promise((resolve, reject) => {
    let ready = 0;
    const stop = async () => {
      stopping = true;
      for (const worker of Object.values(cluster.workers ?? {})) worker?.process.kill("SIGTERM");
      const codes = await Promise.all(exits.values());
      return codes.every((code) => code === 0) ? 0 : 1;
    };

    const fork = (index: number, replacing: boolean) => {
      const worker = cluster.fork({ REGISTRY_API_KEYS: keys, REGISTRY_WORKER: String(index) });
      let served = false;
      exits.set(index, new Promise((done) => worker.once("exit", (code) => done(code))));
      worker.on("message", (message: ReadyMessage) => {
        if (message?.kind !== "ready") return;
        served = true;
        if (!replacing && ++ready === config.workers) resolve({ url: message.url, stop });
      });
      worker.once("exit", (code, signal) => {
        if (stopping) return;
        if (!served) {
          // It never served: the next would fail the same way (a database down, a bad migration).
          logger.fatal({ worker: index, code, signal }, "worker failed to start");
          void stop().then(() => reject(new Error(`worker ${index} failed to start`)));
          return;
        }
        logger.error({ worker: index, code, signal }, "worker exited; starting another");
        fork(index, true);
      });
    };
    for (let index = 1; index <= config.workers; index++) fork(index, false);
  });
}
