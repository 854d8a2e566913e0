import { pgEnum } from "drizzle-orm/pg-core";

export const organisationKind = pgEnum("organisation_kind", [
  "CENTRAL_DEPARTMENT",
  "NON_MINISTERIAL_DEPARTMENT",
  "LOCAL_AUTHORITY",
  "CONTRACTED_SERVICE_PROVIDER",
  "ASSOCIATION",
]);
export const nation = pgEnum("nation", ["ENGLAND", "WALES", "SCOTLAND", "NORTHERN_IRELAND"]);
export const agreementKind = pgEnum("agreement_kind", ["MOU", "PMOU", "ADDENDUM"]);
export const agreementStatus = pgEnum("agreement_status", [
  "DRAFT",
  "IN_REVIEW",
  "APPROVED",
  "ACTIVE",
  "SUSPENDED",
  "TERMINATED",
  "EXPIRED",
  "SUPERSEDED",
]);
export const participantRole = pgEnum("participant_role", ["PROVIDER", "RECIPIENT", "PROCESSOR", "MOU_MANAGER"]);
export const signatoryCapacity = pgEnum("signatory_capacity", [
  "OPERATIONAL_MANAGER",
  "SECTION_151_OFFICER",
  "SECTION_95_OFFICER",
  "ACCOUNTABLE_OFFICER",
  "HEAD_OF_DIVISION",
  "CONTRACTED_SERVICE_PROVIDER",
  "DEPARTMENTAL_SIGNATORY",
]);
export const controllerPhase = pgEnum("controller_phase", ["TRANSFER", "AFTER_RECEIPT"]);
export const controllerRole = pgEnum("controller_role", [
  "CONTROLLER_IN_COMMON",
  "JOINT_CONTROLLER",
  "SOLE_CONTROLLER",
  "PROCESSOR",
]);
export const gatewayKind = pgEnum("gateway_kind", ["PRIMARY_LEGISLATION", "SECONDARY_LEGISLATION", "COMMON_LAW"]);
export const classification = pgEnum("classification", ["RESTRICTED_IL3", "OFFICIAL", "OFFICIAL_SENSITIVE"]);
export const flowEffect = pgEnum("flow_effect", ["ALLOW", "DENY"]);
export const conditionKind = pgEnum("condition_kind", ["PRECONDITION", "DUTY"]);
export const restrictionKind = pgEnum("restriction_kind", [
  "ONWARD_DISCLOSURE",
  "PURPOSE_REUSE",
  "CROSS_NATION",
  "TERRITORY",
  "CHANNEL_PURPOSE",
]);
export const operationalRuleKind = pgEnum("operational_rule_kind", [
  "ROLE",
  "SEGREGATION_OF_DUTIES",
  "MANAGEMENT_CHECK",
  "ACCESS_CONTROL",
  "INCIDENT_REPORTING",
  "MISCONDUCT",
]);
export const reviewOutcome = pgEnum("review_outcome", ["CONTINUE", "AMEND", "TERMINATE"]);
export const terminationKind = pgEnum("termination_kind", ["NOTICE", "IMMEDIATE_BREACH", "REVOCATION", "SUSPENSION"]);
