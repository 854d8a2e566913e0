import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type PermissionRequest, ResolvePermissionDocument, ResolvePermissionsDocument } from "../generated/graphql.js";
import { startTestRegistry, type TestRegistry } from "../support/registry.js";
import { RTI_FOR_HB } from "../support/examples.js";

let api: TestRegistry;
beforeAll(async () => {
  api = await startTestRegistry();
});
afterAll(() => api?.stop());

async function decide(request: PermissionRequest, role: "service" | "reader" = "service") {
  const { data, errors } = await api.query(ResolvePermissionDocument, { request }, role);
  expect(errors).toBeUndefined();
  return data?.resolvePermission as NonNullable<typeof data>["resolvePermission"];
}

describe("the examples from the sources", () => {
  it("permits RTI PAYE data for HB under the 2017 MoU Annex A, WRA 2012 s127", async () => {
    const d = await decide(RTI_FOR_HB);
    expect(d.outcome).toBe("PERMITTED");
    expect(d.denials).toEqual([]);
    expect(d.grants).toHaveLength(1);
    expect(d.grants[0]).toMatchObject({
      agreement: { code: "dwp-la-mou-2017" },
      annex: { label: "A" },
      gateways: [{ code: "wra-2012-s127", citation: "Welfare Reform Act 2012, section 127" }],
    });
    expect(d.explanation).toMatch(/^PERMITTED/);
    expect(d.explanation).toContain("Welfare Reform Act 2012, section 127");
    expect(d.registryRevision).toBeGreaterThan(1);
  });

  it("denies the same data for Local Welfare Provision, citing Annex C ¶12", async () => {
    const d = await decide({ ...RTI_FOR_HB, purpose: "lwp-administration" });
    expect(d.outcome).toBe("DENIED");
    expect(d.grants).toEqual([]);
    expect(d.denials).toContainEqual(
      expect.objectContaining({ code: "PROHIBITED", clauseReference: expect.stringContaining("Annex C ¶12") }),
    );
    expect(d.explanation).toMatch(/^DENIED/);
  });

  it("denies RTI for ASCFA, DHP and council tax debt recovery, and CIS for Troubled Families", async () => {
    for (const [purpose, clause] of [
      ["ascfa", "Annex D ¶11"],
      ["dhp-administration", "Annex E ¶10"],
      ["council-tax-debt-recovery", "¶12"],
    ]) {
      const d = await decide({ ...RTI_FOR_HB, purpose });
      expect(d.outcome).toBe("DENIED");
      expect(d.denials.map((x) => x.clauseReference).join(" ")).toContain(clause);
    }
    const cis = await decide({
      ...RTI_FOR_HB,
      purpose: "troubled-families",
      dataItems: ["cis.customer-record"],
      channel: "cis",
    });
    expect(cis.outcome).toBe("DENIED");
    expect(cis.denials).toContainEqual(
      expect.objectContaining({ code: "PROHIBITED", clauseReference: expect.stringContaining("¶9") }),
    );
  });

  it("permits CIS data for HB/CTB in 2011 under the 2011 MoU, and denies it in 2019 with the nearest miss", async () => {
    const request = {
      ...RTI_FOR_HB,
      purpose: "hb-ctb-administration",
      dataItems: ["cis.customer-record"],
      channel: null,
    };
    const in2011 = await decide({ ...request, at: "2011-09-01" });
    expect(in2011.outcome).toBe("PERMITTED");
    expect(in2011.grants.map((g) => g.agreement.code)).toEqual(["dwp-la-mou-2011"]);

    const in2019 = await decide({ ...request, at: "2019-06-01" });
    expect(in2019.outcome).toBe("DENIED");
    expect(in2019.denials[0]).toMatchObject({
      code: "AGREEMENT_NOT_IN_FORCE",
      reason: "dwp-la-mou-2011 would permit this but it ended on 2012-07-01",
    });
  });

  it("permits the PMoU flows both ways, each on its own legal basis", async () => {
    const toDwp = await decide({
      provider: "home-office",
      recipient: "dwp",
      purpose: "euss-residency-assessment",
      dataItems: ["euss.applicant-identity"],
      at: "2020-01-01",
    });
    expect(toDwp.outcome).toBe("PERMITTED");
    expect(toDwp.grants[0]).toMatchObject({
      agreement: { code: "ho-dwp-pmou-euss-2019" },
      gateways: [{ code: "crown-common-law-powers" }],
    });
    const toHomeOffice = await decide({
      provider: "dwp",
      recipient: "home-office",
      purpose: "euss-residency-assessment",
      dataItems: ["dwp.benefit-history"],
      at: "2020-01-01",
    });
    expect(toHomeOffice.outcome).toBe("PERMITTED");
    expect(toHomeOffice.grants[0].gateways[0].citation).toMatch(
      /Immigration and Asylum Act 1999, section 20, as amended by section 55 of the Immigration Act 2016/,
    );
  });

  it("names the same flow to someone else as the nearest miss when the parties share no agreement", async () => {
    const toHmrc = await decide({
      provider: "home-office",
      recipient: "hmrc",
      purpose: "euss-residency-assessment",
      dataItems: ["euss.applicant-identity"],
      at: "2020-01-01",
    });
    expect(toHmrc.outcome).toBe("DENIED");
    expect(toHmrc.denials).toContainEqual(
      expect.objectContaining({
        code: "NOT_A_PARTY",
        reason: expect.stringMatching(/permits this only to dwp, not hmrc$/),
      }),
    );
    // Nothing of the Home Office's concerns this data for another purpose: no near miss to name.
    const otherPurpose = await decide({
      provider: "home-office",
      recipient: "hmrc",
      purpose: "hb-administration",
      dataItems: ["euss.applicant-identity"],
      at: "2020-01-01",
    });
    expect(otherPurpose.denials.map((d) => d.code)).toEqual(["NO_AGREEMENT"]);
  });
});

