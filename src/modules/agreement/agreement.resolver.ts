import { Arg, Args, ArgsType, Ctx, Field, FieldResolver, Query, Resolver, Root } from "type-graphql";
import type { Context } from "../../context.js";
import {
  agreements,
  annexes,
  conditions,
  controllerDesignations,
  documentVersions,
  flowRules,
  operationalRules,
  organisations,
  participants,
  processingConditions,
  restrictions,
  retentionRules,
  reviews,
  signatories,
  terminations,
} from "../../db/tables/index.js";
import { Connection, PageArgs, pageByCode } from "../../graphql/connection.js";
import { AgreementKind, AgreementStatus } from "../../graphql/enums.js";
import { DateScalar } from "../../graphql/scalars.js";
import { Organisation } from "../catalogue/catalogue.types.js";
import { Condition, DataFlowRule, OperationalRule, Restriction, RetentionRule } from "../flow/flow.types.js";
import { listAgreements } from "./agreement.repository.js";
import {
  Agreement,
  Annex,
  ControllerDesignation,
  DocumentVersion,
  Participant,
  ProcessingCondition,
  Review,
  Signatory,
  Termination,
} from "./agreement.types.js";

export const AgreementConnection = Connection(Agreement, "A page of agreements, ordered by code.");

@ArgsType()
class AgreementsArgs extends PageArgs {
  @Field(() => [AgreementStatus], { nullable: true, description: "Only these statuses." })
  status?: (keyof typeof AgreementStatus)[] | null;

  @Field(() => [AgreementKind], { nullable: true, description: "Only these kinds." })
  kind?: (keyof typeof AgreementKind)[] | null;

  @Field(() => String, { nullable: true, description: "Only agreements this organisation (by code) is party to." })
  participant?: string | null;

  @Field(() => DateScalar, {
    nullable: true,
    description: "Only agreements in force on this date: operative, within their period, not ended by then.",
  })
  inForceOn?: string | null;
}

@Resolver(() => Agreement)
export class AgreementResolver {
  @Query(() => Agreement, { nullable: true, description: "An agreement by its stable code." })
  agreement(@Arg("code", () => String) code: string, @Ctx() ctx: Context) {
    return ctx.loaders.byCode(agreements, Agreement).load(code);
  }

  @Query(() => AgreementConnection, { description: "Agreements, filtered by status, kind, participant and date." })
  agreements(@Args(() => AgreementsArgs) args: AgreementsArgs, @Ctx() ctx: Context) {
    return pageByCode(args, Agreement, (after, limit) => listAgreements(ctx.db.db, args, after, limit));
  }

  @FieldResolver(() => Agreement, {
    nullable: true,
    description: "The agreement this one sits under (an addendum's MoU; a PMoU's overarching MoU).",
  })
  parent(@Root() agreement: Agreement, @Ctx() ctx: Context) {
    return agreement.parentId ? ctx.loaders.byId(agreements, Agreement).load(agreement.parentId) : null;
  }

  @FieldResolver(() => [Agreement], { description: "Addenda and process-level MoUs under this agreement." })
  children(@Root() agreement: Agreement, @Ctx() ctx: Context) {
    return ctx.loaders.manyBy(agreements, agreements.parentId, Agreement, [agreements.code]).load(agreement.id);
  }

  @FieldResolver(() => Organisation, { description: "The organisation whose team owns the agreement." })
  async ownerOrganisation(@Root() agreement: Agreement, @Ctx() ctx: Context) {
    return ctx.loaders.byId(organisations, Organisation).load(agreement.ownerOrganisationId);
  }

  @FieldResolver(() => [Annex], { description: "Its annexes, in document order." })
  annexes(@Root() agreement: Agreement, @Ctx() ctx: Context) {
    return ctx.loaders.manyBy(annexes, annexes.agreementId, Annex, [annexes.position]).load(agreement.id);
  }

  @FieldResolver(() => [Participant], { description: "The parties and their roles." })
  participants(@Root() agreement: Agreement, @Ctx() ctx: Context) {
    return ctx.loaders.manyBy(participants, participants.agreementId, Participant).load(agreement.id);
  }

