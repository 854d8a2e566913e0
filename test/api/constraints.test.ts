import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startTestRegistry, type TestRegistry } from "../support/registry.js";

/**
 * The database itself rejects bad rows, whatever writes them. Each statement runs on its own
 * (autocommit) against the seeded database; a rejected statement must change nothing.
 *
 * Every case also runs a "control": the same statement with the offending value corrected, inside
 * a DO block that raises once the statement has succeeded (so it is rolled back). The control
 * proves the bad statement is rejected for the reason under test, not for being malformed.
 */

let api: TestRegistry;
let ids: Ids;
let countAll: string;

interface Ids {
  dwp: string;
  hmrc: string;
  england: string;
  mou2011: string;
  mou2017: string;
  pmou: string;
  annex2017A: string;
  participant2011England: string;
  participant2017England: string;
  participantPmouDwp: string;
  reg12: string;
  s122c: string;
}

const raw = (text: string, params?: unknown[]) => api.registry.db.raw(text, params);

async function one(text: string, params: unknown[]): Promise<string> {
  const rows = await raw(text, params);
  expect(rows, `${text} ${params.join(",")}`).toHaveLength(1);
  return String(rows[0].id);
}

beforeAll(async () => {
  api = await startTestRegistry();
  const org = (code: string) => one("SELECT id FROM organisations WHERE code = $1", [code]);
  const agreement = (code: string) => one("SELECT id FROM agreements WHERE code = $1", [code]);
  const gateway = (code: string) => one("SELECT id FROM legal_gateways WHERE code = $1", [code]);
  const participant = (agreementCode: string, orgCode: string) =>
    one(
      `SELECT p.id FROM participants p
         JOIN agreements a ON a.id = p.agreement_id
         JOIN organisations o ON o.id = p.organisation_id
        WHERE a.code = $1 AND o.code = $2`,
      [agreementCode, orgCode],
    );
  ids = {
    dwp: await org("dwp"),
    hmrc: await org("hmrc"),
    england: await org("la-england-sample"),
    mou2011: await agreement("dwp-la-mou-2011"),
    mou2017: await agreement("dwp-la-mou-2017"),
    pmou: await agreement("ho-dwp-pmou-euss-2019"),
    annex2017A: await one(
      "SELECT x.id FROM annexes x JOIN agreements a ON a.id = x.agreement_id WHERE a.code = $1 AND x.label = $2",
      ["dwp-la-mou-2017", "A"],
    ),
    participant2011England: await participant("dwp-la-mou-2011", "la-england-sample"),
    participant2017England: await participant("dwp-la-mou-2017", "la-england-sample"),
    participantPmouDwp: await participant("ho-dwp-pmou-euss-2019", "dwp"),
    reg12: await gateway("ssiswsr-2012-reg-12"),
    s122c: await gateway("ssaa-1992-s122c"),
  };
  const tables = await raw(
    `SELECT table_name AS name FROM information_schema.tables
      WHERE table_schema = 'public' AND table_type = 'BASE TABLE' ORDER BY table_name`,
  );
  expect(tables.length).toBeGreaterThan(20);
  countAll = `SELECT ${tables.map((t) => `(SELECT count(*) FROM "${t.name}")::int AS "${t.name}"`).join(", ")}`;
});
afterAll(() => api?.stop());

/** Row counts of every table: the fingerprint a rejected statement must leave unchanged. */
async function counts(): Promise<Record<string, number>> {
  const [row] = await raw(countAll);
  return Object.fromEntries(Object.entries(row).map(([k, v]) => [k, Number(v)]));
}

/** Runs `good` and rolls it back: it must succeed (then the block raises a marker). */
async function expectControlAccepted(good: string) {
  await expect(
    raw(`DO $control$ BEGIN ${good}; RAISE EXCEPTION 'control statement accepted'; END $control$`),
  ).rejects.toThrow(/control statement accepted/);
}

/**
 * `bad` is rejected with `error`; every table's row count, and the rows `watch` selects, are
 * the same afterwards.
 */
async function expectRejected(bad: string, error: RegExp, watch?: string) {
  const before = await counts();
  const watched = watch ? await raw(watch) : [];
  await expect(raw(bad)).rejects.toThrow(error);
  expect(await counts()).toEqual(before);
  if (watch) expect(await raw(watch)).toEqual(watched);
}

interface Statements {
  bad: string;
  /** The same statement, corrected; omitted where no correction is meaningful. */
  good?: string;
  /** Rows that must not change (for UPDATE and DELETE cases). */
  watch?: string;
}

