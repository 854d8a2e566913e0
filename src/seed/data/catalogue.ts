import type { SeedBundle } from "../types.js";

/**
 * The shared catalogue: source documents, parties, channels, purposes, legal gateways and the
 * top-level data categories that several agreements use. Codes here are the stable codes in
 * DOMAIN.md; agreement files add finer items beneath them.
 */
export const catalogue: SeedBundle = {
  sourceDocuments: [
    {
      code: "mou-2011",
      title:
        "Memorandum of Understanding between the Department for Work and Pensions and Local Authorities 2011–2012: Handling and protection of DWP customer data",
      versionLabel: "1.23",
      issuedOn: "2011-06-10",
      file: "000_895c0a79aa2d62c1.txt",
      summary: "DWP Housing Delivery Division ↔ local authorities, HB/CTB administration, in force until 1 July 2012.",
    },
    {
      code: "mou-2017",
      title:
        "Memorandum of Understanding between the Department for Work and Pensions and Local Authorities 2017–2018: Access, handling, exchange and protection of DWP and HMRC data",
      versionLabel: "2.1",
      issuedOn: "2017-07-01",
      file: "001_eedeeae7731ea35d.txt",
      summary:
        "DWP HDD ↔ local authorities with Annexes A–E (one per purpose) and Annex F (data), in force until 31 March 2018.",
    },
    {
      code: "cis-guide",
      title: "Local Authority Customer Information System (CIS) Guide",
      versionLabel: "3",
      file: "002_ec17c7da88fb7065.txt",
      summary: "Operational rules under the DWP–LA MoUs: roles, segregation of duties, management checks, retention.",
    },
    {
      code: "jcp-security-guide",
      title: "Jobcentre managers' guide, Chapter 14 – Security",
      file: "003_5c78b97ef64aeed1.txt",
      summary: "The controls culture: audit trails, access reviews, mandatory checks.",
    },
    {
      code: "pmou-euss-2019",
      title: "Process level Memorandum of Understanding (PMoU) between the Home Office and DWP: EU Settlement Scheme",
      file: "004_a2177d2787e84e6b.txt",
      summary:
        "Home Office ↔ DWP, API data share for EU Settlement Scheme residency assessment, runs until April 2026.",
    },
    {
      code: "registry-sample",
      title: "Registry sample data",
      file: "(none: made up for this registry)",
      summary:
        "Sample councils and their signatures, invented to exercise the rules. Not a real party or a real signature.",
    },
  ],

  organisations: [
    {
      code: "dwp",
      name: "Department for Work and Pensions",
      kind: "CENTRAL_DEPARTMENT",
      source: { document: "mou-2017", clause: "§1.1" },
    },
    {
      code: "hmrc",
      name: "Her Majesty's Revenue and Customs",
      kind: "NON_MINISTERIAL_DEPARTMENT",
      source: { document: "mou-2017", clause: "§4.3, §4.8–4.9" },
    },
    {
      code: "home-office",
      name: "Home Office (Border, Immigration and Passport functions)",
      kind: "CENTRAL_DEPARTMENT",
      source: { document: "pmou-euss-2019", clause: "Introduction and Participants, 1 and footnote 1" },
    },
    {
      code: "la-england-sample",
      name: "Sample English Council (sample data)",
      kind: "LOCAL_AUTHORITY",
      nation: "ENGLAND",
      sample: true,
      source: { document: "registry-sample", clause: "sample council, England" },
    },
    {
      code: "la-wales-sample",
      name: "Sample Welsh Council (sample data)",
      kind: "LOCAL_AUTHORITY",
      nation: "WALES",
      sample: true,
      source: { document: "registry-sample", clause: "sample council, Wales" },
    },
    {
      code: "la-scotland-sample",
      name: "Sample Scottish Council (sample data)",
      kind: "LOCAL_AUTHORITY",
      nation: "SCOTLAND",
      sample: true,
      source: { document: "registry-sample", clause: "sample council, Scotland" },
    },
  ],

  channels: [
    {
      code: "cis",
      name: "Customer Information System access",
      description: "Direct desktop access by authorised LA users to DWP's Customer Information System.",
      source: { document: "mou-2017", clause: "§5.1, §5.3" },
    },
    {
      code: "rti",
      name: "DWP Real Time Information service",
      description: "Access to HMRC PAYE Real Time Information through DWP's RTI service.",
      source: { document: "mou-2017", clause: "§5.1, §5.11" },
    },
    {
      code: "data-hub",
      name: "DWP Data Hub",
      description: "Bulk file transfer platform: LAID, LACI, ATLAS and the LCTR UC data share.",
      source: { document: "mou-2017", clause: "§5.2; Annexes introduction ¶8" },
    },
    {
      code: "secure-email",
      name: "Secure email",
      description: "Government-compliant secure email, e.g. UC321, UC306 and UC395 forms.",
      source: { document: "mou-2017", clause: "Annex A ¶15; Annex E ¶9" },
    },
    {
      code: "api",
      name: "Application programming interface",
      description: "Real-time software-to-software interface between departments.",
      source: { document: "pmou-euss-2019", clause: "Purpose and benefits of the data sharing" },
    },
    {
      code: "dta",
      name: "Data Transport Appliance",
      description: "DTA server located in the LA, delivering LACI and LAID documents.",
      source: { document: "mou-2011", clause: "§1.4–1.6" },
    },
  ],

  purposes: [
    {
      code: "hb-administration",
      name: "Housing Benefit administration",
      description:
        "Any contact with customers about an HB claim or award, appeals, recovery of overpayments and investigation of suspected HB fraud.",
      source: { document: "mou-2017", clause: "Annex A ¶2" },
    },
    {
      code: "hb-claims",
      name: "HB claims and awards",
      description: "Contact with customers relating to an HB claim or award, or potential claim or award.",
      parent: "hb-administration",
      source: { document: "mou-2017", clause: "Annex A ¶2" },
    },
    {
      code: "hb-appeals",
      name: "HB appeals",
      description: "The handling of HB appeals.",
      parent: "hb-administration",
      source: { document: "mou-2017", clause: "Annex A ¶2" },
    },
    {
      code: "hb-overpayment-recovery",
      name: "HB overpayment recovery",
      description: "The recovery of HB overpayments.",
      parent: "hb-administration",
      source: { document: "mou-2017", clause: "Annex A ¶2" },
    },
    {
      code: "hb-fraud-investigation",
      name: "HB fraud investigation",
      description: "Investigation of suspected HB fraud, including fraud relating to DWP benefits.",
      parent: "hb-administration",
      source: { document: "mou-2017", clause: "Annex A ¶2, ¶8" },
    },
    {
      code: "hb-ctb-administration",
      name: "Housing Benefit and Council Tax Benefit administration",
      description: "Administration of HB and CTB under the 2011 MoU.",
      source: { document: "mou-2011", clause: "§1.1; §2 HB/CTB administration" },
    },
    {
      code: "lctr-administration",
      name: "Local Council Tax Reduction administration",
      description:
        "Contact with customers about an LCTR claim or award, appeals, recovery of LCTR payment errors and investigation of suspected LCTR fraud.",
      source: { document: "mou-2017", clause: "Annex B ¶2" },
    },
    {
      code: "lwp-administration",
      name: "Local Welfare Provision administration",
      description:
        "Determining eligibility for LWP (including the Scottish Welfare Fund and the Welsh Discretionary Assistance Fund) and LWP offences.",
      source: { document: "mou-2017", clause: "Annex C ¶1, ¶4–5" },
    },
    {
      code: "ascfa",
      name: "Adult Social Care Financial Assessments",
      description: "Working out whether, and how much, a person must contribute towards the cost of their care.",
      source: { document: "mou-2017", clause: "Annex D ¶4–7" },
    },
    {
      code: "dhp-administration",
      name: "Discretionary Housing Payment administration",
      description: "Administration of discretionary housing payments, including a means test.",
      source: { document: "mou-2017", clause: "Annex E ¶1, ¶4" },
    },
    {
      code: "council-tax-debt-recovery",
      name: "Council tax debt recovery",
      description: "Recovery of council tax debt.",
      source: { document: "mou-2017", clause: "Annexes introduction ¶12" },
    },
    {
      code: "troubled-families",
      name: "Troubled Families programme",
      description: "Administration of the Troubled Families programme.",
      source: { document: "mou-2017", clause: "Annexes introduction ¶9; §5.2" },
    },
    {
      code: "euss-residency-assessment",
      name: "EU Settlement Scheme residency assessment",
      description: "Checking an applicant's UK activity to support the EU Settlement Scheme residency assessment.",
      source: { document: "pmou-euss-2019", clause: "Purpose and benefits of the data sharing" },
    },
  ],

  gateways: [
    {
      code: "ssaa-1992-s122c",
      kind: "PRIMARY_LEGISLATION",
      instrument: "Social Security Administration Act 1992",
      provision: "s122C",
      citation: "Social Security Administration Act 1992, section 122C",
      summary:
        "Allows DWP to share information relating to social security, child support or war pensions with an authority administering housing benefit, for use in its administration.",
      url: "https://www.legislation.gov.uk/ukpga/1992/5/section/122C",
      source: { document: "mou-2017", clause: "Annex A ¶4" },
    },
    {
      code: "wra-2012-s127",
      kind: "PRIMARY_LEGISLATION",
      instrument: "Welfare Reform Act 2012",
      provision: "s127",
      citation: "Welfare Reform Act 2012, section 127",
      summary:
        "Allows HMRC PAYE data to be provided for checking HB claims for undeclared or under-declared earnings or non-state pension.",
      url: "https://www.legislation.gov.uk/ukpga/2012/5/section/127",
      source: { document: "mou-2017", clause: "Annex A ¶5" },
    },
    {
      code: "wra-2012-s131-1",
      kind: "PRIMARY_LEGISLATION",
      instrument: "Welfare Reform Act 2012",
      provision: "s131(1)",
      citation: "Welfare Reform Act 2012, section 131(1)",
      summary:
        "Allows DWP to share relevant information (relating to welfare services or a relevant social security benefit) with a qualifying person, for purposes prescribed by regulations.",
      url: "https://www.legislation.gov.uk/ukpga/2012/5/section/131",
      source: { document: "mou-2017", clause: "Annex B ¶3; Annexes C–E; footnotes 3–6" },
    },
    {
      code: "ssiswsr-2012-reg-12",
      kind: "SECONDARY_LEGISLATION",
      instrument: "Social Security (Information-sharing in relation to Welfare Services etc.) Regulations 2012",
      provision: "reg 12",
      citation:
        "Social Security (Information-sharing in relation to Welfare Services etc.) Regulations 2012 (SI 2012/1483), regulation 12",
      summary: "Prescribes the sharing of information for local council tax reduction schemes.",
      companions: ["wra-2012-s131-1"],
      url: "https://www.legislation.gov.uk/uksi/2012/1483/regulation/12",
      source: { document: "mou-2017", clause: "Annex B ¶3" },
    },
    {
      code: "ssiswsr-2012-reg-14-e",
      kind: "SECONDARY_LEGISLATION",
      instrument: "Social Security (Information-sharing in relation to Welfare Services etc.) Regulations 2012",
      provision: "reg 14(e)",
      citation:
        "Social Security (Information-sharing in relation to Welfare Services etc.) Regulations 2012 (SI 2012/1483), regulation 14(e)",
      summary: "Permits data supplied for LCTR purposes to be used for other purposes only where legislation permits.",
      companions: ["wra-2012-s131-1"],
      url: "https://www.legislation.gov.uk/uksi/2012/1483/regulation/14",
      source: { document: "mou-2017", clause: "Annex B ¶3" },
    },
    {
      code: "ssiswsr-2012-reg-5-1-a-iii",
      kind: "SECONDARY_LEGISLATION",
      instrument: "Social Security (Information-sharing in relation to Welfare Services etc.) Regulations 2012",
      provision: "reg 5(1)(a)(iii)",
      citation:
        "Social Security (Information-sharing in relation to Welfare Services etc.) Regulations 2012 (SI 2012/1483), regulation 5(1)(a)(iii)",
      summary: "Prescribes the sharing of information for local welfare provision.",
      companions: ["wra-2012-s131-1"],
      url: "https://www.legislation.gov.uk/uksi/2012/1483/regulation/5",
      source: { document: "mou-2017", clause: "Annex C ¶3" },
    },
    {
      code: "ssiswsr-2012-reg-5-1-ci",
      kind: "SECONDARY_LEGISLATION",
      instrument: "Social Security (Information-sharing in relation to Welfare Services etc.) Regulations 2012",
      provision: "reg 5(1)(ci)",
      citation:
        "Social Security (Information-sharing in relation to Welfare Services etc.) Regulations 2012 (SI 2012/1483), regulation 5(1)(ci)",
      summary: "Prescribes the sharing of information for adult social care financial assessments.",
      companions: ["wra-2012-s131-1"],
      url: "https://www.legislation.gov.uk/uksi/2012/1483/regulation/5",
      source: { document: "mou-2017", clause: "Annex D ¶3" },
    },
    {
      code: "ssiswsr-2012-reg-5-1-b",
      kind: "SECONDARY_LEGISLATION",
      instrument: "Social Security (Information-sharing in relation to Welfare Services etc.) Regulations 2012",
      provision: "reg 5(1)(b)",
      citation:
        "Social Security (Information-sharing in relation to Welfare Services etc.) Regulations 2012 (SI 2012/1483), regulation 5(1)(b)",
      summary: "Prescribes the sharing of information for discretionary housing payments.",
      companions: ["wra-2012-s131-1"],
      url: "https://www.legislation.gov.uk/uksi/2012/1483/regulation/5",
      source: { document: "mou-2017", clause: "Annex E ¶3" },
    },
    {
      code: "tca-2002-sch5-para7",
      kind: "PRIMARY_LEGISLATION",
      instrument: "Tax Credits Act 2002",
      provision: "Sch 5 para 7",
      citation: "Tax Credits Act 2002, Schedule 5, paragraph 7",
      summary:
        "Allows HMRC to supply information held for tax credits, child benefit or guardian's allowance to an authority administering HB or LCTR, for use in its administration.",
      url: "https://www.legislation.gov.uk/ukpga/2002/21/schedule/5",
      source: { document: "mou-2017", clause: "§4.9" },
    },
    {
      code: "iaa-1999-s20",
      kind: "PRIMARY_LEGISLATION",
      instrument: "Immigration and Asylum Act 1999",
      provision: "s20 (as amended by Immigration Act 2016 s55)",
      citation:
        "Immigration and Asylum Act 1999, section 20, as amended by section 55 of the Immigration Act 2016, for purposes (a) and (dd)",
      summary:
        "Allows DWP to supply information to the Home Office for the administration of immigration control or anything done in connection with a function under the Immigration Acts.",
      url: "https://www.legislation.gov.uk/ukpga/1999/33/section/20",
      source: { document: "pmou-euss-2019", clause: "Legal bases to share data › DWP to Home Office" },
    },
    {
      code: "crown-common-law-powers",
      kind: "COMMON_LAW",
      instrument: "Common law",
      provision: "",
      citation: "Crown common-law powers of a Crown department (Home Office immigration functions)",
      summary:
        "As a Crown Department, the Home Office relies on common-law powers to share personal information with DWP to exercise its immigration functions.",
      source: { document: "pmou-euss-2019", clause: "Legal bases to share data › Home Office to DWP" },
    },
  ],

  dataItems: [
    {
      code: "rti.paye-data",
      name: "RTI PAYE data",
      description: "HMRC Pay As You Earn Real Time Information: earnings and pension payments.",
      originatingController: "hmrc",
      classification: "OFFICIAL_SENSITIVE",
      channels: ["rti"],
      source: { document: "mou-2017", clause: "Annex A ¶3; Annex F RTI" },
    },
    {
      code: "cis.customer-record",
      name: "CIS customer record",
      description: "Customer data viewable on DWP's Customer Information System.",
      originatingController: "dwp",
      classification: "OFFICIAL_SENSITIVE",
      channels: ["cis"],
      source: { document: "mou-2017", clause: "Annex F Access to Customer Information System (CIS)" },
    },
    {
      code: "hmrc.tax-credits",
      name: "HMRC tax credit data",
      description: "Working Tax Credit and Child Tax Credit award data held by HMRC.",
      originatingController: "hmrc",
      classification: "OFFICIAL_SENSITIVE",
      channels: ["cis", "data-hub"],
      source: { document: "mou-2017", clause: "§4.9; Annex F ¶4" },
    },
    {
      code: "laid-laci",
      name: "LAID and LACI notifications",
      description: "Local Authority Input Documents and Local Authority Claim Information documents.",
      originatingController: "dwp",
      classification: "OFFICIAL_SENSITIVE",
      channels: ["data-hub", "dta"],
      source: { document: "mou-2017", clause: "Annex F ¶10" },
    },
    {
      code: "atlas",
      name: "ATLAS notifications",
      description: "Automated Transfer to Local Authority Systems: new awards, changes and terminations.",
      originatingController: "dwp",
      classification: "OFFICIAL_SENSITIVE",
      channels: ["data-hub"],
      source: { document: "mou-2017", clause: "Annex F ¶4–9" },
    },
    {
      code: "uc.claim-data",
      name: "Universal Credit claim data set",
      description: "Universal Credit claim data shared for LCTR, and via secure email forms.",
      originatingController: "dwp",
      classification: "OFFICIAL_SENSITIVE",
      channels: ["data-hub", "secure-email"],
      source: { document: "mou-2017", clause: "Annex F Universal Credit Data" },
    },
    {
      code: "uc.payment-data",
      name: "Universal Credit payment data set",
      description: "Universal Credit payment calculation and payment information.",
      originatingController: "dwp",
      classification: "OFFICIAL_SENSITIVE",
      channels: ["data-hub"],
      source: { document: "mou-2017", clause: "Annex F Universal Credit Data" },
    },
    {
      code: "euss.applicant-identity",
      name: "EUSS applicant identity",
      description: "Identity details an EU Settlement Scheme applicant enters, sent to DWP for matching.",
      originatingController: "home-office",
      classification: "OFFICIAL_SENSITIVE",
      channels: ["api"],
      source: { document: "pmou-euss-2019", clause: "Data to be supplied to DWP via the API" },
    },
    {
      code: "dwp.benefit-history",
      name: "DWP benefit history",
      description: "Benefit records returned for a matched applicant, per benefit type in scope.",
      originatingController: "dwp",
      classification: "OFFICIAL_SENSITIVE",
      channels: ["api"],
      source: { document: "pmou-euss-2019", clause: "Data to be supplied by DWP via the API" },
    },
  ],
};
