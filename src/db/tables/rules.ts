import { sql } from "drizzle-orm";
import { check, index, integer, pgTable, primaryKey, text, unique, uuid } from "drizzle-orm/pg-core";
import { agreementRef, sameAgreementAnnex } from "./agreements.js";
import { channels, dataItems, legalGateways, organisations, purposes } from "./catalogue.js";
import { citation, codeColumn, codeFormat, id } from "./columns.js";
import { conditionKind, flowEffect, operationalRuleKind, restrictionKind } from "./enums.js";

/**
 * A data-flow rule: provider → recipient, these items, for these purposes, over these
 * channels, under these gateways, ALLOW or DENY. A null recipient means every participant
 * holding the RECIPIENT role that has signed (the annex) — how the DWP–LA template MoUs work.
 */
export const flowRules = pgTable(
  "flow_rules",
  {
    id: id(),
    code: codeColumn(),
    agreementId: agreementRef(),
    annexId: uuid("annex_id"),
    providerId: uuid("provider_id")
      .notNull()
      .references(() => organisations.id),
    recipientId: uuid("recipient_id").references(() => organisations.id),
    effect: flowEffect("effect").notNull(),
    description: text("description").notNull(),
    clauseReference: text("clause_reference").notNull(),
    ...citation(),
  },
  (t) => [
    check("flow_rules_code_format", codeFormat("code")),
    check("flow_rules_clause_present", sql`length(trim(${t.clauseReference})) > 0`),
    check("flow_rules_distinct_parties", sql`${t.recipientId} IS DISTINCT FROM ${t.providerId}`),
    sameAgreementAnnex("flow_rules_annex_same_agreement_fk", t),
    index("flow_rules_agreement_idx").on(t.agreementId),
    index("flow_rules_provider_recipient_idx").on(t.providerId, t.recipientId),
  ],
);

const ruleRef = () =>
  uuid("flow_rule_id")
    .notNull()
    .references(() => flowRules.id, { onDelete: "cascade" });

export const flowRulePurposes = pgTable(
  "flow_rule_purposes",
  {
    flowRuleId: ruleRef(),
    purposeId: uuid("purpose_id")
      .notNull()
      .references(() => purposes.id),
  },
  (t) => [
    primaryKey({ columns: [t.flowRuleId, t.purposeId] }),
    index("flow_rule_purposes_purpose_idx").on(t.purposeId),
  ],
);

export const flowRuleDataItems = pgTable(
  "flow_rule_data_items",
  {
    flowRuleId: ruleRef(),
    dataItemId: uuid("data_item_id")
      .notNull()
      .references(() => dataItems.id),
  },
  (t) => [
    primaryKey({ columns: [t.flowRuleId, t.dataItemId] }),
    index("flow_rule_data_items_item_idx").on(t.dataItemId),
  ],
);

/** No rows for a rule: any channel. */
export const flowRuleChannels = pgTable(
  "flow_rule_channels",
  {
    flowRuleId: ruleRef(),
    channelId: uuid("channel_id")
      .notNull()
      .references(() => channels.id),
  },
  (t) => [primaryKey({ columns: [t.flowRuleId, t.channelId] })],
);

export const flowRuleGateways = pgTable(
  "flow_rule_gateways",
  {
    flowRuleId: ruleRef(),
    gatewayId: uuid("gateway_id")
      .notNull()
      .references(() => legalGateways.id),
  },
  (t) => [
    primaryKey({ columns: [t.flowRuleId, t.gatewayId] }),
    index("flow_rule_gateways_gateway_idx").on(t.gatewayId),
  ],
);

