import { Arg, Authorized, Ctx, Mutation, Resolver } from "type-graphql";
import type { Context } from "../../context.js";
import { hydrate } from "../../graphql/node.js";
import { Agreement } from "../agreement/agreement.types.js";
import type { Tx } from "../revision/content.js";
import { AgreementRevision } from "../revision/revision.types.js";
import { amendAgreement, createAgreement, createAgreementFrom } from "./create.js";
import * as inputs from "./lifecycle.inputs.js";
import { type AgreementChangePayload, AgreementPayload, type UserError as UserErrorView } from "./lifecycle.types.js";
import { type AgreementRow, type Edited, editAgreement, runMutation, type Status, UserError } from "./mutation.js";
import * as parts from "./parts.js";
import * as transitions from "./transitions.js";

/** Roles from the foundation: drafters edit, approvers approve, admins do both (but never approve their own work). */
const DRAFTING = ["drafter", "admin"];
const APPROVING = ["approver", "admin"];
const RECORDING = ["drafter", "approver", "admin"];
const DRAFT: Status[] = ["DRAFT"];

type Payload = Omit<AgreementChangePayload, "userErrors"> & { userErrors: UserErrorView[] };

async function respond(
  ctx: Context,
  operation: string,
  input: object,
  subject: string,
  work: (tx: Tx) => Promise<Edited>,
): Promise<Payload> {
  const { result, userErrors } = await runMutation(ctx, operation, input, subject, work);
  return {
    agreement: result ? hydrate(Agreement, result.agreement) : null,
    revision: result ? hydrate(AgreementRevision, result.revision) : null,
    // Plain objects: graphql-js would treat an Error instance in the result as a field error.
    userErrors: userErrors.map((e) => ({ code: e.code, field: e.field, message: e.message })),
  };
}

/** An edit of a draft's parts: claim the revision, apply, record. */
function edit<I extends inputs.EditAgreementInput>(
  ctx: Context,
  operation: string,
  input: I,
  apply: (tx: Tx, agreement: AgreementRow) => Promise<void>,
  allowed: Status[] = DRAFT,
) {
  return respond(ctx, operation, input, input.agreement, (tx) =>
    editAgreement(tx, ctx, input, operation, allowed, (a) => apply(tx, a)),
  );
}

const P = {
  create: AgreementPayload("AgreementCreate", "The new draft."),
  createFrom: AgreementPayload("AgreementCreateFrom", "The new draft, copied from its source."),
  amend: AgreementPayload("AgreementAmend", "The amendment draft; the amended agreement stays in force."),
  updateTerms: AgreementPayload("AgreementUpdateTerms", "The draft with its terms changed."),
  participantAdd: AgreementPayload("AgreementParticipantAdd", "The draft with the party added."),
  participantUpdate: AgreementPayload("AgreementParticipantUpdate", "The draft with the party changed."),
  participantRemove: AgreementPayload("AgreementParticipantRemove", "The draft without the party."),
  annexAdd: AgreementPayload("AgreementAnnexAdd", "The draft with the annex added."),
  annexUpdate: AgreementPayload("AgreementAnnexUpdate", "The draft with the annex changed."),
  annexRemove: AgreementPayload("AgreementAnnexRemove", "The draft without the annex."),
  controllerSet: AgreementPayload("AgreementControllerSet", "The draft with the controller role set."),
  controllerRemove: AgreementPayload("AgreementControllerRemove", "The draft without the controller role."),
  processingConditionAdd: AgreementPayload("AgreementProcessingConditionAdd", "The draft with the condition added."),
  processingConditionRemove: AgreementPayload("AgreementProcessingConditionRemove", "The draft without the condition."),
  flowAdd: AgreementPayload("AgreementFlowAdd", "The draft with the flow rule added."),
  flowUpdate: AgreementPayload("AgreementFlowUpdate", "The draft with the flow rule changed."),
  flowRemove: AgreementPayload("AgreementFlowRemove", "The draft without the flow rule."),
  conditionAdd: AgreementPayload("AgreementConditionAdd", "The draft with the condition added."),
  conditionRemove: AgreementPayload("AgreementConditionRemove", "The draft without the condition."),
  restrictionAdd: AgreementPayload("AgreementRestrictionAdd", "The draft with the restriction added."),
  restrictionRemove: AgreementPayload("AgreementRestrictionRemove", "The draft without the restriction."),
  retentionAdd: AgreementPayload("AgreementRetentionAdd", "The draft with the retention rule added."),
  retentionRemove: AgreementPayload("AgreementRetentionRemove", "The draft without the retention rule."),
  submit: AgreementPayload("AgreementSubmitForReview", "The agreement, now IN_REVIEW."),
  sendBack: AgreementPayload("AgreementSendBack", "The agreement, back in DRAFT."),
  approve: AgreementPayload("AgreementApprove", "The agreement, now APPROVED."),
  sign: AgreementPayload("AgreementSign", "The agreement with the signature recorded."),
  activate: AgreementPayload("AgreementActivate", "The agreement, now ACTIVE."),
  suspend: AgreementPayload("AgreementSuspend", "The agreement, now SUSPENDED."),
  resume: AgreementPayload("AgreementResume", "The agreement, ACTIVE again."),
  notice: AgreementPayload("AgreementGiveNotice", "The agreement with its end date set by the notice period."),
  terminate: AgreementPayload("AgreementTerminate", "The agreement, now TERMINATED."),
  review: AgreementPayload("AgreementReviewRecord", "The agreement with the review recorded."),
};

