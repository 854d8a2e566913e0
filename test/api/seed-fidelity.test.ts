import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { seedDatabase } from "../../src/seed/load.js";
import {
  AgreementByCodeDocument,
  type AgreementByCodeQuery,
  FidelityAllFlowsDocument,
  FidelityDataItemTreeDocument,
  type FidelityDataItemTreeQuery,
  FidelityParticipationsDocument,
  type FidelityParticipationsQuery,
  GatewayByCodeDocument,
} from "../generated/graphql.js";
import { startTestRegistry, type TestRegistry } from "../support/registry.js";

/**
 * The seeded registry holds the source agreements faithfully: every expectation below is read off
 * the source documents in /work/shared/seeds (000 = 2011 MoU, 001 = 2017 MoU, 002 = CIS Guide,
 * 004 = PMoU), asked for through GraphQL over HTTP.
 */

let api: TestRegistry;
beforeAll(async () => {
  api = await startTestRegistry();
});
afterAll(() => api?.stop());

type Agreement = NonNullable<AgreementByCodeQuery["agreement"]>;
type DataItem = NonNullable<FidelityDataItemTreeQuery["dataItem"]>;
type Organisation = NonNullable<FidelityParticipationsQuery["organisation"]>;

async function agreement(code: string): Promise<Agreement> {
  const { data, errors } = await api.query(AgreementByCodeDocument, { code });
  expect(errors).toBeUndefined();
  expect(data?.agreement?.code).toBe(code);
  return data?.agreement as Agreement;
}

async function dataItem(code: string): Promise<DataItem> {
  const { data, errors } = await api.query(FidelityDataItemTreeDocument, { code });
  expect(errors).toBeUndefined();
  expect(data?.dataItem?.code).toBe(code);
  return data?.dataItem as DataItem;
}

async function organisation(code: string): Promise<Organisation> {
  const { data, errors } = await api.query(FidelityParticipationsDocument, { code });
  expect(errors).toBeUndefined();
  expect(data?.organisation?.code).toBe(code);
  return data?.organisation as Organisation;
}

const codes = (list: { code: string }[]) => list.map((x) => x.code).sort();
const child = (item: { children: DataItem["children"] }, code: string) => {
  const found = item.children.find((c) => c.code === code);
  expect(found, `child ${code}`).toBeDefined();
  return found as DataItem["children"][number];
};

