import { fileURLToPath } from "node:url";
import { readMigrationFiles } from "drizzle-orm/migrator";
import { migrate as migratePglite } from "drizzle-orm/pglite/migrator";
import { migrate as migratePostgres } from "drizzle-orm/postgres-js/migrator";
import type { DatabaseHandle } from "./client.js";

export const migrationsFolder = fileURLToPath(new URL("../../drizzle", import.meta.url));

/** Arbitrary constant: serialises migrations when several servers start on one PostgreSQL. */
const MIGRATION_LOCK = 7_243_101;

/** Applies pending migrations from `drizzle/`. */
export async function migrate(handle: DatabaseHandle): Promise<void> {
  await handle.exclusive(MIGRATION_LOCK, async () => {
    // eslint-disable-next-line @typescript-eslint/no-explicit-any -- drizzle's migrators are typed per driver.
    const db = handle.db as any;
    if (handle.driver === "pglite") await migratePglite(db, { migrationsFolder });
    else await migratePostgres(db, { migrationsFolder });
  });
}

/** True when every migration in `drizzle/` has been applied (readiness). */
export async function migrationsApplied(handle: DatabaseHandle): Promise<boolean> {
  const expected = readMigrationFiles({ migrationsFolder }).length;
  try {
    const rows = await handle.raw("SELECT count(*)::int AS n FROM drizzle.__drizzle_migrations");
    return Number(rows[0]?.n) >= expected;
  } catch {
    return false;
  }
}
