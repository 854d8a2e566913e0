import { readFileSync } from "node:fs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  AgreementActivateDocument,
  AgreementAmendDocument,
  AgreementApproveDocument,
  AgreementAsOfDocument,
  AgreementCompletenessDocument,
  AgreementCreateDocument,
  AgreementDocumentDocument,
  AgreementFlowUpdateDocument,
  AgreementGiveNoticeDocument,
  AgreementHistoryDocument,
  AgreementPageDocument,
  AgreementParticipantAddDocument,
  AgreementResumeDocument,
  AgreementReviewRecordDocument,
  AgreementsEndingDocument,
  AgreementSendBackDocument,
  AgreementSignDocument,
  AgreementSubmitForReviewDocument,
  AgreementSuspendDocument,
  AgreementTerminateDocument,
  AgreementUpdateTermsDocument,
  ReviewScheduleDocument,
} from "../generated/graphql.js";
import { approveSignActivate, baseOf, decide, HO_TO_DWP, mutate, ok, renewPmou } from "../support/lifecycle.js";
import { startTestRegistry, type TestRegistry } from "../support/registry.js";

let api: TestRegistry;
beforeAll(async () => {
  api = await startTestRegistry();
});
afterAll(() => api?.stop());

const edit = async (code: string, extra: object = {}) => ({
  agreement: code,
  baseRevision: await baseOf(api, code),
  reason: "test step",
  ...extra,
});

const asOf = async (code: string, date: string) =>
  (await api.query(AgreementAsOfDocument, { code, date })).data?.agreement?.asOf;

