import { bigint, boolean, pgTable } from "drizzle-orm/pg-core";

/**
 * The registry revision row, created with its triggers by drizzle/0001_registry_revision.sql.
 * Kept out of tables/ (drizzle-kit's schema) because that hand-written migration owns it.
 */
export const registryState = pgTable("registry_state", {
  id: boolean("id").primaryKey(),
  revision: bigint("revision", { mode: "number" }).notNull(),
});