@Resolver()
export class LifecycleResolver {
  @Authorized(DRAFTING)
  @Mutation(() => P.create, { description: "Start a blank draft agreement." })
  agreementCreate(
    @Arg("input", () => inputs.AgreementCreateInput) input: inputs.AgreementCreateInput,
    @Ctx() ctx: Context,
  ) {
    return respond(ctx, "agreementCreate", input, input.code, (tx) => createAgreement(tx, ctx, input));
  }

  @Authorized(DRAFTING)
  @Mutation(() => P.createFrom, {
    description: 'Start a draft from an existing agreement ("the 2018 MoU from the 2017 one").',
  })
  agreementCreateFrom(
    @Arg("input", () => inputs.AgreementCreateFromInput) input: inputs.AgreementCreateFromInput,
    @Ctx() ctx: Context,
  ) {
    return respond(ctx, "agreementCreateFrom", input, input.code, (tx) => createAgreementFrom(tx, ctx, input));
  }

  @Authorized(DRAFTING)
  @Mutation(() => P.amend, { description: "Open an amendment of an active agreement, which stays in force meanwhile." })
  agreementAmend(
    @Arg("input", () => inputs.AgreementAmendInput) input: inputs.AgreementAmendInput,
    @Ctx() ctx: Context,
  ) {
    return respond(ctx, "agreementAmend", input, input.agreement, (tx) => amendAgreement(tx, ctx, input));
  }

  @Authorized(DRAFTING)
  @Mutation(() => P.updateTerms, { description: "Change a draft's title, dates or stated terms." })
  agreementUpdateTerms(
    @Arg("input", () => inputs.AgreementUpdateTermsInput) input: inputs.AgreementUpdateTermsInput,
    @Ctx() ctx: Context,
  ) {
    const { agreement: _a, baseRevision: _b, reason: _r, ...patch } = input;
    return edit(ctx, "agreementUpdateTerms", input, (tx, a) => parts.updateTerms(tx, a, patch));
  }

  @Authorized(DRAFTING)
  @Mutation(() => P.participantAdd, { description: "Add a party to a draft." })
  agreementParticipantAdd(
    @Arg("input", () => inputs.AgreementParticipantAddInput) input: inputs.AgreementParticipantAddInput,
    @Ctx() ctx: Context,
  ) {
    return edit(ctx, "agreementParticipantAdd", input, (tx, a) => parts.addParticipant(tx, a, input));
  }

  @Authorized(DRAFTING)
  @Mutation(() => P.participantUpdate, { description: "Change a party's roles or description." })
  agreementParticipantUpdate(
    @Arg("input", () => inputs.AgreementParticipantUpdateInput) input: inputs.AgreementParticipantUpdateInput,
    @Ctx() ctx: Context,
  ) {
    return edit(ctx, "agreementParticipantUpdate", input, (tx, a) => parts.updateParticipant(tx, a, input));
  }

