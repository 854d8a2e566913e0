import { sql } from "drizzle-orm";
import {
  type AnyPgColumn,
  boolean,
  check,
  date,
  foreignKey,
  index,
  integer,
  pgTable,
  text,
  timestamp,
  unique,
  uuid,
} from "drizzle-orm/pg-core";
import { organisations } from "./catalogue.js";
import { citation, codeColumn, codeFormat, createdAt, id } from "./columns.js";
import {
  agreementKind,
  agreementStatus,
  controllerPhase,
  controllerRole,
  participantRole,
  reviewOutcome,
  signatoryCapacity,
  terminationKind,
} from "./enums.js";

export const agreements = pgTable(
  "agreements",
  {
    id: id(),
    code: codeColumn(),
    kind: agreementKind("kind").notNull(),
    title: text("title").notNull(),
    reference: text("reference").notNull(),
    parentId: uuid("parent_id").references((): AnyPgColumn => agreements.id),
    /** Lineage: the agreement this draft was started from ("the 2018 MoU from the 2017 one"). */
    derivedFromId: uuid("derived_from_id").references((): AnyPgColumn => agreements.id),
    /** The agreement this one amends; it stays in force until this one is active. */
    amendsId: uuid("amends_id").references((): AnyPgColumn => agreements.id),
    ownerTeam: text("owner_team").notNull(),
    ownerOrganisationId: uuid("owner_organisation_id")
      .notNull()
      .references(() => organisations.id),
    status: agreementStatus("status").notNull(),
    effectiveFrom: date("effective_from").notNull(),
    effectiveTo: date("effective_to"),
    reviewCadenceMonths: integer("review_cadence_months"),
    reviewTerms: text("review_terms"),
    noticePeriodMonths: integer("notice_period_months"),
    terminationTerms: text("termination_terms"),
    breachNotificationHours: integer("breach_notification_hours"),
    subjectAccessTerms: text("subject_access_terms"),
    foiTerms: text("foi_terms"),
    securityTerms: text("security_terms"),
    onwardDisclosureTerms: text("onward_disclosure_terms"),
    /** Who signs for each party and in what capacity (2011 §5: operational manager, countersigned by the S151 officer). */
    signingTerms: text("signing_terms"),
    summary: text("summary").notNull(),
    /** Optimistic-concurrency counter: every edit names the revision it was based on. */
    revision: integer("revision").notNull().default(1),
    ...citation(),
    createdAt: createdAt(),
    updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    check("agreements_code_format", codeFormat("code")),
    check("agreements_period_order", sql`${t.effectiveTo} IS NULL OR ${t.effectiveTo} >= ${t.effectiveFrom}`),
    check("agreements_not_own_parent", sql`${t.parentId} IS DISTINCT FROM ${t.id}`),
    // 2011 §1.6: an addendum belongs to the MoU it adds to.
    check("agreements_addendum_has_parent", sql`${t.kind} <> 'ADDENDUM' OR ${t.parentId} IS NOT NULL`),
    check("agreements_review_cadence_positive", sql`${t.reviewCadenceMonths} IS NULL OR ${t.reviewCadenceMonths} > 0`),
    check(
      "agreements_notice_period_non_negative",
      sql`${t.noticePeriodMonths} IS NULL OR ${t.noticePeriodMonths} >= 0`,
    ),
    check(
      "agreements_breach_window_positive",
      sql`${t.breachNotificationHours} IS NULL OR ${t.breachNotificationHours} > 0`,
    ),
    check("agreements_revision_positive", sql`${t.revision} > 0`),
    index("agreements_status_kind_idx").on(t.status, t.kind),
    index("agreements_parent_idx").on(t.parentId),
    index("agreements_amends_idx").on(t.amendsId),
  ],
);

/** The agreement a row belongs to; deleting the agreement deletes its parts. */
export const agreementRef = () =>
  uuid("agreement_id")
    .notNull()
    .references(() => agreements.id, { onDelete: "cascade" });

export const annexes = pgTable(
  "annexes",
  {
    id: id(),
    agreementId: agreementRef(),
    label: text("label").notNull(),
    title: text("title").notNull(),
    summary: text("summary").notNull(),
    signedSeparately: boolean("signed_separately").notNull(),
    position: integer("position").notNull(),
    ...citation(),
  },
  (t) => [
    unique("annexes_agreement_label_key").on(t.agreementId, t.label),
    unique("annexes_id_agreement_key").on(t.id, t.agreementId),
    check("annexes_label_present", sql`length(trim(${t.label})) > 0`),
  ],
);

export const participants = pgTable(
  "participants",
  {
    id: id(),
    agreementId: agreementRef(),
    organisationId: uuid("organisation_id")
      .notNull()
      .references(() => organisations.id),
    roles: participantRole("roles").array().notNull(),
    description: text("description"),
    ...citation(),
  },
  (t) => [
    unique("participants_agreement_organisation_key").on(t.agreementId, t.organisationId),
    unique("participants_id_agreement_key").on(t.id, t.agreementId),
    check("participants_has_role", sql`cardinality(${t.roles}) > 0`),
    index("participants_organisation_idx").on(t.organisationId),
  ],
);

