import { Field, InputType, Int, ObjectType, registerEnumType } from "type-graphql";
import { DateScalar } from "../../graphql/scalars.js";
import { Agreement, Annex } from "../agreement/agreement.types.js";
import { DataItem, LegalGateway } from "../catalogue/catalogue.types.js";

export enum PermissionOutcome {
  PERMITTED = "PERMITTED",
  CONDITIONAL = "CONDITIONAL",
  DENIED = "DENIED",
}
registerEnumType(PermissionOutcome, {
  name: "PermissionOutcome",
  description: "PERMITTED; CONDITIONAL on facts still to settle; or DENIED.",
});

export enum DenialCode {
  PROHIBITED = "PROHIBITED",
  ONWARD_DISCLOSURE = "ONWARD_DISCLOSURE",
  CROSS_NATION = "CROSS_NATION",
  OUTSIDE_TERRITORY = "OUTSIDE_TERRITORY",
  NO_AGREEMENT = "NO_AGREEMENT",
  AGREEMENT_NOT_IN_FORCE = "AGREEMENT_NOT_IN_FORCE",
  NOT_A_PARTY = "NOT_A_PARTY",
  NOT_SIGNED = "NOT_SIGNED",
  PURPOSE_NOT_COVERED = "PURPOSE_NOT_COVERED",
  DATA_NOT_COVERED = "DATA_NOT_COVERED",
  CHANNEL_NOT_COVERED = "CHANNEL_NOT_COVERED",
  GATEWAY_NOT_IN_FORCE = "GATEWAY_NOT_IN_FORCE",
  CONDITION_NOT_MET = "CONDITION_NOT_MET",
}
registerEnumType(DenialCode, {
  name: "DenialCode",
  description: "Why a flow is blocked.",
  valuesConfig: {
    PROHIBITED: { description: "An explicit prohibition (a DENY rule), which beats every permission." },
    ONWARD_DISCLOSURE: { description: "Onward disclosure of data received under an agreement is restricted." },
    CROSS_NATION: { description: "Data may not pass to a council in another nation (2017 Annex B ¶16)." },
    OUTSIDE_TERRITORY: { description: "Access or processing outside the permitted territory." },
    NO_AGREEMENT: { description: "No agreement in the registry comes near permitting it." },
    AGREEMENT_NOT_IN_FORCE: { description: "An agreement would permit it, but not on that date or in that status." },
    NOT_A_PARTY: { description: "A party is not in the agreement in the role the flow needs." },
    NOT_SIGNED: { description: "The recipient has not signed the agreement or the annex." },
    PURPOSE_NOT_COVERED: { description: "The nearest rule covers other purposes." },
    DATA_NOT_COVERED: { description: "The nearest rule covers other data." },
    CHANNEL_NOT_COVERED: { description: "The nearest rule covers other channels." },
    GATEWAY_NOT_IN_FORCE: { description: "No legal gateway of the rule was in force on the date." },
    CONDITION_NOT_MET: { description: "A fact the caller asserted fails a condition." },
  },
});

@InputType({ description: 'A fact the caller asserts, to settle a condition (value "true" settles it).' })
export class FactInput {
  @Field(() => String, { description: "The condition's fact key, e.g. `claim-on-same-form-as-hb`." })
  key!: string;

  @Field(() => String, { description: '"true" settles the condition; any other value fails it.' })
  value!: string;
}

@InputType({ description: "May this data flow from provider to recipient for this purpose on this date?" })
export class PermissionRequest {
  @Field(() => String, { description: "Organisation code of the provider." })
  provider!: string;

  @Field(() => String, { description: "Organisation code of the recipient." })
  recipient!: string;

  @Field(() => String, { description: "Purpose code." })
  purpose!: string;

  @Field(() => [String], { description: "Data item codes: categories or items." })
  dataItems!: string[];

  @Field(() => String, { nullable: true, description: "Channel code; omitted means any channel." })
  channel?: string | null;

  @Field(() => DateScalar, { nullable: true, description: "The date; default today (UTC)." })
  at?: string | null;

  @Field(() => String, {
    nullable: true,
    description: "ISO 3166-1 alpha-2 code of where the recipient accesses or processes the data.",
  })
  processingCountry?: string | null;

  @Field(() => [FactInput], { nullable: true, description: "Facts the caller asserts, to settle conditions." })
  facts?: FactInput[] | null;
}

@ObjectType({ description: "An in-force rule that allows the flow.", simpleResolvers: true })
export class PermissionGrant {
  @Field(() => Agreement, { description: "The agreement." })
  agreement!: Agreement;

  @Field(() => Annex, { nullable: true, description: "The annex, when the rule is in one." })
  annex!: Annex | null;

  @Field(() => String, { description: "The clause that allows it." })
  clauseReference!: string;

  @Field(() => String, { description: "Code of the flow rule." })
  ruleCode!: string;

  @Field(() => [LegalGateway], { description: "The rule's legal gateways that were in force on the date." })
  gateways!: LegalGateway[];
}

@ObjectType({
  description: "A prohibition, restriction or missing requirement that blocks the flow.",
  simpleResolvers: true,
})
export class PermissionDenial {
  @Field(() => DenialCode, { description: "Why." })
  code!: DenialCode;

  @Field(() => String, { description: "In words a DPO understands." })
  reason!: string;

  @Field(() => String, { nullable: true, description: "The clause it comes from." })
  clauseReference!: string | null;

  @Field(() => Agreement, { nullable: true, description: "The agreement concerned, if one." })
  agreement!: Agreement | null;
}

@ObjectType({ description: "A condition still to settle; assert its fact to settle it.", simpleResolvers: true })
export class PermissionCondition {
  @Field(() => String, { description: "The condition." })
  description!: string;

  @Field(() => String, { description: "The fact key that settles it." })
  factKey!: string;

  @Field(() => String, { description: "The clause it comes from." })
  clauseReference!: string;
}

@ObjectType({ description: "The decision for one requested data item.", simpleResolvers: true })
export class ItemDecision {
  @Field(() => DataItem, { description: "The item or category." })
  dataItem!: DataItem;

  @Field(() => PermissionOutcome, { description: "Its outcome." })
  outcome!: PermissionOutcome;

  @Field(() => [PermissionGrant], { description: "Rules that allow it." })
  grants!: PermissionGrant[];

  @Field(() => [PermissionDenial], { description: "What blocks it." })
  denials!: PermissionDenial[];

  @Field(() => [PermissionCondition], { description: "Conditions still to settle." })
  conditions!: PermissionCondition[];
}

@ObjectType({ description: "The answer to a permission request, with its reasons.", simpleResolvers: true })
export class PermissionDecision {
  @Field(() => PermissionOutcome, { description: "The least permissive of the items' outcomes." })
  outcome!: PermissionOutcome;

  @Field(() => [PermissionGrant], { description: "Every in-force rule that allows it." })
  grants!: PermissionGrant[];

  @Field(() => [PermissionDenial], { description: "Every prohibition or missing requirement that blocks it." })
  denials!: PermissionDenial[];

  @Field(() => [PermissionCondition], { description: "Conditions still to settle (CONDITIONAL)." })
  conditions!: PermissionCondition[];

  @Field(() => [ItemDecision], { description: "The decision per requested data item." })
  items!: ItemDecision[];

  @Field(() => String, { description: "The decision in plain language, for a person." })
  explanation!: string;

  @Field(() => Int, { description: "The registry revision that answered." })
  registryRevision!: number;

  @Field(() => DateScalar, { description: "The date the decision is for." })
  at!: string;
}
