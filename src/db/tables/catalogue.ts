import { sql } from "drizzle-orm";
import { type AnyPgColumn, boolean, check, date, index, pgTable, primaryKey, text, uuid } from "drizzle-orm/pg-core";
import { citation, codeColumn, codeFormat, id } from "./columns.js";
import { classification, gatewayKind, nation, organisationKind } from "./enums.js";

export const organisations = pgTable(
  "organisations",
  {
    id: id(),
    code: codeColumn(),
    name: text("name").notNull(),
    kind: organisationKind("kind").notNull(),
    nation: nation("nation"),
    sample: boolean("sample").notNull().default(false),
    actsForId: uuid("acts_for_id").references((): AnyPgColumn => organisations.id),
    ...citation(),
  },
  (t) => [
    check("organisations_code_format", codeFormat("code")),
    // 2017 Annex B ¶16: a council's nation decides what HMRC data it may pass on.
    check("organisations_la_has_nation", sql`${t.kind} <> 'LOCAL_AUTHORITY' OR ${t.nation} IS NOT NULL`),
    check("organisations_csp_acts_for", sql`${t.kind} <> 'CONTRACTED_SERVICE_PROVIDER' OR ${t.actsForId} IS NOT NULL`),
    index("organisations_kind_nation_idx").on(t.kind, t.nation),
  ],
);

export const purposes = pgTable(
  "purposes",
  {
    id: id(),
    code: codeColumn(),
    name: text("name").notNull(),
    description: text("description").notNull(),
    parentId: uuid("parent_id").references((): AnyPgColumn => purposes.id),
    ...citation(),
  },
  (t) => [
    check("purposes_code_format", codeFormat("code")),
    check("purposes_not_own_parent", sql`${t.parentId} IS DISTINCT FROM ${t.id}`),
    index("purposes_parent_idx").on(t.parentId),
  ],
);

export const channels = pgTable(
  "channels",
  {
    id: id(),
    code: codeColumn(),
    name: text("name").notNull(),
    description: text("description").notNull(),
    ...citation(),
  },
  () => [check("channels_code_format", codeFormat("code"))],
);

export const dataItems = pgTable(
  "data_items",
  {
    id: id(),
    code: codeColumn(),
    name: text("name").notNull(),
    description: text("description"),
    parentId: uuid("parent_id").references((): AnyPgColumn => dataItems.id),
    originatingControllerId: uuid("originating_controller_id")
      .notNull()
      .references(() => organisations.id),
    classification: classification("classification").notNull(),
    ...citation(),
  },
  (t) => [
    check("data_items_code_format", codeFormat("code")),
    check("data_items_not_own_parent", sql`${t.parentId} IS DISTINCT FROM ${t.id}`),
    index("data_items_parent_idx").on(t.parentId),
  ],
);

export const dataItemChannels = pgTable(
  "data_item_channels",
  {
    dataItemId: uuid("data_item_id")
      .notNull()
      .references(() => dataItems.id, { onDelete: "cascade" }),
    channelId: uuid("channel_id")
      .notNull()
      .references(() => channels.id),
  },
  (t) => [
    primaryKey({ columns: [t.dataItemId, t.channelId] }),
    index("data_item_channels_channel_idx").on(t.channelId),
  ],
);

export const legalGateways = pgTable(
  "legal_gateways",
  {
    id: id(),
    code: codeColumn(),
    kind: gatewayKind("kind").notNull(),
    instrument: text("instrument").notNull(),
    provision: text("provision").notNull(),
    citation: text("citation").notNull(),
    summary: text("summary").notNull(),
    url: text("url"),
    inForceFrom: date("in_force_from"),
    inForceTo: date("in_force_to"),
    ...citation(),
  },
  (t) => [
    check("legal_gateways_code_format", codeFormat("code")),
    check("legal_gateways_citation_present", sql`length(trim(${t.citation})) > 0`),
    check(
      "legal_gateways_in_force_order",
      sql`${t.inForceTo} IS NULL OR ${t.inForceFrom} IS NULL OR ${t.inForceTo} >= ${t.inForceFrom}`,
    ),
    check("legal_gateways_statute_has_provision", sql`${t.kind} = 'COMMON_LAW' OR length(trim(${t.provision})) > 0`),
  ],
);

/** A provision that must be read with another (a regulation with its enabling section). */
export const gatewayCompanions = pgTable(
  "gateway_companions",
  {
    gatewayId: uuid("gateway_id")
      .notNull()
      .references(() => legalGateways.id, { onDelete: "cascade" }),
    companionId: uuid("companion_id")
      .notNull()
      .references(() => legalGateways.id),
  },
  (t) => [
    primaryKey({ columns: [t.gatewayId, t.companionId] }),
    check("gateway_companions_not_self", sql`${t.gatewayId} <> ${t.companionId}`),
  ],
);
