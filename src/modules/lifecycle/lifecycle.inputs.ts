/** The `input:` objects of the agreement mutations. Every edit names its agreement, base revision and reason. */
import { Field, InputType, Int } from "type-graphql";
import {
  AgreementKind,
  ConditionKind,
  ControllerPhase,
  ControllerRole,
  FlowEffect,
  ParticipantRole,
  RestrictionKind,
  ReviewOutcome,
  SignatoryCapacity,
  TerminationKind,
} from "../../graphql/enums.js";
import { DateScalar } from "../../graphql/scalars.js";

type Enum<E> = keyof E;

@InputType({ description: "Which agreement, the revision the edit was based on, and why." })
export class EditAgreementInput {
  @Field(() => String, { description: "Agreement code." })
  agreement!: string;

  @Field(() => Int, {
    description:
      "The `revision` the change was based on; if the agreement has moved on, the edit is refused with STALE_REVISION.",
  })
  baseRevision!: number;

  @Field(() => String, { description: "Why: recorded with the revision." })
  reason!: string;
}

@InputType({ description: "A new, blank draft agreement." })
export class AgreementCreateInput {
  @Field(() => String, { description: "Stable code: lower-case words, digits, dots and hyphens." })
  code!: string;
  @Field(() => AgreementKind, { description: "MOU, PMOU or ADDENDUM." })
  kind!: Enum<typeof AgreementKind>;
  @Field(() => String, { description: "Title." })
  title!: string;
  @Field(() => String, { description: "Reference or version label, e.g. 0.1." })
  reference!: string;
  @Field(() => String, { nullable: true, description: "Parent agreement code (required for an addendum)." })
  parent?: string | null;
  @Field(() => String, { description: "Owning team." })
  ownerTeam!: string;
  @Field(() => String, { description: "Owning organisation code." })
  ownerOrganisation!: string;
  @Field(() => DateScalar, { description: "First day it will be in force." })
  effectiveFrom!: string;
  @Field(() => DateScalar, { nullable: true, description: "Last day in force; omit for open-ended." })
  effectiveTo?: string | null;
  @Field(() => String, { description: "Summary." })
  summary!: string;
  @Field(() => String, { description: "Why it is being drafted." })
  reason!: string;
}

@InputType({ description: "A new draft started from an existing agreement: everything is copied, lineage kept." })
export class AgreementCreateFromInput {
  @Field(() => String, { description: "Code of the agreement to start from." })
  source!: string;
  @Field(() => String, { description: "Code of the new draft." })
  code!: string;
  @Field(() => String, { nullable: true, description: "Title; default the source's." })
  title?: string | null;
  @Field(() => String, { nullable: true, description: "Reference; default the source's." })
  reference?: string | null;
  @Field(() => DateScalar, { nullable: true, description: "First day in force; default the source's." })
  effectiveFrom?: string | null;
  @Field(() => DateScalar, { nullable: true, description: "Last day in force; default the source's." })
  effectiveTo?: string | null;
  @Field(() => String, { description: "Why." })
  reason!: string;
}

@InputType({
  description: "Open an amendment of an active agreement; it stays in force until the amendment is active.",
})
export class AgreementAmendInput extends EditAgreementInput {
  @Field(() => String, { nullable: true, description: "Code of the amendment; default `<code>-amendment-<n>`." })
  code?: string | null;
  @Field(() => DateScalar, { description: "When the amendment is to take effect (after the agreement's start)." })
  effectiveFrom!: string;
}

@InputType({
  description: "Change the terms a draft states. Only the fields given change; null clears an optional one.",
})
export class AgreementUpdateTermsInput extends EditAgreementInput {
  @Field(() => String, { nullable: true, description: "Title." })
  title?: string;
  @Field(() => String, { nullable: true, description: "Reference." })
  reference?: string;
  @Field(() => String, { nullable: true, description: "Summary." })
  summary?: string;
  @Field(() => String, { nullable: true, description: "Owning team." })
  ownerTeam?: string;
  @Field(() => DateScalar, { nullable: true, description: "First day in force." })
  effectiveFrom?: string;
  @Field(() => DateScalar, { nullable: true, description: "Last day in force." })
  effectiveTo?: string | null;
  @Field(() => Int, { nullable: true, description: "Months between reviews." })
  reviewCadenceMonths?: number | null;
  @Field(() => String, { nullable: true, description: "Review terms." })
  reviewTerms?: string | null;
  @Field(() => Int, { nullable: true, description: "Months of notice to end it." })
  noticePeriodMonths?: number | null;
  @Field(() => String, { nullable: true, description: "Termination terms." })
  terminationTerms?: string | null;
  @Field(() => Int, { nullable: true, description: "Hours to notify a breach." })
  breachNotificationHours?: number | null;
  @Field(() => String, { nullable: true, description: "Subject access handling." })
  subjectAccessTerms?: string | null;
  @Field(() => String, { nullable: true, description: "FOI handling." })
  foiTerms?: string | null;
  @Field(() => String, { nullable: true, description: "Security terms." })
  securityTerms?: string | null;
  @Field(() => String, { nullable: true, description: "Onward disclosure terms." })
  onwardDisclosureTerms?: string | null;
  @Field(() => String, { nullable: true, description: "Who signs, in what capacity." })
  signingTerms?: string | null;
}

