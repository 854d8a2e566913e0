import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ROLES } from "../../src/config.js";
import { AgreementPageDocument, SignatoryNamesDocument } from "../generated/graphql.js";
import { KEYS, startTestRegistry, type TestRegistry } from "../support/registry.js";

let api: TestRegistry;
beforeAll(async () => {
  api = await startTestRegistry();
});
afterAll(() => api?.stop());

const listAgreements = JSON.stringify({ query: "{ agreements { nodes { code title } } }" });

describe("authentication", () => {
  it("refuses a request without a key, with no data", async () => {
    const res = await api.post(listAgreements);
    expect(res.status).toBe(401);
    expect(res.json).toEqual({
      errors: [{ message: expect.stringMatching(/API key/), extensions: { code: "UNAUTHENTICATED" } }],
    });
  });

  it("refuses a wrong key, a near-miss key and a malformed header", async () => {
    for (const authorization of [
      "Bearer not-a-key-0123456789",
      `Bearer ${KEYS.admin}x`,
      KEYS.admin,
      `Basic ${KEYS.admin}`,
    ]) {
      const res = await api.post(listAgreements, { authorization });
      expect(res.status).toBe(401);
      expect(res.json).not.toHaveProperty("data");
    }
  });

  it("lets every role read the registry", async () => {
    for (const role of ROLES) {
      const { data, errors, status } = await api.query(AgreementPageDocument, {}, role);
      expect(status).toBe(200);
      expect(errors).toBeUndefined();
      expect(data?.agreements.totalCount).toBeGreaterThanOrEqual(4);
    }
  });

  it("shows signatories' names to people, not to machine callers", async () => {
    const reader = await api.query(SignatoryNamesDocument, { code: "dwp-la-mou-2017" }, "reader");
    expect(reader.errors).toBeUndefined();
    expect(reader.data?.agreement?.signatories.every((s) => typeof s.name === "string")).toBe(true);

    const service = await api.query(SignatoryNamesDocument, { code: "dwp-la-mou-2017" }, "service");
    expect(service.errors?.[0].message).toMatch(/Access denied/);
    expect(service.data?.agreement?.signatories.every((s) => s.name === null)).toBe(true);
    // The rest of the record still reads.
    expect(service.data?.agreement?.signatories[0].capacity).toBe("OPERATIONAL_MANAGER");
  });
});

describe("request limits", () => {
  const admin = { authorization: `Bearer ${KEYS.admin}` };

  it("rejects batched requests", async () => {
    const res = await api.post(JSON.stringify([{ query: "{ __typename }" }, { query: "{ __typename }" }]), admin);
    expect(res.status).toBe(400);
    expect(JSON.stringify(res.json)).toMatch(/Batched requests are not supported/);
  });

  it("rejects a query nested too deep", async () => {
    let selection = "code";
    for (let i = 0; i < 12; i++) selection = `children { ${selection} }`;
    const res = await api.post(JSON.stringify({ query: `{ dataItem(code: "atlas") { ${selection} } }` }), admin);
    expect(JSON.stringify(res.json)).toMatch(/Query depth \d+ exceeds the limit of 12/);
    expect(res.json).not.toHaveProperty("data.dataItem");
  });

  it("rejects a query that would cost too much before running it", async () => {
    const query = `{ agreements(first: 100) { nodes { flows { gateways { agreements { flows { dataItems { children { code } } } } } } } } }`;
    const res = await api.post(JSON.stringify({ query }), admin);
    expect(res.status).toBe(400);
    expect(JSON.stringify(res.json)).toMatch(/Query cost \d+ exceeds the limit/);
  });

  it("costs one document by the page size each request's variables ask for", async () => {
    const query = `query Sized($n: Int!, $code: String!) {
      agreements(first: $n) { nodes { flows { gateways { agreements { flows { dataItems { children { code } } } } } } } }
      dataItem(code: $code) { code } }`;
    const ask = async (n: number) => {
      const res = await api.post(JSON.stringify({ query, variables: { n, code: "atlas" } }), admin);
      return [res.status, /Query cost \d+ exceeds/.test(JSON.stringify(res.json))];
    };
    // A small page passes, a large one is refused, and a small one passes again after it: the cost
    // is remembered per set of page sizes, not per document.
    expect([await ask(1), await ask(100), await ask(1)]).toEqual([
      [200, false],
      [400, true],
      [200, false],
    ]);
  });

  it("answers variables that do not fit their types with a 400 naming the variable, the first time too", async () => {
    // A document this server has not seen: its cost is not cached yet when the variables are wrong.
    const query = "query FreshPage($n: Int!) { agreements(first: $n) { nodes { code } } }";
    for (let attempt = 0; attempt < 2; attempt++) {
      const res = await api.post(JSON.stringify({ query, variables: { n: "ten" } }), admin);
      expect(res.status).toBe(400);
      expect(res.json).toMatchObject({
        errors: [{ message: expect.stringContaining('Variable "$n"'), extensions: { code: "BAD_USER_INPUT" } }],
      });
    }
  });

  it("rejects malformed JSON and non-POST methods with clear errors", async () => {
    const bad = await api.post("{not json", admin);
    expect(bad.status).toBe(400);
    expect(JSON.stringify(bad.json)).toMatch(/not valid JSON/);
    const get = await fetch(api.url, { headers: admin });
    expect(get.status).toBe(405);
  });

  it("refuses a body over 1 MiB with a 413 and closes that connection, then serves the next", async () => {
    const huge = JSON.stringify({ query: "{ __typename }", variables: { pad: "x".repeat(1024 * 1024) } });
    const res = await fetch(api.url, {
      method: "POST",
      headers: { "content-type": "application/json", ...admin },
      body: huge,
    });
    expect(res.status).toBe(413);
    expect(res.headers.get("connection")).toBe("close");
    expect(await res.json()).toEqual({
      errors: [{ message: "Request body too large", extensions: { code: "PAYLOAD_TOO_LARGE" } }],
    });
    const next = await api.post(JSON.stringify({ query: "{ __typename }" }), admin);
    expect(next).toEqual({ status: 200, json: { data: { __typename: "Query" } } });
  });
});

describe("operability", () => {
  it("answers /health and /ready without a key", async () => {
    const base = api.url.replace(/\/graphql$/, "");
    expect(await (await fetch(`${base}/health`)).json()).toEqual({ status: "ok" });
    const ready = await fetch(`${base}/ready`);
    expect(ready.status).toBe(200);
    expect(await ready.json()).toMatchObject({ status: "ready" });
  });
});