  @Authorized(DRAFTING)
  @Mutation(() => P.participantRemove, { description: "Remove a party from a draft." })
  agreementParticipantRemove(
    @Arg("input", () => inputs.AgreementParticipantRemoveInput) input: inputs.AgreementParticipantRemoveInput,
    @Ctx() ctx: Context,
  ) {
    return edit(ctx, "agreementParticipantRemove", input, (tx, a) =>
      parts.removeParticipant(tx, a, input.organisation),
    );
  }

  @Authorized(DRAFTING)
  @Mutation(() => P.annexAdd, { description: "Add an annex to a draft." })
  agreementAnnexAdd(
    @Arg("input", () => inputs.AgreementAnnexAddInput) input: inputs.AgreementAnnexAddInput,
    @Ctx() ctx: Context,
  ) {
    return edit(ctx, "agreementAnnexAdd", input, (tx, a) => parts.addAnnex(tx, a, input));
  }

  @Authorized(DRAFTING)
  @Mutation(() => P.annexUpdate, { description: "Change an annex of a draft." })
  agreementAnnexUpdate(
    @Arg("input", () => inputs.AgreementAnnexUpdateInput) input: inputs.AgreementAnnexUpdateInput,
    @Ctx() ctx: Context,
  ) {
    return edit(ctx, "agreementAnnexUpdate", input, (tx, a) => parts.updateAnnex(tx, a, input));
  }

  @Authorized(DRAFTING)
  @Mutation(() => P.annexRemove, { description: "Remove an annex (and its rules) from a draft." })
  agreementAnnexRemove(
    @Arg("input", () => inputs.AgreementAnnexRemoveInput) input: inputs.AgreementAnnexRemoveInput,
    @Ctx() ctx: Context,
  ) {
    return edit(ctx, "agreementAnnexRemove", input, (tx, a) => parts.removeAnnex(tx, a, input.label));
  }

  @Authorized(DRAFTING)
  @Mutation(() => P.controllerSet, { description: "Set a party's controller role for a phase." })
  agreementControllerSet(
    @Arg("input", () => inputs.AgreementControllerSetInput) input: inputs.AgreementControllerSetInput,
    @Ctx() ctx: Context,
  ) {
    return edit(ctx, "agreementControllerSet", input, (tx, a) => parts.setController(tx, a, input));
  }

  @Authorized(DRAFTING)
  @Mutation(() => P.controllerRemove, { description: "Remove a party's controller role for a phase." })
  agreementControllerRemove(
    @Arg("input", () => inputs.AgreementControllerRemoveInput) input: inputs.AgreementControllerRemoveInput,
    @Ctx() ctx: Context,
  ) {
    return edit(ctx, "agreementControllerRemove", input, (tx, a) => parts.removeController(tx, a, input));
  }

  @Authorized(DRAFTING)
  @Mutation(() => P.processingConditionAdd, { description: "Add a processing condition for a party." })
  agreementProcessingConditionAdd(
    @Arg("input", () => inputs.AgreementProcessingConditionAddInput) input: inputs.AgreementProcessingConditionAddInput,
    @Ctx() ctx: Context,
  ) {
    return edit(ctx, "agreementProcessingConditionAdd", input, (tx, a) => parts.addProcessingCondition(tx, a, input));
  }

  @Authorized(DRAFTING)
  @Mutation(() => P.processingConditionRemove, { description: "Remove a processing condition." })
  agreementProcessingConditionRemove(
    @Arg("input", () => inputs.AgreementProcessingConditionRemoveInput)
    input: inputs.AgreementProcessingConditionRemoveInput,
    @Ctx() ctx: Context,
  ) {
    return edit(ctx, "agreementProcessingConditionRemove", input, (tx, a) =>
      parts.removeProcessingCondition(tx, a, input),
    );
  }

  @Authorized(DRAFTING)
  @Mutation(() => P.flowAdd, { description: "Add a data-flow rule to a draft." })
  agreementFlowAdd(
    @Arg("input", () => inputs.AgreementFlowAddInput) input: inputs.AgreementFlowAddInput,
    @Ctx() ctx: Context,
  ) {
    return edit(ctx, "agreementFlowAdd", input, (tx, a) => parts.addFlow(tx, a, input));
  }