@InputType({ description: "Add a party to a draft." })
export class AgreementParticipantAddInput extends EditAgreementInput {
  @Field(() => String, { description: "Organisation code." })
  organisation!: string;
  @Field(() => [ParticipantRole], { description: "Roles (at least one)." })
  roles!: Enum<typeof ParticipantRole>[];
  @Field(() => String, { nullable: true, description: "What the party does." })
  description?: string | null;
}

@InputType({ description: "Change a party's roles or description." })
export class AgreementParticipantUpdateInput extends EditAgreementInput {
  @Field(() => String, { description: "Organisation code." })
  organisation!: string;
  @Field(() => [ParticipantRole], { nullable: true, description: "Roles." })
  roles?: Enum<typeof ParticipantRole>[];
  @Field(() => String, { nullable: true, description: "Description." })
  description?: string | null;
}

@InputType({ description: "Remove a party (and its designations, conditions and signatures) from a draft." })
export class AgreementParticipantRemoveInput extends EditAgreementInput {
  @Field(() => String, { description: "Organisation code." })
  organisation!: string;
}

@InputType({ description: "Add an annex." })
export class AgreementAnnexAddInput extends EditAgreementInput {
  @Field(() => String, { description: 'Label, e.g. "F".' })
  label!: string;
  @Field(() => String, { description: "Title." })
  title!: string;
  @Field(() => String, { description: "Summary." })
  summary!: string;
  @Field(() => Boolean, { description: "Parties sign it separately." })
  signedSeparately!: boolean;
}

@InputType({ description: "Change an annex." })
export class AgreementAnnexUpdateInput extends EditAgreementInput {
  @Field(() => String, { description: "Label of the annex." })
  label!: string;
  @Field(() => String, { nullable: true, description: "Title." })
  title?: string;
  @Field(() => String, { nullable: true, description: "Summary." })
  summary?: string;
  @Field(() => Boolean, { nullable: true, description: "Signed separately." })
  signedSeparately?: boolean;
}

@InputType({ description: "Remove an annex and everything in it." })
export class AgreementAnnexRemoveInput extends EditAgreementInput {
  @Field(() => String, { description: "Label." })
  label!: string;
}

@InputType({ description: "Set a party's controller role for a phase (replaces any)." })
export class AgreementControllerSetInput extends EditAgreementInput {
  @Field(() => String, { description: "Organisation code." })
  organisation!: string;
  @Field(() => ControllerPhase, { description: "Phase." })
  phase!: Enum<typeof ControllerPhase>;
  @Field(() => ControllerRole, { description: "Role." })
  role!: Enum<typeof ControllerRole>;
  @Field(() => String, { description: "As the agreement puts it." })
  description!: string;
}

@InputType({ description: "Remove a party's controller role for a phase." })
export class AgreementControllerRemoveInput extends EditAgreementInput {
  @Field(() => String, { description: "Organisation code." })
  organisation!: string;
  @Field(() => ControllerPhase, { description: "Phase." })
  phase!: Enum<typeof ControllerPhase>;
}

@InputType({ description: "Add a processing condition (lawful basis) for a party." })
export class AgreementProcessingConditionAddInput extends EditAgreementInput {
  @Field(() => String, { description: "Organisation code." })
  organisation!: string;
  @Field(() => String, { description: 'Article, e.g. "UK GDPR Art 6(1)(e)".' })
  article!: string;
  @Field(() => String, { description: "Description." })
  description!: string;
  @Field(() => DateScalar, { nullable: true, description: "Applies from." })
  appliesFrom?: string | null;
}

