import { hydrate } from "../../graphql/node.js";
import type { Row } from "./snapshot.js";

const nodes = new WeakMap<Row, object>();

/**
 * The GraphQL object for a snapshot row, made once per row and kept as long as the snapshot:
 * answers built from the snapshot need no SQL and allocate no copies per request.
 */
export function node<T extends object>(type: new () => T, row: Row): T {
  let made = nodes.get(row) as T | undefined;
  if (!made) {
    made = hydrate(type, row);
    nodes.set(row, made);
  }
  return made;
}
