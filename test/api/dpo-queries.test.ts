import { afterAll, beforeAll, expect, it } from "vitest";
import { LawfulBasesDocument, PermittedFlowsDocument } from "../generated/graphql.js";
import { HO_TO_DWP, renewPmou } from "../support/lifecycle.js";
import { type TestRegistry, startTestRegistry } from "../support/registry.js";

let api: TestRegistry;
beforeAll(async () => {
  api = await startTestRegistry();
});
afterAll(() => api?.stop());

it("lists every lawful basis for RTI PAYE data for HB, and only in-force ones on a date", async () => {
  const all = await api.query(LawfulBasesDocument, {
    purpose: "hb-fraud-investigation",
    dataItem: "rti.paye-data.name",
  });
  expect(all.errors).toBeUndefined();
  expect(all.data?.lawfulBases.nodes).toEqual([
    expect.objectContaining({
      ruleCode: "dwp-la-mou-2017.a.rti-hb",
      agreement: { code: "dwp-la-mou-2017" },
      annex: { label: "A" },
      provider: { code: "dwp" },
      recipient: null,
      gateways: [{ code: "wra-2012-s127", citation: "Welfare Reform Act 2012, section 127" }],
      rule: { effect: "ALLOW", channels: [{ code: "rti" }] },
    }),
  ]);
  const in2019 = await api.query(LawfulBasesDocument, {
    purpose: "hb-administration",
    dataItem: "rti.paye-data",
    at: "2019-01-01",
  });
  expect(in2019.data?.lawfulBases.totalCount).toBe(0);
});

it("narrows lawful bases to a recipient that signed, and pages them", async () => {
  const england = await api.query(LawfulBasesDocument, {
    purpose: "lwp-administration",
    dataItem: "cis.customer-record",
    recipient: "la-england-sample",
  });
  expect(england.data?.lawfulBases.nodes.map((n) => n.annex?.label)).toEqual(["C"]);
  const scotland = await api.query(LawfulBasesDocument, {
    purpose: "lwp-administration",
    dataItem: "cis.customer-record",
    recipient: "la-scotland-sample",
  });
  expect(scotland.data?.lawfulBases.totalCount).toBe(0);

  const first = await api.query(LawfulBasesDocument, {
    purpose: "hb-administration",
    dataItem: "cis.customer-record",
    first: 1,
  });
  expect(first.data?.lawfulBases.pageInfo.hasNextPage).toBe(first.data?.lawfulBases.totalCount !== 1);
  const unknown = await api.query(LawfulBasesDocument, { purpose: "no-such-purpose", dataItem: "cis.customer-record" });
  expect(unknown.errors?.[0].message).toBe('purpose: unknown code "no-such-purpose"');
});

it("lists everything a council may receive on a date, and everything DWP may send, page by page", async () => {
  const received = await api.query(PermittedFlowsDocument, {
    code: "la-scotland-sample",
    direction: "RECEIVE",
    at: "2017-09-01",
  });
  const annexes = new Set(received.data?.organisation?.permittedFlows.nodes.map((n) => n.ruleCode.split(".")[1]));
  expect([...annexes].sort()).toEqual(["a", "b"]);
  expect(received.data?.organisation?.permittedFlows.nodes.every((n) => n.provider.code === "dwp")).toBe(true);

  const codes: string[] = [];
  let after: string | null | undefined;
  do {
    const page = await api.query(PermittedFlowsDocument, {
      code: "dwp",
      direction: "SEND",
      at: "2017-09-01",
      first: 5,
      after,
    });
    const flows = page.data?.organisation?.permittedFlows;
    codes.push(...(flows?.nodes.map((n) => n.ruleCode) ?? []));
    after = flows?.pageInfo.hasNextPage ? flows.pageInfo.endCursor : null;
  } while (after);
  expect(codes).toEqual([...codes].sort());
  expect(new Set(codes).size).toBe(codes.length);
  expect(codes).toContain("dwp-la-mou-2017.a.rti-hb");
  expect(codes.some((c) => c.startsWith("dwp-la-mou-2011"))).toBe(false);
});

it("never counts a draft as a lawful basis, however the date is left open", async () => {
  const bases = async () =>
    (
      await api.query(LawfulBasesDocument, { purpose: HO_TO_DWP.purpose, dataItem: HO_TO_DWP.dataItems[0] })
    ).data?.lawfulBases.nodes.map((n) => n.agreement.code);
  const before = await bases();
  expect(before).toContain("ho-dwp-pmou-euss-2019");
  // A renewal drafted from the 2019 PMoU carries the same rules, but has permitted nothing yet.
  await renewPmou(api, "ho-dwp-pmou-euss-2026");
  expect(await bases()).toEqual(before);
});
