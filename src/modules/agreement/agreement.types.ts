import { Authorized, Field, Int, ObjectType } from "type-graphql";
import { PEOPLE_READERS } from "../../graphql/auth.js";
import { Sourced } from "../../graphql/cited.js";
import {
  AgreementKind,
  AgreementStatus,
  ControllerPhase,
  ControllerRole,
  ParticipantRole,
  ReviewOutcome,
  SignatoryCapacity,
  TerminationKind,
} from "../../graphql/enums.js";
import { Node } from "../../graphql/node.js";
import { DateScalar } from "../../graphql/scalars.js";

@ObjectType({
  simpleResolvers: true,
  implements: [Node, Sourced],
  description: "A data-sharing agreement: an MoU, a process-level MoU, or an addendum to another agreement.",
})
export class Agreement extends Sourced {
  @Field(() => String, { description: "Stable code, e.g. `dwp-la-mou-2017`." })
  code!: string;

  @Field(() => AgreementKind, { description: "MOU, PMOU or ADDENDUM." })
  kind!: keyof typeof AgreementKind;

  @Field(() => String, { description: "Title." })
  title!: string;

  @Field(() => String, { description: "The document's reference or version label." })
  reference!: string;

  @Field(() => String, { description: "The team that owns it, e.g. DWP Housing Delivery Division." })
  ownerTeam!: string;

  @Field(() => AgreementStatus, { description: "Lifecycle status." })
  status!: keyof typeof AgreementStatus;

  @Field(() => DateScalar, { description: "First day in force." })
  effectiveFrom!: string;

  @Field(() => DateScalar, { nullable: true, description: "Last day in force; null when open-ended." })
  effectiveTo!: string | null;

  @Field(() => Int, { nullable: true, description: "Months between scheduled reviews." })
  reviewCadenceMonths!: number | null;

  @Field(() => String, { nullable: true, description: "Review terms as the document states them." })
  reviewTerms!: string | null;

  @Field(() => Int, { nullable: true, description: "Months of notice either party must give to end it." })
  noticePeriodMonths!: number | null;

  @Field(() => String, { nullable: true, description: "Termination and suspension terms." })
  terminationTerms!: string | null;

  @Field(() => Int, { nullable: true, description: "Hours within which a breach must be notified." })
  breachNotificationHours!: number | null;

  @Field(() => String, { nullable: true, description: "How subject access requests are handled." })
  subjectAccessTerms!: string | null;

  @Field(() => String, { nullable: true, description: "How Freedom of Information requests are handled." })
  foiTerms!: string | null;

  @Field(() => String, { nullable: true, description: "Security terms." })
  securityTerms!: string | null;

  @Field(() => String, { nullable: true, description: "Onward disclosure terms." })
  onwardDisclosureTerms!: string | null;

  @Field(() => String, { nullable: true, description: "Who signs for each party and in what capacity." })
  signingTerms!: string | null;

  @Field(() => String, { description: "What the agreement is for, in a sentence or two." })
  summary!: string;

  /** The latest revision's number (optimistic-concurrency counter). */
  revision!: number;

  @Field(() => Int, { description: "The latest revision's number: every edit names it as `baseRevision`." })
  get revisionNumber(): number {
    return this.revision;
  }

  parentId!: string | null;
  derivedFromId!: string | null;
  amendsId!: string | null;
  ownerOrganisationId!: string;
}

@ObjectType({
  simpleResolvers: true,
  implements: [Node, Sourced],
  description: "A part of an agreement with its own purpose, gateway, data and rules (2017 Annexes A–E).",
})
export class Annex extends Sourced {
  @Field(() => String, { description: 'Label within the agreement, e.g. "A".' })
  label!: string;

  @Field(() => String, { description: "Title." })
  title!: string;

  @Field(() => String, { description: "What the annex covers." })
  summary!: string;

  @Field(() => Boolean, { description: "Parties sign this annex separately (2017 signature table)." })
  signedSeparately!: boolean;

  agreementId!: string;
}

@ObjectType({
  simpleResolvers: true,
  implements: [Node, Sourced],
  description: "An organisation's part in an agreement.",
})
export class Participant extends Sourced {
  @Field(() => [ParticipantRole], { description: "Its roles: provider, recipient, processor, MoU manager." })
  roles!: (keyof typeof ParticipantRole)[];

