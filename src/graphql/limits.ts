import { createRequire } from "node:module";
import type { ApolloServerPlugin } from "@apollo/server";
import {
  type ASTVisitor,
  type DocumentNode,
  print,
  type FragmentDefinitionNode,
  type OperationDefinitionNode,
  GraphQLError,
  getVariableValues,
  isListType,
  isNonNullType,
  Kind,
  type SelectionSetNode,
  type ValidationContext,
} from "graphql";
import type { ComplexityEstimator } from "graphql-query-complexity";

// Its ESM build imports `graphql/index.mjs`, a second copy of graphql next to the CommonJS one
// every other library loads ("another realm"); its CommonJS build shares ours.
const { getComplexity } = createRequire(import.meta.url)(
  "graphql-query-complexity",
) as typeof import("graphql-query-complexity");

/** Rejects operations nested deeper than `max` fields (fragments followed, cycles cut). */
export function depthLimit(max: number) {
  return (context: ValidationContext): ASTVisitor => {
    const fragments = new Map<string, FragmentDefinitionNode>();
    for (const def of context.getDocument().definitions) {
      if (def.kind === Kind.FRAGMENT_DEFINITION) fragments.set(def.name.value, def);
    }
    const depthOf = (set: SelectionSetNode | undefined, seen: Set<string>): number => {
      if (!set) return 0;
      let deepest = 0;
      for (const sel of set.selections) {
        if (sel.kind === Kind.FIELD)
          deepest = Math.max(deepest, sel.selectionSet ? 1 + depthOf(sel.selectionSet, seen) : 1);
        else if (sel.kind === Kind.INLINE_FRAGMENT) deepest = Math.max(deepest, depthOf(sel.selectionSet, seen));
        else if (!seen.has(sel.name.value)) {
          const fragment = fragments.get(sel.name.value);
          deepest = Math.max(deepest, depthOf(fragment?.selectionSet, new Set([...seen, sel.name.value])));
        }
      }
      return deepest;
    };
    return {
      OperationDefinition(node) {
        const depth = depthOf(node.selectionSet, new Set());
        if (depth > max) {
          context.reportError(
            new GraphQLError(`Query depth ${depth} exceeds the limit of ${max}`, {
              nodes: [node],
              extensions: { code: "QUERY_TOO_DEEP" },
            }),
          );
        }
      },
    };
  };
}

/** Assumed length of a plain (unpaginated) list, for costing. */
const LIST_ESTIMATE = 3;
/** A connection's page size when `first` is not given (see connection.ts). */
const DEFAULT_PAGE = 20;

/**
 * Cost of a field: 1, plus its children times how many items it can return. A connection
 * returns `first` items (default 20); its `nodes`/`edges` lists are that page, not more.
 */
const estimator: ComplexityEstimator = ({ type: parent, field, args, childComplexity }) => {
  let type = field.type;
  if (isNonNullType(type)) type = type.ofType;
  let many = 1;
  if (field.args.some((a) => a.name === "first")) many = typeof args.first === "number" ? args.first : DEFAULT_PAGE;
  else if (parent.name.endsWith("Connection") && (field.name === "nodes" || field.name === "edges")) many = 1;
  else if (isListType(type)) many = LIST_ESTIMATE;
  return 1 + childComplexity * many;
};

const sizingNames = new WeakMap<OperationDefinitionNode, string[]>();

/** The variables that can change an operation's cost: its integers (page sizes), worked out once. */
export function sizingVariables(operation: OperationDefinitionNode): string[] {
  let names = sizingNames.get(operation);
  if (!names) {
    names = (operation.variableDefinitions ?? [])
      .filter((v) => /\bInt\b/.test(print(v.type)))
      .map((v) => v.variable.name.value);
    sizingNames.set(operation, names);
  }
  return names;
}

/** Rejects an operation whose estimated cost exceeds `max` before it runs. */
export function costLimit(max: number): ApolloServerPlugin {
  // Apollo reuses the parsed document for a repeated query string, so the cost of a document
  // is computed once per distinct set of the variables that can change it (page sizes).
  const costs = new WeakMap<DocumentNode, Map<string, number>>();
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ request, document, schema, operation }) {
          const names = operation ? sizingVariables(operation) : [];
          const key = names.length
            ? `${request.operationName ?? ""}|${JSON.stringify(names.map((name) => request.variables?.[name]))}`
            : `${request.operationName ?? ""}|`;
          let known = costs.get(document);
          if (!known) costs.set(document, (known = new Map()));
          let cost = known.get(key);
          if (cost === undefined) {
            // Variables that do not fit their types: no cost to estimate, and nothing will run;
            // execution reports them (400 BAD_USER_INPUT, naming the variable).
            const variables = getVariableValues(schema, operation?.variableDefinitions ?? [], request.variables ?? {});
            if (variables.errors) return;
            cost = getComplexity({
              schema,
              query: document,
              variables: request.variables ?? {},
              operationName: request.operationName ?? undefined,
              estimators: [estimator],
            });
            known.set(key, cost);
          }
          if (cost > max) {
            throw new GraphQLError(`Query cost ${cost} exceeds the limit of ${max}; ask for fewer items per page`, {
              extensions: { code: "QUERY_TOO_COSTLY", cost, limit: max, http: { status: 400 } },
            });
          }
        },
      };
    },
  };
}
