import { Field, ID, InterfaceType } from "type-graphql";

/** Opaque global id: base64url of `Type:uuid`. Clients must not parse it. */
export function toGlobalId(type: string, id: string): string {
  return Buffer.from(`${type}:${id}`).toString("base64url");
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

/** Decodes a global id; null when it is not one of ours. */
export function fromGlobalId(globalId: string): { type: string; id: string } | null {
  const decoded = Buffer.from(globalId, "base64url").toString("utf8");
  const colon = decoded.indexOf(":");
  if (colon <= 0) return null;
  const type = decoded.slice(0, colon);
  const id = decoded.slice(colon + 1);
  return UUID.test(id) ? { type, id } : null;
}

/**
 * Every major entity. Rows are hydrated into their class so `id` (the row's uuid) stays
 * internal and the GraphQL `id` is the opaque global id. No `resolveType`: type-graphql's own
 * finds the hydrated class synchronously; one given here would be wrapped in an async function,
 * which graphql-jit (see graphql/executor.ts) does not await.
 */
@InterfaceType({
  description: "An object with a globally unique, opaque id, refetchable with `node(id:)`.",
})
export abstract class Node {
  /** The row's uuid: internal, never exposed. */
  id!: string;

  // Never a simple resolver: the schema's `id` is this getter, not the row's `id`.
  @Field(() => ID, { name: "id", simple: false, description: "Globally unique, opaque id." })
  get globalId(): string {
    return toGlobalId(this.constructor.name, this.id);
  }
}

/** Turns a database row into an instance of its GraphQL class. */
export function hydrate<T extends object>(type: new () => T, row: object): T {
  return Object.assign(new type(), row);
}

export type NodeClass<T extends Node = Node> = new () => T;