describe("2017 MoU: five separately signed annexes, each with its legal gateway", () => {
  const S131 = "wra-2012-s131-1";
  /** The gateways each annex names under "Legal Gateway" (2017 Annex A ¶4, B ¶3, C ¶2–3, D ¶2–3, E ¶2–3). */
  const ANNEX_GATEWAYS: Record<string, string[]> = {
    A: ["ssaa-1992-s122c"],
    B: [S131, "ssiswsr-2012-reg-12"],
    C: [S131, "ssiswsr-2012-reg-5-1-a-iii"],
    D: [S131, "ssiswsr-2012-reg-5-1-ci"],
    E: [S131, "ssiswsr-2012-reg-5-1-b"],
  };
  /** HMRC tax credit data travels under Tax Credits Act 2002 Sch 5 ¶7 (2017 §4.9), not the annex gateway. */
  const TAX_CREDIT_GATEWAY = ["tca-2002-sch5-para7"];
  const TAX_CREDIT_ITEMS = new Set(["hmrc.tax-credits", "atlas.tax-credit-awards"]);

  it("has exactly annexes A–E, all signed separately", async () => {
    const mou = await agreement("dwp-la-mou-2017");
    expect(mou.annexes.map((a) => a.label)).toEqual(["A", "B", "C", "D", "E"]);
    expect(mou.annexes.every((a) => a.signedSeparately)).toBe(true);
    expect(mou.annexes.map((a) => a.title)).toEqual([
      "Housing Benefit",
      "Local Council Tax Reduction",
      "Local Welfare Provision",
      "Adult Social Care Financial Assessments",
      "Discretionary Housing Payment",
    ]);
  });

  it("cites each annex's own gateways on its ALLOW flows, s127 on the HB RTI rule", async () => {
    const mou = await agreement("dwp-la-mou-2017");
    for (const annex of mou.annexes) {
      const allows = annex.flows.filter((f) => f.effect === "ALLOW");
      expect(allows.length, `annex ${annex.label} ALLOW flows`).toBeGreaterThan(0);
      const own = ANNEX_GATEWAYS[annex.label];
      // The annex's CIS access rule rests on exactly the annex's gateways.
      const cis = allows.find((f) => f.code === `dwp-la-mou-2017.${annex.label.toLowerCase()}.cis`);
      expect(cis && codes(cis.gateways), `annex ${annex.label} CIS gateways`).toEqual([...own].sort());
      for (const flow of allows) {
        const gateways = codes(flow.gateways);
        const items = flow.dataItems.map((i) => i.code);
        if (items.every((i) => TAX_CREDIT_ITEMS.has(i))) expect(gateways, flow.code).toEqual(TAX_CREDIT_GATEWAY);
        else if (annex.label === "A" && items.includes("rti.paye-data"))
          expect(gateways, flow.code).toEqual(["wra-2012-s127"]);
        else expect(gateways, flow.code).toEqual([...own].sort());
      }
    }
    const annexA = mou.annexes.find((a) => a.label === "A");
    const rti = annexA?.flows.find((f) => f.dataItems.some((i) => i.code === "rti.paye-data"));
    expect(rti?.code).toBe("dwp-la-mou-2017.a.rti-hb");
    expect(rti?.gateways.map((g) => g.citation)).toEqual(["Welfare Reform Act 2012, section 127"]);
    // The regulations are read with s131(1).
    const annexB = mou.annexes.find((a) => a.label === "B");
    const reg12 = annexB?.flows.flatMap((f) => f.gateways).find((g) => g.code === "ssiswsr-2012-reg-12");
    expect(reg12?.companions.map((c) => c.code)).toEqual([S131]);
  });

  it("gives every ALLOW rule in every agreement a gateway and every rule a clause", async () => {
    const { data, errors } = await api.query(FidelityAllFlowsDocument, {});
    expect(errors).toBeUndefined();
    const agreements = data?.agreements.nodes ?? [];
    expect(agreements).toHaveLength(data?.agreements.totalCount ?? -1);
    expect(codes(agreements)).toEqual(
      ["dwp-la-mou-2011", "dwp-la-mou-2011-dta-addendum", "dwp-la-mou-2017", "ho-dwp-pmou-euss-2019"].sort(),
    );
    const flows = agreements.flatMap((a) => a.flows.map((f) => ({ ...f, agreement: a.code })));
    expect(flows.length).toBeGreaterThan(20);
    for (const flow of flows) {
      expect(flow.clauseReference.trim(), `${flow.code} clause`).not.toBe("");
      expect(flow.purposes.length, `${flow.code} purposes`).toBeGreaterThan(0);
      expect(flow.dataItems.length, `${flow.code} data items`).toBeGreaterThan(0);
      if (flow.effect === "ALLOW") expect(flow.gateways.length, `${flow.code} gateways`).toBeGreaterThan(0);
      else expect(flow.gateways, `${flow.code}: a DENY cites no gateway`).toEqual([]);
    }
    // Every agreement has at least one ALLOW rule.
    for (const a of agreements)
      expect(
        a.flows.some((f) => f.effect === "ALLOW"),
        a.code,
      ).toBe(true);
  });
});

