import { sql } from "drizzle-orm";
import { Args, ArgsType, Ctx, Field, Int, ObjectType, Query, Resolver } from "type-graphql";
import type { Context } from "../../context.js";
import { Connection, decodeCursor, PageArgs, pageSize, toConnection } from "../../graphql/connection.js";
import { badInput } from "../../graphql/errors.js";
import { rowsOf } from "../../db/client.js";
import { agreements } from "../../db/tables/index.js";
import { DateScalar } from "../../graphql/scalars.js";
import { AgreementConnection } from "../agreement/agreement.resolver.js";
import { Agreement } from "../agreement/agreement.types.js";
import { today } from "./transitions.js";

@ObjectType({ description: "An operative agreement and when its next review is due." })
export class ReviewDue {
  @Field(() => Agreement, { description: "The agreement (ACTIVE or SUSPENDED)." })
  agreement!: Agreement;
  @Field(() => DateScalar, {
    description:
      "Next review due: the last review's next-due date, else the last review (or the start) plus the cadence.",
  })
  nextReviewDue!: string;
  @Field(() => DateScalar, { nullable: true, description: "Date of the last recorded review." })
  lastReviewedOn!: string | null;
  @Field(() => Boolean, { description: "Due before the date asked about." })
  overdue!: boolean;
}

const ReviewDueConnection = Connection(ReviewDue, "A page of agreements by review due date, earliest first.");

@ArgsType()
class DueArgs extends PageArgs {
  @Field(() => DateScalar, { nullable: true, description: "The date to look from; default today." })
  on?: string | null;
  @Field(() => Int, { defaultValue: 30, description: "Include reviews due up to this many days after `on`." })
  withinDays!: number;
}

@ArgsType()
class OverdueArgs extends PageArgs {
  @Field(() => DateScalar, { nullable: true, description: "The date to look from; default today." })
  on?: string | null;
}

@ArgsType()
class EndingArgs extends PageArgs {
  @Field(() => DateScalar, { description: "First day of the period." })
  from!: string;
  @Field(() => DateScalar, { description: "Last day of the period." })
  to!: string;
}

/** Keyset cursor over (date, code). */
function keyset(after: string | null | undefined): [string, string] | null {
  if (!after) return null;
  const [date, code] = decodeCursor(after).split("|");
  if (!date || !code) throw badInput("after", "is not a cursor from this connection");
  return [date, code];
}

type Row = Record<string, unknown>;

/** Raw SQL gives keys; the agreements themselves come through the request's DataLoader. */
const agreementsById = (ctx: Context, rows: Row[]) =>
  ctx.loaders.byId(agreements, Agreement).loadMany(rows.map((r) => r.id as string)) as Promise<Agreement[]>;

const SCHEDULE = sql`
  SELECT id, code, last_reviewed_on, due, due::text AS next_due FROM (
  SELECT a.id, a.code, r.reviewed_on::text AS last_reviewed_on,
    coalesce(r.next_due_on, (coalesce(r.reviewed_on, a.effective_from) + make_interval(months => a.review_cadence_months))::date) AS due
  FROM agreements a
  LEFT JOIN LATERAL (
    SELECT reviewed_on, next_due_on FROM reviews WHERE agreement_id = a.id ORDER BY reviewed_on DESC, created_at DESC LIMIT 1
  ) r ON true
  WHERE a.status IN ('ACTIVE', 'SUSPENDED')) d`;

@Resolver()
export class ReviewScheduleResolver {
  @Query(() => ReviewDueConnection, {
    description: "Operative agreements whose review is due on or before `on` + `withinDays` (overdue ones first).",
  })
  agreementsDueForReview(@Args(() => DueArgs) args: DueArgs, @Ctx() ctx: Context) {
    if (args.withinDays < 0 || args.withinDays > 3660) throw badInput("withinDays", "must be from 0 to 3660");
    const on = args.on ?? today();
    return this.schedule(ctx, args, on, sql`due <= (${on}::date + ${args.withinDays}::int)`);
  }

  @Query(() => ReviewDueConnection, { description: "Operative agreements whose review was due before `on`." })
  agreementsOverdueForReview(@Args(() => OverdueArgs) args: OverdueArgs, @Ctx() ctx: Context) {
    const on = args.on ?? today();
    return this.schedule(ctx, args, on, sql`due < ${on}::date`);
  }

  @Query(() => AgreementConnection, {
    description: "Operative agreements whose period ends within [from, to] (by expiry, notice or amendment).",
  })
  async agreementsEnding(@Args(() => EndingArgs) args: EndingArgs, @Ctx() ctx: Context) {
    if (args.to < args.from) throw badInput("to", "must not be before from");
    const size = pageSize(args.first);
    const after = keyset(args.after);
    const where = sql`status IN ('ACTIVE', 'SUSPENDED') AND effective_to BETWEEN ${args.from}::date AND ${args.to}::date`;
    const page = sql`${where} ${after ? sql`AND (effective_to, code) > (${after[0]}::date, ${after[1]})` : sql``}`;
    const [rows, total] = await Promise.all([
      ctx.db.db.execute(
        sql`SELECT id, code, effective_to::text AS end_key FROM agreements WHERE ${page} ORDER BY effective_to, code LIMIT ${size + 1}`,
      ),
      ctx.db.db.execute(sql`SELECT count(*)::int AS n FROM agreements WHERE ${where}`),
    ]);
    const found = await agreementsById(ctx, rowsOf<Row>(rows));
    const keyed = rowsOf<Row>(rows).map((r, i) => ({ key: `${r.end_key}|${r.code}`, node: found[i] }));
    const connection = toConnection(keyed, size, (r) => r.key, Number(rowsOf<Row>(total)[0].n), after !== null);
    return {
      ...connection,
      nodes: connection.nodes.map((n) => n.node),
      edges: connection.edges.map((e) => ({ ...e, node: e.node.node })),
    };
  }

  private async schedule(ctx: Context, args: PageArgs, on: string, due: ReturnType<typeof sql>) {
    const size = pageSize(args.first);
    const after = keyset(args.after);
    const keyed = sql`${due} ${after ? sql`AND (due, code) > (${after[0]}::date, ${after[1]})` : sql``}`;
    const [rows, total] = await Promise.all([
      ctx.db.db.execute(sql`SELECT * FROM (${SCHEDULE}) s WHERE ${keyed} ORDER BY due, code LIMIT ${size + 1}`),
      ctx.db.db.execute(sql`SELECT count(*)::int AS n FROM (${SCHEDULE}) s WHERE ${due}`),
    ]);
    const found = await agreementsById(ctx, rowsOf<Row>(rows));
    const items = rowsOf<Row>(rows).map((r, i) => {
      const { next_due, last_reviewed_on } = r as Row & { next_due: string; last_reviewed_on: string | null };
      return {
        key: `${next_due}|${r.code}`,
        node: Object.assign(new ReviewDue(), {
          agreement: found[i],
          nextReviewDue: next_due,
          lastReviewedOn: last_reviewed_on,
          overdue: next_due < on,
        }),
      };
    });
    const connection = toConnection(items, size, (r) => r.key, Number(rowsOf<Row>(total)[0].n), after !== null);
    return {
      ...connection,
      nodes: connection.nodes.map((n) => n.node),
      edges: connection.edges.map((e) => ({ ...e, node: e.node.node })),
    };
  }
}