describe("from draft to active: the resolver only ever sees what is active", () => {
  const code = "ho-dwp-pmou-euss-2026";
  const on = (at: string) => decide(api, { ...HO_TO_DWP, at });

  it("starts the renewal from the 2019 PMoU, copying everything and keeping lineage", async () => {
    const { agreement, revision } = await renewPmou(api, code);
    expect(agreement).toMatchObject({
      code,
      status: "DRAFT",
      revisionNumber: 1,
      derivedFrom: { code: "ho-dwp-pmou-euss-2019" },
    });
    // The first revision's change set is against the source: dates, status and lineage, not every rule.
    expect(revision?.changes.map((c) => `${c.area}:${c.subject}`).sort()).toEqual([
      "DATES:effectiveFrom",
      "DATES:effectiveTo",
      "STATUS:status",
      "TERMS:derivedFrom",
    ]);
    const { data } = await api.query(AgreementCompletenessDocument, { code });
    expect(data?.agreement?.completeness).toMatchObject({ complete: true, missing: [] });
  });

  it("grants nothing while DRAFT, IN_REVIEW or APPROVED", async () => {
    expect((await on("2026-06-01")).outcome).toBe("DENIED");
    await ok(api, AgreementSubmitForReviewDocument, await edit(code));
    expect((await on("2026-06-01")).outcome).toBe("DENIED");
  });

  it("refuses approval by someone who authored the version, then sends it back with reasons", async () => {
    // The admin role may approve, but the admin here authored a change: segregation of duties.
    await ok(
      api,
      AgreementSendBackDocument,
      { ...(await edit(code)), reason: "Retention needs a second look" },
      "approver",
    );
    await ok(api, AgreementUpdateTermsDocument, { ...(await edit(code)), reviewTerms: "Reviewed annually." }, "admin");
    await ok(api, AgreementSubmitForReviewDocument, await edit(code));
    const refused = await mutate(api, AgreementApproveDocument, await edit(code), "admin");
    expect(refused.userErrors).toEqual([expect.objectContaining({ code: "SEGREGATION_OF_DUTIES" })]);
    expect(refused.userErrors[0].message).toMatch(/admin authored changes to ho-dwp-pmou-euss-2026/);
    // The drafter role cannot approve at all: that is an authorisation error, not a business refusal.
    const { errors } = await api.query(AgreementApproveDocument, { input: await edit(code) }, "drafter");
    expect(errors?.[0].extensions?.code).toBe("UNAUTHORIZED");
  });

  it("approves, publishes a document version, collects both signatures and activates", async () => {
    const approved = await ok(
      api,
      AgreementApproveDocument,
      { ...(await edit(code)), versionLabel: "2.0", versionSummary: "Renewed to April 2028" },
      "approver",
    );
    expect(approved.agreement.status).toBe("APPROVED");
    expect((await on("2026-06-01")).outcome).toBe("DENIED");
    const early = await mutate(api, AgreementActivateDocument, await edit(code), "approver");
    expect(early.userErrors).toEqual([expect.objectContaining({ code: "UNSIGNED" })]);
    expect(early.userErrors[0].message).toMatch(/not signed by dwp, home-office/);
    for (const organisation of ["dwp", "home-office"]) {
      await ok(
        api,
        AgreementSignDocument,
        {
          ...(await edit(code)),
          organisation,
          name: "A. Signatory",
          capacity: "DEPARTMENTAL_SIGNATORY",
          signedOn: "2026-04-20",
        },
        "approver",
      );
    }
    const active = await ok(api, AgreementActivateDocument, await edit(code), "approver");
    expect(active.agreement.status).toBe("ACTIVE");
    const decision = await on("2026-06-01");
    expect(decision.outcome).toBe("PERMITTED");
    expect(decision.grants[0].agreement.code).toBe(code);
    // Before its effective date it is active but not yet in force (the 2019 PMoU still is, to 2026-04-30).
    expect((await on("2026-04-15")).grants.map((g) => g.agreement.code)).toEqual(["ho-dwp-pmou-euss-2019"]);
    const { data } = await api.query(AgreementDocumentDocument, { code });
    expect(data?.agreement?.documentVersions).toEqual([
      expect.objectContaining({ label: "2.0", summary: "Renewed to April 2028" }),
    ]);
  });

  it("refuses to edit an active agreement directly: it changes by amendment", async () => {
    const refused = await mutate(api, AgreementUpdateTermsDocument, { ...(await edit(code)), title: "Changed" });
    expect(refused.userErrors).toEqual([expect.objectContaining({ code: "NOT_EDITABLE" })]);
    expect(refused.userErrors[0].message).toMatch(/changed by amendment/);
  });

  it("grants nothing on the days it is suspended, and does before and after them", async () => {
    const inForce = async (at: string) =>
      (await api.query(AgreementPageDocument, { inForceOn: at, first: 100 })).data?.agreements.nodes.some(
        (a) => a.code === code,
      );
    await ok(
      api,
      AgreementSuspendDocument,
      { ...(await edit(code)), reason: "Security incident under investigation", on: "2026-06-01" },
      "approver",
    );
    const suspended = await on("2026-06-01");
    expect(suspended.outcome).toBe("DENIED");
    expect(suspended.explanation).toMatch(`${code} would permit this but it has been suspended since 2026-06-01`);
    // Before the suspension it was in force: a DPO checking an earlier disclosure still gets the grant.
    expect((await on("2026-05-31")).outcome).toBe("PERMITTED");
    expect([await inForce("2026-05-31"), await inForce("2026-06-01")]).toEqual([true, false]);

    const early = await mutate(api, AgreementResumeDocument, { ...(await edit(code)), on: "2026-05-15" }, "approver");
    expect(early.userErrors).toEqual([
      expect.objectContaining({
        code: "INVALID",
        field: ["input", "on"],
        message: expect.stringMatching(/2026-06-01/),
      }),
    ]);
    await ok(api, AgreementResumeDocument, { ...(await edit(code)), on: "2026-07-01" }, "approver");
    const during = await on("2026-06-30");
    expect(during.outcome).toBe("DENIED");
    expect(during.explanation).toMatch("was suspended from 2026-06-01 until it resumed on 2026-07-01");
    expect([(await on("2026-05-31")).outcome, (await on("2026-07-01")).outcome]).toEqual(["PERMITTED", "PERMITTED"]);
    expect([await inForce("2026-06-30"), await inForce("2026-07-01")]).toEqual([false, true]);
    // asOf says the same: terms operative before and after, none on the days it was suspended.
    expect((await asOf(code, "2026-05-31"))?.status).toBe("ACTIVE");
    expect(await asOf(code, "2026-06-01")).toBeNull();
    expect(await asOf(code, "2026-06-30")).toBeNull();
    expect((await asOf(code, "2026-07-01"))?.status).toBe("ACTIVE");
  });

  it("dates a suspension resumed before migration 0007 from the resumption in the agreement's history", async () => {
    const suspensionOf = `(SELECT t.id FROM terminations t JOIN agreements a ON a.id = t.agreement_id
      WHERE a.code = '${code}' AND t.kind = 'SUSPENSION')`;
    const resumedOn = async () =>
      (await api.registry.db.raw(`SELECT resumed_on::text AS day FROM terminations WHERE id = ${suspensionOf}`))[0].day;
    // As a database migrated before 0007 held it: resumed (ACTIVE again), the suspension without its end.
    await api.registry.db.raw(`UPDATE terminations SET resumed_on = NULL WHERE id = ${suspensionOf}`);
    const migration = readFileSync("drizzle/0007_terminations_resumed_on.sql", "utf8");
    await api.registry.db.raw(migration.split("--> statement-breakpoint").at(-1) as string);
    // Before 0007 a resumption took effect when it was recorded: today, in this test.
    expect(await resumedOn()).toBe(new Date().toISOString().slice(0, 10));
    await api.registry.db.raw(`UPDATE terminations SET resumed_on = '2026-07-01' WHERE id = ${suspensionOf}`);
    expect(await resumedOn()).toBe("2026-07-01");
  });

  it("opens an amendment that leaves the active version in force until it is itself active", async () => {
    const amendment = await ok(api, AgreementAmendDocument, {
      ...(await edit(code)),
      effectiveFrom: "2026-09-01",
      reason: "Narrow the identity data to what matching needs",
    });
    const amended = amendment.agreement.code;
    expect(amendment.agreement).toMatchObject({ code: `${code}-amendment-1`, status: "DRAFT", amends: { code } });
    const second = await mutate(api, AgreementAmendDocument, { ...(await edit(code)), effectiveFrom: "2026-10-01" });
    expect(second.userErrors).toEqual([expect.objectContaining({ code: "CONFLICT" })]);

    // Drop the PMoU's flow from Home Office to DWP by replacing its purposes: it now only covers a different purpose.
    const narrowed = await ok(api, AgreementFlowUpdateDocument, {
      ...(await edit(amended)),
      code: `${amended}.ho-to-dwp.applicant-identity`,
      purposes: ["euss-residency-assessment", "hb-administration"],
    });
    expect(narrowed.revision?.changes).toEqual([
      expect.objectContaining({ area: "FLOW", kind: "WIDENED", subject: "ho-to-dwp.applicant-identity" }),
    ]);
    expect((await on("2026-09-15")).grants.map((g) => g.agreement.code)).toEqual([code]);

    await approveSignActivate(api, amended, ["dwp", "home-office"]);
    const before = await on("2026-08-15");
    const after = await on("2026-09-15");
    expect(before.grants.map((g) => g.agreement.code)).toEqual([code]);
    expect(after.grants.map((g) => g.agreement.code)).toEqual([amended]);
    const { data } = await api.query(AgreementHistoryDocument, { code, first: 100 });
    expect(data?.agreement).toMatchObject({ status: "SUPERSEDED" });

    // asOf looks across the amendment line: the version operative on each date.
    expect((await asOf(code, "2026-05-31"))?.agreement.code).toBe(code);
    expect((await asOf(code, "2026-05-31"))?.content.effectiveTo).toBe("2026-08-31");
    expect(await asOf(code, "2026-06-15")).toBeNull(); // suspended
    expect((await asOf(code, "2026-10-01"))?.agreement.code).toBe(amended);
    expect(
      (await asOf(code, "2026-10-01"))?.content.flows.find((f) => f.code.endsWith("ho-to-dwp.applicant-identity"))
        ?.purposes,
    ).toEqual(["euss-residency-assessment", "hb-administration"]);
    expect(await asOf(code, "2019-06-01")).toBeNull();
  });
});

