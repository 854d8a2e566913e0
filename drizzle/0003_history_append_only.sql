-- Revisions and the audit log are append-only: the database itself refuses to change or remove
-- a row, whoever asks. (Deliberate tampering needs a superuser to disable the trigger; the audit
-- chain's hashes then show where.)
CREATE FUNCTION "refuse_append_only_change"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
	RAISE EXCEPTION '% is append-only: % is not allowed', TG_TABLE_NAME, TG_OP
		USING ERRCODE = 'insufficient_privilege';
END;
$$;
--> statement-breakpoint
CREATE TRIGGER "agreement_revisions_append_only" BEFORE UPDATE OR DELETE ON "agreement_revisions"
	FOR EACH ROW EXECUTE FUNCTION "refuse_append_only_change"();
--> statement-breakpoint
CREATE TRIGGER "agreement_revisions_no_truncate" BEFORE TRUNCATE ON "agreement_revisions"
	FOR EACH STATEMENT EXECUTE FUNCTION "refuse_append_only_change"();
--> statement-breakpoint
CREATE TRIGGER "audit_log_append_only" BEFORE UPDATE OR DELETE ON "audit_log"
	FOR EACH ROW EXECUTE FUNCTION "refuse_append_only_change"();
--> statement-breakpoint
CREATE TRIGGER "audit_log_no_truncate" BEFORE TRUNCATE ON "audit_log"
	FOR EACH STATEMENT EXECUTE FUNCTION "refuse_append_only_change"();
