import { asc, eq, inArray, isNull } from "drizzle-orm";
import { Arg, Args, ArgsType, Ctx, Field, FieldResolver, Query, Resolver, Root } from "type-graphql";
import type { Context } from "../../context.js";
import {
  agreements,
  channels,
  dataItemChannels,
  dataItems,
  flowRuleGateways,
  flowRules,
  gatewayCompanions,
  legalGateways,
  organisations,
  participants,
  purposes,
  sourceDocuments,
} from "../../db/tables/index.js";
import { SourceCitation } from "../../graphql/cited.js";
import { Connection, PageArgs, pageByCode } from "../../graphql/connection.js";
import { Nation, OrganisationKind } from "../../graphql/enums.js";
import { hydrate } from "../../graphql/node.js";
import { Agreement, Participant } from "../agreement/agreement.types.js";
import { DataFlowRule } from "../flow/flow.types.js";
import { listOrganisations } from "./catalogue.repository.js";
import { Channel, DataItem, LegalGateway, Organisation, Purpose, SourceDocument } from "./catalogue.types.js";

const OrganisationConnection = Connection(Organisation, "A page of organisations, ordered by code.");

@ArgsType()
class OrganisationsArgs extends PageArgs {
  @Field(() => OrganisationKind, { nullable: true, description: "Only this kind." })
  kind?: keyof typeof OrganisationKind | null;

  @Field(() => Nation, { nullable: true, description: "Only this nation." })
  nation?: keyof typeof Nation | null;
}

@Resolver(() => Organisation)
export class OrganisationResolver {
  @Query(() => Organisation, { nullable: true, description: "An organisation by its stable code." })
  organisation(@Arg("code", () => String) code: string, @Ctx() ctx: Context) {
    return ctx.loaders.byCode(organisations, Organisation).load(code);
  }

  @Query(() => OrganisationConnection, { description: "Organisations, filtered by kind and nation." })
  organisations(@Args(() => OrganisationsArgs) args: OrganisationsArgs, @Ctx() ctx: Context) {
    return pageByCode(args, Organisation, (after, limit) => listOrganisations(ctx.db.db, args, after, limit));
  }

  @FieldResolver(() => Organisation, {
    nullable: true,
    description: "The authority a contracted service provider acts for (2011 §2.2).",
  })
  actsFor(@Root() org: Organisation, @Ctx() ctx: Context) {
    return org.actsForId ? ctx.loaders.byId(organisations, Organisation).load(org.actsForId) : null;
  }

  @FieldResolver(() => [Participant], {
    description: "Its part in every agreement it is party to; `agreement` on each leads to the agreement.",
  })
  participations(@Root() org: Organisation, @Ctx() ctx: Context) {
    return ctx.loaders.manyBy(participants, participants.organisationId, Participant).load(org.id);
  }
}

@Resolver(() => Purpose)
export class PurposeResolver {
  @Query(() => Purpose, { nullable: true, description: "A purpose by its stable code." })
  purpose(@Arg("code", () => String) code: string, @Ctx() ctx: Context) {
    return ctx.loaders.byCode(purposes, Purpose).load(code);
  }

  @Query(() => [Purpose], { description: "The top-level purposes; follow `children` for the hierarchy." })
  async purposes(@Ctx() ctx: Context) {
    const rows = await ctx.db.db.select().from(purposes).where(isNull(purposes.parentId)).orderBy(asc(purposes.code));
    return rows.map((row) => hydrate(Purpose, row));
  }

  @FieldResolver(() => Purpose, { nullable: true, description: "The broader purpose this one falls under." })
  parent(@Root() purpose: Purpose, @Ctx() ctx: Context) {
    return purpose.parentId ? ctx.loaders.byId(purposes, Purpose).load(purpose.parentId) : null;
  }

  @FieldResolver(() => [Purpose], { description: "Narrower purposes; a grant for this purpose covers them." })
  children(@Root() purpose: Purpose, @Ctx() ctx: Context) {
    return ctx.loaders.manyBy(purposes, purposes.parentId, Purpose, [purposes.code]).load(purpose.id);
  }
}

@Resolver(() => DataItem)
export class DataItemResolver {
  @Query(() => DataItem, { nullable: true, description: "A data item or category by its stable code." })
  dataItem(@Arg("code", () => String) code: string, @Ctx() ctx: Context) {
    return ctx.loaders.byCode(dataItems, DataItem).load(code);
  }

  @FieldResolver(() => DataItem, { nullable: true, description: "The category this item belongs to." })
  parent(@Root() item: DataItem, @Ctx() ctx: Context) {
    return item.parentId ? ctx.loaders.byId(dataItems, DataItem).load(item.parentId) : null;
  }

