/**
 * The shape of seed data. Seed files describe facts by stable codes (never database ids);
 * the loader resolves codes to rows. Every fact carries a `source`: the document it comes
 * from and the clause, so a DPO can check it against the original.
 */

/** Where a fact comes from: a source document code (see catalogue.ts) and the clause in it. */
export interface Citation {
  /** Code of a SeedSourceDocument, e.g. `dwp-la-mou-2017`. */
  document: string;
  /** Clause, paragraph or section heading, e.g. "Annex C ¶12", "§4.3", "Role of Controller". */
  clause: string;
}

export type OrganisationKind =
  | "CENTRAL_DEPARTMENT"
  | "NON_MINISTERIAL_DEPARTMENT"
  | "LOCAL_AUTHORITY"
  | "CONTRACTED_SERVICE_PROVIDER"
  | "ASSOCIATION";
export type Nation = "ENGLAND" | "WALES" | "SCOTLAND" | "NORTHERN_IRELAND";
export type AgreementKind = "MOU" | "PMOU" | "ADDENDUM";
export type AgreementStatus =
  "DRAFT" | "IN_REVIEW" | "APPROVED" | "ACTIVE" | "SUSPENDED" | "TERMINATED" | "EXPIRED" | "SUPERSEDED";
export type ParticipantRole = "PROVIDER" | "RECIPIENT" | "PROCESSOR" | "MOU_MANAGER";
export type SignatoryCapacity =
  | "OPERATIONAL_MANAGER"
  | "SECTION_151_OFFICER"
  | "SECTION_95_OFFICER"
  | "ACCOUNTABLE_OFFICER"
  | "HEAD_OF_DIVISION"
  | "CONTRACTED_SERVICE_PROVIDER"
  | "DEPARTMENTAL_SIGNATORY";
export type ControllerPhase = "TRANSFER" | "AFTER_RECEIPT";
export type ControllerRole = "CONTROLLER_IN_COMMON" | "JOINT_CONTROLLER" | "SOLE_CONTROLLER" | "PROCESSOR";
export type GatewayKind = "PRIMARY_LEGISLATION" | "SECONDARY_LEGISLATION" | "COMMON_LAW";
export type Classification = "RESTRICTED_IL3" | "OFFICIAL" | "OFFICIAL_SENSITIVE";
export type FlowEffect = "ALLOW" | "DENY";
export type ConditionKind = "PRECONDITION" | "DUTY";
export type RestrictionKind = "ONWARD_DISCLOSURE" | "PURPOSE_REUSE" | "CROSS_NATION" | "TERRITORY" | "CHANNEL_PURPOSE";
export type OperationalRuleKind =
  "ROLE" | "SEGREGATION_OF_DUTIES" | "MANAGEMENT_CHECK" | "ACCESS_CONTROL" | "INCIDENT_REPORTING" | "MISCONDUCT";
export type ReviewOutcome = "CONTINUE" | "AMEND" | "TERMINATE";
export type TerminationKind = "NOTICE" | "IMMEDIATE_BREACH" | "REVOCATION" | "SUSPENSION";

export interface SeedSourceDocument {
  code: string;
  title: string;
  /** The document's own version label, e.g. "1.23", "2.1". */
  versionLabel?: string;
  /** ISO date the document carries. */
  issuedOn?: string;
  /** File in shared/seeds the text was read from. */
  file: string;
  summary: string;
}

export interface SeedOrganisation {
  code: string;
  name: string;
  kind: OrganisationKind;
  nation?: Nation;
  /** Sample data: not a real party, included to exercise the rules. */
  sample?: boolean;
  /** A contracted service provider acts for this organisation (2011 §2.2). */
  actsFor?: string;
  source: Citation;
}

export interface SeedPurpose {
  code: string;
  name: string;
  description: string;
  parent?: string;
  source: Citation;
}

export interface SeedDataItem {
  code: string;
  name: string;
  description?: string;
  parent?: string;
  /** Organisation code of the controller the data originates with (e.g. `hmrc` for RTI). */
  originatingController: string;
  classification: Classification;
  /** Channel codes the item travels over. */
  channels: string[];
  source: Citation;
}

export interface SeedChannel {
  code: string;
  name: string;
  description: string;
  source: Citation;
}

export interface SeedLegalGateway {
  code: string;
  kind: GatewayKind;
  /** The instrument, e.g. "Welfare Reform Act 2012". */
  instrument: string;
  /** The provision within it, e.g. "s131(1)", "reg 5(1)(a)(iii)"; empty for common law. */
  provision: string;
  /** Full statutory citation as a lawyer would write it. */
  citation: string;
  summary: string;
  /** Codes of provisions this one must be read with (a regulation with its enabling section). */
  companions?: string[];
  /** Link to the legislation. */
  url?: string;
  /** ISO dates it was in force; omitted where the sources do not say. */
  inForceFrom?: string;
  inForceTo?: string;
  source: Citation;
}

export interface SeedAnnex {
  /** Short label, e.g. "A". Unique within the agreement. */
  label: string;
  title: string;
  summary: string;
  /** Parties sign this annex separately (2017 signature table). */
  signedSeparately: boolean;
  source: Citation;
}

export interface SeedParticipant {
  organisation: string;
  roles: ParticipantRole[];
  description?: string;
  source: Citation;
}

