import {
  type DocumentNode,
  type ExecutionResult,
  GraphQLError,
  type GraphQLSchema,
  type OperationDefinitionNode,
  TypeInfo,
  execute,
  getNamedType,
  isAbstractType,
  isScalarType,
  isSpecifiedScalarType,
  visit,
  visitWithTypeInfo,
} from "graphql";
import { type CompiledQuery, compileQuery, isCompiledQuery } from "graphql-jit";
import { sizingVariables } from "./limits.js";

export interface Operation {
  document: DocumentNode;
  operationName?: string | null;
  variables?: Record<string, unknown>;
  contextValue: unknown;
  /**
   * Where Apollo accepted it: the query text and operation name as the client sent them, and the
   * operation they resolved to. Given, a compiled query may be served again by `runHot`.
   */
  accepted?: { source: string; requestedName: string | undefined; operation: OperationDefinitionNode };
}

/**
 * What `runHot` gives: a clean result's answer as JSON text (`{"data":…}`), or a result with
 * errors for Apollo to format.
 */
export type HotRun = { text: string } | { result: ExecutionResult };

/** Query texts `runHot` holds at most; when full it starts over, and the hot set forms again. */
const HOT_CAPACITY = 200;

/** One operation of one document: how often it ran, and its compiled form once it has one. */
interface Plan {
  runs: number;
  /** `undefined` until compiled; `null` if it cannot be compiled, so graphql-js always runs it. */
  compiled?: CompiledQuery | null;
}

/**
 * Runs operations with graphql-js, and compiles the ones clients repeat with graphql-jit: a
 * function specialised to the document's selection, with its variables' coercion and each field's
 * completion written out, instead of graphql-js walking the selection set for every object.
 * Services send the same few documents many times a second; for `resolvePermissions` × 100
 * in-process this is 30 → 19 µs per decision (`.scratch`-measured, benchmark registry).
 *
 * Compiling costs milliseconds (6–9 ms for the permission query, ~20 ms for introspection), so
 * a document is compiled on its `compileAfter`-th run: a service's fixed operations soon are, a
 * person's one-off query never pays for it. 0 turns compilation off. Plans are keyed on the
 * parsed document, which Apollo's document cache hands back for the same query text, so a
 * document evicted from that cache takes its plan with it.
 *
 * A compiled query can also be run straight from its text (`runHot`), before Apollo: see
 * `server.ts` for when the HTTP layer does.
 */
export class OperationExecutor {
  private readonly plans = new WeakMap<DocumentNode, Map<string, Plan>>();
  /** Compiled queries by the text and operation name Apollo accepted them under. */
  private readonly hot = new Map<string, Map<string, CompiledQuery>>();

  constructor(
    private readonly schema: GraphQLSchema,
    private readonly compileAfter: number,
  ) {}

  async run(operation: Operation): Promise<ExecutionResult> {
    // Compilation off: no plans to keep either.
    if (this.compileAfter === 0) return this.interpret(operation);
    const plan = this.plan(operation);
    if (plan.compiled === undefined && ++plan.runs >= this.compileAfter) {
      plan.compiled = this.compile(operation);
    }
    if (!plan.compiled) return this.interpret(operation);
    // Again on every run Apollo hands over: the hot set may have started over since it compiled.
    if (operation.accepted) this.admit(plan.compiled, operation.accepted);
    // Not run at all: its variables do not fit their types. graphql-js reports that the way Apollo
    // recognises (a 400, BAD_USER_INPUT, naming the variable), and runs nothing either.
    return (await this.runCompiled(plan.compiled, operation)) ?? this.interpret(operation);
  }

  /**
   * Runs a compiled query by the text and operation name the client sent, if Apollo has accepted
   * exactly those before: parsed, validated and costed them, with nothing in the cost that the
   * variables can change. A clean result comes back as its answer's text, written by the query's
   * own serializer where it has one (see `compile`). `undefined` when it is not hot, or its
   * variables do not fit (nothing ran): Apollo must answer then.
   */
  async runHot(
    source: string,
    requestedName: string | undefined,
    variables: Record<string, unknown> | undefined,
    contextValue: unknown,
  ): Promise<HotRun | undefined> {
    const compiled = this.hot.get(source)?.get(requestedName ?? "");
    const result = compiled && (await this.runCompiled(compiled, { variables, contextValue }));
    if (!result) return undefined;
    return result.errors ? { result } : { text: compiled.stringify({ data: result.data }) };
  }

