import { asc, count, getTableColumns, gt, sql } from "drizzle-orm";
import { Args, ArgsType, Authorized, Ctx, Field, Int, ObjectType, Query, Resolver } from "type-graphql";
import type { Context } from "../../context.js";
import { type DecisionDigest, auditLog } from "../../db/tables/index.js";
import { Connection, decodeCursor, PageArgs, pageSize, toConnection } from "../../graphql/connection.js";
import { badInput } from "../../graphql/errors.js";
import { DateTimeScalar } from "../../graphql/scalars.js";
import { decisionsText, verifyAuditChain } from "./chain.js";
import { inputHashOf } from "./decision-log.js";

@ObjectType({
  description:
    "A permission request as its DECISION entry keeps it: every code and the date asked, and the keys of any " +
    "facts asserted but not their values (callers may put anything in a fact, such as a case reference).",
})
export class AuditRequest {
  @Field(() => String, { description: "Provider organisation code." })
  provider!: string;
  @Field(() => String, { description: "Recipient organisation code." })
  recipient!: string;
  @Field(() => String, { description: "Purpose code." })
  purpose!: string;
  @Field(() => [String], { description: "Data item codes." })
  dataItems!: string[];
  @Field(() => String, { nullable: true, description: "Channel code, if one was named." })
  channel!: string | null;
  @Field(() => String, { nullable: true, description: "The date asked about; null: the day it was decided." })
  at!: string | null;
  @Field(() => String, { nullable: true, description: "Processing country, if given." })
  processingCountry!: string | null;
  @Field(() => [String], { description: "Keys of the facts asserted (their values are not kept)." })
  factKeys!: string[];
}

@ObjectType({ description: "One permission decision, as the DECISION entry that records it keeps it." })
export class AuditDecision {
  @Field(() => DateTimeScalar, { description: "When it was decided." })
  recordedAt!: string;
  @Field(() => String, { description: "Who asked: the API key holder's name." })
  principal!: string;
  @Field(() => String, { description: "The role they asked in." })
  role!: string;
  @Field(() => String, { description: "The provider asked about (organisation code)." })
  provider!: string;
  @Field(() => String, { description: "The recipient asked about (organisation code)." })
  recipient!: string;
  @Field(() => AuditRequest, {
    nullable: true,
    description: "What was asked; null for decisions recorded before requests were kept (see inputHash).",
  })
  request!: AuditRequest | null;
  @Field(() => String, {
    description:
      "sha256 of the request's canonical JSON, fact values included: a caller holding its request can find the " +
      "decision that answered it.",
  })
  inputHash!: string;
  @Field(() => String, { description: "PERMITTED, CONDITIONAL or DENIED." })
  outcome!: string;
  @Field(() => Int, { description: "The registry revision that answered." })
  registryRevision!: number;
}

@ObjectType({ description: "One entry of the append-only, hash-chained audit log." })
export class AuditEntry {
  @Field(() => Int, { description: "Position in the chain, from 1, without gaps." })
  seq!: number;
  @Field(() => DateTimeScalar, { description: "When it was recorded." })
  recordedAt!: Date;
  @Field(() => String, { description: "MUTATION, or DECISION (permission decisions, batched: see `decisions`)." })
  kind!: string;
  @Field(() => String, { description: "Who: the API key holder's name." })
  principal!: string;
  @Field(() => String, { description: "The role they acted in." })
  role!: string;
  @Field(() => String, { description: "The operation, e.g. `agreementApprove` or `resolvePermission`." })
  operation!: string;
  @Field(() => String, {
    nullable: true,
    description: "What it concerned: an agreement code, or how many decisions a DECISION entry records.",
  })
  subject!: string | null;
  @Field(() => String, {
    description:
      "sha256 of the canonical inputs (for a DECISION entry, of its `decisions` as stored JSON): what was asked, without storing it.",
  })
  inputHash!: string;
  @Field(() => String, { description: "OK, REFUSED:<code>, or a DECISION entry's count of each outcome." })
  outcome!: string;
  @Field(() => String, { description: "Hash of the entry before." })
  prevHash!: string;
  @Field(() => String, { description: "Hash of this entry (over its content, position and prevHash)." })
  hash!: string;
  @Field(() => [AuditDecision], {
    nullable: true,
    description: "A DECISION entry's permission decisions, in the order they were made; null for a mutation.",
  })
  decisions!: AuditDecision[] | null;
}