describe("ending an agreement", () => {
  const code = "ho-dwp-pmou-euss-2026-b";
  beforeAll(async () => {
    await renewPmou(api, code);
    await approveSignActivate(api, code, ["dwp", "home-office"]);
  });
  const on = (at: string) => decide(api, { ...HO_TO_DWP, at });

  it("gives notice: the end date follows from the three-month notice period", async () => {
    const noticed = await ok(
      api,
      AgreementGiveNoticeDocument,
      { ...(await edit(code)), on: "2026-06-10", byOrganisation: "home-office", reason: "Scheme closing" },
      "approver",
    );
    expect(noticed.agreement).toMatchObject({ status: "ACTIVE", effectiveTo: "2026-09-09" });
    expect((await on("2026-09-09")).grants.map((g) => g.agreement.code)).toContain(code);
    expect((await on("2026-09-10")).grants.map((g) => g.agreement.code)).not.toContain(code);
    const ending = await api.query(AgreementsEndingDocument, { from: "2026-09-01", to: "2026-09-30" });
    expect(ending.data?.agreementsEnding.nodes.map((a) => a.code)).toContain(code);
  });

  it("terminates at once on a serious breach: nothing is permitted from that day", async () => {
    const ended = await ok(
      api,
      AgreementTerminateDocument,
      { ...(await edit(code)), on: "2026-07-01", kind: "IMMEDIATE_BREACH", reason: "Serious security breach" },
      "approver",
    );
    expect(ended.agreement).toMatchObject({ status: "TERMINATED", effectiveTo: "2026-06-30" });
    expect((await on("2026-06-30")).grants.map((g) => g.agreement.code)).toContain(code);
    expect((await on("2026-07-01")).grants.map((g) => g.agreement.code)).not.toContain(code);
    // The earlier revisions (to April 2028, then to the notice's 2026-09-09) no longer answer for July.
    expect(await asOf(code, "2026-07-01")).toBeNull();
    expect(await asOf(code, "2026-08-01")).toBeNull();
    expect((await asOf(code, "2026-06-30"))?.content).toMatchObject({ effectiveTo: "2026-06-30" });
    expect((await asOf(code, "2026-06-30"))?.status).toBe("TERMINATED");
    const again = await mutate(api, AgreementResumeDocument, await edit(code), "approver");
    expect(again.userErrors).toEqual([expect.objectContaining({ code: "INVALID_TRANSITION" })]);
  });
});

