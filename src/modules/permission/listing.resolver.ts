import {
  Args,
  ArgsType,
  Ctx,
  Field,
  FieldResolver,
  ObjectType,
  Query,
  Resolver,
  Root,
  registerEnumType,
} from "type-graphql";
import type { Context } from "../../context.js";
import { flowRules, organisations } from "../../db/tables/index.js";
import {
  Connection,
  type ConnectionShape,
  PageArgs,
  decodeCursor,
  pageSize,
  toConnection,
} from "../../graphql/connection.js";
import { badInput } from "../../graphql/errors.js";
import { DateScalar } from "../../graphql/scalars.js";
import { Agreement, Annex } from "../agreement/agreement.types.js";
import { LegalGateway, Organisation } from "../catalogue/catalogue.types.js";
import { DataFlowRule } from "../flow/flow.types.js";
import { type Basis, type Direction, lawfulBases, permittedFlows } from "./listing.js";
import { node } from "./snapshot.nodes.js";

export enum FlowDirection {
  SEND = "SEND",
  RECEIVE = "RECEIVE",
}
registerEnumType(FlowDirection, { name: "FlowDirection", description: "Whether the organisation sends or receives." });

@ObjectType({
  description: "An in-force rule that gives a lawful basis for a flow, with its legal gateways.",
  simpleResolvers: true,
})
export class LawfulBasis {
  ruleId!: string;
  providerId!: string;
  recipientId!: string | null;

  @Field(() => Agreement, { description: "The agreement." })
  agreement!: Agreement;

  @Field(() => Annex, { nullable: true, description: "The annex, when the rule is in one." })
  annex!: Annex | null;

  @Field(() => String, { description: "The clause." })
  clauseReference!: string;

  @Field(() => String, { description: "Code of the flow rule." })
  ruleCode!: string;

  @Field(() => [LegalGateway], { description: "Its legal gateways (in force on the date, when one was given)." })
  gateways!: LegalGateway[];
}

const LawfulBasisConnection = Connection(LawfulBasis, "A page of lawful bases, ordered by rule code.");

@ArgsType()
class LawfulBasesArgs extends PageArgs {
  @Field(() => String, { description: "Purpose code; rules for a broader purpose count." })
  purpose!: string;

  @Field(() => String, { description: "Data item code; rules for its category count." })
  dataItem!: string;

  @Field(() => String, { nullable: true, description: "Only bases that reach this recipient (organisation code)." })
  recipient?: string | null;

  @Field(() => DateScalar, { nullable: true, description: "Only bases in force on this date." })
  at?: string | null;
}

@ArgsType()
class PermittedFlowsArgs extends PageArgs {
  @Field(() => FlowDirection, { description: "What it may send, or what it may receive." })
  direction!: FlowDirection;

  @Field(() => DateScalar, { nullable: true, description: "The date; default today (UTC)." })
  at?: string | null;
}

function page(bases: Basis[], args: PageArgs): ConnectionShape<LawfulBasis> {
  const size = pageSize(args.first);
  const after = args.after ? decodeCursor(args.after) : null;
  const start = after === null ? 0 : bases.findIndex((b) => b.rule.code > after);
  const slice = start < 0 ? [] : bases.slice(start, start + size + 1);
  const nodes = slice.map((b) => {
    const { annex } = b.rule;
    return Object.assign(new LawfulBasis(), {
      ruleId: b.rule.id,
      providerId: b.rule.providerId,
      recipientId: b.rule.recipientId,
      agreement: node(Agreement, b.agreement),
      annex: annex ? node(Annex, annex) : null,
      clauseReference: b.rule.clauseReference,
      ruleCode: b.rule.code,
      gateways: b.gateways.map((g) => node(LegalGateway, g)),
    });
  });
  return toConnection(nodes, size, (n) => n.ruleCode, bases.length, after !== null);
}

@Resolver(() => LawfulBasis)
export class LawfulBasisResolver {
  @Query(() => LawfulBasisConnection, {
    description:
      "Every agreement rule and legal gateway that permits sharing this data item for this purpose — " +
      "optionally only those reaching a recipient and in force on a date.",
  })
  async lawfulBases(@Args(() => LawfulBasesArgs) args: LawfulBasesArgs, @Ctx() ctx: Context) {
    const s = await ctx.permissions.current();
    const purpose = s.purposeByCode.get(args.purpose);
    const item = s.itemByCode.get(args.dataItem);
    const recipient = args.recipient ? s.orgByCode.get(args.recipient) : null;
    if (!purpose) throw badInput("purpose", `unknown code "${args.purpose}"`);
    if (!item) throw badInput("dataItem", `unknown code "${args.dataItem}"`);
    if (args.recipient && !recipient) throw badInput("recipient", `unknown code "${args.recipient}"`);
    return page(lawfulBases(s, purpose.id, item.id, recipient?.id ?? null, args.at ?? null), args);
  }

  @FieldResolver(() => DataFlowRule, { description: "The flow rule, with its purposes, items and channels." })
  async rule(@Root() basis: LawfulBasis, @Ctx() ctx: Context) {
    return ctx.loaders.byId(flowRules, DataFlowRule).load(basis.ruleId);
  }

  @FieldResolver(() => Organisation, { description: "Who provides the data." })
  async provider(@Root() basis: LawfulBasis, @Ctx() ctx: Context) {
    return ctx.loaders.byId(organisations, Organisation).load(basis.providerId);
  }

  @FieldResolver(() => Organisation, {
    nullable: true,
    description: "Who receives it; null means every signatory recipient of the agreement (or annex).",
  })
  async recipient(@Root() basis: LawfulBasis, @Ctx() ctx: Context) {
    return basis.recipientId ? ctx.loaders.byId(organisations, Organisation).load(basis.recipientId) : null;
  }
}

@Resolver(() => Organisation)
export class OrganisationFlowsResolver {
  @FieldResolver(() => LawfulBasisConnection, {
    description: "Everything this organisation may send or receive on a date, with the lawful basis of each.",
  })
  async permittedFlows(
    @Root() org: Organisation,
    @Args(() => PermittedFlowsArgs) args: PermittedFlowsArgs,
    @Ctx() ctx: Context,
  ) {
    const s = await ctx.permissions.current();
    const at = args.at ?? new Date().toISOString().slice(0, 10);
    return page(permittedFlows(s, org.id, args.direction as Direction, at), args);
  }
}
