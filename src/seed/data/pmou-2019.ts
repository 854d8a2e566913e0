import type { Citation, SeedAgreement, SeedBundle, SeedDataItem } from "../types.js";

/**
 * The Home Office ↔ DWP process-level MoU for the EU Settlement Scheme (2019, file 004).
 * The PMoU's sections are unnumbered, so every fact cites its section heading.
 */

const DOC = "pmou-euss-2019";
const AG = "ho-dwp-pmou-euss-2019";
const src = (clause: string): Citation => ({ document: DOC, clause });

const TO_DWP = "Data to be supplied to DWP via the API";
const BY_DWP = "Data to be supplied by DWP via the API";
const IDENTITY = "euss.applicant-identity";
const BENEFIT = "dwp.benefit-history";
const BENEFIT_TYPE = `${BENEFIT}.benefit-type`;

/** An item beneath a catalogue category; every PMoU item is Official Sensitive and travels by API. */
const item = (
  code: string,
  name: string,
  parent: string,
  originatingController: string,
  clause: string,
  description?: string,
): SeedDataItem => ({
  code,
  name,
  ...(description ? { description } : {}),
  parent,
  originatingController,
  classification: "OFFICIAL_SENSITIVE",
  channels: ["api"],
  source: src(clause),
});

const identity = (suffix: string, name: string, description?: string) =>
  item(`${IDENTITY}.${suffix}`, name, IDENTITY, "home-office", TO_DWP, description);
const benefit = (suffix: string, name: string, description?: string) =>
  item(`${BENEFIT}.${suffix}`, name, BENEFIT, "dwp", BY_DWP, description);
const benefitType = (suffix: string, name: string) =>
  item(
    `${BENEFIT_TYPE}.${suffix}`,
    name,
    BENEFIT_TYPE,
    "dwp",
    `${BY_DWP} (benefit types within scope)`,
    "DWP benefit type within the scope of the data share.",
  );

const dataItems: SeedDataItem[] = [
  identity("forename", "Forename", "Entered by the applicant in the online application on Access UK."),
  identity("surname", "Surname", "Entered by the applicant in the online application on Access UK."),
  identity("nino", "National Insurance number (NINo)", "Optional, but required to generate the API check with DWP."),
  identity("date-of-birth", "Date of birth", "Entered by the applicant in the online application on Access UK."),
  identity("other-names", "Previously held or other names", "Any previously held or other names of the applicant."),
  benefit(
    "correlation-id",
    "Correlation ID",
    "Pseudo ID used when data is returned, rather than the NINo, date of birth and name.",
  ),
  benefit("start-date", "Start date", "Start date of the benefit award."),
  benefit("end-date", "End date", "End date of the benefit award."),
  benefit("benefit-type", "Benefit type", "The DWP benefit type the returned record relates to (13 types in scope)."),
  benefit("date-of-death", "Date of death"),
  benefit("gone-abroad-flag", "Gone abroad flag"),
  benefitType("state-pension", "State Pension and New State Pension"),
  benefitType("housing-benefit", "Housing Benefit"),
  benefitType("jobseekers-allowance", "Jobseekers"),
  benefitType("employment-support-allowance", "Employment Support Allowance"),
  benefitType("carers-allowance", "Carers Allowance"),
  benefitType("universal-credit", "Universal Credit"),
  benefitType("personal-independence-payment", "Personal Independent Payment"),
  benefitType("disability-living-allowance", "Disability Living Allowance"),
  benefitType("income-support", "Income Support"),
  benefitType("maternity-allowance", "Maternity Allowance"),
  benefitType("incapacity-benefit", "Incapacity Benefit"),
  benefitType("attendance-allowance", "Attendance Allowance"),
  benefitType("severe-disablement-allowance", "Severe Disablement Allowance"),
];

const ROLE_HO = "Roles of each Participant to the MoU › Role of Home Office";
const ROLE_DWP = "Roles of each Participant to the MoU › Role of DWP";
const PARTICIPANTS =
  "Introduction and Participants to the Memorandum of Understanding (MoU); Formalities › Administration";
const SECURITY = "Handling of personal data and data security";
const ART_6_1_E =
  "Processing is necessary for the performance of a task carried out in the public interest " +
  "or in the exercise of official authority vested in the controller.";

const duty = (code: string, description: string, clause: string) => ({
  code: `${AG}.${code}`,
  kind: "DUTY" as const,
  description,
  clauseReference: clause,
  source: src(clause),
});

