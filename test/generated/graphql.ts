/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';
/** Open an amendment of an active agreement; it stays in force until the amendment is active. */
export type AgreementAmendInput = {
  /** Agreement code. */
  agreement: string;
  /** The `revision` the change was based on; if the agreement has moved on, the edit is refused with STALE_REVISION. */
  baseRevision: number;
  /** Code of the amendment; default `<code>-amendment-<n>`. */
  code?: string | null | undefined;
  /** When the amendment is to take effect (after the agreement's start). */
  effectiveFrom: string;
  /** Why: recorded with the revision. */
  reason: string;
};

/** Add an annex. */
export type AgreementAnnexAddInput = {
  /** Agreement code. */
  agreement: string;
  /** The `revision` the change was based on; if the agreement has moved on, the edit is refused with STALE_REVISION. */
  baseRevision: number;
  /** Label, e.g. "F". */
  label: string;
  /** Why: recorded with the revision. */
  reason: string;
  /** Parties sign it separately. */
  signedSeparately: boolean;
  /** Summary. */
  summary: string;
  /** Title. */
  title: string;
};

/** Approve a version in review, optionally publishing it as a document version. */
export type AgreementApproveInput = {
  /** Agreement code. */
  agreement: string;
  /** The `revision` the change was based on; if the agreement has moved on, the edit is refused with STALE_REVISION. */
  baseRevision: number;
  /** Why: recorded with the revision. */
  reason: string;
  /** Document version label to publish, e.g. "2.2". */
  versionLabel?: string | null | undefined;
  /** The version's change summary; default the reason. */
  versionSummary?: string | null | undefined;
};

/** Add a condition or duty. */
export type AgreementConditionAddInput = {
  /** Agreement code. */
  agreement: string;
  /** Annex label. */
  annex?: string | null | undefined;
  /** The `revision` the change was based on; if the agreement has moved on, the edit is refused with STALE_REVISION. */
  baseRevision: number;
  /** Clause. */
  clauseReference: string;
  /** Code, unique in the agreement. */
  code: string;
  /** Description. */
  description: string;
  /** Fact key that settles a precondition. */
  factKey?: string | null | undefined;
  /** PRECONDITION (settled by a fact) or DUTY. */
  kind: ConditionKind;
  /** Why: recorded with the revision. */
  reason: string;
};

/** Set a party's controller role for a phase (replaces any). */
export type AgreementControllerSetInput = {
  /** Agreement code. */
  agreement: string;
  /** The `revision` the change was based on; if the agreement has moved on, the edit is refused with STALE_REVISION. */
  baseRevision: number;
  /** As the agreement puts it. */
  description: string;
  /** Organisation code. */
  organisation: string;
  /** Phase. */
  phase: ControllerPhase;
  /** Why: recorded with the revision. */
  reason: string;
  /** Role. */
  role: ControllerRole;
};

/** A new draft started from an existing agreement: everything is copied, lineage kept. */
export type AgreementCreateFromInput = {
  /** Code of the new draft. */
  code: string;
  /** First day in force; default the source's. */
  effectiveFrom?: string | null | undefined;
  /** Last day in force; default the source's. */
  effectiveTo?: string | null | undefined;
  /** Why. */
  reason: string;
  /** Reference; default the source's. */
  reference?: string | null | undefined;
  /** Code of the agreement to start from. */
  source: string;
  /** Title; default the source's. */
  title?: string | null | undefined;
};

/** A new, blank draft agreement. */
export type AgreementCreateInput = {
  /** Stable code: lower-case words, digits, dots and hyphens. */
  code: string;
  /** First day it will be in force. */
  effectiveFrom: string;
  /** Last day in force; omit for open-ended. */
  effectiveTo?: string | null | undefined;
  /** MOU, PMOU or ADDENDUM. */
  kind: AgreementKind;
  /** Owning organisation code. */
  ownerOrganisation: string;
  /** Owning team. */
  ownerTeam: string;
  /** Parent agreement code (required for an addendum). */
  parent?: string | null | undefined;
  /** Why it is being drafted. */
  reason: string;
  /** Reference or version label, e.g. 0.1. */
  reference: string;
  /** Summary. */
  summary: string;
  /** Title. */
  title: string;
};

/** Suspend, give notice on or terminate an agreement. */
export type AgreementEndInput = {
  /** Agreement code. */
  agreement: string;
  /** The `revision` the change was based on; if the agreement has moved on, the edit is refused with STALE_REVISION. */
  baseRevision: number;
  /** Organisation acting. */
  byOrganisation?: string | null | undefined;
  /** The day it is given or takes effect; default today. */
  on?: string | null | undefined;
  /** Why: recorded with the revision. */
  reason: string;
};

/** Add a data-flow rule. */
export type AgreementFlowAddInput = {
  /** Agreement code. */
  agreement: string;
  /** Annex label. */
  annex?: string | null | undefined;
  /** The `revision` the change was based on; if the agreement has moved on, the edit is refused with STALE_REVISION. */
  baseRevision: number;
  /** Channel codes; omit or empty for any channel. */
  channels?: Array<string> | null | undefined;
  /** Clause of the agreement. */
  clauseReference: string;
  /** Rule code (unique in the registry). */
  code: string;
  /** Condition codes of this agreement. */
  conditions?: Array<string> | null | undefined;
  /** Data item codes (at least one). */
  dataItems: Array<string>;
  /** Description. */
  description: string;
  /** ALLOW or DENY. */
  effect: FlowEffect;
  /** Legal gateway codes. */
  gateways?: Array<string> | null | undefined;
  /** Provider organisation code. */
  provider: string;
  /** Purpose codes (at least one). */
  purposes: Array<string>;
  /** Why: recorded with the revision. */
  reason: string;
  /** Recipient code; omit for each signed recipient participant. */
  recipient?: string | null | undefined;
};

/** Remove a data-flow rule. */
export type AgreementFlowRemoveInput = {
  /** Agreement code. */
  agreement: string;
  /** The `revision` the change was based on; if the agreement has moved on, the edit is refused with STALE_REVISION. */
  baseRevision: number;
  /** Rule code. */
  code: string;
  /** Why: recorded with the revision. */
  reason: string;
};

/** Change a data-flow rule. A list given replaces the rule's list. */
export type AgreementFlowUpdateInput = {
  /** Agreement code. */
  agreement: string;
  /** Annex label; null: none. */
  annex?: string | null | undefined;
  /** The `revision` the change was based on; if the agreement has moved on, the edit is refused with STALE_REVISION. */
  baseRevision: number;
  /** Channel codes; empty: any. */
  channels?: Array<string> | null | undefined;
  /** Clause. */
  clauseReference?: string | null | undefined;
  /** Rule code. */
  code: string;
  /** Condition codes. */
  conditions?: Array<string> | null | undefined;
  /** Data item codes. */
  dataItems?: Array<string> | null | undefined;
  /** Description. */
  description?: string | null | undefined;
  /** ALLOW or DENY. */
  effect?: FlowEffect | null | undefined;
  /** Gateway codes. */
  gateways?: Array<string> | null | undefined;
  /** Provider code. */
  provider?: string | null | undefined;
  /** Purpose codes. */
  purposes?: Array<string> | null | undefined;
  /** Why: recorded with the revision. */
  reason: string;
  /** Recipient code; null: each signed recipient. */
  recipient?: string | null | undefined;
};

/** MoU, process-level MoU, or an addendum. */
export type AgreementKind =
  | 'ADDENDUM'
  | 'MOU'
  | 'PMOU';

/** Add a party to a draft. */
export type AgreementParticipantAddInput = {
  /** Agreement code. */
  agreement: string;
  /** The `revision` the change was based on; if the agreement has moved on, the edit is refused with STALE_REVISION. */
  baseRevision: number;
  /** What the party does. */
  description?: string | null | undefined;
  /** Organisation code. */
  organisation: string;
  /** Why: recorded with the revision. */
  reason: string;
  /** Roles (at least one). */
  roles: Array<ParticipantRole>;
};

/** Remove a party (and its designations, conditions and signatures) from a draft. */
export type AgreementParticipantRemoveInput = {
  /** Agreement code. */
  agreement: string;
  /** The `revision` the change was based on; if the agreement has moved on, the edit is refused with STALE_REVISION. */
  baseRevision: number;
  /** Organisation code. */
  organisation: string;
  /** Why: recorded with the revision. */
  reason: string;
};

/** Add a processing condition (lawful basis) for a party. */
export type AgreementProcessingConditionAddInput = {
  /** Agreement code. */
  agreement: string;
  /** Applies from. */
  appliesFrom?: string | null | undefined;
  /** Article, e.g. "UK GDPR Art 6(1)(e)". */
  article: string;
  /** The `revision` the change was based on; if the agreement has moved on, the edit is refused with STALE_REVISION. */
  baseRevision: number;
  /** Description. */
  description: string;
  /** Organisation code. */
  organisation: string;
  /** Why: recorded with the revision. */
  reason: string;
};

/** Add a restriction. */
export type AgreementRestrictionAddInput = {
  /** Agreement code. */
  agreement: string;
  /** Annex label. */
  annex?: string | null | undefined;
  /** Organisation whose approval lifts it. */
  approvalBy?: string | null | undefined;
  /** The `revision` the change was based on; if the agreement has moved on, the edit is refused with STALE_REVISION. */
  baseRevision: number;
  /** Channel code. */
  channel?: string | null | undefined;
  /** Clause. */
  clauseReference: string;
  /** Code, unique in the agreement. */
  code: string;
  /** Description. */
  description: string;
  /** Fact key that settles it. */
  factKey?: string | null | undefined;
  /** What it limits. */
  kind: RestrictionKind;
  /** Organisation whose data it protects. */
  originatingController?: string | null | undefined;
  /** Permitted territories (ISO 3166-1 alpha-2). */
  permittedTerritories?: Array<string> | null | undefined;
  /** Purpose code. */
  purpose?: string | null | undefined;
  /** Why: recorded with the revision. */
  reason: string;
};

/** Resume a suspended agreement. */
export type AgreementResumeInput = {
  /** Agreement code. */
  agreement: string;
  /** The `revision` the change was based on; if the agreement has moved on, the edit is refused with STALE_REVISION. */
  baseRevision: number;
  /** The day it resumes: it grants again from then, and not between its suspension and this day. Default today. */
  on?: string | null | undefined;
  /** Why: recorded with the revision. */
  reason: string;
};

/** Add a retention rule. */
export type AgreementRetentionAddInput = {
  /** Agreement code. */
  agreement: string;
  /** The `revision` the change was based on; if the agreement has moved on, the edit is refused with STALE_REVISION. */
  baseRevision: number;
  /** Data item code. */
  dataItem?: string | null | undefined;
  /** What happens at the end. */
  disposition: string;
  /** Months kept. */
  periodMonths?: number | null | undefined;
  /** Why: recorded with the revision. */
  reason: string;
  /** Record type. */
  recordType: string;
  /** What starts the period. */
  trigger?: string | null | undefined;
};

/** Record a review. */
export type AgreementReviewRecordInput = {
  /** Agreement code. */
  agreement: string;
  /** The `revision` the change was based on; if the agreement has moved on, the edit is refused with STALE_REVISION. */
  baseRevision: number;
  /** Findings. */
  findings: string;
  /** Next review due; default from the review cadence. */
  nextDueOn?: string | null | undefined;
  /** Outcome. */
  outcome: ReviewOutcome;
  /** Why: recorded with the revision. */
  reason: string;
  /** Date of the review. */
  reviewedOn: string;
  /** Reviewer (a team or role). */
  reviewer: string;
};

/** Record a signature for a participant, for the agreement or one annex. */
export type AgreementSignInput = {
  /** Agreement code. */
  agreement: string;
  /** Annex label, for annexes signed separately. */
  annex?: string | null | undefined;
  /** The `revision` the change was based on; if the agreement has moved on, the edit is refused with STALE_REVISION. */
  baseRevision: number;
  /** Capacity: operational manager, Section 151 / 95 officer, … */
  capacity: SignatoryCapacity;
  /** Signatory's name. */
  name: string;
  /** Organisation code of the signing party. */
  organisation: string;
  /** Job title. */
  position?: string | null | undefined;
  /** Why: recorded with the revision. */
  reason: string;
  /** Date signed. */
  signedOn: string;
};

/** Where an agreement is in its life. */
export type AgreementStatus =
  | 'ACTIVE'
  | 'APPROVED'
  | 'DRAFT'
  | 'EXPIRED'
  | 'IN_REVIEW'
  | 'SUPERSEDED'
  | 'SUSPENDED'
  | 'TERMINATED';

/** End an agreement at once, without notice. */
export type AgreementTerminateInput = {
  /** Agreement code. */
  agreement: string;
  /** The `revision` the change was based on; if the agreement has moved on, the edit is refused with STALE_REVISION. */
  baseRevision: number;
  /** Organisation acting. */
  byOrganisation?: string | null | undefined;
  /** IMMEDIATE_BREACH (default: serious breach, PMoU) or REVOCATION (2017 §1.9). */
  kind?: TerminationKind | null | undefined;
  /** The day it is given or takes effect; default today. */
  on?: string | null | undefined;
  /** Why: recorded with the revision. */
  reason: string;
};

/** Change the terms a draft states. Only the fields given change; null clears an optional one. */
export type AgreementUpdateTermsInput = {
  /** Agreement code. */
  agreement: string;
  /** The `revision` the change was based on; if the agreement has moved on, the edit is refused with STALE_REVISION. */
  baseRevision: number;
  /** Hours to notify a breach. */
  breachNotificationHours?: number | null | undefined;
  /** First day in force. */
  effectiveFrom?: string | null | undefined;
  /** Last day in force. */
  effectiveTo?: string | null | undefined;
  /** FOI handling. */
  foiTerms?: string | null | undefined;
  /** Months of notice to end it. */
  noticePeriodMonths?: number | null | undefined;
  /** Onward disclosure terms. */
  onwardDisclosureTerms?: string | null | undefined;
  /** Owning team. */
  ownerTeam?: string | null | undefined;
  /** Why: recorded with the revision. */
  reason: string;
  /** Reference. */
  reference?: string | null | undefined;
  /** Months between reviews. */
  reviewCadenceMonths?: number | null | undefined;
  /** Review terms. */
  reviewTerms?: string | null | undefined;
  /** Security terms. */
  securityTerms?: string | null | undefined;
  /** Who signs, in what capacity. */
  signingTerms?: string | null | undefined;
  /** Subject access handling. */
  subjectAccessTerms?: string | null | undefined;
  /** Summary. */
  summary?: string | null | undefined;
  /** Termination terms. */
  terminationTerms?: string | null | undefined;
  /** Title. */
  title?: string | null | undefined;
};

/** Which part of an agreement a change is in. */
export type ChangeArea =
  | 'ANNEX'
  | 'CONDITION'
  | 'CONTROLLER'
  | 'DATES'
  | 'DOCUMENT_VERSION'
  | 'FLOW'
  | 'GATEWAY'
  | 'OPERATIONAL_RULE'
  | 'PARTY'
  | 'PROCESSING_CONDITION'
  | 'RESTRICTION'
  | 'RETENTION'
  | 'REVIEW'
  | 'SIGNATURE'
  | 'STATUS'
  | 'TERMINATION'
  | 'TERMS';

/** What happened: WIDENED/NARROWED say a rule now covers more/less (purposes, items, channels). */
export type ChangeKind =
  | 'ADDED'
  | 'CHANGED'
  | 'NARROWED'
  | 'REMOVED'
  | 'WIDENED';

/** Government security classification. */
export type Classification =
  | 'OFFICIAL'
  | 'OFFICIAL_SENSITIVE'
  | 'RESTRICTED_IL3';

/** PRECONDITION: must be met for a flow (settled by a fact); DUTY: an obligation on a party. */
export type ConditionKind =
  | 'DUTY'
  | 'PRECONDITION';

/** Phase of a data share. */
export type ControllerPhase =
  | 'AFTER_RECEIPT'
  | 'TRANSFER';

/** Data-protection role in a phase. */
export type ControllerRole =
  | 'CONTROLLER_IN_COMMON'
  | 'JOINT_CONTROLLER'
  | 'PROCESSOR'
  | 'SOLE_CONTROLLER';

/** Why a flow is blocked. */
export type DenialCode =
  /** An agreement would permit it, but not on that date or in that status. */
  | 'AGREEMENT_NOT_IN_FORCE'
  /** The nearest rule covers other channels. */
  | 'CHANNEL_NOT_COVERED'
  /** A fact the caller asserted fails a condition. */
  | 'CONDITION_NOT_MET'
  /** Data may not pass to a council in another nation (2017 Annex B ¶16). */
  | 'CROSS_NATION'
  /** The nearest rule covers other data. */
  | 'DATA_NOT_COVERED'
  /** No legal gateway of the rule was in force on the date. */
  | 'GATEWAY_NOT_IN_FORCE'
  /** A party is not in the agreement in the role the flow needs. */
  | 'NOT_A_PARTY'
  /** The recipient has not signed the agreement or the annex. */
  | 'NOT_SIGNED'
  /** No agreement in the registry comes near permitting it. */
  | 'NO_AGREEMENT'
  /** Onward disclosure of data received under an agreement is restricted. */
  | 'ONWARD_DISCLOSURE'
  /** Access or processing outside the permitted territory. */
  | 'OUTSIDE_TERRITORY'
  /** An explicit prohibition (a DENY rule), which beats every permission. */
  | 'PROHIBITED'
  /** The nearest rule covers other purposes. */
  | 'PURPOSE_NOT_COVERED';

/** Which agreement, the revision the edit was based on, and why. */
export type EditAgreementInput = {
  /** Agreement code. */
  agreement: string;
  /** The `revision` the change was based on; if the agreement has moved on, the edit is refused with STALE_REVISION. */
  baseRevision: number;
  /** Why: recorded with the revision. */
  reason: string;
};

/** A fact the caller asserts, to settle a condition (value "true" settles it). */
export type FactInput = {
  /** The condition's fact key, e.g. `claim-on-same-form-as-hb`. */
  key: string;
  /** "true" settles the condition; any other value fails it. */
  value: string;
};

/** Whether the organisation sends or receives. */
export type FlowDirection =
  | 'RECEIVE'
  | 'SEND';

/** Whether a rule allows or prohibits a flow. */
export type FlowEffect =
  | 'ALLOW'
  | 'DENY';

