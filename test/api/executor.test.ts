import type { TypedDocumentNode } from "@graphql-typed-document-node/core";
import {
  type DocumentNode,
  type ExecutionResult,
  GraphQLError,
  GraphQLInterfaceType,
  GraphQLObjectType,
  GraphQLScalarType,
  GraphQLSchema,
  GraphQLString,
  getIntrospectionQuery,
  type OperationDefinitionNode,
  parse,
  print,
} from "graphql";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Role } from "../../src/config.js";
import { createContext } from "../../src/context.js";
import { OperationExecutor } from "../../src/graphql/executor.js";
import { registrySchema } from "../../src/graphql/schema.js";
import { permissionFields } from "../../src/modules/permission/permission.resolver.js";
import {
  AgreementByCodeDocument,
  AgreementCompletenessDocument,
  AgreementDiffDocument,
  AgreementDocumentDocument,
  AgreementHistoryDocument,
  AgreementPageDocument,
  AgreementsEndingDocument,
  DataItemByCodeDocument,
  FidelityAllFlowsDocument,
  LawfulBasesDocument,
  NestedAgreementPageDocument,
  NodeByIdDocument,
  PermittedFlowsDocument,
  ResolvePermissionDocument,
  ResolvePermissionsDocument,
  ReviewScheduleDocument,
  SignatoryNamesDocument,
} from "../generated/graphql.js";
import { startTestRegistry, type TestRegistry } from "../support/registry.js";

/**
 * The compiled executor (graphql-jit) must answer exactly as graphql-js does: every document the
 * API tests use, run both ways against the seeded registry, compared field by field and error by
 * error. The API tests themselves run a document compiled from its second use.
 */
let api: TestRegistry;
let interpreted: OperationExecutor;
let compiled: OperationExecutor;
beforeAll(async () => {
  api = await startTestRegistry();
  const schema = await registrySchema();
  interpreted = new OperationExecutor(schema, 0);
  compiled = new OperationExecutor(schema, 1);
});
afterAll(() => api?.stop());

/** Answers `bothWays` has compared byte for byte as the hot path writes them. */
let answersCompared = 0;

/** What reaches the client: data, and each error as Apollo would serialise it. */
const visible = (result: ExecutionResult) => JSON.parse(JSON.stringify(result)) as unknown;

async function bothWays<R, V extends Record<string, unknown>>(
  document: TypedDocumentNode<R, V>,
  variables: V,
  role: Role = "admin",
) {
  // A fresh parse per executor: plans are per document object, as Apollo's cache hands them out.
  const run = (executor: OperationExecutor) => {
    const parsed = parse(print(document));
    const { registry } = api;
    const contextValue = createContext({ name: "equivalence", role }, registry);
    return executor.run({ document: parsed, variables, contextValue }).then((result) => ({ result, parsed }));
  };
  const js = await run(interpreted);
  const jit = await run(compiled);
  expect(compiled.isCompiled(jit.parsed)).toBe(true);
  expect(interpreted.isCompiled(js.parsed)).toBe(false);
  expect(visible(jit.result)).toEqual(visible(js.result));
  // Served by its text, a clean answer is written by the query's own serializer: byte for byte
  // what Apollo writes (JSON.stringify) for graphql-js's result.
  const source = print(document);
  const operation = jit.parsed.definitions.find((d) => d.kind === "OperationDefinition") as OperationDefinitionNode;
  const contextValue = createContext({ name: "equivalence", role }, api.registry);
  await compiled.run({
    document: jit.parsed,
    variables,
    contextValue,
    accepted: { source, requestedName: undefined, operation },
  });
  const hot = await compiled.runHot(source, undefined, variables, contextValue);
  if (hot && "text" in hot) {
    expect(hot.text).toBe(JSON.stringify({ data: js.result.data }));
    answersCompared++;
  }
  return js.result as ExecutionResult<R>;
}

