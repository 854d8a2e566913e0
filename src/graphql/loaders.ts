import DataLoader from "dataloader";
import { and, asc, eq, getTableColumns, inArray, type SQL } from "drizzle-orm";
import type { PgColumn, PgTable } from "drizzle-orm/pg-core";
import type { Database } from "../db/client.js";
import { hydrate } from "./node.js";

type Row = Record<string, unknown>;
type Class<T> = new () => T;

/**
 * Per-request DataLoaders for every relation, built from three shapes: a row by id, the rows
 * that point at a parent, and the rows reached through a join table. Each loader answers a
 * whole page of parents with one SQL statement, so nested pages cost the same as one item.
 */
export class Loaders {
  private readonly loaders = new Map<string, DataLoader<string, unknown>>();

  constructor(private readonly db: Database) {}

  /** A loader with a hand-written batch function, for relations the three shapes do not cover. */
  memo<V>(key: string, batch: (keys: readonly string[]) => Promise<V[]>): DataLoader<string, V> {
    let loader = this.loaders.get(key) as DataLoader<string, V> | undefined;
    if (!loader) {
      loader = new DataLoader<string, V>(batch, { maxBatchSize: 1000 });
      this.loaders.set(key, loader as DataLoader<string, unknown>);
    }
    return loader;
  }

  /** The row of `table` with each id (null when absent). */
  byId<T extends object>(table: PgTable & { id: PgColumn }, type: Class<T>): DataLoader<string, T | null> {
    return this.memo(`id:${tableKey(table)}`, async (ids) => {
      const rows = (await this.db
        .select()
        .from(table)
        .where(inArray(table.id, [...ids]))) as Row[];
      const found = new Map(rows.map((row) => [row.id as string, hydrate(type, row)]));
      return ids.map((id) => found.get(id) ?? null);
    });
  }

  /** The row of `table` with each stable code (null when absent). */
  byCode<T extends object>(table: PgTable & { code: PgColumn }, type: Class<T>): DataLoader<string, T | null> {
    return this.memo(`code:${tableKey(table)}`, async (codes) => {
      const rows = (await this.db
        .select()
        .from(table)
        .where(inArray(table.code, [...codes]))) as Row[];
      const found = new Map(rows.map((row) => [row.code as string, hydrate(type, row)]));
      return codes.map((code) => found.get(code) ?? null);
    });
  }

  /** The rows of `table` whose `column` equals each key, ordered by `order`. */
  manyBy<T extends object>(
    table: PgTable,
    column: PgColumn,
    type: Class<T>,
    order: PgColumn[] = [],
    where?: SQL,
    /** Distinguishes loaders over the same column with different `where` filters. */
    cacheTag = "",
  ): DataLoader<string, T[]> {
    const property = propertyOf(table, column);
    return this.memo(`many:${tableKey(table)}.${column.name}:${cacheTag}`, async (keys) => {
      const rows = (await this.db
        .select()
        .from(table)
        .where(and(inArray(column, [...keys]), where))
        .orderBy(...order.map((c) => asc(c)))) as Row[];
      const byKey = new Map<string, T[]>(keys.map((k) => [k, []]));
      for (const row of rows) byKey.get(row[property] as string)?.push(hydrate(type, row));
      return keys.map((k) => byKey.get(k) ?? []);
    });
  }

  /** The `target` rows linked to each key through `join` (`from` → key, `to` → target.id). */
  through<T extends object>(
    join: PgTable,
    from: PgColumn,
    to: PgColumn,
    target: PgTable & { id: PgColumn },
    type: Class<T>,
    order: PgColumn[] = [],
  ): DataLoader<string, T[]> {
    return this.memo(`through:${tableKey(join)}.${from.name}`, async (keys) => {
      const rows = await this.db
        .select({ key: from, row: getTableColumns(target) })
        .from(join)
        .innerJoin(target, eq(to, target.id))
        .where(inArray(from, [...keys]))
        .orderBy(...order.map((c) => asc(c)));
      const byKey = new Map<string, T[]>(keys.map((k) => [k, []]));
      for (const { key, row } of rows as { key: string; row: Row }[]) byKey.get(key)?.push(hydrate(type, row));
      return keys.map((k) => byKey.get(k) ?? []);
    });
  }
}

function tableKey(table: PgTable): string {
  return (table as unknown as Record<symbol, string>)[Symbol.for("drizzle:Name")];
}

/** The TypeScript property name drizzle gives a column in its table. */
function propertyOf(table: PgTable, column: PgColumn): string {
  const columns = getTableColumns(table) as Record<string, PgColumn>;
  const entry = Object.entries(columns).find(([, c]) => c === column);
  if (!entry) throw new Error(`column ${column.name} is not in table ${tableKey(table)}`);
  return entry[0];
}