@InputType({ description: "Remove a processing condition." })
export class AgreementProcessingConditionRemoveInput extends EditAgreementInput {
  @Field(() => String, { description: "Organisation code." })
  organisation!: string;
  @Field(() => String, { description: "Article." })
  article!: string;
}

@InputType({ description: "Add a data-flow rule." })
export class AgreementFlowAddInput extends EditAgreementInput {
  @Field(() => String, { description: "Rule code (unique in the registry)." })
  code!: string;
  @Field(() => String, { nullable: true, description: "Annex label." })
  annex?: string | null;
  @Field(() => String, { description: "Provider organisation code." })
  provider!: string;
  @Field(() => String, { nullable: true, description: "Recipient code; omit for each signed recipient participant." })
  recipient?: string | null;
  @Field(() => FlowEffect, { description: "ALLOW or DENY." })
  effect!: Enum<typeof FlowEffect>;
  @Field(() => String, { description: "Description." })
  description!: string;
  @Field(() => String, { description: "Clause of the agreement." })
  clauseReference!: string;
  @Field(() => [String], { description: "Purpose codes (at least one)." })
  purposes!: string[];
  @Field(() => [String], { description: "Data item codes (at least one)." })
  dataItems!: string[];
  @Field(() => [String], { nullable: true, description: "Channel codes; omit or empty for any channel." })
  channels?: string[];
  @Field(() => [String], { nullable: true, description: "Legal gateway codes." })
  gateways?: string[];
  @Field(() => [String], { nullable: true, description: "Condition codes of this agreement." })
  conditions?: string[];
}

@InputType({ description: "Change a data-flow rule. A list given replaces the rule's list." })
export class AgreementFlowUpdateInput extends EditAgreementInput {
  @Field(() => String, { description: "Rule code." })
  code!: string;
  @Field(() => String, { nullable: true, description: "Annex label; null: none." })
  annex?: string | null;
  @Field(() => String, { nullable: true, description: "Provider code." })
  provider?: string;
  @Field(() => String, { nullable: true, description: "Recipient code; null: each signed recipient." })
  recipient?: string | null;
  @Field(() => FlowEffect, { nullable: true, description: "ALLOW or DENY." })
  effect?: Enum<typeof FlowEffect>;
  @Field(() => String, { nullable: true, description: "Description." })
  description?: string;
  @Field(() => String, { nullable: true, description: "Clause." })
  clauseReference?: string;
  @Field(() => [String], { nullable: true, description: "Purpose codes." })
  purposes?: string[];
  @Field(() => [String], { nullable: true, description: "Data item codes." })
  dataItems?: string[];
  @Field(() => [String], { nullable: true, description: "Channel codes; empty: any." })
  channels?: string[];
  @Field(() => [String], { nullable: true, description: "Gateway codes." })
  gateways?: string[];
  @Field(() => [String], { nullable: true, description: "Condition codes." })
  conditions?: string[];
}

@InputType({ description: "Remove a data-flow rule." })
export class AgreementFlowRemoveInput extends EditAgreementInput {
  @Field(() => String, { description: "Rule code." })
  code!: string;
}

@InputType({ description: "Add a condition or duty." })
export class AgreementConditionAddInput extends EditAgreementInput {
  @Field(() => String, { description: "Code, unique in the agreement." })
  code!: string;
  @Field(() => String, { nullable: true, description: "Annex label." })
  annex?: string | null;
  @Field(() => ConditionKind, { description: "PRECONDITION (settled by a fact) or DUTY." })
  kind!: Enum<typeof ConditionKind>;
  @Field(() => String, { description: "Description." })
  description!: string;
  @Field(() => String, { nullable: true, description: "Fact key that settles a precondition." })
  factKey?: string | null;
  @Field(() => String, { description: "Clause." })
  clauseReference!: string;
}

@InputType({ description: "Remove a condition." })
export class AgreementConditionRemoveInput extends EditAgreementInput {
  @Field(() => String, { description: "Code." })
  code!: string;
}