describe("compiled and interpreted execution agree", () => {
  it("on permission decisions: grants, denials, conditions, items, explanations", async () => {
    const request = {
      provider: "dwp",
      recipient: "la-england-sample",
      purpose: "hb-administration",
      dataItems: ["rti.paye-data", "cis.customer-record"],
      channel: "rti",
      at: "2017-09-01",
    };
    const single = await bothWays(ResolvePermissionDocument, { request });
    expect(single.data?.resolvePermission.grants.length).toBeGreaterThan(0);
    const batch = await bothWays(ResolvePermissionsDocument, {
      requests: [
        request,
        { ...request, purpose: "lwp-administration" },
        { ...request, at: "2019-06-01" },
        { ...request, facts: [{ key: "claim-on-same-form-as-hb", value: "true" }] },
      ],
    });
    expect(new Set(batch.data?.resolvePermissions.map((d) => d.outcome))).toContain("DENIED");
    expect(answersCompared).toBe(2);
  });

  it("on a resolver's error: an unknown code is BAD_USER_INPUT at the same path and location", async () => {
    const result = await bothWays(ResolvePermissionsDocument, {
      requests: [{ provider: "dwp", recipient: "nobody-at-all", purpose: "hb-administration", dataItems: ["x"] }],
    });
    expect(result.errors?.[0]).toMatchObject({ path: ["resolvePermissions"], extensions: { code: "BAD_USER_INPUT" } });
    expect(result.errors?.[0].locations?.length).toBe(1);
  });

  it("on connections, nested lists, interfaces, DPO listings and introspection", async () => {
    const one = await bothWays(AgreementByCodeDocument, { code: "dwp-la-mou-2017" });
    await bothWays(NodeByIdDocument, { id: one.data?.agreement?.id as string });
    await bothWays(AgreementPageDocument, { first: 3, status: ["EXPIRED"] });
    await bothWays(NestedAgreementPageDocument, { first: 5 });
    await bothWays(SignatoryNamesDocument, { code: "dwp-la-mou-2017" });
    await bothWays(DataItemByCodeDocument, { code: "rti" });
    await bothWays(FidelityAllFlowsDocument, {});
    await bothWays(LawfulBasesDocument, { purpose: "hb-administration", dataItem: "rti.paye-data", first: 5 });
    await bothWays(PermittedFlowsDocument, { code: "la-england-sample", direction: "RECEIVE", at: "2017-09-01" });
    const introspection = await bothWays(parse(getIntrospectionQuery()) as TypedDocumentNode<{ __schema: object }>, {});
    expect(introspection.data?.__schema).toHaveProperty("types");
  });

  it("on history, documents and schedules", async () => {
    const history = await bothWays(AgreementHistoryDocument, { code: "dwp-la-mou-2017", first: 10 });
    const revisions = history.data?.agreement?.revisions.nodes ?? [];
    expect(revisions.length).toBeGreaterThan(0);
    await bothWays(AgreementDiffDocument, { from: revisions[0].id, to: revisions[revisions.length - 1].id });
    await bothWays(AgreementCompletenessDocument, { code: "dwp-la-mou-2017" });
    await bothWays(AgreementDocumentDocument, { code: "pmou-euss-2019" });
    await bothWays(ReviewScheduleDocument, { on: "2018-01-01", withinDays: 400 });
    await bothWays(AgreementsEndingDocument, { from: "2010-01-01", to: "2030-01-01" });
  });

  it("on what a role may not see: the same field denied, the same partial answer", async () => {
    const hidden = await bothWays(SignatoryNamesDocument, { code: "dwp-la-mou-2017" }, "service");
    expect(hidden.errors?.[0].message).toMatch(/Access denied/);
    expect(hidden.data?.agreement?.signatories.every((s) => s.name === null)).toBe(true);
  });

  it("on variables that do not fit: nothing runs, and the errors are graphql-js's", async () => {
    const result = await bothWays(AgreementPageDocument, { first: "ten" as unknown as number });
    expect(result.data).toBeUndefined();
    expect(result.errors?.[0].message).toMatch(/^Variable "\$first" got invalid value "ten"/);
  });
});