  @FieldResolver(() => [Signatory], { description: "Every signature, for the agreement or an annex." })
  signatories(@Root() agreement: Agreement, @Ctx() ctx: Context) {
    return ctx.loaders
      .manyBy(signatories, signatories.agreementId, Signatory, [signatories.signedOn])
      .load(agreement.id);
  }

  @FieldResolver(() => [ControllerDesignation], { description: "Controller roles per participant per phase." })
  controllers(@Root() agreement: Agreement, @Ctx() ctx: Context) {
    return ctx.loaders
      .manyBy(controllerDesignations, controllerDesignations.agreementId, ControllerDesignation)
      .load(agreement.id);
  }

  @FieldResolver(() => [ProcessingCondition], { description: "Data-protection lawful bases each party relies on." })
  processingConditions(@Root() agreement: Agreement, @Ctx() ctx: Context) {
    return ctx.loaders
      .manyBy(processingConditions, processingConditions.agreementId, ProcessingCondition)
      .load(agreement.id);
  }

  @FieldResolver(() => [DataFlowRule], { description: "Every data-flow rule, in the agreement and its annexes." })
  flows(@Root() agreement: Agreement, @Ctx() ctx: Context) {
    return ctx.loaders.manyBy(flowRules, flowRules.agreementId, DataFlowRule, [flowRules.code]).load(agreement.id);
  }

  @FieldResolver(() => [Condition], { description: "Preconditions and duties." })
  conditions(@Root() agreement: Agreement, @Ctx() ctx: Context) {
    return ctx.loaders.manyBy(conditions, conditions.agreementId, Condition, [conditions.code]).load(agreement.id);
  }

  @FieldResolver(() => [Restriction], { description: "Restrictions on recipients." })
  restrictions(@Root() agreement: Agreement, @Ctx() ctx: Context) {
    return ctx.loaders
      .manyBy(restrictions, restrictions.agreementId, Restriction, [restrictions.code])
      .load(agreement.id);
  }

  @FieldResolver(() => [RetentionRule], { description: "Retention periods per kind of record." })
  retentionRules(@Root() agreement: Agreement, @Ctx() ctx: Context) {
    return ctx.loaders
      .manyBy(retentionRules, retentionRules.agreementId, RetentionRule, [retentionRules.recordType])
      .load(agreement.id);
  }

  @FieldResolver(() => [OperationalRule], { description: "Operational rules: roles, segregation of duties, checks." })
  operationalRules(@Root() agreement: Agreement, @Ctx() ctx: Context) {
    return ctx.loaders
      .manyBy(operationalRules, operationalRules.agreementId, OperationalRule, [operationalRules.code])
      .load(agreement.id);
  }

  @FieldResolver(() => [DocumentVersion], { description: "The document's own version history, oldest first." })
  documentVersions(@Root() agreement: Agreement, @Ctx() ctx: Context) {
    return ctx.loaders
      .manyBy(documentVersions, documentVersions.agreementId, DocumentVersion, [documentVersions.position])
      .load(agreement.id);
  }

  @FieldResolver(() => [Review], { description: "Reviews, oldest first." })
  reviews(@Root() agreement: Agreement, @Ctx() ctx: Context) {
    return ctx.loaders.manyBy(reviews, reviews.agreementId, Review, [reviews.reviewedOn]).load(agreement.id);
  }

  @FieldResolver(() => [Termination], { description: "Notices, terminations, revocations and suspensions." })
  terminations(@Root() agreement: Agreement, @Ctx() ctx: Context) {
    return ctx.loaders
      .manyBy(terminations, terminations.agreementId, Termination, [terminations.givenOn])
      .load(agreement.id);
  }
}

@Resolver(() => Annex)
export class AnnexResolver {
  @FieldResolver(() => Agreement, { description: "The agreement it belongs to." })
  async agreement(@Root() annex: Annex, @Ctx() ctx: Context) {
    return ctx.loaders.byId(agreements, Agreement).load(annex.agreementId);
  }

