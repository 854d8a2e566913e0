/**
 * AgreementContent fixtures for unit tests: a complete PMoU-like agreement (Home Office ↔ DWP,
 * 2019) that every completeness requirement accepts, which tests then break one part at a time.
 */
import type { AgreementContent, ContentFlow } from "../../src/modules/revision/content.js";
import type { NameLookup } from "../../src/modules/revision/document.js";

const AG = "test-pmou";
const src = (clause: string) => ({ document: "test-doc", clause });

export function flow(
  overrides: Partial<ContentFlow> & Pick<ContentFlow, "code" | "provider" | "recipient">,
): ContentFlow {
  return {
    annex: null,
    effect: "ALLOW",
    description: "",
    clauseReference: "Legal bases to share data",
    purposes: ["euss-residency-assessment"],
    dataItems: ["euss.applicant-identity"],
    channels: ["api"],
    gateways: ["crown-common-law-powers"],
    conditions: [],
    source: src("Legal bases to share data"),
    ...overrides,
  };
}

/** A complete agreement; `overrides` replace top-level fields, `terms` individual terms. */
export function completeContent(
  overrides: Partial<AgreementContent> = {},
  terms: Partial<AgreementContent["terms"]> = {},
): AgreementContent {
  return {
    code: AG,
    kind: "PMOU",
    title: "Process level MoU between the Home Office and DWP",
    reference: "PMoU 2019",
    summary: "Residency checks for the EU Settlement Scheme.",
    status: "ACTIVE",
    parent: null,
    derivedFrom: null,
    amends: null,
    ownerTeam: "UKVI Strategy Team",
    ownerOrganisation: "home-office",
    effectiveFrom: "2019-01-01",
    effectiveTo: "2026-04-30",
    terms: {
      reviewCadenceMonths: 12,
      reviewTerms: "Reviewed annually.",
      noticePeriodMonths: 3,
      terminationTerms: "Three months' notice by either Participant.",
      breachNotificationHours: 24,
      subjectAccessTerms: "Each Participant answers SARs for data it holds.",
      foiTerms: "Each consults the other under the s45 Code of Practice.",
      securityTerms: "HMG Security Policy Framework.",
      onwardDisclosureTerms: "No onward disclosure to third parties.",
      signingTerms: "Signed on behalf of the Home Office and on behalf of DWP.",
      ...terms,
    },
    source: src("Introduction"),
    participants: [
      {
        organisation: "dwp",
        roles: ["PROVIDER", "RECIPIENT", "MOU_MANAGER"],
        description: "Digital Cross Boundary Team.",
        source: src("Introduction"),
      },
      {
        organisation: "home-office",
        roles: ["PROVIDER", "RECIPIENT", "MOU_MANAGER"],
        description: "UKVI.",
        source: src("Introduction"),
      },
    ],
    annexes: [],
    signatures: [],
    controllers: (["dwp", "home-office"] as const).flatMap((organisation) => [
      {
        organisation,
        phase: "TRANSFER",
        role: "CONTROLLER_IN_COMMON",
        description: "In common.",
        source: src("Role of Controller"),
      },
      {
        organisation,
        phase: "AFTER_RECEIPT",
        role: "SOLE_CONTROLLER",
        description: "Sole.",
        source: src("Role of Controller"),
      },
    ]),
    processingConditions: (["dwp", "home-office"] as const).map((organisation) => ({
      organisation,
      article: "GDPR Article 6(1)(e)",
      description: "Public task.",
      appliesFrom: "2018-05-25",
      source: src("Statutory Data Processing Conditions"),
    })),
    flows: [
      flow({
        code: `${AG}.dwp-to-ho`,
        provider: "dwp",
        recipient: "home-office",
        dataItems: ["dwp.benefit-history"],
        gateways: ["iaa-1999-s20"],
      }),
      flow({ code: `${AG}.ho-to-dwp`, provider: "home-office", recipient: "dwp" }),
    ],
    conditions: [],
    restrictions: [],
    retention: [
      {
        recordType: "Summary of qualifying months",
        dataItem: null,
        periodMonths: 120,
        disposition: "secure destruction",
        trigger: null,
        source: src("Retention"),
      },
    ],
    operationalRules: [],
    documentVersions: [],
    reviews: [],
    terminations: [],
    ...overrides,
  };
}

const ORGS: Record<string, string> = {
  dwp: "DWP",
  "home-office": "Home Office",
  "la-england-sample": "Sample English Council",
  "la-wales-sample": "Sample Welsh Council",
};
const KINDS: Record<string, string> = {
  dwp: "CENTRAL_DEPARTMENT",
  "home-office": "CENTRAL_DEPARTMENT",
  "la-england-sample": "LOCAL_AUTHORITY",
  "la-wales-sample": "LOCAL_AUTHORITY",
};
const GATEWAYS: Record<string, { title: string; citation: string }> = {
  "iaa-1999-s20": {
    title: "Immigration and Asylum Act 1999 s20",
    citation: "Immigration and Asylum Act 1999, section 20, as amended by section 55 of the Immigration Act 2016",
  },
  "crown-common-law-powers": { title: "Crown common-law powers", citation: "Common-law powers of a Crown department" },
};

const PURPOSES: Record<string, string> = { "euss-residency-assessment": "EU Settlement Scheme residency assessment" };
const DATA_ITEMS: Record<string, string> = {
  "euss.applicant-identity": "Applicant identity",
  "dwp.benefit-history": "DWP benefit history",
};
const CHANNELS: Record<string, string> = { api: "API" };

/** Catalogue names for the codes above; anything else is unknown, so the renderer shows its code. */
export const names: NameLookup = {
  organisation: (code) => ORGS[code],
  purpose: (code) => PURPOSES[code],
  dataItem: (code) => DATA_ITEMS[code],
  gateway: (code) => GATEWAYS[code],
  channel: (code) => CHANNELS[code],
  organisationKind: (code) => KINDS[code],
};
