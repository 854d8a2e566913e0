import type {
  Citation,
  SeedAgreement,
  SeedBundle,
  SeedCondition,
  SeedDocumentVersion,
  SeedLegalGateway,
  SeedOperationalRule,
  SeedParticipant,
  SeedSignatory,
} from "../types.js";

/**
 * The DWP Housing Delivery Division ↔ local authorities MoU 2011–2012, v1.23 (file 000), and its
 * Data Transport Appliance addendum. Cited by the document's own paragraph numbers.
 *
 * Legal gateways: §4.4 names whole Acts ("Social Security Administration Act 1992", "Tax Credit Act
 * 2002") under the heading "Legal gateways and other legislation", and §4.1 says DWP and HMRC can
 * legally share information with LAs for HB/CTB, but the MoU never names the sharing provision.
 * The ALLOW rules therefore cite the Acts as the text does, not SSAA s122C or TCA Sch 5 ¶7.
 */

const DOC = "mou-2011";
const AG = "dwp-la-mou-2011";
const DTA = "dwp-la-mou-2011-dta-addendum";
const src = (clause: string): Citation => ({ document: DOC, clause });
const sample = (clause: string): Citation => ({ document: "registry-sample", clause });

const VERSIONS = "Document Control › Version history";
const SIGNED = "Signed Memorandum of Understanding";
const SAMPLE_LAS = ["la-england-sample", "la-wales-sample"] as const;

// ---------------------------------------------------------------------------------------------
// Gateways: legislation §2.6 and §4.4–4.9 name that the catalogue lacks. Mostly binding rather
// than permitting; only ssaa-1992 and tca-2002 are cited by ALLOW rules (see the note above).
// ---------------------------------------------------------------------------------------------

const DPA_IN_FORCE = { inForceFrom: "2000-03-01", inForceTo: "2018-05-25" };