/** UK nation of a local authority (2017 Annex B ¶16–18). */
export type Nation =
  | 'ENGLAND'
  | 'NORTHERN_IRELAND'
  | 'SCOTLAND'
  | 'WALES';

/** Kind of operational rule. */
export type OperationalRuleKind =
  | 'ACCESS_CONTROL'
  | 'INCIDENT_REPORTING'
  | 'MANAGEMENT_CHECK'
  | 'MISCONDUCT'
  | 'ROLE'
  | 'SEGREGATION_OF_DUTIES';

/** What kind of body an organisation is. */
export type OrganisationKind =
  | 'ASSOCIATION'
  | 'CENTRAL_DEPARTMENT'
  | 'CONTRACTED_SERVICE_PROVIDER'
  | 'LOCAL_AUTHORITY'
  | 'NON_MINISTERIAL_DEPARTMENT';

/** What a party does under an agreement. */
export type ParticipantRole =
  | 'MOU_MANAGER'
  | 'PROCESSOR'
  | 'PROVIDER'
  | 'RECIPIENT';

/** PERMITTED; CONDITIONAL on facts still to settle; or DENIED. */
export type PermissionOutcome =
  | 'CONDITIONAL'
  | 'DENIED'
  | 'PERMITTED';

/** May this data flow from provider to recipient for this purpose on this date? */
export type PermissionRequest = {
  /** The date; default today (UTC). */
  at?: string | null | undefined;
  /** Channel code; omitted means any channel. */
  channel?: string | null | undefined;
  /** Data item codes: categories or items. */
  dataItems: Array<string>;
  /** Facts the caller asserts, to settle conditions. */
  facts?: Array<FactInput> | null | undefined;
  /** ISO 3166-1 alpha-2 code of where the recipient accesses or processes the data. */
  processingCountry?: string | null | undefined;
  /** Organisation code of the provider. */
  provider: string;
  /** Purpose code. */
  purpose: string;
  /** Organisation code of the recipient. */
  recipient: string;
};

/** What a restriction limits. */
export type RestrictionKind =
  | 'CHANNEL_PURPOSE'
  | 'CROSS_NATION'
  | 'ONWARD_DISCLOSURE'
  | 'PURPOSE_REUSE'
  | 'TERRITORY';

/** What a review decided. */
export type ReviewOutcome =
  | 'AMEND'
  | 'CONTINUE'
  | 'TERMINATE';

/** The capacity in which someone signed (2017 §1.12–1.13). */
export type SignatoryCapacity =
  | 'ACCOUNTABLE_OFFICER'
  | 'CONTRACTED_SERVICE_PROVIDER'
  | 'DEPARTMENTAL_SIGNATORY'
  | 'HEAD_OF_DIVISION'
  | 'OPERATIONAL_MANAGER'
  | 'SECTION_95_OFFICER'
  | 'SECTION_151_OFFICER';

/** How an agreement was ended or paused. */
export type TerminationKind =
  | 'IMMEDIATE_BREACH'
  | 'NOTICE'
  | 'REVOCATION'
  | 'SUSPENSION';

/** Why a mutation was refused. Nothing was changed. */
export type UserErrorCode =
  /** It would duplicate something that must be unique, or clash with existing content. */
  | 'CONFLICT'
  /** The agreement does not yet state everything its kind must (see `completeness`). */
  | 'INCOMPLETE'
  /** A value breaks a rule; the message names it. */
  | 'INVALID'
  /** The action is not possible from the agreement's status. */
  | 'INVALID_TRANSITION'
  /** Only drafts are edited; an active agreement is changed by amendment. */
  | 'NOT_EDITABLE'
  /** A code or label named in the input does not exist. */
  | 'NOT_FOUND'
  /** Nobody approves a version they authored (CIS Guide §2.4; 2011 §5.9). */
  | 'SEGREGATION_OF_DUTIES'
  /** The agreement changed since `baseRevision`: reload it and reapply your change. */
  | 'STALE_REVISION'
  /** A party has not signed. */
  | 'UNSIGNED';

export type AgreementByCodeQueryVariables = Exact<{
  code: string;
}>;


export type AgreementByCodeQuery = { agreement: { id: string, code: string, kind: AgreementKind, status: AgreementStatus, effectiveFrom: string, effectiveTo: string | null, reviewCadenceMonths: number | null, noticePeriodMonths: number | null, breachNotificationHours: number | null, source: { clause: string, document: { code: string } } | null, parent: { code: string } | null, children: Array<{ code: string }>, annexes: Array<{ label: string, title: string, signedSeparately: boolean, flows: Array<{ code: string, effect: FlowEffect, clauseReference: string, purposes: Array<{ code: string }>, dataItems: Array<{ code: string }>, channels: Array<{ code: string }>, gateways: Array<{ code: string, citation: string, companions: Array<{ code: string }> }> }>, signatories: Array<{ capacity: SignatoryCapacity, annex: { label: string } | null, participant: { organisation: { code: string } } }> }>, participants: Array<{ roles: Array<ParticipantRole>, organisation: { code: string, nation: Nation | null, sample: boolean } }>, controllers: Array<{ phase: ControllerPhase, role: ControllerRole, participant: { organisation: { code: string } } }>, processingConditions: Array<{ article: string, appliesFrom: string | null, participant: { organisation: { code: string } } }>, flows: Array<{ code: string, effect: FlowEffect, clauseReference: string, provider: { code: string }, recipient: { code: string } | null, purposes: Array<{ code: string }>, dataItems: Array<{ code: string }>, channels: Array<{ code: string }>, gateways: Array<{ code: string, citation: string }>, conditions: Array<{ code: string, kind: ConditionKind, factKey: string | null }> }>, conditions: Array<{ code: string, kind: ConditionKind, factKey: string | null, clauseReference: string }>, restrictions: Array<{ code: string, kind: RestrictionKind, permittedTerritories: Array<string> | null, factKey: string | null, clauseReference: string, originatingController: { code: string } | null, approvalBy: { code: string } | null }>, retentionRules: Array<{ recordType: string, periodMonths: number | null, disposition: string, source: { clause: string, document: { code: string } } | null }>, operationalRules: Array<{ code: string, kind: OperationalRuleKind, title: string, source: { document: { code: string } } | null }>, documentVersions: Array<{ label: string, date: string | null, summary: string }> } | null };

export type AgreementPageQueryVariables = Exact<{
  first?: number | null | undefined;
  after?: string | null | undefined;
  status?: Array<AgreementStatus> | AgreementStatus | null | undefined;
  kind?: Array<AgreementKind> | AgreementKind | null | undefined;
  participant?: string | null | undefined;
  inForceOn?: string | null | undefined;
}>;


export type AgreementPageQuery = { agreements: { totalCount: number, pageInfo: { hasNextPage: boolean, hasPreviousPage: boolean, endCursor: string | null }, nodes: Array<{ code: string, kind: AgreementKind, status: AgreementStatus }> } };

export type NestedAgreementPageQueryVariables = Exact<{
  first?: number | null | undefined;
}>;


export type NestedAgreementPageQuery = { agreements: { nodes: Array<{ code: string, participants: Array<{ roles: Array<ParticipantRole>, organisation: { code: string, name: string } }>, annexes: Array<{ label: string, flows: Array<{ code: string, effect: FlowEffect, gateways: Array<{ code: string, citation: string, agreements: Array<{ code: string }> }>, purposes: Array<{ code: string, parent: { code: string } | null }>, dataItems: Array<{ code: string, parent: { code: string } | null }> }> }>, flows: Array<{ code: string, gateways: Array<{ code: string, citation: string }>, purposes: Array<{ code: string }>, dataItems: Array<{ code: string }> }> }> } };

export type SignatoryNamesQueryVariables = Exact<{
  code: string;
}>;


export type SignatoryNamesQuery = { agreement: { signatories: Array<{ name: string | null, capacity: SignatoryCapacity }> } | null };

export type OrganisationByCodeQueryVariables = Exact<{
  code: string;
}>;


export type OrganisationByCodeQuery = { organisation: { id: string, code: string, name: string, kind: OrganisationKind, nation: Nation | null, sample: boolean, participations: Array<{ roles: Array<ParticipantRole>, agreement: { code: string } }> } | null };

export type OrganisationPageQueryVariables = Exact<{
  first?: number | null | undefined;
  after?: string | null | undefined;
  kind?: OrganisationKind | null | undefined;
  nation?: Nation | null | undefined;
}>;


export type OrganisationPageQuery = { organisations: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ cursor: string, node: { code: string, nation: Nation | null } }> } };

export type DataItemByCodeQueryVariables = Exact<{
  code: string;
}>;


export type DataItemByCodeQuery = { dataItem: { code: string, name: string, classification: Classification, originatingController: { code: string }, channels: Array<{ code: string }>, parent: { code: string } | null, children: Array<{ code: string, name: string, children: Array<{ code: string, name: string }> }> } | null };

export type PurposeByCodeQueryVariables = Exact<{
  code: string;
}>;


export type PurposeByCodeQuery = { purpose: { code: string, parent: { code: string } | null, children: Array<{ code: string }> } | null };

export type GatewayByCodeQueryVariables = Exact<{
  code: string;
}>;


export type GatewayByCodeQuery = { legalGateway: { code: string, citation: string, instrument: string, provision: string, url: string | null, inForceFrom: string | null, inForceTo: string | null, companions: Array<{ code: string }>, agreements: Array<{ code: string }>, flows: Array<{ code: string }> } | null };

export type ChannelByCodeQueryVariables = Exact<{
  code: string;
}>;


export type ChannelByCodeQuery = { channel: { code: string, name: string } | null };

export type NodeByIdQueryVariables = Exact<{
  id: string | number;
}>;


export type NodeByIdQuery = { node:
    | { __typename: 'Agreement', code: string, id: string }
    | { __typename: 'AgreementRevision', id: string }
    | { __typename: 'Annex', id: string }
    | { __typename: 'Channel', id: string }
    | { __typename: 'Condition', id: string }
    | { __typename: 'ControllerDesignation', id: string }
    | { __typename: 'DataFlowRule', id: string }
    | { __typename: 'DataItem', id: string }
    | { __typename: 'DocumentVersion', id: string }
    | { __typename: 'LegalGateway', id: string }
    | { __typename: 'OperationalRule', id: string }
    | { __typename: 'Organisation', code: string, id: string }
    | { __typename: 'Participant', id: string }
    | { __typename: 'ProcessingCondition', id: string }
    | { __typename: 'Purpose', id: string }
    | { __typename: 'Restriction', id: string }
    | { __typename: 'RetentionRule', id: string }
    | { __typename: 'Review', id: string }
    | { __typename: 'Signatory', id: string }
    | { __typename: 'SourceDocument', id: string }
    | { __typename: 'Termination', id: string }
   | null };

export type TypenameQueryVariables = Exact<{ [key: string]: never; }>;


export type TypenameQuery = { __typename: 'Query' };

export type FidelityDataItemTreeQueryVariables = Exact<{
  code: string;
}>;


export type FidelityDataItemTreeQuery = { dataItem: { code: string, name: string, classification: Classification, originatingController: { code: string }, channels: Array<{ code: string }>, parent: { code: string } | null, children: Array<{ code: string, name: string, originatingController: { code: string }, channels: Array<{ code: string }>, children: Array<{ code: string, name: string, originatingController: { code: string }, channels: Array<{ code: string }>, children: Array<{ code: string, name: string }> }> }> } | null };

export type FidelityAllFlowsQueryVariables = Exact<{ [key: string]: never; }>;


export type FidelityAllFlowsQuery = { agreements: { totalCount: number, nodes: Array<{ code: string, kind: AgreementKind, flows: Array<{ code: string, effect: FlowEffect, clauseReference: string, annex: { label: string } | null, gateways: Array<{ code: string }>, purposes: Array<{ code: string }>, dataItems: Array<{ code: string }>, channels: Array<{ code: string }> }> }> } };

export type FidelityParticipationsQueryVariables = Exact<{
  code: string;
}>;


export type FidelityParticipationsQuery = { organisation: { code: string, kind: OrganisationKind, nation: Nation | null, sample: boolean, participations: Array<{ roles: Array<ParticipantRole>, agreement: { code: string }, signatories: Array<{ capacity: SignatoryCapacity, sample: boolean, signedOn: string, annex: { label: string } | null }> }> } | null };

type ChangeOutcome_AgreementActivatePayload_Fragment = { agreement: { code: string, status: AgreementStatus, revisionNumber: number, effectiveFrom: string, effectiveTo: string | null } | null, revision: { id: string, number: number, operation: string, reason: string, principal: string, status: AgreementStatus, changes: Array<{ area: ChangeArea, kind: ChangeKind, subject: string, summary: string, clauseReference: string | null, before: string | null, after: string | null, added: { purposes: Array<string>, dataItems: Array<string>, channels: Array<string>, gateways: Array<string> }, removed: { purposes: Array<string>, dataItems: Array<string>, channels: Array<string>, gateways: Array<string> } }> } | null, userErrors: Array<{ code: UserErrorCode, field: Array<string> | null, message: string }> };

type ChangeOutcome_AgreementAmendPayload_Fragment = { agreement: { code: string, status: AgreementStatus, revisionNumber: number, effectiveFrom: string, effectiveTo: string | null } | null, revision: { id: string, number: number, operation: string, reason: string, principal: string, status: AgreementStatus, changes: Array<{ area: ChangeArea, kind: ChangeKind, subject: string, summary: string, clauseReference: string | null, before: string | null, after: string | null, added: { purposes: Array<string>, dataItems: Array<string>, channels: Array<string>, gateways: Array<string> }, removed: { purposes: Array<string>, dataItems: Array<string>, channels: Array<string>, gateways: Array<string> } }> } | null, userErrors: Array<{ code: UserErrorCode, field: Array<string> | null, message: string }> };

type ChangeOutcome_AgreementAnnexAddPayload_Fragment = { agreement: { code: string, status: AgreementStatus, revisionNumber: number, effectiveFrom: string, effectiveTo: string | null } | null, revision: { id: string, number: number, operation: string, reason: string, principal: string, status: AgreementStatus, changes: Array<{ area: ChangeArea, kind: ChangeKind, subject: string, summary: string, clauseReference: string | null, before: string | null, after: string | null, added: { purposes: Array<string>, dataItems: Array<string>, channels: Array<string>, gateways: Array<string> }, removed: { purposes: Array<string>, dataItems: Array<string>, channels: Array<string>, gateways: Array<string> } }> } | null, userErrors: Array<{ code: UserErrorCode, field: Array<string> | null, message: string }> };

type ChangeOutcome_AgreementAnnexRemovePayload_Fragment = { agreement: { code: string, status: AgreementStatus, revisionNumber: number, effectiveFrom: string, effectiveTo: string | null } | null, revision: { id: string, number: number, operation: string, reason: string, principal: string, status: AgreementStatus, changes: Array<{ area: ChangeArea, kind: ChangeKind, subject: string, summary: string, clauseReference: string | null, before: string | null, after: string | null, added: { purposes: Array<string>, dataItems: Array<string>, channels: Array<string>, gateways: Array<string> }, removed: { purposes: Array<string>, dataItems: Array<string>, channels: Array<string>, gateways: Array<string> } }> } | null, userErrors: Array<{ code: UserErrorCode, field: Array<string> | null, message: string }> };

type ChangeOutcome_AgreementAnnexUpdatePayload_Fragment = { agreement: { code: string, status: AgreementStatus, revisionNumber: number, effectiveFrom: string, effectiveTo: string | null } | null, revision: { id: string, number: number, operation: string, reason: string, principal: string, status: AgreementStatus, changes: Array<{ area: ChangeArea, kind: ChangeKind, subject: string, summary: string, clauseReference: string | null, before: string | null, after: string | null, added: { purposes: Array<string>, dataItems: Array<string>, channels: Array<string>, gateways: Array<string> }, removed: { purposes: Array<string>, dataItems: Array<string>, channels: Array<string>, gateways: Array<string> } }> } | null, userErrors: Array<{ code: UserErrorCode, field: Array<string> | null, message: string }> };

type ChangeOutcome_AgreementApprovePayload_Fragment = { agreement: { code: string, status: AgreementStatus, revisionNumber: number, effectiveFrom: string, effectiveTo: string | null } | null, revision: { id: string, number: number, operation: string, reason: string, principal: string, status: AgreementStatus, changes: Array<{ area: ChangeArea, kind: ChangeKind, subject: string, summary: string, clauseReference: string | null, before: string | null, after: string | null, added: { purposes: Array<string>, dataItems: Array<string>, channels: Array<string>, gateways: Array<string> }, removed: { purposes: Array<string>, dataItems: Array<string>, channels: Array<string>, gateways: Array<string> } }> } | null, userErrors: Array<{ code: UserErrorCode, field: Array<string> | null, message: string }> };

type ChangeOutcome_AgreementConditionAddPayload_Fragment = { agreement: { code: string, status: AgreementStatus, revisionNumber: number, effectiveFrom: string, effectiveTo: string | null } | null, revision: { id: string, number: number, operation: string, reason: string, principal: string, status: AgreementStatus, changes: Array<{ area: ChangeArea, kind: ChangeKind, subject: string, summary: string, clauseReference: string | null, before: string | null, after: string | null, added: { purposes: Array<string>, dataItems: Array<string>, channels: Array<string>, gateways: Array<string> }, removed: { purposes: Array<string>, dataItems: Array<string>, channels: Array<string>, gateways: Array<string> } }> } | null, userErrors: Array<{ code: UserErrorCode, field: Array<string> | null, message: string }> };

type ChangeOutcome_AgreementConditionRemovePayload_Fragment = { agreement: { code: string, status: AgreementStatus, revisionNumber: number, effectiveFrom: string, effectiveTo: string | null } | null, revision: { id: string, number: number, operation: string, reason: string, principal: string, status: AgreementStatus, changes: Array<{ area: ChangeArea, kind: ChangeKind, subject: string, summary: string, clauseReference: string | null, before: string | null, after: string | null, added: { purposes: Array<string>, dataItems: Array<string>, channels: Array<string>, gateways: Array<string> }, removed: { purposes: Array<string>, dataItems: Array<string>, channels: Array<string>, gateways: Array<string> } }> } | null, userErrors: Array<{ code: UserErrorCode, field: Array<string> | null, message: string }> };

