import type { Config } from "./config.js";
import { type DatabaseHandle, openDatabase } from "./db/client.js";
import { migrate } from "./db/migrate.js";
import type { Logger } from "./logger.js";
import { SnapshotStore } from "./modules/permission/snapshot.store.js";
import { type SeedResult, seedDatabase } from "./seed/load.js";
import { type RunningServer, startServer } from "./server.js";

export interface Registry {
  server: RunningServer;
  db: DatabaseHandle;
  seed: SeedResult | null;
  permissions: SnapshotStore;
  /** Drains HTTP, then closes the database. */
  stop(): Promise<void>;
}

/** Opens the database, migrates, seeds an empty one, and starts serving. */
export async function startRegistry(config: Config, logger: Logger): Promise<Registry> {
  const db = await openDatabase(config.database);
  try {
    await migrate(db);
    const seed = config.seedOnStart ? await seedDatabase(db) : null;
    const permissions = new SnapshotStore(db, logger);
    await permissions.start();
    const server = await startServer(config, db, permissions, logger);
    return {
      server,
      db,
      seed,
      permissions,
      async stop() {
        await server.drain();
        await permissions.stop();
        await db.close();
      },
    };
  } catch (error) {
    await db.close();
    throw error;
  }
}
