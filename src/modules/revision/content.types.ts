/**
 * The content of a revision as typed GraphQL objects (the API has no untyped JSON): the same
 * facts as the live agreement, by codes, frozen as they were at that revision.
 */
import { Authorized, Field, Int, ObjectType } from "type-graphql";
import { PEOPLE_READERS } from "../../graphql/auth.js";
import {
  AgreementKind,
  AgreementStatus,
  ConditionKind,
  ControllerPhase,
  ControllerRole,
  FlowEffect,
  OperationalRuleKind,
  ParticipantRole,
  RestrictionKind,
  ReviewOutcome,
  SignatoryCapacity,
  TerminationKind,
} from "../../graphql/enums.js";
import { DateScalar } from "../../graphql/scalars.js";

@ObjectType({ description: "A source document (by code) and clause a recorded fact cites." })
export class ContentSource {
  @Field(() => String, { nullable: true, description: "Source document code; null for facts recorded here." })
  document!: string | null;

  @Field(() => String, { nullable: true, description: "Clause in the source document." })
  clause!: string | null;
}

@ObjectType({ description: "What an agreement states about review, notice, breaches, rights requests and security." })
export class AgreementTermsView {
  @Field(() => Int, { nullable: true, description: "Months between scheduled reviews." })
  reviewCadenceMonths!: number | null;
  @Field(() => String, { nullable: true, description: "Review terms." })
  reviewTerms!: string | null;
  @Field(() => Int, { nullable: true, description: "Months of notice to end it." })
  noticePeriodMonths!: number | null;
  @Field(() => String, { nullable: true, description: "Termination and suspension terms." })
  terminationTerms!: string | null;
  @Field(() => Int, { nullable: true, description: "Hours within which a breach must be notified." })
  breachNotificationHours!: number | null;
  @Field(() => String, { nullable: true, description: "Subject access request handling." })
  subjectAccessTerms!: string | null;
  @Field(() => String, { nullable: true, description: "Freedom of Information request handling." })
  foiTerms!: string | null;
  @Field(() => String, { nullable: true, description: "Security terms." })
  securityTerms!: string | null;
  @Field(() => String, { nullable: true, description: "Onward disclosure terms." })
  onwardDisclosureTerms!: string | null;
  @Field(() => String, { nullable: true, description: "Who signs for each party, in what capacity." })
  signingTerms!: string | null;
}

@ObjectType({ description: "A party to the agreement at this revision." })
export class ParticipantView {
  @Field(() => String, { description: "Organisation code." })
  organisation!: string;
  @Field(() => [ParticipantRole], { description: "Roles under the agreement." })
  roles!: string[];
  @Field(() => String, { nullable: true, description: "What the party does." })
  description!: string | null;
  @Field(() => ContentSource, { description: "Citation." })
  source!: ContentSource;
}

@ObjectType({ description: "An annex at this revision." })
export class AnnexView {
  @Field(() => String, { description: 'Label, e.g. "A".' })
  label!: string;
  @Field(() => String, { description: "Title." })
  title!: string;
  @Field(() => String, { description: "Summary." })
  summary!: string;
  @Field(() => Boolean, { description: "Parties sign this annex separately." })
  signedSeparately!: boolean;
  @Field(() => ContentSource, { description: "Citation." })
  source!: ContentSource;
}

@ObjectType({ description: "A signature at this revision." })
export class SignatureView {
  @Field(() => String, { description: "Organisation code of the signing party." })
  organisation!: string;
  @Field(() => String, { nullable: true, description: "Annex label; null when signed for the whole agreement." })
  annex!: string | null;
  @Authorized(PEOPLE_READERS)
  @Field(() => String, { description: "The signatory's name (personal data: not shown to services)." })
  name!: string;
  @Field(() => SignatoryCapacity, { description: "Capacity in which they signed." })
  capacity!: string;
  @Field(() => String, { nullable: true, description: "Job title." })
  position!: string | null;
  @Field(() => DateScalar, { description: "Date signed." })
  signedOn!: string;
}

@ObjectType({ description: "A controller designation at this revision." })
export class ControllerView {
  @Field(() => String, { description: "Organisation code." })
  organisation!: string;
  @Field(() => ControllerPhase, { description: "Phase." })
  phase!: string;
  @Field(() => ControllerRole, { description: "Role in that phase." })
  role!: string;
  @Field(() => String, { description: "As the agreement puts it." })
  description!: string;
}

