import { randomBytes } from "node:crypto";
import postgres from "postgres";
import { type DatabaseHandle, type DatabaseTarget, openDatabase } from "../../src/db/client.js";
import { migrate } from "../../src/db/migrate.js";

export interface TestDatabase {
  target: DatabaseTarget;
  /** Drops what the test created (a PostgreSQL database); no-op for in-memory PGlite. */
  dispose(): Promise<void>;
}

/**
 * A database of its own for one test file: with DATABASE_URL, a fresh PostgreSQL database
 * created on that server and dropped afterwards; otherwise an in-memory PGlite.
 */
export async function createTestDatabase(): Promise<TestDatabase> {
  const url = process.env.DATABASE_URL;
  if (!url) return { target: { kind: "pglite" }, dispose: async () => {} };
  const name = `registry_test_${process.pid}_${randomBytes(4).toString("hex")}`;
  const admin = postgres(url, { max: 1, onnotice: () => {} });
  await admin.unsafe(`CREATE DATABASE ${name}`);
  await admin.end();
  const target = new URL(url);
  target.pathname = `/${name}`;
  return {
    target: { kind: "postgres", url: target.toString() },
    async dispose() {
      const cleanup = postgres(url, { max: 1, onnotice: () => {} });
      await cleanup.unsafe(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await cleanup.end();
    },
  };
}

/** A migrated database of its own, opened: for tests that work below the API. */
export async function openTestDatabase(): Promise<{ handle: DatabaseHandle; close(): Promise<void> }> {
  const database = await createTestDatabase();
  const handle = await openDatabase(database.target);
  await migrate(handle);
  return {
    handle,
    async close() {
      await handle.close();
      await database.dispose();
    },
  };
}
