import { Field, Int, ObjectType } from "type-graphql";
import { Sourced } from "../../graphql/cited.js";
import { ConditionKind, FlowEffect, OperationalRuleKind, RestrictionKind } from "../../graphql/enums.js";
import { Node } from "../../graphql/node.js";

@ObjectType({
  simpleResolvers: true,
  implements: [Node, Sourced],
  description:
    "A data-flow rule: provider → recipient, these data items, for these purposes, over these channels, " +
    "under these legal gateways — ALLOW or DENY, with its conditions and the clause it comes from.",
})
export class DataFlowRule extends Sourced {
  @Field(() => String, { description: "Stable code, e.g. `dwp-la-mou-2017.a.rti-hb`." })
  code!: string;

  @Field(() => FlowEffect, { description: "ALLOW, or DENY (a prohibition, which beats every ALLOW)." })
  effect!: keyof typeof FlowEffect;

  @Field(() => String, { description: "What the rule says, in plain words." })
  description!: string;

  @Field(() => String, { description: 'The clause it comes from, e.g. "Annex C ¶12".' })
  clauseReference!: string;

  agreementId!: string;
  annexId!: string | null;
  providerId!: string;
  recipientId!: string | null;
}

@ObjectType({
  simpleResolvers: true,
  implements: [Node, Sourced],
  description: "A precondition a flow depends on (settled by a fact) or a duty a party must meet.",
})
export class Condition extends Sourced {
  @Field(() => String, { description: "Code, unique within the agreement." })
  code!: string;

  @Field(() => ConditionKind, { description: "PRECONDITION or DUTY." })
  kind!: keyof typeof ConditionKind;

  @Field(() => String, { description: "The condition." })
  description!: string;

  @Field(() => String, {
    nullable: true,
    description: "For a precondition: the fact key a caller asserts to settle it.",
  })
  factKey!: string | null;

  @Field(() => String, { description: "The clause it comes from." })
  clauseReference!: string;

  annexId!: string | null;
}

@ObjectType({
  simpleResolvers: true,
  implements: [Node, Sourced],
  description: "A limit on what a recipient may do: onward disclosure, reuse, cross-nation sharing, territory.",
})
export class Restriction extends Sourced {
  @Field(() => String, { description: "Code, unique within the agreement." })
  code!: string;

  @Field(() => RestrictionKind, { description: "What it limits." })
  kind!: keyof typeof RestrictionKind;

  @Field(() => String, { description: "The restriction." })
  description!: string;

  @Field(() => [String], {
    nullable: true,
    description: "For TERRITORY: ISO 3166-1 alpha-2 codes where access or processing is allowed.",
  })
  permittedTerritories!: string[] | null;

  @Field(() => String, { nullable: true, description: "The fact key that lifts it, where something can." })
  factKey!: string | null;

  @Field(() => String, { description: "The clause it comes from." })
  clauseReference!: string;

  annexId!: string | null;
  originatingControllerId!: string | null;
  purposeId!: string | null;
  channelId!: string | null;
  approvalById!: string | null;
}

@ObjectType({
  simpleResolvers: true,
  implements: [Node, Sourced],
  description: "How long a kind of record is kept, and what happens then.",
})
export class RetentionRule extends Sourced {
  @Field(() => String, { description: "The kind of record." })
  recordType!: string;

  @Field(() => Int, { nullable: true, description: "Months kept; 0 = not retained." })
  periodMonths!: number | null;

  @Field(() => String, { description: 'As stated, e.g. "not retained", "at most 6 years".' })
  disposition!: string;

  @Field(() => String, { nullable: true, description: "What starts the clock." })
  trigger!: string | null;

  dataItemId!: string | null;
}

@ObjectType({
  simpleResolvers: true,
  implements: [Node, Sourced],
  description: "An operational rule under an agreement: roles, segregation of duties, management checks (CIS Guide).",
})
export class OperationalRule extends Sourced {
  @Field(() => String, { description: "Code, unique within the agreement." })
  code!: string;

  @Field(() => OperationalRuleKind, { description: "Kind of rule." })
  kind!: keyof typeof OperationalRuleKind;

  @Field(() => String, { description: "Title." })
  title!: string;

  @Field(() => String, { description: "The rule." })
  description!: string;
}
