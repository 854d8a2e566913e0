import type {
  Citation,
  SeedAgreement,
  SeedBundle,
  SeedCondition,
  SeedDataItem,
  SeedFlowRule,
  SeedSignatory,
  SignatoryCapacity,
} from "../types.js";

/**
 * The DWP ↔ Local Authorities MoU 2017–2018, version 2.1 (file 001). Main-body paragraphs are cited
 * "§4.3", annex paragraphs "Annex C ¶12", the "Annexes - Introduction" section "Annexes introduction ¶9",
 * Annex F tables by heading, and the signature page "Agreement and signatures".
 */

const DOC = "mou-2017";
const AG = "dwp-la-mou-2017";
const src = (clause: string): Citation => ({ document: DOC, clause });

// ---------------------------------------------------------------------------------------------
// Data items: Annex F in full, beneath the catalogue's top-level categories.
// ---------------------------------------------------------------------------------------------

type Line = [suffix: string, name: string, description?: string];

/** Every Annex F item is Official Sensitive; DWP-originated unless the text says HMRC. */
const item = (
  parent: string,
  [suffix, name, description]: Line,
  channel: string,
  clause: string,
  originatingController = "dwp",
): SeedDataItem => ({
  code: `${parent}.${suffix}`,
  name,
  ...(description ? { description } : {}),
  parent,
  originatingController,
  classification: "OFFICIAL_SENSITIVE",
  channels: [channel],
  source: src(clause),
});

/** A node and its children, all on one channel from one clause. */
const tree = (
  parent: string,
  node: Line,
  children: Line[],
  channel: string,
  clause: string,
  originatingController = "dwp",
): SeedDataItem[] => {
  const head = item(parent, node, channel, clause, originatingController);
  return [head, ...children.map((line) => item(head.code, line, channel, clause, originatingController))];
};

// ATLAS notifications (Annex F ¶4–9), via the DWP Data Hub.
const ATLAS_HMRC = "Annex F ATLAS Notifications › HMRC Data, ¶4";
const ATLAS_DWP = "Annex F ATLAS Notifications › DWP benefit Data, ¶5, ¶7";
const atlasItems: SeedDataItem[] = [
  ...tree(
    "atlas",
    [
      "tax-credit-awards",
      "HMRC tax credit awards",
      "New awards, change of awards and terminations of HMRC New Tax Credits.",
    ],
    [
      ["working-tax-credit", "Working Tax Credit"],
      ["child-tax-credit", "Child Tax Credit"],
    ],
    "data-hub",
    ATLAS_HMRC,
    "hmrc",
  ),
  ...tree(
    "atlas",
    [
      "dwp-benefit-awards",
      "DWP benefit awards",
      "New awards, change of awards and terminations of DWP benefits. Not produced where the change is to a " +
        "passporting benefit, as the customer gets full HB/LCTR and the change would not affect the claim.",
    ],
    [
      ["income-support", "Income Support"],
      ["jobseekers-allowance", "Jobseeker's Allowance (Income & Contribution Based)"],
      ["pension-credit", "Pension Credit (Savings & Guaranteed Credit)"],
      ["employment-and-support-allowance", "Employment and Support Allowance (Income & Contribution based)"],
      ["carers-allowance", "Carer's Allowance"],
      ["attendance-allowance", "Attendance Allowance"],
      ["dla-care", "Disability Living Allowance (Care Component)"],
      ["dla-mobility", "Disability Living Allowance (Mobility Component)"],
      ["state-pension", "State Pension"],
      ["incapacity-benefit", "Incapacity Benefit"],
      ["maternity-allowance", "Maternity Allowance"],
      ["widows-benefit", "Widow's Benefit"],
      ["bereavement-benefit", "Bereavement Benefit"],
      ["personal-independence-payment", "Personal Independence Payment"],
    ],
    "data-hub",
    ATLAS_DWP,
  ),
  ...tree(
    "atlas",
    [
      "legacy-information",
      "Additional legacy-system information",
      "Additional information extracted from legacy systems.",
    ],
    [
      ["non-dependant-details", "Non-dependant details"],
      ["customer-partner", "Customer partner information"],
      ["pension-credit", "Pension Credit data"],
    ],
    "data-hub",
    "Annex F ATLAS Notifications, ¶6",
  ),
  ...[
    ["occupational-pensions", "Occupational pensions"],
    ["other-income", "Other income"],
    ["other-benefits", "Other benefits"],
    ["earnings", "Earnings"],
  ].map((line) =>
    item("atlas.legacy-information.pension-credit", line as Line, "data-hub", "Annex F ATLAS Notifications, ¶6"),
  ),
  ...tree(
    "atlas",
    ["personal-details", "Personal details changes", "New or amended personal details, for DWP benefits only."],
    [
      ["name", "Name"],
      ["address", "Address"],
      ["contact-details", "Contact details"],
      ["date-of-death", "Date of death"],
    ],
    "data-hub",
    "Annex F ATLAS Notifications, ¶8",
  ),
  ...tree(
    "atlas",
    ["benefit-cap", "Benefit cap notifications", "Benefit cap notifications, gathered from a variety of sources."],
    [
      ["personal-details", "Personal details"],
      ["benefit-award", "Benefit award information"],
      ["hb-information", "HB information"],
    ],
    "data-hub",
    "Annex F ATLAS Notifications, ¶9",
  ),
];

