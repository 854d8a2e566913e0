import type { Citation, SeedBundle, SeedOperationalRule, SeedRetentionRule } from "../types.js";

/**
 * The Local Authority CIS Guide, version 3 (file 002): operational rules and retention periods that
 * apply under both DWP–LA MoUs. Defined once and attached to each. Cited by the guide's own numbering.
 */

const src = (clause: string): Citation => ({ document: "cis-guide", clause });

const rule = (
  code: string,
  kind: SeedOperationalRule["kind"],
  title: string,
  description: string,
  clause: string,
): SeedOperationalRule => ({ code: `cis-guide.${code}`, kind, title, description, source: src(clause) });

export const cisOperationalRules: SeedOperationalRule[] = [
  // Roles
  rule(
    "senior-responsible-officer",
    "ROLE",
    "Senior Responsible Officer",
    "The LA's Senior Responsible Officer(s) for the secure handling of DWP information and secure operation " +
      "of CIS access must ensure all relevant LA staff read and follow the guide.",
    "§1.2",
  ),
  rule(
    "manager",
    "ROLE",
    "LA Manager",
    "Ensures staff with CIS access have signed the MoU confidentiality agreement and been trained; access " +
      "is controlled by business requirement; security infrastructure monitors compliance with DWP policy; " +
      "staff are told to change passwords every 30 days; completes LAST 6 with the staff holding CIS roles " +
      "(e.g. Checking Officer, SPO) and on any change. LAs should also set their own security policies " +
      "(documented procedures, security duties in job descriptions, whistle-blowing, clear desk).",
    "§2.1; §2.2",
  ),
  rule(
    "la-staff",
    "ROLE",
    "LA staff (CIS user)",
    "Before access, completes training and reads and signs the MoU confidentiality agreement. Must not let " +
      "unauthorised persons access or see the data, nor access information for non-business purposes; " +
      "accesses only to administer HB/CTB, HB/CTB overpayment recovery or fraud investigation; records " +
      "telephone-call, reception-caller and keying-error accesses on LAST 2. Should log out and switch off " +
      "for long absences.",
    "§2.6",
  ),
  rule(
    "gg-user",
    "ROLE",
    "Government Gateway User",
    "May register and delete other GG Users and GG Assistants. Keeps the LA's Departmental Activation " +
      "Token; keeps a log of their GG Assistants with IDs but not passwords; requests new IDs and passwords " +
      "from the GG helpdesk on assistants' behalf; reminds assistants to change passwords every 30 days; " +
      "liaises with the LA Support Team and distributes GG communications to LA staff.",
    "§3.2; §3.3.1; §3.4",
  ),
  rule(
    "gg-assistant",
    "ROLE",
    "Government Gateway Assistant",
    "Enrolled for one or more services: DWP CIS LA View (view CIS benefit screens), LA Update (update " +
      "HB/CTB interest indicators), LA ETD (ETD reports) or LA SPO (print daily management check reports). " +
      "Must not be given the DAT and must not contact the GG helpdesk directly; tells their GG User when a " +
      "new ID arrives so the assistant log can be updated.",
    "§3.2; §3.3.2; §3.4; §3.4.1",
  ),
  rule(
    "checking-officer",
    "ROLE",
    "Checking Officer",
    "Verifies management checks: that CIS use is for legitimate business purposes, supported by properly " +
      "authenticated documents and within the user's needs, using the user's LAST 1 and supporting papers " +
      "(LAST 2 where appropriate); clears verified checks on the printed Management Check Report. Must not " +
      "check their own test checks.",
    "§2.4; §5.6",
  ),
  rule(
    "secure-print-officer",
    "ROLE",
    "Secure Print Officer (Secure Print Operator)",
    "Must be trained before running reports. Prints the daily Management Check Reports and removes them " +
      "from printers quickly; with the Checking Officer, reconciles the printed schedules against completed " +
      "checks so none are outstanding; keeps the reports locked up; is the LA Support Team's point of " +
      "contact for its 10% check. Holds the SPO service level in isolation.",
    "§2.1; §3.3.2; §5.6; §5.8",
  ),
  rule(
    "la-support-team",
    "ROLE",
    "LA Support Team (DWP)",
    "Supports LAs' use of CIS: monitors and reports CIS faults and incidents, investigates CIS data errors, " +
      "monitors management checks and security incidents, coordinates business continuity, maintains LA " +
      "CIS training and guidance and forwards CIS communications.",
    "§6.1; §6.2",
  ),

  // Segregation of duties
  rule(
    "work-allocation",
    "SEGREGATION_OF_DUTIES",
    "Work allocated to minimise misuse",
    "Managers at all levels organise the allocation of work and responsibilities to minimise opportunities " +
      "to misuse or compromise DWP information.",
    "§2.3",
  ),
  rule(
    "checking-officer-not-own-checks",
    "SEGREGATION_OF_DUTIES",
    "Checking Officer must not check own test checks",
    "Some duties should not be done, or managed, by the same employee: a Checking Officer must not check " +
      "their own test checks.",
    "§2.4",
  ),
  rule(
    "processors-no-secure-print",
    "SEGREGATION_OF_DUTIES",
    "HB/CTB processors must not hold secure print responsibility",
    "LA staff who use CIS to process HB/CTB must not also have secure print responsibility.",
    "§2.4",
  ),
  rule(
    "spo-level-in-isolation",
    "SEGREGATION_OF_DUTIES",
    "SPO service level allocated in isolation",
    "Staff given the DWP CIS LA SPO level (printing daily management check reports) are allocated that " +
      "level in isolation.",
    "§3.3.2",
  ),

  // Access control
  rule(
    "conditions-of-access",
    "ACCESS_CONTROL",
    "Conditions of access to DWP information",
    "Access is given on condition that the LA acts lawfully in using the information, complies with the " +
      "letter and spirit of all relevant enactments, meets common-law duties of confidentiality and carries " +
      "out required checks on all users before Government Gateway registration. Staff who have not " +
      "undergone the basic checks are not given access.",
    "§1.4",
  ),
  rule(
    "training-and-confidentiality",
    "ACCESS_CONTROL",
    "Training and confidentiality agreement before access",
    "Security and technical training is mandatory for all LA staff, and staff must read and sign the MoU " +
      "confidentiality agreement before accessing CIS.",
    "§2.1; §2.6",
  ),
  rule(
    "business-purpose-only",
    "ACCESS_CONTROL",
    "Access only for HB/CTB administration",
    "CIS access is only for administering HB/CTB claims, including investigating overpayments, fraud and " +
      "error as well as entitlement. Users must not access or obtain official information for purposes not " +
      "business related to their job; staff only access the systems they are authorised for.",
    "§2.1; §2.3; §2.4; §2.6",
  ),
  rule(
    "system-access-log",
    "ACCESS_CONTROL",
    "System Access Log (LAST 2)",
    "A LAST 2 is completed for any access without supporting documents, such as a mistake, telephone call " +
      "or reception caller, and retained securely on a weekly basis as it may legitimise the access later.",
    "§2.3; §2.6",
  ),
  rule(
    "revoking-access",
    "ACCESS_CONTROL",
    "Reviewing and revoking access",
    "New duties: review and amend or delete the access level. Employment terminated: revoke access via the " +
      "Government Gateway. Actual or suspected misuse: revoke immediately until the investigation is " +
      "complete, and permanently if misuse is found.",
    "§2.5",
  ),
  rule(
    "password-practices",
    "ACCESS_CONTROL",
    "Prohibited password practices",
    "Staff must not write their password where others can see it, disclose it, let others use their " +
      "Government Gateway ID or password, or access the system on behalf of colleagues except through an " +
      "auditable process for business reasons. Passwords must be changed every 30 days.",
    "§2.7",
  ),
  rule(
    "visiting-officers",
    "ACCESS_CONTROL",
    "No CIS access for visiting officers",
    "Visiting officers have no CIS access. LA staff may look up information for visiting officers employed " +
      "in HB/CTB administration if properly controlled and recorded, with clear auditable processes.",
    "§2.13",
  ),
  rule(
    "departmental-activation-token",
    "ACCESS_CONTROL",
    "Departmental Activation Token kept by GG Users",
    "Each LA's one-time Departmental Activation Token is kept by its GG Users and must not be disclosed to " +
      "GG Assistants.",
    "§3.2",
  ),
  rule(
    "la-update-requires-view",
    "ACCESS_CONTROL",
    "LA Update level only with LA View",
    "The DWP CIS LA Update level cannot be given in isolation: staff must also have DWP CIS LA View.",
    "§3.3.2",
  ),
  rule(
    "helpdesk-via-gg-user",
    "ACCESS_CONTROL",
    "GG helpdesk contacted only by GG Users",
    "The DWP e-services Helpdesk only resets GG passwords and, exceptionally, IDs. GG Users contact it on " +
      "behalf of their assistants, quoting the DAT details; assistants must not contact it themselves.",
    "§3.4",
  ),
  rule(
    "deleting-gg-assistants",
    "ACCESS_CONTROL",
    "Deleting GG Assistants",
    "Delete a GG Assistant only if they leave the LA or no longer need CIS access (otherwise ask the LA " +
      "Support Team). Only the managing GG User can delete them, logging the date and reason.",
    "§3.5",
  ),
  rule(
    "changing-gg-roles",
    "ACCESS_CONTROL",
    "Changing Government Gateway roles",
    "A GG User becoming an Assistant is deleted by another GG User and re-registered; their assistants must " +
      "be relinked. An Assistant becoming a User is deleted (date and reason logged) and registered as a " +
      "User, and must wait for the posted ID before taking on any assistants.",
    "§3.6",
  ),
  rule(
    "system-audit",
    "ACCESS_CONTROL",
    "System audit of access",
    "CIS logs attempts to access screens the user's role does not permit, and audits all successful and " +
      "unsuccessful logons.",
    "§5.1",
  ),

  // Management checks
  rule(
    "system-generated-checks",
    "MANAGEMENT_CHECK",
    "1% system-generated random checks",
    "CIS generates a 1% random management check at its entry points (Trace, Account Summary, Verify and " +
      "Corporate Organisation Details screens), on account access via e-SEF and on trace actions. With all " +
      "logons these form an electronic audit trail.",
    "§5.2",
  ),
  rule(
    "over-82-check",
    "MANAGEMENT_CHECK",
    "Customers over 82",
    "Mandatory: a management check occurs on access to a customer over 82 with no DWP benefit in payment.",
    "§5.2",
  ),
  rule(
    "death-record-check",
    "MANAGEMENT_CHECK",
    "Death records",
    "Mandatory: 1 in 3 accesses to an account with a date of death more than 12 months old generates a " +
      "management check. The Checking Officer considers whether identity checks, corroboration or " +
      "investigation are needed if the enquiry came from someone claiming to be or to represent the deceased.",
    "§5.2; §5.6.1",
  ),
  rule(
    "sensitive-cases",
    "MANAGEMENT_CHECK",
    "Sensitive cases",
    "Mandatory: some customers' records are set up as sensitive cases that only certain authorised users " +
      "can access.",
    "§5.2",
  ),
  rule(
    "check-warning",
    "MANAGEMENT_CHECK",
    "Management check warning",
    'On accessing a checked account the user sees a "Warning test check! Refer papers to the Checking ' +
      'Officer" alert, screens are highlighted pink, and the user must acknowledge before moving on.',
    "§5.3; §5.5",
  ),
  rule(
    "quarterly-validation",
    "MANAGEMENT_CHECK",
    "Quarterly validation review",
    "Managers carry out a quarterly validation review of the 1% of management checks generated in that quarter.",
    "§2.1",
  ),
  rule(
    "manager-random-checks",
    "MANAGEMENT_CHECK",
    "Managers' random checks",
    "Managers carry out random checks of at least 1% of all accesses (a higher level is recommended). The " +
      "LA Support Team provides a schedule listing 10% of all accesses made in each LA; further guidance on " +
      "delivery, frequency and checking is to follow.",
    "§5.4",
  ),
  rule(
    "staff-check-response",
    "MANAGEMENT_CHECK",
    "Responding to a system-generated check",
    "The user completes a LAST 1 and passes it to the Checking Officer with the supporting documents; for " +
      "telephone or reception-caller accesses the supporting document is the LAST 2 entry.",
    "§5.5",
  ),
  rule(
    "checking-officer-verification",
    "MANAGEMENT_CHECK",
    "Checking Officer verification",
    "Aware of risks (personal use, third-party or financial gain, browsing via 'near miss' enquiries), the " +
      "Checking Officer checks LAST 1 against the papers, examines the evidence and records the decision on " +
      "LAST 1. Where LAST 2 is the evidence, checks where the customer lives and that their circumstances " +
      "fit the user's work; for inactive accounts, checks the user had reason to access them.",
    "§5.6; §5.6.1",
  ),
  rule(
    "spo-reconciliation",
    "MANAGEMENT_CHECK",
    "Reconciling Management Check Reports",
    "The SPO, with the Checking Officer, checks the printed daily Management Check Reports against the " +
      "completed checks (LAST 1 and supporting documents) and ensures none are outstanding.",
    "§5.8",
  ),
  rule(
    "la-support-team-10-percent",
    "MANAGEMENT_CHECK",
    "LA Support Team 10% check",
    "The LA Support Team checks 10% of all LA management checks, requesting copies of the completed LAST 1 " +
      "and supporting documents through the SPO.",
    "§5.8",
  ),

  // Incident reporting
  rule(
    "security-incident-reporting",
    "INCIDENT_REPORTING",
    "Reporting security incidents",
    "Every security incident (e.g. disclosure to someone unauthorised, access without a valid business " +
      "reason, password sharing) must be reported. Investigation begins; the manager responsible completes " +
      "a LAST 4 and faxes it to the LA Support Team; paper audit trails are kept of all action, with the " +
      "LA Support Team copied into further documentation and the outcome.",
    "§2.9; §2.10; §2.11",
  ),
  rule(
    "unverified-access",
    "INCIDENT_REPORTING",
    "Access not supported by evidence",
    "Where the Checking Officer cannot verify legitimate business use: record the decision on LAST 1, " +
      "complete a LAST 3 (Inappropriate Access) for the LA Support Team, do not forward papers to the SPO, " +
      "and start an internal investigation. The audit trail goes to the LA Support Team after the " +
      "investigation is cleared, whatever the outcome.",
    "§5.6.2",
  ),
  rule(
    "internal-investigation",
    "INCIDENT_REPORTING",
    "Internal investigation of breaches",
    "LAs investigate all actual and suspected security breaches. The investigator must not discuss the case " +
      "internally except with a senior manager for guidance, nor prejudice it (e.g. interviewing the " +
      "suspect without proper advice); notifies the LA Support Team on LAST 4; and reports showing the " +
      "person was questioned and any recommended action.",
    "§5.7",
  ),
  rule(
    "system-fault-reporting",
    "INCIDENT_REPORTING",
    "CIS system faults",
    "Staff report an access fault to their GG User, who confirms it is a CIS fault rather than local IT and " +
      "faxes a LAST 5a to the LA Support Team, which records and refers it and keeps LAs updated.",
    "§6.4",
  ),
  rule(
    "data-error-reporting",
    "INCIDENT_REPORTING",
    "CIS data queries and errors",
    "Data queries: consult training and guidance, then the website, then the local DWP office under the " +
      "SLA. If DWP confirms CIS shows incorrect data, the LA faxes a LAST 5b to the LA Support Team. Data " +
      "that differs from what the customer provided is notified to the local DWP office.",
    "§6.5; §6.6",
  ),
  rule(
    "business-continuity",
    "INCIDENT_REPORTING",
    "Business continuity",
    "When the Business Continuity Plan is invoked, LAs obtain DWP information clerically from their DWP " +
      "office under their SLA. LAs notify the LA Support Team if their own Business Continuity Plan is " +
      "invoked (LA internal IT or internet failures are not covered by DWP's plan).",
    "§7.1–7.4",
  ),

  // Misconduct
  rule(
    "unauthorised-disclosure-offence",
    "MISCONDUCT",
    "Unauthorised disclosure is a criminal offence",
    "LA staff must be made aware that unauthorised disclosure of DWP information is a criminal offence " +
      "under section 123 of the Social Security Administration Act (the guide says 1991) and can never be " +
      "justified.",
    "§1.4",
  ),
  rule(
    "stringent-action",
    "MISCONDUCT",
    "Stringent action against misuse",
    "LAs must take stringent action against anyone found to have leaked or deliberately disclosed " +
      "information or misused the system in any way (see the MoU for actions); misuse leads to permanent " +
      "revocation of access.",
    "§2.4; §2.5; §5.7",
  ),
];

