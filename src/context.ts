import type { Role } from "./config.js";
import type { DatabaseHandle } from "./db/client.js";
import { Loaders } from "./graphql/loaders.js";
import type { SnapshotStore } from "./modules/permission/snapshot.store.js";

/** Who is calling: resolved from the bearer key before any GraphQL runs. */
export interface Principal {
  role: Role;
  /** A short, non-secret label for logs and audit: the key's first characters. */
  keyId: string;
}

export interface Context {
  principal: Principal;
  db: DatabaseHandle;
  loaders: Loaders;
  /** The permission snapshot, shared by every request. */
  permissions: SnapshotStore;
}

export function createContext(principal: Principal, db: DatabaseHandle, permissions: SnapshotStore): Context {
  return { principal, db, loaders: new Loaders(db.db), permissions };
}