// LAID and LACI notifications (Annex F ¶10), via the DWP Data Hub.
const LAID = "Annex F LAID and LACI Data";
const PERSON_LINES: Line[] = [
  [
    "personal-data",
    "Personal data",
    "Can include name, address, date of birth, national insurance number, contact information, preferred " +
      "language, marital status, blind register status, health and disability details.",
  ],
  ["nationality-residency-immigration", "Nationality, residency, immigration and sponsorship details"],
  [
    "current-accommodation",
    "Current accommodation details",
    "Can include information on any custody, residential care, or hospital stays.",
  ],
  [
    "employment",
    "Employment details",
    "Can include information on employer, working pattern, pay, self employment, voluntary/unpaid work, " +
      "special occupations.",
  ],
  ["education-and-training", "Education and training details"],
  ["primary-benefit", "Primary benefit information"],
  ["method-of-payment", "Method of payment details", "Can include bank account and appointee details."],
  ["other-benefits", "Other benefit details"],
  ["care", "Care details"],
  ["other-income", "Other income details"],
  ["capital", "Capital details"],
  [
    "housing",
    "Housing details",
    "Can include information relating to property, rent, landlord/owner information, tenancy agreement.",
  ],
  ["previous-hb", "Previous HB details for customer and partner"],
  ["pensions", "Personal or occupational pension details"],
  ["other-property", "Other property details"],
];
const laidItems: SeedDataItem[] = [
  ...tree(
    "laid-laci",
    ["customer", "Customer details"],
    [
      ...PERSON_LINES,
      ["benefit-verification", "Benefit verification details"],
      ["about-claim", "About claim", "Information about the DWP benefit(s) claimed."],
    ],
    "data-hub",
    `${LAID} › Customer details`,
  ),
  ...tree("laid-laci", ["partner", "Partner details"], PERSON_LINES, "data-hub", `${LAID} › Partner Details`),
  ...tree(
    "laid-laci",
    ["children", "Children details"],
    [
      [
        "personal-data",
        "Personal data",
        "Can include name, date of birth, relationship to customer and partner, blind register status.",
      ],
      ["boarding-school", "Boarding school details"],
      ["child-benefit", "Child Benefit details"],
      ["childcare", "Childcare details"],
      ["other-benefits", "Other benefit details"],
    ],
    "data-hub",
    `${LAID} › Children Details`,
  ),
  ...tree(
    "laid-laci",
    ["other-people", "Other people in the household"],
    [
      [
        "personal-data",
        "Personal data",
        "Can include name, date of birth, relationship to customer and partner, health and disability details.",
      ],
      [
        "current-accommodation",
        "Current accommodation details",
        "Can include information on any custody, or hospital stays, rent information.",
      ],
      [
        "employment",
        "Employment details",
        "Can include whether other people in the household work 16 or more hours a week, and gross pay.",
      ],
      [
        "benefit-information",
        "Benefit information",
        "Whether other people in the household receive Income Support, Jobseeker's Allowance (Income Based), " +
          "Pension Credit or Employment and Support Allowance (Income Related).",
      ],
      [
        "other-income",
        "Other income details",
        "Whether other people in the household have any other money coming in, how much and what it is for.",
      ],
    ],
    "data-hub",
    `${LAID} › Other people in the household`,
  ),
];

// CIS screens (Annex F table), by direct CIS access.
const CIS = "Annex F Access to Customer Information System (CIS)";
const cisItems: SeedDataItem[] = [
  ...(
    [
      ["name-history", "Name history", "Current and previous known names."],
      ["address-history", "Address history", "Current and previous known addresses."],
      ["contact-details", "Contact details", "Current contact details."],
      [
        "relationship-history",
        "Relationship history",
        "Current and historical relationship details, including payee information.",
      ],
      ["award-details", "Award details", "Full details of a specific benefit award, plus historical information."],
      [
        "assessed-income-figure",
        "Breakdown of Assessed Income Figure",
        "Detailed breakdown of a customer's Assessed Income Figure; only if the customer has (Savings Only) " +
          "Pension Credit.",
      ],
      ["corporate-organisation", "Corporate organisation", "Corporate Organisation details, where applicable."],
      [
        "la-data",
        "LA data",
        "Information about the customer, partner and associated non-dependants: data items associated with HB.",
      ],
      ["notes-history", "Notes history", "Notes made by DWP on the various legacy systems."],
    ] as Line[]
  ).map((line) => ({ ...item("cis.customer-record", line, "cis", CIS), code: `cis.${line[0]}` })),
  ...(
    [
      ["part-time-work", "Part time work"],
      ["gross-capital", "Gross capital"],
      ["recovery", "Recovery"],
      ["non-dependants", "Non dependants"],
      ["disregards", "Disregards"],
    ] as Line[]
  ).map((line) => item("cis.la-data", line, "cis", `${CIS} › LA Data`)),
];

