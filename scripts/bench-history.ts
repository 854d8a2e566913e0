/**
 * `npm run bench:history`: the time of `Agreement.asOf` and `agreementDiff` over HTTP on an
 * agreement with 1 revision and on one with 10,000 (HISTORY_REVISIONS). The long history is a
 * renewal of the PMoU edited 5,000 times as a draft (a flow widened and narrowed in turn), then
 * approved, signed and activated, then given 5,000 more revisions while active (reviews), so
 * half of it is operative content `asOf` must search. Embedded PGlite, or a fresh database on
 * DATABASE_URL. Prints medians and p95 of repeated queries.
 */
import "reflect-metadata";
import { startRegistry } from "../src/app.js";
import { loadConfig } from "../src/config.js";
import { createContext } from "../src/context.js";
import { createLogger } from "../src/logger.js";
import { createAgreementFrom } from "../src/modules/lifecycle/create.js";
import { editAgreement, runMutation } from "../src/modules/lifecycle/mutation.js";
import { updateFlow } from "../src/modules/lifecycle/parts.js";
import { activate, approve, recordReview, sign, submitForReview } from "../src/modules/lifecycle/transitions.js";
import { createTestDatabase } from "../test/support/database.js";

const REVISIONS = Number(process.env.HISTORY_REVISIONS ?? 10_000);
const RUNS = Number(process.env.HISTORY_RUNS ?? 30);
const KEYS = {
  drafter: "bench-drafter-key-0123456789",
  approver: "bench-approver-key-0123456789",
  admin: "bench-admin-key-0123456789",
};

const database = await createTestDatabase();
const config = {
  ...loadConfig({
    REGISTRY_API_KEYS: Object.entries(KEYS)
      .map(([role, key]) => `${key}:${role}:${role}`)
      .join(","),
    PORT: "0",
  }),
  database: database.target,
};
const registry = await startRegistry(config, createLogger("silent"));
const services = {
  db: registry.db,
  permissions: registry.permissions,
  decisions: registry.decisions,
  decisionCache: registry.decisionCache,
};
const as = (role: "drafter" | "approver") => createContext({ role, name: role }, services);
const drafter = as("drafter");
const approver = as("approver");

async function must<T>(outcome: Promise<{ result: T | null; userErrors: { message: string }[] }>): Promise<T> {
  const { result, userErrors } = await outcome;
  if (!result) throw new Error(userErrors.map((e) => e.message).join("; "));
  return result;
}
const current = async (code: string) =>
  Number((await registry.db.raw("SELECT revision FROM agreements WHERE code = $1", [code]))[0].revision);
const step = (ctx: typeof drafter, code: string, operation: string, fn: Parameters<typeof runMutation>[4]) =>
  must(runMutation(ctx, operation, { code }, code, fn));

async function renew(code: string) {
  await step(drafter, code, "agreementCreateFrom", (tx) =>
    createAgreementFrom(tx, drafter, {
      source: "ho-dwp-pmou-euss-2019",
      code,
      effectiveFrom: "2026-05-01",
      effectiveTo: "2036-04-30",
      reason: "bench",
    }),
  );
}

const started = performance.now();
await renew("bench-one-revision");
const LONG = "bench-long-history";
await renew(LONG);
const flow = `${LONG}.dwp-to-ho.benefit-history`;
const draftEdits = Math.floor(REVISIONS / 2) - 1;
for (let i = 0; i < draftEdits; i++) {
  const purposes = i % 2 === 0 ? ["euss-residency-assessment", "hb-administration"] : ["euss-residency-assessment"];
  const input = { agreement: LONG, baseRevision: await current(LONG), reason: `edit ${i}` };
  await step(drafter, LONG, "agreementFlowUpdate", (tx) =>
    editAgreement(tx, drafter, input, "agreementFlowUpdate", ["DRAFT"], (a) =>
      updateFlow(tx, a, { code: flow, purposes }),
    ),
  );
}
const base = async () => ({ agreement: LONG, baseRevision: await current(LONG), reason: "bench" });
// Inputs are read before each transaction: PGlite has one connection, held by the transaction.
const submitInput = await base();
await step(drafter, LONG, "agreementSubmitForReview", (tx) => submitForReview(tx, drafter, submitInput));
const approveInput = await base();
await step(approver, LONG, "agreementApprove", (tx) => approve(tx, approver, approveInput));
for (const organisation of ["dwp", "home-office"]) {
  const input = {
    ...(await base()),
    organisation,
    name: "Bench",
    capacity: "DEPARTMENTAL_SIGNATORY" as const,
    signedOn: "2026-04-20",
  };
  await step(approver, LONG, "agreementSign", (tx) => sign(tx, approver, input));
}
const activateInput = await base();
await step(approver, LONG, "agreementActivate", (tx) => activate(tx, approver, activateInput));
while ((await current(LONG)) < REVISIONS) {
  const n = await current(LONG);
  const input = {
    ...(await base()),
    reviewedOn: new Date(Date.UTC(2026, 5, 1) + n * 3_600_000).toISOString().slice(0, 10),
    reviewer: "bench",
    outcome: "CONTINUE" as const,
    findings: `review ${n}`,
  };
  await step(drafter, LONG, "agreementReviewRecord", (tx) => recordReview(tx, drafter, input));
}
const setupSeconds = (performance.now() - started) / 1000;

async function gql(query: string, variables: object) {
  const res = await fetch(registry.server.url, {
    method: "POST",
    headers: { "content-type": "application/json", authorization: `Bearer ${KEYS.admin}` },
    body: JSON.stringify({ query, variables }),
  });
  const body = (await res.json()) as { data?: unknown; errors?: unknown };
  if (body.errors) throw new Error(JSON.stringify(body.errors));
  return body.data as Record<string, never>;
}

async function time(label: string, run: () => Promise<unknown>) {
  await run();
  const ms: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    const t = performance.now();
    await run();
    ms.push(performance.now() - t);
  }
  ms.sort((a, b) => a - b);
  const at = (q: number) => ms[Math.min(ms.length - 1, Math.floor(q * ms.length))].toFixed(2);
  console.log(`${label.padEnd(52)} median ${at(0.5)} ms   p95 ${at(0.95)} ms`);
}

const ids = async (code: string) => {
  const data = await gql(
    `query($c: String!, $last: Int) { agreement(code: $c) { revisionNumber first: revision(number: 1) { id } last: revision(number: $last) { id } } }`,
    { c: code, last: await current(code) },
  );
  const a = data.agreement as { revisionNumber: number; first: { id: string }; last: { id: string } };
  return a;
};

const ASOF = `query($c: String!, $d: Date!) { agreement(code: $c) { asOf(date: $d) { number content { effectiveTo flows { code purposes } } } } }`;
const DIFF = `query($f: ID!, $t: ID!) { agreementDiff(from: $f, to: $t) { changes { area kind subject summary } } }`;

console.log(
  `registry: ${config.database.kind}; ${REVISIONS} revisions built in ${setupSeconds.toFixed(1)} s; ${RUNS} timed runs each, over HTTP`,
);
for (const code of ["bench-one-revision", LONG]) {
  const { revisionNumber, first, last } = await ids(code);
  const date = code === LONG ? "2030-01-01" : "2019-06-01";
  await time(`asOf(${date}) on ${revisionNumber} revision(s)`, () => gql(ASOF, { c: code, d: date }));
  await time(`agreementDiff(1 → ${revisionNumber}) on ${revisionNumber} revision(s)`, () =>
    gql(DIFF, { f: first.id, t: last.id }),
  );
}
await registry.stop();
await database.dispose();
