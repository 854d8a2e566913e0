import { and, asc, count, eq, gt } from "drizzle-orm";
import { Arg, Args, ArgsType, Ctx, FieldResolver, ID, Int, Query, Resolver, Root } from "type-graphql";
import type { Context } from "../../context.js";
import type { Database } from "../../db/client.js";
import * as t from "../../db/tables/index.js";
import { Connection, decodeCursor, PageArgs, pageSize, toConnection } from "../../graphql/connection.js";
import { badInput } from "../../graphql/errors.js";
import { fromGlobalId, hydrate } from "../../graphql/node.js";
import { DateScalar } from "../../graphql/scalars.js";
import { Agreement } from "../agreement/agreement.types.js";
import { parentContent } from "../lifecycle/transitions.js";
import { assessCompleteness } from "./completeness.js";
import { type AgreementContent, loadAgreementContent } from "./content.js";
import { diffContent } from "./diff.js";
import { type NameLookup, renderMarkdown } from "./document.js";
import { lineageOf, revisionInForceOn } from "./revision.repository.js";
import { AgreementDiff, AgreementRevision, Completeness, DocumentFormat } from "./revision.types.js";

const RevisionConnection = Connection(AgreementRevision, "A page of revisions, oldest first.");

@ArgsType()
class RevisionsArgs extends PageArgs {}

/** Names for the rendered document, from the catalogue (one query per table). */
async function catalogueNames(db: Database): Promise<NameLookup> {
  const [orgs, purposes, items, channels, gateways] = await Promise.all([
    db.select({ code: t.organisations.code, name: t.organisations.name }).from(t.organisations),
    db.select({ code: t.purposes.code, name: t.purposes.name }).from(t.purposes),
    db.select({ code: t.dataItems.code, name: t.dataItems.name }).from(t.dataItems),
    db.select({ code: t.channels.code, name: t.channels.name }).from(t.channels),
    db
      .select({ code: t.legalGateways.code, title: t.legalGateways.instrument, citation: t.legalGateways.citation })
      .from(t.legalGateways),
  ]);
  const named = (rows: { code: string; name: string }[]) => new Map(rows.map((r) => [r.code, r.name]));
  const [o, p, i, c] = [named(orgs), named(purposes), named(items), named(channels)];
  const g = new Map(gateways.map((r) => [r.code, { title: r.title, citation: r.citation }]));
  return {
    organisation: (code) => o.get(code),
    purpose: (code) => p.get(code),
    dataItem: (code) => i.get(code),
    channel: (code) => c.get(code),
    gateway: (code) => g.get(code),
  } as NameLookup;
}

async function render(ctx: Context, content: AgreementContent, format: keyof typeof DocumentFormat) {
  if (format !== "MARKDOWN") throw badInput("format", "must be MARKDOWN");
  return renderMarkdown(content, await catalogueNames(ctx.db.db));
}

const asRevision = (row: object) => hydrate(AgreementRevision, row);

async function revisionById(db: Database, globalId: string, argument: string): Promise<AgreementRevision> {
  const decoded = fromGlobalId(globalId);
  if (!decoded || decoded.type !== "AgreementRevision") throw badInput(argument, "must be an AgreementRevision id");
  const [row] = await db.select().from(t.agreementRevisions).where(eq(t.agreementRevisions.id, decoded.id));
  if (!row) throw badInput(argument, "no such revision");
  return asRevision(row);
}

@Resolver(() => Agreement)
export class AgreementHistoryResolver {
  @FieldResolver(() => RevisionConnection, { description: "Every revision of this agreement, oldest first." })
  async revisions(@Root() agreement: Agreement, @Args(() => RevisionsArgs) args: RevisionsArgs, @Ctx() ctx: Context) {
    const size = pageSize(args.first);
    const after = args.after ? Number(decodeCursor(args.after)) : 0;
    if (!Number.isInteger(after) || after < 0) throw badInput("after", "is not a cursor from this connection");
    const mine = eq(t.agreementRevisions.agreementId, agreement.id);
    const [rows, [{ total }]] = await Promise.all([
      ctx.db.db
        .select()
        .from(t.agreementRevisions)
        .where(and(mine, gt(t.agreementRevisions.number, after)))
        .orderBy(asc(t.agreementRevisions.number))
        .limit(size + 1),
      ctx.db.db.select({ total: count() }).from(t.agreementRevisions).where(mine),
    ]);
    const page = toConnection(rows.map(asRevision), size, (r) => String(r.number), total, after > 0);
    return page;
  }