// Universal Credit data (Annex F table), via the Data Hub; UC321 and UC395 forms by secure email.
const UC_CLAIM = "Annex F Universal Credit Data › Claim data set";
const UC_PAY = "Annex F Universal Credit Data › Payment data set";
const ucItems: SeedDataItem[] = [
  ...(
    [
      ["persons-details", "Persons details"],
      ["other-income", "Other income"],
      ["other-benefits", "Other benefits"],
      ["dependants", "Dependants"],
      ["non-dependants", "Non-dependants"],
      ["childcare-provision", "Childcare provision"],
      ["property", "Property"],
      ["household-address", "Household address"],
      ["termination", "Termination"],
    ] as Line[]
  ).map((line) => item("uc.claim-data", [line[0], line[1], "UC claim details."], "data-hub", UC_CLAIM)),
  item(
    "uc.claim-data",
    [
      "specified-accommodation-uc321",
      "Specified Accommodation Data Share form (UC321)",
      "Sent when a UC claimant who has changed address is in specified accommodation: claimant, partner, " +
        "children, other people in the household, property and housing details including landlord and rent " +
        "liability. The LA completes part B and returns it by secure email.",
    ],
    "secure-email",
    "Annex A ¶15",
  ),
  item(
    "uc.claim-data",
    [
      "dhp-proforma-uc395",
      "Discretionary Housing Payment proforma (UC395)",
      "Sent in reply to the LA's DHP Request for Information (UC306) when a UC claimant requests a DHP: " +
        "claimant, partner, children, property, housing details including landlord and rent liability, " +
        "income, other benefits, savings and capital.",
    ],
    "secure-email",
    "Annex E ¶9",
  ),
  ...tree(
    "uc.payment-data",
    ["payment-calculation", "UC payment calculation"],
    [
      ["maximum-award", "UC maximum award"],
      ["unearned-income-and-benefits", "Unearned income and benefits"],
      ["net-earnings-after-disregard-and-taper", "Net earnings deducted after disregard and taper"],
      ["deductions", "Deductions"],
      ["monthly-payment", "Monthly UC payment"],
    ],
    "data-hub",
    UC_PAY,
  ),
  ...tree(
    "uc.payment-data",
    ["payment-information", "UC payment information"],
    [["earned-income", "Earned income"]],
    "data-hub",
    UC_PAY,
  ),
  ...(
    [
      ["ni-amount", "NI amount"],
      ["net-pay-amount", "Net pay amount"],
      ["tax-amount", "Tax amount"],
      ["pension-contributed-under-net-pay", "Pension contributed under net pay amount"],
      ["pension-not-contributed-under-net-pay", "Pension not contributed under net pay amount"],
    ] as Line[]
  ).map((line) => item("uc.payment-data.payment-information.earned-income", line, "data-hub", UC_PAY)),
];

// RTI (Annex F table): HMRC PAYE data, through DWP's RTI service.
const rtiItems: SeedDataItem[] = (
  [
    ["name", "Name", "First, second and surname."],
    ["date-of-birth", "Date of birth"],
    ["gender", "Gender", "Male or female."],
    [
      "employer-or-pension-provider",
      "Employer/pension provider",
      "Indicates whether the organisation is an employer or a pension provider.",
    ],
    ["payment-details", "Payment details", "Full details of a specific payment, plus historical information."],
    [
      "payment-breakdown",
      "Breakdown of payment figure",
      "Date paid, tax year, frequency, period, gross, net, payment subject to tax, deductions from net pay, " +
        "deductions from gross pay, benefits in kind and type of payment.",
    ],
    ["tax-ni-breakdown", "Breakdown of Tax/NI paid", "Viewed through a hyperlink on fields highlighted in blue."],
    ["year-to-date-figure", "Year to date figure", "Shown when the in-year figure and the year-to-date figure differ."],
  ] as Line[]
).map((line) => item("rti.paye-data", line, "rti", "Annex F RTI", "hmrc"));

const dataItems: SeedDataItem[] = [...atlasItems, ...laidItems, ...cisItems, ...ucItems, ...rtiItems];

// ---------------------------------------------------------------------------------------------
// Flow rules. Provider DWP; recipient omitted = every signatory LA of the annex.
// ---------------------------------------------------------------------------------------------

/** The DWP-originated ATLAS notifications (HMRC tax credit awards travel under their own gateway). */
const ATLAS_DWP_ITEMS = [
  "atlas.dwp-benefit-awards",
  "atlas.legacy-information",
  "atlas.personal-details",
  "atlas.benefit-cap",
];
const TAX_CREDITS = ["hmrc.tax-credits", "atlas.tax-credit-awards"];
const RTI = "rti.paye-data";
const CIS_RECORD = "cis.customer-record";

