import { date, pgTable, text, uuid } from "drizzle-orm/pg-core";

/** A document facts are taken from (the seed sources, or a later agreement a user records). */
export const sourceDocuments = pgTable("source_documents", {
  id: uuid("id").primaryKey().defaultRandom(),
  code: text("code").notNull().unique(),
  title: text("title").notNull(),
  versionLabel: text("version_label"),
  issuedOn: date("issued_on"),
  file: text("file").notNull(),
  summary: text("summary").notNull(),
});