@ObjectType({ description: "A processing condition (lawful basis) at this revision." })
export class ProcessingConditionView {
  @Field(() => String, { description: "Organisation code." })
  organisation!: string;
  @Field(() => String, { description: 'Article, e.g. "UK GDPR Art 6(1)(e)".' })
  article!: string;
  @Field(() => String, { description: "Description." })
  description!: string;
  @Field(() => DateScalar, { nullable: true, description: "Applies from." })
  appliesFrom!: string | null;
}

@ObjectType({ description: "A data-flow rule at this revision." })
export class FlowView {
  @Field(() => String, { description: "Rule code." })
  code!: string;
  @Field(() => String, { nullable: true, description: "Annex label." })
  annex!: string | null;
  @Field(() => String, { description: "Provider organisation code." })
  provider!: string;
  @Field(() => String, { nullable: true, description: "Recipient code; null: each signed recipient participant." })
  recipient!: string | null;
  @Field(() => FlowEffect, { description: "ALLOW or DENY." })
  effect!: string;
  @Field(() => String, { description: "Description." })
  description!: string;
  @Field(() => String, { description: "Clause of the agreement." })
  clauseReference!: string;
  @Field(() => [String], { description: "Purpose codes." })
  purposes!: string[];
  @Field(() => [String], { description: "Data item codes." })
  dataItems!: string[];
  @Field(() => [String], { description: "Channel codes; empty: any channel." })
  channels!: string[];
  @Field(() => [String], { description: "Legal gateway codes." })
  gateways!: string[];
  @Field(() => [String], { description: "Condition codes." })
  conditions!: string[];
}

@ObjectType({ description: "A condition or duty at this revision." })
export class ConditionView {
  @Field(() => String, { description: "Code." })
  code!: string;
  @Field(() => String, { nullable: true, description: "Annex label." })
  annex!: string | null;
  @Field(() => ConditionKind, { description: "PRECONDITION or DUTY." })
  kind!: string;
  @Field(() => String, { description: "Description." })
  description!: string;
  @Field(() => String, { nullable: true, description: "Fact that settles a precondition." })
  factKey!: string | null;
  @Field(() => String, { description: "Clause of the agreement." })
  clauseReference!: string;
}

@ObjectType({ description: "A restriction at this revision." })
export class RestrictionView {
  @Field(() => String, { description: "Code." })
  code!: string;
  @Field(() => String, { nullable: true, description: "Annex label." })
  annex!: string | null;
  @Field(() => RestrictionKind, { description: "What it limits." })
  kind!: string;
  @Field(() => String, { description: "Description." })
  description!: string;
  @Field(() => String, { nullable: true, description: "Organisation whose data it protects." })
  originatingController!: string | null;
  @Field(() => String, { nullable: true, description: "Purpose code it concerns." })
  purpose!: string | null;
  @Field(() => String, { nullable: true, description: "Channel code it concerns." })
  channel!: string | null;
  @Field(() => String, { nullable: true, description: "Organisation whose approval lifts it." })
  approvalBy!: string | null;
  @Field(() => [String], { nullable: true, description: "ISO 3166-1 alpha-2 territories permitted." })
  permittedTerritories!: string[] | null;
  @Field(() => String, { nullable: true, description: "Fact that settles it." })
  factKey!: string | null;
  @Field(() => String, { description: "Clause of the agreement." })
  clauseReference!: string;
}

@ObjectType({ description: "A retention rule at this revision." })
export class RetentionView {
  @Field(() => String, { description: "Record type." })
  recordType!: string;
  @Field(() => String, { nullable: true, description: "Data item code." })
  dataItem!: string | null;
  @Field(() => Int, { nullable: true, description: "Months kept." })
  periodMonths!: number | null;
  @Field(() => String, { description: "What happens at the end." })
  disposition!: string;
  @Field(() => String, { nullable: true, description: "What starts the period." })
  trigger!: string | null;
}

@ObjectType({ description: "An operational rule at this revision." })
export class OperationalRuleView {
  @Field(() => String, { description: "Code." })
  code!: string;
  @Field(() => OperationalRuleKind, { description: "Kind." })
  kind!: string;
  @Field(() => String, { description: "Title." })
  title!: string;
  @Field(() => String, { description: "Description." })
  description!: string;
}