const GW_A = ["ssaa-1992-s122c"];
const GW_B = ["wra-2012-s131-1", "ssiswsr-2012-reg-12"];
const GW_C = ["wra-2012-s131-1", "ssiswsr-2012-reg-5-1-a-iii"];
const GW_D = ["wra-2012-s131-1", "ssiswsr-2012-reg-5-1-ci"];
const GW_E = ["wra-2012-s131-1", "ssiswsr-2012-reg-5-1-b"];

const allow = (
  annex: string,
  name: string,
  purpose: string,
  items: string[],
  channels: string[],
  gateways: string[],
  description: string,
  clause: string,
  conditions?: string[],
): SeedFlowRule => ({
  code: `${AG}.${annex.toLowerCase()}.${name}`,
  annex,
  provider: "dwp",
  effect: "ALLOW",
  purposes: [purpose],
  dataItems: items,
  channels,
  gateways,
  description,
  ...(conditions ? { conditions } : {}),
  clauseReference: clause,
  source: src(clause),
});

const deny = (
  scope: string,
  name: string,
  purpose: string,
  items: string[],
  description: string,
  clause: string,
): SeedFlowRule => ({
  code: `${AG}.${scope === "intro" ? "intro" : scope.toLowerCase()}.${name}`,
  ...(scope === "intro" ? {} : { annex: scope }),
  provider: "dwp",
  effect: "DENY",
  purposes: [purpose],
  dataItems: items,
  channels: [],
  gateways: [],
  description,
  clauseReference: clause,
  source: src(clause),
});

const RTI_SAME_FORM = `${AG}.b.rti-claim-on-same-form-as-hb`;

const flows: SeedFlowRule[] = [
  // Annex A – Housing Benefit
  allow(
    "A",
    "cis",
    "hb-administration",
    [CIS_RECORD],
    ["cis"],
    GW_A,
    "Authorised LA users may access DWP's CIS to administer HB.",
    "Annex A ¶4, ¶17",
  ),
  allow(
    "A",
    "laid-laci",
    "hb-administration",
    ["laid-laci"],
    ["data-hub"],
    GW_A,
    "When a customer claiming IS, JSA, ESA or PC says they wish to claim HB, DWP sends LAID and LACI documents " +
      "with the primary benefit claim and HB-relevant information.",
    "Annex A ¶4, ¶11–13",
  ),
  allow(
    "A",
    "atlas",
    "hb-administration",
    ATLAS_DWP_ITEMS,
    ["data-hub"],
    GW_A,
    "When a customer's award or circumstances change, DWP sends relevant data extracted from CIS as ATLAS files.",
    "Annex A ¶4, ¶14",
  ),
  allow(
    "A",
    "uc321",
    "hb-administration",
    ["uc.claim-data.specified-accommodation-uc321"],
    ["secure-email"],
    GW_A,
    "When a UC claimant changes address and is in specified accommodation, DWP sends the UC321 form by secure email.",
    "Annex A ¶4, ¶15",
  ),
  allow(
    "A",
    "rti-hb",
    "hb-administration",
    [RTI],
    ["rti"],
    ["wra-2012-s127"],
    "HMRC PAYE RTI data, through DWP's RTI service, to check HB claims for undeclared or under-declared " +
      "earnings or non-state pension.",
    "Annex A ¶5, ¶18",
  ),
  allow(
    "A",
    "tax-credits",
    "hb-administration",
    TAX_CREDITS,
    ["cis", "data-hub"],
    ["tca-2002-sch5-para7"],
    "HMRC tax credit data, supplied with DWP acting as HMRC's data processor, for use in administering HB.",
    "§4.9; Annexes introduction ¶16; Annex F ¶4",
  ),

  // Annex B – Local Council Tax Reduction
  allow(
    "B",
    "cis",
    "lctr-administration",
    [CIS_RECORD],
    ["cis"],
    GW_B,
    "Authorised LA users may access DWP's CIS to administer LCTR.",
    "Annex B ¶3, ¶19",
  ),
  allow(
    "B",
    "laid-laci",
    "lctr-administration",
    ["laid-laci"],
    ["data-hub"],
    GW_B,
    "DWP sends LAID and LACI data for customers already receiving LCTR, or who say they intend to apply for it.",
    "Annex B ¶3, ¶10–11",
  ),
  allow(
    "B",
    "atlas",
    "lctr-administration",
    ATLAS_DWP_ITEMS,
    ["data-hub"],
    GW_B,
    "When a customer's benefit award or circumstances change, DWP sends relevant CIS data as ATLAS files.",
    "Annex B ¶3, ¶12",
  ),
  allow(
    "B",
    "uc-data-share",
    "lctr-administration",
    ["uc.claim-data", "uc.payment-data"],
    ["data-hub"],
    GW_B,
    "UC claim and payment data (including changes and terminations) for UC claimants liable for council tax " +
      "who claim or intend to claim LCTR, made available to download from the DWP Data Hub.",
    "Annex B ¶3, ¶13–14",
  ),
  allow(
    "B",
    "rti-lctr",
    "lctr-administration",
    [RTI],
    ["rti"],
    GW_B,
    "RTI access for council tax reduction, only when the claim is received on the same form as the HB claim.",
    "Annex B ¶20; Annexes introduction ¶12",
    [RTI_SAME_FORM],
  ),
  allow(
    "B",
    "tax-credits",
    "lctr-administration",
    TAX_CREDITS,
    ["cis", "data-hub"],
    ["tca-2002-sch5-para7"],
    "HMRC tax credit data, supplied with DWP acting as HMRC's data processor, for use in administering LCTR.",
    "§4.9; Annexes introduction ¶16; Annex F ¶4",
  ),

  // Annex C – Local Welfare Provision
  allow(
    "C",
    "cis",
    "lwp-administration",
    [CIS_RECORD],
    ["cis"],
    GW_C,
    "LAs may access DWP's CIS to administer LWP (including the Scottish Welfare Fund and the Welsh DAF), " +
      "obtaining only sufficient data.",
    "Annex C ¶2–3, ¶9–10",
  ),
  deny("C", "no-rti", "lwp-administration", [RTI], "RTI must not be used for LWP administration.", "Annex C ¶12"),

  // Annex D – Adult Social Care Financial Assessments
  allow(
    "D",
    "cis",
    "ascfa",
    [CIS_RECORD],
    ["cis"],
    GW_D,
    "LAs may access DWP's CIS to administer adult social care financial assessments, obtaining only sufficient data.",
    "Annex D ¶2–3, ¶8–9",
  ),
  deny("D", "no-rti", "ascfa", [RTI], "RTI must not be used for ASCFA.", "Annex D ¶11"),

  // Annex E – Discretionary Housing Payment
  allow(
    "E",
    "cis",
    "dhp-administration",
    [CIS_RECORD],
    ["cis"],
    GW_E,
    "LAs may access DWP's CIS to administer DHP, obtaining only sufficient data.",
    "Annex E ¶2–3, ¶6–7",
  ),
  allow(
    "E",
    "uc395",
    "dhp-administration",
    ["uc.claim-data.dhp-proforma-uc395"],
    ["secure-email"],
    GW_E,
    "When a UC claimant requests a DHP, the LA sends a UC306 request and DWP replies with the UC395 proforma, " +
      "both by secure email.",
    "Annex E ¶2–3, ¶9",
  ),
  deny("E", "no-rti", "dhp-administration", [RTI], "RTI must not be used for DHP.", "Annex E ¶10"),

  // Agreement-level prohibitions
  deny(
    "intro",
    "no-cis-troubled-families",
    "troubled-families",
    [CIS_RECORD],
    "Direct CIS access is not permitted to support the administration of Troubled Families.",
    "Annexes introduction ¶9",
  ),
  deny(
    "intro",
    "no-rti-council-tax-debt",
    "council-tax-debt-recovery",
    [RTI],
    "RTI access is not permitted for the recovery of council tax debt.",
    "Annexes introduction ¶12",
  ),
];

