import { GraphQLScalarType } from "graphql";
import { GraphQLDateTime, GraphQLLocalDate, GraphQLURL } from "graphql-scalars";

/** A calendar date, ISO 8601 `YYYY-MM-DD`, carried as a string end to end (no time zone drift). */
export const DateScalar = new GraphQLScalarType({
  ...GraphQLLocalDate.toConfig(),
  name: "Date",
  description: "A calendar date in ISO 8601 form, `YYYY-MM-DD`.",
});

export const DateTimeScalar = GraphQLDateTime;
export const URLScalar = GraphQLURL;
