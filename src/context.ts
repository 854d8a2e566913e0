import type { Role } from "./config.js";
import type { DatabaseHandle } from "./db/client.js";
import { Loaders } from "./graphql/loaders.js";
import type { DecisionLog } from "./modules/audit/decision-log.js";
import type { SnapshotStore } from "./modules/permission/snapshot.store.js";

/** Who is calling: resolved from the bearer key before any GraphQL runs. */
export interface Principal {
  role: Role;
  /** Who holds the key: recorded in revisions and the audit log, and checked for segregation of duties. */
  name: string;
}

export interface Context {
  principal: Principal;
  db: DatabaseHandle;
  loaders: Loaders;
  /** The permission snapshot, shared by every request. */
  permissions: SnapshotStore;
  /** Permission decisions, batched into the audit chain off the hot path. */
  decisions: DecisionLog;
}

/** What every request shares: the database, the permission snapshot and the decision log. */
export interface Services {
  db: DatabaseHandle;
  permissions: SnapshotStore;
  decisions: DecisionLog;
}

export function createContext(principal: Principal, services: Services): Context {
  return { principal, ...services, loaders: new Loaders(services.db.db) };
}