// ---------------------------------------------------------------------------------------------
// Conditions
// ---------------------------------------------------------------------------------------------

const duty = (code: string, description: string, clause: string, annex?: string): SeedCondition => ({
  code: `${AG}.${code}`,
  ...(annex ? { annex } : {}),
  kind: "DUTY",
  description,
  clauseReference: clause,
  source: src(clause),
});

const SUFFICIENT_CIS = "Users must only obtain and process sufficient CIS data for that specified and lawful purpose.";

const conditions: SeedCondition[] = [
  {
    code: RTI_SAME_FORM,
    annex: "B",
    kind: "PRECONDITION",
    description:
      "RTI may be used for council tax reduction only when the claim is received on the same form as the HB claim.",
    factKey: "claim-on-same-form-as-hb",
    clauseReference: "Annex B ¶20; Annexes introduction ¶12",
    source: src("Annex B ¶20; Annexes introduction ¶12"),
  },
  duty("c.sufficient-cis-data", `LWP administration: ${SUFFICIENT_CIS}`, "Annex C ¶10", "C"),
  duty("d.sufficient-cis-data", `ASCFA administration: ${SUFFICIENT_CIS}`, "Annex D ¶9", "D"),
  duty("e.sufficient-cis-data", `DHP administration: ${SUFFICIENT_CIS}`, "Annex E ¶7", "E"),
  duty(
    "psn-coco-certificate",
    "Access uses government-approved ICT infrastructure, and the LA holds a valid PSN Code of Connection " +
      "compliance certificate or Cloud-based email assessment pass; it notifies DWP HDD LASST when the " +
      "certificate expires or it becomes non-compliant, with its plan to regain compliance.",
    "§3.3–3.6",
  ),
  duty(
    "bpss-checks",
    "Pre-employment checks (identity, unspent convictions, right to work) to the Baseline Personnel Security " +
      "Standard, including agency and CSP staff, confirmed before access to DWP/HMRC data is granted; newly " +
      "assigned and future staff needing access are BPSS-verified.",
    "§3.15–3.19",
  ),
  duty(
    "cis-training-and-confidentiality",
    "Before access to DWP information, users complete data protection training and the CIS training pack, " +
      "then complete and electronically sign the Confidentiality Agreement.",
    "§5.4–5.5",
  ),
  duty(
    "rti-training-and-security-agreement",
    "Before access to RTI, users complete data protection training and the RTI Learning and Development; " +
      "when accessing RTI each user electronically signs the Security Agreement.",
    "§5.12–5.13",
  ),
  duty(
    "management-checks",
    "The LA carries out the predetermined level of management checks on CIS access; the Section 151 / " +
      "Section 95 (or equivalent) officer ensures clear, auditable processes to carry them out independently.",
    "§5.6–5.9",
  ),
  duty(
    "notify-security-incidents",
    "The LA has procedures to notify DWP HDD LASST immediately of any actual or suspected security incident " +
      "involving DWP/HMRC data, suspected misuse of that data, or LA/CSP IT network incident putting it at risk.",
    "§6.1",
  ),
  duty(
    "access-control-policy",
    "The LA maintains a robust access control policy for all DWP and HMRC information held: access rights, " +
      "review frequency, removal of access, suspension of inactive accounts and leavers' obligations.",
    "§3.20",
  ),
  duty(
    "remote-working-policy",
    "Home and remote working only on solutions meeting HMG IA and PSN or Cloud-based email standards, under " +
      "a formal remote working policy with additional security training.",
    "§3.21–3.22",
  ),
  duty("notify-changes", "Any change within the LA that may affect the MoU is notified to DWP immediately.", "§1.8"),
  duty(
    "consult-dwp-before-ico",
    "An organisation considering notifying the ICO of a breach involving DWP-originated data consults DWP first.",
    "§6.9",
  ),
];

