import { createHash, randomBytes } from "node:crypto";
import type { DatabaseTarget } from "./db/client.js";
import { DECISION_CACHE_ENTRIES } from "./modules/permission/decision-cache.js";

export const ROLES = ["reader", "drafter", "approver", "service", "admin"] as const;
export type Role = (typeof ROLES)[number];

/** How long, by default, a permission request waits for a decision log that is behind (ms). */
export const DECISION_WAIT_MS = 10_000;

export interface ApiKey {
  key: string;
  role: Role;
  /** Who holds the key, for audit and segregation of duties; defaults to a label derived from the key. */
  name: string;
}

export interface Config {
  port: number;
  host: string;
  database: DatabaseTarget;
  apiKeys: ApiKey[];
  /** True when no keys were configured and one admin key was generated for this run. */
  generatedAdminKey: boolean;
  production: boolean;
  logLevel: string;
  maxQueryDepth: number;
  maxQueryCost: number;
  /** A document is compiled (graphql-jit) on this run of it; 0 never compiles. */
  compileAfter: number;
  /** Seed an empty database with the source agreements on start. */
  seedOnStart: boolean;
  /** Registry processes serving the port (cluster); more than 1 only on PostgreSQL. */
  workers: number;
  /** How long a permission request waits for a decision log that is behind before it is refused. */
  decisionWaitMs: number;
  /** Permission answers a decision cache generation holds; 0 decides every request afresh. */
  decisionCacheEntries: number;
}

/** A configuration value that cannot be used; the message names the variable and the rule. */
export class ConfigError extends Error {
  constructor(variable: string, rule: string) {
    super(`${variable}: ${rule}`);
    this.name = "ConfigError";
  }
}

function integer(env: NodeJS.ProcessEnv, name: string, fallback: number, min: number, max: number): number {
  const raw = env[name];
  if (raw === undefined || raw === "") return fallback;
  const value = Number(raw);
  if (!Number.isInteger(value) || value < min || value > max) {
    throw new ConfigError(name, `must be a whole number from ${min} to ${max}, got "${raw}"`);
  }
  return value;
}

/** A stable, non-secret name for a key nobody named: its role and a hash prefix. */
const keyName = (key: string, role: Role) => `${role}-${createHash("sha256").update(key).digest("hex").slice(0, 8)}`;

function parseKeys(raw: string): ApiKey[] {
  return raw
    .split(",")
    .map((entry) => entry.trim())
    .filter(Boolean)
    .map((entry) => {
      const [key = "", role, name, ...rest] = entry.split(":") as [string, Role, string | undefined];
      if (!ROLES.includes(role) || rest.length > 0) {
        throw new ConfigError(
          "REGISTRY_API_KEYS",
          `each entry is key:role or key:role:name with role one of ${ROLES.join(", ")}`,
        );
      }
      if (key.length < 16) throw new ConfigError("REGISTRY_API_KEYS", "each key must be at least 16 characters");
      if (name !== undefined && !/^[A-Za-z0-9._@-]{1,64}$/.test(name)) {
        throw new ConfigError("REGISTRY_API_KEYS", "a key's name is 1–64 letters, digits, '.', '_', '@' or '-'");
      }
      return { key, role, name: name ?? keyName(key, role) };
    });
}

function parseDatabase(env: NodeJS.ProcessEnv): DatabaseTarget {
  const url = env.DATABASE_URL;
  if (url) {
    if (!/^postgres(ql)?:\/\//.test(url)) {
      throw new ConfigError("DATABASE_URL", "must be a postgres:// or postgresql:// URL");
    }
    return { kind: "postgres", url };
  }
  const dataDir = env.REGISTRY_DATA_DIR || "./.data";
  return { kind: "pglite", dataDir: dataDir === ":memory:" ? undefined : dataDir };
}

/** Reads every environment variable the service uses, once, at start. */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const configured = env.REGISTRY_API_KEYS ? parseKeys(env.REGISTRY_API_KEYS) : [];
  // Never open by default: with no keys configured, mint one admin key for this run.
  const apiKeys =
    configured.length > 0
      ? configured
      : [{ key: randomBytes(24).toString("base64url"), role: "admin" as const, name: "generated-admin" }];
  const database = parseDatabase(env);
  const workers = integer(env, "REGISTRY_WORKERS", 1, 1, 64);
  if (workers > 1 && database.kind === "pglite") {
    throw new ConfigError(
      "REGISTRY_WORKERS",
      "more than 1 needs DATABASE_URL: the embedded database belongs to one process",
    );
  }
  const seed = env.REGISTRY_SEED ?? "true";
  if (seed !== "true" && seed !== "false") throw new ConfigError("REGISTRY_SEED", 'must be "true" or "false"');
  return {
    port: integer(env, "PORT", 4000, 0, 65535),
    host: env.HOST || "127.0.0.1",
    database,
    apiKeys,
    generatedAdminKey: configured.length === 0,
    production: env.NODE_ENV === "production",
    logLevel: env.LOG_LEVEL || "info",
    maxQueryDepth: integer(env, "REGISTRY_MAX_QUERY_DEPTH", 12, 2, 50),
    maxQueryCost: integer(env, "REGISTRY_MAX_QUERY_COST", 50_000, 100, 10_000_000),
    compileAfter: integer(env, "REGISTRY_COMPILE_AFTER", 2, 0, 1_000_000),
    seedOnStart: seed === "true",
    workers,
    decisionWaitMs: integer(env, "REGISTRY_DECISION_WAIT_MS", DECISION_WAIT_MS, 10, 600_000),
    decisionCacheEntries: integer(env, "REGISTRY_DECISION_CACHE", DECISION_CACHE_ENTRIES, 0, 10_000_000),
  };
}