@InputType({ description: "Add a restriction." })
export class AgreementRestrictionAddInput extends EditAgreementInput {
  @Field(() => String, { description: "Code, unique in the agreement." })
  code!: string;
  @Field(() => String, { nullable: true, description: "Annex label." })
  annex?: string | null;
  @Field(() => RestrictionKind, { description: "What it limits." })
  kind!: Enum<typeof RestrictionKind>;
  @Field(() => String, { description: "Description." })
  description!: string;
  @Field(() => String, { nullable: true, description: "Organisation whose data it protects." })
  originatingController?: string | null;
  @Field(() => String, { nullable: true, description: "Purpose code." })
  purpose?: string | null;
  @Field(() => String, { nullable: true, description: "Channel code." })
  channel?: string | null;
  @Field(() => String, { nullable: true, description: "Organisation whose approval lifts it." })
  approvalBy?: string | null;
  @Field(() => [String], { nullable: true, description: "Permitted territories (ISO 3166-1 alpha-2)." })
  permittedTerritories?: string[] | null;
  @Field(() => String, { nullable: true, description: "Fact key that settles it." })
  factKey?: string | null;
  @Field(() => String, { description: "Clause." })
  clauseReference!: string;
}

@InputType({ description: "Remove a restriction." })
export class AgreementRestrictionRemoveInput extends EditAgreementInput {
  @Field(() => String, { description: "Code." })
  code!: string;
}

@InputType({ description: "Add a retention rule." })
export class AgreementRetentionAddInput extends EditAgreementInput {
  @Field(() => String, { description: "Record type." })
  recordType!: string;
  @Field(() => String, { nullable: true, description: "Data item code." })
  dataItem?: string | null;
  @Field(() => Int, { nullable: true, description: "Months kept." })
  periodMonths?: number | null;
  @Field(() => String, { description: "What happens at the end." })
  disposition!: string;
  @Field(() => String, { nullable: true, description: "What starts the period." })
  trigger?: string | null;
}

@InputType({ description: "Remove a retention rule." })
export class AgreementRetentionRemoveInput extends EditAgreementInput {
  @Field(() => String, { description: "Record type." })
  recordType!: string;
  @Field(() => String, { nullable: true, description: "Data item code." })
  dataItem?: string | null;
}

@InputType({ description: "Approve a version in review, optionally publishing it as a document version." })
export class AgreementApproveInput extends EditAgreementInput {
  @Field(() => String, { nullable: true, description: 'Document version label to publish, e.g. "2.2".' })
  versionLabel?: string | null;
  @Field(() => String, { nullable: true, description: "The version's change summary; default the reason." })
  versionSummary?: string | null;
}

@InputType({ description: "Record a signature for a participant, for the agreement or one annex." })
export class AgreementSignInput extends EditAgreementInput {
  @Field(() => String, { description: "Organisation code of the signing party." })
  organisation!: string;
  @Field(() => String, { nullable: true, description: "Annex label, for annexes signed separately." })
  annex?: string | null;
  @Field(() => String, { description: "Signatory's name." })
  name!: string;
  @Field(() => SignatoryCapacity, { description: "Capacity: operational manager, Section 151 / 95 officer, …" })
  capacity!: Enum<typeof SignatoryCapacity>;
  @Field(() => String, { nullable: true, description: "Job title." })
  position?: string | null;
  @Field(() => DateScalar, { description: "Date signed." })
  signedOn!: string;
}

@InputType({ description: "Suspend, give notice on or terminate an agreement." })
export class AgreementEndInput extends EditAgreementInput {
  @Field(() => String, { nullable: true, description: "Organisation acting." })
  byOrganisation?: string | null;
  @Field(() => DateScalar, { nullable: true, description: "The day it is given or takes effect; default today." })
  on?: string | null;
}

@InputType({ description: "Resume a suspended agreement." })
export class AgreementResumeInput extends EditAgreementInput {
  @Field(() => DateScalar, {
    nullable: true,
    description:
      "The day it resumes: it grants again from then, and not between its suspension and this day. Default today.",
  })
  on?: string | null;
}

@InputType({ description: "Record a review." })
export class AgreementReviewRecordInput extends EditAgreementInput {
  @Field(() => DateScalar, { description: "Date of the review." })
  reviewedOn!: string;
  @Field(() => String, { description: "Reviewer (a team or role)." })
  reviewer!: string;
  @Field(() => ReviewOutcome, { description: "Outcome." })
  outcome!: Enum<typeof ReviewOutcome>;
  @Field(() => String, { description: "Findings." })
  findings!: string;
  @Field(() => DateScalar, { nullable: true, description: "Next review due; default from the review cadence." })
  nextDueOn?: string | null;
}

@InputType({ description: "End an agreement at once, without notice." })
export class AgreementTerminateInput extends AgreementEndInput {
  @Field(() => TerminationKind, {
    nullable: true,
    description: "IMMEDIATE_BREACH (default: serious breach, PMoU) or REVOCATION (2017 §1.9).",
  })
  kind?: Enum<typeof TerminationKind> | null;
}
