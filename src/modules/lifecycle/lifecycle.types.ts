import { Field, InterfaceType, ObjectType, registerEnumType } from "type-graphql";
import { Agreement } from "../agreement/agreement.types.js";
import { AgreementRevision } from "../revision/revision.types.js";
import { USER_ERROR_CODES } from "./mutation.js";

export const UserErrorCode = Object.fromEntries(USER_ERROR_CODES.map((c) => [c, c])) as {
  [K in (typeof USER_ERROR_CODES)[number]]: K;
};
registerEnumType(UserErrorCode, {
  name: "UserErrorCode",
  description: "Why a mutation was refused. Nothing was changed.",
  valuesConfig: {
    NOT_FOUND: { description: "A code or label named in the input does not exist." },
    STALE_REVISION: { description: "The agreement changed since `baseRevision`: reload it and reapply your change." },
    NOT_EDITABLE: { description: "Only drafts are edited; an active agreement is changed by amendment." },
    INVALID_TRANSITION: { description: "The action is not possible from the agreement's status." },
    SEGREGATION_OF_DUTIES: { description: "Nobody approves a version they authored (CIS Guide §2.4; 2011 §5.9)." },
    INCOMPLETE: { description: "The agreement does not yet state everything its kind must (see `completeness`)." },
    UNSIGNED: { description: "A party has not signed." },
    INVALID: { description: "A value breaks a rule; the message names it." },
    CONFLICT: { description: "It would duplicate something that must be unique, or clash with existing content." },
  },
});

@ObjectType({ description: "A business reason a mutation was refused." })
export class UserError {
  @Field(() => UserErrorCode, { description: "Stable code." })
  code!: keyof typeof UserErrorCode;

  @Field(() => [String], { nullable: true, description: 'Path to the input field, e.g. ["input", "baseRevision"].' })
  field!: string[] | null;

  @Field(() => String, { description: "What is wrong, in words." })
  message!: string;
}

/** What every agreement mutation answers: the agreement as it now is, the revision it made, and refusals. */
@InterfaceType({ description: "The answer of every agreement mutation." })
export abstract class AgreementChangePayload {
  @Field(() => Agreement, { nullable: true, description: "The agreement after the change; null when refused." })
  agreement!: Agreement | null;

  @Field(() => AgreementRevision, {
    nullable: true,
    description: "The revision the change appended; null when refused.",
  })
  revision!: AgreementRevision | null;

  @Field(() => [UserError], { description: "Why it was refused; empty on success." })
  userErrors!: UserError[];
}

export function AgreementPayload(name: string, description: string) {
  @ObjectType(`${name}Payload`, { description, implements: AgreementChangePayload })
  class Payload extends AgreementChangePayload {}
  return Payload;
}