describe("signatures, hierarchy, conditions and restrictions", () => {
  it("names the annex a council has not signed", async () => {
    const d = await decide({
      provider: "dwp",
      recipient: "la-scotland-sample",
      purpose: "lwp-administration",
      dataItems: ["cis.customer-record"],
      channel: "cis",
      at: "2017-09-01",
    });
    expect(d.outcome).toBe("DENIED");
    expect(d.denials.map((x) => x.reason)).toContain("la-scotland-sample has not signed Annex C of dwp-la-mou-2017");
    const signed = await decide({
      provider: "dwp",
      recipient: "la-scotland-sample",
      purpose: "hb-administration",
      dataItems: ["cis.customer-record"],
      channel: "cis",
      at: "2017-09-01",
    });
    expect(signed.outcome).toBe("PERMITTED");
  });

  it("covers an item by its category's grant and a sub-purpose by its parent's", async () => {
    const d = await decide({
      ...RTI_FOR_HB,
      purpose: "hb-fraud-investigation",
      dataItems: ["rti.paye-data.payment-details"],
    });
    expect(d.outcome).toBe("PERMITTED");
    expect(d.grants[0].ruleCode).toBe("dwp-la-mou-2017.a.rti-hb");
  });

  it("is CONDITIONAL on an unsettled fact, and PERMITTED once the fact is asserted", async () => {
    const request = { ...RTI_FOR_HB, purpose: "lctr-administration" };
    const open = await decide(request);
    expect(open.outcome).toBe("CONDITIONAL");
    expect(open.conditions).toEqual([
      expect.objectContaining({
        factKey: "claim-on-same-form-as-hb",
        clauseReference: expect.stringContaining("Annex B ¶20"),
      }),
    ]);
    const settled = await decide({ ...request, facts: [{ key: "claim-on-same-form-as-hb", value: "true" }] });
    expect(settled.outcome).toBe("PERMITTED");
    const failed = await decide({ ...request, facts: [{ key: "claim-on-same-form-as-hb", value: "false" }] });
    expect(failed.outcome).toBe("DENIED");
    expect(failed.denials[0].code).toBe("CONDITION_NOT_MET");
  });

  it("takes the least permissive outcome across several items", async () => {
    const d = await decide({
      ...RTI_FOR_HB,
      purpose: "lctr-administration",
      channel: null,
      dataItems: ["cis.customer-record", "rti.paye-data"],
    });
    expect(d.items.map((i) => [i.dataItem.code, i.outcome])).toEqual([
      ["cis.customer-record", "PERMITTED"],
      ["rti.paye-data", "CONDITIONAL"],
    ]);
    expect(d.outcome).toBe("CONDITIONAL");
    const withLwp = await decide({
      ...RTI_FOR_HB,
      purpose: "lwp-administration",
      channel: null,
      dataItems: ["cis.customer-record", "rti.paye-data"],
    });
    expect(withLwp.items.map((i) => i.outcome)).toEqual(["PERMITTED", "DENIED"]);
    expect(withLwp.outcome).toBe("DENIED");
  });

  it("denies access from outside the UK", async () => {
    const d = await decide({ ...RTI_FOR_HB, processingCountry: "US" });
    expect(d.outcome).toBe("DENIED");
    expect(d.denials.map((x) => x.code)).toContain("OUTSIDE_TERRITORY");
    expect((await decide({ ...RTI_FOR_HB, processingCountry: "GB" })).outcome).toBe("PERMITTED");
  });

  it("stops a council passing HMRC data on without HMRC approval, and across nations", async () => {
    const onward = await decide({
      provider: "la-england-sample",
      recipient: "la-wales-sample",
      purpose: "lctr-administration",
      dataItems: ["hmrc.tax-credits"],
      at: "2017-09-01",
    });
    expect(onward.outcome).toBe("DENIED");
    expect(onward.denials.map((x) => x.code)).toEqual(expect.arrayContaining(["CROSS_NATION"]));
    expect(onward.conditions.map((c) => c.factKey)).toContain("hmrc-approval-for-onward-disclosure");
  });

  it("stops onward disclosure of data received under the PMoU", async () => {
    const d = await decide({
      provider: "home-office",
      recipient: "la-england-sample",
      purpose: "euss-residency-assessment",
      dataItems: ["dwp.benefit-history"],
      at: "2020-01-01",
    });
    expect(d.outcome).toBe("DENIED");
    expect(d.denials).toContainEqual(
      expect.objectContaining({ code: "ONWARD_DISCLOSURE", agreement: { code: "ho-dwp-pmou-euss-2019" } }),
    );
  });

  it("treats an unknown code as an error naming it, not a denial", async () => {
    const { data, errors } = await api.query(ResolvePermissionDocument, {
      request: { ...RTI_FOR_HB, recipient: "la-nowhere", dataItems: ["rti.paye-data", "no.such-item"] },
    });
    expect(data).toBeNull();
    expect(errors?.[0].message).toBe(
      'request: unknown recipient code "la-nowhere"; unknown dataItems code "no.such-item"',
    );
    expect(errors?.[0].extensions?.code).toBe("BAD_USER_INPUT");
  });
});

describe("batches", () => {
  it("answers up to 100 requests in order from one revision, and refuses more", async () => {
    const requests = Array.from({ length: 100 }, (_, i) => ({
      ...RTI_FOR_HB,
      purpose: i % 2 === 0 ? "hb-administration" : "lwp-administration",
    }));
    const { data, errors } = await api.query(ResolvePermissionsDocument, { requests }, "service");
    expect(errors).toBeUndefined();
    expect(data?.resolvePermissions.map((d) => d.outcome)).toEqual(
      requests.map((_, i) => (i % 2 === 0 ? "PERMITTED" : "DENIED")),
    );
    expect(new Set(data?.resolvePermissions.map((d) => d.registryRevision)).size).toBe(1);
    const tooMany = await api.query(ResolvePermissionsDocument, { requests: [...requests, RTI_FOR_HB] }, "service");
    expect(tooMany.errors?.[0].message).toBe("requests: at most 100 requests per call");
  });
});
