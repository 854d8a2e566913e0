import { Field, Int, ObjectType, registerEnumType } from "type-graphql";
import { AgreementStatus } from "../../graphql/enums.js";
import { Node } from "../../graphql/node.js";
import { DateScalar, DateTimeScalar } from "../../graphql/scalars.js";
import type { AgreementContent } from "./content.js";
import { AgreementContentView } from "./content.types.js";

export const ChangeArea = {
  TERMS: "TERMS",
  DATES: "DATES",
  STATUS: "STATUS",
  PARTY: "PARTY",
  SIGNATURE: "SIGNATURE",
  ANNEX: "ANNEX",
  CONTROLLER: "CONTROLLER",
  PROCESSING_CONDITION: "PROCESSING_CONDITION",
  FLOW: "FLOW",
  GATEWAY: "GATEWAY",
  CONDITION: "CONDITION",
  RESTRICTION: "RESTRICTION",
  RETENTION: "RETENTION",
  OPERATIONAL_RULE: "OPERATIONAL_RULE",
  DOCUMENT_VERSION: "DOCUMENT_VERSION",
  REVIEW: "REVIEW",
  TERMINATION: "TERMINATION",
} as const;
registerEnumType(ChangeArea, { name: "ChangeArea", description: "Which part of an agreement a change is in." });

export const ChangeKind = {
  ADDED: "ADDED",
  REMOVED: "REMOVED",
  WIDENED: "WIDENED",
  NARROWED: "NARROWED",
  CHANGED: "CHANGED",
} as const;
registerEnumType(ChangeKind, {
  name: "ChangeKind",
  description: "What happened: WIDENED/NARROWED say a rule now covers more/less (purposes, items, channels).",
});

export const DocumentFormat = { MARKDOWN: "MARKDOWN" } as const;
registerEnumType(DocumentFormat, { name: "DocumentFormat", description: "A rendering of an agreement." });

@ObjectType({ description: "Codes added to or removed from a flow rule's sets." })
export class SetChange {
  @Field(() => [String], { description: "Purpose codes." })
  purposes!: string[];
  @Field(() => [String], { description: "Data item codes." })
  dataItems!: string[];
  @Field(() => [String], { description: "Channel codes." })
  channels!: string[];
  @Field(() => [String], { description: "Legal gateway codes." })
  gateways!: string[];
}

@ObjectType({ description: "One change between two contents of an agreement, by meaning." })
export class ChangeEntry {
  @Field(() => ChangeArea, { description: "Which part changed." })
  area!: keyof typeof ChangeArea;
  @Field(() => ChangeKind, { description: "How it changed." })
  kind!: keyof typeof ChangeKind;
  @Field(() => String, { description: "What changed: a rule code, an organisation code, an annex label or a field." })
  subject!: string;
  @Field(() => String, { nullable: true, description: "The clause of the agreement the change sits in." })
  clauseReference!: string | null;
  @Field(() => String, { description: "The change in one plain sentence." })
  summary!: string;
  @Field(() => String, { nullable: true, description: "The value before, for a field change." })
  before!: string | null;
  @Field(() => String, { nullable: true, description: "The value after, for a field change." })
  after!: string | null;
  @Field(() => SetChange, { description: "For flows: codes added." })
  added!: SetChange;
  @Field(() => SetChange, { description: "For flows: codes removed." })
  removed!: SetChange;
}

@ObjectType({
  implements: Node,
  description:
    "An immutable revision of an agreement: who changed it, when, why, its complete content then, and what changed.",
})
export class AgreementRevision extends Node {
  agreementId!: string;
  lineageId!: string;

  @Field(() => Int, { description: "Revision number, from 1, per agreement." })
  number!: number;
  @Field(() => String, { description: "The mutation that made it, e.g. `agreementFlowAdd`." })
  operation!: string;
  @Field(() => String, { description: "Why: the reason the editor gave (for a send-back, the reviewer's reasons)." })
  reason!: string;
  @Field(() => String, { description: "Who made it (the API key holder's name)." })
  principal!: string;
  @Field(() => String, { description: "The role they acted in." })
  role!: string;
  @Field(() => DateTimeScalar, { description: "When it was recorded." })
  recordedAt!: Date;
  @Field(() => AgreementStatus, { description: "The agreement's status at this revision." })
  status!: string;
  @Field(() => DateScalar, { nullable: true, description: "First day this content was operative; null if never." })
  inForceFrom!: string | null;
  @Field(() => DateScalar, { nullable: true, description: "Last day this content was operative." })
  inForceTo!: string | null;

  content!: AgreementContent;
  changes!: ChangeEntry[];

  @Field(() => AgreementContentView, {
    name: "content",
    description: "The agreement's complete content at this revision.",
  })
  get contentView(): AgreementContentView {
    return this.content as unknown as AgreementContentView;
  }

  @Field(() => [ChangeEntry], {
    name: "changes",
    description: "What changed from the revision before (or from the agreement it was copied from).",
  })
  get changeSet(): ChangeEntry[] {
    return this.changes;
  }
}

@ObjectType({ description: "The structured difference between two revisions, possibly of different agreements." })
export class AgreementDiff {
  @Field(() => AgreementRevision, { description: "The earlier side." })
  from!: AgreementRevision;
  @Field(() => AgreementRevision, { description: "The later side." })
  to!: AgreementRevision;
  @Field(() => [ChangeEntry], { description: "Every change, ordered by area and subject." })
  changes!: ChangeEntry[];
}

@ObjectType({ description: "One thing an agreement of its kind must state, and whether it does." })
export class CompletenessCheck {
  @Field(() => String, { description: "Stable requirement code, e.g. `LEGAL_BASIS_PER_DIRECTION`." })
  requirement!: string;
  @Field(() => String, { description: "What is required." })
  description!: string;
  @Field(() => Boolean, { description: "Whether the agreement states it." })
  satisfied!: boolean;
  @Field(() => String, { nullable: true, description: "What is missing, in words." })
  missing!: string | null;
}

@ObjectType({ description: "Whether an agreement states everything it must before approval." })
export class Completeness {
  @Field(() => Boolean, { description: "Nothing missing: approval is possible." })
  complete!: boolean;
  @Field(() => [CompletenessCheck], { description: "Every requirement, in order." })
  checks!: CompletenessCheck[];
  @Field(() => [String], { description: "What is missing, one sentence each." })
  missing!: string[];
}
