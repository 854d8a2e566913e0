import { GraphQLError } from "graphql";

/** A malformed argument: a top-level error naming the argument and the rule it breaks. */
export function badInput(argument: string, rule: string): GraphQLError {
  return new GraphQLError(`${argument}: ${rule}`, { extensions: { code: "BAD_USER_INPUT", argument } });
}

export function unauthenticated(message: string): GraphQLError {
  return new GraphQLError(message, { extensions: { code: "UNAUTHENTICATED", http: { status: 401 } } });
}