  @FieldResolver(() => [DataItem], { description: "Finer items; a grant for this category covers them." })
  children(@Root() item: DataItem, @Ctx() ctx: Context) {
    return ctx.loaders.manyBy(dataItems, dataItems.parentId, DataItem, [dataItems.code]).load(item.id);
  }

  @FieldResolver(() => Organisation, { description: "The controller the data originates with (DWP, HMRC, …)." })
  async originatingController(@Root() item: DataItem, @Ctx() ctx: Context) {
    return ctx.loaders.byId(organisations, Organisation).load(item.originatingControllerId);
  }

  @FieldResolver(() => [Channel], { description: "Channels the item travels over." })
  channels(@Root() item: DataItem, @Ctx() ctx: Context) {
    return ctx.loaders
      .through(dataItemChannels, dataItemChannels.dataItemId, dataItemChannels.channelId, channels, Channel, [
        channels.code,
      ])
      .load(item.id);
  }
}

@Resolver(() => Channel)
export class ChannelResolver {
  @Query(() => Channel, { nullable: true, description: "A channel by its stable code." })
  channel(@Arg("code", () => String) code: string, @Ctx() ctx: Context) {
    return ctx.loaders.byCode(channels, Channel).load(code);
  }

  @Query(() => [Channel], { description: "Every channel." })
  async channels(@Ctx() ctx: Context) {
    const rows = await ctx.db.db.select().from(channels).orderBy(asc(channels.code));
    return rows.map((row) => hydrate(Channel, row));
  }
}

@Resolver(() => LegalGateway)
export class LegalGatewayResolver {
  @Query(() => LegalGateway, { nullable: true, description: "A legal gateway by its stable code." })
  legalGateway(@Arg("code", () => String) code: string, @Ctx() ctx: Context) {
    return ctx.loaders.byCode(legalGateways, LegalGateway).load(code);
  }

  @Query(() => [LegalGateway], { description: "Every legal gateway the registry knows, by code." })
  async legalGateways(@Ctx() ctx: Context) {
    const rows = await ctx.db.db.select().from(legalGateways).orderBy(asc(legalGateways.code));
    return rows.map((row) => hydrate(LegalGateway, row));
  }

  @FieldResolver(() => [LegalGateway], {
    description: "Provisions this one must be read with, e.g. a regulation's enabling section.",
  })
  companions(@Root() gateway: LegalGateway, @Ctx() ctx: Context) {
    return ctx.loaders
      .through(
        gatewayCompanions,
        gatewayCompanions.gatewayId,
        gatewayCompanions.companionId,
        legalGateways,
        LegalGateway,
      )
      .load(gateway.id);
  }

  @FieldResolver(() => [DataFlowRule], { description: "Every flow rule that cites this gateway." })
  flows(@Root() gateway: LegalGateway, @Ctx() ctx: Context) {
    return ctx.loaders
      .through(flowRuleGateways, flowRuleGateways.gatewayId, flowRuleGateways.flowRuleId, flowRules, DataFlowRule, [
        flowRules.code,
      ])
      .load(gateway.id);
  }

  @FieldResolver(() => [Agreement], {
    description: "The agreements relying on this gateway in at least one flow rule.",
  })
  agreements(@Root() gateway: LegalGateway, @Ctx() ctx: Context) {
    return ctx.loaders
      .memo<Agreement[]>("gateway-agreements", async (ids) => {
        const rows = await ctx.db.db
          .selectDistinct({ gatewayId: flowRuleGateways.gatewayId, agreement: agreements })
          .from(flowRuleGateways)
          .innerJoin(flowRules, eq(flowRules.id, flowRuleGateways.flowRuleId))
          .innerJoin(agreements, eq(agreements.id, flowRules.agreementId))
          .where(inArray(flowRuleGateways.gatewayId, [...ids]))
          .orderBy(asc(agreements.code));
        return ids.map((id) => rows.filter((r) => r.gatewayId === id).map((r) => hydrate(Agreement, r.agreement)));
      })
      .load(gateway.id);
  }
}

@Resolver(() => SourceCitation)
export class SourceCitationResolver {
  @FieldResolver(() => SourceDocument, { description: "The document." })
  document(@Root() citation: SourceCitation, @Ctx() ctx: Context) {
    return ctx.loaders.byId(sourceDocuments, SourceDocument).load(citation.documentId);
  }
}

@Resolver(() => SourceDocument)
export class SourceDocumentResolver {
  @Query(() => [SourceDocument], { description: "The documents the registry's facts are taken from." })
  async sourceDocuments(@Ctx() ctx: Context) {
    const rows = await ctx.db.db.select().from(sourceDocuments).orderBy(asc(sourceDocuments.code));
    return rows.map((row) => hydrate(SourceDocument, row));
  }
}
