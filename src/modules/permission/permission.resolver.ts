import { GraphQLError } from "graphql";
import { Arg, Ctx, Query, Resolver } from "type-graphql";
import type { Context } from "../../context.js";
import { badInput } from "../../graphql/errors.js";
import { Agreement, Annex } from "../agreement/agreement.types.js";
import { DecisionLogBehind } from "../audit/decision-log.js";
import { DataItem, LegalGateway } from "../catalogue/catalogue.types.js";
import {
  type Decision,
  type Denial,
  type Grant,
  type PermissionQuery,
  UnknownCodeError,
  evaluate,
  explain,
} from "./evaluate.js";
import { decisionKey } from "./decision-cache.js";
import { type DenialCode, PermissionDecision, type PermissionOutcome, PermissionRequest } from "./permission.types.js";
import type { Snapshot } from "./snapshot.js";
import { node } from "./snapshot.nodes.js";

export const MAX_BATCH = 100;

function today(): string {
  return new Date().toISOString().slice(0, 10);
}

function toQuery(request: PermissionRequest, field: string): PermissionQuery {
  if (request.processingCountry && !/^[A-Z]{2}$/.test(request.processingCountry)) {
    throw badInput(`${field}.processingCountry`, "must be an ISO 3166-1 alpha-2 code such as GB");
  }
  return {
    provider: request.provider,
    recipient: request.recipient,
    purpose: request.purpose,
    dataItems: request.dataItems,
    channel: request.channel,
    at: request.at ?? today(),
    processingCountry: request.processingCountry,
    facts: request.facts?.length ? new Map(request.facts.map((f) => [f.key, f.value])) : undefined,
  };
}

function grantOut(g: Grant) {
  const { annex } = g.rule;
  return {
    agreement: node(Agreement, g.agreement),
    annex: annex ? node(Annex, annex) : null,
    clauseReference: g.rule.clauseReference,
    ruleCode: g.rule.code,
    gateways: g.gateways.map((gateway) => node(LegalGateway, gateway)),
  };
}

function denialOut(d: Denial) {
  return {
    code: d.code as DenialCode,
    reason: d.reason,
    clauseReference: d.clauseReference,
    agreement: d.agreement ? node(Agreement, d.agreement) : null,
  };
}

/**
 * The evaluator's decision as the GraphQL object. The per-item breakdown and the explanation
 * are built only if the query selects them: most callers ask for the outcome and its grants.
 * A view is shared by every request the decision cache answers with it, so it is never changed
 * once made (the explanation is made once, when first asked for).
 */
class DecisionView implements PermissionDecision {
  readonly outcome: PermissionOutcome;
  readonly grants: PermissionDecision["grants"];
  readonly denials: PermissionDecision["denials"];
  readonly conditions: PermissionDecision["conditions"];
  readonly registryRevision: number;
  readonly at: string;

  constructor(
    private readonly q: PermissionQuery,
    private readonly d: Decision,
  ) {
    this.at = q.at;
    this.outcome = d.outcome as PermissionOutcome;
    this.grants = d.grants.map(grantOut);
    this.denials = d.denials.map(denialOut);
    this.conditions = d.conditions;
    this.registryRevision = d.registryRevision;
  }

  get items(): PermissionDecision["items"] {
    return this.d.items.map((i) => ({
      dataItem: node(DataItem, i.item),
      outcome: i.outcome as PermissionOutcome,
      grants: i.grants.map(grantOut),
      denials: i.denials.map(denialOut),
      conditions: i.conditions,
    }));
  }

  private explained?: string;

  get explanation(): string {
    return (this.explained ??= explain(this.q, this.d));
  }
}

function decide(ctx: Context, s: Snapshot, request: PermissionRequest, field: string): PermissionDecision {
  const query = toQuery(request, field);
  try {
    const view = ctx.decisionCache.get(s, decisionKey(query), () => new DecisionView(query, evaluate(s, query)));
    // Every request is audited, answered from the cache or not: a push here, hashed and written
    // by the decision log's flush.
    ctx.decisions.record({
      principal: ctx.principal.name,
      role: ctx.principal.role,
      request,
      outcome: view.outcome,
      registryRevision: view.registryRevision,
      at: Date.now(),
    });
    return view;
  } catch (error) {
    if (error instanceof UnknownCodeError) {
      throw badInput(field, error.unknown.map((u) => `unknown ${u.field} code "${u.code}"`).join("; "));
    }
    throw error;
  }
}

/**
 * Decides with the current snapshot: synchronously once it is built and the decision log is
 * keeping up, so no promise per request; otherwise once both are ready.
 */
function withSnapshot<T>(ctx: Context, use: (s: Snapshot) => T): T | Promise<T> {
  const snapshot = ctx.permissions.peek();
  const admitted = ctx.decisions.admit();
  if (snapshot && !admitted) return use(snapshot);
  return (admitted ?? Promise.resolve()).then(() => ctx.permissions.current(), unavailable).then(use);
}

/** A decision that could not be recorded is not given: a retryable error (HTTP 503), not an internal one. */
function unavailable(error: unknown): never {
  if (error instanceof DecisionLogBehind)
    throw new GraphQLError(error.message, {
      extensions: {
        code: "SERVICE_UNAVAILABLE",
        backlog: error.backlog,
        http: { status: 503, headers: new Map([["retry-after", "1"]]) },
      },
    });
  throw error;
}

/**
 * The permission fields as graphql-js resolvers, over their arguments as graphql-js coerced them.
 * type-graphql would convert each request into class instances by walking its metadata for every
 * field: ~7 µs a request in a loaded server, about what deciding it costs. These inputs are only
 * read, so `registrySchema` installs these resolvers; the class below still declares the fields.
 */
export const permissionFields = {
  resolvePermission(_root: unknown, args: { request: PermissionRequest }, ctx: Context) {
    return withSnapshot(ctx, (s) => decide(ctx, s, args.request, "request"));
  },
  resolvePermissions(_root: unknown, args: { requests: PermissionRequest[] }, ctx: Context) {
    const { requests } = args;
    if (requests.length > MAX_BATCH) throw badInput("requests", `at most ${MAX_BATCH} requests per call`);
    return withSnapshot(ctx, (s) => requests.map((request, i) => decide(ctx, s, request, `requests[${i}]`)));
  },
};

@Resolver()
export class PermissionResolver {
  @Query(() => PermissionDecision, {
    description:
      "Which agreement and legal gateway permit this data to flow from provider to recipient for this purpose " +
      "on this date — with every grant, denial and unsettled condition, and the reasons. An unknown code is an error.",
  })
  resolvePermission(
    @Arg("request", () => PermissionRequest) request: PermissionRequest,
    @Ctx() ctx: Context,
  ): PermissionDecision | Promise<PermissionDecision> {
    return permissionFields.resolvePermission(null, { request }, ctx);
  }

  @Query(() => [PermissionDecision], {
    description: `Up to ${MAX_BATCH} permission requests answered from one registry revision, in order.`,
  })
  resolvePermissions(
    @Arg("requests", () => [PermissionRequest]) requests: PermissionRequest[],
    @Ctx() ctx: Context,
  ): PermissionDecision[] | Promise<PermissionDecision[]> {
    return permissionFields.resolvePermissions(null, { requests }, ctx);
  }
}
