import { Ctx, FieldResolver, Resolver, Root } from "type-graphql";
import type { Context } from "../../context.js";
import {
  agreements,
  annexes,
  channels,
  conditions,
  dataItems,
  flowRuleChannels,
  flowRuleConditions,
  flowRuleDataItems,
  flowRuleGateways,
  flowRulePurposes,
  legalGateways,
  organisations,
  purposes,
} from "../../db/tables/index.js";
import { Agreement, Annex } from "../agreement/agreement.types.js";
import { Channel, DataItem, LegalGateway, Organisation, Purpose } from "../catalogue/catalogue.types.js";
import { Condition, DataFlowRule, Restriction, RetentionRule } from "./flow.types.js";

@Resolver(() => DataFlowRule)
export class DataFlowRuleResolver {
  @FieldResolver(() => Agreement, { description: "The agreement that sets the rule." })
  async agreement(@Root() rule: DataFlowRule, @Ctx() ctx: Context) {
    return ctx.loaders.byId(agreements, Agreement).load(rule.agreementId);
  }

  @FieldResolver(() => Annex, { nullable: true, description: "The annex that sets it; null for the main body." })
  annex(@Root() rule: DataFlowRule, @Ctx() ctx: Context) {
    return rule.annexId ? ctx.loaders.byId(annexes, Annex).load(rule.annexId) : null;
  }

  @FieldResolver(() => Organisation, { description: "Who provides the data." })
  async provider(@Root() rule: DataFlowRule, @Ctx() ctx: Context) {
    return ctx.loaders.byId(organisations, Organisation).load(rule.providerId);
  }

  @FieldResolver(() => Organisation, {
    nullable: true,
    description:
      "Who receives it; null means every participant with the RECIPIENT role that has signed the agreement " +
      "(or, for an annex signed separately, that annex).",
  })
  recipient(@Root() rule: DataFlowRule, @Ctx() ctx: Context) {
    return rule.recipientId ? ctx.loaders.byId(organisations, Organisation).load(rule.recipientId) : null;
  }

  @FieldResolver(() => [Purpose], { description: "Purposes covered; sub-purposes are covered too." })
  purposes(@Root() rule: DataFlowRule, @Ctx() ctx: Context) {
    return ctx.loaders
      .through(flowRulePurposes, flowRulePurposes.flowRuleId, flowRulePurposes.purposeId, purposes, Purpose, [
        purposes.code,
      ])
      .load(rule.id);
  }

  @FieldResolver(() => [DataItem], { description: "Data items covered; a category covers its items." })
  dataItems(@Root() rule: DataFlowRule, @Ctx() ctx: Context) {
    return ctx.loaders
      .through(flowRuleDataItems, flowRuleDataItems.flowRuleId, flowRuleDataItems.dataItemId, dataItems, DataItem, [
        dataItems.code,
      ])
      .load(rule.id);
  }

  @FieldResolver(() => [Channel], { description: "Channels covered; empty means any channel." })
  channels(@Root() rule: DataFlowRule, @Ctx() ctx: Context) {
    return ctx.loaders
      .through(flowRuleChannels, flowRuleChannels.flowRuleId, flowRuleChannels.channelId, channels, Channel, [
        channels.code,
      ])
      .load(rule.id);
  }

  @FieldResolver(() => [LegalGateway], { description: "The legal gateways that permit it (none for a DENY)." })
  gateways(@Root() rule: DataFlowRule, @Ctx() ctx: Context) {
    return ctx.loaders
      .through(flowRuleGateways, flowRuleGateways.flowRuleId, flowRuleGateways.gatewayId, legalGateways, LegalGateway, [
        legalGateways.code,
      ])
      .load(rule.id);
  }

  @FieldResolver(() => [Condition], { description: "Preconditions that must be met for the rule to permit a flow." })
  conditions(@Root() rule: DataFlowRule, @Ctx() ctx: Context) {
    return ctx.loaders
      .through(
        flowRuleConditions,
        flowRuleConditions.flowRuleId,
        flowRuleConditions.conditionId,
        conditions,
        Condition,
        [conditions.code],
      )
      .load(rule.id);
  }
}

@Resolver(() => Condition)
export class ConditionResolver {
  @FieldResolver(() => Annex, { nullable: true, description: "The annex that sets it, if any." })
  annex(@Root() condition: Condition, @Ctx() ctx: Context) {
    return condition.annexId ? ctx.loaders.byId(annexes, Annex).load(condition.annexId) : null;
  }
}

@Resolver(() => Restriction)
export class RestrictionResolver {
  @FieldResolver(() => Annex, { nullable: true, description: "The annex that sets it, if any." })
  annex(@Root() restriction: Restriction, @Ctx() ctx: Context) {
    return restriction.annexId ? ctx.loaders.byId(annexes, Annex).load(restriction.annexId) : null;
  }

  @FieldResolver(() => Organisation, {
    nullable: true,
    description: "It applies to data originating with this controller (e.g. HMRC, 2017 §4.3).",
  })
  originatingController(@Root() restriction: Restriction, @Ctx() ctx: Context) {
    const id = restriction.originatingControllerId;
    return id ? ctx.loaders.byId(organisations, Organisation).load(id) : null;
  }

  @FieldResolver(() => Purpose, { nullable: true, description: "It applies to data shared for this purpose." })
  purpose(@Root() restriction: Restriction, @Ctx() ctx: Context) {
    return restriction.purposeId ? ctx.loaders.byId(purposes, Purpose).load(restriction.purposeId) : null;
  }

  @FieldResolver(() => Channel, { nullable: true, description: "It applies to this channel." })
  channel(@Root() restriction: Restriction, @Ctx() ctx: Context) {
    return restriction.channelId ? ctx.loaders.byId(channels, Channel).load(restriction.channelId) : null;
  }

  @FieldResolver(() => Organisation, { nullable: true, description: "Whose approval lifts it." })
  approvalBy(@Root() restriction: Restriction, @Ctx() ctx: Context) {
    return restriction.approvalById
      ? ctx.loaders.byId(organisations, Organisation).load(restriction.approvalById)
      : null;
  }
}

@Resolver(() => RetentionRule)
export class RetentionRuleResolver {
  @FieldResolver(() => DataItem, { nullable: true, description: "The data item it applies to, if one." })
  dataItem(@Root() rule: RetentionRule, @Ctx() ctx: Context) {
    return rule.dataItemId ? ctx.loaders.byId(dataItems, DataItem).load(rule.dataItemId) : null;
  }
}
