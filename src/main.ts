import "reflect-metadata";
import { startRegistry } from "./app.js";
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

const logger = createLogger(config.logLevel);

try {
  const registry = await startRegistry(config, logger);
  const database = config.database.kind === "postgres" ? "postgres" : `pglite:${config.database.dataDir ?? "memory"}`;
  if (registry.seed?.seeded) logger.info(registry.seed, "seeded the source agreements");
  if (config.generatedAdminKey) {
    // Printed once, to the terminal only; set REGISTRY_API_KEYS to choose keys. Before "ready",
    // so whoever waits for the ready line already has the key.
    process.stdout.write(
      `\nNo REGISTRY_API_KEYS configured: generated an admin key for this run:\n\n  ${config.apiKeys[0].key}\n\n` +
        `Try: curl -s ${registry.server.url} -H 'authorization: Bearer ${config.apiKeys[0].key}' ` +
        `-H 'content-type: application/json' -d '{"query":"{ agreements { nodes { code title status } } }"}'\n\n`,
    );
  }
  logger.info(
    { url: registry.server.url, database, msToReady: Math.round(performance.now() - started) },
    "registry ready",
  );

  let stopping = false;
  const shutdown = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    logger.info({ signal }, "draining");
    try {
      await registry.stop();
      logger.info("stopped");
      process.exit(0);
    } catch (error) {
      logger.error({ err: error }, "shutdown failed");
      process.exit(1);
    }
  };
  process.on("SIGTERM", () => void shutdown("SIGTERM"));
  process.on("SIGINT", () => void shutdown("SIGINT"));
} catch (error) {
  if (error instanceof DataDirLockedError) {
    logger.fatal({ dir: error.dir, holderPid: error.holderPid }, error.message);
    process.exit(1);
  }
  logger.fatal({ err: error }, "failed to start");
  process.exit(1);
}