describe("reviews", () => {
  const code = "ho-dwp-pmou-euss-2026-c";
  beforeAll(async () => {
    await renewPmou(api, code);
    await approveSignActivate(api, code, ["dwp", "home-office"]);
  });

  it("schedules the first review a cadence after the start, flags it overdue, and moves it on when one is recorded", async () => {
    const schedule = async (on: string) => (await api.query(ReviewScheduleDocument, { on, withinDays: 30 })).data;
    const due = await schedule("2027-04-15");
    expect(due?.agreementsDueForReview.nodes).toContainEqual(
      expect.objectContaining({
        agreement: { code },
        nextReviewDue: "2027-05-01",
        overdue: false,
        lastReviewedOn: null,
      }),
    );
    const late = await schedule("2027-05-02");
    expect(late?.agreementsOverdueForReview.nodes).toContainEqual({ agreement: { code }, nextReviewDue: "2027-05-01" });

    const reviewed = await ok(
      api,
      AgreementReviewRecordDocument,
      {
        ...(await edit(code)),
        reviewedOn: "2027-05-03",
        reviewer: "DWP/HO MoU managers",
        outcome: "CONTINUE",
        findings: "Operating as agreed; no incidents.",
      },
      "drafter",
    );
    expect(reviewed.revision?.changes).toEqual([expect.objectContaining({ area: "REVIEW", kind: "ADDED" })]);
    const after = await schedule("2027-05-04");
    expect(after?.agreementsOverdueForReview.nodes.map((n) => n.agreement.code)).not.toContain(code);
    const next = await schedule("2028-04-20");
    expect(next?.agreementsDueForReview.nodes).toContainEqual(
      expect.objectContaining({ agreement: { code }, nextReviewDue: "2028-05-03", lastReviewedOn: "2027-05-03" }),
    );
  });
});