// ---------------------------------------------------------------------------------------------
// Restrictions
// ---------------------------------------------------------------------------------------------

/** EEA states in 2017 (EU 28, including the UK, plus Iceland, Liechtenstein and Norway). */
const EEA_2017 = [
  "AT",
  "BE",
  "BG",
  "HR",
  "CY",
  "CZ",
  "DK",
  "EE",
  "FI",
  "FR",
  "DE",
  "GR",
  "HU",
  "IE",
  "IT",
  "LV",
  "LT",
  "LU",
  "MT",
  "NL",
  "PL",
  "PT",
  "RO",
  "SK",
  "SI",
  "ES",
  "SE",
  "GB",
  "IS",
  "LI",
  "NO",
];

const restrictions: SeedAgreement["restrictions"] = [
  {
    code: `${AG}.hmrc-onward-disclosure`,
    kind: "ONWARD_DISCLOSURE",
    description:
      "LAs will not onwardly disclose any HMRC data without specific approval from HMRC; onward disclosure only " +
      "when required or permitted by law, or with the data subjects' informed consent, and only with HMRC's " +
      "explicit approval.",
    originatingController: "hmrc",
    approvalBy: "hmrc",
    factKey: "hmrc-approval-for-onward-disclosure",
    clauseReference: "§4.3",
    source: src("§4.3"),
  },
  {
    code: `${AG}.purpose-reuse`,
    kind: "PURPOSE_REUSE",
    description:
      "Data supplied for one purpose may not be reused for another unless the law allows it: the customer has " +
      "given explicit consent and the LA has statutory powers for the further use.",
    factKey: "explicit-consent-and-statutory-power",
    clauseReference: "§4.2, §4.10; Annexes introduction ¶18; Annex B ¶8; Annex C ¶7–8",
    source: src("§4.2, §4.10; Annexes introduction ¶18; Annex B ¶8; Annex C ¶7–8"),
  },
  {
    code: `${AG}.b.hmrc-lctr-cross-nation`,
    annex: "B",
    kind: "CROSS_NATION",
    description:
      "HMRC data provided by DWP for LCTR to an English, Welsh or Scottish LA (or an NI department) must not be " +
      "shared with a local authority in another nation; each LA must seek the data direct from DWP instead.",
    originatingController: "hmrc",
    purpose: "lctr-administration",
    clauseReference: "Annex B ¶16–18",
    source: src("Annex B ¶16–18"),
  },
  {
    code: `${AG}.uk-access-only`,
    kind: "TERRITORY",
    description:
      "Access to DWP data made available to LAs only from within the United Kingdom; no solution allowing " +
      "individuals or CSPs access from outside England, Wales, Scotland or Northern Ireland.",
    permittedTerritories: ["GB"],
    clauseReference: "§3.23",
    source: src("§3.23"),
  },
  {
    code: `${AG}.eea-processing-only`,
    kind: "TERRITORY",
    description:
      "DWP data should not be processed outside the EEA; LAs currently off-shoring DWP data must report it " +
      "immediately.",
    permittedTerritories: EEA_2017,
    clauseReference: "§3.24",
    source: src("§3.24"),
  },
];

// ---------------------------------------------------------------------------------------------
// Annexes, participants and (sample) signatories
// ---------------------------------------------------------------------------------------------

