import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  AgreementByCodeDocument,
  AgreementPageDocument,
  ChannelByCodeDocument,
  DataItemByCodeDocument,
  GatewayByCodeDocument,
  NodeByIdDocument,
  OrganisationByCodeDocument,
  OrganisationPageDocument,
  PurposeByCodeDocument,
} from "../generated/graphql.js";
import { startTestRegistry, type TestRegistry } from "../support/registry.js";

let api: TestRegistry;
beforeAll(async () => {
  api = await startTestRegistry();
});
afterAll(() => api?.stop());

describe("lookups by code", () => {
  it("finds an organisation and its participations, both ways", async () => {
    const { data, errors } = await api.query(OrganisationByCodeDocument, { code: "la-scotland-sample" });
    expect(errors).toBeUndefined();
    expect(data?.organisation).toMatchObject({
      code: "la-scotland-sample",
      kind: "LOCAL_AUTHORITY",
      nation: "SCOTLAND",
      sample: true,
    });
    expect(data?.organisation?.participations.map((p) => p.agreement.code)).toEqual(["dwp-la-mou-2017"]);
  });

  it("returns null for an unknown code", async () => {
    const { data, errors } = await api.query(OrganisationByCodeDocument, { code: "no-such-body" });
    expect(errors).toBeUndefined();
    expect(data?.organisation).toBeNull();
  });

  it("walks a data item's hierarchy up and down", async () => {
    const { data } = await api.query(DataItemByCodeDocument, { code: "dwp.benefit-history.benefit-type" });
    expect(data?.dataItem?.parent?.code).toBe("dwp.benefit-history");
    expect(data?.dataItem?.children).toHaveLength(13);
    expect(data?.dataItem?.originatingController.code).toBe("dwp");
  });

  it("walks a purpose's hierarchy", async () => {
    const { data } = await api.query(PurposeByCodeDocument, { code: "hb-administration" });
    expect(data?.purpose?.children.map((c) => c.code)).toContain("hb-fraud-investigation");
    const child = await api.query(PurposeByCodeDocument, { code: "hb-appeals" });
    expect(child.data?.purpose?.parent?.code).toBe("hb-administration");
  });

  it("finds every stable channel code", async () => {
    for (const code of ["cis", "rti", "data-hub", "secure-email", "api", "dta"]) {
      const { data } = await api.query(ChannelByCodeDocument, { code });
      expect(data?.channel?.code).toBe(code);
    }
  });

  it("navigates from a gateway to the agreements relying on it", async () => {
    const { data } = await api.query(GatewayByCodeDocument, { code: "wra-2012-s127" });
    expect(data?.legalGateway?.citation).toBe("Welfare Reform Act 2012, section 127");
    expect(data?.legalGateway?.agreements.map((a) => a.code)).toEqual(["dwp-la-mou-2017"]);
    expect(data?.legalGateway?.flows.map((f) => f.code)).toContain("dwp-la-mou-2017.a.rti-hb");
    const reg = await api.query(GatewayByCodeDocument, { code: "ssiswsr-2012-reg-12" });
    expect(reg.data?.legalGateway?.companions.map((c) => c.code)).toEqual(["wra-2012-s131-1"]);
  });

  it("refetches any node by its global id", async () => {
    const agreement = await api.query(AgreementByCodeDocument, { code: "dwp-la-mou-2017" });
    const id = agreement.data?.agreement?.id as string;
    const { data } = await api.query(NodeByIdDocument, { id });
    expect(data?.node).toMatchObject({ __typename: "Agreement", code: "dwp-la-mou-2017", id });
    const junk = await api.query(NodeByIdDocument, { id: "not-a-global-id" });
    expect(junk.data?.node).toBeNull();
  });
});

describe("connections", () => {
  it("pages organisations with a stable cursor", async () => {
    const first = await api.query(OrganisationPageDocument, { first: 2 });
    const page1 = first.data?.organisations;
    expect(page1?.edges).toHaveLength(2);
    expect(page1?.pageInfo.hasNextPage).toBe(true);
    const second = await api.query(OrganisationPageDocument, { first: 100, after: page1?.pageInfo.endCursor });
    const codes = [...(page1?.edges ?? []), ...(second.data?.organisations.edges ?? [])].map((e) => e.node.code);
    expect(codes).toEqual([...codes].sort());
    expect(new Set(codes).size).toBe(page1?.totalCount);
  });

  it("filters organisations by kind and nation", async () => {
    const { data } = await api.query(OrganisationPageDocument, { kind: "LOCAL_AUTHORITY", nation: "WALES" });
    expect(data?.organisations.edges.map((e) => e.node.code)).toEqual(["la-wales-sample"]);
  });

  it("filters agreements by participant, kind, status and date in force", async () => {
    const scotland = await api.query(AgreementPageDocument, { participant: "la-scotland-sample" });
    expect(scotland.data?.agreements.nodes.map((a) => a.code)).toEqual(["dwp-la-mou-2017"]);
    const pmous = await api.query(AgreementPageDocument, { kind: ["PMOU"] });
    expect(pmous.data?.agreements.nodes.map((a) => a.code)).toEqual(["ho-dwp-pmou-euss-2019"]);
    const in2011 = await api.query(AgreementPageDocument, { inForceOn: "2011-09-01" });
    expect(in2011.data?.agreements.nodes.map((a) => a.code)).toEqual([
      "dwp-la-mou-2011",
      "dwp-la-mou-2011-dta-addendum",
    ]);
    const in2017 = await api.query(AgreementPageDocument, { inForceOn: "2017-09-01" });
    expect(in2017.data?.agreements.nodes.map((a) => a.code)).toEqual(["dwp-la-mou-2017"]);
    const in2020 = await api.query(AgreementPageDocument, { inForceOn: "2020-01-01" });
    expect(in2020.data?.agreements.nodes.map((a) => a.code)).toEqual(["ho-dwp-pmou-euss-2019"]);
    const in2027 = await api.query(AgreementPageDocument, { inForceOn: "2027-01-01" });
    expect(in2027.data?.agreements.totalCount).toBe(0);
    const drafts = await api.query(AgreementPageDocument, { status: ["DRAFT"] });
    expect(drafts.data?.agreements.totalCount).toBe(0);
  });

  it("rejects a page larger than 100 with an error naming the argument", async () => {
    const { errors } = await api.query(AgreementPageDocument, { first: 101 });
    expect(errors?.[0].message).toMatch(/^first: must be from 1 to 100/);
    expect(errors?.[0].extensions?.code).toBe("BAD_USER_INPUT");
  });
});

describe("the graph, agreement → annex → flows → gateways", () => {
  it("serves the 2017 MoU's annexes with their flows and gateways", async () => {
    const { data, errors } = await api.query(AgreementByCodeDocument, { code: "dwp-la-mou-2017" });
    expect(errors).toBeUndefined();
    const annexA = data?.agreement?.annexes.find((a) => a.label === "A");
    const rti = annexA?.flows.find((f) => f.code === "dwp-la-mou-2017.a.rti-hb");
    expect(rti).toMatchObject({ effect: "ALLOW", channels: [{ code: "rti" }], gateways: [{ code: "wra-2012-s127" }] });
  });
});