const gateways: SeedLegalGateway[] = [
  {
    code: "dpa-1998",
    kind: "PRIMARY_LEGISLATION",
    instrument: "Data Protection Act 1998",
    provision: "whole Act",
    citation: "Data Protection Act 1998",
    summary:
      "Named as legislation binding DWP and the LA to handle customers' personal information in confidence. " +
      "Its principles govern handling of personal data (they set no retention periods) and it contains " +
      "offences relating to unauthorised access to and use of personal data.",
    url: "https://www.legislation.gov.uk/ukpga/1998/29",
    ...DPA_IN_FORCE,
    source: src("§4.4; §4.5; §5.5"),
  },
  {
    code: "dpa-1998-s55",
    kind: "PRIMARY_LEGISLATION",
    instrument: "Data Protection Act 1998",
    provision: "s55",
    citation: "Data Protection Act 1998, section 55",
    summary:
      "Offence to obtain, disclose or procure the disclosure of personal information without the authority " +
      "of the data controller, except where specifically allowed by law (such as the prevention of crime), " +
      "or to sell or offer to sell personal information obtained illegally.",
    url: "https://www.legislation.gov.uk/ukpga/1998/29/section/55",
    ...DPA_IN_FORCE,
    source: src("§4.6"),
  },
  {
    code: "ssaa-1992",
    kind: "PRIMARY_LEGISLATION",
    instrument: "Social Security Administration Act 1992",
    provision: "whole Act",
    citation: "Social Security Administration Act 1992",
    summary:
      'Named by the 2011 MoU, under "Legal gateways and other legislation", as underpinning the MoU and ' +
      "binding DWP and the LA to handle personal information in confidence. The MoU states DWP can legally " +
      "share information with LAs for HB/CTB administration but does not name the sharing provision. " +
      "Also contains offences relating to unauthorised access to and use of personal data.",
    url: "https://www.legislation.gov.uk/ukpga/1992/5",
    source: src("§4.1; §4.4; §4.5"),
  },
  {
    code: "ssaa-1992-s123",
    kind: "PRIMARY_LEGISLATION",
    instrument: "Social Security Administration Act 1992",
    provision: "s123",
    citation: "Social Security Administration Act 1992, section 123",
    summary:
      "Offence for anyone who is or has been employed in social security administration to disclose " +
      "personal information acquired in the course of their employment without lawful authority.",
    url: "https://www.legislation.gov.uk/ukpga/1992/5/section/123",
    source: src("§4.2; §4.7; Appendix A"),
  },
  {
    code: "ssaa-1992-s115",
    kind: "PRIMARY_LEGISLATION",
    instrument: "Social Security Administration Act 1992",
    provision: "s115",
    citation: "Social Security Administration Act 1992, section 115",
    summary:
      "Allows criminal proceedings against corporate bodies (such as an LA) and their officers where an " +
      "offence under the Act was committed with the consent or connivance of officers, or because of their " +
      "neglect.",
    url: "https://www.legislation.gov.uk/ukpga/1992/5/section/115",
    // §4.8 says "Section 115 of the Act", following §4.7 on the SSAA 1992.
    source: src("§4.8"),
  },
  {
    code: "cma-1990",
    kind: "PRIMARY_LEGISLATION",
    instrument: "Computer Misuse Act 1990",
    provision: "whole Act",
    citation: "Computer Misuse Act 1990",
    summary:
      "Named as legislation binding DWP and the LA to handle customers' personal information in confidence; " +
      "contains offences relating to unauthorised access to and use of personal data.",
    url: "https://www.legislation.gov.uk/ukpga/1990/18",
    source: src("§4.4; §4.5"),
  },
  {
    code: "cma-1990-s1",
    kind: "PRIMARY_LEGISLATION",
    instrument: "Computer Misuse Act 1990",
    provision: "s1(1)",
    citation: "Computer Misuse Act 1990, section 1(1)",
    summary:
      "Offence to cause a computer to perform any function with intent to secure access to any program or " +
      "data held in any computer, where the access intended is unauthorised and the person knows this at " +
      "the time.",
    url: "https://www.legislation.gov.uk/ukpga/1990/18/section/1",
    source: src("§4.9"),
  },
  {
    code: "tca-2002",
    kind: "PRIMARY_LEGISLATION",
    instrument: "Tax Credits Act 2002",
    provision: "whole Act",
    citation: 'Tax Credits Act 2002 (named in the MoU as "Tax Credit Act 2002")',
    summary:
      'Named by the 2011 MoU, under "Legal gateways and other legislation", as underpinning the MoU and ' +
      "binding the handling of personal information in confidence. HMRC provides tax credit data so LAs can " +
      "administer HB/CTB; the MoU does not name the sharing provision.",
    url: "https://www.legislation.gov.uk/ukpga/2002/21",
    source: src("§1.11; §4.1; §4.4"),
  },
  {
    code: "wra-2007-s42",
    kind: "PRIMARY_LEGISLATION",
    instrument: "Welfare Reform Act 2007",
    provision: "s42",
    citation: "Welfare Reform Act 2007, section 42, and the secondary legislation made under it",
    summary:
      "The 2011 MoU counts action concerning the disclosure of information as permitted by this section " +
      "and its secondary legislation as part of HB/CTB administration.",
    url: "https://www.legislation.gov.uk/ukpga/2007/5/section/42",
    source: src("§2.6"),
  },
];

// ---------------------------------------------------------------------------------------------
// Parties and sample signatures (shared by the MoU and its DTA addendum: one signature page
// covers both, "This includes use of the Data Transport Appliance").
// ---------------------------------------------------------------------------------------------

const laParticipants: SeedParticipant[] = SAMPLE_LAS.map((organisation) => ({
  organisation,
  roles: ["RECIPIENT"],
  description: "Sample signatory council: accesses DWP and HMRC customer data to administer HB/CTB.",
  source: sample("sample signatory council"),
}));

const NATION = { "la-england-sample": "England", "la-wales-sample": "Wales" } as const;

const signatories: SeedSignatory[] = SAMPLE_LAS.flatMap((organisation) => [
  {
    organisation,
    name: `Sample Operational Manager (${NATION[organisation]})`,
    capacity: "OPERATIONAL_MANAGER" as const,
    position: "Operational manager with responsibility for HB/CTB",
    signedOn: "2011-07-01",
    sample: true,
    source: sample("sample signature"),
  },
  {
    organisation,
    name: `Sample Section 151 Officer (${NATION[organisation]})`,
    capacity: "SECTION_151_OFFICER" as const,
    position: "Section 151 Officer (countersignatory)",
    signedOn: "2011-07-01",
    sample: true,
    source: sample("sample signature"),
  },
]);

// ---------------------------------------------------------------------------------------------
// Version history: 24 versions, 1.00 → 1.23. Ranges expand to one entry per version.
// ---------------------------------------------------------------------------------------------