describe("2017 MoU prohibitions", () => {
  const denies = async () => (await agreement("dwp-la-mou-2017")).flows.filter((f) => f.effect === "DENY");

  it("forbids RTI for LWP, ASCFA and DHP, citing the annex paragraphs", async () => {
    const rules = await denies();
    const rtiDeny = (purpose: string) =>
      rules.filter(
        (f) => f.purposes.some((p) => p.code === purpose) && f.dataItems.some((i) => i.code === "rti.paye-data"),
      );
    for (const [purpose, clause] of [
      ["lwp-administration", "Annex C ¶12"],
      ["ascfa", "Annex D ¶11"],
      ["dhp-administration", "Annex E ¶10"],
    ]) {
      const found = rtiDeny(purpose);
      expect(found, purpose).toHaveLength(1);
      expect(found[0].clauseReference).toContain(clause);
      expect(found[0].provider.code).toBe("dwp");
      // A prohibition covers every channel and carries no gateway.
      expect(found[0].channels).toEqual([]);
      expect(found[0].gateways).toEqual([]);
    }
  });

  it("forbids RTI for council tax debt recovery and CIS for Troubled Families (annexes introduction ¶12, ¶9)", async () => {
    const rules = await denies();
    const debt = rules.find((f) => f.purposes.some((p) => p.code === "council-tax-debt-recovery"));
    expect(debt?.dataItems.map((i) => i.code)).toEqual(["rti.paye-data"]);
    expect(debt?.clauseReference).toContain("¶12");
    const families = rules.find((f) => f.purposes.some((p) => p.code === "troubled-families"));
    expect(families?.dataItems.map((i) => i.code)).toEqual(["cis.customer-record"]);
    expect(families?.clauseReference).toContain("¶9");
    expect(rules).toHaveLength(5);
  });

  it("allows RTI for LCTR only on the precondition that the claim is on the HB form (Annex B ¶20)", async () => {
    const mou = await agreement("dwp-la-mou-2017");
    const rti = mou.flows.find((f) => f.code === "dwp-la-mou-2017.b.rti-lctr");
    expect(rti?.effect).toBe("ALLOW");
    expect(rti?.conditions).toEqual([
      expect.objectContaining({ kind: "PRECONDITION", factKey: "claim-on-same-form-as-hb" }),
    ]);
  });
});

describe("Annex F data items under their channels", () => {
  it("holds the CIS screens beneath cis.customer-record, over CIS", async () => {
    const cis = await dataItem("cis.customer-record");
    expect(codes(cis.channels)).toEqual(["cis"]);
    const names = cis.children.map((c) => c.name);
    expect(names).toEqual(expect.arrayContaining(["Name history", "Address history", "Award details"]));
    expect(cis.children.length).toBeGreaterThanOrEqual(9);
    for (const c of cis.children) {
      expect(codes(c.channels), c.code).toContain("cis");
      expect(c.originatingController.code, c.code).toBe("dwp");
    }
    expect(child(cis, "cis.la-data").children.map((c) => c.name)).toEqual(
      expect.arrayContaining(["Part time work", "Gross capital", "Recovery", "Non dependants", "Disregards"]),
    );
  });

  it("holds the RTI PAYE fields, over RTI and originating with HMRC", async () => {
    const rti = await dataItem("rti.paye-data");
    expect(rti.originatingController.code).toBe("hmrc");
    expect(rti.children.length).toBeGreaterThanOrEqual(8);
    expect(rti.children.map((c) => c.name)).toEqual(
      expect.arrayContaining(["Name", "Date of birth", "Payment details", "Year to date figure"]),
    );
    for (const c of rti.children) {
      expect(codes(c.channels), c.code).toEqual(["rti"]);
      expect(c.originatingController.code, c.code).toBe("hmrc");
    }
  });

  it("holds ATLAS notifications over the Data Hub; HMRC tax credit awards originate with HMRC", async () => {
    const atlas = await dataItem("atlas");
    expect(atlas.children.length).toBeGreaterThanOrEqual(5);
    const pensionCredit = await dataItem("atlas.legacy-information.pension-credit");
    const everyItem = [...atlas.children, ...atlas.children.flatMap((c) => c.children), ...pensionCredit.children];
    expect(everyItem.length).toBeGreaterThan(30);
    for (const i of everyItem) expect(codes(i.channels), i.code).toEqual(["data-hub"]);
    const taxCredits = child(atlas, "atlas.tax-credit-awards");
    expect(taxCredits.originatingController.code).toBe("hmrc");
    expect(taxCredits.children.map((c) => c.name)).toEqual(["Working Tax Credit", "Child Tax Credit"].sort());
    expect(child(atlas, "atlas.dwp-benefit-awards").originatingController.code).toBe("dwp");
    expect(child(atlas, "atlas.dwp-benefit-awards").children).toHaveLength(14);
  });

  it("holds the UC claim and payment data sets with their items", async () => {
    const claim = await dataItem("uc.claim-data");
    expect(claim.children.length).toBeGreaterThanOrEqual(9);
    const uc321 = child(claim, "uc.claim-data.specified-accommodation-uc321");
    expect(codes(uc321.channels)).toEqual(["secure-email"]);
    const payment = await dataItem("uc.payment-data");
    expect(payment.children.length).toBeGreaterThan(0);
    expect(child(payment, "uc.payment-data.payment-calculation").children.length).toBeGreaterThan(0);
  });

  it("nests items at least two levels deep (laid-laci → customer → personal data)", async () => {
    const laid = await dataItem("laid-laci");
    expect(codes(laid.channels)).toEqual(["data-hub", "dta"]);
    const customer = child(laid, "laid-laci.customer");
    const personal = customer.children.find((c) => c.code === "laid-laci.customer.personal-data");
    expect(personal?.name).toBe("Personal data");
    const leaf = await dataItem("laid-laci.customer.personal-data");
    expect(leaf.parent?.code).toBe("laid-laci.customer");
    // Three levels: atlas → legacy information → Pension Credit data → occupational pensions.
    const atlas = await dataItem("atlas");
    const pensionCredit = child(atlas, "atlas.legacy-information").children.find(
      (c) => c.code === "atlas.legacy-information.pension-credit",
    );
    expect(pensionCredit?.children.map((c) => c.name)).toEqual(
      expect.arrayContaining(["Occupational pensions", "Earnings"]),
    );
  });
});

