ALTER TABLE "terminations" ADD COLUMN "resumed_on" date;--> statement-breakpoint
ALTER TABLE "terminations" ADD CONSTRAINT "terminations_resumed_after_suspension" CHECK ("terminations"."resumed_on" IS NULL OR ("terminations"."kind" = 'SUSPENSION' AND "terminations"."resumed_on" >= "terminations"."effective_on"));--> statement-breakpoint
-- Suspensions already resumed: the day of the resumption recorded in the agreement's history, or,
-- failing that, the day the suspension took effect (read as lasting no day, as the registry did).
UPDATE "terminations" t SET "resumed_on" = coalesce(
  (SELECT min(r."recorded_at"::date) FROM "agreement_revisions" r
    WHERE r."agreement_id" = t."agreement_id" AND r."operation" = 'agreementResume'
      AND r."recorded_at"::date >= t."effective_on"),
  t."effective_on")
WHERE t."kind" = 'SUSPENSION' AND t."resumed_on" IS NULL
  AND (SELECT a."status" FROM "agreements" a WHERE a."id" = t."agreement_id") <> 'SUSPENDED';
