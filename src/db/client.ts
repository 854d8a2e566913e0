import { PGlite } from "@electric-sql/pglite";
import type { Logger } from "drizzle-orm";
import type { PgDatabase, PgQueryResultHKT } from "drizzle-orm/pg-core";
import { drizzle as drizzlePglite } from "drizzle-orm/pglite";
import { drizzle as drizzlePostgres } from "drizzle-orm/postgres-js";
import postgres from "postgres";
import { lockDataDir } from "./lock.js";
import * as schema from "./tables/index.js";

export type Schema = typeof schema;
/** The drizzle database, whichever driver is underneath. */
export type Database = PgDatabase<PgQueryResultHKT, Schema>;

/** Counts SQL statements; the API tests use it to prove DataLoaders batch. */
export class StatementCounter implements Logger {
  count = 0;
  logQuery(): void {
    this.count++;
  }
}

/** Rows of a raw `execute`: drizzle's two drivers shape them differently. */
export function rowsOf<T>(result: unknown): T[] {
  return (Array.isArray(result) ? result : (result as { rows: T[] }).rows) as T[];
}

export interface DatabaseHandle {
  db: Database;
  driver: "pglite" | "postgres";
  statements: StatementCounter;
  /** Runs a statement outside drizzle: raw SQL for tests, health checks and LISTEN. */
  raw(sql: string, params?: unknown[]): Promise<Record<string, unknown>[]>;
  /** Subscribes to NOTIFY on `channel`; resolves with the unsubscribe function. */
  listen(channel: string, onNotify: (payload: string) => void): Promise<() => Promise<void>>;
  /** Runs `fn` holding a cluster-wide lock (PostgreSQL advisory lock; PGlite is one process). */
  exclusive<T>(lockKey: number, fn: () => Promise<T>): Promise<T>;
  close(): Promise<void>;
}

export type DatabaseTarget =
  | { kind: "postgres"; url: string }
  /** `dataDir` undefined: in memory (tests). */
  | { kind: "pglite"; dataDir?: string };

/** Opens the database the configuration names: PostgreSQL through postgres.js, or embedded PGlite. */
export async function openDatabase(target: DatabaseTarget): Promise<DatabaseHandle> {
  const statements = new StatementCounter();
  if (target.kind === "postgres") {
    const client = postgres(target.url, { onnotice: () => {}, max: 10 });
    return {
      db: drizzlePostgres(client, { schema, logger: statements }) as unknown as Database,
      driver: "postgres",
      statements,
      raw: async (text, params = []) => [...(await client.unsafe(text, params as postgres.ParameterOrJSON<never>[]))],
      listen: async (channel, onNotify) => {
        const { unlisten } = await client.listen(channel, onNotify);
        return unlisten;
      },
      exclusive: async (lockKey, fn) => {
        const session = await client.reserve();
        try {
          await session`SELECT pg_advisory_lock(${lockKey})`;
          return await fn();
        } finally {
          await session`SELECT pg_advisory_unlock(${lockKey})`;
          session.release();
        }
      },
      close: () => client.end({ timeout: 5 }),
    };
  }
  const release = target.dataDir ? lockDataDir(target.dataDir) : () => {};
  try {
    const client = new PGlite(target.dataDir);
    await client.waitReady;
    return {
      db: drizzlePglite(client, { schema, logger: statements }) as unknown as Database,
      driver: "pglite",
      statements,
      raw: async (text, params = []) => (await client.query<Record<string, unknown>>(text, params)).rows,
      exclusive: (_lockKey, fn) => fn(),
      // PGlite delivers notifications while processing the committing statement's response,
      // so a listener has run before the writer's await returns.
      listen: (channel, onNotify) => client.listen(channel, onNotify),
      close: async () => {
        await client.close();
        release();
      },
    };
  } catch (error) {
    release();
    throw error;
  }
}
