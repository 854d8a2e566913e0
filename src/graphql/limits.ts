import type { ApolloServerPlugin } from "@apollo/server";
import {
  type ASTVisitor,
  type FragmentDefinitionNode,
  GraphQLError,
  Kind,
  type SelectionSetNode,
  type ValidationContext,
} from "graphql";
import { createRequire } from "node:module";
import { isListType, isNonNullType } from "graphql";
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
        if (sel.kind === Kind.FIELD) deepest = Math.max(deepest, sel.selectionSet ? 1 + depthOf(sel.selectionSet, seen) : 1);
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

/** Assumed length of a plain list, for costing; connections cost by their `first`. */
const LIST_ESTIMATE = 5;

/** Cost of a field: 1, plus its children times how many items it can return. */
const estimator: ComplexityEstimator = ({ field, args, childComplexity }) => {
  let type = field.type;
  if (isNonNullType(type)) type = type.ofType;
  const first = typeof args.first === "number" ? args.first : undefined;
  const many = first ?? (isListType(type) ? LIST_ESTIMATE : 1);
  return 1 + childComplexity * many;
};

/** Rejects an operation whose estimated cost exceeds `max` before it runs. */
export function costLimit(max: number): ApolloServerPlugin {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ request, document, schema }) {
          const cost = getComplexity({
            schema,
            query: document,
            variables: request.variables ?? {},
            operationName: request.operationName ?? undefined,
            estimators: [estimator],
          });
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
