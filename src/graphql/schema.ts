import "reflect-metadata";
import type { GraphQLFieldResolver, GraphQLSchema } from "graphql";
import { buildSchema } from "type-graphql";
import {
  AgreementResolver,
  AnnexResolver,
  ControllerDesignationResolver,
  ParticipantResolver,
  ProcessingConditionResolver,
  SignatoryResolver,
  TerminationResolver,
} from "../modules/agreement/agreement.resolver.js";
import {
  ChannelResolver,
  DataItemResolver,
  LegalGatewayResolver,
  OrganisationResolver,
  PurposeResolver,
  SourceCitationResolver,
  SourceDocumentResolver,
} from "../modules/catalogue/catalogue.resolver.js";
import {
  ConditionResolver,
  DataFlowRuleResolver,
  RestrictionResolver,
  RetentionRuleResolver,
} from "../modules/flow/flow.resolver.js";
import { AuditResolver } from "../modules/audit/audit.resolver.js";
import { LifecycleResolver } from "../modules/lifecycle/lifecycle.resolver.js";
import { ReviewScheduleResolver } from "../modules/lifecycle/review-schedule.resolver.js";
import { NodeResolver } from "../modules/node/node.resolver.js";
import { LawfulBasisResolver, OrganisationFlowsResolver } from "../modules/permission/listing.resolver.js";
import { PermissionResolver, permissionFields } from "../modules/permission/permission.resolver.js";
import { AgreementHistoryResolver, AgreementRevisionResolver } from "../modules/revision/revision.resolver.js";
import { authChecker } from "./auth.js";

let built: Promise<GraphQLSchema> | undefined;

/** The GraphQL schema, built once per process from the type-graphql classes. */
export function registrySchema(): Promise<GraphQLSchema> {
  built ??= buildSchema({
    resolvers: [
      NodeResolver,
      AgreementHistoryResolver,
      AgreementRevisionResolver,
      LifecycleResolver,
      ReviewScheduleResolver,
      AuditResolver,
      OrganisationResolver,
      PurposeResolver,
      DataItemResolver,
      ChannelResolver,
      LegalGatewayResolver,
      SourceCitationResolver,
      SourceDocumentResolver,
      AgreementResolver,
      AnnexResolver,
      ParticipantResolver,
      SignatoryResolver,
      ControllerDesignationResolver,
      ProcessingConditionResolver,
      TerminationResolver,
      DataFlowRuleResolver,
      ConditionResolver,
      RestrictionResolver,
      RetentionRuleResolver,
      PermissionResolver,
      LawfulBasisResolver,
      OrganisationFlowsResolver,
    ],
    authChecker,
    validate: false,
  }).then((schema) => withResolvers(schema, permissionFields));
  return built;
}

/**
 * Replaces the resolvers of some root query fields, which stay declared by their type-graphql
 * classes: for hot fields whose resolvers want their arguments as graphql-js coerced them.
 */
function withResolvers(schema: GraphQLSchema, resolvers: Record<string, GraphQLFieldResolver<never, never>>) {
  const fields = schema.getQueryType()?.getFields() ?? {};
  for (const [name, resolve] of Object.entries(resolvers)) {
    const field = fields[name];
    if (!field) throw new Error(`Query.${name} is not in the schema`);
    field.resolve = resolve as GraphQLFieldResolver<unknown, unknown>;
  }
  return schema;
}