@ObjectType({ description: "A document version label at this revision." })
export class DocumentVersionView {
  @Field(() => String, { description: "Label." })
  label!: string;
  @Field(() => DateScalar, { nullable: true, description: "Date issued." })
  issuedOn!: string | null;
  @Field(() => String, { description: "Summary of changes." })
  summary!: string;
}

@ObjectType({ description: "A review at this revision." })
export class ReviewView {
  @Field(() => DateScalar, { description: "Date reviewed." })
  reviewedOn!: string;
  @Field(() => String, { description: "Reviewer (a team or role)." })
  reviewer!: string;
  @Field(() => ReviewOutcome, { description: "Outcome." })
  outcome!: string;
  @Field(() => String, { description: "Findings." })
  findings!: string;
  @Field(() => DateScalar, { nullable: true, description: "Next review due." })
  nextDueOn!: string | null;
}

@ObjectType({ description: "A notice, termination or suspension at this revision." })
export class TerminationView {
  @Field(() => TerminationKind, { description: "Kind." })
  kind!: string;
  @Field(() => String, { nullable: true, description: "Organisation that acted." })
  byOrganisation!: string | null;
  @Field(() => DateScalar, { description: "Given on." })
  givenOn!: string;
  @Field(() => DateScalar, { description: "Takes effect on." })
  effectiveOn!: string;
  @Field(() => DateScalar, {
    nullable: true,
    description: "A suspension's end: the day it resumed (null while it lasts).",
  })
  resumedOn?: string | null;
  @Field(() => String, { description: "Reason." })
  reason!: string;
}

@ObjectType({ description: "An agreement's complete content as recorded at one revision." })
export class AgreementContentView {
  @Field(() => String, { description: "Agreement code." })
  code!: string;
  @Field(() => AgreementKind, { description: "Kind." })
  kind!: string;
  @Field(() => String, { description: "Title." })
  title!: string;
  @Field(() => String, { description: "Reference or version label." })
  reference!: string;
  @Field(() => String, { description: "Summary." })
  summary!: string;
  @Field(() => AgreementStatus, { description: "Status at this revision." })
  status!: string;
  @Field(() => String, { nullable: true, description: "Parent agreement code." })
  parent!: string | null;
  @Field(() => String, { nullable: true, description: "The agreement this one was started from." })
  derivedFrom!: string | null;
  @Field(() => String, { nullable: true, description: "The agreement this one amends." })
  amends!: string | null;
  @Field(() => String, { description: "Owning team." })
  ownerTeam!: string;
  @Field(() => String, { description: "Owning organisation code." })
  ownerOrganisation!: string;
  @Field(() => DateScalar, { description: "First day in force." })
  effectiveFrom!: string;
  @Field(() => DateScalar, { nullable: true, description: "Last day in force." })
  effectiveTo!: string | null;
  @Field(() => AgreementTermsView, { description: "Stated terms." })
  terms!: AgreementTermsView;
  @Field(() => [ParticipantView], { description: "Parties." })
  participants!: ParticipantView[];
  @Field(() => [AnnexView], { description: "Annexes." })
  annexes!: AnnexView[];
  @Field(() => [SignatureView], { description: "Signatures." })
  signatures!: SignatureView[];
  @Field(() => [ControllerView], { description: "Controller roles per phase." })
  controllers!: ControllerView[];
  @Field(() => [ProcessingConditionView], { description: "Processing conditions." })
  processingConditions!: ProcessingConditionView[];
  @Field(() => [FlowView], { description: "Data-flow rules." })
  flows!: FlowView[];
  @Field(() => [ConditionView], { description: "Conditions and duties." })
  conditions!: ConditionView[];
  @Field(() => [RestrictionView], { description: "Restrictions." })
  restrictions!: RestrictionView[];
  @Field(() => [RetentionView], { description: "Retention rules." })
  retention!: RetentionView[];
  @Field(() => [OperationalRuleView], { description: "Operational rules." })
  operationalRules!: OperationalRuleView[];
  @Field(() => [DocumentVersionView], { description: "The document's version history." })
  documentVersions!: DocumentVersionView[];
  @Field(() => [ReviewView], { description: "Reviews." })
  reviews!: ReviewView[];
  @Field(() => [TerminationView], { description: "Notices, terminations and suspensions." })
  terminations!: TerminationView[];
}