type Column = Parameters<typeof foreignKey>[0]["columns"][0];

/** A participant reference that must point into the same agreement as the row. */
const sameAgreementParticipant = (name: string, t: { participantId: Column; agreementId: Column }) =>
  foreignKey({
    name,
    columns: [t.participantId, t.agreementId],
    foreignColumns: [participants.id, participants.agreementId],
  }).onDelete("cascade");

/** An annex reference that must point into the same agreement as the row. */
export const sameAgreementAnnex = (name: string, t: { annexId: Column; agreementId: Column }) =>
  foreignKey({
    name,
    columns: [t.annexId, t.agreementId],
    foreignColumns: [annexes.id, annexes.agreementId],
  }).onDelete("cascade");

export const signatories = pgTable(
  "signatories",
  {
    id: id(),
    agreementId: agreementRef(),
    participantId: uuid("participant_id")
      .notNull()
      .references(() => participants.id, { onDelete: "cascade" }),
    /** Null: signed for the agreement as a whole. */
    annexId: uuid("annex_id").references(() => annexes.id, { onDelete: "cascade" }),
    name: text("name").notNull(),
    capacity: signatoryCapacity("capacity").notNull(),
    position: text("position"),
    signedOn: date("signed_on").notNull(),
    sample: boolean("sample").notNull().default(false),
    ...citation(),
  },
  (t) => [
    // A signature belongs to a participant and an annex of the same agreement.
    sameAgreementParticipant("signatories_participant_same_agreement_fk", t),
    sameAgreementAnnex("signatories_annex_same_agreement_fk", t),
    index("signatories_agreement_idx").on(t.agreementId),
    index("signatories_participant_idx").on(t.participantId),
  ],
);

export const controllerDesignations = pgTable(
  "controller_designations",
  {
    id: id(),
    agreementId: agreementRef(),
    participantId: uuid("participant_id")
      .notNull()
      .references(() => participants.id, { onDelete: "cascade" }),
    phase: controllerPhase("phase").notNull(),
    role: controllerRole("role").notNull(),
    description: text("description").notNull(),
    ...citation(),
  },
  (t) => [
    unique("controller_designations_participant_phase_key").on(t.participantId, t.phase),
    sameAgreementParticipant("controller_designations_participant_same_agreement_fk", t),
  ],
);

export const processingConditions = pgTable(
  "processing_conditions",
  {
    id: id(),
    agreementId: agreementRef(),
    participantId: uuid("participant_id")
      .notNull()
      .references(() => participants.id, { onDelete: "cascade" }),
    article: text("article").notNull(),
    description: text("description").notNull(),
    appliesFrom: date("applies_from"),
    ...citation(),
  },
  (t) => [
    index("processing_conditions_agreement_idx").on(t.agreementId),
    sameAgreementParticipant("processing_conditions_participant_same_agreement_fk", t),
  ],
);

/** The document's own version history (2011: 1.00 → 1.23), distinct from registry revisions. */
export const documentVersions = pgTable(
  "document_versions",
  {
    id: id(),
    agreementId: agreementRef(),
    label: text("label").notNull(),
    issuedOn: date("issued_on"),
    summary: text("summary").notNull(),
    position: integer("position").notNull(),
    ...citation(),
  },
  (t) => [unique("document_versions_agreement_label_key").on(t.agreementId, t.label)],
);

export const reviews = pgTable(
  "reviews",
  {
    id: id(),
    agreementId: agreementRef(),
    reviewedOn: date("reviewed_on").notNull(),
    reviewer: text("reviewer").notNull(),
    outcome: reviewOutcome("outcome").notNull(),
    findings: text("findings").notNull(),
    nextDueOn: date("next_due_on"),
    ...citation(),
    createdAt: createdAt(),
  },
  (t) => [
    check("reviews_next_due_after", sql`${t.nextDueOn} IS NULL OR ${t.nextDueOn} > ${t.reviewedOn}`),
    index("reviews_agreement_idx").on(t.agreementId, t.reviewedOn),
  ],
);

export const terminations = pgTable(
  "terminations",
  {
    id: id(),
    agreementId: agreementRef(),
    kind: terminationKind("kind").notNull(),
    byOrganisationId: uuid("by_organisation_id").references(() => organisations.id),
    givenOn: date("given_on").notNull(),
    effectiveOn: date("effective_on").notNull(),
    /** A suspension's end: the day the agreement resumed (null while it lasts; only suspensions end). */
    resumedOn: date("resumed_on"),
    reason: text("reason").notNull(),
    ...citation(),
    createdAt: createdAt(),
  },
  (t) => [
    check("terminations_effective_after_given", sql`${t.effectiveOn} >= ${t.givenOn}`),
    check(
      "terminations_resumed_after_suspension",
      sql`${t.resumedOn} IS NULL OR (${t.kind} = 'SUSPENSION' AND ${t.resumedOn} >= ${t.effectiveOn})`,
    ),
    index("terminations_agreement_idx").on(t.agreementId),
  ],
);
