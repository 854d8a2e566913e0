import type { Config } from "./config.js";
import { type DatabaseHandle, openDatabase } from "./db/client.js";
import { migrate } from "./db/migrate.js";
import type { Logger } from "./logger.js";
import { collectGarbage } from "./memory.js";
import { DecisionLog } from "./modules/audit/decision-log.js";
import { ExpirySweep } from "./modules/lifecycle/expiry.js";
import { DecisionCache } from "./modules/permission/decision-cache.js";
import type { PermissionDecision } from "./modules/permission/permission.types.js";
import { SnapshotStore } from "./modules/permission/snapshot.store.js";
import { type SeedResult, seedDatabase } from "./seed/load.js";
import { type RunningServer, startServer } from "./server.js";

export interface Registry {
  server: RunningServer;
  db: DatabaseHandle;
  seed: SeedResult | null;
  permissions: SnapshotStore;
  decisions: DecisionLog;
  decisionCache: DecisionCache<PermissionDecision>;
  /** Drains HTTP, flushes the decision log, then closes the database. */
  stop(): Promise<void>;
}

/** Opens the database, migrates, seeds an empty one, and starts serving. */
export async function startRegistry(config: Config, logger: Logger): Promise<Registry> {
  const db = await openDatabase(config.database);
  try {
    await migrate(db);
    const seed = config.seedOnStart ? await seedDatabase(db) : null;
    const expiry = new ExpirySweep(db, logger);
    await expiry.start();
    const decisionCache = new DecisionCache<PermissionDecision>(config.decisionCacheEntries);
    const permissions = new SnapshotStore(db, logger, (snapshot) => decisionCache.reset(snapshot));
    await permissions.start();
    collectGarbage();
    const decisions = new DecisionLog(db, logger, { maxWaitMs: config.decisionWaitMs });
    decisions.start();
    const server = await startServer(config, { db, permissions, decisions, decisionCache }, logger);
    return {
      server,
      db,
      seed,
      permissions,
      decisions,
      decisionCache,
      async stop() {
        await server.drain();
        expiry.stop();
        await decisions.stop();
        await permissions.stop();
        await db.close();
      },
    };
  } catch (error) {
    await db.close();
    throw error;
  }
}
