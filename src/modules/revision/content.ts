import { sql } from "drizzle-orm";
import { type Database, rowsOf } from "../../db/client.js";

export type Tx = Parameters<Parameters<Database["transaction"]>[0]>[0];

/** Where a fact came from: a source document's code and the clause. */
export interface ContentSource {
  document: string | null;
  clause: string | null;
}

/**
 * An agreement's complete content, by codes and labels rather than surrogate ids, so that two
 * revisions (or two agreements: a draft and the MoU it was started from) compare by meaning.
 * Every list is in a stable order. Stored as each revision's `content`.
 */
export interface AgreementContent {
  code: string;
  kind: "MOU" | "PMOU" | "ADDENDUM";
  title: string;
  reference: string;
  summary: string;
  status: string;
  parent: string | null;
  derivedFrom: string | null;
  amends: string | null;
  ownerTeam: string;
  ownerOrganisation: string;
  effectiveFrom: string;
  effectiveTo: string | null;
  terms: AgreementTerms;
  source: ContentSource;
  participants: { organisation: string; roles: string[]; description: string | null; source: ContentSource }[];
  annexes: { label: string; title: string; summary: string; signedSeparately: boolean; source: ContentSource }[];
  signatures: {
    organisation: string;
    /** Null: signed for the agreement as a whole. */
    annex: string | null;
    name: string;
    capacity: string;
    position: string | null;
    signedOn: string;
    source: ContentSource;
  }[];
  controllers: { organisation: string; phase: string; role: string; description: string; source: ContentSource }[];
  processingConditions: {
    organisation: string;
    article: string;
    description: string;
    appliesFrom: string | null;
    source: ContentSource;
  }[];
  flows: ContentFlow[];
  conditions: {
    code: string;
    annex: string | null;
    kind: string;
    description: string;
    factKey: string | null;
    clauseReference: string;
    source: ContentSource;
  }[];
  restrictions: {
    code: string;
    annex: string | null;
    kind: string;
    description: string;
    originatingController: string | null;
    purpose: string | null;
    channel: string | null;
    approvalBy: string | null;
    permittedTerritories: string[] | null;
    factKey: string | null;
    clauseReference: string;
    source: ContentSource;
  }[];
  retention: {
    recordType: string;
    dataItem: string | null;
    periodMonths: number | null;
    disposition: string;
    trigger: string | null;
    source: ContentSource;
  }[];
  operationalRules: { code: string; kind: string; title: string; description: string; source: ContentSource }[];
  documentVersions: { label: string; issuedOn: string | null; summary: string; source: ContentSource }[];
  reviews: {
    reviewedOn: string;
    reviewer: string;
    outcome: string;
    findings: string;
    nextDueOn: string | null;
    source: ContentSource;
  }[];
  terminations: {
    kind: string;
    byOrganisation: string | null;
    givenOn: string;
    effectiveOn: string;
    /** A suspension's end; absent from revisions recorded before migration 0007. */
    resumedOn?: string | null;
    reason: string;
    source: ContentSource;
  }[];
}

/** The terms an agreement states in words or numbers (review, notice, breach window, SAR, FOI…). */
export interface AgreementTerms {
  reviewCadenceMonths: number | null;
  reviewTerms: string | null;
  noticePeriodMonths: number | null;
  terminationTerms: string | null;
  breachNotificationHours: number | null;
  subjectAccessTerms: string | null;
  foiTerms: string | null;
  securityTerms: string | null;
  onwardDisclosureTerms: string | null;
  signingTerms: string | null;
}

export interface ContentFlow {
  code: string;
  annex: string | null;
  provider: string;
  /** Null: every participant holding the RECIPIENT role that has signed. */
  recipient: string | null;
  effect: "ALLOW" | "DENY";
  description: string;
  clauseReference: string;
  purposes: string[];
  dataItems: string[];
  channels: string[];
  gateways: string[];
  conditions: string[];
  source: ContentSource;
}

const source = (alias: string) =>
  `json_build_object('document', (SELECT sd.code FROM source_documents sd WHERE sd.id = ${alias}.source_document_id), 'clause', ${alias}.source_clause)`;
