// The day index: per-month JSON of the first row of each day, lookups across month ends.
import {
  firstIndexedFrom,
  monthKeyOf,
  nextMonthStart,
  parseMonthIndex,
  recordDay,
} from "../../../src/core/handovers";
import { civilDate, dayNumber } from "../../../src/core/time";

describe("day index", () => {
  it("keys months by YYYY-MM and steps to the next month across a year end", () => {
    expect(monthKeyOf(dayNumber("2026-11-24"))).toBe("releve.handovers.days.2026-11");
    expect(civilDate(nextMonthStart(dayNumber("2026-12-31")))).toBe("2027-01-01");
  });

  it("records only the first row of a day", () => {
    const first = recordDay({}, dayNumber("2026-11-24"), 812);
    expect(first).toEqual({ "24": 812 });
    expect(recordDay(first ?? {}, dayNumber("2026-11-24"), 900)).toBeNull();
  });

  it("finds the first indexed day on or after a day within its month", () => {
    const index = { "3": 10, "24": 812, "25": 830 };
    expect(firstIndexedFrom(index, dayNumber("2026-11-20"))).toEqual({
      day: dayNumber("2026-11-24"),
      row: 812,
    });
    expect(firstIndexedFrom(index, dayNumber("2026-11-25"))?.row).toBe(830);
    expect(firstIndexedFrom(index, dayNumber("2026-11-26"))).toBeUndefined();
  });

  it("ignores unreadable stored values", () => {
    expect(parseMonthIndex("{oops")).toEqual({});
    expect(parseMonthIndex('{"4": 1, "x": 3, "5": 7}')).toEqual({ "5": 7 });
    expect(parseMonthIndex(null)).toEqual({});
  });
});
