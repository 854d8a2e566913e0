import { print } from "graphql";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { AgreementResumeDocument, LawfulBasesDocument, ResolvePermissionDocument } from "../generated/graphql.js";
import { KEYS, startTestRegistry, type TestRegistry } from "../support/registry.js";
import { RTI_FOR_HB } from "../support/examples.js";

/**
 * A query Apollo has accepted under a text runs compiled before Apollo from then on (server.ts).
 * A caller must not be able to tell: every answer here is compared with Apollo's own answer to
 * the same request, which an `accept` header the hot path leaves to Apollo brings back.
 */
let api: TestRegistry;
beforeAll(async () => {
  api = await startTestRegistry();
});
afterAll(() => api?.stop());

const RESOLVE = print(ResolvePermissionDocument);
/** Apollo's own answer: it negotiates this `accept` itself, to the same content type. */
const VIA_APOLLO = { accept: "application/json, */*" };

async function send(body: unknown, headers: Record<string, string> = {}) {
  const res = await fetch(api.url, {
    method: "POST",
    headers: { "content-type": "application/json", authorization: `Bearer ${KEYS.service}`, ...headers },
    body: JSON.stringify(body),
  });
  const kept = [...res.headers].filter(([name]) => !["date", "connection", "keep-alive"].includes(name));
  return { status: res.status, headers: Object.fromEntries(kept), text: await res.text() };
}

/** Sends a request until its text is hot (it must become so within a few), then once more. */
async function hot(body: { query: string; operationName?: string; variables?: unknown }) {
  for (let i = 0; i < 5 && !api.registry.server.executor.isHot(body.query, body.operationName); i++) await send(body);
  expect(api.registry.server.executor.isHot(body.query, body.operationName)).toBe(true);
  return send(body);
}

/** Decisions in the DECISION entries after `seq`, from their subjects ("3 decisions"). */
async function decisionsAfter(seq: number): Promise<number> {
  await api.registry.decisions.flush();
  const rows = await api.registry.db.raw("SELECT subject FROM audit_log WHERE kind = 'DECISION' AND seq > $1", [seq]);
  return rows.reduce((n, row) => n + Number.parseInt(String(row.subject), 10), 0);
}
/** The last entry's seq, once every decision so far is written. */
async function lastSeq(): Promise<number> {
  await api.registry.decisions.flush();
  return Number((await api.registry.db.raw("SELECT coalesce(max(seq), 0) AS seq FROM audit_log"))[0].seq);
}

describe("the hot path", () => {
  it("answers a repeated query with the status, headers and bytes Apollo sends, and records each decision", async () => {
    const body = { query: RESOLVE, variables: { request: RTI_FOR_HB } };
    expect(api.registry.server.executor.isHot(RESOLVE)).toBe(false);
    const first = await send(body);
    const fast = await hot(body);
    expect(JSON.parse(fast.text).data.resolvePermission.outcome).toBe("PERMITTED");
    expect(fast).toEqual(first);
    expect(fast).toEqual(await send(body, VIA_APOLLO));
    expect(fast.headers["content-type"]).toBe("application/json; charset=utf-8");
    expect(fast.headers["cache-control"]).toBe("no-store");

    const seq = await lastSeq();
    for (let i = 0; i < 3; i++) await send(body);
    expect(await decisionsAfter(seq)).toBe(3);
  });

  it("has Apollo format the errors of a hot query, as it formats them for any other", async () => {
    const body = { query: RESOLVE, variables: { request: { ...RTI_FOR_HB, provider: "no-such-body" } } };
    const fast = await hot(body);
    const { errors } = JSON.parse(fast.text) as { errors: { message: string; extensions: { code: string } }[] };
    expect(errors[0].message).toMatch(/no-such-body/);
    expect(errors[0].extensions.code).toBe("BAD_USER_INPUT");
    expect(fast).toEqual(await send(body, VIA_APOLLO));
  });

  it("runs a query with errors once: Apollo formats the hot path's result rather than running it again", async () => {
    // A decision, and a field the service role may not see: a partial answer with an error.
    const query = `query ($request: PermissionRequest!) {
      resolvePermission(request: $request) { outcome }
      agreement(code: "dwp-la-mou-2017") { signatories { name } }
    }`;
    const body = { query, variables: { request: RTI_FOR_HB } };
    const fast = await hot(body);
    const answer = JSON.parse(fast.text) as { data: unknown; errors: { message: string }[] };
    expect(answer.errors[0].message).toMatch(/Access denied/);
    expect(answer.data).toMatchObject({ resolvePermission: { outcome: "PERMITTED" } });
    const seq = await lastSeq();
    for (let i = 0; i < 3; i++) expect(await send(body)).toEqual(fast);
    expect(await decisionsAfter(seq)).toBe(3);
  });

  it("leaves variables that do not fit to Apollo: 400, naming the variable, and nothing decided", async () => {
    await hot({ query: RESOLVE, variables: { request: RTI_FOR_HB } });
    const seq = await lastSeq();
    const body = { query: RESOLVE, variables: { request: { ...RTI_FOR_HB, dataItems: 7, at: "not a date" } } };
    const fast = await send(body);
    expect(fast.status).toBe(400);
    expect(JSON.parse(fast.text).errors[0].message).toMatch(/\$request/);
    expect(fast).toEqual(await send(body, VIA_APOLLO));
    expect(await decisionsAfter(seq)).toBe(0);
  });

  it("leaves to Apollo what only Apollo decides: other media types, CSRF, keys", async () => {
    const body = { query: RESOLVE, variables: { request: RTI_FOR_HB } };
    await hot(body);
    const graphqlResponse = await send(body, { accept: "application/graphql-response+json" });
    expect(graphqlResponse.status).toBe(200);
    expect(graphqlResponse.headers["content-type"]).toBe("application/graphql-response+json; charset=utf-8");
    const refused = await send(body, { accept: "text/html" });
    expect(refused.status).toBe(406);
    const simple = await send(body, { "content-type": "text/plain" });
    expect(simple.status).toBe(400);
    expect(simple.text).toMatch(/Cross-Site Request Forgery/);
    expect((await send(body, { authorization: "Bearer wrong" })).status).toBe(401);
  });

  it("never serves mutations, or queries whose cost depends on their variables (page sizes)", async () => {
    const paged = {
      query: print(LawfulBasesDocument),
      variables: { purpose: "hb-administration", dataItem: "rti.paye-data", first: 2 },
    };
    const mutation = {
      query: print(AgreementResumeDocument),
      variables: { input: { agreement: "no-such-agreement", baseRevision: 1, on: "2026-01-01", reason: "test" } },
    };
    for (let i = 0; i < 4; i++) {
      expect((await send(paged)).status).toBe(200);
      await send(mutation);
    }
    expect(api.registry.server.executor.isHot(paged.query)).toBe(false);
    expect(api.registry.server.executor.isHot(mutation.query)).toBe(false);
  });
});