@ObjectType({ description: "Result of recomputing the audit chain." })
export class AuditChainVerification {
  @Field(() => Boolean, { description: "Every entry matches its hash and links to the one before." })
  intact!: boolean;
  @Field(() => Int, { description: "Entries verified before the first broken link (all of them when intact)." })
  entriesChecked!: number;
  @Field(() => Int, { nullable: true, description: "The first entry that is missing, altered or unlinked." })
  firstBrokenSeq!: number | null;
  @Field(() => String, { nullable: true, description: "What is wrong with it." })
  problem!: string | null;
}

/**
 * A stored decision as the API shows it, whichever way its entry kept the request. The input
 * hash of a kept request is computed only if asked for: a page of entries holds up to 100,000.
 */
function auditDecision(d: DecisionDigest): AuditDecision {
  const { recordedAt, principal, role, outcome, registryRevision } = d;
  const shown = { recordedAt, principal, role, outcome, registryRevision };
  if (!("request" in d)) {
    return { ...shown, provider: d.provider, recipient: d.recipient, request: null, inputHash: d.inputHash };
  }
  const { provider, recipient, purpose, dataItems, channel, at, processingCountry, factKeys } = d.request;
  const request = {
    provider,
    recipient,
    purpose,
    dataItems,
    channel: channel ?? null,
    at: at ?? null,
    processingCountry: processingCountry ?? null,
    factKeys: factKeys ?? [],
  };
  return {
    ...shown,
    provider,
    recipient,
    request,
    get inputHash() {
      return inputHashOf(d);
    },
  };
}

const AuditConnection = Connection(AuditEntry, "A page of audit entries, oldest first.");

@ArgsType()
class AuditLogArgs extends PageArgs {}

@Resolver()
export class AuditResolver {
  @Authorized(["admin"])
  @Query(() => AuditConnection, { description: "The audit log, oldest first (admin only)." })
  async auditLog(@Args(() => AuditLogArgs) args: AuditLogArgs, @Ctx() ctx: Context) {
    const size = pageSize(args.first);
    const after = args.after ? Number(decodeCursor(args.after)) : 0;
    if (!Number.isInteger(after) || after < 0) throw badInput("after", "is not a cursor from this connection");
    const [rows, [{ total }]] = await Promise.all([
      ctx.db.db
        .select({ ...getTableColumns(auditLog), decisionsJson: sql<string | null>`${auditLog.decisions}::text` })
        .from(auditLog)
        .where(gt(auditLog.seq, after))
        .orderBy(asc(auditLog.seq))
        .limit(size + 1),
      ctx.db.db.select({ total: count() }).from(auditLog),
    ]);
    // A DECISION entry's decisions are inflated and parsed only if the query asks for them.
    const entries = rows.map((row) => ({
      ...row,
      get decisions() {
        const text = decisionsText(row);
        return text === null ? null : (JSON.parse(text) as DecisionDigest[]).map(auditDecision);
      },
    }));
    return toConnection(entries, size, (r) => String(r.seq), total, after > 0);
  }

  @Authorized(["admin"])
  @Query(() => AuditChainVerification, {
    description: "Recompute the audit chain from the first entry and report the first broken link (admin only).",
  })
  async verifyAuditChain(@Ctx() ctx: Context) {
    await ctx.decisions.flush();
    return verifyAuditChain(ctx.db.db);
  }
}