export interface SeedSignatory {
  organisation: string;
  /** Annex label; omitted for the agreement as a whole. */
  annex?: string;
  name: string;
  capacity: SignatoryCapacity;
  position?: string;
  signedOn: string;
  sample?: boolean;
  source: Citation;
}

export interface SeedControllerDesignation {
  organisation: string;
  phase: ControllerPhase;
  role: ControllerRole;
  description: string;
  source: Citation;
}

export interface SeedProcessingCondition {
  organisation: string;
  /** e.g. "UK GDPR Article 6(1)(e)". */
  article: string;
  description: string;
  appliesFrom?: string;
  source: Citation;
}

/**
 * A data-flow rule. `provider`/`recipient` name an organisation; omit `recipient` to mean
 * "every participant holding the RECIPIENT role that has signed (the annex)", which is how
 * the DWP–LA template MoUs work.
 */
export interface SeedFlowRule {
  code: string;
  annex?: string;
  provider: string;
  recipient?: string;
  effect: FlowEffect;
  purposes: string[];
  dataItems: string[];
  /** Channel codes; empty = any channel. */
  channels: string[];
  /** Gateway codes; an ALLOW needs at least one. */
  gateways: string[];
  description: string;
  /** Codes of SeedCondition entries (same agreement) that must be met. */
  conditions?: string[];
  clauseReference: string;
  source: Citation;
}

export interface SeedCondition {
  code: string;
  annex?: string;
  kind: ConditionKind;
  description: string;
  /**
   * The fact a caller asserts to settle it (kebab-case, e.g. `claim-on-same-form-as-hb`).
   * Only for PRECONDITIONs a permission decision depends on.
   */
  factKey?: string;
  clauseReference: string;
  source: Citation;
}

export interface SeedRestriction {
  code: string;
  annex?: string;
  kind: RestrictionKind;
  description: string;
  /** Applies to data originating with this organisation (e.g. `hmrc`, 2017 §4.3). */
  originatingController?: string;
  purpose?: string;
  channel?: string;
  /** Whose approval lifts it, if anyone's. */
  approvalBy?: string;
  /** ISO 3166-1 alpha-2 codes where access/processing is allowed (TERRITORY). */
  permittedTerritories?: string[];
  factKey?: string;
  clauseReference: string;
  source: Citation;
}

export interface SeedRetentionRule {
  recordType: string;
  dataItem?: string;
  /** Months to keep; 0 = not retained; omitted = as stated in `disposition`. */
  periodMonths?: number;
  /** Plain statement: "not retained", "10 years", "at most 6 years". */
  disposition: string;
  /** What starts the clock, e.g. "after closure of the incident". */
  trigger?: string;
  source: Citation;
}

export interface SeedOperationalRule {
  code: string;
  kind: OperationalRuleKind;
  title: string;
  description: string;
  source: Citation;
}

export interface SeedDocumentVersion {
  label: string;
  /** ISO date; omitted where the source gives none. */
  issuedOn?: string;
  summary: string;
  source: Citation;
}

export interface SeedReview {
  reviewedOn: string;
  reviewer: string;
  outcome: ReviewOutcome;
  findings: string;
  nextDueOn?: string;
  source: Citation;
}

export interface SeedAgreement {
  code: string;
  kind: AgreementKind;
  title: string;
  /** Document reference / version label of the source, e.g. "v1.23". */
  reference: string;
  parent?: string;
  ownerTeam: string;
  ownerOrganisation: string;
  status: AgreementStatus;
  effectiveFrom: string;
  effectiveTo?: string;
  reviewCadenceMonths?: number;
  reviewTerms?: string;
  noticePeriodMonths?: number;
  terminationTerms?: string;
  breachNotificationHours?: number;
  subjectAccessTerms?: string;
  foiTerms?: string;
  securityTerms?: string;
  onwardDisclosureTerms?: string;
  /** Who signs for each party and in what capacity. */
  signingTerms?: string;
  summary: string;
  source: Citation;
  annexes: SeedAnnex[];
  participants: SeedParticipant[];
  signatories: SeedSignatory[];
  controllers: SeedControllerDesignation[];
  processingConditions: SeedProcessingCondition[];
  flows: SeedFlowRule[];
  conditions: SeedCondition[];
  restrictions: SeedRestriction[];
  retention: SeedRetentionRule[];
  operationalRules: SeedOperationalRule[];
  documentVersions: SeedDocumentVersion[];
  reviews: SeedReview[];
}

/** One seed file's contribution. The loader merges bundles and rejects duplicate codes. */
export interface SeedBundle {
  sourceDocuments?: SeedSourceDocument[];
  organisations?: SeedOrganisation[];
  purposes?: SeedPurpose[];
  dataItems?: SeedDataItem[];
  channels?: SeedChannel[];
  gateways?: SeedLegalGateway[];
  agreements?: SeedAgreement[];
  /**
   * Facts attached to agreements defined in another bundle (the CIS Guide's operational
   * rules and retention periods attach to both DWP–LA MoUs).
   */
  attachments?: {
    agreement: string;
    operationalRules?: SeedOperationalRule[];
    retention?: SeedRetentionRule[];
    conditions?: SeedCondition[];
  }[];
}