describe("drafting from blank, and refusals that change nothing", () => {
  const code = "la-data-share-2027";

  it("creates a blank draft that lists everything it is missing, and refuses approval while incomplete", async () => {
    const created = await ok(api, AgreementCreateDocument, {
      code,
      kind: "MOU",
      title: "Council data share",
      reference: "0.1",
      ownerTeam: "Policy",
      ownerOrganisation: "dwp",
      effectiveFrom: "2027-01-01",
      summary: "Draft",
      reason: "New agreement",
    });
    expect(created.agreement.status).toBe("DRAFT");
    const { data } = await api.query(AgreementCompletenessDocument, { code });
    const failing = data?.agreement?.completeness.checks.filter((c) => !c.satisfied).map((c) => c.requirement);
    expect(failing).toEqual(
      expect.arrayContaining([
        "PARTIES",
        "PURPOSE",
        "RETENTION",
        "SECURITY",
        "BREACH_NOTIFICATION_WINDOW",
        "SIGNATORIES",
      ]),
    );
    await ok(api, AgreementSubmitForReviewDocument, await edit(code));
    const refused = await mutate(api, AgreementApproveDocument, await edit(code), "approver");
    expect(refused.userErrors).toEqual([expect.objectContaining({ code: "INCOMPLETE" })]);
    expect(refused.userErrors[0].message).toMatch(/Breach notification window not stated/);
    await ok(api, AgreementSendBackDocument, { ...(await edit(code)), reason: "Incomplete" }, "approver");
  });

  it("names the field and rule of bad input, and leaves the agreement as it was", async () => {
    const base = await baseOf(api, code);
    const unknown = await mutate(api, AgreementParticipantAddDocument, {
      ...(await edit(code)),
      organisation: "no-such-council",
      roles: ["RECIPIENT"],
    });
    expect(unknown.userErrors).toEqual([
      { code: "NOT_FOUND", field: ["input", "organisation"], message: "unknown organisation: no-such-council" },
    ]);
    const backwards = await mutate(api, AgreementUpdateTermsDocument, {
      ...(await edit(code)),
      effectiveTo: "2026-01-01",
    });
    expect(backwards.userErrors).toEqual([expect.objectContaining({ code: "INVALID" })]);
    expect(backwards.userErrors[0].message).toMatch(/agreements_period_order/);
    const noReason = await mutate(api, AgreementUpdateTermsDocument, {
      ...(await edit(code)),
      reason: " ",
      title: "X",
    });
    expect(noReason.userErrors).toEqual([expect.objectContaining({ code: "INVALID", field: ["input", "reason"] })]);
    expect(await baseOf(api, code)).toBe(base);
    const { data } = await api.query(AgreementHistoryDocument, { code, first: 100 });
    expect(data?.agreement?.revisions.totalCount).toBe(base);
  });

  it("lets readers read but not write", async () => {
    const { errors } = await api.query(
      AgreementUpdateTermsDocument,
      { input: { ...(await edit(code)), title: "X" } },
      "reader",
    );
    expect(errors?.[0].extensions?.code).toBe("UNAUTHORIZED");
  });
});

describe("documents", () => {
  it("serves the 2011 MoU's own version history, 1.00 to 1.23", async () => {
    const { data } = await api.query(AgreementDocumentDocument, { code: "dwp-la-mou-2011" });
    const labels = data?.agreement?.documentVersions.map((v) => v.label);
    expect(labels).toHaveLength(24);
    expect(labels?.[0]).toBe("1.00");
    expect(labels?.at(-1)).toBe("1.23");
  });

  it("renders an agreement as a Markdown MoU in the PMoU's section order", async () => {
    const { data } = await api.query(AgreementDocumentDocument, { code: "ho-dwp-pmou-euss-2019" });
    const doc = data?.agreement?.document as string;
    const order = ["Legal bases to share data", "Retention and destruction schedule", "Termination", "Signatories"].map(
      (h) => doc.indexOf(`## ${h}`),
    );
    expect(order.every((i) => i > 0)).toBe(true);
    expect([...order].sort((a, b) => a - b)).toEqual(order);
    expect(doc).toMatch(
      /Immigration and Asylum Act 1999, section 20, as amended by section 55 of the Immigration Act 2016/,
    );
  });
});
