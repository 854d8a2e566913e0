import type { TypedDocumentNode } from "@graphql-typed-document-node/core";
import { type ExecutionResult, print } from "graphql";
import { type Registry, startRegistry } from "../../src/app.js";
import { type Config, loadConfig, type Role } from "../../src/config.js";
import { createLogger } from "../../src/logger.js";
import { createTestDatabase } from "./database.js";

/** One key per role, as REGISTRY_API_KEYS would configure them. */
export const KEYS: Record<Role, string> = {
  reader: "reader-key-0123456789abcdef",
  drafter: "drafter-key-0123456789abcdef",
  approver: "approver-key-0123456789abcdef",
  service: "service-key-0123456789abcdef",
  admin: "admin-key-0123456789abcdef",
};

export interface TestRegistry {
  registry: Registry;
  url: string;
  config: Config;
  /** POSTs a typed document over real HTTP with a role's key. */
  query<R, V extends Record<string, unknown>>(
    document: TypedDocumentNode<R, V>,
    variables?: V,
    role?: Role,
  ): Promise<ExecutionResult<R> & { status: number }>;
  /** POSTs raw text with any headers: for auth and malformed-request tests. */
  post(body: string, headers?: Record<string, string>): Promise<{ status: number; json: unknown }>;
  stop(): Promise<void>;
}

/** Starts the whole service — database, migrations, seed, HTTP — on a free port. */
export async function startTestRegistry(env: Record<string, string> = {}): Promise<TestRegistry> {
  const database = await createTestDatabase();
  const config: Config = {
    ...loadConfig({
      REGISTRY_API_KEYS: Object.entries(KEYS)
        // Each key's holder is named after its role, so revisions and audit entries say "drafter", "approver"…
        .map(([role, key]) => `${key}:${role}:${role}`)
        .join(","),
      PORT: "0",
      ...env,
    }),
    database: database.target,
  };
  const registry = await startRegistry(config, createLogger("silent"));
  const url = registry.server.url;

  const post = async (body: string, headers: Record<string, string> = {}) => {
    const res = await fetch(url, { method: "POST", headers: { "content-type": "application/json", ...headers }, body });
    return { status: res.status, json: (await res.json()) as unknown };
  };

  return {
    registry,
    url,
    config,
    post,
    async query(document, variables, role = "reader") {
      const { status, json } = await post(JSON.stringify({ query: print(document), variables }), {
        authorization: `Bearer ${KEYS[role]}`,
      });
      return { ...(json as ExecutionResult), status } as never;
    },
    async stop() {
      await registry.stop();
      await database.dispose();
    },
  };
}
