import { describe, expect, it } from "vitest";
import { dayNumber } from "../../src/modules/permission/snapshot.js";

/** What the evaluator compares dates by: days since 1970-01-01, as `Date.parse` counts them. */
const byDateParse = (iso: string) => Date.parse(iso) / 86_400_000;

describe("dayNumber", () => {
  it("counts the days of the sources' dates", () => {
    expect(dayNumber("1970-01-01")).toBe(0);
    expect(dayNumber("2017-09-01")).toBe(17_410);
    expect(dayNumber("2018-03-31") - dayNumber("2017-04-01")).toBe(364);
    expect(dayNumber("2020-03-01") - dayNumber("2020-02-28")).toBe(2);
    expect(dayNumber("1900-03-01") - dayNumber("1900-02-28")).toBe(1);
  });

  it("agrees with Date.parse on every day of four centuries, short months' overflow and bad forms included", () => {
    const mismatches: string[] = [];
    for (let year = 1800; year <= 2200; year++)
      for (let month = 0; month <= 13; month++)
        for (let day = 0; day <= 32; day++) {
          const iso = `${year}-${String(month).padStart(2, "0")}-${String(day).padStart(2, "0")}`;
          if (!Object.is(dayNumber(iso), byDateParse(iso))) mismatches.push(iso);
        }
    for (const iso of [
      "0001-01-01",
      "9999-12-31",
      "2017-9-01",
      "2017-09-01T00:00:00Z",
      "2017-0a-01",
      "+002017-09-01",
      "",
    ])
      if (!Object.is(dayNumber(iso), byDateParse(iso))) mismatches.push(iso);
    expect(mismatches).toEqual([]);
  });
});