describe("PMoU ho-dwp-pmou-euss-2019", () => {
  it("shares both ways: identity to DWP on Crown powers, benefit history back under IAA 1999 s20", async () => {
    const pmou = await agreement("ho-dwp-pmou-euss-2019");
    expect(pmou.kind).toBe("PMOU");
    const toDwp = pmou.flows.find((f) => f.provider.code === "home-office" && f.recipient?.code === "dwp");
    expect(toDwp).toMatchObject({
      effect: "ALLOW",
      dataItems: [{ code: "euss.applicant-identity" }],
      channels: [{ code: "api" }],
      gateways: [{ code: "crown-common-law-powers" }],
      purposes: [{ code: "euss-residency-assessment" }],
    });
    const toHo = pmou.flows.find((f) => f.provider.code === "dwp" && f.recipient?.code === "home-office");
    expect(toHo).toMatchObject({
      effect: "ALLOW",
      dataItems: [{ code: "dwp.benefit-history" }],
      channels: [{ code: "api" }],
      gateways: [{ code: "iaa-1999-s20" }],
    });
    expect(toHo?.gateways[0].citation).toContain("Immigration Act 2016");
    expect(pmou.flows).toHaveLength(2);
    const gateway = await api.query(GatewayByCodeDocument, { code: "iaa-1999-s20" });
    expect(gateway.data?.legalGateway?.citation).toMatch(/Immigration and Asylum Act 1999, section 20.*section 55/);
  });

  it("names the applicant identity items and the benefit history items", async () => {
    const identity = await dataItem("euss.applicant-identity");
    expect(identity.originatingController.code).toBe("home-office");
    expect(codes(identity.children)).toEqual(
      ["forename", "surname", "nino", "date-of-birth", "other-names"].map((s) => `euss.applicant-identity.${s}`).sort(),
    );
    expect(identity.children.map((c) => c.name)).toEqual(
      expect.arrayContaining(["Forename", "Surname", "Date of birth", expect.stringMatching(/NINo/)]),
    );
    const history = await dataItem("dwp.benefit-history");
    expect(history.originatingController.code).toBe("dwp");
    expect(codes(history.children)).toEqual(
      ["correlation-id", "start-date", "end-date", "benefit-type", "date-of-death", "gone-abroad-flag"]
        .map((s) => `dwp.benefit-history.${s}`)
        .sort(),
    );
    for (const c of [...identity.children, ...history.children]) expect(codes(c.channels), c.code).toEqual(["api"]);
  });

  it("lists the 13 benefit types in scope", async () => {
    const types = await dataItem("dwp.benefit-history.benefit-type");
    expect(types.children.map((c) => c.name).sort()).toEqual(
      [
        "State Pension and New State Pension",
        "Housing Benefit",
        "Jobseekers",
        "Employment Support Allowance",
        "Carers Allowance",
        "Universal Credit",
        "Personal Independent Payment",
        "Disability Living Allowance",
        "Income Support",
        "Maternity Allowance",
        "Incapacity Benefit",
        "Attendance Allowance",
        "Severe Disablement Allowance",
      ].sort(),
    );
  });

  it("records GDPR Art 6(1)(e) and the controller roles per phase for both parties", async () => {
    const pmou = await agreement("ho-dwp-pmou-euss-2019");
    const conditions = pmou.processingConditions.map((p) => [
      p.participant.organisation.code,
      p.article,
      p.appliesFrom,
    ]);
    expect(conditions.sort()).toEqual([
      ["dwp", "GDPR Article 6(1)(e)", "2018-05-25"],
      ["home-office", "GDPR Article 6(1)(e)", "2018-05-25"],
    ]);
    const roles = pmou.controllers.map((c) => [c.participant.organisation.code, c.phase, c.role]);
    expect(roles.sort()).toEqual([
      ["dwp", "AFTER_RECEIPT", "SOLE_CONTROLLER"],
      ["dwp", "TRANSFER", "CONTROLLER_IN_COMMON"],
      ["home-office", "AFTER_RECEIPT", "SOLE_CONTROLLER"],
      ["home-office", "TRANSFER", "CONTROLLER_IN_COMMON"],
    ]);
  });

  it("keeps the retention, review, notice, breach and end-date terms and bars onward disclosure", async () => {
    const pmou = await agreement("ho-dwp-pmou-euss-2019");
    const raw = pmou.retentionRules.find((r) => /raw data/i.test(r.recordType));
    expect(raw?.periodMonths).toBe(0);
    expect(raw?.disposition).toMatch(/not retained/);
    const summary = pmou.retentionRules.find((r) => /summary/i.test(r.recordType));
    expect(summary?.periodMonths).toBe(120);
    expect(summary?.disposition).toMatch(/10 years/);
    for (const r of pmou.retentionRules) {
      expect(r.source?.document.code).toBe("pmou-euss-2019");
    }
    expect(pmou).toMatchObject({
      reviewCadenceMonths: 12,
      noticePeriodMonths: 3,
      breachNotificationHours: 24,
      effectiveTo: "2026-04-30",
    });
    expect(pmou.restrictions.map((r) => r.kind)).toContain("ONWARD_DISCLOSURE");
  });
});

