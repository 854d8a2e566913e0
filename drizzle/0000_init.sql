CREATE TYPE "public"."agreement_kind" AS ENUM('MOU', 'PMOU', 'ADDENDUM');--> statement-breakpoint
CREATE TYPE "public"."agreement_status" AS ENUM('DRAFT', 'IN_REVIEW', 'APPROVED', 'ACTIVE', 'SUSPENDED', 'TERMINATED', 'EXPIRED', 'SUPERSEDED');--> statement-breakpoint
CREATE TYPE "public"."classification" AS ENUM('RESTRICTED_IL3', 'OFFICIAL', 'OFFICIAL_SENSITIVE');--> statement-breakpoint
CREATE TYPE "public"."condition_kind" AS ENUM('PRECONDITION', 'DUTY');--> statement-breakpoint
CREATE TYPE "public"."controller_phase" AS ENUM('TRANSFER', 'AFTER_RECEIPT');--> statement-breakpoint
CREATE TYPE "public"."controller_role" AS ENUM('CONTROLLER_IN_COMMON', 'JOINT_CONTROLLER', 'SOLE_CONTROLLER', 'PROCESSOR');--> statement-breakpoint
CREATE TYPE "public"."flow_effect" AS ENUM('ALLOW', 'DENY');--> statement-breakpoint
CREATE TYPE "public"."gateway_kind" AS ENUM('PRIMARY_LEGISLATION', 'SECONDARY_LEGISLATION', 'COMMON_LAW');--> statement-breakpoint
CREATE TYPE "public"."nation" AS ENUM('ENGLAND', 'WALES', 'SCOTLAND', 'NORTHERN_IRELAND');--> statement-breakpoint
CREATE TYPE "public"."operational_rule_kind" AS ENUM('ROLE', 'SEGREGATION_OF_DUTIES', 'MANAGEMENT_CHECK', 'ACCESS_CONTROL', 'INCIDENT_REPORTING', 'MISCONDUCT');--> statement-breakpoint
CREATE TYPE "public"."organisation_kind" AS ENUM('CENTRAL_DEPARTMENT', 'NON_MINISTERIAL_DEPARTMENT', 'LOCAL_AUTHORITY', 'CONTRACTED_SERVICE_PROVIDER', 'ASSOCIATION');--> statement-breakpoint
CREATE TYPE "public"."participant_role" AS ENUM('PROVIDER', 'RECIPIENT', 'PROCESSOR', 'MOU_MANAGER');--> statement-breakpoint
CREATE TYPE "public"."restriction_kind" AS ENUM('ONWARD_DISCLOSURE', 'PURPOSE_REUSE', 'CROSS_NATION', 'TERRITORY', 'CHANNEL_PURPOSE');--> statement-breakpoint
CREATE TYPE "public"."review_outcome" AS ENUM('CONTINUE', 'AMEND', 'TERMINATE');--> statement-breakpoint
CREATE TYPE "public"."signatory_capacity" AS ENUM('OPERATIONAL_MANAGER', 'SECTION_151_OFFICER', 'SECTION_95_OFFICER', 'ACCOUNTABLE_OFFICER', 'HEAD_OF_DIVISION', 'CONTRACTED_SERVICE_PROVIDER', 'DEPARTMENTAL_SIGNATORY');--> statement-breakpoint
CREATE TYPE "public"."termination_kind" AS ENUM('NOTICE', 'IMMEDIATE_BREACH', 'REVOCATION', 'SUSPENSION');--> statement-breakpoint
CREATE TABLE "agreements" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"code" text NOT NULL,
	"kind" "agreement_kind" NOT NULL,
	"title" text NOT NULL,
	"reference" text NOT NULL,
	"parent_id" uuid,
	"owner_team" text NOT NULL,
	"owner_organisation_id" uuid NOT NULL,
	"status" "agreement_status" NOT NULL,
	"effective_from" date NOT NULL,
	"effective_to" date,
	"review_cadence_months" integer,
	"review_terms" text,
	"notice_period_months" integer,
	"termination_terms" text,
	"breach_notification_hours" integer,
	"subject_access_terms" text,
	"foi_terms" text,
	"security_terms" text,
	"onward_disclosure_terms" text,
	"summary" text NOT NULL,
	"revision" integer DEFAULT 1 NOT NULL,
	"source_document_id" uuid,
	"source_clause" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "agreements_code_unique" UNIQUE("code"),
	CONSTRAINT "agreements_code_format" CHECK (code ~ '^[a-z0-9]+([.-][a-z0-9]+)*$'),
	CONSTRAINT "agreements_period_order" CHECK ("agreements"."effective_to" IS NULL OR "agreements"."effective_to" >= "agreements"."effective_from"),
	CONSTRAINT "agreements_not_own_parent" CHECK ("agreements"."parent_id" IS DISTINCT FROM "agreements"."id"),
	CONSTRAINT "agreements_addendum_has_parent" CHECK ("agreements"."kind" <> 'ADDENDUM' OR "agreements"."parent_id" IS NOT NULL),
	CONSTRAINT "agreements_review_cadence_positive" CHECK ("agreements"."review_cadence_months" IS NULL OR "agreements"."review_cadence_months" > 0),
	CONSTRAINT "agreements_notice_period_non_negative" CHECK ("agreements"."notice_period_months" IS NULL OR "agreements"."notice_period_months" >= 0),
	CONSTRAINT "agreements_breach_window_positive" CHECK ("agreements"."breach_notification_hours" IS NULL OR "agreements"."breach_notification_hours" > 0),
	CONSTRAINT "agreements_revision_positive" CHECK ("agreements"."revision" > 0)
);
--> statement-breakpoint
CREATE TABLE "annexes" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"agreement_id" uuid NOT NULL,
	"label" text NOT NULL,
	"title" text NOT NULL,
	"summary" text NOT NULL,
	"signed_separately" boolean NOT NULL,
	"position" integer NOT NULL,
	"source_document_id" uuid,
	"source_clause" text,
	CONSTRAINT "annexes_agreement_label_key" UNIQUE("agreement_id","label"),
	CONSTRAINT "annexes_id_agreement_key" UNIQUE("id","agreement_id"),
	CONSTRAINT "annexes_label_present" CHECK (length(trim("annexes"."label")) > 0)
);
--> statement-breakpoint
CREATE TABLE "controller_designations" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"agreement_id" uuid NOT NULL,
	"participant_id" uuid NOT NULL,
	"phase" "controller_phase" NOT NULL,
	"role" "controller_role" NOT NULL,
	"description" text NOT NULL,
	"source_document_id" uuid,
	"source_clause" text,
	CONSTRAINT "controller_designations_participant_phase_key" UNIQUE("participant_id","phase")
);
--> statement-breakpoint
CREATE TABLE "document_versions" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"agreement_id" uuid NOT NULL,
	"label" text NOT NULL,
	"issued_on" date,
	"summary" text NOT NULL,
	"position" integer NOT NULL,
	"source_document_id" uuid,
	"source_clause" text,
	CONSTRAINT "document_versions_agreement_label_key" UNIQUE("agreement_id","label")
);
--> statement-breakpoint
CREATE TABLE "participants" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"agreement_id" uuid NOT NULL,
	"organisation_id" uuid NOT NULL,
	"roles" "participant_role"[] NOT NULL,
	"description" text,
	"source_document_id" uuid,
	"source_clause" text,
	CONSTRAINT "participants_agreement_organisation_key" UNIQUE("agreement_id","organisation_id"),
	CONSTRAINT "participants_id_agreement_key" UNIQUE("id","agreement_id"),
	CONSTRAINT "participants_has_role" CHECK (cardinality("participants"."roles") > 0)
);
--> statement-breakpoint
CREATE TABLE "processing_conditions" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"agreement_id" uuid NOT NULL,
	"participant_id" uuid NOT NULL,
	"article" text NOT NULL,
	"description" text NOT NULL,
	"applies_from" date,
	"source_document_id" uuid,
	"source_clause" text
);
--> statement-breakpoint
CREATE TABLE "reviews" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"agreement_id" uuid NOT NULL,
	"reviewed_on" date NOT NULL,
	"reviewer" text NOT NULL,
	"outcome" "review_outcome" NOT NULL,
	"findings" text NOT NULL,
	"next_due_on" date,
	"source_document_id" uuid,
	"source_clause" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "reviews_next_due_after" CHECK ("reviews"."next_due_on" IS NULL OR "reviews"."next_due_on" > "reviews"."reviewed_on")
);
--> statement-breakpoint
CREATE TABLE "signatories" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"agreement_id" uuid NOT NULL,
	"participant_id" uuid NOT NULL,
	"annex_id" uuid,
	"name" text NOT NULL,
	"capacity" "signatory_capacity" NOT NULL,
	"position" text,
	"signed_on" date NOT NULL,
	"sample" boolean DEFAULT false NOT NULL,
	"source_document_id" uuid,
	"source_clause" text
);
--> statement-breakpoint
CREATE TABLE "terminations" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"agreement_id" uuid NOT NULL,
	"kind" "termination_kind" NOT NULL,
	"by_organisation_id" uuid,
	"given_on" date NOT NULL,
	"effective_on" date NOT NULL,
	"reason" text NOT NULL,
	"source_document_id" uuid,
	"source_clause" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "terminations_effective_after_given" CHECK ("terminations"."effective_on" >= "terminations"."given_on")
);
--> statement-breakpoint
CREATE TABLE "channels" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"code" text NOT NULL,
	"name" text NOT NULL,
	"description" text NOT NULL,
	"source_document_id" uuid,
	"source_clause" text,
	CONSTRAINT "channels_code_unique" UNIQUE("code"),
	CONSTRAINT "channels_code_format" CHECK (code ~ '^[a-z0-9]+([.-][a-z0-9]+)*$')
);
--> statement-breakpoint
CREATE TABLE "data_item_channels" (
	"data_item_id" uuid NOT NULL,
	"channel_id" uuid NOT NULL,
	CONSTRAINT "data_item_channels_data_item_id_channel_id_pk" PRIMARY KEY("data_item_id","channel_id")
);
--> statement-breakpoint
CREATE TABLE "data_items" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"code" text NOT NULL,
	"name" text NOT NULL,
	"description" text,
	"parent_id" uuid,
	"originating_controller_id" uuid NOT NULL,
	"classification" "classification" NOT NULL,
	"source_document_id" uuid,
	"source_clause" text,
	CONSTRAINT "data_items_code_unique" UNIQUE("code"),
	CONSTRAINT "data_items_code_format" CHECK (code ~ '^[a-z0-9]+([.-][a-z0-9]+)*$'),
	CONSTRAINT "data_items_not_own_parent" CHECK ("data_items"."parent_id" IS DISTINCT FROM "data_items"."id")
);
--> statement-breakpoint
CREATE TABLE "gateway_companions" (
	"gateway_id" uuid NOT NULL,
	"companion_id" uuid NOT NULL,
	CONSTRAINT "gateway_companions_gateway_id_companion_id_pk" PRIMARY KEY("gateway_id","companion_id"),
	CONSTRAINT "gateway_companions_not_self" CHECK ("gateway_companions"."gateway_id" <> "gateway_companions"."companion_id")
);
--> statement-breakpoint
CREATE TABLE "legal_gateways" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"code" text NOT NULL,
	"kind" "gateway_kind" NOT NULL,
	"instrument" text NOT NULL,
	"provision" text NOT NULL,
	"citation" text NOT NULL,
	"summary" text NOT NULL,
	"url" text,
	"in_force_from" date,
	"in_force_to" date,
	"source_document_id" uuid,
	"source_clause" text,
	CONSTRAINT "legal_gateways_code_unique" UNIQUE("code"),
	CONSTRAINT "legal_gateways_code_format" CHECK (code ~ '^[a-z0-9]+([.-][a-z0-9]+)*$'),
	CONSTRAINT "legal_gateways_citation_present" CHECK (length(trim("legal_gateways"."citation")) > 0),
	CONSTRAINT "legal_gateways_in_force_order" CHECK ("legal_gateways"."in_force_to" IS NULL OR "legal_gateways"."in_force_from" IS NULL OR "legal_gateways"."in_force_to" >= "legal_gateways"."in_force_from"),
	CONSTRAINT "legal_gateways_statute_has_provision" CHECK ("legal_gateways"."kind" = 'COMMON_LAW' OR length(trim("legal_gateways"."provision")) > 0)
);
--> statement-breakpoint
CREATE TABLE "organisations" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"code" text NOT NULL,
	"name" text NOT NULL,
	"kind" "organisation_kind" NOT NULL,
	"nation" "nation",
	"sample" boolean DEFAULT false NOT NULL,
	"acts_for_id" uuid,
	"source_document_id" uuid,
	"source_clause" text,
	CONSTRAINT "organisations_code_unique" UNIQUE("code"),
	CONSTRAINT "organisations_code_format" CHECK (code ~ '^[a-z0-9]+([.-][a-z0-9]+)*$'),
	CONSTRAINT "organisations_la_has_nation" CHECK ("organisations"."kind" <> 'LOCAL_AUTHORITY' OR "organisations"."nation" IS NOT NULL),
	CONSTRAINT "organisations_csp_acts_for" CHECK ("organisations"."kind" <> 'CONTRACTED_SERVICE_PROVIDER' OR "organisations"."acts_for_id" IS NOT NULL)
);
--> statement-breakpoint
CREATE TABLE "purposes" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"code" text NOT NULL,
	"name" text NOT NULL,
	"description" text NOT NULL,
	"parent_id" uuid,
	"source_document_id" uuid,
	"source_clause" text,
	CONSTRAINT "purposes_code_unique" UNIQUE("code"),
	CONSTRAINT "purposes_code_format" CHECK (code ~ '^[a-z0-9]+([.-][a-z0-9]+)*$'),
	CONSTRAINT "purposes_not_own_parent" CHECK ("purposes"."parent_id" IS DISTINCT FROM "purposes"."id")
);
--> statement-breakpoint
CREATE TABLE "conditions" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"agreement_id" uuid NOT NULL,
	"annex_id" uuid,
	"code" text NOT NULL,
	"kind" "condition_kind" NOT NULL,
	"description" text NOT NULL,
	"fact_key" text,
	"clause_reference" text NOT NULL,
	"source_document_id" uuid,
	"source_clause" text,
	CONSTRAINT "conditions_agreement_code_key" UNIQUE("agreement_id","code"),
	CONSTRAINT "conditions_id_agreement_key" UNIQUE("id","agreement_id"),
	CONSTRAINT "conditions_fact_key_on_precondition" CHECK ("conditions"."fact_key" IS NULL OR "conditions"."kind" = 'PRECONDITION'),
	CONSTRAINT "conditions_precondition_has_fact_key" CHECK ("conditions"."kind" <> 'PRECONDITION' OR "conditions"."fact_key" IS NOT NULL),
	CONSTRAINT "conditions_clause_present" CHECK (length(trim("conditions"."clause_reference")) > 0),
	CONSTRAINT "conditions_fact_key_format" CHECK ("conditions"."fact_key" IS NULL OR "conditions"."fact_key" ~ '^[a-z0-9]+(-[a-z0-9]+)*$')
);
--> statement-breakpoint
CREATE TABLE "flow_rule_channels" (
	"flow_rule_id" uuid NOT NULL,
	"channel_id" uuid NOT NULL,
	CONSTRAINT "flow_rule_channels_flow_rule_id_channel_id_pk" PRIMARY KEY("flow_rule_id","channel_id")
);
--> statement-breakpoint
CREATE TABLE "flow_rule_conditions" (
	"flow_rule_id" uuid NOT NULL,
	"condition_id" uuid NOT NULL,
	CONSTRAINT "flow_rule_conditions_flow_rule_id_condition_id_pk" PRIMARY KEY("flow_rule_id","condition_id")
);
--> statement-breakpoint
CREATE TABLE "flow_rule_data_items" (
	"flow_rule_id" uuid NOT NULL,
	"data_item_id" uuid NOT NULL,
	CONSTRAINT "flow_rule_data_items_flow_rule_id_data_item_id_pk" PRIMARY KEY("flow_rule_id","data_item_id")
);
--> statement-breakpoint
CREATE TABLE "flow_rule_gateways" (
	"flow_rule_id" uuid NOT NULL,
	"gateway_id" uuid NOT NULL,
	CONSTRAINT "flow_rule_gateways_flow_rule_id_gateway_id_pk" PRIMARY KEY("flow_rule_id","gateway_id")
);
--> statement-breakpoint
CREATE TABLE "flow_rule_purposes" (
	"flow_rule_id" uuid NOT NULL,
	"purpose_id" uuid NOT NULL,
	CONSTRAINT "flow_rule_purposes_flow_rule_id_purpose_id_pk" PRIMARY KEY("flow_rule_id","purpose_id")
);
--> statement-breakpoint
CREATE TABLE "flow_rules" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"code" text NOT NULL,
	"agreement_id" uuid NOT NULL,
	"annex_id" uuid,
	"provider_id" uuid NOT NULL,
	"recipient_id" uuid,
	"effect" "flow_effect" NOT NULL,
	"description" text NOT NULL,
	"clause_reference" text NOT NULL,
	"source_document_id" uuid,
	"source_clause" text,
	CONSTRAINT "flow_rules_code_unique" UNIQUE("code"),
	CONSTRAINT "flow_rules_code_format" CHECK (code ~ '^[a-z0-9]+([.-][a-z0-9]+)*$'),
	CONSTRAINT "flow_rules_clause_present" CHECK (length(trim("flow_rules"."clause_reference")) > 0),
	CONSTRAINT "flow_rules_distinct_parties" CHECK ("flow_rules"."recipient_id" IS DISTINCT FROM "flow_rules"."provider_id")
);
--> statement-breakpoint
CREATE TABLE "operational_rules" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"agreement_id" uuid NOT NULL,
	"code" text NOT NULL,
	"kind" "operational_rule_kind" NOT NULL,
	"title" text NOT NULL,
	"description" text NOT NULL,
	"source_document_id" uuid,
	"source_clause" text,
	CONSTRAINT "operational_rules_agreement_code_key" UNIQUE("agreement_id","code")
);
--> statement-breakpoint
CREATE TABLE "restrictions" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"agreement_id" uuid NOT NULL,
	"annex_id" uuid,
	"code" text NOT NULL,
	"kind" "restriction_kind" NOT NULL,
	"description" text NOT NULL,
	"originating_controller_id" uuid,
	"purpose_id" uuid,
	"channel_id" uuid,
	"approval_by_id" uuid,
	"permitted_territories" text[],
	"fact_key" text,
	"clause_reference" text NOT NULL,
	"source_document_id" uuid,
	"source_clause" text,
	CONSTRAINT "restrictions_agreement_code_key" UNIQUE("agreement_id","code"),
	CONSTRAINT "restrictions_territory_listed" CHECK ("restrictions"."kind" <> 'TERRITORY' OR coalesce(cardinality("restrictions"."permitted_territories"), 0) > 0),
	CONSTRAINT "restrictions_territories_only_for_territory" CHECK ("restrictions"."kind" = 'TERRITORY' OR "restrictions"."permitted_territories" IS NULL),
	CONSTRAINT "restrictions_clause_present" CHECK (length(trim("restrictions"."clause_reference")) > 0),
	CONSTRAINT "restrictions_territory_codes" CHECK ("restrictions"."permitted_territories" IS NULL OR array_to_string("restrictions"."permitted_territories", ',') ~ '^[A-Z]{2}(,[A-Z]{2})*$')
);
--> statement-breakpoint
CREATE TABLE "retention_rules" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"agreement_id" uuid NOT NULL,
	"record_type" text NOT NULL,
	"data_item_id" uuid,
	"period_months" integer,
	"disposition" text NOT NULL,
	"trigger" text,
	"source_document_id" uuid,
	"source_clause" text,
	CONSTRAINT "retention_rules_period_non_negative" CHECK ("retention_rules"."period_months" IS NULL OR "retention_rules"."period_months" >= 0)
);
--> statement-breakpoint
CREATE TABLE "source_documents" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"code" text NOT NULL,
	"title" text NOT NULL,
	"version_label" text,
	"issued_on" date,
	"file" text NOT NULL,
	"summary" text NOT NULL,
	CONSTRAINT "source_documents_code_unique" UNIQUE("code")
);
--> statement-breakpoint
ALTER TABLE "agreements" ADD CONSTRAINT "agreements_parent_id_agreements_id_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."agreements"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "agreements" ADD CONSTRAINT "agreements_owner_organisation_id_organisations_id_fk" FOREIGN KEY ("owner_organisation_id") REFERENCES "public"."organisations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "agreements" ADD CONSTRAINT "agreements_source_document_id_source_documents_id_fk" FOREIGN KEY ("source_document_id") REFERENCES "public"."source_documents"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "annexes" ADD CONSTRAINT "annexes_agreement_id_agreements_id_fk" FOREIGN KEY ("agreement_id") REFERENCES "public"."agreements"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "annexes" ADD CONSTRAINT "annexes_source_document_id_source_documents_id_fk" FOREIGN KEY ("source_document_id") REFERENCES "public"."source_documents"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "controller_designations" ADD CONSTRAINT "controller_designations_agreement_id_agreements_id_fk" FOREIGN KEY ("agreement_id") REFERENCES "public"."agreements"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "controller_designations" ADD CONSTRAINT "controller_designations_participant_id_participants_id_fk" FOREIGN KEY ("participant_id") REFERENCES "public"."participants"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "controller_designations" ADD CONSTRAINT "controller_designations_source_document_id_source_documents_id_fk" FOREIGN KEY ("source_document_id") REFERENCES "public"."source_documents"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "controller_designations" ADD CONSTRAINT "controller_designations_participant_same_agreement_fk" FOREIGN KEY ("participant_id","agreement_id") REFERENCES "public"."participants"("id","agreement_id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "document_versions" ADD CONSTRAINT "document_versions_agreement_id_agreements_id_fk" FOREIGN KEY ("agreement_id") REFERENCES "public"."agreements"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "document_versions" ADD CONSTRAINT "document_versions_source_document_id_source_documents_id_fk" FOREIGN KEY ("source_document_id") REFERENCES "public"."source_documents"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "participants" ADD CONSTRAINT "participants_agreement_id_agreements_id_fk" FOREIGN KEY ("agreement_id") REFERENCES "public"."agreements"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "participants" ADD CONSTRAINT "participants_organisation_id_organisations_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "participants" ADD CONSTRAINT "participants_source_document_id_source_documents_id_fk" FOREIGN KEY ("source_document_id") REFERENCES "public"."source_documents"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "processing_conditions" ADD CONSTRAINT "processing_conditions_agreement_id_agreements_id_fk" FOREIGN KEY ("agreement_id") REFERENCES "public"."agreements"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "processing_conditions" ADD CONSTRAINT "processing_conditions_participant_id_participants_id_fk" FOREIGN KEY ("participant_id") REFERENCES "public"."participants"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "processing_conditions" ADD CONSTRAINT "processing_conditions_source_document_id_source_documents_id_fk" FOREIGN KEY ("source_document_id") REFERENCES "public"."source_documents"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "processing_conditions" ADD CONSTRAINT "processing_conditions_participant_same_agreement_fk" FOREIGN KEY ("participant_id","agreement_id") REFERENCES "public"."participants"("id","agreement_id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "reviews" ADD CONSTRAINT "reviews_agreement_id_agreements_id_fk" FOREIGN KEY ("agreement_id") REFERENCES "public"."agreements"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "reviews" ADD CONSTRAINT "reviews_source_document_id_source_documents_id_fk" FOREIGN KEY ("source_document_id") REFERENCES "public"."source_documents"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "signatories" ADD CONSTRAINT "signatories_agreement_id_agreements_id_fk" FOREIGN KEY ("agreement_id") REFERENCES "public"."agreements"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "signatories" ADD CONSTRAINT "signatories_participant_id_participants_id_fk" FOREIGN KEY ("participant_id") REFERENCES "public"."participants"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "signatories" ADD CONSTRAINT "signatories_annex_id_annexes_id_fk" FOREIGN KEY ("annex_id") REFERENCES "public"."annexes"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "signatories" ADD CONSTRAINT "signatories_source_document_id_source_documents_id_fk" FOREIGN KEY ("source_document_id") REFERENCES "public"."source_documents"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "signatories" ADD CONSTRAINT "signatories_participant_same_agreement_fk" FOREIGN KEY ("participant_id","agreement_id") REFERENCES "public"."participants"("id","agreement_id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "signatories" ADD CONSTRAINT "signatories_annex_same_agreement_fk" FOREIGN KEY ("annex_id","agreement_id") REFERENCES "public"."annexes"("id","agreement_id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "terminations" ADD CONSTRAINT "terminations_agreement_id_agreements_id_fk" FOREIGN KEY ("agreement_id") REFERENCES "public"."agreements"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "terminations" ADD CONSTRAINT "terminations_by_organisation_id_organisations_id_fk" FOREIGN KEY ("by_organisation_id") REFERENCES "public"."organisations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "terminations" ADD CONSTRAINT "terminations_source_document_id_source_documents_id_fk" FOREIGN KEY ("source_document_id") REFERENCES "public"."source_documents"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "channels" ADD CONSTRAINT "channels_source_document_id_source_documents_id_fk" FOREIGN KEY ("source_document_id") REFERENCES "public"."source_documents"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "data_item_channels" ADD CONSTRAINT "data_item_channels_data_item_id_data_items_id_fk" FOREIGN KEY ("data_item_id") REFERENCES "public"."data_items"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "data_item_channels" ADD CONSTRAINT "data_item_channels_channel_id_channels_id_fk" FOREIGN KEY ("channel_id") REFERENCES "public"."channels"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "data_items" ADD CONSTRAINT "data_items_parent_id_data_items_id_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."data_items"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "data_items" ADD CONSTRAINT "data_items_originating_controller_id_organisations_id_fk" FOREIGN KEY ("originating_controller_id") REFERENCES "public"."organisations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "data_items" ADD CONSTRAINT "data_items_source_document_id_source_documents_id_fk" FOREIGN KEY ("source_document_id") REFERENCES "public"."source_documents"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "gateway_companions" ADD CONSTRAINT "gateway_companions_gateway_id_legal_gateways_id_fk" FOREIGN KEY ("gateway_id") REFERENCES "public"."legal_gateways"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "gateway_companions" ADD CONSTRAINT "gateway_companions_companion_id_legal_gateways_id_fk" FOREIGN KEY ("companion_id") REFERENCES "public"."legal_gateways"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "legal_gateways" ADD CONSTRAINT "legal_gateways_source_document_id_source_documents_id_fk" FOREIGN KEY ("source_document_id") REFERENCES "public"."source_documents"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "organisations" ADD CONSTRAINT "organisations_acts_for_id_organisations_id_fk" FOREIGN KEY ("acts_for_id") REFERENCES "public"."organisations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "organisations" ADD CONSTRAINT "organisations_source_document_id_source_documents_id_fk" FOREIGN KEY ("source_document_id") REFERENCES "public"."source_documents"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "purposes" ADD CONSTRAINT "purposes_parent_id_purposes_id_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."purposes"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "purposes" ADD CONSTRAINT "purposes_source_document_id_source_documents_id_fk" FOREIGN KEY ("source_document_id") REFERENCES "public"."source_documents"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "conditions" ADD CONSTRAINT "conditions_agreement_id_agreements_id_fk" FOREIGN KEY ("agreement_id") REFERENCES "public"."agreements"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "conditions" ADD CONSTRAINT "conditions_source_document_id_source_documents_id_fk" FOREIGN KEY ("source_document_id") REFERENCES "public"."source_documents"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "conditions" ADD CONSTRAINT "conditions_annex_same_agreement_fk" FOREIGN KEY ("annex_id","agreement_id") REFERENCES "public"."annexes"("id","agreement_id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "flow_rule_channels" ADD CONSTRAINT "flow_rule_channels_flow_rule_id_flow_rules_id_fk" FOREIGN KEY ("flow_rule_id") REFERENCES "public"."flow_rules"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "flow_rule_channels" ADD CONSTRAINT "flow_rule_channels_channel_id_channels_id_fk" FOREIGN KEY ("channel_id") REFERENCES "public"."channels"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "flow_rule_conditions" ADD CONSTRAINT "flow_rule_conditions_flow_rule_id_flow_rules_id_fk" FOREIGN KEY ("flow_rule_id") REFERENCES "public"."flow_rules"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "flow_rule_conditions" ADD CONSTRAINT "flow_rule_conditions_condition_id_conditions_id_fk" FOREIGN KEY ("condition_id") REFERENCES "public"."conditions"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "flow_rule_data_items" ADD CONSTRAINT "flow_rule_data_items_flow_rule_id_flow_rules_id_fk" FOREIGN KEY ("flow_rule_id") REFERENCES "public"."flow_rules"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "flow_rule_data_items" ADD CONSTRAINT "flow_rule_data_items_data_item_id_data_items_id_fk" FOREIGN KEY ("data_item_id") REFERENCES "public"."data_items"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "flow_rule_gateways" ADD CONSTRAINT "flow_rule_gateways_flow_rule_id_flow_rules_id_fk" FOREIGN KEY ("flow_rule_id") REFERENCES "public"."flow_rules"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "flow_rule_gateways" ADD CONSTRAINT "flow_rule_gateways_gateway_id_legal_gateways_id_fk" FOREIGN KEY ("gateway_id") REFERENCES "public"."legal_gateways"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "flow_rule_purposes" ADD CONSTRAINT "flow_rule_purposes_flow_rule_id_flow_rules_id_fk" FOREIGN KEY ("flow_rule_id") REFERENCES "public"."flow_rules"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "flow_rule_purposes" ADD CONSTRAINT "flow_rule_purposes_purpose_id_purposes_id_fk" FOREIGN KEY ("purpose_id") REFERENCES "public"."purposes"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "flow_rules" ADD CONSTRAINT "flow_rules_agreement_id_agreements_id_fk" FOREIGN KEY ("agreement_id") REFERENCES "public"."agreements"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "flow_rules" ADD CONSTRAINT "flow_rules_provider_id_organisations_id_fk" FOREIGN KEY ("provider_id") REFERENCES "public"."organisations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "flow_rules" ADD CONSTRAINT "flow_rules_recipient_id_organisations_id_fk" FOREIGN KEY ("recipient_id") REFERENCES "public"."organisations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "flow_rules" ADD CONSTRAINT "flow_rules_source_document_id_source_documents_id_fk" FOREIGN KEY ("source_document_id") REFERENCES "public"."source_documents"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "flow_rules" ADD CONSTRAINT "flow_rules_annex_same_agreement_fk" FOREIGN KEY ("annex_id","agreement_id") REFERENCES "public"."annexes"("id","agreement_id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "operational_rules" ADD CONSTRAINT "operational_rules_agreement_id_agreements_id_fk" FOREIGN KEY ("agreement_id") REFERENCES "public"."agreements"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "operational_rules" ADD CONSTRAINT "operational_rules_source_document_id_source_documents_id_fk" FOREIGN KEY ("source_document_id") REFERENCES "public"."source_documents"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "restrictions" ADD CONSTRAINT "restrictions_agreement_id_agreements_id_fk" FOREIGN KEY ("agreement_id") REFERENCES "public"."agreements"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "restrictions" ADD CONSTRAINT "restrictions_originating_controller_id_organisations_id_fk" FOREIGN KEY ("originating_controller_id") REFERENCES "public"."organisations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "restrictions" ADD CONSTRAINT "restrictions_purpose_id_purposes_id_fk" FOREIGN KEY ("purpose_id") REFERENCES "public"."purposes"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "restrictions" ADD CONSTRAINT "restrictions_channel_id_channels_id_fk" FOREIGN KEY ("channel_id") REFERENCES "public"."channels"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "restrictions" ADD CONSTRAINT "restrictions_approval_by_id_organisations_id_fk" FOREIGN KEY ("approval_by_id") REFERENCES "public"."organisations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "restrictions" ADD CONSTRAINT "restrictions_source_document_id_source_documents_id_fk" FOREIGN KEY ("source_document_id") REFERENCES "public"."source_documents"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "restrictions" ADD CONSTRAINT "restrictions_annex_same_agreement_fk" FOREIGN KEY ("annex_id","agreement_id") REFERENCES "public"."annexes"("id","agreement_id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "retention_rules" ADD CONSTRAINT "retention_rules_agreement_id_agreements_id_fk" FOREIGN KEY ("agreement_id") REFERENCES "public"."agreements"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "retention_rules" ADD CONSTRAINT "retention_rules_data_item_id_data_items_id_fk" FOREIGN KEY ("data_item_id") REFERENCES "public"."data_items"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "retention_rules" ADD CONSTRAINT "retention_rules_source_document_id_source_documents_id_fk" FOREIGN KEY ("source_document_id") REFERENCES "public"."source_documents"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "agreements_status_kind_idx" ON "agreements" USING btree ("status","kind");--> statement-breakpoint
CREATE INDEX "agreements_parent_idx" ON "agreements" USING btree ("parent_id");--> statement-breakpoint
CREATE INDEX "participants_organisation_idx" ON "participants" USING btree ("organisation_id");--> statement-breakpoint
CREATE INDEX "processing_conditions_agreement_idx" ON "processing_conditions" USING btree ("agreement_id");--> statement-breakpoint
CREATE INDEX "reviews_agreement_idx" ON "reviews" USING btree ("agreement_id","reviewed_on");--> statement-breakpoint
CREATE INDEX "signatories_agreement_idx" ON "signatories" USING btree ("agreement_id");--> statement-breakpoint
CREATE INDEX "signatories_participant_idx" ON "signatories" USING btree ("participant_id");--> statement-breakpoint
CREATE INDEX "terminations_agreement_idx" ON "terminations" USING btree ("agreement_id");--> statement-breakpoint
CREATE INDEX "data_item_channels_channel_idx" ON "data_item_channels" USING btree ("channel_id");--> statement-breakpoint
CREATE INDEX "data_items_parent_idx" ON "data_items" USING btree ("parent_id");--> statement-breakpoint
CREATE INDEX "organisations_kind_nation_idx" ON "organisations" USING btree ("kind","nation");--> statement-breakpoint
CREATE INDEX "purposes_parent_idx" ON "purposes" USING btree ("parent_id");--> statement-breakpoint
CREATE INDEX "flow_rule_data_items_item_idx" ON "flow_rule_data_items" USING btree ("data_item_id");--> statement-breakpoint
CREATE INDEX "flow_rule_gateways_gateway_idx" ON "flow_rule_gateways" USING btree ("gateway_id");--> statement-breakpoint
CREATE INDEX "flow_rule_purposes_purpose_idx" ON "flow_rule_purposes" USING btree ("purpose_id");--> statement-breakpoint
CREATE INDEX "flow_rules_agreement_idx" ON "flow_rules" USING btree ("agreement_id");--> statement-breakpoint
CREATE INDEX "flow_rules_provider_recipient_idx" ON "flow_rules" USING btree ("provider_id","recipient_id");--> statement-breakpoint
CREATE INDEX "retention_rules_agreement_idx" ON "retention_rules" USING btree ("agreement_id");