type ChangeOutcome_AgreementControllerRemovePayload_Fragment = { agreement: { code: string, status: AgreementStatus, revisionNumber: number, effectiveFrom: string, effectiveTo: string | null } | null, revision: { id: string, number: number, operation: string, reason: string, principal: string, status: AgreementStatus, changes: Array<{ area: ChangeArea, kind: ChangeKind, subject: string, summary: string, clauseReference: string | null, before: string | null, after: string | null, added: { purposes: Array<string>, dataItems: Array<string>, channels: Array<string>, gateways: Array<string> }, removed: { purposes: Array<string>, dataItems: Array<string>, channels: Array<string>, gateways: Array<string> } }> } | null, userErrors: Array<{ code: UserErrorCode, field: Array<string> | null, message: string }> };

type ChangeOutcome_AgreementControllerSetPayload_Fragment = { agreement: { code: string, status: AgreementStatus, revisionNumber: number, effectiveFrom: string, effectiveTo: string | null } | null, revision: { id: string, number: number, operation: string, reason: string, principal: string, status: AgreementStatus, changes: Array<{ area: ChangeArea, kind: ChangeKind, subject: string, summary: string, clauseReference: string | null, before: string | null, after: string | null, added: { purposes: Array<string>, dataItems: Array<string>, channels: Array<string>, gateways: Array<string> }, removed: { purposes: Array<string>, dataItems: Array<string>, channels: Array<string>, gateways: Array<string> } }> } | null, userErrors: Array<{ code: UserErrorCode, field: Array<string> | null, message: string }> };

type ChangeOutcome_AgreementCreateFromPayload_Fragment = { agreement: { code: string, status: AgreementStatus, revisionNumber: number, effectiveFrom: string, effectiveTo: string | null } | null, revision: { id: string, number: number, operation: string, reason: string, principal: string, status: AgreementStatus, changes: Array<{ area: ChangeArea, kind: ChangeKind, subject: string, summary: string, clauseReference: string | null, before: string | null, after: string | null, added: { purposes: Array<string>, dataItems: Array<string>, channels: Array<string>, gateways: Array<string> }, removed: { purposes: Array<string>, dataItems: Array<string>, channels: Array<string>, gateways: Array<string> } }> } | null, userErrors: Array<{ code: UserErrorCode, field: Array<string> | null, message: string }> };

type ChangeOutcome_AgreementCreatePayload_Fragment = { agreement: { code: string, status: AgreementStatus, revisionNumber: number, effectiveFrom: string, effectiveTo: string | null } | null, revision: { id: string, number: number, operation: string, reason: string, principal: string, status: AgreementStatus, changes: Array<{ area: ChangeArea, kind: ChangeKind, subject: string, summary: string, clauseReference: string | null, before: string | null, after: string | null, added: { purposes: Array<string>, dataItems: Array<string>, channels: Array<string>, gateways: Array<string> }, removed: { purposes: Array<string>, dataItems: Array<string>, channels: Array<string>, gateways: Array<string> } }> } | null, userErrors: Array<{ code: UserErrorCode, field: Array<string> | null, message: string }> };

type ChangeOutcome_AgreementFlowAddPayload_Fragment = { agreement: { code: string, status: AgreementStatus, revisionNumber: number, effectiveFrom: string, effectiveTo: string | null } | null, revision: { id: string, number: number, operation: string, reason: string, principal: string, status: AgreementStatus, changes: Array<{ area: ChangeArea, kind: ChangeKind, subject: string, summary: string, clauseReference: string | null, before: string | null, after: string | null, added: { purposes: Array<string>, dataItems: Array<string>, channels: Array<string>, gateways: Array<string> }, removed: { purposes: Array<string>, dataItems: Array<string>, channels: Array<string>, gateways: Array<string> } }> } | null, userErrors: Array<{ code: UserErrorCode, field: Array<string> | null, message: string }> };

type ChangeOutcome_AgreementFlowRemovePayload_Fragment = { agreement: { code: string, status: AgreementStatus, revisionNumber: number, effectiveFrom: string, effectiveTo: string | null } | null, revision: { id: string, number: number, operation: string, reason: string, principal: string, status: AgreementStatus, changes: Array<{ area: ChangeArea, kind: ChangeKind, subject: string, summary: string, clauseReference: string | null, before: string | null, after: string | null, added: { purposes: Array<string>, dataItems: Array<string>, channels: Array<string>, gateways: Array<string> }, removed: { purposes: Array<string>, dataItems: Array<string>, channels: Array<string>, gateways: Array<string> } }> } | null, userErrors: Array<{ code: UserErrorCode, field: Array<string> | null, message: string }> };

type ChangeOutcome_AgreementFlowUpdatePayload_Fragment = { agreement: { code: string, status: AgreementStatus, revisionNumber: number, effectiveFrom: string, effectiveTo: string | null } | null, revision: { id: string, number: number, operation: string, reason: string, principal: string, status: AgreementStatus, changes: Array<{ area: ChangeArea, kind: ChangeKind, subject: string, summary: string, clauseReference: string | null, before: string | null, after: string | null, added: { purposes: Array<string>, dataItems: Array<string>, channels: Array<string>, gateways: Array<string> }, removed: { purposes: Array<string>, dataItems: Array<string>, channels: Array<string>, gateways: Array<string> } }> } | null, userErrors: Array<{ code: UserErrorCode, field: Array<string> | null, message: string }> };

type ChangeOutcome_AgreementGiveNoticePayload_Fragment = { agreement: { code: string, status: AgreementStatus, revisionNumber: number, effectiveFrom: string, effectiveTo: string | null } | null, revision: { id: string, number: number, operation: string, reason: string, principal: string, status: AgreementStatus, changes: Array<{ area: ChangeArea, kind: ChangeKind, subject: string, summary: string, clauseReference: string | null, before: string | null, after: string | null, added: { purposes: Array<string>, dataItems: Array<string>, channels: Array<string>, gateways: Array<string> }, removed: { purposes: Array<string>, dataItems: Array<string>, channels: Array<string>, gateways: Array<string> } }> } | null, userErrors: Array<{ code: UserErrorCode, field: Array<string> | null, message: string }> };

type ChangeOutcome_AgreementParticipantAddPayload_Fragment = { agreement: { code: string, status: AgreementStatus, revisionNumber: number, effectiveFrom: string, effectiveTo: string | null } | null, revision: { id: string, number: number, operation: string, reason: string, principal: string, status: AgreementStatus, changes: Array<{ area: ChangeArea, kind: ChangeKind, subject: string, summary: string, clauseReference: string | null, before: string | null, after: string | null, added: { purposes: Array<string>, dataItems: Array<string>, channels: Array<string>, gateways: Array<string> }, removed: { purposes: Array<string>, dataItems: Array<string>, channels: Array<string>, gateways: Array<string> } }> } | null, userErrors: Array<{ code: UserErrorCode, field: Array<string> | null, message: string }> };

type ChangeOutcome_AgreementParticipantRemovePayload_Fragment = { agreement: { code: string, status: AgreementStatus, revisionNumber: number, effectiveFrom: string, effectiveTo: string | null } | null, revision: { id: string, number: number, operation: string, reason: string, principal: string, status: AgreementStatus, changes: Array<{ area: ChangeArea, kind: ChangeKind, subject: string, summary: string, clauseReference: string | null, before: string | null, after: string | null, added: { purposes: Array<string>, dataItems: Array<string>, channels: Array<string>, gateways: Array<string> }, removed: { purposes: Array<string>, dataItems: Array<string>, channels: Array<string>, gateways: Array<string> } }> } | null, userErrors: Array<{ code: UserErrorCode, field: Array<string> | null, message: string }> };

type ChangeOutcome_AgreementParticipantUpdatePayload_Fragment = { agreement: { code: string, status: AgreementStatus, revisionNumber: number, effectiveFrom: string, effectiveTo: string | null } | null, revision: { id: string, number: number, operation: string, reason: string, principal: string, status: AgreementStatus, changes: Array<{ area: ChangeArea, kind: ChangeKind, subject: string, summary: string, clauseReference: string | null, before: string | null, after: string | null, added: { purposes: Array<string>, dataItems: Array<string>, channels: Array<string>, gateways: Array<string> }, removed: { purposes: Array<string>, dataItems: Array<string>, channels: Array<string>, gateways: Array<string> } }> } | null, userErrors: Array<{ code: UserErrorCode, field: Array<string> | null, message: string }> };

type ChangeOutcome_AgreementProcessingConditionAddPayload_Fragment = { agreement: { code: string, status: AgreementStatus, revisionNumber: number, effectiveFrom: string, effectiveTo: string | null } | null, revision: { id: string, number: number, operation: string, reason: string, principal: string, status: AgreementStatus, changes: Array<{ area: ChangeArea, kind: ChangeKind, subject: string, summary: string, clauseReference: string | null, before: string | null, after: string | null, added: { purposes: Array<string>, dataItems: Array<string>, channels: Array<string>, gateways: Array<string> }, removed: { purposes: Array<string>, dataItems: Array<string>, channels: Array<string>, gateways: Array<string> } }> } | null, userErrors: Array<{ code: UserErrorCode, field: Array<string> | null, message: string }> };

type ChangeOutcome_AgreementProcessingConditionRemovePayload_Fragment = { agreement: { code: string, status: AgreementStatus, revisionNumber: number, effectiveFrom: string, effectiveTo: string | null } | null, revision: { id: string, number: number, operation: string, reason: string, principal: string, status: AgreementStatus, changes: Array<{ area: ChangeArea, kind: ChangeKind, subject: string, summary: string, clauseReference: string | null, before: string | null, after: string | null, added: { purposes: Array<string>, dataItems: Array<string>, channels: Array<string>, gateways: Array<string> }, removed: { purposes: Array<string>, dataItems: Array<string>, channels: Array<string>, gateways: Array<string> } }> } | null, userErrors: Array<{ code: UserErrorCode, field: Array<string> | null, message: string }> };

type ChangeOutcome_AgreementRestrictionAddPayload_Fragment = { agreement: { code: string, status: AgreementStatus, revisionNumber: number, effectiveFrom: string, effectiveTo: string | null } | null, revision: { id: string, number: number, operation: string, reason: string, principal: string, status: AgreementStatus, changes: Array<{ area: ChangeArea, kind: ChangeKind, subject: string, summary: string, clauseReference: string | null, before: string | null, after: string | null, added: { purposes: Array<string>, dataItems: Array<string>, channels: Array<string>, gateways: Array<string> }, removed: { purposes: Array<string>, dataItems: Array<string>, channels: Array<string>, gateways: Array<string> } }> } | null, userErrors: Array<{ code: UserErrorCode, field: Array<string> | null, message: string }> };

type ChangeOutcome_AgreementRestrictionRemovePayload_Fragment = { agreement: { code: string, status: AgreementStatus, revisionNumber: number, effectiveFrom: string, effectiveTo: string | null } | null, revision: { id: string, number: number, operation: string, reason: string, principal: string, status: AgreementStatus, changes: Array<{ area: ChangeArea, kind: ChangeKind, subject: string, summary: string, clauseReference: string | null, before: string | null, after: string | null, added: { purposes: Array<string>, dataItems: Array<string>, channels: Array<string>, gateways: Array<string> }, removed: { purposes: Array<string>, dataItems: Array<string>, channels: Array<string>, gateways: Array<string> } }> } | null, userErrors: Array<{ code: UserErrorCode, field: Array<string> | null, message: string }> };

type ChangeOutcome_AgreementResumePayload_Fragment = { agreement: { code: string, status: AgreementStatus, revisionNumber: number, effectiveFrom: string, effectiveTo: string | null } | null, revision: { id: string, number: number, operation: string, reason: string, principal: string, status: AgreementStatus, changes: Array<{ area: ChangeArea, kind: ChangeKind, subject: string, summary: string, clauseReference: string | null, before: string | null, after: string | null, added: { purposes: Array<string>, dataItems: Array<string>, channels: Array<string>, gateways: Array<string> }, removed: { purposes: Array<string>, dataItems: Array<string>, channels: Array<string>, gateways: Array<string> } }> } | null, userErrors: Array<{ code: UserErrorCode, field: Array<string> | null, message: string }> };

type ChangeOutcome_AgreementRetentionAddPayload_Fragment = { agreement: { code: string, status: AgreementStatus, revisionNumber: number, effectiveFrom: string, effectiveTo: string | null } | null, revision: { id: string, number: number, operation: string, reason: string, principal: string, status: AgreementStatus, changes: Array<{ area: ChangeArea, kind: ChangeKind, subject: string, summary: string, clauseReference: string | null, before: string | null, after: string | null, added: { purposes: Array<string>, dataItems: Array<string>, channels: Array<string>, gateways: Array<string> }, removed: { purposes: Array<string>, dataItems: Array<string>, channels: Array<string>, gateways: Array<string> } }> } | null, userErrors: Array<{ code: UserErrorCode, field: Array<string> | null, message: string }> };

type ChangeOutcome_AgreementRetentionRemovePayload_Fragment = { agreement: { code: string, status: AgreementStatus, revisionNumber: number, effectiveFrom: string, effectiveTo: string | null } | null, revision: { id: string, number: number, operation: string, reason: string, principal: string, status: AgreementStatus, changes: Array<{ area: ChangeArea, kind: ChangeKind, subject: string, summary: string, clauseReference: string | null, before: string | null, after: string | null, added: { purposes: Array<string>, dataItems: Array<string>, channels: Array<string>, gateways: Array<string> }, removed: { purposes: Array<string>, dataItems: Array<string>, channels: Array<string>, gateways: Array<string> } }> } | null, userErrors: Array<{ code: UserErrorCode, field: Array<string> | null, message: string }> };

type ChangeOutcome_AgreementReviewRecordPayload_Fragment = { agreement: { code: string, status: AgreementStatus, revisionNumber: number, effectiveFrom: string, effectiveTo: string | null } | null, revision: { id: string, number: number, operation: string, reason: string, principal: string, status: AgreementStatus, changes: Array<{ area: ChangeArea, kind: ChangeKind, subject: string, summary: string, clauseReference: string | null, before: string | null, after: string | null, added: { purposes: Array<string>, dataItems: Array<string>, channels: Array<string>, gateways: Array<string> }, removed: { purposes: Array<string>, dataItems: Array<string>, channels: Array<string>, gateways: Array<string> } }> } | null, userErrors: Array<{ code: UserErrorCode, field: Array<string> | null, message: string }> };

type ChangeOutcome_AgreementSendBackPayload_Fragment = { agreement: { code: string, status: AgreementStatus, revisionNumber: number, effectiveFrom: string, effectiveTo: string | null } | null, revision: { id: string, number: number, operation: string, reason: string, principal: string, status: AgreementStatus, changes: Array<{ area: ChangeArea, kind: ChangeKind, subject: string, summary: string, clauseReference: string | null, before: string | null, after: string | null, added: { purposes: Array<string>, dataItems: Array<string>, channels: Array<string>, gateways: Array<string> }, removed: { purposes: Array<string>, dataItems: Array<string>, channels: Array<string>, gateways: Array<string> } }> } | null, userErrors: Array<{ code: UserErrorCode, field: Array<string> | null, message: string }> };

type ChangeOutcome_AgreementSignPayload_Fragment = { agreement: { code: string, status: AgreementStatus, revisionNumber: number, effectiveFrom: string, effectiveTo: string | null } | null, revision: { id: string, number: number, operation: string, reason: string, principal: string, status: AgreementStatus, changes: Array<{ area: ChangeArea, kind: ChangeKind, subject: string, summary: string, clauseReference: string | null, before: string | null, after: string | null, added: { purposes: Array<string>, dataItems: Array<string>, channels: Array<string>, gateways: Array<string> }, removed: { purposes: Array<string>, dataItems: Array<string>, channels: Array<string>, gateways: Array<string> } }> } | null, userErrors: Array<{ code: UserErrorCode, field: Array<string> | null, message: string }> };

type ChangeOutcome_AgreementSubmitForReviewPayload_Fragment = { agreement: { code: string, status: AgreementStatus, revisionNumber: number, effectiveFrom: string, effectiveTo: string | null } | null, revision: { id: string, number: number, operation: string, reason: string, principal: string, status: AgreementStatus, changes: Array<{ area: ChangeArea, kind: ChangeKind, subject: string, summary: string, clauseReference: string | null, before: string | null, after: string | null, added: { purposes: Array<string>, dataItems: Array<string>, channels: Array<string>, gateways: Array<string> }, removed: { purposes: Array<string>, dataItems: Array<string>, channels: Array<string>, gateways: Array<string> } }> } | null, userErrors: Array<{ code: UserErrorCode, field: Array<string> | null, message: string }> };

type ChangeOutcome_AgreementSuspendPayload_Fragment = { agreement: { code: string, status: AgreementStatus, revisionNumber: number, effectiveFrom: string, effectiveTo: string | null } | null, revision: { id: string, number: number, operation: string, reason: string, principal: string, status: AgreementStatus, changes: Array<{ area: ChangeArea, kind: ChangeKind, subject: string, summary: string, clauseReference: string | null, before: string | null, after: string | null, added: { purposes: Array<string>, dataItems: Array<string>, channels: Array<string>, gateways: Array<string> }, removed: { purposes: Array<string>, dataItems: Array<string>, channels: Array<string>, gateways: Array<string> } }> } | null, userErrors: Array<{ code: UserErrorCode, field: Array<string> | null, message: string }> };

type ChangeOutcome_AgreementTerminatePayload_Fragment = { agreement: { code: string, status: AgreementStatus, revisionNumber: number, effectiveFrom: string, effectiveTo: string | null } | null, revision: { id: string, number: number, operation: string, reason: string, principal: string, status: AgreementStatus, changes: Array<{ area: ChangeArea, kind: ChangeKind, subject: string, summary: string, clauseReference: string | null, before: string | null, after: string | null, added: { purposes: Array<string>, dataItems: Array<string>, channels: Array<string>, gateways: Array<string> }, removed: { purposes: Array<string>, dataItems: Array<string>, channels: Array<string>, gateways: Array<string> } }> } | null, userErrors: Array<{ code: UserErrorCode, field: Array<string> | null, message: string }> };

type ChangeOutcome_AgreementUpdateTermsPayload_Fragment = { agreement: { code: string, status: AgreementStatus, revisionNumber: number, effectiveFrom: string, effectiveTo: string | null } | null, revision: { id: string, number: number, operation: string, reason: string, principal: string, status: AgreementStatus, changes: Array<{ area: ChangeArea, kind: ChangeKind, subject: string, summary: string, clauseReference: string | null, before: string | null, after: string | null, added: { purposes: Array<string>, dataItems: Array<string>, channels: Array<string>, gateways: Array<string> }, removed: { purposes: Array<string>, dataItems: Array<string>, channels: Array<string>, gateways: Array<string> } }> } | null, userErrors: Array<{ code: UserErrorCode, field: Array<string> | null, message: string }> };