const ANNEXES: { label: string; title: string; summary: string; clause: string }[] = [
  {
    label: "A",
    title: "Housing Benefit",
    summary:
      "HB administration under SSAA 1992 s122C: CIS access, LAID/LACI and ATLAS files, UC321 specified " +
      "accommodation forms; HMRC PAYE RTI under WRA 2012 s127 to check for undeclared earnings or pensions.",
    clause: "Annex A ¶1–5",
  },
  {
    label: "B",
    title: "Local Council Tax Reduction",
    summary:
      "LCTR administration under WRA 2012 s131(1) and reg 12: CIS access, LAID/LACI, ATLAS and the UC data " +
      "share; RTI only where the claim is on the HB claim form; HMRC data not to be shared across nations.",
    clause: "Annex B ¶1–3",
  },
  {
    label: "C",
    title: "Local Welfare Provision",
    summary:
      "LWP (including the Scottish Welfare Fund and Welsh DAF) under WRA 2012 s131(1) and reg 5(1)(a)(iii): " +
      "restricted CIS access only; RTI must not be used.",
    clause: "Annex C ¶1–3",
  },
  {
    label: "D",
    title: "Adult Social Care Financial Assessments",
    summary:
      "Financial assessments for domiciliary and residential care under WRA 2012 s131(1) and reg 5(1)(ci): " +
      "restricted CIS access only; RTI must not be used.",
    clause: "Annex D ¶1–3",
  },
  {
    label: "E",
    title: "Discretionary Housing Payment",
    summary:
      "DHP administration under WRA 2012 s131(1) and reg 5(1)(b): restricted CIS access and UC306/UC395 forms " +
      "by secure email; RTI must not be used.",
    clause: "Annex E ¶1–3",
  },
];

const SERVICE = Object.fromEntries(ANNEXES.map((a) => [a.label, a.title]));

const SIGNING_COUNCILS: {
  organisation: string;
  nation: string;
  countersigner: SignatoryCapacity;
  officer: string;
  annexes: string[];
}[] = [
  {
    organisation: "la-england-sample",
    nation: "England",
    countersigner: "SECTION_151_OFFICER",
    officer: "Section 151 Officer",
    annexes: ["A", "B", "C", "D", "E"],
  },
  {
    organisation: "la-wales-sample",
    nation: "Wales",
    countersigner: "SECTION_151_OFFICER",
    officer: "Section 151 Officer",
    annexes: ["A", "B", "C", "D", "E"],
  },
  {
    organisation: "la-scotland-sample",
    nation: "Scotland",
    countersigner: "SECTION_95_OFFICER",
    officer: "Section 95 Officer",
    annexes: ["A", "B"],
  },
];

const SAMPLE_SIGNATURE: Citation = { document: "registry-sample", clause: "sample signature" };

const signatories: SeedSignatory[] = SIGNING_COUNCILS.flatMap((council) =>
  council.annexes.flatMap((annex): SeedSignatory[] => [
    {
      organisation: council.organisation,
      annex,
      name: `Sample Operational Manager (${council.nation})`,
      capacity: "OPERATIONAL_MANAGER",
      position: `Operational manager for ${SERVICE[annex]} (sample)`,
      signedOn: "2017-08-01",
      sample: true,
      source: SAMPLE_SIGNATURE,
    },
    {
      organisation: council.organisation,
      annex,
      name: `Sample ${council.officer} (${council.nation})`,
      capacity: council.countersigner,
      position: `${council.officer}, countersigning (sample)`,
      signedOn: "2017-08-01",
      sample: true,
      source: SAMPLE_SIGNATURE,
    },
  ]),
);

// ---------------------------------------------------------------------------------------------
// The agreement
// ---------------------------------------------------------------------------------------------