  @Authorized(DRAFTING)
  @Mutation(() => P.flowUpdate, { description: "Change a data-flow rule of a draft." })
  agreementFlowUpdate(
    @Arg("input", () => inputs.AgreementFlowUpdateInput) input: inputs.AgreementFlowUpdateInput,
    @Ctx() ctx: Context,
  ) {
    return edit(ctx, "agreementFlowUpdate", input, (tx, a) => parts.updateFlow(tx, a, input));
  }

  @Authorized(DRAFTING)
  @Mutation(() => P.flowRemove, { description: "Remove a data-flow rule from a draft." })
  agreementFlowRemove(
    @Arg("input", () => inputs.AgreementFlowRemoveInput) input: inputs.AgreementFlowRemoveInput,
    @Ctx() ctx: Context,
  ) {
    return edit(ctx, "agreementFlowRemove", input, (tx, a) => parts.removeFlow(tx, a, input.code));
  }

  @Authorized(DRAFTING)
  @Mutation(() => P.conditionAdd, { description: "Add a condition or duty to a draft." })
  agreementConditionAdd(
    @Arg("input", () => inputs.AgreementConditionAddInput) input: inputs.AgreementConditionAddInput,
    @Ctx() ctx: Context,
  ) {
    return edit(ctx, "agreementConditionAdd", input, (tx, a) => parts.addCondition(tx, a, input));
  }

  @Authorized(DRAFTING)
  @Mutation(() => P.conditionRemove, { description: "Remove a condition from a draft." })
  agreementConditionRemove(
    @Arg("input", () => inputs.AgreementConditionRemoveInput) input: inputs.AgreementConditionRemoveInput,
    @Ctx() ctx: Context,
  ) {
    return edit(ctx, "agreementConditionRemove", input, (tx, a) => parts.removeCondition(tx, a, input.code));
  }

  @Authorized(DRAFTING)
  @Mutation(() => P.restrictionAdd, { description: "Add a restriction to a draft." })
  agreementRestrictionAdd(
    @Arg("input", () => inputs.AgreementRestrictionAddInput) input: inputs.AgreementRestrictionAddInput,
    @Ctx() ctx: Context,
  ) {
    return edit(ctx, "agreementRestrictionAdd", input, (tx, a) => parts.addRestriction(tx, a, input));
  }

  @Authorized(DRAFTING)
  @Mutation(() => P.restrictionRemove, { description: "Remove a restriction from a draft." })
  agreementRestrictionRemove(
    @Arg("input", () => inputs.AgreementRestrictionRemoveInput) input: inputs.AgreementRestrictionRemoveInput,
    @Ctx() ctx: Context,
  ) {
    return edit(ctx, "agreementRestrictionRemove", input, (tx, a) => parts.removeRestriction(tx, a, input.code));
  }

  @Authorized(DRAFTING)
  @Mutation(() => P.retentionAdd, { description: "Add a retention rule to a draft." })
  agreementRetentionAdd(
    @Arg("input", () => inputs.AgreementRetentionAddInput) input: inputs.AgreementRetentionAddInput,
    @Ctx() ctx: Context,
  ) {
    return edit(ctx, "agreementRetentionAdd", input, (tx, a) => parts.addRetention(tx, a, input));
  }

  @Authorized(DRAFTING)
  @Mutation(() => P.retentionRemove, { description: "Remove a retention rule from a draft." })
  agreementRetentionRemove(
    @Arg("input", () => inputs.AgreementRetentionRemoveInput) input: inputs.AgreementRetentionRemoveInput,
    @Ctx() ctx: Context,
  ) {
    return edit(ctx, "agreementRetentionRemove", input, (tx, a) => parts.removeRetention(tx, a, input));
  }

  @Authorized(DRAFTING)
  @Mutation(() => P.submit, { description: "Submit a draft for review (DRAFT → IN_REVIEW)." })
  agreementSubmitForReview(
    @Arg("input", () => inputs.EditAgreementInput) input: inputs.EditAgreementInput,
    @Ctx() ctx: Context,
  ) {
    return respond(ctx, "agreementSubmitForReview", input, input.agreement, (tx) =>
      transitions.submitForReview(tx, ctx, input),
    );
  }