interface Case {
  name: string;
  error: RegExp;
  /** Built once the seeded ids are known. */
  sql: () => Statements;
}

const q = (value: string | null) => (value === null ? "NULL" : `'${value}'`);

const agreementInsert = (o: {
  code?: string;
  kind?: string;
  parent?: string | null;
  from?: string;
  to?: string | null;
  notice?: number | null;
}) =>
  `INSERT INTO agreements (code, kind, title, reference, parent_id, owner_team, owner_organisation_id, status,
                           effective_from, effective_to, notice_period_months, summary)
   VALUES (${q(o.code ?? "constraint-test-agreement")}, ${q(o.kind ?? "MOU")}, 'Test', 'test',
           ${q(o.parent ?? null)}, 'Test team', '${ids.dwp}', 'DRAFT',
           ${q(o.from ?? "2020-01-01")}, ${q(o.to === undefined ? "2021-01-01" : o.to)},
           ${o.notice ?? "NULL"}, 'Test agreement')`;

const organisationInsert = (o: { code?: string; kind?: string; nation?: string | null; actsFor?: string | null }) =>
  `INSERT INTO organisations (code, name, kind, nation, acts_for_id)
   VALUES (${q(o.code ?? "constraint-test-org")}, 'Test body', ${q(o.kind ?? "LOCAL_AUTHORITY")},
           ${q(o.nation === undefined ? "ENGLAND" : o.nation)}, ${q(o.actsFor ?? null)})`;

const participantInsert = (agreement: string, organisation: string, roles: string) =>
  `INSERT INTO participants (agreement_id, organisation_id, roles)
   VALUES ('${agreement}', '${organisation}', '${roles}'::participant_role[])`;

const signatoryInsert = (agreement: string, participant: string, annex: string | null) =>
  `INSERT INTO signatories (agreement_id, participant_id, annex_id, name, capacity, signed_on)
   VALUES ('${agreement}', '${participant}', ${q(annex)}, 'Test signer', 'OPERATIONAL_MANAGER', '2017-08-01')`;

const flowInsert = (o: {
  agreement?: string;
  annex?: string | null;
  provider?: string;
  recipient?: string | null;
  clause?: string;
}) =>
  `INSERT INTO flow_rules (code, agreement_id, annex_id, provider_id, recipient_id, effect, description, clause_reference)
   VALUES ('constraint-test.flow', '${o.agreement ?? ids.mou2017}', ${q(o.annex ?? null)},
           ${o.provider ?? `'${ids.dwp}'`}, ${q(o.recipient ?? null)}, 'ALLOW', 'Test flow', ${q(o.clause ?? "Test ¶1")})`;

const conditionInsert = (kind: string, factKey: string | null) =>
  `INSERT INTO conditions (agreement_id, code, kind, description, fact_key, clause_reference)
   VALUES ('${ids.mou2017}', 'constraint-test.condition', '${kind}', 'Test condition', ${q(factKey)}, 'Test ¶1')`;

const restrictionInsert = (territories: string | null) =>
  `INSERT INTO restrictions (agreement_id, code, kind, description, permitted_territories, clause_reference)
   VALUES ('${ids.mou2017}', 'constraint-test.territory', 'TERRITORY', 'Test restriction',
           ${territories === null ? "NULL" : `'${territories}'::text[]`}, 'Test ¶1')`;