/** A condition or duty attached to an agreement, an annex, or (through flow_rule_conditions) a rule. */
export const conditions = pgTable(
  "conditions",
  {
    id: id(),
    agreementId: agreementRef(),
    annexId: uuid("annex_id"),
    code: text("code").notNull(),
    kind: conditionKind("kind").notNull(),
    description: text("description").notNull(),
    factKey: text("fact_key"),
    clauseReference: text("clause_reference").notNull(),
    ...citation(),
  },
  (t) => [
    unique("conditions_agreement_code_key").on(t.agreementId, t.code),
    unique("conditions_id_agreement_key").on(t.id, t.agreementId),
    sameAgreementAnnex("conditions_annex_same_agreement_fk", t),
    // Only a precondition can be settled by a fact the caller asserts.
    check("conditions_fact_key_on_precondition", sql`${t.factKey} IS NULL OR ${t.kind} = 'PRECONDITION'`),
    check("conditions_precondition_has_fact_key", sql`${t.kind} <> 'PRECONDITION' OR ${t.factKey} IS NOT NULL`),
    check("conditions_clause_present", sql`length(trim(${t.clauseReference})) > 0`),
    check("conditions_fact_key_format", sql`${t.factKey} IS NULL OR ${t.factKey} ~ '^[a-z0-9]+(-[a-z0-9]+)*$'`),
  ],
);

export const flowRuleConditions = pgTable(
  "flow_rule_conditions",
  {
    flowRuleId: ruleRef(),
    conditionId: uuid("condition_id")
      .notNull()
      .references(() => conditions.id, { onDelete: "cascade" }),
  },
  (t) => [primaryKey({ columns: [t.flowRuleId, t.conditionId] })],
);

export const restrictions = pgTable(
  "restrictions",
  {
    id: id(),
    agreementId: agreementRef(),
    annexId: uuid("annex_id"),
    code: text("code").notNull(),
    kind: restrictionKind("kind").notNull(),
    description: text("description").notNull(),
    originatingControllerId: uuid("originating_controller_id").references(() => organisations.id),
    purposeId: uuid("purpose_id").references(() => purposes.id),
    channelId: uuid("channel_id").references(() => channels.id),
    approvalById: uuid("approval_by_id").references(() => organisations.id),
    permittedTerritories: text("permitted_territories").array(),
    factKey: text("fact_key"),
    clauseReference: text("clause_reference").notNull(),
    ...citation(),
  },
  (t) => [
    unique("restrictions_agreement_code_key").on(t.agreementId, t.code),
    sameAgreementAnnex("restrictions_annex_same_agreement_fk", t),
    // coalesce: cardinality(NULL) is NULL, which a CHECK would let through.
    check(
      "restrictions_territory_listed",
      sql`${t.kind} <> 'TERRITORY' OR coalesce(cardinality(${t.permittedTerritories}), 0) > 0`,
    ),
    check(
      "restrictions_territories_only_for_territory",
      sql`${t.kind} = 'TERRITORY' OR ${t.permittedTerritories} IS NULL`,
    ),
    check("restrictions_clause_present", sql`length(trim(${t.clauseReference})) > 0`),
    check(
      "restrictions_territory_codes",
      sql`${t.permittedTerritories} IS NULL OR array_to_string(${t.permittedTerritories}, ',') ~ '^[A-Z]{2}(,[A-Z]{2})*$'`,
    ),
  ],
);

export const retentionRules = pgTable(
  "retention_rules",
  {
    id: id(),
    agreementId: agreementRef(),
    recordType: text("record_type").notNull(),
    dataItemId: uuid("data_item_id").references(() => dataItems.id),
    periodMonths: integer("period_months"),
    disposition: text("disposition").notNull(),
    trigger: text("trigger"),
    ...citation(),
  },
  (t) => [
    check("retention_rules_period_non_negative", sql`${t.periodMonths} IS NULL OR ${t.periodMonths} >= 0`),
    index("retention_rules_agreement_idx").on(t.agreementId),
  ],
);

/** Operational rules under an agreement: roles, segregation of duties, checks (CIS Guide). */
export const operationalRules = pgTable(
  "operational_rules",
  {
    id: id(),
    agreementId: agreementRef(),
    code: text("code").notNull(),
    kind: operationalRuleKind("kind").notNull(),
    title: text("title").notNull(),
    description: text("description").notNull(),
    ...citation(),
  },
  (t) => [unique("operational_rules_agreement_code_key").on(t.agreementId, t.code)],
);