export type ChangeOutcomeFragment =
  | ChangeOutcome_AgreementActivatePayload_Fragment
  | ChangeOutcome_AgreementAmendPayload_Fragment
  | ChangeOutcome_AgreementAnnexAddPayload_Fragment
  | ChangeOutcome_AgreementAnnexRemovePayload_Fragment
  | ChangeOutcome_AgreementAnnexUpdatePayload_Fragment
  | ChangeOutcome_AgreementApprovePayload_Fragment
  | ChangeOutcome_AgreementConditionAddPayload_Fragment
  | ChangeOutcome_AgreementConditionRemovePayload_Fragment
  | ChangeOutcome_AgreementControllerRemovePayload_Fragment
  | ChangeOutcome_AgreementControllerSetPayload_Fragment
  | ChangeOutcome_AgreementCreateFromPayload_Fragment
  | ChangeOutcome_AgreementCreatePayload_Fragment
  | ChangeOutcome_AgreementFlowAddPayload_Fragment
  | ChangeOutcome_AgreementFlowRemovePayload_Fragment
  | ChangeOutcome_AgreementFlowUpdatePayload_Fragment
  | ChangeOutcome_AgreementGiveNoticePayload_Fragment
  | ChangeOutcome_AgreementParticipantAddPayload_Fragment
  | ChangeOutcome_AgreementParticipantRemovePayload_Fragment
  | ChangeOutcome_AgreementParticipantUpdatePayload_Fragment
  | ChangeOutcome_AgreementProcessingConditionAddPayload_Fragment
  | ChangeOutcome_AgreementProcessingConditionRemovePayload_Fragment
  | ChangeOutcome_AgreementRestrictionAddPayload_Fragment
  | ChangeOutcome_AgreementRestrictionRemovePayload_Fragment
  | ChangeOutcome_AgreementResumePayload_Fragment
  | ChangeOutcome_AgreementRetentionAddPayload_Fragment
  | ChangeOutcome_AgreementRetentionRemovePayload_Fragment
  | ChangeOutcome_AgreementReviewRecordPayload_Fragment
  | ChangeOutcome_AgreementSendBackPayload_Fragment
  | ChangeOutcome_AgreementSignPayload_Fragment
  | ChangeOutcome_AgreementSubmitForReviewPayload_Fragment
  | ChangeOutcome_AgreementSuspendPayload_Fragment
  | ChangeOutcome_AgreementTerminatePayload_Fragment
  | ChangeOutcome_AgreementUpdateTermsPayload_Fragment
;

export type AgreementCreateMutationVariables = Exact<{
  input: AgreementCreateInput;
}>;


export type AgreementCreateMutation = { agreementCreate: { agreement: { code: string, status: AgreementStatus, revisionNumber: number, effectiveFrom: string, effectiveTo: string | null } | null, revision: { id: string, number: number, operation: string, reason: string, principal: string, status: AgreementStatus, changes: Array<{ area: ChangeArea, kind: ChangeKind, subject: string, summary: string, clauseReference: string | null, before: string | null, after: string | null, added: { purposes: Array<string>, dataItems: Array<string>, channels: Array<string>, gateways: Array<string> }, removed: { purposes: Array<string>, dataItems: Array<string>, channels: Array<string>, gateways: Array<string> } }> } | null, userErrors: Array<{ code: UserErrorCode, field: Array<string> | null, message: string }> } };

export type AgreementCreateFromMutationVariables = Exact<{
  input: AgreementCreateFromInput;
}>;


export type AgreementCreateFromMutation = { agreementCreateFrom: { agreement: { code: string, status: AgreementStatus, revisionNumber: number, effectiveFrom: string, effectiveTo: string | null, derivedFrom: { code: string } | null } | null, revision: { id: string, number: number, operation: string, reason: string, principal: string, status: AgreementStatus, changes: Array<{ area: ChangeArea, kind: ChangeKind, subject: string, summary: string, clauseReference: string | null, before: string | null, after: string | null, added: { purposes: Array<string>, dataItems: Array<string>, channels: Array<string>, gateways: Array<string> }, removed: { purposes: Array<string>, dataItems: Array<string>, channels: Array<string>, gateways: Array<string> } }> } | null, userErrors: Array<{ code: UserErrorCode, field: Array<string> | null, message: string }> } };

export type AgreementAmendMutationVariables = Exact<{
  input: AgreementAmendInput;
}>;


export type AgreementAmendMutation = { agreementAmend: { agreement: { code: string, status: AgreementStatus, revisionNumber: number, effectiveFrom: string, effectiveTo: string | null, amends: { code: string } | null } | null, revision: { id: string, number: number, operation: string, reason: string, principal: string, status: AgreementStatus, changes: Array<{ area: ChangeArea, kind: ChangeKind, subject: string, summary: string, clauseReference: string | null, before: string | null, after: string | null, added: { purposes: Array<string>, dataItems: Array<string>, channels: Array<string>, gateways: Array<string> }, removed: { purposes: Array<string>, dataItems: Array<string>, channels: Array<string>, gateways: Array<string> } }> } | null, userErrors: Array<{ code: UserErrorCode, field: Array<string> | null, message: string }> } };

export type AgreementUpdateTermsMutationVariables = Exact<{
  input: AgreementUpdateTermsInput;
}>;


export type AgreementUpdateTermsMutation = { agreementUpdateTerms: { agreement: { code: string, status: AgreementStatus, revisionNumber: number, effectiveFrom: string, effectiveTo: string | null } | null, revision: { id: string, number: number, operation: string, reason: string, principal: string, status: AgreementStatus, changes: Array<{ area: ChangeArea, kind: ChangeKind, subject: string, summary: string, clauseReference: string | null, before: string | null, after: string | null, added: { purposes: Array<string>, dataItems: Array<string>, channels: Array<string>, gateways: Array<string> }, removed: { purposes: Array<string>, dataItems: Array<string>, channels: Array<string>, gateways: Array<string> } }> } | null, userErrors: Array<{ code: UserErrorCode, field: Array<string> | null, message: string }> } };

export type AgreementParticipantAddMutationVariables = Exact<{
  input: AgreementParticipantAddInput;
}>;


export type AgreementParticipantAddMutation = { agreementParticipantAdd: { agreement: { code: string, status: AgreementStatus, revisionNumber: number, effectiveFrom: string, effectiveTo: string | null } | null, revision: { id: string, number: number, operation: string, reason: string, principal: string, status: AgreementStatus, changes: Array<{ area: ChangeArea, kind: ChangeKind, subject: string, summary: string, clauseReference: string | null, before: string | null, after: string | null, added: { purposes: Array<string>, dataItems: Array<string>, channels: Array<string>, gateways: Array<string> }, removed: { purposes: Array<string>, dataItems: Array<string>, channels: Array<string>, gateways: Array<string> } }> } | null, userErrors: Array<{ code: UserErrorCode, field: Array<string> | null, message: string }> } };

export type AgreementParticipantRemoveMutationVariables = Exact<{
  input: AgreementParticipantRemoveInput;
}>;


export type AgreementParticipantRemoveMutation = { agreementParticipantRemove: { agreement: { code: string, status: AgreementStatus, revisionNumber: number, effectiveFrom: string, effectiveTo: string | null } | null, revision: { id: string, number: number, operation: string, reason: string, principal: string, status: AgreementStatus, changes: Array<{ area: ChangeArea, kind: ChangeKind, subject: string, summary: string, clauseReference: string | null, before: string | null, after: string | null, added: { purposes: Array<string>, dataItems: Array<string>, channels: Array<string>, gateways: Array<string> }, removed: { purposes: Array<string>, dataItems: Array<string>, channels: Array<string>, gateways: Array<string> } }> } | null, userErrors: Array<{ code: UserErrorCode, field: Array<string> | null, message: string }> } };

export type AgreementAnnexAddMutationVariables = Exact<{
  input: AgreementAnnexAddInput;
}>;


export type AgreementAnnexAddMutation = { agreementAnnexAdd: { agreement: { code: string, status: AgreementStatus, revisionNumber: number, effectiveFrom: string, effectiveTo: string | null } | null, revision: { id: string, number: number, operation: string, reason: string, principal: string, status: AgreementStatus, changes: Array<{ area: ChangeArea, kind: ChangeKind, subject: string, summary: string, clauseReference: string | null, before: string | null, after: string | null, added: { purposes: Array<string>, dataItems: Array<string>, channels: Array<string>, gateways: Array<string> }, removed: { purposes: Array<string>, dataItems: Array<string>, channels: Array<string>, gateways: Array<string> } }> } | null, userErrors: Array<{ code: UserErrorCode, field: Array<string> | null, message: string }> } };

export type AgreementControllerSetMutationVariables = Exact<{
  input: AgreementControllerSetInput;
}>;


export type AgreementControllerSetMutation = { agreementControllerSet: { agreement: { code: string, status: AgreementStatus, revisionNumber: number, effectiveFrom: string, effectiveTo: string | null } | null, revision: { id: string, number: number, operation: string, reason: string, principal: string, status: AgreementStatus, changes: Array<{ area: ChangeArea, kind: ChangeKind, subject: string, summary: string, clauseReference: string | null, before: string | null, after: string | null, added: { purposes: Array<string>, dataItems: Array<string>, channels: Array<string>, gateways: Array<string> }, removed: { purposes: Array<string>, dataItems: Array<string>, channels: Array<string>, gateways: Array<string> } }> } | null, userErrors: Array<{ code: UserErrorCode, field: Array<string> | null, message: string }> } };

export type AgreementProcessingConditionAddMutationVariables = Exact<{
  input: AgreementProcessingConditionAddInput;
}>;


export type AgreementProcessingConditionAddMutation = { agreementProcessingConditionAdd: { agreement: { code: string, status: AgreementStatus, revisionNumber: number, effectiveFrom: string, effectiveTo: string | null } | null, revision: { id: string, number: number, operation: string, reason: string, principal: string, status: AgreementStatus, changes: Array<{ area: ChangeArea, kind: ChangeKind, subject: string, summary: string, clauseReference: string | null, before: string | null, after: string | null, added: { purposes: Array<string>, dataItems: Array<string>, channels: Array<string>, gateways: Array<string> }, removed: { purposes: Array<string>, dataItems: Array<string>, channels: Array<string>, gateways: Array<string> } }> } | null, userErrors: Array<{ code: UserErrorCode, field: Array<string> | null, message: string }> } };

export type AgreementFlowAddMutationVariables = Exact<{
  input: AgreementFlowAddInput;
}>;


export type AgreementFlowAddMutation = { agreementFlowAdd: { agreement: { code: string, status: AgreementStatus, revisionNumber: number, effectiveFrom: string, effectiveTo: string | null } | null, revision: { id: string, number: number, operation: string, reason: string, principal: string, status: AgreementStatus, changes: Array<{ area: ChangeArea, kind: ChangeKind, subject: string, summary: string, clauseReference: string | null, before: string | null, after: string | null, added: { purposes: Array<string>, dataItems: Array<string>, channels: Array<string>, gateways: Array<string> }, removed: { purposes: Array<string>, dataItems: Array<string>, channels: Array<string>, gateways: Array<string> } }> } | null, userErrors: Array<{ code: UserErrorCode, field: Array<string> | null, message: string }> } };

export type AgreementFlowUpdateMutationVariables = Exact<{
  input: AgreementFlowUpdateInput;
}>;


export type AgreementFlowUpdateMutation = { agreementFlowUpdate: { agreement: { code: string, status: AgreementStatus, revisionNumber: number, effectiveFrom: string, effectiveTo: string | null } | null, revision: { id: string, number: number, operation: string, reason: string, principal: string, status: AgreementStatus, changes: Array<{ area: ChangeArea, kind: ChangeKind, subject: string, summary: string, clauseReference: string | null, before: string | null, after: string | null, added: { purposes: Array<string>, dataItems: Array<string>, channels: Array<string>, gateways: Array<string> }, removed: { purposes: Array<string>, dataItems: Array<string>, channels: Array<string>, gateways: Array<string> } }> } | null, userErrors: Array<{ code: UserErrorCode, field: Array<string> | null, message: string }> } };

export type AgreementFlowRemoveMutationVariables = Exact<{
  input: AgreementFlowRemoveInput;
}>;


export type AgreementFlowRemoveMutation = { agreementFlowRemove: { agreement: { code: string, status: AgreementStatus, revisionNumber: number, effectiveFrom: string, effectiveTo: string | null } | null, revision: { id: string, number: number, operation: string, reason: string, principal: string, status: AgreementStatus, changes: Array<{ area: ChangeArea, kind: ChangeKind, subject: string, summary: string, clauseReference: string | null, before: string | null, after: string | null, added: { purposes: Array<string>, dataItems: Array<string>, channels: Array<string>, gateways: Array<string> }, removed: { purposes: Array<string>, dataItems: Array<string>, channels: Array<string>, gateways: Array<string> } }> } | null, userErrors: Array<{ code: UserErrorCode, field: Array<string> | null, message: string }> } };

export type AgreementConditionAddMutationVariables = Exact<{
  input: AgreementConditionAddInput;
}>;


export type AgreementConditionAddMutation = { agreementConditionAdd: { agreement: { code: string, status: AgreementStatus, revisionNumber: number, effectiveFrom: string, effectiveTo: string | null } | null, revision: { id: string, number: number, operation: string, reason: string, principal: string, status: AgreementStatus, changes: Array<{ area: ChangeArea, kind: ChangeKind, subject: string, summary: string, clauseReference: string | null, before: string | null, after: string | null, added: { purposes: Array<string>, dataItems: Array<string>, channels: Array<string>, gateways: Array<string> }, removed: { purposes: Array<string>, dataItems: Array<string>, channels: Array<string>, gateways: Array<string> } }> } | null, userErrors: Array<{ code: UserErrorCode, field: Array<string> | null, message: string }> } };

export type AgreementRestrictionAddMutationVariables = Exact<{
  input: AgreementRestrictionAddInput;
}>;


export type AgreementRestrictionAddMutation = { agreementRestrictionAdd: { agreement: { code: string, status: AgreementStatus, revisionNumber: number, effectiveFrom: string, effectiveTo: string | null } | null, revision: { id: string, number: number, operation: string, reason: string, principal: string, status: AgreementStatus, changes: Array<{ area: ChangeArea, kind: ChangeKind, subject: string, summary: string, clauseReference: string | null, before: string | null, after: string | null, added: { purposes: Array<string>, dataItems: Array<string>, channels: Array<string>, gateways: Array<string> }, removed: { purposes: Array<string>, dataItems: Array<string>, channels: Array<string>, gateways: Array<string> } }> } | null, userErrors: Array<{ code: UserErrorCode, field: Array<string> | null, message: string }> } };

export type AgreementRetentionAddMutationVariables = Exact<{
  input: AgreementRetentionAddInput;
}>;


export type AgreementRetentionAddMutation = { agreementRetentionAdd: { agreement: { code: string, status: AgreementStatus, revisionNumber: number, effectiveFrom: string, effectiveTo: string | null } | null, revision: { id: string, number: number, operation: string, reason: string, principal: string, status: AgreementStatus, changes: Array<{ area: ChangeArea, kind: ChangeKind, subject: string, summary: string, clauseReference: string | null, before: string | null, after: string | null, added: { purposes: Array<string>, dataItems: Array<string>, channels: Array<string>, gateways: Array<string> }, removed: { purposes: Array<string>, dataItems: Array<string>, channels: Array<string>, gateways: Array<string> } }> } | null, userErrors: Array<{ code: UserErrorCode, field: Array<string> | null, message: string }> } };

export type AgreementSubmitForReviewMutationVariables = Exact<{
  input: EditAgreementInput;
}>;


export type AgreementSubmitForReviewMutation = { agreementSubmitForReview: { agreement: { code: string, status: AgreementStatus, revisionNumber: number, effectiveFrom: string, effectiveTo: string | null } | null, revision: { id: string, number: number, operation: string, reason: string, principal: string, status: AgreementStatus, changes: Array<{ area: ChangeArea, kind: ChangeKind, subject: string, summary: string, clauseReference: string | null, before: string | null, after: string | null, added: { purposes: Array<string>, dataItems: Array<string>, channels: Array<string>, gateways: Array<string> }, removed: { purposes: Array<string>, dataItems: Array<string>, channels: Array<string>, gateways: Array<string> } }> } | null, userErrors: Array<{ code: UserErrorCode, field: Array<string> | null, message: string }> } };

export type AgreementSendBackMutationVariables = Exact<{
  input: EditAgreementInput;
}>;


export type AgreementSendBackMutation = { agreementSendBack: { agreement: { code: string, status: AgreementStatus, revisionNumber: number, effectiveFrom: string, effectiveTo: string | null } | null, revision: { id: string, number: number, operation: string, reason: string, principal: string, status: AgreementStatus, changes: Array<{ area: ChangeArea, kind: ChangeKind, subject: string, summary: string, clauseReference: string | null, before: string | null, after: string | null, added: { purposes: Array<string>, dataItems: Array<string>, channels: Array<string>, gateways: Array<string> }, removed: { purposes: Array<string>, dataItems: Array<string>, channels: Array<string>, gateways: Array<string> } }> } | null, userErrors: Array<{ code: UserErrorCode, field: Array<string> | null, message: string }> } };

export type AgreementApproveMutationVariables = Exact<{
  input: AgreementApproveInput;
}>;


export type AgreementApproveMutation = { agreementApprove: { agreement: { code: string, status: AgreementStatus, revisionNumber: number, effectiveFrom: string, effectiveTo: string | null } | null, revision: { id: string, number: number, operation: string, reason: string, principal: string, status: AgreementStatus, changes: Array<{ area: ChangeArea, kind: ChangeKind, subject: string, summary: string, clauseReference: string | null, before: string | null, after: string | null, added: { purposes: Array<string>, dataItems: Array<string>, channels: Array<string>, gateways: Array<string> }, removed: { purposes: Array<string>, dataItems: Array<string>, channels: Array<string>, gateways: Array<string> } }> } | null, userErrors: Array<{ code: UserErrorCode, field: Array<string> | null, message: string }> } };

export type AgreementSignMutationVariables = Exact<{
  input: AgreementSignInput;
}>;


