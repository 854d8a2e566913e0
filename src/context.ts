import type { Role } from "./config.js";
import type { DatabaseHandle } from "./db/client.js";
import { Loaders } from "./graphql/loaders.js";
import type { DecisionLog } from "./modules/audit/decision-log.js";
import type { DecisionCache } from "./modules/permission/decision-cache.js";
import type { PermissionDecision } from "./modules/permission/permission.types.js";
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
  /** Permission answers already given from the current snapshot. */
  decisionCache: DecisionCache<PermissionDecision>;
}

/** What every request shares: the database, the permission snapshot, its answers and the decision log. */
export interface Services {
  db: DatabaseHandle;
  permissions: SnapshotStore;
  decisions: DecisionLog;
  decisionCache: DecisionCache<PermissionDecision>;
}

export function createContext(principal: Principal, services: Services): Context {
  return { principal, ...services, loaders: new Loaders(services.db.db) };
}