const version = (label: string, summary: string, issuedOn?: string): SeedDocumentVersion => ({
  label,
  ...(issuedOn ? { issuedOn } : {}),
  summary,
  source: src(VERSIONS),
});
const label = (minor: number) => `1.${String(minor).padStart(2, "0")}`;
const range = (from: number, to: number, summary: string, issuedOn?: string) =>
  Array.from({ length: to - from + 1 }, (_, i) =>
    version(label(from + i), `${summary} (recorded as versions ${label(from)}–${label(to)})`, issuedOn),
  );

const documentVersions: SeedDocumentVersion[] = [
  ...range(0, 11, "Annual review"),
  version("1.12", "MoU Workshop", "2010-10-06"),
  version("1.13", "Changes from Workshop attendees", "2010-11-05"),
  ...range(14, 15, "Internal changes", "2010-11-25"),
  version("1.16", 'Internal changes (dated "13 December"; year 2010 from the sequence)', "2010-12-13"),
  version("1.17", "DTA addendum", "2011-03-14"),
  version("1.18", "Internal changes", "2011-03-24"),
  version("1.19", "Internal quality review", "2011-04-28"),
  version("1.20", "BPSS amendment", "2011-05-09"),
  version("1.21", "DWP Disciplinary change", "2011-05-11"),
  version("1.22", "Internal quality review", "2011-05-18"),
  version("1.23", 'Signed off (dated "10 June"; year 2011 from the title page)', "2011-06-10"),
];

// ---------------------------------------------------------------------------------------------
// The MoU.
// ---------------------------------------------------------------------------------------------

const duty = (code: string, description: string, clause: string): SeedCondition => ({
  code: `${AG}.${code}`,
  kind: "DUTY",
  description,
  clauseReference: clause,
  source: src(clause),
});

const rule = (
  code: string,
  kind: SeedOperationalRule["kind"],
  title: string,
  description: string,
  clause: string,
): SeedOperationalRule => ({ code: `mou2011.${code}`, kind, title, description, source: src(clause) });

const misconduct = (n: number, code: string, title: string, description: string, exclusion: string) =>
  rule(
    `appendix-c-scenario-${n}-${code}`,
    "MISCONDUCT",
    `Scenario ${n}: ${title}`,
    `${description} CIS exclusion: ${exclusion}`,
    `Appendix C, Scenario ${n}`,
  );

