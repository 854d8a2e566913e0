import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  AgreementConditionAddDocument,
  AgreementDiffDocument,
  AgreementFlowAddDocument,
  AgreementFlowRemoveDocument,
  AgreementFlowUpdateDocument,
  AgreementHistoryDocument,
  AgreementRevisionContentDocument,
  AgreementUpdateTermsDocument,
} from "../generated/graphql.js";
import { baseOf, mutate, ok, renewPmou } from "../support/lifecycle.js";
import { startTestRegistry, type TestRegistry } from "../support/registry.js";

let api: TestRegistry;
const code = "ho-dwp-pmou-euss-2027";
const FLOW = `${code}.dwp-to-ho.benefit-history`;
beforeAll(async () => {
  api = await startTestRegistry();
  await renewPmou(api, code);
});
afterAll(() => api?.stop());

const edit = async (extra: object = {}) => ({
  agreement: code,
  baseRevision: await baseOf(api, code),
  reason: "versioning test",
  ...extra,
});

async function revisionIds() {
  const { data } = await api.query(AgreementHistoryDocument, { code, first: 100 });
  return new Map(data?.agreement?.revisions.nodes.map((r) => [r.number, r.id]));
}

describe("every change appends an immutable revision", () => {
  it("records who, when, why and what, as a structured change set, and keeps each revision's full content", async () => {
    const widened = await ok(api, AgreementFlowUpdateDocument, {
      ...(await edit({ reason: "Cover HB administration too" })),
      code: FLOW,
      purposes: ["euss-residency-assessment", "hb-administration"],
    });
    expect(widened.revision).toMatchObject({
      number: 2,
      operation: "agreementFlowUpdate",
      reason: "Cover HB administration too",
    });
    expect(widened.revision?.changes).toEqual([
      expect.objectContaining({
        area: "FLOW",
        kind: "WIDENED",
        subject: "dwp-to-ho.benefit-history",
        added: { purposes: ["hb-administration"], dataItems: [], channels: [], gateways: [] },
        clauseReference: expect.stringMatching(/\S/),
      }),
    ]);
    const narrowed = await ok(api, AgreementFlowUpdateDocument, {
      ...(await edit()),
      code: FLOW,
      purposes: ["euss-residency-assessment"],
    });
    expect(narrowed.revision?.changes).toEqual([
      expect.objectContaining({
        area: "FLOW",
        kind: "NARROWED",
        removed: expect.objectContaining({ purposes: ["hb-administration"] }),
      }),
    ]);
    const gateway = await ok(api, AgreementFlowUpdateDocument, {
      ...(await edit()),
      code: FLOW,
      gateways: ["crown-common-law-powers"],
    });
    expect(gateway.revision?.changes).toEqual([
      expect.objectContaining({
        area: "GATEWAY",
        kind: "CHANGED",
        added: expect.objectContaining({ gateways: ["crown-common-law-powers"] }),
        removed: expect.objectContaining({ gateways: ["iaa-1999-s20"] }),
      }),
    ]);
    await ok(api, AgreementUpdateTermsDocument, { ...(await edit()), noticePeriodMonths: 6 });

    const { data } = await api.query(AgreementHistoryDocument, { code, first: 2 });
    const history = data?.agreement;
    expect(history?.revisionNumber).toBe(5);
    expect(history?.revisions.totalCount).toBe(5);
    expect(history?.revisions.nodes.map((r) => [r.number, r.operation, r.principal, r.role])).toEqual([
      [1, "agreementCreateFrom", "drafter", "drafter"],
      [2, "agreementFlowUpdate", "drafter", "drafter"],
    ]);
    const next = await api.query(AgreementHistoryDocument, {
      code,
      first: 10,
      after: history?.revisions.pageInfo.endCursor,
    });
    expect(next.data?.agreement?.revisions.nodes.map((r) => r.number)).toEqual([3, 4, 5]);

    const at = async (number: number) =>
      (await api.query(AgreementRevisionContentDocument, { code, number })).data?.agreement?.revision?.content;
    expect((await at(1))?.flows.find((f) => f.code === FLOW)).toMatchObject({
      purposes: ["euss-residency-assessment"],
      gateways: ["iaa-1999-s20"],
    });
    expect((await at(2))?.flows.find((f) => f.code === FLOW)?.purposes).toEqual([
      "euss-residency-assessment",
      "hb-administration",
    ]);
    expect((await at(4))?.flows.find((f) => f.code === FLOW)).toMatchObject({
      purposes: ["euss-residency-assessment"],
      gateways: ["crown-common-law-powers"],
    });
    expect((await at(4))?.terms.noticePeriodMonths).toBe(3);
    expect((await at(5))?.terms.noticePeriodMonths).toBe(6);
  });

  it("diffs any two revisions by meaning, with clause references", async () => {
    await ok(api, AgreementConditionAddDocument, {
      ...(await edit()),
      code: `${code}.matching-log`,
      kind: "DUTY",
      description: "Keep a log of every match made.",
      clauseReference: "Roles of each Participant",
    });
    await ok(api, AgreementFlowAddDocument, {
      ...(await edit()),
      code: `${code}.dwp-to-ho.address`,
      provider: "dwp",
      recipient: "home-office",
      effect: "ALLOW",
      description: "Current address, to confirm residence.",
      clauseReference: "Data to be shared › DWP to Home Office",
      purposes: ["euss-residency-assessment"],
      dataItems: ["dwp.benefit-history"],
      gateways: ["iaa-1999-s20"],
    });
    await ok(api, AgreementFlowRemoveDocument, { ...(await edit()), code: `${code}.ho-to-dwp.applicant-identity` });
    const ids = await revisionIds();
    const { data, errors } = await api.query(AgreementDiffDocument, {
      from: ids.get(1) as string,
      to: ids.get(8) as string,
    });
    expect(errors).toBeUndefined();
    const changes = data?.agreementDiff.changes ?? [];
    const summary = changes.map((c) => `${c.area} ${c.kind} ${c.subject}`);
    expect(summary).toEqual(
      expect.arrayContaining([
        "TERMS CHANGED terms.noticePeriodMonths",
        "GATEWAY CHANGED dwp-to-ho.benefit-history",
        "FLOW ADDED dwp-to-ho.address",
        "FLOW REMOVED ho-to-dwp.applicant-identity",
        "CONDITION ADDED matching-log",
      ]),
    );
    expect(changes.find((c) => c.subject === "terms.noticePeriodMonths")).toMatchObject({ before: "3", after: "6" });
    expect(changes.find((c) => c.kind === "ADDED" && c.area === "FLOW")?.clauseReference).toBe(
      "Data to be shared › DWP to Home Office",
    );
    // Reversed, additions become removals.
    const back = await api.query(AgreementDiffDocument, { from: ids.get(8) as string, to: ids.get(1) as string });
    expect(back.data?.agreementDiff.changes.map((c) => `${c.area} ${c.kind} ${c.subject}`)).toEqual(
      expect.arrayContaining(["FLOW REMOVED dwp-to-ho.address", "FLOW ADDED ho-to-dwp.applicant-identity"]),
    );
    const bad = await api.query(AgreementDiffDocument, { from: "not-an-id", to: ids.get(1) as string });
    expect(bad.errors?.[0]).toMatchObject({ message: "from: must be an AgreementRevision id" });
  });

  it("is refused by the database itself: revisions cannot be updated, deleted or truncated", async () => {
    const before = await api.registry.db.raw("SELECT count(*)::int AS n, max(reason) AS r FROM agreement_revisions");
    for (const statement of [
      "UPDATE agreement_revisions SET reason = 'rewritten history'",
      "DELETE FROM agreement_revisions",
      "TRUNCATE agreement_revisions",
    ]) {
      await expect(api.registry.db.raw(statement)).rejects.toThrow(/agreement_revisions is append-only/);
    }
    const after = await api.registry.db.raw("SELECT count(*)::int AS n, max(reason) AS r FROM agreement_revisions");
    expect(after).toEqual(before);
  });
});