describe("the compiled executor", () => {
  const schema = new GraphQLSchema({
    query: new GraphQLObjectType({
      name: "Query",
      fields: {
        boom: {
          type: GraphQLString,
          resolve: () => {
            throw new Error("boom");
          },
        },
        greeting: { type: GraphQLString, resolve: () => "hello" },
      },
    }),
  });

  it("compiles a document on its compileAfter-th run, and never when that is 0", async () => {
    const executor = new OperationExecutor(schema, 3);
    const never = new OperationExecutor(schema, 0);
    const document = parse("{ greeting }");
    for (let run = 1; run <= 3; run++) {
      expect(executor.isCompiled(document)).toBe(false);
      expect(await executor.run({ document, contextValue: {} })).toEqual({ data: { greeting: "hello" } });
      expect(await never.run({ document, contextValue: {} })).toEqual({ data: { greeting: "hello" } });
    }
    expect(executor.isCompiled(document)).toBe(true);
    expect(never.isCompiled(document)).toBe(false);
  });

  it("reports a plain Error from a resolver as a graphql-js error, with path, location and extensions", async () => {
    const document = parse("{ greeting boom }");
    const [js, jit] = await Promise.all(
      [0, 1].map((after) => new OperationExecutor(schema, after).run({ document, contextValue: {} })),
    );
    const error = jit.errors?.[0] as GraphQLError;
    expect(error).toBeInstanceOf(GraphQLError);
    expect(error.extensions).toEqual({});
    expect(error.originalError?.message).toBe("boom");
    expect(error.toJSON()).toEqual((js.errors?.[0] as GraphQLError).toJSON());
    expect(jit.data).toEqual({ greeting: "hello", boom: null });
  });

  it("serves by text only what Apollo accepted, and holds at most 200 texts before starting over", async () => {
    const executor = new OperationExecutor(schema, 1);
    // One parsed document per text, as Apollo's document cache hands it out.
    const parsed = new Map<string, DocumentNode>();
    const accept = async (source: string) => {
      const document = parsed.get(source) ?? parse(source);
      parsed.set(source, document);
      const operation = document.definitions[0] as OperationDefinitionNode;
      await executor.run({ document, contextValue: {}, accepted: { source, requestedName: undefined, operation } });
    };
    const texts = Array.from({ length: 201 }, (_, i) => `{ greeting${i}: greeting }`);
    expect(await executor.runHot(texts[0], undefined, undefined, {})).toBeUndefined();
    for (const text of texts.slice(0, 200)) await accept(text);
    expect(await executor.runHot(texts[0], undefined, undefined, {})).toEqual({
      text: '{"data":{"greeting0":"hello"}}',
    });
    expect(executor.isHot(texts[0], "Other")).toBe(false);
    await accept(texts[200]);
    expect(executor.isHot(texts[0])).toBe(false);
    expect(executor.isHot(texts[200])).toBe(true);
    // A text that fell out is back once Apollo hands it over again, compiled as it already was.
    expect(executor.isCompiled(parsed.get(texts[0]) as DocumentNode)).toBe(true);
    await accept(texts[0]);
    expect(executor.isHot(texts[0])).toBe(true);
  });
});

describe("a hot query's answer", () => {
  // Two types that list the same fields in different orders, behind an interface; a custom scalar.
  const named = new GraphQLInterfaceType({ name: "Named", fields: { x: { type: GraphQLString } } });
  const day = new GraphQLScalarType({ name: "Day", serialize: (value) => String(value) });
  const schema = new GraphQLSchema({
    query: new GraphQLObjectType({
      name: "Query",
      fields: {
        tricky: { type: GraphQLString, resolve: () => '"quoted" \\ back \u0001 control, \ud800 lone, → arrow' },
        named: { type: named, resolve: () => ({ kind: "B", x: "x", y: "y" }) },
        today: { type: day, resolve: () => "2026-12-07" },
      },
    }),
    types: ["A", "B"].map(
      (name) =>
        new GraphQLObjectType({
          name,
          interfaces: [named],
          isTypeOf: (value: { kind: string }) => value.kind === name,
          fields: { x: { type: GraphQLString }, y: { type: GraphQLString } },
        }),
    ),
  });
  /** Has the executor accept `source` (so it is hot), then serves it by its text. */
  async function served(source: string) {
    const executor = new OperationExecutor(schema, 1);
    const document = parse(source);
    const operation = document.definitions[0] as OperationDefinitionNode;
    const direct = await executor.run({
      document,
      contextValue: {},
      accepted: { source, requestedName: undefined, operation },
    });
    expect(executor.isCompiled(document)).toBe(true);
    return {
      hot: await executor.runHot(source, undefined, undefined, {}),
      expected: JSON.stringify({ data: direct.data }),
    };
  }

  it("escapes strings as JSON.stringify does", async () => {
    const { hot, expected } = await served("{ tricky }");
    expect(hot).toEqual({ text: expected });
    expect(expected).toContain("\\ud800");
  });

  it("keeps each object's own field order behind an interface, whose types order them differently", async () => {
    const { hot, expected } = await served("{ named { ... on A { x y } ... on B { y x } } }");
    expect(expected).toBe('{"data":{"named":{"y":"y","x":"x"}}}');
    expect(hot).toEqual({ text: expected });
  });

  it("still compiles and answers a query that selects a custom scalar", async () => {
    const { hot, expected } = await served("{ today tricky }");
    expect(hot).toEqual({ text: expected });
  });
});

describe("the permission fields", () => {
  it("are resolved from graphql-js's coerced arguments, not type-graphql's class instances", async () => {
    const fields = (await registrySchema()).getQueryType()?.getFields();
    expect(fields?.resolvePermission.resolve).toBe(permissionFields.resolvePermission);
    expect(fields?.resolvePermissions.resolve).toBe(permissionFields.resolvePermissions);
  });
});
