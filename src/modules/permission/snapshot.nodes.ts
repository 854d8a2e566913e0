import { hydrate } from "../../graphql/node.js";
import type { Presented } from "./snapshot.js";

/**
 * The GraphQL object for a snapshot fact's row, made once and kept on the fact as long as the
 * snapshot (or a later one reusing the fact): answers built from the snapshot need no SQL and
 * allocate no copies per request.
 */
export function node<T extends object>(type: new () => T, fact: Presented): T {
  return (fact.node ??= hydrate(type, fact.row)) as T;
}