export type AgreementSignMutation = { agreementSign: { agreement: { code: string, status: AgreementStatus, revisionNumber: number, effectiveFrom: string, effectiveTo: string | null } | null, revision: { id: string, number: number, operation: string, reason: string, principal: string, status: AgreementStatus, changes: Array<{ area: ChangeArea, kind: ChangeKind, subject: string, summary: string, clauseReference: string | null, before: string | null, after: string | null, added: { purposes: Array<string>, dataItems: Array<string>, channels: Array<string>, gateways: Array<string> }, removed: { purposes: Array<string>, dataItems: Array<string>, channels: Array<string>, gateways: Array<string> } }> } | null, userErrors: Array<{ code: UserErrorCode, field: Array<string> | null, message: string }> } };

export type AgreementActivateMutationVariables = Exact<{
  input: EditAgreementInput;
}>;


export type AgreementActivateMutation = { agreementActivate: { agreement: { code: string, status: AgreementStatus, revisionNumber: number, effectiveFrom: string, effectiveTo: string | null } | null, revision: { id: string, number: number, operation: string, reason: string, principal: string, status: AgreementStatus, changes: Array<{ area: ChangeArea, kind: ChangeKind, subject: string, summary: string, clauseReference: string | null, before: string | null, after: string | null, added: { purposes: Array<string>, dataItems: Array<string>, channels: Array<string>, gateways: Array<string> }, removed: { purposes: Array<string>, dataItems: Array<string>, channels: Array<string>, gateways: Array<string> } }> } | null, userErrors: Array<{ code: UserErrorCode, field: Array<string> | null, message: string }> } };

export type AgreementSuspendMutationVariables = Exact<{
  input: AgreementEndInput;
}>;


export type AgreementSuspendMutation = { agreementSuspend: { agreement: { code: string, status: AgreementStatus, revisionNumber: number, effectiveFrom: string, effectiveTo: string | null } | null, revision: { id: string, number: number, operation: string, reason: string, principal: string, status: AgreementStatus, changes: Array<{ area: ChangeArea, kind: ChangeKind, subject: string, summary: string, clauseReference: string | null, before: string | null, after: string | null, added: { purposes: Array<string>, dataItems: Array<string>, channels: Array<string>, gateways: Array<string> }, removed: { purposes: Array<string>, dataItems: Array<string>, channels: Array<string>, gateways: Array<string> } }> } | null, userErrors: Array<{ code: UserErrorCode, field: Array<string> | null, message: string }> } };

export type AgreementResumeMutationVariables = Exact<{
  input: AgreementResumeInput;
}>;


export type AgreementResumeMutation = { agreementResume: { agreement: { code: string, status: AgreementStatus, revisionNumber: number, effectiveFrom: string, effectiveTo: string | null } | null, revision: { id: string, number: number, operation: string, reason: string, principal: string, status: AgreementStatus, changes: Array<{ area: ChangeArea, kind: ChangeKind, subject: string, summary: string, clauseReference: string | null, before: string | null, after: string | null, added: { purposes: Array<string>, dataItems: Array<string>, channels: Array<string>, gateways: Array<string> }, removed: { purposes: Array<string>, dataItems: Array<string>, channels: Array<string>, gateways: Array<string> } }> } | null, userErrors: Array<{ code: UserErrorCode, field: Array<string> | null, message: string }> } };

export type AgreementGiveNoticeMutationVariables = Exact<{
  input: AgreementEndInput;
}>;


export type AgreementGiveNoticeMutation = { agreementGiveNotice: { agreement: { code: string, status: AgreementStatus, revisionNumber: number, effectiveFrom: string, effectiveTo: string | null } | null, revision: { id: string, number: number, operation: string, reason: string, principal: string, status: AgreementStatus, changes: Array<{ area: ChangeArea, kind: ChangeKind, subject: string, summary: string, clauseReference: string | null, before: string | null, after: string | null, added: { purposes: Array<string>, dataItems: Array<string>, channels: Array<string>, gateways: Array<string> }, removed: { purposes: Array<string>, dataItems: Array<string>, channels: Array<string>, gateways: Array<string> } }> } | null, userErrors: Array<{ code: UserErrorCode, field: Array<string> | null, message: string }> } };

export type AgreementTerminateMutationVariables = Exact<{
  input: AgreementTerminateInput;
}>;


export type AgreementTerminateMutation = { agreementTerminate: { agreement: { code: string, status: AgreementStatus, revisionNumber: number, effectiveFrom: string, effectiveTo: string | null } | null, revision: { id: string, number: number, operation: string, reason: string, principal: string, status: AgreementStatus, changes: Array<{ area: ChangeArea, kind: ChangeKind, subject: string, summary: string, clauseReference: string | null, before: string | null, after: string | null, added: { purposes: Array<string>, dataItems: Array<string>, channels: Array<string>, gateways: Array<string> }, removed: { purposes: Array<string>, dataItems: Array<string>, channels: Array<string>, gateways: Array<string> } }> } | null, userErrors: Array<{ code: UserErrorCode, field: Array<string> | null, message: string }> } };

export type AgreementReviewRecordMutationVariables = Exact<{
  input: AgreementReviewRecordInput;
}>;


export type AgreementReviewRecordMutation = { agreementReviewRecord: { agreement: { code: string, status: AgreementStatus, revisionNumber: number, effectiveFrom: string, effectiveTo: string | null } | null, revision: { id: string, number: number, operation: string, reason: string, principal: string, status: AgreementStatus, changes: Array<{ area: ChangeArea, kind: ChangeKind, subject: string, summary: string, clauseReference: string | null, before: string | null, after: string | null, added: { purposes: Array<string>, dataItems: Array<string>, channels: Array<string>, gateways: Array<string> }, removed: { purposes: Array<string>, dataItems: Array<string>, channels: Array<string>, gateways: Array<string> } }> } | null, userErrors: Array<{ code: UserErrorCode, field: Array<string> | null, message: string }> } };

export type AgreementHistoryQueryVariables = Exact<{
  code: string;
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type AgreementHistoryQuery = { agreement: { code: string, status: AgreementStatus, revisionNumber: number, revisions: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, nodes: Array<{ id: string, number: number, operation: string, reason: string, principal: string, role: string, status: AgreementStatus, inForceFrom: string | null, inForceTo: string | null }> } } | null };

export type AgreementRevisionContentQueryVariables = Exact<{
  code: string;
  number: number;
}>;


export type AgreementRevisionContentQuery = { agreement: { revision: { id: string, number: number, status: AgreementStatus, content: { code: string, title: string, status: AgreementStatus, effectiveTo: string | null, terms: { noticePeriodMonths: number | null }, participants: Array<{ organisation: string, roles: Array<ParticipantRole> }>, flows: Array<{ code: string, purposes: Array<string>, dataItems: Array<string>, channels: Array<string>, gateways: Array<string> }>, signatures: Array<{ organisation: string, annex: string | null, capacity: SignatoryCapacity }> } } | null } | null };

export type AgreementAsOfQueryVariables = Exact<{
  code: string;
  date: string;
}>;


export type AgreementAsOfQuery = { agreement: { asOf: { number: number, status: AgreementStatus, agreement: { code: string }, content: { code: string, effectiveFrom: string, effectiveTo: string | null, flows: Array<{ code: string, purposes: Array<string> }> } } | null } | null };

export type AgreementDiffQueryVariables = Exact<{
  from: string | number;
  to: string | number;
}>;


export type AgreementDiffQuery = { agreementDiff: { from: { number: number }, to: { number: number }, changes: Array<{ area: ChangeArea, kind: ChangeKind, subject: string, summary: string, clauseReference: string | null, before: string | null, after: string | null, added: { purposes: Array<string>, dataItems: Array<string>, channels: Array<string>, gateways: Array<string> }, removed: { purposes: Array<string>, dataItems: Array<string>, channels: Array<string>, gateways: Array<string> } }> } };

export type AgreementCompletenessQueryVariables = Exact<{
  code: string;
}>;


export type AgreementCompletenessQuery = { agreement: { completeness: { complete: boolean, missing: Array<string>, checks: Array<{ requirement: string, satisfied: boolean, missing: string | null }> } } | null };

export type AgreementDocumentQueryVariables = Exact<{
  code: string;
}>;


export type AgreementDocumentQuery = { agreement: { document: string, documentVersions: Array<{ label: string, date: string | null, summary: string }> } | null };

export type ReviewScheduleQueryVariables = Exact<{
  on?: string | null | undefined;
  withinDays: number;
}>;


export type ReviewScheduleQuery = { agreementsDueForReview: { totalCount: number, nodes: Array<{ nextReviewDue: string, lastReviewedOn: string | null, overdue: boolean, agreement: { code: string } }> }, agreementsOverdueForReview: { totalCount: number, nodes: Array<{ nextReviewDue: string, agreement: { code: string } }> } };

export type AgreementsEndingQueryVariables = Exact<{
  from: string;
  to: string;
}>;


export type AgreementsEndingQuery = { agreementsEnding: { totalCount: number, nodes: Array<{ code: string, effectiveTo: string | null }> } };

export type AuditLogQueryVariables = Exact<{
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type AuditLogQuery = { auditLog: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, nodes: Array<{ seq: number, kind: string, principal: string, role: string, operation: string, subject: string | null, inputHash: string, outcome: string, hash: string, prevHash: string, decisions: Array<{ recordedAt: string, principal: string, role: string, provider: string, recipient: string, inputHash: string, outcome: string, registryRevision: number, request: { provider: string, recipient: string, purpose: string, dataItems: Array<string>, channel: string | null, at: string | null, processingCountry: string | null, factKeys: Array<string> } | null }> | null }> } };

export type VerifyAuditChainQueryVariables = Exact<{ [key: string]: never; }>;


export type VerifyAuditChainQuery = { verifyAuditChain: { intact: boolean, entriesChecked: number, firstBrokenSeq: number | null, problem: string | null } };

export type ResolvePermissionQueryVariables = Exact<{
  request: PermissionRequest;
}>;


export type ResolvePermissionQuery = { resolvePermission: { outcome: PermissionOutcome, explanation: string, registryRevision: number, at: string, grants: Array<{ ruleCode: string, clauseReference: string, agreement: { code: string }, annex: { label: string } | null, gateways: Array<{ code: string, citation: string }> }>, denials: Array<{ code: DenialCode, reason: string, clauseReference: string | null, agreement: { code: string } | null }>, conditions: Array<{ description: string, factKey: string, clauseReference: string }>, items: Array<{ outcome: PermissionOutcome, dataItem: { code: string }, denials: Array<{ code: DenialCode }> }> } };

export type ResolvePermissionsQueryVariables = Exact<{
  requests: Array<PermissionRequest> | PermissionRequest;
}>;


export type ResolvePermissionsQuery = { resolvePermissions: Array<{ outcome: PermissionOutcome, registryRevision: number, grants: Array<{ ruleCode: string }> }> };

export type LawfulBasesQueryVariables = Exact<{
  purpose: string;
  dataItem: string;
  recipient?: string | null | undefined;
  at?: string | null | undefined;
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type LawfulBasesQuery = { lawfulBases: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, nodes: Array<{ ruleCode: string, clauseReference: string, agreement: { code: string }, annex: { label: string } | null, provider: { code: string }, recipient: { code: string } | null, gateways: Array<{ code: string, citation: string }>, rule: { effect: FlowEffect, channels: Array<{ code: string }> } }> } };

export type PermittedFlowsQueryVariables = Exact<{
  code: string;
  direction: FlowDirection;
  at?: string | null | undefined;
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type PermittedFlowsQuery = { organisation: { permittedFlows: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, nodes: Array<{ ruleCode: string, agreement: { code: string }, provider: { code: string } }> } } | null };