  @FieldResolver(() => [DataFlowRule], { description: "The flow rules this annex sets." })
  flows(@Root() annex: Annex, @Ctx() ctx: Context) {
    return ctx.loaders.manyBy(flowRules, flowRules.annexId, DataFlowRule, [flowRules.code]).load(annex.id);
  }

  @FieldResolver(() => [Signatory], { description: "Signatures given for this annex." })
  signatories(@Root() annex: Annex, @Ctx() ctx: Context) {
    return ctx.loaders.manyBy(signatories, signatories.annexId, Signatory, [signatories.signedOn]).load(annex.id);
  }

  @FieldResolver(() => [Condition], { description: "Conditions and duties this annex sets." })
  conditions(@Root() annex: Annex, @Ctx() ctx: Context) {
    return ctx.loaders.manyBy(conditions, conditions.annexId, Condition, [conditions.code]).load(annex.id);
  }

  @FieldResolver(() => [Restriction], { description: "Restrictions this annex sets." })
  restrictions(@Root() annex: Annex, @Ctx() ctx: Context) {
    return ctx.loaders.manyBy(restrictions, restrictions.annexId, Restriction, [restrictions.code]).load(annex.id);
  }
}

@Resolver(() => Participant)
export class ParticipantResolver {
  @FieldResolver(() => Organisation, { description: "The organisation." })
  async organisation(@Root() participant: Participant, @Ctx() ctx: Context) {
    return ctx.loaders.byId(organisations, Organisation).load(participant.organisationId);
  }

  @FieldResolver(() => Agreement, { description: "The agreement." })
  async agreement(@Root() participant: Participant, @Ctx() ctx: Context) {
    return ctx.loaders.byId(agreements, Agreement).load(participant.agreementId);
  }

  @FieldResolver(() => [Signatory], { description: "Signatures given on its behalf." })
  signatories(@Root() participant: Participant, @Ctx() ctx: Context) {
    return ctx.loaders
      .manyBy(signatories, signatories.participantId, Signatory, [signatories.signedOn])
      .load(participant.id);
  }

  @FieldResolver(() => [ControllerDesignation], { description: "Its controller role in each phase." })
  controllerRoles(@Root() participant: Participant, @Ctx() ctx: Context) {
    return ctx.loaders
      .manyBy(controllerDesignations, controllerDesignations.participantId, ControllerDesignation)
      .load(participant.id);
  }
}

@Resolver(() => Signatory)
export class SignatoryResolver {
  @FieldResolver(() => Participant, { description: "The party signed for." })
  async participant(@Root() signatory: Signatory, @Ctx() ctx: Context) {
    return ctx.loaders.byId(participants, Participant).load(signatory.participantId);
  }

  @FieldResolver(() => Annex, { nullable: true, description: "The annex signed; null for the whole agreement." })
  annex(@Root() signatory: Signatory, @Ctx() ctx: Context) {
    return signatory.annexId ? ctx.loaders.byId(annexes, Annex).load(signatory.annexId) : null;
  }
}

@Resolver(() => ControllerDesignation)
export class ControllerDesignationResolver {
  @FieldResolver(() => Participant, { description: "The participant." })
  async participant(@Root() designation: ControllerDesignation, @Ctx() ctx: Context) {
    return ctx.loaders.byId(participants, Participant).load(designation.participantId);
  }
}

@Resolver(() => ProcessingCondition)
export class ProcessingConditionResolver {
  @FieldResolver(() => Participant, { description: "The participant relying on it." })
  async participant(@Root() condition: ProcessingCondition, @Ctx() ctx: Context) {
    return ctx.loaders.byId(participants, Participant).load(condition.participantId);
  }
}

@Resolver(() => Termination)
export class TerminationResolver {
  @FieldResolver(() => Organisation, { nullable: true, description: "The party that gave notice or acted." })
  byOrganisation(@Root() termination: Termination, @Ctx() ctx: Context) {
    return termination.byOrganisationId
      ? ctx.loaders.byId(organisations, Organisation).load(termination.byOrganisationId)
      : null;
  }
}
