import { GraphQLError, GraphQLScalarType, Kind } from "graphql";
import { GraphQLDateTime, GraphQLURL } from "graphql-scalars";

const DAYS_IN_MONTH = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

/** Whether `value` is a real calendar date written `YYYY-MM-DD` (read digit by digit: no Date, no regex). */
export function isCalendarDate(value: string): boolean {
  if (value.length !== 10 || value.charCodeAt(4) !== 45 || value.charCodeAt(7) !== 45) return false;
  let year = 0;
  let month = 0;
  let day = 0;
  for (let i = 0; i < 10; i++) {
    if (i === 4 || i === 7) continue;
    const digit = value.charCodeAt(i) - 48;
    if (digit < 0 || digit > 9) return false;
    if (i < 4) year = year * 10 + digit;
    else if (i < 7) month = month * 10 + digit;
    else day = day * 10 + digit;
  }
  if (month < 1 || month > 12 || day < 1) return false;
  const leap = year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0);
  return day <= (month === 2 && leap ? 29 : DAYS_IN_MONTH[month - 1]);
}

function calendarDate(value: unknown): string {
  if (typeof value !== "string" || !isCalendarDate(value)) {
    throw new GraphQLError(`Expected a calendar date in the form YYYY-MM-DD, got ${JSON.stringify(value)}`);
  }
  return value;
}

/**
 * A calendar date, ISO 8601 `YYYY-MM-DD`, carried as a string end to end (no time zone drift).
 * Checked on the way in and out; every permission request parses one, so the check is cheap.
 */
export const DateScalar = new GraphQLScalarType<string, string>({
  name: "Date",
  description: "A calendar date in ISO 8601 form, `YYYY-MM-DD`.",
  serialize: calendarDate,
  parseValue: calendarDate,
  parseLiteral(ast) {
    if (ast.kind !== Kind.STRING) {
      throw new GraphQLError(`Expected a calendar date in the form YYYY-MM-DD, got a ${ast.kind}`, { nodes: ast });
    }
    return calendarDate(ast.value);
  },
  extensions: { codegenScalarType: "string", jsonSchema: { type: "string", format: "date" } },
});

export const DateTimeScalar = GraphQLDateTime;
export const URLScalar = GraphQLURL;