const cases: Case[] = [
  // Agreements
  {
    name: "a duplicate agreement code",
    error: /agreements_code_unique/,
    sql: () => ({
      bad: agreementInsert({ code: "dwp-la-mou-2017" }),
      good: agreementInsert({}),
    }),
  },
  {
    name: "an agreement code with upper case",
    error: /agreements_code_format/,
    sql: () => ({
      bad: agreementInsert({ code: "DWP-LA-MOU-2099" }),
      good: agreementInsert({ code: "dwp-la-mou-2099" }),
    }),
  },
  {
    name: "an agreement code with spaces",
    error: /agreements_code_format/,
    sql: () => ({
      bad: agreementInsert({ code: "dwp la mou 2099" }),
      good: agreementInsert({ code: "dwp-la-mou-2099" }),
    }),
  },
  {
    name: "an ADDENDUM with no parent",
    error: /agreements_addendum_has_parent/,
    sql: () => ({
      bad: agreementInsert({ kind: "ADDENDUM", parent: null }),
      good: agreementInsert({ kind: "ADDENDUM", parent: ids.mou2011 }),
    }),
  },
  {
    name: "an agreement ending before it starts",
    error: /agreements_period_order/,
    sql: () => ({
      bad: agreementInsert({ from: "2020-01-01", to: "2019-12-31" }),
      good: agreementInsert({ from: "2020-01-01", to: "2020-01-01" }),
    }),
  },
  {
    name: "an update moving a seeded agreement's end before its start",
    error: /agreements_period_order/,
    sql: () => ({
      bad: `UPDATE agreements SET effective_to = '2017-06-30' WHERE id = '${ids.mou2017}'`,
      good: `UPDATE agreements SET effective_to = '2018-04-30' WHERE id = '${ids.mou2017}'`,
      watch: `SELECT code, effective_from::text, effective_to::text FROM agreements WHERE id = '${ids.mou2017}'`,
    }),
  },
  {
    name: "an agreement that is its own parent",
    error: /agreements_not_own_parent/,
    sql: () => ({
      bad: `UPDATE agreements SET parent_id = id WHERE id = '${ids.mou2017}'`,
      good: `UPDATE agreements SET parent_id = '${ids.mou2011}' WHERE id = '${ids.mou2017}'`,
      watch: `SELECT code, parent_id FROM agreements WHERE id = '${ids.mou2017}'`,
    }),
  },
  {
    name: "a negative notice period",
    error: /agreements_notice_period_non_negative/,
    sql: () => ({
      bad: agreementInsert({ notice: -1 }),
      good: agreementInsert({ notice: 0 }),
    }),
  },

  // Organisations
  {
    name: "an organisation code with upper case and spaces",
    error: /organisations_code_format/,
    sql: () => ({
      bad: organisationInsert({ code: "Sample Council" }),
      good: organisationInsert({ code: "sample-council" }),
    }),
  },
  {
    name: "a LOCAL_AUTHORITY with no nation",
    error: /organisations_la_has_nation/,
    sql: () => ({
      bad: organisationInsert({ nation: null }),
      good: organisationInsert({ nation: "WALES" }),
    }),
  },
  {
    name: "a contracted service provider acting for nobody",
    error: /organisations_csp_acts_for/,
    sql: () => ({
      bad: organisationInsert({ kind: "CONTRACTED_SERVICE_PROVIDER", nation: null, actsFor: null }),
      good: organisationInsert({ kind: "CONTRACTED_SERVICE_PROVIDER", nation: null, actsFor: ids.england }),
    }),
  },
  {
    name: "deleting an organisation that agreements reference",
    error: /update or delete on table "organisations" violates foreign key constraint/,
    sql: () => ({
      bad: `DELETE FROM organisations WHERE id = '${ids.england}'`,
      watch: `SELECT code, kind, nation, sample FROM organisations WHERE id = '${ids.england}'`,
    }),
  },
  {
    name: "deleting the organisation that owns agreements",
    error: /update or delete on table "organisations" violates foreign key constraint/,
    sql: () => ({
      bad: `DELETE FROM organisations WHERE id = '${ids.dwp}'`,
      watch: `SELECT code FROM organisations WHERE id = '${ids.dwp}'`,
    }),
  },

  // Participants and signatories
  {
    name: "a participant with no roles",
    error: /participants_has_role/,
    sql: () => ({
      bad: participantInsert(ids.pmou, ids.england, "{}"),
      good: participantInsert(ids.pmou, ids.england, "{RECIPIENT}"),
    }),
  },
  {
    name: "a second participants row for the same organisation and agreement",
    error: /participants_agreement_organisation_key/,
    sql: () => ({
      bad: participantInsert(ids.mou2017, ids.england, "{RECIPIENT}"),
      good: participantInsert(ids.pmou, ids.england, "{RECIPIENT}"),
    }),
  },
  {
    name: "a signatory for an annex of another agreement",
    error: /signatories_annex_same_agreement_fk/,
    sql: () => ({
      bad: signatoryInsert(ids.mou2011, ids.participant2011England, ids.annex2017A),
      good: signatoryInsert(ids.mou2017, ids.participant2017England, ids.annex2017A),
    }),
  },
  {
    name: "a signatory for a participant of another agreement",
    error: /signatories_participant_same_agreement_fk/,
    sql: () => ({
      bad: signatoryInsert(ids.mou2017, ids.participant2011England, ids.annex2017A),
      good: signatoryInsert(ids.mou2017, ids.participant2017England, ids.annex2017A),
    }),
  },
  {
    name: "a second controller designation for the same participant and phase",
    error: /controller_designations_participant_phase_key/,
    sql: () => ({
      bad: `INSERT INTO controller_designations (agreement_id, participant_id, phase, role, description)
            VALUES ('${ids.pmou}', '${ids.participantPmouDwp}', 'TRANSFER', 'JOINT_CONTROLLER', 'Test')`,
      good: `UPDATE controller_designations SET role = 'JOINT_CONTROLLER'
              WHERE participant_id = '${ids.participantPmouDwp}' AND phase = 'TRANSFER'`,
    }),
  },
  {
    name: "a second annex with the same label",
    error: /annexes_agreement_label_key/,
    sql: () => ({
      bad: `INSERT INTO annexes (agreement_id, label, title, summary, signed_separately, position)
            VALUES ('${ids.mou2017}', 'A', 'Duplicate', 'Test', true, 99)`,
      good: `INSERT INTO annexes (agreement_id, label, title, summary, signed_separately, position)
             VALUES ('${ids.mou2017}', 'G', 'New annex', 'Test', true, 99)`,
    }),
  },

  // Flow rules
  {
    name: "a flow rule with an unknown provider",
    error: /flow_rules_provider_id_organisations_id_fk/,
    sql: () => ({
      bad: flowInsert({ provider: "gen_random_uuid()" }),
      good: flowInsert({}),
    }),
  },
  {
    name: "a flow rule whose annex belongs to another agreement",
    error: /flow_rules_annex_same_agreement_fk/,
    sql: () => ({
      bad: flowInsert({ agreement: ids.mou2011, annex: ids.annex2017A }),
      good: flowInsert({ agreement: ids.mou2017, annex: ids.annex2017A }),
    }),
  },
  {
    name: "a flow rule from an organisation to itself",
    error: /flow_rules_distinct_parties/,
    sql: () => ({
      bad: flowInsert({ recipient: ids.dwp }),
      good: flowInsert({ recipient: ids.england }),
    }),
  },
  {
    name: "a flow rule with a blank clause reference",
    error: /flow_rules_clause_present/,
    sql: () => ({
      bad: flowInsert({ clause: "   " }),
      good: flowInsert({ clause: "Annex A ¶4" }),
    }),
  },

  // Conditions and restrictions
  {
    name: "a PRECONDITION without a fact key",
    error: /conditions_precondition_has_fact_key/,
    sql: () => ({
      bad: conditionInsert("PRECONDITION", null),
      good: conditionInsert("PRECONDITION", "test-fact"),
    }),
  },
  {
    name: "a DUTY with a fact key",
    error: /conditions_fact_key_on_precondition/,
    sql: () => ({
      bad: conditionInsert("DUTY", "test-fact"),
      good: conditionInsert("DUTY", null),
    }),
  },
  {
    name: "a fact key that is not kebab-case",
    error: /conditions_fact_key_format/,
    sql: () => ({
      bad: conditionInsert("PRECONDITION", "Test Fact"),
      good: conditionInsert("PRECONDITION", "test-fact"),
    }),
  },
  {
    name: "a TERRITORY restriction with lower-case territories",
    error: /restrictions_territory_codes/,
    sql: () => ({
      bad: restrictionInsert("{gb,fr}"),
      good: restrictionInsert("{GB,FR}"),
    }),
  },
  {
    name: "a TERRITORY restriction with no territories",
    error: /restrictions_territory_(codes|listed)/,
    sql: () => ({
      bad: restrictionInsert("{}"),
      good: restrictionInsert("{GB}"),
    }),
  },
  {
    name: "a TERRITORY restriction with a NULL territory list",
    error: /restrictions_territory_listed/,
    sql: () => ({
      bad: restrictionInsert(null),
      good: restrictionInsert("{GB}"),
    }),
  },
  {
    name: "a restriction with a blank clause reference",
    error: /restrictions_clause_present/,
    sql: () => ({
      bad: restrictionInsert("{GB}").replace("'Test ¶1'", "'  '"),
      good: restrictionInsert("{GB}"),
    }),
  },
  {
    name: "a condition with a blank clause reference",
    error: /conditions_clause_present/,
    sql: () => ({
      bad: conditionInsert("DUTY", null).replace("'Test ¶1'", "''"),
      good: conditionInsert("DUTY", null),
    }),
  },
  {
    name: "a TERRITORY restriction with an empty territory code",
    error: /restrictions_territory_codes/,
    sql: () => ({
      bad: restrictionInsert('{GB,""}'),
      good: restrictionInsert("{GB}"),
    }),
  },

  // Catalogue
  {
    name: "a gateway companion pointing at itself",
    error: /gateway_companions_not_self/,
    sql: () => ({
      bad: `INSERT INTO gateway_companions (gateway_id, companion_id) VALUES ('${ids.reg12}', '${ids.reg12}')`,
      good: `INSERT INTO gateway_companions (gateway_id, companion_id) VALUES ('${ids.reg12}', '${ids.s122c}')`,
    }),
  },
  {
    name: "a data item whose originating controller does not exist",
    error: /data_items_originating_controller_id_organisations_id_fk/,
    sql: () => ({
      bad: `INSERT INTO data_items (code, name, originating_controller_id, classification)
            VALUES ('constraint-test.item', 'Test item', gen_random_uuid(), 'OFFICIAL')`,
      good: `INSERT INTO data_items (code, name, originating_controller_id, classification)
             VALUES ('constraint-test.item', 'Test item', '${ids.dwp}', 'OFFICIAL')`,
    }),
  },

  // Retention, reviews, terminations
  {
    name: "a retention rule with a negative period",
    error: /retention_rules_period_non_negative/,
    sql: () => ({
      bad: `INSERT INTO retention_rules (agreement_id, record_type, period_months, disposition)
            VALUES ('${ids.pmou}', 'Test records', -1, 'Test')`,
      good: `INSERT INTO retention_rules (agreement_id, record_type, period_months, disposition)
             VALUES ('${ids.pmou}', 'Test records', 0, 'not retained')`,
    }),
  },
  {
    name: "an update making a seeded retention period negative",
    error: /retention_rules_period_non_negative/,
    sql: () => ({
      bad: `UPDATE retention_rules SET period_months = -120 WHERE agreement_id = '${ids.pmou}' AND period_months = 120`,
      good: `UPDATE retention_rules SET period_months = 121 WHERE agreement_id = '${ids.pmou}' AND period_months = 120`,
      watch: `SELECT record_type, period_months FROM retention_rules WHERE agreement_id = '${ids.pmou}' ORDER BY record_type`,
    }),
  },
  ...[
    ["2020-01-01", "2020-01-01", "on the day of the review"],
    ["2020-01-01", "2019-01-01", "before the review"],
  ].map(([reviewed, next, when]): Case => ({
    name: `a review whose next review is due ${when}`,
    error: /reviews_next_due_after/,
    sql: () => ({
      bad: `INSERT INTO reviews (agreement_id, reviewed_on, reviewer, outcome, findings, next_due_on)
              VALUES ('${ids.pmou}', '${reviewed}', 'Test reviewer', 'CONTINUE', 'Test', '${next}')`,
      good: `INSERT INTO reviews (agreement_id, reviewed_on, reviewer, outcome, findings, next_due_on)
               VALUES ('${ids.pmou}', '${reviewed}', 'Test reviewer', 'CONTINUE', 'Test', '2021-01-01')`,
    }),
  })),
  {
    name: "a termination effective before it was given",
    error: /terminations_effective_after_given/,
    sql: () => ({
      bad: `INSERT INTO terminations (agreement_id, kind, by_organisation_id, given_on, effective_on, reason)
            VALUES ('${ids.pmou}', 'NOTICE', '${ids.dwp}', '2020-04-01', '2020-03-31', 'Test')`,
      good: `INSERT INTO terminations (agreement_id, kind, by_organisation_id, given_on, effective_on, reason)
             VALUES ('${ids.pmou}', 'NOTICE', '${ids.dwp}', '2020-04-01', '2020-07-01', 'Test')`,
    }),
  },
];