describe("2011 MoU and its DTA addendum", () => {
  /** 2011 "Version history": 1.00–1.11 undated; 1.16 and 1.23 give no year in the source. */
  const DATED: Record<string, string> = {
    "1.12": "2010-10-06",
    "1.13": "2010-11-05",
    "1.14": "2010-11-25",
    "1.15": "2010-11-25",
    "1.16": "2010-12-13",
    "1.17": "2011-03-14",
    "1.18": "2011-03-24",
    "1.19": "2011-04-28",
    "1.20": "2011-05-09",
    "1.21": "2011-05-11",
    "1.22": "2011-05-18",
    "1.23": "2011-06-10",
  };

  it("has the 24 document versions 1.00 → 1.23 in order, dated where the source dates them", async () => {
    const mou = await agreement("dwp-la-mou-2011");
    const labels = Array.from({ length: 24 }, (_, i) => `1.${String(i).padStart(2, "0")}`);
    expect(mou.documentVersions.map((v) => v.label)).toEqual(labels);
    for (const v of mou.documentVersions) expect(v.date, v.label).toBe(DATED[v.label] ?? null);
    const summary = (label: string) => mou.documentVersions.find((v) => v.label === label)?.summary;
    expect(summary("1.17")).toContain("DTA addendum");
    expect(summary("1.23")).toContain("Signed off");
    expect(summary("1.05")).toContain("Annual review");
    expect(mou.effectiveTo).toBe("2012-07-01");
  });

  it("has the DTA addendum as a child with a flow over the DTA", async () => {
    const mou = await agreement("dwp-la-mou-2011");
    expect(mou.children.map((c) => c.code)).toContain("dwp-la-mou-2011-dta-addendum");
    const addendum = await agreement("dwp-la-mou-2011-dta-addendum");
    expect(addendum.kind).toBe("ADDENDUM");
    expect(addendum.parent?.code).toBe("dwp-la-mou-2011");
    const dta = addendum.flows.filter((f) => f.channels.some((c) => c.code === "dta"));
    expect(dta).toHaveLength(1);
    expect(dta[0]).toMatchObject({ effect: "ALLOW", dataItems: [{ code: "laid-laci" }], provider: { code: "dwp" } });
    expect(dta[0].gateways.length).toBeGreaterThan(0);
  });
});