  @FieldResolver(() => AgreementRevision, {
    nullable: true,
    description: "One revision by number (default: the latest); null if there is none.",
  })
  async revision(
    @Root() agreement: Agreement,
    @Arg("number", () => Int, { nullable: true }) number: number | null,
    @Ctx() ctx: Context,
  ) {
    number ??= agreement.revision;
    const [row] = await ctx.db.db
      .select()
      .from(t.agreementRevisions)
      .where(and(eq(t.agreementRevisions.agreementId, agreement.id), eq(t.agreementRevisions.number, number)));
    return row ? asRevision(row) : null;
  }

  @FieldResolver(() => AgreementRevision, {
    nullable: true,
    description:
      "The content in force on a date, across this agreement's amendments: the revision operative then " +
      "(an amendment's once it took effect). Null when nothing in this line was in force that day: before it " +
      "began, after it ended (by expiry, notice or termination) or while it was suspended.",
  })
  async asOf(@Root() agreement: Agreement, @Arg("date", () => DateScalar) date: string, @Ctx() ctx: Context) {
    const row = await revisionInForceOn(ctx.db.db, await lineageOf(ctx.db.db, agreement.id), date);
    return row ? asRevision(row) : null;
  }

  @FieldResolver(() => Completeness, {
    description: "What an agreement of its kind must state, and what this one is missing. Approval needs it complete.",
  })
  async completeness(@Root() agreement: Agreement, @Ctx() ctx: Context) {
    const content = await loadAgreementContent(ctx.db.db, agreement.id);
    return assessCompleteness(content, await parentContent(ctx.db.db as never, content));
  }

  @FieldResolver(() => String, {
    description: "The agreement as a readable MoU document, in the PMoU's section order.",
  })
  async document(
    @Root() agreement: Agreement,
    @Arg("format", () => DocumentFormat, { defaultValue: "MARKDOWN" }) format: keyof typeof DocumentFormat,
    @Ctx() ctx: Context,
  ) {
    return render(ctx, await loadAgreementContent(ctx.db.db, agreement.id), format);
  }

  @FieldResolver(() => Agreement, { nullable: true, description: "The agreement this one was started from." })
  derivedFrom(@Root() agreement: Agreement, @Ctx() ctx: Context) {
    return agreement.derivedFromId ? ctx.loaders.byId(t.agreements, Agreement).load(agreement.derivedFromId) : null;
  }

  @FieldResolver(() => Agreement, {
    nullable: true,
    description: "The agreement this one amends (and supersedes once active).",
  })
  amends(@Root() agreement: Agreement, @Ctx() ctx: Context) {
    return agreement.amendsId ? ctx.loaders.byId(t.agreements, Agreement).load(agreement.amendsId) : null;
  }

  @FieldResolver(() => [Agreement], { description: "Amendments of this agreement, open or done." })
  amendments(@Root() agreement: Agreement, @Ctx() ctx: Context) {
    return ctx.loaders.manyBy(t.agreements, t.agreements.amendsId, Agreement, [t.agreements.code]).load(agreement.id);
  }
}

@Resolver(() => AgreementRevision)
export class AgreementRevisionResolver {
  @FieldResolver(() => Agreement, { description: "The agreement this is a revision of." })
  agreement(@Root() revision: AgreementRevision, @Ctx() ctx: Context) {
    return ctx.loaders.byId(t.agreements, Agreement).load(revision.agreementId);
  }

  @FieldResolver(() => String, { description: "This revision rendered as a readable MoU document." })
  document(
    @Root() revision: AgreementRevision,
    @Arg("format", () => DocumentFormat, { defaultValue: "MARKDOWN" }) format: keyof typeof DocumentFormat,
    @Ctx() ctx: Context,
  ) {
    return render(ctx, revision.content, format);
  }

  @Query(() => AgreementDiff, {
    description:
      "What changed between two revisions (of one agreement, or of a draft and the agreement it came from), by meaning.",
  })
  async agreementDiff(
    @Arg("from", () => ID, { description: "The earlier revision's id." }) from: string,
    @Arg("to", () => ID, { description: "The later revision's id." }) to: string,
    @Ctx() ctx: Context,
  ): Promise<AgreementDiff> {
    const [a, b] = await Promise.all([revisionById(ctx.db.db, from, "from"), revisionById(ctx.db.db, to, "to")]);
    return { from: a, to: b, changes: diffContent(a.content, b.content) };
  }
}