describe("the database rejects bad rows and changes nothing", () => {
  for (const c of cases) {
    it(`rejects ${c.name}`, async () => {
      const { bad, good, watch } = c.sql();
      if (good) await expectControlAccepted(good);
      await expectRejected(bad, c.error, watch);
    });
  }
});

describe("what the rejections left behind", () => {
  it("still holds exactly the seeded rows the cases touched", async () => {
    const [row] = await raw(
      `SELECT (SELECT count(*) FROM agreements)::int AS agreements,
              (SELECT count(*) FROM organisations WHERE code LIKE 'constraint-test%' OR code LIKE 'sample-council%')::int
                AS test_organisations,
              (SELECT count(*) FROM flow_rules WHERE code LIKE 'constraint-test%')::int AS test_flows,
              (SELECT count(*) FROM reviews)::int AS reviews,
              (SELECT count(*) FROM terminations)::int AS terminations,
              (SELECT effective_to::text FROM agreements WHERE code = 'dwp-la-mou-2017') AS mou2017_end,
              (SELECT count(*) FROM participants WHERE agreement_id = $1)::int AS pmou_participants`,
      [ids.pmou],
    );
    expect(row).toEqual({
      agreements: 4,
      test_organisations: 0,
      test_flows: 0,
      reviews: 0,
      terminations: 0,
      mou2017_end: "2018-03-31",
      pmou_participants: 2,
    });
  });
});