export const cisRetention: SeedRetentionRule[] = [
  {
    recordType: "Personal data obtained from CIS",
    dataItem: "cis.customer-record",
    periodMonths: 72,
    disposition:
      "no longer than necessary for the purpose(s) gathered; longer only where justified, and never more than 6 years",
    source: src("§2.12"),
  },
  {
    recordType: "Records of security incidents reported centrally (held by DWP Security Group)",
    periodMonths: 60,
    disposition: "5 years, retained securely, then disposed of securely",
    trigger: "date of closure of the investigation",
    source: src("§2.12 item 1"),
  },
  {
    recordType: "Security incident log",
    periodMonths: 14,
    disposition: "14 months, then disposed of securely",
    trigger: "closure of the last entry",
    source: src("§2.12 item 2"),
  },
  {
    recordType: "LAST 4 forms (security incident reports)",
    periodMonths: 14,
    disposition: "14 months, then disposed of securely",
    trigger: "generation of the test check",
    source: src("§2.12 item 3"),
  },
  {
    recordType: "System Access Log records (LAST 2)",
    periodMonths: 14,
    disposition: "14 months, then disposed of securely",
    source: src("§2.12 item 4"),
  },
  {
    recordType: "Management Check Reports",
    periodMonths: 18,
    disposition: "18 months, locked up at all times, then destroyed",
    source: src("§5.8"),
  },
];

export const cisGuide: SeedBundle = {
  attachments: ["dwp-la-mou-2011", "dwp-la-mou-2017"].map((agreement) => ({
    agreement,
    operationalRules: cisOperationalRules,
    retention: cisRetention,
    conditions: [],
  })),
};