const mou: SeedAgreement = {
  code: AG,
  kind: "MOU",
  title:
    "Memorandum of Understanding between the Department for Work and Pensions and Local Authorities 2017–2018: " +
    "Access, handling, exchange and protection of Department for Work and Pensions' and Her Majesty's Revenue " +
    "and Customs' data",
  reference: "v2.1",
  ownerTeam: "DWP Housing Delivery Division",
  ownerOrganisation: "dwp",
  status: "EXPIRED",
  // The document gives no start date: the title page's "Version 2.1, July 2017" is used.
  effectiveFrom: "2017-07-01",
  effectiveTo: "2018-03-31",
  reviewTerms:
    "No review cadence is stated. DWP reserves the right to review the MoU to ensure its factual accuracy and " +
    "to assure the LA's continued commitment to data security, and may request a statement or evidence of " +
    "robust information governance (§1.8; Agreement and signatures). Changes within the LA that may affect the " +
    "MoU must be notified to DWP immediately (§1.8). DWP may seek confirmation of continued compliance and runs " +
    "a validation exercise through the year; in 2017/2018 LASST also uses telephone calls and written " +
    "questionnaires (§1.10–1.11).",
  terminationTerms:
    "No notice period is stated; the MoU remains in place until 31 March 2018 (Agreement and signatures). DWP " +
    "may revoke the MoU if the LA breaches its obligations (§1.9), or opts out of approved ICT infrastructure " +
    "or is non-compliant with the mandatory standards, e.g. has no valid PSN CoCo certificate (§3.5). Failing " +
    "to notify DWP of security incidents could result in the MoU being rescinded for that LA (§6.2). HMRC " +
    "will immediately suspend access to its data if an LA fails to meet security requirements (§4.3). DWP " +
    "and HMRC reserve the right to withdraw access to data on any data stream, e.g. where an LA as a whole is " +
    "not complying, or for operational reasons (§6.16); DWP may exclude an individual found to have a case " +
    "to answer for unauthorised access or misuse (§6.15).",
  securityTerms:
    "Access only over government-approved ICT infrastructure (PSN, or email services complying with Government " +
    "email policy) with a valid PSN CoCo certificate or Cloud-based email assessment pass (§1.5, §3.3–3.11); " +
    "information protected in line with the Government Security Classifications scheme (§3.13); BPSS vetting, " +
    "including agency and CSP staff (§3.15–3.19); a robust access control policy (§3.20); remote working only " +
    "on compliant solutions under a formal policy (§3.21–3.22); access only from within the UK and no " +
    "processing outside the EEA (§3.23–3.24). HMRC data must meet the security requirements of both DWP and " +
    "HMRC (Annexes introduction ¶6). The LA must notify DWP HDD LASST immediately of any actual or suspected " +
    "security incident (§6.1) and consult DWP before notifying the ICO of a breach involving DWP data (§6.9).",
  // 2017 §1.12–1.14 and Annex ¶20: signed per annex.
  signingTerms:
    "Signed for each local authority, per annex, by the operational manager responsible for each service the annexes cover, and countersigned by the Section 151 Officer (England and Wales), the Section 95 Officer (Scotland) or the officer accountable for the proper administration of financial affairs (Northern Ireland and County Councils) (2017 §1.12–1.14).",
  onwardDisclosureTerms:
    "LAs will not onwardly disclose any HMRC data without specific approval from HMRC; onward disclosure or " +
    "sharing only when required or permitted by law, or with the data subjects' informed consent, and only " +
    "with HMRC's explicit approval (§4.3). HMRC information is not disclosed without lawful authority (CRCA " +
    "2005 s18, §4.8). Unauthorised disclosure of social security information about an individual is a " +
    "criminal offence; LAs must not share or reuse social security data as they would other data unless the " +
    "MoU permits it (§4.4–4.5). HMRC LCTR data is not shared with an LA in another nation (Annex B ¶16).",
  summary:
    "Not legally binding (§1.2). Sets the framework under which local authorities access, exchange and protect " +
    "DWP and HMRC data: CIS access; LAID/LACI, ATLAS and the LCTR UC data share over the DWP Data Hub; UC forms " +
    "by secure email; and HMRC RTI through DWP's RTI service. Annexes A–E, signed separately, each give the " +
    "legal gateway, purpose and data for HB, LCTR, LWP, ASCFA and DHP; Annex F describes the data. RTI is " +
    "only for HB (and LCTR claimed on the HB form). Approved by the Head of HDD on behalf of DWP and by the " +
    "Local Authority Associations (§1.7; Agreement and signatures).",
  source: src("Title page (Version 2.1, July 2017); Agreement and signatures (in place until 31st March 2018)"),
  annexes: ANNEXES.map(({ label, title, summary, clause }) => ({
    label,
    title,
    summary,
    signedSeparately: true,
    source: src(`${clause}; Agreement and signatures`),
  })),
  participants: [
    {
      organisation: "dwp",
      roles: ["PROVIDER", "PROCESSOR"],
      description:
        "Housing Delivery Division shares DWP data with LAs, and works in partnership as a data processor with " +
        "HMRC to give LAs direct access to tax credit data.",
      source: src("§1.1; Annexes introduction ¶16"),
    },
    {
      organisation: "hmrc",
      roles: ["PROVIDER"],
      description: "Originator of tax credit and RTI PAYE data; approves any onward disclosure of its data.",
      source: src("§4.3, §4.9"),
    },
    ...["la-england-sample", "la-wales-sample", "la-scotland-sample"].map((organisation) => ({
      organisation,
      roles: ["RECIPIENT" as const],
      description: "Sample signatory council: receives DWP and HMRC data under the annexes it has signed.",
      source: { document: "registry-sample", clause: "sample signatory council" },
    })),
  ],
  signatories,
  controllers: ["la-england-sample", "la-wales-sample", "la-scotland-sample"].map((organisation) => ({
    organisation,
    phase: "AFTER_RECEIPT" as const,
    role: "SOLE_CONTROLLER" as const,
    description:
      "Data Controller under the DPA 1998 for the data it holds, keeping its statutory obligations; responsible " +
      "for the quality and accuracy of the personal information it obtains, uses and shares.",
    source: src("§1.3; §5.10"),
  })),
  processingConditions: [],
  flows,
  conditions,
  restrictions,
  retention: [],
  operationalRules: [],
  documentVersions: [
    { label: "2.1", issuedOn: "2017-07-01", summary: "Version 2.1, July 2017", source: src("Title page") },
  ],
  reviews: [],
};

export const mou2017: SeedBundle = { dataItems, agreements: [mou] };
