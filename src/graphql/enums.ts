import { registerEnumType } from "type-graphql";
import * as db from "../db/tables/enums.js";

/** A GraphQL enum mirroring a PostgreSQL enum: one list of values, in the database. */
function mirror<const V extends readonly [string, ...string[]]>(
  values: { enumValues: V },
  name: string,
  description: string,
): { [K in V[number]]: K } {
  const object = Object.fromEntries(values.enumValues.map((v) => [v, v])) as { [K in V[number]]: K };
  registerEnumType(object, { name, description });
  return object;
}

export const OrganisationKind = mirror(
  db.organisationKind,
  "OrganisationKind",
  "What kind of body an organisation is.",
);
export const Nation = mirror(db.nation, "Nation", "UK nation of a local authority (2017 Annex B ¶16–18).");
export const AgreementKind = mirror(db.agreementKind, "AgreementKind", "MoU, process-level MoU, or an addendum.");
export const AgreementStatus = mirror(db.agreementStatus, "AgreementStatus", "Where an agreement is in its life.");
export const ParticipantRole = mirror(db.participantRole, "ParticipantRole", "What a party does under an agreement.");
export const SignatoryCapacity = mirror(
  db.signatoryCapacity,
  "SignatoryCapacity",
  "The capacity in which someone signed (2017 §1.12–1.13).",
);
export const ControllerPhase = mirror(db.controllerPhase, "ControllerPhase", "Phase of a data share.");
export const ControllerRole = mirror(db.controllerRole, "ControllerRole", "Data-protection role in a phase.");
export const GatewayKind = mirror(db.gatewayKind, "GatewayKind", "Kind of legal power a gateway is.");
export const Classification = mirror(db.classification, "Classification", "Government security classification.");
export const FlowEffect = mirror(db.flowEffect, "FlowEffect", "Whether a rule allows or prohibits a flow.");
export const ConditionKind = mirror(
  db.conditionKind,
  "ConditionKind",
  "PRECONDITION: must be met for a flow (settled by a fact); DUTY: an obligation on a party.",
);
export const RestrictionKind = mirror(db.restrictionKind, "RestrictionKind", "What a restriction limits.");
export const OperationalRuleKind = mirror(db.operationalRuleKind, "OperationalRuleKind", "Kind of operational rule.");
export const ReviewOutcome = mirror(db.reviewOutcome, "ReviewOutcome", "What a review decided.");
export const TerminationKind = mirror(db.terminationKind, "TerminationKind", "How an agreement was ended or paused.");
