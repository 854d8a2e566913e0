import { type GraphQLSchema, lexicographicSortSchema, printSchema } from "graphql";

/** The schema as committed SDL: sorted, so that moving code around never shows as drift. */
export function printRegistrySchema(schema: GraphQLSchema): string {
  return `${printSchema(lexicographicSortSchema(schema))}\n`;
}
