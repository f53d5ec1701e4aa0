// Month and year from tab names and titles; dates typed as text in headers.
import { monthYearOf } from "../../../src/core/planning/calendar-words";
import { parseDayText } from "../../../src/core/planning/dates";

describe("monthYearOf", () => {
  test.each([
    ["Novembre 2026", { month: 11, year: 2026 }],
    ["novembre 2026", { month: 11, year: 2026 }],
    ["nov. 26", { month: 11, year: 2026 }],
    ["Planning nov. 26", { month: 11, year: 2026 }],
    ["11-2026", { month: 11, year: 2026 }],
    ["11/2026", { month: 11, year: 2026 }],
    ["2026-11", { month: 11, year: 2026 }],
    ["November 2026", { month: 11, year: 2026 }],
    ["Planning Décembre 2026", { month: 12, year: 2026 }],
    ["AOÛT 2026", { month: 8, year: 2026 }],
    ["Février 2027", { month: 2, year: 2027 }],
    ["01/11/2026", { month: 11, year: 2026 }],
    ["Planning novembre", { month: 11 }],
    ["Planning 2026", { year: 2026 }],
    ["Feuille 1", {}],
    ["Semaine 12", {}],
  ])("%s", (text, expected) => {
    expect(monthYearOf(text)).toEqual(expected);
  });
});

describe("parseDayText", () => {
  test.each([
    ["24", { day: 24 }],
    // The weekday a text names comes with the day (bit 0 = Monday): it can tell the month of day numbers.
    ["lun. 24", { day: 24, weekdays: 1 }],
    ["l 24", { day: 24, weekdays: 1 }],
    ["mon 24", { day: 24, weekdays: 1 }],
    ["sunday 31", { day: 31, weekdays: 64 }],
    ["24/11", { day: 24, month: 11, year: undefined }],
    ["lun. 24/11", { day: 24, month: 11, year: undefined, weekdays: 1 }],
    ["fri, 01 may 2026 00:00:00 gmt", { day: 1, month: 5, year: 2026, weekdays: 16 }],
    ["24/11/2026", { day: 24, month: 11, year: 2026 }],
    ["24/11/26", { day: 24, month: 11, year: 2026 }],
    ["2026-11-24", { day: 24, month: 11, year: 2026 }],
    ["24 nov.", { day: 24, month: 11, year: undefined }],
    ["1er novembre 2026", { day: 1, month: 11, year: 2026 }],
    ["nov 24, 2026", { day: 24, month: 11, year: 2026 }],
  ])("%s", (text, expected) => {
    expect(parseDayText(text)).toEqual(expected);
  });

  test("texts that are not dates", () => {
    for (const text of ["32", "m", "7h-14h", "31/02/2026", "total", "24/13", "s48"])
      expect(parseDayText(text)).toBeNull();
  });
});