const pmou: SeedAgreement = {
  code: AG,
  kind: "PMOU",
  title: "Process level Memorandum of Understanding (PMoU) between the Home Office and DWP: EU Settlement Scheme",
  reference: "PMoU 2019",
  ownerTeam: "UK Visas and Immigration Strategy, Transformation and Performance Team",
  ownerOrganisation: "home-office",
  // Ran until April 2026; the registry's today is 2026-11-22.
  status: "EXPIRED",
  // No start date is stated: the year of publication (© Crown copyright 2019) is used.
  effectiveFrom: "2019-01-01",
  // "will run until April 2026" (Monitoring and reviewing arrangements): end of that month.
  effectiveTo: "2026-04-30",
  reviewCadenceMonths: 12,
  reviewTerms:
    "Reviewed annually, and must be reviewed at least biennially to assess whether the MoU is still " +
    "accurate and fit for purpose. Representatives of either Participant may call reviews outside the " +
    "annual review; changes may be agreed in writing and appended for inclusion at the formal annual " +
    "review. Each Participant's MoU Manager ensures a review is carried out, and each Participant " +
    "creates and retains a record of all reviews.",
  noticePeriodMonths: 3,
  terminationTerms:
    "Either Participant may terminate on three months' notice, including by reason of cost, resources " +
    "or other factors beyond the control of the Home Office or DWP, or where a material change, in the " +
    "opinion of both following negotiation, significantly impairs the value of the arrangement. On a " +
    "significant security breach or other serious breach of its terms by either Participant the MoU " +
    "will be terminated or suspended immediately without notice.",
  breachNotificationHours: 24,
  subjectAccessTerms:
    "Each Participant responds to subject access requests and requests to cease processing under the " +
    "Data Protection Legislation. A SAR relating only to data held by the receiving Participant is " +
    "answered by it under its own procedures within the statutory timescales; where it holds only " +
    "part of the information it discloses what it has, with no statutory requirement to redirect the " +
    "SAR or name other departments.",
  foiTerms:
    "Both are public authorities for FOIA and commit to openness and transparency about the arrangement, " +
    "subject to security or confidentiality limits. Each consults the other on any information access " +
    "request about sharing under the MoU, in line with the section 45 FOIA Code of Practice.",
  securityTerms:
    "Personal data processed under the Data Protection Legislation and the mandatory requirements of " +
    "the HMG Security Policy Framework; not put on portable devices unless absolutely necessary, and " +
    "then encrypted and password protected to an agreed standard; staff trained; access restricted to " +
    "personnel with a legitimate need to know and appropriate security clearance; Government Security " +
    "Classifications Policy followed (Official Sensitive where applicable). Breaches reported to the " +
    "providing Participant within 24 hours.",
  // PMoU "Signatories": one signature block for each participant.
  signingTerms: "Signed on behalf of the Home Office and on behalf of DWP (PMoU, Signatories).",
  onwardDisclosureTerms: "No onward disclosure to third parties is required under this data sharing arrangement.",
  summary:
    "Not legally binding. The Home Office's EU Settlement Scheme online application (Access UK) checks an " +
    "applicant's UK residence against DWP records in real time via an API: the Home Office sends the " +
    "applicant's identity details, DWP returns benefit history for 13 benefit types, and a Home Office " +
    "caseworker uses a summary of qualifying months in the ILR/LTR residency assessment.",
  source: src(
    "Introduction and Participants to the Memorandum of Understanding (MoU); dates: © Crown copyright 2019 " +
      "(no start date stated; year of publication used); Monitoring and reviewing arrangements: will run " +
      "until April 2026",
  ),
  annexes: [],
  participants: [
    {
      organisation: "home-office",
      roles: ["PROVIDER", "RECIPIENT", "MOU_MANAGER"],
      description:
        "UK Visas and Immigration Strategy, Transformation and Performance Team (Border, Immigration and " +
        "Passport functions only); instructs an MoU Manager.",
      source: src(PARTICIPANTS),
    },
    {
      organisation: "dwp",
      roles: ["PROVIDER", "RECIPIENT", "MOU_MANAGER"],
      description: "Digital Cross Boundary Team; instructs an MoU Manager.",
      source: src(PARTICIPANTS),
    },
  ],
  // The Signatories section of the source is blank.
  signatories: [],
  controllers: (["home-office", "dwp"] as const).flatMap((organisation) => [
    {
      organisation,
      phase: "TRANSFER" as const,
      role: "CONTROLLER_IN_COMMON" as const,
      description: 'Controllers "in common" with the other Participant during the physical transfer process.',
      source: src("Role of Controller in respect of the data sharing arrangement"),
    },
    {
      organisation,
      phase: "AFTER_RECEIPT" as const,
      role: "SOLE_CONTROLLER" as const,
      description: "Sole Controller for the personal data it received, for the purposes for which it was shared.",
      source: src("Role of Controller in respect of the data sharing arrangement"),
    },
  ]),
  processingConditions: [
    {
      organisation: "home-office",
      article: "GDPR Article 6(1)(e)",
      description: ART_6_1_E,
      appliesFrom: "2018-05-25",
      source: src("Statutory Data Processing Conditions › Home Office"),
    },
    {
      organisation: "dwp",
      article: "GDPR Article 6(1)(e)",
      description: ART_6_1_E,
      appliesFrom: "2018-05-25",
      source: src("Statutory Data Processing Conditions › DWP"),
    },
  ],
  flows: [
    {
      code: `${AG}.ho-to-dwp.applicant-identity`,
      provider: "home-office",
      recipient: "dwp",
      effect: "ALLOW",
      purposes: ["euss-residency-assessment"],
      dataItems: [IDENTITY],
      channels: ["api"],
      gateways: ["crown-common-law-powers"],
      description:
        "Identity details the applicant enters in the online application are sent by the API " +
        "(software to software) to match the applicant against DWP records.",
      clauseReference: "Legal bases to share data › Home Office to DWP; Data to be supplied to DWP via the API",
      source: src("Legal bases to share data › Home Office to DWP; Data to be supplied to DWP via the API"),
    },
    {
      code: `${AG}.dwp-to-ho.benefit-history`,
      provider: "dwp",
      recipient: "home-office",
      effect: "ALLOW",
      purposes: ["euss-residency-assessment"],
      dataItems: [BENEFIT],
      channels: ["api"],
      gateways: ["iaa-1999-s20"],
      description:
        "Where a matching record is found within the current tax year or six preceding years, DWP returns " +
        "in real time, for each benefit type in scope, the correlation ID, start and end dates, benefit " +
        "type, date of death and gone-abroad flag (IAA 1999 s20 purposes (a) and (dd)).",
      clauseReference: "Legal bases to share data › DWP to Home Office; Data to be supplied by DWP via the API",
      source: src("Legal bases to share data › DWP to Home Office; Data to be supplied by DWP via the API"),
    },
  ],
  conditions: [
    duty(
      "authorised-personnel-only",
      "Access only by authorised DWP and Home Office personnel with the security clearance their own " +
        "department determines is appropriate and a genuine business need to access the data.",
      "Permitted uses of the data in respect of this MoU",
    ),
    duty(
      "data-minimisation",
      "Only the minimum information necessary for the purpose is transferred; a pseudo (Correlation) ID " +
        "is used when data is returned, rather than the NINo, date of birth and name.",
      "HRA 1998 the right to respect for private and family life",
    ),
    duty(
      "dpia-completed",
      "Both Participants have completed a DPIA; the Home Office has also conducted an Equality Impact Assessment.",
      "Data Protection Impact Assessment (DPIA)",
    ),
    duty(
      "privacy-notices",
      "The Home Office online application requires a declaration that the applicant's data may be shared " +
        "with other government departments, naming DWP, complying with the Data Protection Legislation. " +
        "DWP has no direct customer interaction (system-to-system transfer only).",
      "Privacy Notices",
    ),
    duty(
      "re-check-after-submission",
      "If the API check is unsuccessful or the person cannot be found, a Home Office caseworker may run it " +
        "again after submission only if there is reason to believe a match is possible and it will benefit " +
        "the applicant.",
      "Description of how the data sharing will occur",
    ),
    duty(
      "sponsor-check",
      "For a non-EEA national's application, the caseworker may run the API check on the EEA national " +
        "sponsor only when satisfactory documentary evidence is not available.",
      "Description of how the data sharing will occur",
    ),
    duty(
      "dwp-accuracy",
      "DWP takes all reasonable steps to ensure the data returned to the Home Office is accurate and " +
        "up to date, as the Data Protection Legislation requires.",
      "Accuracy of the shared data",
    ),
    duty(
      "data-quality-validation",
      "Shared data is subject to procedures and validations to ensure data quality; full testing takes " +
        "place when data matching is undertaken.",
      "Arrangements for notifying the other Participant of inaccuracies during the data sharing process",
    ),
    duty(
      "error-notification",
      "If DWP identifies a processing error that could affect the applicant's eligibility, it notifies the " +
        "Home Office within 24 hours and endeavours to fix it within 5 working days of identifying it.",
      "Arrangements for notifying the other Participant of inaccuracies during the data sharing process",
    ),
    duty(
      "hmg-spf",
      "Both Participants process personal data in line with the mandatory requirements of the HMG " +
        "Security Policy Framework when handling, transferring, storing, accessing or destroying it.",
      SECURITY,
    ),
    duty(
      "no-portable-devices",
      "Personal data is not transferred or stored on any portable device unless absolutely necessary, and " +
        "then it must be encrypted and password protected to an agreed standard.",
      SECURITY,
    ),
    duty(
      "staff-training",
      "All staff are adequately trained and aware of their responsibilities under the GDPR, the Data " +
        "Protection Act 2018 and this MoU.",
      SECURITY,
    ),
    duty(
      "need-to-know",
      "Access to personal data received is restricted to personnel with a legitimate need to know and " +
        "security clearance at the appropriate level.",
      SECURITY,
    ),
    duty("gscp", "Participants comply with the Government Security Classifications Policy where applicable.", SECURITY),
    duty(
      "breach-reporting",
      "A Participant suffering a security incident or data breach reports any loss, wrongful disclosure or " +
        "breach involving personal data to the Participant that provided it within 24 hours of becoming " +
        "aware, and consults on next steps (e.g. informing the ICO or data subjects).",
      `${SECURITY}; Security breaches, security incidents or loss or unauthorised disclosures of data`,
    ),
    duty(
      "incident-points-of-contact",
      "Designated points of contact notify the other Participant in writing of any loss or unauthorised " +
        "disclosure within 24 hours, then agree next steps: containment, mitigation, recovery of the " +
        "information and whether to notify the Information Commissioner or data subjects.",
      "Security breaches, security incidents or loss or unauthorised disclosures of data",
    ),
    duty(
      "issue-reporting",
      "Issues go to the relevant contact points as soon as possible: urgent problems by phone immediately " +
        "and in writing the same day; others in writing within 24 hours of occurring.",
      "Issues, disputes and resolution",
    ),
    duty(
      "ho-secure-transfer",
      "The Home Office provides data to DWP via the API, the secure transfer method agreed by both " +
        "Participants, within Home Office data security instructions.",
      ROLE_HO,
    ),
    duty(
      "ho-caseworker-access-only",
      "The Home Office allows access to the data only by the caseworker(s) working on the application.",
      ROLE_HO,
    ),
    duty(
      "ho-official-sensitive",
      "Home Office staff handle the data via the API and under the Government Security Classification " +
        'marking "Official Sensitive" where applicable.',
      ROLE_HO,
    ),
    duty(
      "ho-applicant-guidance",
      "The Home Office gives applicants clear guidance on completing their application to facilitate the " +
        "checks, and on what to do after the results to complete it.",
      ROLE_HO,
    ),
    duty(
      "dwp-identify-search-data",
      "DWP identifies the appropriate data required to make the search from DWP records.",
      ROLE_DWP,
    ),
    duty(
      "dwp-matching-team-access-only",
      "DWP allows access to the data only by the team carrying out the matching.",
      ROLE_DWP,
    ),
    duty(
      "dwp-secure-handling",
      "DWP staff handle the data via the API, the approved secure method agreed by both Participants, " +
        'within DWP data security instructions, under the "Official-Sensitive" marking where applicable.',
      ROLE_DWP,
    ),
    duty(
      "dwp-points-of-contact",
      "DWP provides designated points of contact for the Home Office should the technical process fail.",
      ROLE_DWP,
    ),
    duty(
      "mou-manager-review",
      "Each Participant's MoU Manager ensures that a review of the MoU is carried out.",
      `${ROLE_HO}; ${ROLE_DWP}`,
    ),
  ],
  restrictions: [
    {
      code: `${AG}.no-onward-disclosure`,
      kind: "ONWARD_DISCLOSURE",
      description: "No onward disclosure to third parties: the PMoU states none is required under the arrangement.",
      clauseReference: "Onward disclosure to third parties",
      source: src("Onward disclosure to third parties"),
    },
  ],
  retention: [
    {
      recordType: "Raw data accessed from DWP systems",
      dataItem: BENEFIT,
      periodMonths: 0,
      disposition: "not retained: available only for the duration of the calculation",
      source: src("Retention and destruction schedule"),
    },
    {
      recordType: "Summary of qualifying months (positive or negative output per month assessed)",
      periodMonths: 120,
      disposition: "10 years on Home Office systems, then secure destruction; no further details retained",
      source: src("Retention and destruction schedule"),
    },
    {
      recordType: "Data stored by each Participant under the MoU",
      disposition: "only for as long as there is a business need",
      source: src(`${ROLE_HO}; ${ROLE_DWP}`),
    },
  ],
  operationalRules: [],
  documentVersions: [],
  reviews: [],
};

export const pmou2019: SeedBundle = { dataItems, agreements: [pmou] };