  /** Whether a query text (and operation name) is served by `runHot`: for tests and diagnostics. */
  isHot(source: string, requestedName?: string): boolean {
    return Boolean(this.hot.get(source)?.has(requestedName ?? ""));
  }

  /** A compiled query's result, its errors as graphql-js builds them; `undefined` if nothing ran. */
  private async runCompiled(
    compiled: CompiledQuery,
    { variables, contextValue }: Pick<Operation, "variables" | "contextValue">,
  ): Promise<ExecutionResult | undefined> {
    const result = await compiled.query(undefined, contextValue, variables ?? {});
    if (!result.errors) return result;
    if (result.data === undefined) return undefined;
    return { ...result, errors: result.errors.map(standardError) };
  }

  /**
   * Queries only: a mutation goes through Apollo every time. And only when the cost Apollo
   * checked cannot differ for other variables (no page sizes in them): `runHot` checks none.
   */
  private admit(compiled: CompiledQuery, { source, requestedName, operation }: NonNullable<Operation["accepted"]>) {
    if (operation.operation !== "query" || sizingVariables(operation).length > 0) return;
    if (this.hot.size >= HOT_CAPACITY && !this.hot.has(source)) this.hot.clear();
    let byName = this.hot.get(source);
    if (!byName) this.hot.set(source, (byName = new Map()));
    byName.set(requestedName ?? "", compiled);
  }

  private interpret(operation: Operation): Promise<ExecutionResult> | ExecutionResult {
    return execute({
      schema: this.schema,
      document: operation.document,
      operationName: operation.operationName,
      variableValues: operation.variables,
      contextValue: operation.contextValue,
    });
  }

  /** Whether this operation now runs compiled: for tests and diagnostics. */
  isCompiled(document: DocumentNode, operationName?: string | null): boolean {
    return Boolean(this.plans.get(document)?.get(operationName ?? "")?.compiled);
  }

  private plan({ document, operationName }: Operation): Plan {
    let byName = this.plans.get(document);
    if (!byName) this.plans.set(document, (byName = new Map()));
    const key = operationName ?? "";
    let plan = byName.get(key);
    if (!plan) byName.set(key, (plan = { runs: 0 }));
    return plan;
  }

  /**
   * With its own JSON serializer (graphql-jit's `customJSONSerializer`: fast-json-stringify, from
   * the selection's types) where its bytes are sure to be JSON.stringify's, which Apollo sends. A
   * benchmark decision's answer is written in 2.3–3.2 µs rather than 5.9–6.1 (`.scratch`, 10,000
   * answers, none differing by a byte). Not where the selection reaches an interface or union,
   * whose possible types' fields it merges into one order (an object of one type could come out in
   * another's order), or a custom scalar, which it cannot type.
   */
  private compile({ document, operationName }: Operation): CompiledQuery | null {
    try {
      const compiled = compileQuery(this.schema, document, operationName ?? undefined, {
        customJSONSerializer: plainlySerialisable(this.schema, document),
      });
      // A document graphql-jit cannot plan is left to graphql-js, which reports its errors.
      return isCompiledQuery(compiled) ? compiled : null;
    } catch {
      return null;
    }
  }
}

/** Whether no field the document selects has an interface, a union or a custom scalar as its type. */
function plainlySerialisable(schema: GraphQLSchema, document: DocumentNode): boolean {
  const types = new TypeInfo(schema);
  let plain = true;
  visit(
    document,
    visitWithTypeInfo(types, {
      Field() {
        const type = getNamedType(types.getType());
        if (!type || isAbstractType(type) || (isScalarType(type) && !isSpecifiedScalarType(type))) plain = false;
      },
    }),
  );
  return plain;
}

/**
 * graphql-jit's errors pass `instanceof GraphQLError` but are not built like graphql-js's: one from
 * a plain `Error` has no `extensions`, which Apollo's error formatting reads. Rebuilt as graphql-js
 * would build it (the cause's extensions, or none), keeping where and on which path it happened.
 */
function standardError(error: GraphQLError): GraphQLError {
  const rebuilt = new GraphQLError(error.message, {
    path: error.path,
    originalError: error.originalError ?? undefined,
    extensions: error.extensions ?? undefined,
  });
  // jit knows the location as line and column only, which is what graphql-js's error carries.
  if (error.locations) Object.defineProperty(rebuilt, "locations", { value: error.locations, enumerable: true });
  return rebuilt;
}