const mainMou: SeedAgreement = {
  code: AG,
  kind: "MOU",
  title:
    "Memorandum of Understanding between the Department for Work and Pensions and Local Authorities " +
    "2011–2012: Handling and protection of Department for Work and Pensions customer data",
  reference: "v1.23",
  ownerTeam: "DWP Housing Delivery Division",
  ownerOrganisation: "dwp",
  status: "EXPIRED",
  effectiveFrom: "2011-06-10",
  effectiveTo: "2012-07-01",
  reviewCadenceMonths: 12,
  reviewTerms:
    "Reviewed at least annually to take account of changes in the way DWP exchanges data with LAs and any " +
    "additional compliance requirements.",
  terminationTerms:
    "No notice period is set; the MoU remains in place until 1 July 2012. HMRC will immediately suspend " +
    "access to its data if an LA fails to meet security requirements or transfers or shares information " +
    "without explicit HMRC approval. DWP and HMRC have absolute discretion to withdraw access to CIS or any " +
    "other data stream (including LAIDs, LACIs and HBMS scans) if the LA as a whole is not complying with " +
    "the MoU, or for operational reasons. Non-compliance could result in the service being withdrawn and " +
    "prosecution of individuals; DWP may also suspend individual users from CIS.",
  securityTerms:
    "All DWP and HMRC customer data is handled at GPMS 'RESTRICTED' IL3, accessed only over a " +
    "government-approved IT channel and end points, to DWP's mandatory information assurance accreditation " +
    "standard, only from within the UK and never over WiFi or wireless dongles, and held in a secure " +
    "environment wherever it flows, is stored or processed (meeting both DWP and HMRC requirements). Users " +
    "are trained, sign the confidentiality agreement, are BPSS cleared (including the unspent criminal " +
    "record check) and use EAS tokens once enrolled. The LA maintains an access control policy with " +
    "segregation of duties, a remote working policy (Appendix B), independent management checks, and " +
    "reports suspected misuse or security incidents to HDD LASST immediately.",
  // 2011 §1.2 and the signature page ("Signed Memorandum of Understanding").
  signingTerms:
    "Signed for each local authority by the operational manager responsible for HB/CTB and countersigned by the Section 151 Officer (England and Wales) or the officer accountable for the proper administration of financial affairs (Scotland and Northern Ireland), and by any appropriate Contracted Service Provider (2011 §1.2; signature page).",
  onwardDisclosureTerms:
    "DWP data may be shared with other organisations (including other LAs) only for administering HB/CTB. " +
    "HMRC data must not be transferred or shared without explicit approval from HMRC, which will otherwise " +
    "suspend access immediately. Data cannot be reused for another purpose unless the law allows it, e.g. " +
    "the customer has given explicit consent and the LA has legal powers for the further use.",
  summary:
    "Framework and operating policy under which local authorities, and contracted service providers acting " +
    "for them, access DWP and HMRC customer data to administer Housing Benefit and Council Tax Benefit: " +
    "mainly on DWP's Customer Information System (including HMRC tax credit data, with DWP as HMRC's data " +
    "processor), and LACI/LAID documents via the Data Transport Appliance under an addendum. Approved by " +
    "the Head of HDD and the Local Authority Associations; signed by each LA's HB/CTB operational manager " +
    "and countersigned by its Section 151 officer (or equivalent). Read with the LA CIS Guide.",
  source: src(`${VERSIONS} (1.23 Signed off, 10 June 2011); §1.1–1.2; ${SIGNED} (in place until 1 July 2012)`),
  annexes: [],
  participants: [
    {
      organisation: "dwp",
      roles: ["PROVIDER", "PROCESSOR"],
      description:
        "Provides DWP customer data (CIS, DTA); works as a data processor with HMRC to give LAs direct " +
        "access to tax credit data on CIS. Housing Delivery Division owns the MoU.",
      source: src("§1.1; §1.2; §1.11"),
    },
    {
      organisation: "hmrc",
      roles: ["PROVIDER"],
      description:
        "Provides tax credit data so LAs can administer HB/CTB; the MoU's security terms cover all HMRC data, " +
        "including tax credit and child benefit data. May suspend access to its data immediately.",
      source: src("§1.11; §1.12; §1.13"),
    },
    ...laParticipants,
  ],
  signatories,
  controllers: [],
  processingConditions: [],
  flows: [
    {
      code: `${AG}.cis-customer-record`,
      provider: "dwp",
      effect: "ALLOW",
      purposes: ["hb-ctb-administration"],
      dataItems: ["cis.customer-record"],
      channels: ["cis"],
      gateways: ["ssaa-1992"],
      description:
        "LA users access DWP customer data on CIS through desktop terminals to administer HB/CTB, accessing " +
        "only the data necessary for the LA's statutory HB/CTB functions.",
      clauseReference: "§1.1; §1.4; §1.8; §4.1; §4.4",
      source: src("§1.1; §1.4; §1.8; §4.1; §4.4"),
    },
    {
      code: `${AG}.hmrc-tax-credits`,
      provider: "dwp",
      effect: "ALLOW",
      purposes: ["hb-ctb-administration"],
      dataItems: ["hmrc.tax-credits"],
      channels: ["cis"],
      gateways: ["tca-2002"],
      description:
        "HMRC provides tax credit data so LAs can administer HB/CTB more effectively; DWP, as data processor " +
        "for HMRC, gives LAs direct access to it on CIS. It must meet both DWP and HMRC security requirements.",
      clauseReference: "§1.11; §1.12; §4.1; §4.4",
      source: src("§1.11; §1.12; §4.1; §4.4"),
    },
  ],
  conditions: [
    duty(
      "countersignatory-compliance",
      "The LA's countersignatory (Section 151 officer, or in Scotland and Northern Ireland the officer " +
        "accountable for the proper administration of financial affairs) is responsible for ensuring " +
        "compliance to safeguard the security of personal customer information.",
      "§1.2; §1.3",
    ),
    duty(
      "approved-channel",
      "All access uses a government-approved IT communications channel and end points approved for " +
        "'RESTRICTED' IL3 information, and the LA meets at minimum DWP's mandatory information assurance " +
        "accreditation standard. No access over WiFi or wireless 'dongles'.",
      "§1.8; §3.1–3.4",
    ),
    duty(
      "proportionality",
      "The LA accesses only the data necessary to carry out its statutory functions in administering HB/CTB.",
      "§1.8",
    ),
    duty(
      "accountability",
      "The LA is accountable and able to justify decisions, maintaining strict policies and protocols on the " +
        "collection and onward sharing of data.",
      "§1.8",
    ),
    duty(
      "hmrc-security-requirements",
      "Transfers or sharing of HMRC customer data, individual or bulk, meet the security requirements of both " +
        "DWP and HMRC; all data supplied is held in a secure environment wherever it may flow, be stored or " +
        "processed.",
      "§1.12",
    ),
    duty(
      "restricted-il3-marking",
      "The LA applies the GPMS marking 'RESTRICTED' IL3 when accessing or handling any DWP or HMRC customer " +
        "information.",
      "§2.5",
    ),
    duty(
      "csp-standards",
      "Where a CSP is engaged, both the LA and the CSP meet the government-approved IT communications channel " +
        "standard; the LA requires CSPs to identify any HB/CTB work they sub-contract.",
      "§3.5; §3.6",
    ),
    duty(
      "notify-changes",
      "A change of CSP, or of personnel who acted as signatories, is notified immediately to HDD LASST on an " +
        "updated MoU form; any new CSP is fully compliant with the mandatory channel standard.",
      "§3.7",
    ),
    duty(
      "training-before-access",
      "Before access to 'RESTRICTED' IL3 information, prospective users successfully complete appropriate data " +
        "protection training and, for CIS, the technical and security training pack.",
      "§5.1",
    ),
    duty(
      "confidentiality-agreement",
      "After training and before access, each prospective user completes and signs the Confidentiality " +
        "agreement (Appendix A).",
      "§5.2; Appendix A",
    ),
    duty(
      "training-and-user-records",
      "The LA retains a list of users trained (with completion dates) and the signed Confidentiality " +
        "agreements; until it has EAS two-factor authentication it securely records all CIS users registered on " +
        "the Government Gateway with their unique 12-character identity.",
      "§5.3; §5.4",
    ),
    duty(
      "secure-deletion",
      "The LA applies the Data Protection Act 1998 principles to DWP and HMRC data it holds and securely " +
        "deletes or destroys it as soon as it is no longer needed for operational purposes.",
      "§5.5; §5.6",
    ),
    duty(
      "access-control-policy",
      "The LA maintains an access control policy for all DWP and HMRC information held, including segregation " +
        "of duties and leavers' obligations.",
      "§5.7–5.9",
    ),
    duty(
      "bpss",
      "Anyone who regularly uses DWP 'RESTRICTED' IL3 information is cleared at least to the HMG Baseline " +
        "Personnel Security Standard. Not retrospective for existing staff already screened, but applies to " +
        "existing staff newly assigned and future recruits; agency and CSP staff get the same checks, and the " +
        "LA confirms CSPs have done BPSS screening.",
      "§5.10–5.12",
    ),
    duty(
      "unspent-criminal-record-check",
      "BPSS includes a 100% unspent criminal record check (Basic Disclosure) for existing employees newly " +
        "assigned and future recruits to posts needing access to government assets; not retrospective where " +
        "pre-employment controls were completed.",
      "§5.13",
    ),
    duty(
      "remote-working",
      "Home and remote working is supported by a formal remote working policy and Appendix B: EAS two-factor " +
        "authentication, CESG Good Practice Guide No. 10, additional security training, a list of home and " +
        "remote workers sent to HDD LASST before access, no copying of DWP data to portable media, and screen " +
        "prints kept from view and shredded or disposed of as confidential waste.",
      "§5.14; Appendix B",
    ),
    duty(
      "management-checks",
      "The LA carries out the predetermined level of Management Checks (see the LA CIS Guide); the Section 151 " +
        "officer (or equivalent) ensures clear, auditable processes to carry them out independently.",
      "§6.1; §6.3",
    ),
    duty(
      "security-incident-reporting",
      "Suspected misuse of DWP or HMRC data, actual or suspected security incidents, and identified " +
        "information or system faults are reported immediately to HDD LASST, with a thorough internal " +
        "investigation, regular progress updates and the final outcome.",
      "§2.7; §7.1; §7.4",
    ),
    duty(
      "disciplinary-process",
      "The LA's disciplinary process and any outsourcing arrangements provide for investigating individuals " +
        "alleged to have committed or attempted a breach of the MoU's security framework.",
      "§7.2; §7.5",
    ),
  ],
  restrictions: [
    {
      code: `${AG}.hmrc-onward-disclosure`,
      kind: "ONWARD_DISCLOSURE",
      description:
        "HMRC data must not be transferred or shared without explicit approval from HMRC; HMRC will " +
        "immediately suspend access to its data if an LA does so.",
      originatingController: "hmrc",
      approvalBy: "hmrc",
      factKey: "hmrc-approval-for-onward-disclosure",
      clauseReference: "§1.12; §1.13",
      source: src("§1.12; §1.13"),
    },
    {
      code: `${AG}.dwp-onward-disclosure`,
      kind: "ONWARD_DISCLOSURE",
      description:
        "DWP data may be shared with other organisations (including other LAs) only for administering HB/CTB, " +
        "which includes disclosure permitted by Welfare Reform Act 2007 s42. Disclosing social security " +
        "information about an individual without lawful authority is a criminal offence (SSAA 1992 s123).",
      originatingController: "dwp",
      purpose: "hb-ctb-administration",
      clauseReference: "§1.14; §2.6; §4.2; §4.7",
      source: src("§1.14; §2.6; §4.2; §4.7"),
    },
    {
      code: `${AG}.purpose-reuse`,
      kind: "PURPOSE_REUSE",
      description:
        "Data shared for HB/CTB administration cannot be reused for another purpose unless the law allows it, " +
        "e.g. the customer has given explicit consent and the LA has legal powers for the further use. Users " +
        "declare that accessing or processing the data for any other purpose is a criminal offence.",
      purpose: "hb-ctb-administration",
      factKey: "explicit-consent-and-statutory-power",
      clauseReference: "§4.1; §4.2; Appendix A",
      source: src("§4.1; §4.2; Appendix A"),
    },
    {
      code: `${AG}.uk-only-access`,
      kind: "TERRITORY",
      description:
        "Access to DWP data supplied to LAs only from within the United Kingdom: no solution allowing " +
        "individuals or CSPs access from abroad. A CSP counts as the authority only from a permitted location.",
      permittedTerritories: ["GB"],
      clauseReference: "§1.8; §2.2; §3.3",
      source: src("§1.8; §2.2; §3.3"),
    },
  ],
  retention: [
    {
      recordType: "List of users who received technical and security training, with completion dates",
      disposition: "retained by the LA (no period stated)",
      source: src("§5.3"),
    },
    {
      recordType: "Completed and signed Confidentiality agreements (Appendix A)",
      disposition: "retained by the LA (no period stated)",
      source: src("§5.3; Appendix A"),
    },
    {
      recordType: "Records of CIS users registered on the Government Gateway, with their 12-character identity",
      disposition: "recorded and securely retained until the LA has EAS two-factor authentication",
      source: src("§5.4"),
    },
    {
      recordType: "DWP and HMRC personal data held by the LA",
      disposition:
        "securely deleted from all systems or destroyed as soon as no longer needed for operational purposes; " +
        "no period set (the LA applies the DPA 1998 principles)",
      trigger: "no longer needed for operational purposes",
      source: src("§5.5; §5.6"),
    },
  ],
  operationalRules: [
    rule(
      "countersignatory",
      "ROLE",
      "Countersignatory (Section 151 officer or equivalent)",
      "Countersigns the MoU; responsible for ensuring compliance to safeguard personal customer information, " +
        "and for clear, auditable processes to carry out Management Checks independently.",
      "§1.2; §1.3; §6.3",
    ),
    rule(
      "disciplinary-decision-maker",
      "ROLE",
      "Disciplinary decision maker",
      "A decision maker in the LA (or CSP) follows existing disciplinary processes to decide whether misconduct " +
        "occurred, whether it is serious or gross, and the penalty. Whether there is a case to answer is decided " +
        "with an LA Human Resources manager; the final decision on disciplinary action rests with the LA.",
      "§7.5; Appendix C",
    ),
    rule(
      "access-control-policy",
      "ACCESS_CONTROL",
      "Access control policy",
      "Specifies access rights for users or groups based on the GPMS marking and 'Need to Know'; how often " +
        "access rights are reviewed; removal of access when no longer needed (including job or role changes); " +
        "and when inactive accounts are suspended. Leavers are made aware they must not divulge information.",
      "§5.7; §5.8",
    ),
    rule(
      "segregation-of-duties",
      "SEGREGATION_OF_DUTIES",
      "Segregation of duties",
      "The access control policy applies segregation of duties where needed: some duties must not be done or " +
        "managed by the same employees; no one may verify their own actions where those actions are sensitive " +
        "enough to require verification.",
      "§5.9",
    ),
    rule(
      "eas-authentication",
      "ACCESS_CONTROL",
      "Employee Authentication Service",
      "Users registered through EAS and issued a token and PIN must use them to access CIS and other relevant " +
        "systems once told their enrolment is authorised by the DWP National Registration Authority Hub. " +
        "Anyone working away from the office must use EAS two-factor authentication.",
      "§1.15; §1.16; Appendix B",
    ),
    rule(
      "cis-prohibited-access",
      "ACCESS_CONTROL",
      "Legitimate business reason for every CIS access",
      "Access to any CIS record must be for a legitimate business reason. Users must not access their own " +
        "account, those of friends, acquaintances or relatives (or enquire for colleagues about theirs) without " +
        "a legitimate business reason, or personal data without authorisation; nor share their system, " +
        "Government Gateway, EAS token or other password.",
      "Appendix A; Appendix C",
    ),
    rule(
      "management-checks",
      "MANAGEMENT_CHECK",
      "Management checks",
      "The LA carries out the predetermined level of Management Checks (test checks), as detailed in the LA CIS " +
        "Guide, independently. HDD LASST and HMRC also run risk-based checks that CIS accesses followed guidance.",
      "§6.1–6.3",
    ),
    rule(
      "incident-reporting",
      "INCIDENT_REPORTING",
      "Security incidents and suspected misuse",
      "Report immediately to HDD LASST and investigate internally; give HDD LASST regular progress updates and " +
        "the final outcome. On request HDD LASST provides system audit trails showing a user's full CIS access " +
        "history; DWP may take its own prosecution action in more serious cases.",
      "§7.1; §7.4; §7.9; §7.10",
    ),
    rule(
      "unauthorised-access-starting-point",
      "MISCONDUCT",
      "Unauthorised access: starting point",
      "Deliberately accessing, attempting to access or browsing DWP or HMRC data without a legitimate business " +
        "reason or authorisation is extremely serious; in DWP, where there is a case to answer, the starting " +
        "point is Serious Misconduct even if the information was not misused. Appendix C guides the level and " +
        "penalty.",
      "§7.3; §7.6",
    ),
    rule(
      "cis-suspension",
      "MISCONDUCT",
      "Suspension from CIS",
      "Where unauthorised access is alleged and there is a case to answer, DWP may in addition suspend the " +
        "individual from CIS; DWP has absolute discretion to withdraw CIS access from any user suspected of " +
        "misusing the system.",
      "§7.7; Appendix C",
    ),
    misconduct(
      1,
      "browsing-one-record",
      "Browsing customer data",
      "Accessing or browsing customer data without a legitimate business reason or authorisation: one record, " +
        "no evidence of misuse. No less than serious misconduct; possible outcome a final written warning " +
        "(isolated incidents likely a minimum of a final written warning).",
      "DWP will impose 6–12 months.",
    ),
    misconduct(
      2,
      "browsing-multiple-records",
      "Browsing customer data on more than one occasion",
      "Accessing or browsing multiple customer records (same day or over time) without a legitimate business " +
        "reason or authorisation, no evidence of misuse. No less than gross misconduct; possible outcome " +
        "dismissal.",
      "DWP will generally impose 12–24 months.",
    ),
    misconduct(
      3,
      "own-family-friends-celebrities",
      "Browsing own record or those of family, friends or celebrities",
      "Accessing one's own record or those of family, friends or celebrities without a legitimate business " +
        "reason or authorisation; more than one record makes it more serious. Headed gross misconduct, though " +
        "the table says no less than serious misconduct; possible outcome dismissal, isolated incidents a " +
        "minimum of a final written warning.",
      "DWP will generally impose 12–24 months.",
    ),
    misconduct(
      4,
      "falsify-benefit-claims",
      "Accessing records to falsify benefit claims",
      "A user authorised to access personal data accesses records without a legitimate business reason and " +
        "uses the information (for themselves or a third party) for personal gain or to falsify benefit " +
        "claims. No less than gross misconduct; possible outcome dismissal; fraud investigated and prosecuted.",
      "DWP will generally impose a permanent exclusion.",
    ),
    misconduct(
      5,
      "personal-gain",
      "Browsing information for personal gain",
      "Deliberately accessing CIS records without authorisation or a legitimate business reason to obtain " +
        "sensitive information about an individual's financial position, used for personal gain. No less than " +
        "gross misconduct; possible outcome dismissal.",
      "not stated (the scenario gives no exclusion period).",
    ),
  ],
  documentVersions,
  reviews: [],
};

