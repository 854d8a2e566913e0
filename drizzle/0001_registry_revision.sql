-- The registry revision: one number that every committed change to the registry advances.
-- Permission snapshots record the revision they were built from; a change notifies every
-- server process (LISTEN registry_changed) so none answers from an old snapshot.
CREATE TABLE "registry_state" (
	"id" boolean PRIMARY KEY DEFAULT true CHECK ("id"),
	"revision" bigint NOT NULL DEFAULT 1
);
--> statement-breakpoint
INSERT INTO "registry_state" ("id", "revision") VALUES (true, 1);
--> statement-breakpoint
CREATE FUNCTION "registry_bump_revision"() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
	next_revision bigint;
BEGIN
	UPDATE "registry_state" SET "revision" = "revision" + 1 RETURNING "revision" INTO next_revision;
	PERFORM pg_notify('registry_changed', next_revision::text);
	RETURN NULL;
END;
$$;
--> statement-breakpoint
DO $$
DECLARE
	t text;
BEGIN
	FOREACH t IN ARRAY ARRAY[
		'source_documents', 'organisations', 'purposes', 'channels', 'data_items', 'data_item_channels',
		'legal_gateways', 'gateway_companions', 'agreements', 'annexes', 'participants', 'signatories',
		'controller_designations', 'processing_conditions', 'document_versions', 'reviews', 'terminations',
		'flow_rules', 'flow_rule_purposes', 'flow_rule_data_items', 'flow_rule_channels', 'flow_rule_gateways',
		'flow_rule_conditions', 'conditions', 'restrictions', 'retention_rules', 'operational_rules'
	] LOOP
		EXECUTE format(
			'CREATE TRIGGER %I AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON %I FOR EACH STATEMENT EXECUTE FUNCTION registry_bump_revision()',
			t || '_bump_revision', t
		);
	END LOOP;
END;
$$;