export const ChangeOutcomeFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ChangeOutcome"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AgreementChangePayload"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"agreement"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"revisionNumber"}},{"kind":"Field","name":{"kind":"Name","value":"effectiveFrom"}},{"kind":"Field","name":{"kind":"Name","value":"effectiveTo"}}]}},{"kind":"Field","name":{"kind":"Name","value":"revision"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"operation"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"principal"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"changes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"area"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"subject"}},{"kind":"Field","name":{"kind":"Name","value":"summary"}},{"kind":"Field","name":{"kind":"Name","value":"clauseReference"}},{"kind":"Field","name":{"kind":"Name","value":"before"}},{"kind":"Field","name":{"kind":"Name","value":"after"}},{"kind":"Field","name":{"kind":"Name","value":"added"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"purposes"}},{"kind":"Field","name":{"kind":"Name","value":"dataItems"}},{"kind":"Field","name":{"kind":"Name","value":"channels"}},{"kind":"Field","name":{"kind":"Name","value":"gateways"}}]}},{"kind":"Field","name":{"kind":"Name","value":"removed"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"purposes"}},{"kind":"Field","name":{"kind":"Name","value":"dataItems"}},{"kind":"Field","name":{"kind":"Name","value":"channels"}},{"kind":"Field","name":{"kind":"Name","value":"gateways"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]} as unknown as DocumentNode<ChangeOutcomeFragment, unknown>;
export const AgreementByCodeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AgreementByCode"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"code"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"agreement"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"code"},"value":{"kind":"Variable","name":{"kind":"Name","value":"code"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"effectiveFrom"}},{"kind":"Field","name":{"kind":"Name","value":"effectiveTo"}},{"kind":"Field","name":{"kind":"Name","value":"reviewCadenceMonths"}},{"kind":"Field","name":{"kind":"Name","value":"noticePeriodMonths"}},{"kind":"Field","name":{"kind":"Name","value":"breachNotificationHours"}},{"kind":"Field","name":{"kind":"Name","value":"source"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"clause"}},{"kind":"Field","name":{"kind":"Name","value":"document"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"parent"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"Field","name":{"kind":"Name","value":"children"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"Field","name":{"kind":"Name","value":"annexes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"signedSeparately"}},{"kind":"Field","name":{"kind":"Name","value":"flows"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"effect"}},{"kind":"Field","name":{"kind":"Name","value":"clauseReference"}},{"kind":"Field","name":{"kind":"Name","value":"purposes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"Field","name":{"kind":"Name","value":"dataItems"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"Field","name":{"kind":"Name","value":"channels"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"Field","name":{"kind":"Name","value":"gateways"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"citation"}},{"kind":"Field","name":{"kind":"Name","value":"companions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"signatories"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"capacity"}},{"kind":"Field","name":{"kind":"Name","value":"annex"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"label"}}]}},{"kind":"Field","name":{"kind":"Name","value":"participant"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"organisation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"participants"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"roles"}},{"kind":"Field","name":{"kind":"Name","value":"organisation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"nation"}},{"kind":"Field","name":{"kind":"Name","value":"sample"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"controllers"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"phase"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"participant"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"organisation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"processingConditions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"article"}},{"kind":"Field","name":{"kind":"Name","value":"appliesFrom"}},{"kind":"Field","name":{"kind":"Name","value":"participant"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"organisation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"flows"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"effect"}},{"kind":"Field","name":{"kind":"Name","value":"clauseReference"}},{"kind":"Field","name":{"kind":"Name","value":"provider"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"Field","name":{"kind":"Name","value":"recipient"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"Field","name":{"kind":"Name","value":"purposes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"Field","name":{"kind":"Name","value":"dataItems"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"Field","name":{"kind":"Name","value":"channels"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"Field","name":{"kind":"Name","value":"gateways"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"citation"}}]}},{"kind":"Field","name":{"kind":"Name","value":"conditions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"factKey"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"conditions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"factKey"}},{"kind":"Field","name":{"kind":"Name","value":"clauseReference"}}]}},{"kind":"Field","name":{"kind":"Name","value":"restrictions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"permittedTerritories"}},{"kind":"Field","name":{"kind":"Name","value":"factKey"}},{"kind":"Field","name":{"kind":"Name","value":"clauseReference"}},{"kind":"Field","name":{"kind":"Name","value":"originatingController"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"Field","name":{"kind":"Name","value":"approvalBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"retentionRules"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recordType"}},{"kind":"Field","name":{"kind":"Name","value":"periodMonths"}},{"kind":"Field","name":{"kind":"Name","value":"disposition"}},{"kind":"Field","name":{"kind":"Name","value":"source"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"clause"}},{"kind":"Field","name":{"kind":"Name","value":"document"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"operationalRules"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"source"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"document"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"documentVersions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"date"}},{"kind":"Field","name":{"kind":"Name","value":"summary"}}]}}]}}]}}]} as unknown as DocumentNode<AgreementByCodeQuery, AgreementByCodeQueryVariables>;
export const AgreementPageDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AgreementPage"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"status"}},"type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AgreementStatus"}}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"kind"}},"type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AgreementKind"}}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"participant"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"inForceOn"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Date"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"agreements"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}},{"kind":"Argument","name":{"kind":"Name","value":"status"},"value":{"kind":"Variable","name":{"kind":"Name","value":"status"}}},{"kind":"Argument","name":{"kind":"Name","value":"kind"},"value":{"kind":"Variable","name":{"kind":"Name","value":"kind"}}},{"kind":"Argument","name":{"kind":"Name","value":"participant"},"value":{"kind":"Variable","name":{"kind":"Name","value":"participant"}}},{"kind":"Argument","name":{"kind":"Name","value":"inForceOn"},"value":{"kind":"Variable","name":{"kind":"Name","value":"inForceOn"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"hasPreviousPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]}}]} as unknown as DocumentNode<AgreementPageQuery, AgreementPageQueryVariables>;
export const NestedAgreementPageDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"NestedAgreementPage"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"agreements"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"participants"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"roles"}},{"kind":"Field","name":{"kind":"Name","value":"organisation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"annexes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"flows"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"effect"}},{"kind":"Field","name":{"kind":"Name","value":"gateways"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"citation"}},{"kind":"Field","name":{"kind":"Name","value":"agreements"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"purposes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"parent"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"dataItems"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"parent"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"flows"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"gateways"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"citation"}}]}},{"kind":"Field","name":{"kind":"Name","value":"purposes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"Field","name":{"kind":"Name","value":"dataItems"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<NestedAgreementPageQuery, NestedAgreementPageQueryVariables>;
export const SignatoryNamesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"SignatoryNames"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"code"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"agreement"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"code"},"value":{"kind":"Variable","name":{"kind":"Name","value":"code"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"signatories"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"capacity"}}]}}]}}]}}]} as unknown as DocumentNode<SignatoryNamesQuery, SignatoryNamesQueryVariables>;
export const OrganisationByCodeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"OrganisationByCode"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"code"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"organisation"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"code"},"value":{"kind":"Variable","name":{"kind":"Name","value":"code"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"nation"}},{"kind":"Field","name":{"kind":"Name","value":"sample"}},{"kind":"Field","name":{"kind":"Name","value":"participations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"roles"}},{"kind":"Field","name":{"kind":"Name","value":"agreement"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}}]}}]} as unknown as DocumentNode<OrganisationByCodeQuery, OrganisationByCodeQueryVariables>;
export const OrganisationPageDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"OrganisationPage"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"kind"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"OrganisationKind"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"nation"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Nation"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"organisations"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}},{"kind":"Argument","name":{"kind":"Name","value":"kind"},"value":{"kind":"Variable","name":{"kind":"Name","value":"kind"}}},{"kind":"Argument","name":{"kind":"Name","value":"nation"},"value":{"kind":"Variable","name":{"kind":"Name","value":"nation"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"nation"}}]}}]}}]}}]}}]} as unknown as DocumentNode<OrganisationPageQuery, OrganisationPageQueryVariables>;
export const DataItemByCodeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"DataItemByCode"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"code"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"dataItem"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"code"},"value":{"kind":"Variable","name":{"kind":"Name","value":"code"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"classification"}},{"kind":"Field","name":{"kind":"Name","value":"originatingController"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"Field","name":{"kind":"Name","value":"channels"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"Field","name":{"kind":"Name","value":"parent"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"Field","name":{"kind":"Name","value":"children"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"children"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}}]} as unknown as DocumentNode<DataItemByCodeQuery, DataItemByCodeQueryVariables>;
export const PurposeByCodeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PurposeByCode"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"code"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"purpose"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"code"},"value":{"kind":"Variable","name":{"kind":"Name","value":"code"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"parent"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"Field","name":{"kind":"Name","value":"children"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}}]} as unknown as DocumentNode<PurposeByCodeQuery, PurposeByCodeQueryVariables>;
export const GatewayByCodeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"GatewayByCode"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"code"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"legalGateway"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"code"},"value":{"kind":"Variable","name":{"kind":"Name","value":"code"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"citation"}},{"kind":"Field","name":{"kind":"Name","value":"instrument"}},{"kind":"Field","name":{"kind":"Name","value":"provision"}},{"kind":"Field","name":{"kind":"Name","value":"url"}},{"kind":"Field","name":{"kind":"Name","value":"inForceFrom"}},{"kind":"Field","name":{"kind":"Name","value":"inForceTo"}},{"kind":"Field","name":{"kind":"Name","value":"companions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"Field","name":{"kind":"Name","value":"agreements"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"Field","name":{"kind":"Name","value":"flows"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}}]} as unknown as DocumentNode<GatewayByCodeQuery, GatewayByCodeQueryVariables>;
export const ChannelByCodeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ChannelByCode"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"code"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"channel"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"code"},"value":{"kind":"Variable","name":{"kind":"Name","value":"code"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<ChannelByCodeQuery, ChannelByCodeQueryVariables>;
export const NodeByIdDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"NodeById"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Agreement"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Organisation"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}}]} as unknown as DocumentNode<NodeByIdQuery, NodeByIdQueryVariables>;
export const TypenameDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Typename"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}}]} as unknown as DocumentNode<TypenameQuery, TypenameQueryVariables>;
export const FidelityDataItemTreeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"FidelityDataItemTree"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"code"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"dataItem"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"code"},"value":{"kind":"Variable","name":{"kind":"Name","value":"code"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"classification"}},{"kind":"Field","name":{"kind":"Name","value":"originatingController"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"Field","name":{"kind":"Name","value":"channels"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"Field","name":{"kind":"Name","value":"parent"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"Field","name":{"kind":"Name","value":"children"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"originatingController"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"Field","name":{"kind":"Name","value":"channels"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"Field","name":{"kind":"Name","value":"children"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"originatingController"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"Field","name":{"kind":"Name","value":"channels"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"Field","name":{"kind":"Name","value":"children"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<FidelityDataItemTreeQuery, FidelityDataItemTreeQueryVariables>;
export const FidelityAllFlowsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"FidelityAllFlows"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"agreements"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"flows"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"effect"}},{"kind":"Field","name":{"kind":"Name","value":"clauseReference"}},{"kind":"Field","name":{"kind":"Name","value":"annex"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"label"}}]}},{"kind":"Field","name":{"kind":"Name","value":"gateways"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"Field","name":{"kind":"Name","value":"purposes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"Field","name":{"kind":"Name","value":"dataItems"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"Field","name":{"kind":"Name","value":"channels"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<FidelityAllFlowsQuery, FidelityAllFlowsQueryVariables>;
export const FidelityParticipationsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"FidelityParticipations"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"code"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"organisation"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"code"},"value":{"kind":"Variable","name":{"kind":"Name","value":"code"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"nation"}},{"kind":"Field","name":{"kind":"Name","value":"sample"}},{"kind":"Field","name":{"kind":"Name","value":"participations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"roles"}},{"kind":"Field","name":{"kind":"Name","value":"agreement"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"Field","name":{"kind":"Name","value":"signatories"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"capacity"}},{"kind":"Field","name":{"kind":"Name","value":"sample"}},{"kind":"Field","name":{"kind":"Name","value":"signedOn"}},{"kind":"Field","name":{"kind":"Name","value":"annex"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"label"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<FidelityParticipationsQuery, FidelityParticipationsQueryVariables>;
export const AgreementCreateDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AgreementCreate"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AgreementCreateInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"agreementCreate"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ChangeOutcome"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ChangeOutcome"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AgreementChangePayload"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"agreement"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"revisionNumber"}},{"kind":"Field","name":{"kind":"Name","value":"effectiveFrom"}},{"kind":"Field","name":{"kind":"Name","value":"effectiveTo"}}]}},{"kind":"Field","name":{"kind":"Name","value":"revision"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"operation"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"principal"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"changes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"area"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"subject"}},{"kind":"Field","name":{"kind":"Name","value":"summary"}},{"kind":"Field","name":{"kind":"Name","value":"clauseReference"}},{"kind":"Field","name":{"kind":"Name","value":"before"}},{"kind":"Field","name":{"kind":"Name","value":"after"}},{"kind":"Field","name":{"kind":"Name","value":"added"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"purposes"}},{"kind":"Field","name":{"kind":"Name","value":"dataItems"}},{"kind":"Field","name":{"kind":"Name","value":"channels"}},{"kind":"Field","name":{"kind":"Name","value":"gateways"}}]}},{"kind":"Field","name":{"kind":"Name","value":"removed"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"purposes"}},{"kind":"Field","name":{"kind":"Name","value":"dataItems"}},{"kind":"Field","name":{"kind":"Name","value":"channels"}},{"kind":"Field","name":{"kind":"Name","value":"gateways"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]} as unknown as DocumentNode<AgreementCreateMutation, AgreementCreateMutationVariables>;
export const AgreementCreateFromDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AgreementCreateFrom"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AgreementCreateFromInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"agreementCreateFrom"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ChangeOutcome"}},{"kind":"Field","name":{"kind":"Name","value":"agreement"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"derivedFrom"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ChangeOutcome"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AgreementChangePayload"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"agreement"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"revisionNumber"}},{"kind":"Field","name":{"kind":"Name","value":"effectiveFrom"}},{"kind":"Field","name":{"kind":"Name","value":"effectiveTo"}}]}},{"kind":"Field","name":{"kind":"Name","value":"revision"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"operation"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"principal"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"changes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"area"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"subject"}},{"kind":"Field","name":{"kind":"Name","value":"summary"}},{"kind":"Field","name":{"kind":"Name","value":"clauseReference"}},{"kind":"Field","name":{"kind":"Name","value":"before"}},{"kind":"Field","name":{"kind":"Name","value":"after"}},{"kind":"Field","name":{"kind":"Name","value":"added"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"purposes"}},{"kind":"Field","name":{"kind":"Name","value":"dataItems"}},{"kind":"Field","name":{"kind":"Name","value":"channels"}},{"kind":"Field","name":{"kind":"Name","value":"gateways"}}]}},{"kind":"Field","name":{"kind":"Name","value":"removed"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"purposes"}},{"kind":"Field","name":{"kind":"Name","value":"dataItems"}},{"kind":"Field","name":{"kind":"Name","value":"channels"}},{"kind":"Field","name":{"kind":"Name","value":"gateways"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]} as unknown as DocumentNode<AgreementCreateFromMutation, AgreementCreateFromMutationVariables>;
export const AgreementAmendDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AgreementAmend"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AgreementAmendInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"agreementAmend"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ChangeOutcome"}},{"kind":"Field","name":{"kind":"Name","value":"agreement"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amends"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ChangeOutcome"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AgreementChangePayload"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"agreement"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"revisionNumber"}},{"kind":"Field","name":{"kind":"Name","value":"effectiveFrom"}},{"kind":"Field","name":{"kind":"Name","value":"effectiveTo"}}]}},{"kind":"Field","name":{"kind":"Name","value":"revision"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"operation"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"principal"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"changes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"area"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"subject"}},{"kind":"Field","name":{"kind":"Name","value":"summary"}},{"kind":"Field","name":{"kind":"Name","value":"clauseReference"}},{"kind":"Field","name":{"kind":"Name","value":"before"}},{"kind":"Field","name":{"kind":"Name","value":"after"}},{"kind":"Field","name":{"kind":"Name","value":"added"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"purposes"}},{"kind":"Field","name":{"kind":"Name","value":"dataItems"}},{"kind":"Field","name":{"kind":"Name","value":"channels"}},{"kind":"Field","name":{"kind":"Name","value":"gateways"}}]}},{"kind":"Field","name":{"kind":"Name","value":"removed"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"purposes"}},{"kind":"Field","name":{"kind":"Name","value":"dataItems"}},{"kind":"Field","name":{"kind":"Name","value":"channels"}},{"kind":"Field","name":{"kind":"Name","value":"gateways"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]} as unknown as DocumentNode<AgreementAmendMutation, AgreementAmendMutationVariables>;
export const AgreementUpdateTermsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AgreementUpdateTerms"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AgreementUpdateTermsInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"agreementUpdateTerms"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ChangeOutcome"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ChangeOutcome"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AgreementChangePayload"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"agreement"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"revisionNumber"}},{"kind":"Field","name":{"kind":"Name","value":"effectiveFrom"}},{"kind":"Field","name":{"kind":"Name","value":"effectiveTo"}}]}},{"kind":"Field","name":{"kind":"Name","value":"revision"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"operation"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"principal"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"changes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"area"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"subject"}},{"kind":"Field","name":{"kind":"Name","value":"summary"}},{"kind":"Field","name":{"kind":"Name","value":"clauseReference"}},{"kind":"Field","name":{"kind":"Name","value":"before"}},{"kind":"Field","name":{"kind":"Name","value":"after"}},{"kind":"Field","name":{"kind":"Name","value":"added"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"purposes"}},{"kind":"Field","name":{"kind":"Name","value":"dataItems"}},{"kind":"Field","name":{"kind":"Name","value":"channels"}},{"kind":"Field","name":{"kind":"Name","value":"gateways"}}]}},{"kind":"Field","name":{"kind":"Name","value":"removed"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"purposes"}},{"kind":"Field","name":{"kind":"Name","value":"dataItems"}},{"kind":"Field","name":{"kind":"Name","value":"channels"}},{"kind":"Field","name":{"kind":"Name","value":"gateways"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]} as unknown as DocumentNode<AgreementUpdateTermsMutation, AgreementUpdateTermsMutationVariables>;
export const AgreementParticipantAddDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AgreementParticipantAdd"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AgreementParticipantAddInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"agreementParticipantAdd"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ChangeOutcome"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ChangeOutcome"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AgreementChangePayload"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"agreement"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"revisionNumber"}},{"kind":"Field","name":{"kind":"Name","value":"effectiveFrom"}},{"kind":"Field","name":{"kind":"Name","value":"effectiveTo"}}]}},{"kind":"Field","name":{"kind":"Name","value":"revision"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"operation"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"principal"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"changes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"area"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"subject"}},{"kind":"Field","name":{"kind":"Name","value":"summary"}},{"kind":"Field","name":{"kind":"Name","value":"clauseReference"}},{"kind":"Field","name":{"kind":"Name","value":"before"}},{"kind":"Field","name":{"kind":"Name","value":"after"}},{"kind":"Field","name":{"kind":"Name","value":"added"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"purposes"}},{"kind":"Field","name":{"kind":"Name","value":"dataItems"}},{"kind":"Field","name":{"kind":"Name","value":"channels"}},{"kind":"Field","name":{"kind":"Name","value":"gateways"}}]}},{"kind":"Field","name":{"kind":"Name","value":"removed"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"purposes"}},{"kind":"Field","name":{"kind":"Name","value":"dataItems"}},{"kind":"Field","name":{"kind":"Name","value":"channels"}},{"kind":"Field","name":{"kind":"Name","value":"gateways"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]} as unknown as DocumentNode<AgreementParticipantAddMutation, AgreementParticipantAddMutationVariables>;
export const AgreementParticipantRemoveDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AgreementParticipantRemove"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AgreementParticipantRemoveInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"agreementParticipantRemove"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ChangeOutcome"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ChangeOutcome"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AgreementChangePayload"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"agreement"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"revisionNumber"}},{"kind":"Field","name":{"kind":"Name","value":"effectiveFrom"}},{"kind":"Field","name":{"kind":"Name","value":"effectiveTo"}}]}},{"kind":"Field","name":{"kind":"Name","value":"revision"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"operation"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"principal"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"changes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"area"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"subject"}},{"kind":"Field","name":{"kind":"Name","value":"summary"}},{"kind":"Field","name":{"kind":"Name","value":"clauseReference"}},{"kind":"Field","name":{"kind":"Name","value":"before"}},{"kind":"Field","name":{"kind":"Name","value":"after"}},{"kind":"Field","name":{"kind":"Name","value":"added"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"purposes"}},{"kind":"Field","name":{"kind":"Name","value":"dataItems"}},{"kind":"Field","name":{"kind":"Name","value":"channels"}},{"kind":"Field","name":{"kind":"Name","value":"gateways"}}]}},{"kind":"Field","name":{"kind":"Name","value":"removed"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"purposes"}},{"kind":"Field","name":{"kind":"Name","value":"dataItems"}},{"kind":"Field","name":{"kind":"Name","value":"channels"}},{"kind":"Field","name":{"kind":"Name","value":"gateways"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]} as unknown as DocumentNode<AgreementParticipantRemoveMutation, AgreementParticipantRemoveMutationVariables>;
export const AgreementAnnexAddDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AgreementAnnexAdd"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AgreementAnnexAddInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"agreementAnnexAdd"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ChangeOutcome"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ChangeOutcome"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AgreementChangePayload"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"agreement"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"revisionNumber"}},{"kind":"Field","name":{"kind":"Name","value":"effectiveFrom"}},{"kind":"Field","name":{"kind":"Name","value":"effectiveTo"}}]}},{"kind":"Field","name":{"kind":"Name","value":"revision"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"operation"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"principal"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"changes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"area"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"subject"}},{"kind":"Field","name":{"kind":"Name","value":"summary"}},{"kind":"Field","name":{"kind":"Name","value":"clauseReference"}},{"kind":"Field","name":{"kind":"Name","value":"before"}},{"kind":"Field","name":{"kind":"Name","value":"after"}},{"kind":"Field","name":{"kind":"Name","value":"added"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"purposes"}},{"kind":"Field","name":{"kind":"Name","value":"dataItems"}},{"kind":"Field","name":{"kind":"Name","value":"channels"}},{"kind":"Field","name":{"kind":"Name","value":"gateways"}}]}},{"kind":"Field","name":{"kind":"Name","value":"removed"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"purposes"}},{"kind":"Field","name":{"kind":"Name","value":"dataItems"}},{"kind":"Field","name":{"kind":"Name","value":"channels"}},{"kind":"Field","name":{"kind":"Name","value":"gateways"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]} as unknown as DocumentNode<AgreementAnnexAddMutation, AgreementAnnexAddMutationVariables>;
export const AgreementControllerSetDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AgreementControllerSet"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AgreementControllerSetInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"agreementControllerSet"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ChangeOutcome"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ChangeOutcome"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AgreementChangePayload"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"agreement"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"revisionNumber"}},{"kind":"Field","name":{"kind":"Name","value":"effectiveFrom"}},{"kind":"Field","name":{"kind":"Name","value":"effectiveTo"}}]}},{"kind":"Field","name":{"kind":"Name","value":"revision"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"operation"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"principal"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"changes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"area"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"subject"}},{"kind":"Field","name":{"kind":"Name","value":"summary"}},{"kind":"Field","name":{"kind":"Name","value":"clauseReference"}},{"kind":"Field","name":{"kind":"Name","value":"before"}},{"kind":"Field","name":{"kind":"Name","value":"after"}},{"kind":"Field","name":{"kind":"Name","value":"added"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"purposes"}},{"kind":"Field","name":{"kind":"Name","value":"dataItems"}},{"kind":"Field","name":{"kind":"Name","value":"channels"}},{"kind":"Field","name":{"kind":"Name","value":"gateways"}}]}},{"kind":"Field","name":{"kind":"Name","value":"removed"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"purposes"}},{"kind":"Field","name":{"kind":"Name","value":"dataItems"}},{"kind":"Field","name":{"kind":"Name","value":"channels"}},{"kind":"Field","name":{"kind":"Name","value":"gateways"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]} as unknown as DocumentNode<AgreementControllerSetMutation, AgreementControllerSetMutationVariables>;
export const AgreementProcessingConditionAddDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AgreementProcessingConditionAdd"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AgreementProcessingConditionAddInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"agreementProcessingConditionAdd"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ChangeOutcome"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ChangeOutcome"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AgreementChangePayload"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"agreement"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"revisionNumber"}},{"kind":"Field","name":{"kind":"Name","value":"effectiveFrom"}},{"kind":"Field","name":{"kind":"Name","value":"effectiveTo"}}]}},{"kind":"Field","name":{"kind":"Name","value":"revision"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"operation"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"principal"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"changes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"area"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"subject"}},{"kind":"Field","name":{"kind":"Name","value":"summary"}},{"kind":"Field","name":{"kind":"Name","value":"clauseReference"}},{"kind":"Field","name":{"kind":"Name","value":"before"}},{"kind":"Field","name":{"kind":"Name","value":"after"}},{"kind":"Field","name":{"kind":"Name","value":"added"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"purposes"}},{"kind":"Field","name":{"kind":"Name","value":"dataItems"}},{"kind":"Field","name":{"kind":"Name","value":"channels"}},{"kind":"Field","name":{"kind":"Name","value":"gateways"}}]}},{"kind":"Field","name":{"kind":"Name","value":"removed"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"purposes"}},{"kind":"Field","name":{"kind":"Name","value":"dataItems"}},{"kind":"Field","name":{"kind":"Name","value":"channels"}},{"kind":"Field","name":{"kind":"Name","value":"gateways"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]} as unknown as DocumentNode<AgreementProcessingConditionAddMutation, AgreementProcessingConditionAddMutationVariables>;
export const AgreementFlowAddDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AgreementFlowAdd"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AgreementFlowAddInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"agreementFlowAdd"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ChangeOutcome"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ChangeOutcome"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AgreementChangePayload"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"agreement"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"revisionNumber"}},{"kind":"Field","name":{"kind":"Name","value":"effectiveFrom"}},{"kind":"Field","name":{"kind":"Name","value":"effectiveTo"}}]}},{"kind":"Field","name":{"kind":"Name","value":"revision"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"operation"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"principal"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"changes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"area"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"subject"}},{"kind":"Field","name":{"kind":"Name","value":"summary"}},{"kind":"Field","name":{"kind":"Name","value":"clauseReference"}},{"kind":"Field","name":{"kind":"Name","value":"before"}},{"kind":"Field","name":{"kind":"Name","value":"after"}},{"kind":"Field","name":{"kind":"Name","value":"added"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"purposes"}},{"kind":"Field","name":{"kind":"Name","value":"dataItems"}},{"kind":"Field","name":{"kind":"Name","value":"channels"}},{"kind":"Field","name":{"kind":"Name","value":"gateways"}}]}},{"kind":"Field","name":{"kind":"Name","value":"removed"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"purposes"}},{"kind":"Field","name":{"kind":"Name","value":"dataItems"}},{"kind":"Field","name":{"kind":"Name","value":"channels"}},{"kind":"Field","name":{"kind":"Name","value":"gateways"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]} as unknown as DocumentNode<AgreementFlowAddMutation, AgreementFlowAddMutationVariables>;
export const AgreementFlowUpdateDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AgreementFlowUpdate"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AgreementFlowUpdateInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"agreementFlowUpdate"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ChangeOutcome"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ChangeOutcome"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AgreementChangePayload"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"agreement"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"revisionNumber"}},{"kind":"Field","name":{"kind":"Name","value":"effectiveFrom"}},{"kind":"Field","name":{"kind":"Name","value":"effectiveTo"}}]}},{"kind":"Field","name":{"kind":"Name","value":"revision"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"operation"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"principal"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"changes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"area"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"subject"}},{"kind":"Field","name":{"kind":"Name","value":"summary"}},{"kind":"Field","name":{"kind":"Name","value":"clauseReference"}},{"kind":"Field","name":{"kind":"Name","value":"before"}},{"kind":"Field","name":{"kind":"Name","value":"after"}},{"kind":"Field","name":{"kind":"Name","value":"added"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"purposes"}},{"kind":"Field","name":{"kind":"Name","value":"dataItems"}},{"kind":"Field","name":{"kind":"Name","value":"channels"}},{"kind":"Field","name":{"kind":"Name","value":"gateways"}}]}},{"kind":"Field","name":{"kind":"Name","value":"removed"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"purposes"}},{"kind":"Field","name":{"kind":"Name","value":"dataItems"}},{"kind":"Field","name":{"kind":"Name","value":"channels"}},{"kind":"Field","name":{"kind":"Name","value":"gateways"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]} as unknown as DocumentNode<AgreementFlowUpdateMutation, AgreementFlowUpdateMutationVariables>;
export const AgreementFlowRemoveDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AgreementFlowRemove"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AgreementFlowRemoveInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"agreementFlowRemove"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ChangeOutcome"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ChangeOutcome"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AgreementChangePayload"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"agreement"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"revisionNumber"}},{"kind":"Field","name":{"kind":"Name","value":"effectiveFrom"}},{"kind":"Field","name":{"kind":"Name","value":"effectiveTo"}}]}},{"kind":"Field","name":{"kind":"Name","value":"revision"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"operation"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"principal"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"changes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"area"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"subject"}},{"kind":"Field","name":{"kind":"Name","value":"summary"}},{"kind":"Field","name":{"kind":"Name","value":"clauseReference"}},{"kind":"Field","name":{"kind":"Name","value":"before"}},{"kind":"Field","name":{"kind":"Name","value":"after"}},{"kind":"Field","name":{"kind":"Name","value":"added"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"purposes"}},{"kind":"Field","name":{"kind":"Name","value":"dataItems"}},{"kind":"Field","name":{"kind":"Name","value":"channels"}},{"kind":"Field","name":{"kind":"Name","value":"gateways"}}]}},{"kind":"Field","name":{"kind":"Name","value":"removed"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"purposes"}},{"kind":"Field","name":{"kind":"Name","value":"dataItems"}},{"kind":"Field","name":{"kind":"Name","value":"channels"}},{"kind":"Field","name":{"kind":"Name","value":"gateways"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]} as unknown as DocumentNode<AgreementFlowRemoveMutation, AgreementFlowRemoveMutationVariables>;
export const AgreementConditionAddDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AgreementConditionAdd"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AgreementConditionAddInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"agreementConditionAdd"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ChangeOutcome"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ChangeOutcome"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AgreementChangePayload"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"agreement"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"revisionNumber"}},{"kind":"Field","name":{"kind":"Name","value":"effectiveFrom"}},{"kind":"Field","name":{"kind":"Name","value":"effectiveTo"}}]}},{"kind":"Field","name":{"kind":"Name","value":"revision"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"operation"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"principal"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"changes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"area"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"subject"}},{"kind":"Field","name":{"kind":"Name","value":"summary"}},{"kind":"Field","name":{"kind":"Name","value":"clauseReference"}},{"kind":"Field","name":{"kind":"Name","value":"before"}},{"kind":"Field","name":{"kind":"Name","value":"after"}},{"kind":"Field","name":{"kind":"Name","value":"added"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"purposes"}},{"kind":"Field","name":{"kind":"Name","value":"dataItems"}},{"kind":"Field","name":{"kind":"Name","value":"channels"}},{"kind":"Field","name":{"kind":"Name","value":"gateways"}}]}},{"kind":"Field","name":{"kind":"Name","value":"removed"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"purposes"}},{"kind":"Field","name":{"kind":"Name","value":"dataItems"}},{"kind":"Field","name":{"kind":"Name","value":"channels"}},{"kind":"Field","name":{"kind":"Name","value":"gateways"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]} as unknown as DocumentNode<AgreementConditionAddMutation, AgreementConditionAddMutationVariables>;
export const AgreementRestrictionAddDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AgreementRestrictionAdd"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AgreementRestrictionAddInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"agreementRestrictionAdd"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ChangeOutcome"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ChangeOutcome"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AgreementChangePayload"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"agreement"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"revisionNumber"}},{"kind":"Field","name":{"kind":"Name","value":"effectiveFrom"}},{"kind":"Field","name":{"kind":"Name","value":"effectiveTo"}}]}},{"kind":"Field","name":{"kind":"Name","value":"revision"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"operation"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"principal"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"changes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"area"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"subject"}},{"kind":"Field","name":{"kind":"Name","value":"summary"}},{"kind":"Field","name":{"kind":"Name","value":"clauseReference"}},{"kind":"Field","name":{"kind":"Name","value":"before"}},{"kind":"Field","name":{"kind":"Name","value":"after"}},{"kind":"Field","name":{"kind":"Name","value":"added"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"purposes"}},{"kind":"Field","name":{"kind":"Name","value":"dataItems"}},{"kind":"Field","name":{"kind":"Name","value":"channels"}},{"kind":"Field","name":{"kind":"Name","value":"gateways"}}]}},{"kind":"Field","name":{"kind":"Name","value":"removed"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"purposes"}},{"kind":"Field","name":{"kind":"Name","value":"dataItems"}},{"kind":"Field","name":{"kind":"Name","value":"channels"}},{"kind":"Field","name":{"kind":"Name","value":"gateways"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]} as unknown as DocumentNode<AgreementRestrictionAddMutation, AgreementRestrictionAddMutationVariables>;
export const AgreementRetentionAddDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AgreementRetentionAdd"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AgreementRetentionAddInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"agreementRetentionAdd"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ChangeOutcome"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ChangeOutcome"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AgreementChangePayload"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"agreement"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"revisionNumber"}},{"kind":"Field","name":{"kind":"Name","value":"effectiveFrom"}},{"kind":"Field","name":{"kind":"Name","value":"effectiveTo"}}]}},{"kind":"Field","name":{"kind":"Name","value":"revision"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"operation"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"principal"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"changes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"area"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"subject"}},{"kind":"Field","name":{"kind":"Name","value":"summary"}},{"kind":"Field","name":{"kind":"Name","value":"clauseReference"}},{"kind":"Field","name":{"kind":"Name","value":"before"}},{"kind":"Field","name":{"kind":"Name","value":"after"}},{"kind":"Field","name":{"kind":"Name","value":"added"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"purposes"}},{"kind":"Field","name":{"kind":"Name","value":"dataItems"}},{"kind":"Field","name":{"kind":"Name","value":"channels"}},{"kind":"Field","name":{"kind":"Name","value":"gateways"}}]}},{"kind":"Field","name":{"kind":"Name","value":"removed"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"purposes"}},{"kind":"Field","name":{"kind":"Name","value":"dataItems"}},{"kind":"Field","name":{"kind":"Name","value":"channels"}},{"kind":"Field","name":{"kind":"Name","value":"gateways"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]} as unknown as DocumentNode<AgreementRetentionAddMutation, AgreementRetentionAddMutationVariables>;
export const AgreementSubmitForReviewDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AgreementSubmitForReview"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"EditAgreementInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"agreementSubmitForReview"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ChangeOutcome"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ChangeOutcome"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AgreementChangePayload"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"agreement"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"revisionNumber"}},{"kind":"Field","name":{"kind":"Name","value":"effectiveFrom"}},{"kind":"Field","name":{"kind":"Name","value":"effectiveTo"}}]}},{"kind":"Field","name":{"kind":"Name","value":"revision"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"operation"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"principal"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"changes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"area"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"subject"}},{"kind":"Field","name":{"kind":"Name","value":"summary"}},{"kind":"Field","name":{"kind":"Name","value":"clauseReference"}},{"kind":"Field","name":{"kind":"Name","value":"before"}},{"kind":"Field","name":{"kind":"Name","value":"after"}},{"kind":"Field","name":{"kind":"Name","value":"added"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"purposes"}},{"kind":"Field","name":{"kind":"Name","value":"dataItems"}},{"kind":"Field","name":{"kind":"Name","value":"channels"}},{"kind":"Field","name":{"kind":"Name","value":"gateways"}}]}},{"kind":"Field","name":{"kind":"Name","value":"removed"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"purposes"}},{"kind":"Field","name":{"kind":"Name","value":"dataItems"}},{"kind":"Field","name":{"kind":"Name","value":"channels"}},{"kind":"Field","name":{"kind":"Name","value":"gateways"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]} as unknown as DocumentNode<AgreementSubmitForReviewMutation, AgreementSubmitForReviewMutationVariables>;
export const AgreementSendBackDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AgreementSendBack"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"EditAgreementInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"agreementSendBack"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ChangeOutcome"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ChangeOutcome"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AgreementChangePayload"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"agreement"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"revisionNumber"}},{"kind":"Field","name":{"kind":"Name","value":"effectiveFrom"}},{"kind":"Field","name":{"kind":"Name","value":"effectiveTo"}}]}},{"kind":"Field","name":{"kind":"Name","value":"revision"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"operation"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"principal"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"changes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"area"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"subject"}},{"kind":"Field","name":{"kind":"Name","value":"summary"}},{"kind":"Field","name":{"kind":"Name","value":"clauseReference"}},{"kind":"Field","name":{"kind":"Name","value":"before"}},{"kind":"Field","name":{"kind":"Name","value":"after"}},{"kind":"Field","name":{"kind":"Name","value":"added"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"purposes"}},{"kind":"Field","name":{"kind":"Name","value":"dataItems"}},{"kind":"Field","name":{"kind":"Name","value":"channels"}},{"kind":"Field","name":{"kind":"Name","value":"gateways"}}]}},{"kind":"Field","name":{"kind":"Name","value":"removed"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"purposes"}},{"kind":"Field","name":{"kind":"Name","value":"dataItems"}},{"kind":"Field","name":{"kind":"Name","value":"channels"}},{"kind":"Field","name":{"kind":"Name","value":"gateways"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]} as unknown as DocumentNode<AgreementSendBackMutation, AgreementSendBackMutationVariables>;
export const AgreementApproveDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AgreementApprove"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AgreementApproveInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"agreementApprove"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ChangeOutcome"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ChangeOutcome"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AgreementChangePayload"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"agreement"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"revisionNumber"}},{"kind":"Field","name":{"kind":"Name","value":"effectiveFrom"}},{"kind":"Field","name":{"kind":"Name","value":"effectiveTo"}}]}},{"kind":"Field","name":{"kind":"Name","value":"revision"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"operation"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"principal"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"changes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"area"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"subject"}},{"kind":"Field","name":{"kind":"Name","value":"summary"}},{"kind":"Field","name":{"kind":"Name","value":"clauseReference"}},{"kind":"Field","name":{"kind":"Name","value":"before"}},{"kind":"Field","name":{"kind":"Name","value":"after"}},{"kind":"Field","name":{"kind":"Name","value":"added"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"purposes"}},{"kind":"Field","name":{"kind":"Name","value":"dataItems"}},{"kind":"Field","name":{"kind":"Name","value":"channels"}},{"kind":"Field","name":{"kind":"Name","value":"gateways"}}]}},{"kind":"Field","name":{"kind":"Name","value":"removed"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"purposes"}},{"kind":"Field","name":{"kind":"Name","value":"dataItems"}},{"kind":"Field","name":{"kind":"Name","value":"channels"}},{"kind":"Field","name":{"kind":"Name","value":"gateways"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]} as unknown as DocumentNode<AgreementApproveMutation, AgreementApproveMutationVariables>;
export const AgreementSignDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AgreementSign"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AgreementSignInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"agreementSign"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ChangeOutcome"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ChangeOutcome"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AgreementChangePayload"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"agreement"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"revisionNumber"}},{"kind":"Field","name":{"kind":"Name","value":"effectiveFrom"}},{"kind":"Field","name":{"kind":"Name","value":"effectiveTo"}}]}},{"kind":"Field","name":{"kind":"Name","value":"revision"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"operation"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"principal"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"changes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"area"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"subject"}},{"kind":"Field","name":{"kind":"Name","value":"summary"}},{"kind":"Field","name":{"kind":"Name","value":"clauseReference"}},{"kind":"Field","name":{"kind":"Name","value":"before"}},{"kind":"Field","name":{"kind":"Name","value":"after"}},{"kind":"Field","name":{"kind":"Name","value":"added"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"purposes"}},{"kind":"Field","name":{"kind":"Name","value":"dataItems"}},{"kind":"Field","name":{"kind":"Name","value":"channels"}},{"kind":"Field","name":{"kind":"Name","value":"gateways"}}]}},{"kind":"Field","name":{"kind":"Name","value":"removed"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"purposes"}},{"kind":"Field","name":{"kind":"Name","value":"dataItems"}},{"kind":"Field","name":{"kind":"Name","value":"channels"}},{"kind":"Field","name":{"kind":"Name","value":"gateways"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]} as unknown as DocumentNode<AgreementSignMutation, AgreementSignMutationVariables>;
export const AgreementActivateDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AgreementActivate"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"EditAgreementInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"agreementActivate"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ChangeOutcome"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ChangeOutcome"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AgreementChangePayload"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"agreement"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"revisionNumber"}},{"kind":"Field","name":{"kind":"Name","value":"effectiveFrom"}},{"kind":"Field","name":{"kind":"Name","value":"effectiveTo"}}]}},{"kind":"Field","name":{"kind":"Name","value":"revision"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"operation"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"principal"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"changes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"area"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"subject"}},{"kind":"Field","name":{"kind":"Name","value":"summary"}},{"kind":"Field","name":{"kind":"Name","value":"clauseReference"}},{"kind":"Field","name":{"kind":"Name","value":"before"}},{"kind":"Field","name":{"kind":"Name","value":"after"}},{"kind":"Field","name":{"kind":"Name","value":"added"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"purposes"}},{"kind":"Field","name":{"kind":"Name","value":"dataItems"}},{"kind":"Field","name":{"kind":"Name","value":"channels"}},{"kind":"Field","name":{"kind":"Name","value":"gateways"}}]}},{"kind":"Field","name":{"kind":"Name","value":"removed"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"purposes"}},{"kind":"Field","name":{"kind":"Name","value":"dataItems"}},{"kind":"Field","name":{"kind":"Name","value":"channels"}},{"kind":"Field","name":{"kind":"Name","value":"gateways"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]} as unknown as DocumentNode<AgreementActivateMutation, AgreementActivateMutationVariables>;
export const AgreementSuspendDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AgreementSuspend"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AgreementEndInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"agreementSuspend"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ChangeOutcome"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ChangeOutcome"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AgreementChangePayload"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"agreement"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"revisionNumber"}},{"kind":"Field","name":{"kind":"Name","value":"effectiveFrom"}},{"kind":"Field","name":{"kind":"Name","value":"effectiveTo"}}]}},{"kind":"Field","name":{"kind":"Name","value":"revision"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"operation"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"principal"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"changes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"area"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"subject"}},{"kind":"Field","name":{"kind":"Name","value":"summary"}},{"kind":"Field","name":{"kind":"Name","value":"clauseReference"}},{"kind":"Field","name":{"kind":"Name","value":"before"}},{"kind":"Field","name":{"kind":"Name","value":"after"}},{"kind":"Field","name":{"kind":"Name","value":"added"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"purposes"}},{"kind":"Field","name":{"kind":"Name","value":"dataItems"}},{"kind":"Field","name":{"kind":"Name","value":"channels"}},{"kind":"Field","name":{"kind":"Name","value":"gateways"}}]}},{"kind":"Field","name":{"kind":"Name","value":"removed"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"purposes"}},{"kind":"Field","name":{"kind":"Name","value":"dataItems"}},{"kind":"Field","name":{"kind":"Name","value":"channels"}},{"kind":"Field","name":{"kind":"Name","value":"gateways"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]} as unknown as DocumentNode<AgreementSuspendMutation, AgreementSuspendMutationVariables>;
export const AgreementResumeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AgreementResume"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AgreementResumeInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"agreementResume"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ChangeOutcome"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ChangeOutcome"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AgreementChangePayload"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"agreement"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"revisionNumber"}},{"kind":"Field","name":{"kind":"Name","value":"effectiveFrom"}},{"kind":"Field","name":{"kind":"Name","value":"effectiveTo"}}]}},{"kind":"Field","name":{"kind":"Name","value":"revision"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"operation"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"principal"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"changes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"area"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"subject"}},{"kind":"Field","name":{"kind":"Name","value":"summary"}},{"kind":"Field","name":{"kind":"Name","value":"clauseReference"}},{"kind":"Field","name":{"kind":"Name","value":"before"}},{"kind":"Field","name":{"kind":"Name","value":"after"}},{"kind":"Field","name":{"kind":"Name","value":"added"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"purposes"}},{"kind":"Field","name":{"kind":"Name","value":"dataItems"}},{"kind":"Field","name":{"kind":"Name","value":"channels"}},{"kind":"Field","name":{"kind":"Name","value":"gateways"}}]}},{"kind":"Field","name":{"kind":"Name","value":"removed"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"purposes"}},{"kind":"Field","name":{"kind":"Name","value":"dataItems"}},{"kind":"Field","name":{"kind":"Name","value":"channels"}},{"kind":"Field","name":{"kind":"Name","value":"gateways"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]} as unknown as DocumentNode<AgreementResumeMutation, AgreementResumeMutationVariables>;
export const AgreementGiveNoticeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AgreementGiveNotice"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AgreementEndInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"agreementGiveNotice"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ChangeOutcome"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ChangeOutcome"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AgreementChangePayload"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"agreement"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"revisionNumber"}},{"kind":"Field","name":{"kind":"Name","value":"effectiveFrom"}},{"kind":"Field","name":{"kind":"Name","value":"effectiveTo"}}]}},{"kind":"Field","name":{"kind":"Name","value":"revision"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"operation"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"principal"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"changes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"area"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"subject"}},{"kind":"Field","name":{"kind":"Name","value":"summary"}},{"kind":"Field","name":{"kind":"Name","value":"clauseReference"}},{"kind":"Field","name":{"kind":"Name","value":"before"}},{"kind":"Field","name":{"kind":"Name","value":"after"}},{"kind":"Field","name":{"kind":"Name","value":"added"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"purposes"}},{"kind":"Field","name":{"kind":"Name","value":"dataItems"}},{"kind":"Field","name":{"kind":"Name","value":"channels"}},{"kind":"Field","name":{"kind":"Name","value":"gateways"}}]}},{"kind":"Field","name":{"kind":"Name","value":"removed"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"purposes"}},{"kind":"Field","name":{"kind":"Name","value":"dataItems"}},{"kind":"Field","name":{"kind":"Name","value":"channels"}},{"kind":"Field","name":{"kind":"Name","value":"gateways"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]} as unknown as DocumentNode<AgreementGiveNoticeMutation, AgreementGiveNoticeMutationVariables>;
export const AgreementTerminateDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AgreementTerminate"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AgreementTerminateInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"agreementTerminate"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ChangeOutcome"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ChangeOutcome"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AgreementChangePayload"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"agreement"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"revisionNumber"}},{"kind":"Field","name":{"kind":"Name","value":"effectiveFrom"}},{"kind":"Field","name":{"kind":"Name","value":"effectiveTo"}}]}},{"kind":"Field","name":{"kind":"Name","value":"revision"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"operation"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"principal"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"changes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"area"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"subject"}},{"kind":"Field","name":{"kind":"Name","value":"summary"}},{"kind":"Field","name":{"kind":"Name","value":"clauseReference"}},{"kind":"Field","name":{"kind":"Name","value":"before"}},{"kind":"Field","name":{"kind":"Name","value":"after"}},{"kind":"Field","name":{"kind":"Name","value":"added"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"purposes"}},{"kind":"Field","name":{"kind":"Name","value":"dataItems"}},{"kind":"Field","name":{"kind":"Name","value":"channels"}},{"kind":"Field","name":{"kind":"Name","value":"gateways"}}]}},{"kind":"Field","name":{"kind":"Name","value":"removed"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"purposes"}},{"kind":"Field","name":{"kind":"Name","value":"dataItems"}},{"kind":"Field","name":{"kind":"Name","value":"channels"}},{"kind":"Field","name":{"kind":"Name","value":"gateways"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]} as unknown as DocumentNode<AgreementTerminateMutation, AgreementTerminateMutationVariables>;
export const AgreementReviewRecordDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AgreementReviewRecord"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AgreementReviewRecordInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"agreementReviewRecord"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ChangeOutcome"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ChangeOutcome"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AgreementChangePayload"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"agreement"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"revisionNumber"}},{"kind":"Field","name":{"kind":"Name","value":"effectiveFrom"}},{"kind":"Field","name":{"kind":"Name","value":"effectiveTo"}}]}},{"kind":"Field","name":{"kind":"Name","value":"revision"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"operation"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"principal"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"changes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"area"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"subject"}},{"kind":"Field","name":{"kind":"Name","value":"summary"}},{"kind":"Field","name":{"kind":"Name","value":"clauseReference"}},{"kind":"Field","name":{"kind":"Name","value":"before"}},{"kind":"Field","name":{"kind":"Name","value":"after"}},{"kind":"Field","name":{"kind":"Name","value":"added"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"purposes"}},{"kind":"Field","name":{"kind":"Name","value":"dataItems"}},{"kind":"Field","name":{"kind":"Name","value":"channels"}},{"kind":"Field","name":{"kind":"Name","value":"gateways"}}]}},{"kind":"Field","name":{"kind":"Name","value":"removed"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"purposes"}},{"kind":"Field","name":{"kind":"Name","value":"dataItems"}},{"kind":"Field","name":{"kind":"Name","value":"channels"}},{"kind":"Field","name":{"kind":"Name","value":"gateways"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]} as unknown as DocumentNode<AgreementReviewRecordMutation, AgreementReviewRecordMutationVariables>;
export const AgreementHistoryDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AgreementHistory"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"code"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"agreement"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"code"},"value":{"kind":"Variable","name":{"kind":"Name","value":"code"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"revisionNumber"}},{"kind":"Field","name":{"kind":"Name","value":"revisions"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"operation"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"principal"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"inForceFrom"}},{"kind":"Field","name":{"kind":"Name","value":"inForceTo"}}]}}]}}]}}]}}]} as unknown as DocumentNode<AgreementHistoryQuery, AgreementHistoryQueryVariables>;
export const AgreementRevisionContentDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AgreementRevisionContent"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"code"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"number"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"agreement"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"code"},"value":{"kind":"Variable","name":{"kind":"Name","value":"code"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"revision"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"number"},"value":{"kind":"Variable","name":{"kind":"Name","value":"number"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"content"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"effectiveTo"}},{"kind":"Field","name":{"kind":"Name","value":"terms"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"noticePeriodMonths"}}]}},{"kind":"Field","name":{"kind":"Name","value":"participants"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"organisation"}},{"kind":"Field","name":{"kind":"Name","value":"roles"}}]}},{"kind":"Field","name":{"kind":"Name","value":"flows"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"purposes"}},{"kind":"Field","name":{"kind":"Name","value":"dataItems"}},{"kind":"Field","name":{"kind":"Name","value":"channels"}},{"kind":"Field","name":{"kind":"Name","value":"gateways"}}]}},{"kind":"Field","name":{"kind":"Name","value":"signatures"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"organisation"}},{"kind":"Field","name":{"kind":"Name","value":"annex"}},{"kind":"Field","name":{"kind":"Name","value":"capacity"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<AgreementRevisionContentQuery, AgreementRevisionContentQueryVariables>;
export const AgreementAsOfDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AgreementAsOf"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"code"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"date"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Date"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"agreement"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"code"},"value":{"kind":"Variable","name":{"kind":"Name","value":"code"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"asOf"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"date"},"value":{"kind":"Variable","name":{"kind":"Name","value":"date"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"agreement"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"Field","name":{"kind":"Name","value":"content"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"effectiveFrom"}},{"kind":"Field","name":{"kind":"Name","value":"effectiveTo"}},{"kind":"Field","name":{"kind":"Name","value":"flows"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"purposes"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<AgreementAsOfQuery, AgreementAsOfQueryVariables>;
export const AgreementDiffDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AgreementDiff"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"from"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"to"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"agreementDiff"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"from"},"value":{"kind":"Variable","name":{"kind":"Name","value":"from"}}},{"kind":"Argument","name":{"kind":"Name","value":"to"},"value":{"kind":"Variable","name":{"kind":"Name","value":"to"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"from"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"number"}}]}},{"kind":"Field","name":{"kind":"Name","value":"to"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"number"}}]}},{"kind":"Field","name":{"kind":"Name","value":"changes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"area"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"subject"}},{"kind":"Field","name":{"kind":"Name","value":"summary"}},{"kind":"Field","name":{"kind":"Name","value":"clauseReference"}},{"kind":"Field","name":{"kind":"Name","value":"before"}},{"kind":"Field","name":{"kind":"Name","value":"after"}},{"kind":"Field","name":{"kind":"Name","value":"added"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"purposes"}},{"kind":"Field","name":{"kind":"Name","value":"dataItems"}},{"kind":"Field","name":{"kind":"Name","value":"channels"}},{"kind":"Field","name":{"kind":"Name","value":"gateways"}}]}},{"kind":"Field","name":{"kind":"Name","value":"removed"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"purposes"}},{"kind":"Field","name":{"kind":"Name","value":"dataItems"}},{"kind":"Field","name":{"kind":"Name","value":"channels"}},{"kind":"Field","name":{"kind":"Name","value":"gateways"}}]}}]}}]}}]}}]} as unknown as DocumentNode<AgreementDiffQuery, AgreementDiffQueryVariables>;
export const AgreementCompletenessDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AgreementCompleteness"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"code"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"agreement"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"code"},"value":{"kind":"Variable","name":{"kind":"Name","value":"code"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"completeness"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"complete"}},{"kind":"Field","name":{"kind":"Name","value":"missing"}},{"kind":"Field","name":{"kind":"Name","value":"checks"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"requirement"}},{"kind":"Field","name":{"kind":"Name","value":"satisfied"}},{"kind":"Field","name":{"kind":"Name","value":"missing"}}]}}]}}]}}]}}]} as unknown as DocumentNode<AgreementCompletenessQuery, AgreementCompletenessQueryVariables>;
export const AgreementDocumentDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AgreementDocument"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"code"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"agreement"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"code"},"value":{"kind":"Variable","name":{"kind":"Name","value":"code"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"document"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"format"},"value":{"kind":"EnumValue","value":"MARKDOWN"}}]},{"kind":"Field","name":{"kind":"Name","value":"documentVersions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"date"}},{"kind":"Field","name":{"kind":"Name","value":"summary"}}]}}]}}]}}]} as unknown as DocumentNode<AgreementDocumentQuery, AgreementDocumentQueryVariables>;
export const ReviewScheduleDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ReviewSchedule"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"on"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Date"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"withinDays"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"agreementsDueForReview"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"on"},"value":{"kind":"Variable","name":{"kind":"Name","value":"on"}}},{"kind":"Argument","name":{"kind":"Name","value":"withinDays"},"value":{"kind":"Variable","name":{"kind":"Name","value":"withinDays"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"agreement"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"Field","name":{"kind":"Name","value":"nextReviewDue"}},{"kind":"Field","name":{"kind":"Name","value":"lastReviewedOn"}},{"kind":"Field","name":{"kind":"Name","value":"overdue"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"agreementsOverdueForReview"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"on"},"value":{"kind":"Variable","name":{"kind":"Name","value":"on"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"agreement"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"Field","name":{"kind":"Name","value":"nextReviewDue"}}]}}]}}]}}]} as unknown as DocumentNode<ReviewScheduleQuery, ReviewScheduleQueryVariables>;
export const AgreementsEndingDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AgreementsEnding"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"from"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Date"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"to"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Date"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"agreementsEnding"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"from"},"value":{"kind":"Variable","name":{"kind":"Name","value":"from"}}},{"kind":"Argument","name":{"kind":"Name","value":"to"},"value":{"kind":"Variable","name":{"kind":"Name","value":"to"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"effectiveTo"}}]}}]}}]}}]} as unknown as DocumentNode<AgreementsEndingQuery, AgreementsEndingQueryVariables>;
export const AuditLogDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AuditLog"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"auditLog"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"seq"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"principal"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"operation"}},{"kind":"Field","name":{"kind":"Name","value":"subject"}},{"kind":"Field","name":{"kind":"Name","value":"inputHash"}},{"kind":"Field","name":{"kind":"Name","value":"outcome"}},{"kind":"Field","name":{"kind":"Name","value":"hash"}},{"kind":"Field","name":{"kind":"Name","value":"prevHash"}},{"kind":"Field","name":{"kind":"Name","value":"decisions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recordedAt"}},{"kind":"Field","name":{"kind":"Name","value":"principal"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"provider"}},{"kind":"Field","name":{"kind":"Name","value":"recipient"}},{"kind":"Field","name":{"kind":"Name","value":"request"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"provider"}},{"kind":"Field","name":{"kind":"Name","value":"recipient"}},{"kind":"Field","name":{"kind":"Name","value":"purpose"}},{"kind":"Field","name":{"kind":"Name","value":"dataItems"}},{"kind":"Field","name":{"kind":"Name","value":"channel"}},{"kind":"Field","name":{"kind":"Name","value":"at"}},{"kind":"Field","name":{"kind":"Name","value":"processingCountry"}},{"kind":"Field","name":{"kind":"Name","value":"factKeys"}}]}},{"kind":"Field","name":{"kind":"Name","value":"inputHash"}},{"kind":"Field","name":{"kind":"Name","value":"outcome"}},{"kind":"Field","name":{"kind":"Name","value":"registryRevision"}}]}}]}}]}}]}}]} as unknown as DocumentNode<AuditLogQuery, AuditLogQueryVariables>;
export const VerifyAuditChainDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"VerifyAuditChain"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"verifyAuditChain"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"intact"}},{"kind":"Field","name":{"kind":"Name","value":"entriesChecked"}},{"kind":"Field","name":{"kind":"Name","value":"firstBrokenSeq"}},{"kind":"Field","name":{"kind":"Name","value":"problem"}}]}}]}}]} as unknown as DocumentNode<VerifyAuditChainQuery, VerifyAuditChainQueryVariables>;
export const ResolvePermissionDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ResolvePermission"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"request"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"PermissionRequest"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"resolvePermission"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"request"},"value":{"kind":"Variable","name":{"kind":"Name","value":"request"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"outcome"}},{"kind":"Field","name":{"kind":"Name","value":"explanation"}},{"kind":"Field","name":{"kind":"Name","value":"registryRevision"}},{"kind":"Field","name":{"kind":"Name","value":"at"}},{"kind":"Field","name":{"kind":"Name","value":"grants"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ruleCode"}},{"kind":"Field","name":{"kind":"Name","value":"clauseReference"}},{"kind":"Field","name":{"kind":"Name","value":"agreement"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"Field","name":{"kind":"Name","value":"annex"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"label"}}]}},{"kind":"Field","name":{"kind":"Name","value":"gateways"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"citation"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"denials"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"clauseReference"}},{"kind":"Field","name":{"kind":"Name","value":"agreement"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"conditions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"factKey"}},{"kind":"Field","name":{"kind":"Name","value":"clauseReference"}}]}},{"kind":"Field","name":{"kind":"Name","value":"items"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"dataItem"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"Field","name":{"kind":"Name","value":"outcome"}},{"kind":"Field","name":{"kind":"Name","value":"denials"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}}]}}]} as unknown as DocumentNode<ResolvePermissionQuery, ResolvePermissionQueryVariables>;
export const ResolvePermissionsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ResolvePermissions"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"requests"}},"type":{"kind":"NonNullType","type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"PermissionRequest"}}}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"resolvePermissions"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"requests"},"value":{"kind":"Variable","name":{"kind":"Name","value":"requests"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"outcome"}},{"kind":"Field","name":{"kind":"Name","value":"registryRevision"}},{"kind":"Field","name":{"kind":"Name","value":"grants"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ruleCode"}}]}}]}}]}}]} as unknown as DocumentNode<ResolvePermissionsQuery, ResolvePermissionsQueryVariables>;
export const LawfulBasesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"LawfulBases"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"purpose"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"dataItem"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"recipient"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"at"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Date"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"lawfulBases"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"purpose"},"value":{"kind":"Variable","name":{"kind":"Name","value":"purpose"}}},{"kind":"Argument","name":{"kind":"Name","value":"dataItem"},"value":{"kind":"Variable","name":{"kind":"Name","value":"dataItem"}}},{"kind":"Argument","name":{"kind":"Name","value":"recipient"},"value":{"kind":"Variable","name":{"kind":"Name","value":"recipient"}}},{"kind":"Argument","name":{"kind":"Name","value":"at"},"value":{"kind":"Variable","name":{"kind":"Name","value":"at"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ruleCode"}},{"kind":"Field","name":{"kind":"Name","value":"clauseReference"}},{"kind":"Field","name":{"kind":"Name","value":"agreement"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"Field","name":{"kind":"Name","value":"annex"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"label"}}]}},{"kind":"Field","name":{"kind":"Name","value":"provider"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"Field","name":{"kind":"Name","value":"recipient"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"Field","name":{"kind":"Name","value":"gateways"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"citation"}}]}},{"kind":"Field","name":{"kind":"Name","value":"rule"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"effect"}},{"kind":"Field","name":{"kind":"Name","value":"channels"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<LawfulBasesQuery, LawfulBasesQueryVariables>;
export const PermittedFlowsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PermittedFlows"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"code"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"direction"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"FlowDirection"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"at"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Date"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"organisation"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"code"},"value":{"kind":"Variable","name":{"kind":"Name","value":"code"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"permittedFlows"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"direction"},"value":{"kind":"Variable","name":{"kind":"Name","value":"direction"}}},{"kind":"Argument","name":{"kind":"Name","value":"at"},"value":{"kind":"Variable","name":{"kind":"Name","value":"at"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ruleCode"}},{"kind":"Field","name":{"kind":"Name","value":"agreement"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"Field","name":{"kind":"Name","value":"provider"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<PermittedFlowsQuery, PermittedFlowsQueryVariables>;