import { timingSafeEqual } from "node:crypto";
import type { AuthChecker } from "type-graphql";
import type { ApiKey } from "../config.js";
import type { Context, Principal } from "../context.js";

/** Roles that may see personal data of officials (signatory names); services resolve permissions only. */
export const PEOPLE_READERS = ["reader", "drafter", "approver", "admin"] as const;

/**
 * Resolves `Authorization: Bearer <key>` to a principal, comparing in constant time.
 * Returns null for a missing, malformed or unknown key.
 */
export function authenticate(header: string | undefined, keys: ApiKey[]): Principal | null {
  const match = /^Bearer ([^\s]+)$/.exec(header ?? "");
  if (!match) return null;
  const offered = Buffer.from(match[1]);
  for (const { key, role, name } of keys) {
    const known = Buffer.from(key);
    if (known.length === offered.length && timingSafeEqual(known, offered)) {
      return { role, name };
    }
  }
  return null;
}

/** type-graphql's checker: `@Authorized()` needs any principal; `@Authorized(roles)` one of them. */
export const authChecker: AuthChecker<Context> = ({ context }, roles) =>
  roles.length === 0 || roles.includes(context.principal.role);