describe("optimistic concurrency", () => {
  it("refuses a stale edit and changes nothing", async () => {
    const base = await baseOf(api, code);
    await ok(api, AgreementUpdateTermsDocument, { ...(await edit()), title: "First writer" });
    const stale = await mutate(api, AgreementUpdateTermsDocument, {
      agreement: code,
      baseRevision: base,
      reason: "second writer",
      title: "Second writer",
    });
    expect(stale.userErrors).toEqual([
      {
        code: "STALE_REVISION",
        field: ["input", "baseRevision"],
        message: `${code} is at revision ${base + 1}, not ${base}: reload it and reapply your change`,
      },
    ]);
    const { data } = await api.query(AgreementRevisionContentDocument, { code, number: base + 1 });
    expect(data?.agreement?.revision?.content.title).toBe("First writer");
    expect(await baseOf(api, code)).toBe(base + 1);
  });

  it("lets exactly one of 50 concurrent edits from the same base win; the other 49 are told, and nothing is lost", async () => {
    const base = await baseOf(api, code);
    const results = await Promise.all(
      Array.from({ length: 50 }, (_, i) =>
        mutate(api, AgreementUpdateTermsDocument, {
          agreement: code,
          baseRevision: base,
          reason: `concurrent edit ${i}`,
          summary: `Summary written by editor ${i}`,
        }),
      ),
    );
    const winners = results.filter((r) => r.userErrors.length === 0);
    const stale = results.filter((r) => r.userErrors[0]?.code === "STALE_REVISION");
    expect(winners).toHaveLength(1);
    expect(stale).toHaveLength(49);
    expect(await baseOf(api, code)).toBe(base + 1);
    const winner = results.indexOf(winners[0]);
    const { data } = await api.query(AgreementHistoryDocument, { code, first: 100 });
    const last = data?.agreement?.revisions.nodes.at(-1);
    expect(last).toMatchObject({ number: base + 1, reason: `concurrent edit ${winner}` });
    const content = await api.query(AgreementRevisionContentDocument, { code, number: base + 1 });
    expect(content.data?.agreement?.revision?.content.title).toBe("First writer");
    const rows = await api.registry.db.raw("SELECT summary FROM agreements WHERE code = $1", [code]);
    expect(rows[0].summary).toBe(`Summary written by editor ${winner}`);
  });
});
