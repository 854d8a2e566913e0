import { ArgsType, type ClassType, Field, Int, ObjectType } from "type-graphql";
import { badInput } from "./errors.js";

@ObjectType({ description: "Where a page sits in the whole list.", simpleResolvers: true })
export class PageInfo {
  @Field(() => Boolean, { description: "More items follow this page." })
  hasNextPage!: boolean;

  @Field(() => Boolean, { description: "Items precede this page." })
  hasPreviousPage!: boolean;

  @Field(() => String, { nullable: true, description: "Cursor of the first item on the page." })
  startCursor!: string | null;

  @Field(() => String, { nullable: true, description: "Cursor of the last item on the page; pass as `after`." })
  endCursor!: string | null;
}

export const MAX_PAGE = 100;

@ArgsType()
export class PageArgs {
  @Field(() => Int, { nullable: true, description: `How many items, 1 to ${MAX_PAGE} (default 20).` })
  first?: number | null;

  @Field(() => String, { nullable: true, description: "Return items after this cursor." })
  after?: string | null;
}

export interface Edge<T> {
  cursor: string;
  node: T;
}

export interface ConnectionShape<T> {
  edges: Edge<T>[];
  nodes: T[];
  pageInfo: PageInfo;
  totalCount: number;
}

/** Builds the `XConnection` and `XEdge` types for a node type (Relay cursor connections). */
export function Connection<T extends object>(node: ClassType<T>, description: string) {
  const name = node.name;

  @ObjectType(`${name}Edge`, { description: `A ${name} in a page, with its cursor.`, simpleResolvers: true })
  class EdgeType {
    @Field(() => String, { description: "Opaque cursor of this item." })
    cursor!: string;

    @Field(() => node, { description: `The ${name}.` })
    node!: T;
  }

  @ObjectType(`${name}Connection`, { description, simpleResolvers: true })
  class ConnectionType {
    @Field(() => [EdgeType], { description: "The items on this page, with cursors." })
    edges!: EdgeType[];

    @Field(() => [node], { description: "The items on this page." })
    nodes!: T[];

    @Field(() => PageInfo, { description: "Paging information." })
    pageInfo!: PageInfo;

    @Field(() => Int, { description: "How many items match, across all pages." })
    totalCount!: number;
  }
  return ConnectionType;
}

/** Cursor: base64url of the keyset value the list is ordered by (a code). */
export function encodeCursor(key: string): string {
  return Buffer.from(key).toString("base64url");
}

export function decodeCursor(cursor: string): string {
  return Buffer.from(cursor, "base64url").toString("utf8");
}

/** Page size from `first`: default 20, at most MAX_PAGE. */
export function pageSize(first: number | null | undefined): number {
  if (first == null) return 20;
  if (!Number.isInteger(first) || first < 1 || first > MAX_PAGE) {
    throw badInput("first", `must be from 1 to ${MAX_PAGE}`);
  }
  return first;
}

/**
 * Builds a connection from `size + 1` rows fetched after the cursor: the extra row only
 * tells whether another page follows.
 */
export function toConnection<T>(
  rows: T[],
  size: number,
  key: (row: T) => string,
  totalCount: number,
  hasPrevious: boolean,
): ConnectionShape<T> {
  const page = rows.slice(0, size);
  const edges = page.map((row) => ({ cursor: encodeCursor(key(row)), node: row }));
  return {
    edges,
    nodes: page,
    totalCount,
    pageInfo: {
      hasNextPage: rows.length > size,
      hasPreviousPage: hasPrevious,
      startCursor: edges[0]?.cursor ?? null,
      endCursor: edges.at(-1)?.cursor ?? null,
    },
  };
}

/**
 * One page of a list ordered by code: `fetch` returns up to `limit` rows after `afterCode`
 * and the total; rows become `type` instances.
 */
export async function pageByCode<R extends { code: string }, T extends object>(
  args: PageArgs,
  type: new () => T,
  fetch: (afterCode: string | null, limit: number) => Promise<{ rows: R[]; total: number }>,
): Promise<ConnectionShape<T>> {
  const size = pageSize(args.first);
  const after = args.after ? decodeCursor(args.after) : null;
  const { rows, total } = await fetch(after, size + 1);
  const page = toConnection(rows, size, (row) => row.code, total, after !== null);
  const nodes = page.nodes.map((row) => Object.assign(new type(), row));
  return { ...page, nodes, edges: page.edges.map((edge, i) => ({ cursor: edge.cursor, node: nodes[i] })) };
}
