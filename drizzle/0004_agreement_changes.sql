-- Which agreements changed, and in which transaction. The permission snapshot re-reads only the
-- agreements changed by transactions its previous read could not see (pg_visible_in_snapshot),
-- whatever path the change took: API, seed, or an operator's SQL. One row per agreement, holding
-- the last transaction that touched it or any of its snapshot-relevant parts.
CREATE TABLE "agreement_changes" (
	"agreement_id" uuid PRIMARY KEY,
	"xact" xid8 NOT NULL
);
--> statement-breakpoint
-- TG_ARGV[0] names the column that leads to the agreement: 'id' (agreements), 'agreement_id', or
-- 'flow_rule_id' (through flow_rules). Statement-level, over the transition table of changed rows.
CREATE FUNCTION "stamp_agreement_change"() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
	rows_changed text := CASE TG_OP WHEN 'UPDATE' THEN '(SELECT * FROM new_rows UNION ALL SELECT * FROM old_rows)'
		WHEN 'INSERT' THEN 'new_rows' ELSE 'old_rows' END;
	agreement text := CASE TG_ARGV[0] WHEN 'flow_rule_id' THEN 'r.agreement_id' ELSE format('c.%I', TG_ARGV[0]) END;
	via_rule text := CASE TG_ARGV[0] WHEN 'flow_rule_id' THEN 'JOIN flow_rules r ON r.id = c.flow_rule_id' ELSE '' END;
BEGIN
	EXECUTE format(
		'INSERT INTO agreement_changes (agreement_id, xact) SELECT DISTINCT %s, pg_current_xact_id() FROM %s c %s '
		'ON CONFLICT (agreement_id) DO UPDATE SET xact = excluded.xact',
		agreement, rows_changed, via_rule
	);
	RETURN NULL;
END;
$$;
--> statement-breakpoint
-- A TRUNCATE names no rows, and a catalogue change (rare: organisations, purposes, items,
-- channels, gateways) may touch any agreement: the nil UUID stands for "read everything again".
CREATE FUNCTION "stamp_everything_changed"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
	INSERT INTO agreement_changes (agreement_id, xact)
	VALUES ('00000000-0000-0000-0000-000000000000', pg_current_xact_id())
	ON CONFLICT (agreement_id) DO UPDATE SET xact = excluded.xact;
	RETURN NULL;
END;
$$;
--> statement-breakpoint
DO $$
DECLARE
	t text;
	leads_by text;
BEGIN
	FOREACH t IN ARRAY ARRAY[
		'agreements', 'annexes', 'participants', 'signatories', 'terminations', 'flow_rules', 'conditions',
		'restrictions', 'flow_rule_purposes', 'flow_rule_data_items', 'flow_rule_channels', 'flow_rule_gateways',
		'flow_rule_conditions'
	] LOOP
		leads_by := CASE WHEN t = 'agreements' THEN 'id' WHEN t LIKE 'flow\_rule\_%' THEN 'flow_rule_id' ELSE 'agreement_id' END;
		EXECUTE format('CREATE TRIGGER %I AFTER INSERT ON %I REFERENCING NEW TABLE AS new_rows '
			'FOR EACH STATEMENT EXECUTE FUNCTION stamp_agreement_change(%L)', t || '_stamp_insert', t, leads_by);
		EXECUTE format('CREATE TRIGGER %I AFTER UPDATE ON %I REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows '
			'FOR EACH STATEMENT EXECUTE FUNCTION stamp_agreement_change(%L)', t || '_stamp_update', t, leads_by);
		EXECUTE format('CREATE TRIGGER %I AFTER DELETE ON %I REFERENCING OLD TABLE AS old_rows '
			'FOR EACH STATEMENT EXECUTE FUNCTION stamp_agreement_change(%L)', t || '_stamp_delete', t, leads_by);
		EXECUTE format('CREATE TRIGGER %I AFTER TRUNCATE ON %I '
			'FOR EACH STATEMENT EXECUTE FUNCTION stamp_everything_changed()', t || '_stamp_truncate', t);
	END LOOP;
END;
$$;
--> statement-breakpoint
DO $$
DECLARE
	t text;
BEGIN
	FOREACH t IN ARRAY ARRAY[
		'organisations', 'purposes', 'channels', 'data_items', 'legal_gateways', 'gateway_companions'
	] LOOP
		EXECUTE format('CREATE TRIGGER %I AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON %I '
			'FOR EACH STATEMENT EXECUTE FUNCTION stamp_everything_changed()', t || '_stamp', t);
	END LOOP;
END;
$$;