  @Field(() => String, { nullable: true, description: "Which part of the organisation, and how." })
  description!: string | null;

  agreementId!: string;
  organisationId!: string;
}

@ObjectType({
  implements: [Node, Sourced],
  description: "Who signed, in what capacity, when — for the agreement or one annex.",
})
export class Signatory extends Sourced {
  @Authorized([...PEOPLE_READERS])
  @Field(() => String, {
    nullable: true,
    description: "Name of the person. Personal data: hidden from the `service` role.",
  })
  name!: string;

  @Field(() => SignatoryCapacity, { description: "Capacity in which they signed." })
  capacity!: keyof typeof SignatoryCapacity;

  @Field(() => String, { nullable: true, description: "Position in their organisation." })
  position!: string | null;

  @Field(() => DateScalar, { description: "Date signed." })
  signedOn!: string;

  @Field(() => Boolean, { description: "Sample data, not a real signature." })
  sample!: boolean;

  agreementId!: string;
  participantId!: string;
  annexId!: string | null;
}

@ObjectType({
  simpleResolvers: true,
  implements: [Node, Sourced],
  description: "A participant's data-protection role in one phase of the share.",
})
export class ControllerDesignation extends Sourced {
  @Field(() => ControllerPhase, { description: "During transfer, or after receipt." })
  phase!: keyof typeof ControllerPhase;

  @Field(() => ControllerRole, { description: "Controller in common, joint, sole, or processor." })
  role!: keyof typeof ControllerRole;

  @Field(() => String, { description: "As the agreement states it." })
  description!: string;

  participantId!: string;
}

@ObjectType({
  simpleResolvers: true,
  implements: [Node, Sourced],
  description: "The data-protection lawful basis a participant relies on.",
})
export class ProcessingCondition extends Sourced {
  @Field(() => String, { description: 'e.g. "GDPR Article 6(1)(e)".' })
  article!: string;

  @Field(() => String, { description: "The condition's words." })
  description!: string;

  @Field(() => DateScalar, { nullable: true, description: "Applies from." })
  appliesFrom!: string | null;

  participantId!: string;
}

@ObjectType({
  simpleResolvers: true,
  implements: [Node, Sourced],
  description: "A version in the document's own history, e.g. 2011 MoU v1.17.",
})
export class DocumentVersion extends Sourced {
  @Field(() => String, { description: 'The version label, e.g. "1.23".' })
  label!: string;

  @Field(() => DateScalar, { nullable: true, description: "Date of the version; null where the document gives none." })
  get date(): string | null {
    return this.issuedOn;
  }

  @Field(() => String, { description: "Summary of changes." })
  summary!: string;

  issuedOn!: string | null;
}

@ObjectType({
  simpleResolvers: true,
  implements: [Node, Sourced],
  description: "A review of an agreement and what it decided.",
})
export class Review extends Sourced {
  @Field(() => DateScalar, { description: "Date of the review." })
  reviewedOn!: string;

  @Field(() => String, { description: "Who reviewed it." })
  reviewer!: string;

  @Field(() => ReviewOutcome, { description: "What it decided." })
  outcome!: keyof typeof ReviewOutcome;

  @Field(() => String, { description: "Findings." })
  findings!: string;

  @Field(() => DateScalar, { nullable: true, description: "When the next review is due." })
  nextDueOn!: string | null;
}

@ObjectType({
  simpleResolvers: true,
  implements: [Node, Sourced],
  description: "Notice given, termination, revocation or suspension of an agreement.",
})
export class Termination extends Sourced {
  @Field(() => TerminationKind, { description: "How it ended or paused." })
  kind!: keyof typeof TerminationKind;

  @Field(() => DateScalar, { description: "Date given." })
  givenOn!: string;

  @Field(() => DateScalar, { description: "Date it takes effect." })
  effectiveOn!: string;

  @Field(() => DateScalar, {
    nullable: true,
    description: "A suspension's end: the day the agreement resumed (null while suspended, and for every other kind).",
  })
  resumedOn!: string | null;

  @Field(() => String, { description: "Reason." })
  reason!: string;

  byOrganisationId!: string | null;
}