  @Authorized(APPROVING)
  @Mutation(() => P.sendBack, {
    description: "Send a version in review back to its drafters; `reason` carries the reviewer's reasons.",
  })
  agreementSendBack(
    @Arg("input", () => inputs.EditAgreementInput) input: inputs.EditAgreementInput,
    @Ctx() ctx: Context,
  ) {
    return respond(ctx, "agreementSendBack", input, input.agreement, (tx) => transitions.sendBack(tx, ctx, input));
  }

  @Authorized(APPROVING)
  @Mutation(() => P.approve, {
    description:
      "Approve a complete version in review. Refused to anyone who authored it, and while anything is missing.",
  })
  agreementApprove(
    @Arg("input", () => inputs.AgreementApproveInput) input: inputs.AgreementApproveInput,
    @Ctx() ctx: Context,
  ) {
    return respond(ctx, "agreementApprove", input, input.agreement, (tx) => transitions.approve(tx, ctx, input));
  }

  @Authorized(RECORDING)
  @Mutation(() => P.sign, { description: "Record a participant's signature, for the agreement or one annex." })
  agreementSign(@Arg("input", () => inputs.AgreementSignInput) input: inputs.AgreementSignInput, @Ctx() ctx: Context) {
    return respond(ctx, "agreementSign", input, input.agreement, (tx) => transitions.sign(tx, ctx, input));
  }

  @Authorized(APPROVING)
  @Mutation(() => P.activate, {
    description:
      "Make an approved, signed agreement ACTIVE from its effective date; an amendment supersedes what it amends.",
  })
  agreementActivate(
    @Arg("input", () => inputs.EditAgreementInput) input: inputs.EditAgreementInput,
    @Ctx() ctx: Context,
  ) {
    return respond(ctx, "agreementActivate", input, input.agreement, (tx) => transitions.activate(tx, ctx, input));
  }

  @Authorized(APPROVING)
  @Mutation(() => P.suspend, { description: "Suspend an active agreement: it grants nothing until resumed." })
  agreementSuspend(@Arg("input", () => inputs.AgreementEndInput) input: inputs.AgreementEndInput, @Ctx() ctx: Context) {
    return respond(ctx, "agreementSuspend", input, input.agreement, (tx) => transitions.suspend(tx, ctx, input));
  }

  @Authorized(APPROVING)
  @Mutation(() => P.resume, { description: "Resume a suspended agreement." })
  agreementResume(
    @Arg("input", () => inputs.AgreementResumeInput) input: inputs.AgreementResumeInput,
    @Ctx() ctx: Context,
  ) {
    return respond(ctx, "agreementResume", input, input.agreement, (tx) => transitions.resume(tx, ctx, input));
  }

  @Authorized(APPROVING)
  @Mutation(() => P.notice, { description: "Give notice: the agreement ends when its notice period runs out." })
  agreementGiveNotice(
    @Arg("input", () => inputs.AgreementEndInput) input: inputs.AgreementEndInput,
    @Ctx() ctx: Context,
  ) {
    return respond(ctx, "agreementGiveNotice", input, input.agreement, (tx) => transitions.giveNotice(tx, ctx, input));
  }

  @Authorized(APPROVING)
  @Mutation(() => P.terminate, { description: "Terminate at once, without notice (serious breach or revocation)." })
  agreementTerminate(
    @Arg("input", () => inputs.AgreementTerminateInput) input: inputs.AgreementTerminateInput,
    @Ctx() ctx: Context,
  ) {
    return respond(ctx, "agreementTerminate", input, input.agreement, (tx) => {
      if (input.kind && input.kind !== "IMMEDIATE_BREACH" && input.kind !== "REVOCATION") {
        throw new UserError("INVALID", "kind must be IMMEDIATE_BREACH or REVOCATION", ["input", "kind"]);
      }
      return transitions.terminate(tx, ctx, input as transitions.TerminateInput);
    });
  }

  @Authorized(RECORDING)
  @Mutation(() => P.review, { description: "Record a review: date, reviewer, outcome, findings, next due." })
  agreementReviewRecord(
    @Arg("input", () => inputs.AgreementReviewRecordInput) input: inputs.AgreementReviewRecordInput,
    @Ctx() ctx: Context,
  ) {
    return respond(ctx, "agreementReviewRecord", input, input.agreement, (tx) =>
      transitions.recordReview(tx, ctx, input),
    );
  }
}
