import { sql } from "drizzle-orm";
import { text, timestamp, uuid } from "drizzle-orm/pg-core";
import { sourceDocuments } from "./source-documents.js";

/** Surrogate key: opaque to the API, which exposes global ids and stable codes instead. */
export const id = () => uuid("id").primaryKey().defaultRandom();

/** A stable, human-readable code: lower-case words, digits, dots and hyphens. */
export const codeColumn = () => text("code").notNull().unique();
export const codeFormat = (column: string) => sql.raw(`${column} ~ '^[a-z0-9]+([.-][a-z0-9]+)*$'`);

/** The source a fact was taken from: document and clause (every seeded fact carries one). */
export const citation = () => ({
  sourceDocumentId: uuid("source_document_id").references(() => sourceDocuments.id),
  sourceClause: text("source_clause"),
});

export const createdAt = () => timestamp("created_at", { withTimezone: true }).notNull().defaultNow();
