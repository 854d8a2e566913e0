import { parseValue } from "graphql";
import { describe, expect, it } from "vitest";
import { DateScalar, isCalendarDate } from "../../src/graphql/scalars.js";

describe("the Date scalar", () => {
  it("accepts real calendar dates, leap days included", () => {
    for (const date of ["2020-02-29", "2000-02-29", "2017-09-01", "0001-01-01", "9999-12-31", "2024-04-30"])
      expect([date, isCalendarDate(date)]).toEqual([date, true]);
  });

  it("rejects impossible days, other forms and other types", () => {
    for (const date of [
      "2019-02-29",
      "1900-02-29",
      "2020-04-31",
      "2020-13-01",
      "2020-00-10",
      "2020-01-00",
      "2020-1-01",
      "20200101",
      "2020/01/01",
      "2020-01-01T00:00:00Z",
      " 2020-01-01",
      "２０２０-01-01",
      "",
    ])
      expect([date, isCalendarDate(date)]).toEqual([date, false]);
    expect(() => DateScalar.parseValue(20200101)).toThrow(/YYYY-MM-DD, got 20200101/);
    expect(() => DateScalar.parseValue("2019-02-29")).toThrow(/YYYY-MM-DD, got "2019-02-29"/);
    expect(() => DateScalar.serialize("2019-02-29")).toThrow(/YYYY-MM-DD/);
  });

  it("reads literals and values alike", () => {
    expect(DateScalar.parseLiteral(parseValue('"2017-09-01"'))).toBe("2017-09-01");
    expect(() => DateScalar.parseLiteral(parseValue("20170901"))).toThrow(/got a IntValue/);
    expect(DateScalar.parseValue("2017-09-01")).toBe("2017-09-01");
  });
});