const org = (column: string) => `(SELECT o.code FROM organisations o WHERE o.id = ${column})`;
const annexLabel = (alias: string) => `(SELECT an.label FROM annexes an WHERE an.id = ${alias}.annex_id)`;
const list = (select: string, from: string, order: string) =>
  `coalesce((SELECT json_agg(${select} ORDER BY ${order}) FROM ${from}), '[]'::json)`;
const codes = (table: string, link: string, column: string) =>
  `coalesce((SELECT json_agg(c.code ORDER BY c.code) FROM ${link} l JOIN ${table} c ON c.id = l.${column} WHERE l.flow_rule_id = f.id), '[]'::json)`;

/** One statement that renders an agreement as its content document. */
const CONTENT_SQL = `
SELECT json_build_object(
  'code', a.code, 'kind', a.kind, 'title', a.title, 'reference', a.reference, 'summary', a.summary,
  'status', a.status,
  'parent', (SELECT p.code FROM agreements p WHERE p.id = a.parent_id),
  'derivedFrom', (SELECT p.code FROM agreements p WHERE p.id = a.derived_from_id),
  'amends', (SELECT p.code FROM agreements p WHERE p.id = a.amends_id),
  'ownerTeam', a.owner_team, 'ownerOrganisation', ${org("a.owner_organisation_id")},
  'effectiveFrom', a.effective_from, 'effectiveTo', a.effective_to,
  'terms', json_build_object(
    'reviewCadenceMonths', a.review_cadence_months, 'reviewTerms', a.review_terms,
    'noticePeriodMonths', a.notice_period_months, 'terminationTerms', a.termination_terms,
    'breachNotificationHours', a.breach_notification_hours, 'subjectAccessTerms', a.subject_access_terms,
    'foiTerms', a.foi_terms, 'securityTerms', a.security_terms, 'onwardDisclosureTerms', a.onward_disclosure_terms, 'signingTerms', a.signing_terms),
  'source', ${source("a")},
  'participants', ${list(
    `json_build_object('organisation', ${org("x.organisation_id")}, 'roles', to_json(x.roles), 'description', x.description, 'source', ${source("x")})`,
    "participants x WHERE x.agreement_id = a.id",
    `${org("x.organisation_id")}`,
  )},
  'annexes', ${list(
    `json_build_object('label', x.label, 'title', x.title, 'summary', x.summary, 'signedSeparately', x.signed_separately, 'source', ${source("x")})`,
    "annexes x WHERE x.agreement_id = a.id",
    "x.position, x.label",
  )},
  'signatures', ${list(
    `json_build_object('organisation', ${org("(SELECT p.organisation_id FROM participants p WHERE p.id = x.participant_id)")}, 'annex', ${annexLabel("x")}, 'name', x.name, 'capacity', x.capacity, 'position', x.position, 'signedOn', x.signed_on, 'source', ${source("x")})`,
    "signatories x WHERE x.agreement_id = a.id",
    `${org("(SELECT p.organisation_id FROM participants p WHERE p.id = x.participant_id)")}, ${annexLabel("x")} NULLS FIRST, x.signed_on, x.name`,
  )},
  'controllers', ${list(
    `json_build_object('organisation', ${org("(SELECT p.organisation_id FROM participants p WHERE p.id = x.participant_id)")}, 'phase', x.phase, 'role', x.role, 'description', x.description, 'source', ${source("x")})`,
    "controller_designations x WHERE x.agreement_id = a.id",
    `x.phase, ${org("(SELECT p.organisation_id FROM participants p WHERE p.id = x.participant_id)")}`,
  )},
  'processingConditions', ${list(
    `json_build_object('organisation', ${org("(SELECT p.organisation_id FROM participants p WHERE p.id = x.participant_id)")}, 'article', x.article, 'description', x.description, 'appliesFrom', x.applies_from, 'source', ${source("x")})`,
    "processing_conditions x WHERE x.agreement_id = a.id",
    `${org("(SELECT p.organisation_id FROM participants p WHERE p.id = x.participant_id)")}, x.article, x.description`,
  )},
  'flows', ${list(
    `json_build_object('code', f.code, 'annex', ${annexLabel("f")}, 'provider', ${org("f.provider_id")}, 'recipient', ${org("f.recipient_id")}, 'effect', f.effect, 'description', f.description, 'clauseReference', f.clause_reference,
       'purposes', ${codes("purposes", "flow_rule_purposes", "purpose_id")},
       'dataItems', ${codes("data_items", "flow_rule_data_items", "data_item_id")},
       'channels', ${codes("channels", "flow_rule_channels", "channel_id")},
       'gateways', ${codes("legal_gateways", "flow_rule_gateways", "gateway_id")},
       'conditions', ${codes("conditions", "flow_rule_conditions", "condition_id")},
       'source', ${source("f")})`,
    "flow_rules f WHERE f.agreement_id = a.id",
    "f.code",
  )},
  'conditions', ${list(
    `json_build_object('code', x.code, 'annex', ${annexLabel("x")}, 'kind', x.kind, 'description', x.description, 'factKey', x.fact_key, 'clauseReference', x.clause_reference, 'source', ${source("x")})`,
    "conditions x WHERE x.agreement_id = a.id",
    "x.code",
  )},
  'restrictions', ${list(
    `json_build_object('code', x.code, 'annex', ${annexLabel("x")}, 'kind', x.kind, 'description', x.description,
       'originatingController', ${org("x.originating_controller_id")},
       'purpose', (SELECT p.code FROM purposes p WHERE p.id = x.purpose_id),
       'channel', (SELECT c.code FROM channels c WHERE c.id = x.channel_id),
       'approvalBy', ${org("x.approval_by_id")}, 'permittedTerritories', to_json(x.permitted_territories),
       'factKey', x.fact_key, 'clauseReference', x.clause_reference, 'source', ${source("x")})`,
    "restrictions x WHERE x.agreement_id = a.id",
    "x.code",
  )},
  'retention', ${list(
    `json_build_object('recordType', x.record_type, 'dataItem', (SELECT d.code FROM data_items d WHERE d.id = x.data_item_id), 'periodMonths', x.period_months, 'disposition', x.disposition, 'trigger', x.trigger, 'source', ${source("x")})`,
    "retention_rules x WHERE x.agreement_id = a.id",
    "x.record_type, (SELECT d.code FROM data_items d WHERE d.id = x.data_item_id) NULLS FIRST",
  )},
  'operationalRules', ${list(
    `json_build_object('code', x.code, 'kind', x.kind, 'title', x.title, 'description', x.description, 'source', ${source("x")})`,
    "operational_rules x WHERE x.agreement_id = a.id",
    "x.code",
  )},
  'documentVersions', ${list(
    `json_build_object('label', x.label, 'issuedOn', x.issued_on, 'summary', x.summary, 'source', ${source("x")})`,
    "document_versions x WHERE x.agreement_id = a.id",
    "x.position",
  )},
  'reviews', ${list(
    `json_build_object('reviewedOn', x.reviewed_on, 'reviewer', x.reviewer, 'outcome', x.outcome, 'findings', x.findings, 'nextDueOn', x.next_due_on, 'source', ${source("x")})`,
    "reviews x WHERE x.agreement_id = a.id",
    "x.reviewed_on, x.created_at",
  )},
  'terminations', ${list(
    `json_build_object('kind', x.kind, 'byOrganisation', ${org("x.by_organisation_id")}, 'givenOn', x.given_on, 'effectiveOn', x.effective_on, 'resumedOn', x.resumed_on, 'reason', x.reason, 'source', ${source("x")})`,
    "terminations x WHERE x.agreement_id = a.id",
    "x.given_on, x.created_at",
  )}
)::text AS content
FROM agreements a WHERE a.id = `;

/** Reads an agreement's complete content inside `tx` (so it sees the transaction's own edits). */
export async function loadAgreementContent(tx: Tx | Database, agreementId: string): Promise<AgreementContent> {
  const rows = rowsOf<{ content: string }>(await tx.execute(sql`${sql.raw(CONTENT_SQL)}${agreementId}`));
  if (rows.length === 0) throw new Error(`no agreement ${agreementId}`);
  return JSON.parse(rows[0].content) as AgreementContent;
}
