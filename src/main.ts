import "reflect-metadata";
import cluster from "node:cluster";
import { startRegistry } from "./app.js";
import { type Service, announceWorker, startWorkers } from "./cluster.js";
import { ConfigError, loadConfig } from "./config.js";
import { DataDirLockedError } from "./db/lock.js";
import { createLogger } from "./logger.js";

const started = performance.now();

let config: ReturnType<typeof loadConfig>;
try {
  config = loadConfig();
} catch (error) {
  if (error instanceof ConfigError) {
    console.error(`Configuration error: ${error.message}`);
    process.exit(1);
  }
  throw error;
}

const worker = cluster.isWorker ? Number(process.env.REGISTRY_WORKER) : undefined;
const logger = worker ? createLogger(config.logLevel).child({ worker }) : createLogger(config.logLevel);

/** Runs until SIGTERM or SIGINT, then `stop()` and exit with the code it gives. */
function exitOnSignal(stop: () => Promise<number>): (reason: string) => void {
  let stopping = false;
  const shutdown = async (reason: string) => {
    if (stopping) return;
    stopping = true;
    logger.info({ reason }, "draining");
    try {
      const code = await stop();
      logger.info("stopped");
      process.exit(code);
    } catch (error) {
      logger.error({ err: error }, "shutdown failed");
      process.exit(1);
    }
  };
  process.on("SIGTERM", () => void shutdown("SIGTERM"));
  process.on("SIGINT", () => void shutdown("SIGINT"));
  return (reason) => void shutdown(reason);
}

try {
  const supervising = config.workers > 1 && cluster.isPrimary;
  const running: Service = supervising
    ? await startWorkers(config, logger)
    : await startRegistry(config, logger).then((registry) => {
        if (registry.seed?.seeded) logger.info(registry.seed, "seeded the source agreements");
        return {
          url: registry.server.url,
          stop: () => registry.stop().then(() => 0),
        };
      });
  const shutdown = exitOnSignal(running.stop);
  if (worker) {
    announceWorker(running.url, shutdown);
    logger.info({ url: running.url }, "worker ready");
  } else {
    if (config.generatedAdminKey) {
      // Printed once, to the terminal only; set REGISTRY_API_KEYS to choose keys. Before "ready",
      // so whoever waits for the ready line already has the key.
      process.stdout.write(
        `\nNo REGISTRY_API_KEYS configured: generated an admin key for this run:\n\n  ${config.apiKeys[0].key}\n\n` +
          `Try: curl -s ${running.url} -H 'authorization: Bearer ${config.apiKeys[0].key}' ` +
          `-H 'content-type: application/json' -d '{"query":"{ agreements { nodes { code title status } } }"}'\n\n`,
      );
    }
    const database = config.database.kind === "postgres" ? "postgres" : `pglite:${config.database.dataDir ?? "memory"}`;
    logger.info(
      { url: running.url, database, workers: config.workers, msToReady: Math.round(performance.now() - started) },
      "registry ready",
    );
  }
} catch (error) {
  if (error instanceof DataDirLockedError) {
    logger.fatal({ dir: error.dir, holderPid: error.holderPid }, error.message);
    process.exit(1);
  }
  logger.fatal({ err: error }, "failed to start");
  process.exit(1);
}