// ---------------------------------------------------------------------------------------------
// The Data Transport Appliance addendum (§1.6). Its own text is not in the source; the MoU
// records it (version 1.17) and the one signature page covers "use of the Data Transport Appliance".
// ---------------------------------------------------------------------------------------------

const dtaDuty = (code: string, description: string, clause: string): SeedCondition => ({
  code: `${DTA}.${code}`,
  kind: "DUTY",
  description,
  clauseReference: clause,
  source: src(clause),
});

const dtaAddendum: SeedAgreement = {
  code: DTA,
  kind: "ADDENDUM",
  title:
    "Handling and protection of Department for Work and Pensions customer data and use of the Data Transport " +
    "Appliance",
  reference: "v1.23",
  parent: AG,
  ownerTeam: "DWP Housing Delivery Division",
  ownerOrganisation: "dwp",
  status: "EXPIRED",
  effectiveFrom: "2011-06-10",
  effectiveTo: "2012-07-01",
  reviewTerms: "Not stated separately; the MoU it adds to is reviewed at least annually (§1.7).",
  terminationTerms:
    "DWP and HMRC have absolute discretion to withdraw access to any data stream, including LAIDs and LACIs, " +
    "if the LA as a whole is not complying with the MoU's conditions, or for operational reasons.",
  securityTerms: "Documents received via the DTA are DWP data covered by the MoU's handling and protection terms.",
  summary:
    "Addendum to the 2011 MoU covering the Data Transport Appliance: DTA servers located in LAs deliver Local " +
    "Authority Claim Information (LACI) and Local Authority Input Documents (LAID) from DWP. LAs must comply " +
    "with it; the signed MoU accepts compliance with all aspects, including use of the DTA. The addendum's own " +
    "text is not part of the source document.",
  source: src(`§1.4–1.6; ${VERSIONS} (1.17 DTA addendum); ${SIGNED}`),
  annexes: [],
  participants: [
    {
      organisation: "dwp",
      roles: ["PROVIDER"],
      description: "Provides LACI and LAID documents through DTA servers located in LAs.",
      source: src("§1.4; §1.5"),
    },
    ...laParticipants,
  ],
  signatories,
  controllers: [],
  processingConditions: [],
  flows: [
    {
      code: `${DTA}.laid-laci`,
      provider: "dwp",
      effect: "ALLOW",
      purposes: ["hb-ctb-administration"],
      dataItems: ["laid-laci"],
      channels: ["dta"],
      gateways: ["ssaa-1992"],
      description:
        "DTA servers located in LAs provide Local Authority Claim Information documents (LACIs) and Local " +
        "Authority Input Documents (LAIDs), DWP data provided for administering HB/CTB.",
      clauseReference: "§1.4; §1.5; §1.6; §4.1; §4.4",
      source: src("§1.4; §1.5; §1.6; §4.1; §4.4"),
    },
  ],
  conditions: [
    dtaDuty(
      "comply-with-addendum",
      "LAs must comply with the DTA addendum; signing the MoU accepts that the authority will comply with all " +
        "aspects of it, including use of the Data Transport Appliance.",
      `§1.6; ${SIGNED}`,
    ),
    dtaDuty(
      "dta-documents-are-dwp-data",
      "Documents received from DWP via the DTA server are DWP data under the MoU, handled and protected on the " +
        "same terms as data accessed on CIS.",
      "§1.4",
    ),
  ],
  restrictions: [],
  retention: [],
  operationalRules: [],
  documentVersions: [
    {
      label: "1.17",
      issuedOn: "2011-03-14",
      summary: "DTA addendum added (MoU version 1.17)",
      source: src(VERSIONS),
    },
  ],
  reviews: [],
};

export const mou2011: SeedBundle = { gateways, agreements: [mainMou, dtaAddendum] };