describe("CIS Guide rules attached to both DWP–LA MoUs", () => {
  for (const code of ["dwp-la-mou-2011", "dwp-la-mou-2017"]) {
    it(`${code} carries the guide's roles, segregation of duties and retention periods`, async () => {
      const mou = await agreement(code);
      const guideRules = mou.operationalRules.filter((r) => r.source?.document.code === "cis-guide");
      const kinds = new Set(guideRules.map((r) => r.kind));
      expect(kinds.has("ROLE")).toBe(true);
      expect(kinds.has("SEGREGATION_OF_DUTIES")).toBe(true);
      expect(guideRules.every((r) => r.code.startsWith("cis-guide."))).toBe(true);
      const months = mou.retentionRules
        .filter((r) => r.source?.document.code === "cis-guide")
        .map((r) => r.periodMonths)
        .sort((a, b) => (a ?? 0) - (b ?? 0));
      // §2.12: 6 years at most, 5 years, three 14-month items; §5.8: 18 months.
      expect(months).toEqual([14, 14, 14, 18, 60, 72]);
    });
  }
});

describe("sample councils and their signatures", () => {
  const signed = (org: Organisation, agreementCode: string) =>
    org.participations.find((p) => p.agreement.code === agreementCode)?.signatories ?? [];
  const annexLabels = (org: Organisation, agreementCode: string) =>
    [...new Set(signed(org, agreementCode).map((s) => s.annex?.label ?? "(whole)"))].sort();

  it("England and Wales signed the 2011 MoU and every 2017 annex", async () => {
    for (const [code, nation] of [
      ["la-england-sample", "ENGLAND"],
      ["la-wales-sample", "WALES"],
    ]) {
      const org = await organisation(code);
      expect(org).toMatchObject({ kind: "LOCAL_AUTHORITY", nation, sample: true });
      expect(annexLabels(org, "dwp-la-mou-2011"), code).toEqual(["(whole)"]);
      expect(annexLabels(org, "dwp-la-mou-2017"), code).toEqual(["A", "B", "C", "D", "E"]);
      const capacities = new Set(signed(org, "dwp-la-mou-2017").map((s) => s.capacity));
      expect(capacities).toEqual(new Set(["OPERATIONAL_MANAGER", "SECTION_151_OFFICER"]));
      expect(signed(org, "dwp-la-mou-2017").every((s) => s.sample)).toBe(true);
    }
  });

  it("Scotland signed 2017 annexes A and B only, countersigned by the Section 95 officer, and not the 2011 MoU", async () => {
    const org = await organisation("la-scotland-sample");
    expect(org).toMatchObject({ kind: "LOCAL_AUTHORITY", nation: "SCOTLAND", sample: true });
    expect(annexLabels(org, "dwp-la-mou-2017")).toEqual(["A", "B"]);
    expect(org.participations.map((p) => p.agreement.code)).toEqual(["dwp-la-mou-2017"]);
    const capacities = new Set(signed(org, "dwp-la-mou-2017").map((s) => s.capacity));
    expect(capacities).toEqual(new Set(["OPERATIONAL_MANAGER", "SECTION_95_OFFICER"]));
  });

  it("marks only the sample councils as sample data", async () => {
    for (const code of ["dwp", "hmrc", "home-office"]) expect((await organisation(code)).sample, code).toBe(false);
  });
});

