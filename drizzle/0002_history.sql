CREATE TABLE "agreement_revisions" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"agreement_id" uuid NOT NULL,
	"lineage_id" uuid NOT NULL,
	"number" integer NOT NULL,
	"operation" text NOT NULL,
	"reason" text NOT NULL,
	"principal" text NOT NULL,
	"role" text NOT NULL,
	"recorded_at" timestamp with time zone DEFAULT now() NOT NULL,
	"status" "agreement_status" NOT NULL,
	"in_force_from" date,
	"in_force_to" date,
	"content" jsonb NOT NULL,
	"changes" jsonb NOT NULL,
	CONSTRAINT "agreement_revisions_agreement_number_key" UNIQUE("agreement_id","number"),
	CONSTRAINT "agreement_revisions_number_positive" CHECK ("agreement_revisions"."number" > 0),
	CONSTRAINT "agreement_revisions_reason_present" CHECK (length(trim("agreement_revisions"."reason")) > 0)
);
--> statement-breakpoint
CREATE TABLE "audit_log" (
	"seq" bigint PRIMARY KEY NOT NULL,
	"recorded_at" timestamp (3) with time zone NOT NULL,
	"kind" text NOT NULL,
	"principal" text NOT NULL,
	"role" text NOT NULL,
	"operation" text NOT NULL,
	"subject" text,
	"input_hash" text NOT NULL,
	"outcome" text NOT NULL,
	"prev_hash" text NOT NULL,
	"hash" text NOT NULL,
	CONSTRAINT "audit_log_kind" CHECK ("audit_log"."kind" IN ('MUTATION', 'DECISION')),
	CONSTRAINT "audit_log_seq_positive" CHECK ("audit_log"."seq" > 0)
);
--> statement-breakpoint
ALTER TABLE "agreements" ADD COLUMN "derived_from_id" uuid;--> statement-breakpoint
ALTER TABLE "agreements" ADD COLUMN "amends_id" uuid;--> statement-breakpoint
ALTER TABLE "agreements" ADD COLUMN "signing_terms" text;--> statement-breakpoint
ALTER TABLE "agreement_revisions" ADD CONSTRAINT "agreement_revisions_agreement_id_agreements_id_fk" FOREIGN KEY ("agreement_id") REFERENCES "public"."agreements"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "agreement_revisions" ADD CONSTRAINT "agreement_revisions_lineage_id_agreements_id_fk" FOREIGN KEY ("lineage_id") REFERENCES "public"."agreements"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "agreement_revisions_lineage_in_force_idx" ON "agreement_revisions" USING btree ("lineage_id","in_force_from");--> statement-breakpoint
CREATE INDEX "audit_log_recorded_at_idx" ON "audit_log" USING btree ("recorded_at");--> statement-breakpoint
ALTER TABLE "agreements" ADD CONSTRAINT "agreements_derived_from_id_agreements_id_fk" FOREIGN KEY ("derived_from_id") REFERENCES "public"."agreements"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "agreements" ADD CONSTRAINT "agreements_amends_id_agreements_id_fk" FOREIGN KEY ("amends_id") REFERENCES "public"."agreements"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "agreements_amends_idx" ON "agreements" USING btree ("amends_id");