describe("traceability and idempotence (raw SQL on the same database)", () => {
  /** Every table with a citation, found from the catalogue rather than listed by hand. */
  async function citedTables(): Promise<string[]> {
    const rows = await api.registry.db.raw(
      `SELECT c.table_name AS name
         FROM information_schema.columns c
         JOIN information_schema.columns k
           ON k.table_schema = c.table_schema AND k.table_name = c.table_name AND k.column_name = 'source_clause'
        WHERE c.table_schema = 'public' AND c.column_name = 'source_document_id'
        ORDER BY c.table_name`,
    );
    return rows.map((r) => String(r.name));
  }

  it("cites a source document and a clause on every row of every cited table", async () => {
    const tables = await citedTables();
    const expected = [
      "organisations",
      "purposes",
      "channels",
      "data_items",
      "legal_gateways",
      "agreements",
      "annexes",
      "participants",
      "signatories",
      "controller_designations",
      "processing_conditions",
      "document_versions",
      "flow_rules",
      "conditions",
      "restrictions",
      "retention_rules",
      "operational_rules",
    ];
    expect(tables.length).toBeGreaterThan(0);
    expect(tables).toEqual(expect.arrayContaining(expected));
    for (const table of tables) {
      const [row] = await api.registry.db.raw(
        `SELECT count(*)::int AS total,
                count(*) FILTER (WHERE source_document_id IS NULL
                                    OR source_clause IS NULL
                                    OR length(trim(source_clause)) = 0)::int AS uncited
           FROM "${table}"`,
      );
      expect(Number(row.uncited), `${table}: rows without a citation`).toBe(0);
      if (expected.includes(table)) expect(Number(row.total), `${table}: seeded rows`).toBeGreaterThan(0);
    }
  });

  it("cites, for every row under an agreement, the agreement's own document, the CIS Guide or sample data", async () => {
    const tables = await citedTables();
    const rows = await api.registry.db.raw(
      `SELECT table_name AS name FROM information_schema.columns
        WHERE table_schema = 'public' AND column_name = 'agreement_id'`,
    );
    const underAgreement = rows.map((r) => String(r.name)).filter((t) => tables.includes(t));
    expect(underAgreement).toEqual(expect.arrayContaining(["flow_rules", "annexes", "retention_rules"]));
    for (const table of underAgreement) {
      const stray = await api.registry.db.raw(
        `SELECT a.code AS agreement, d.code AS document, count(*)::int AS n
           FROM "${table}" t
           JOIN agreements a ON a.id = t.agreement_id
           JOIN source_documents d ON d.id = t.source_document_id
          WHERE t.source_document_id <> a.source_document_id
            AND d.code NOT IN ('cis-guide', 'registry-sample')
          GROUP BY a.code, d.code`,
      );
      expect(stray, table).toEqual([]);
    }
  });

  it("seeds once: a second seed changes nothing", async () => {
    const counts = async () => {
      const [row] = await api.registry.db.raw(
        `SELECT (SELECT count(*) FROM agreements)::int AS agreements,
                (SELECT count(*) FROM flow_rules)::int AS flow_rules,
                (SELECT count(*) FROM data_items)::int AS data_items,
                (SELECT count(*) FROM source_documents)::int AS source_documents`,
      );
      return Object.fromEntries(Object.entries(row).map(([k, v]) => [k, Number(v)]));
    };
    const before = await counts();
    expect(before.agreements).toBe(4);
    const result = await seedDatabase(api.registry.db);
    expect(result.seeded).toBe(false);
    // The summary describes the catalogue, which is exactly what the first seed loaded.
    expect(result).toMatchObject({
      agreements: before.agreements,
      flowRules: before.flow_rules,
      dataItems: before.data_items,
    });
    expect(await counts()).toEqual(before);
  });
});
