// Day cells of a planning header (dates, `24/11`, `lun. 24`, day numbers) and their resolution into civil days.

import { foldText } from "../text";
import { type DayNumber, dayFromParts, isRealDate, partsFromDay } from "../time";
import { type CellValue, cellText } from "../workbook";
import { isPlausibleYear, type MonthYear, monthYearOf } from "./calendar-words";
import { type DateReader, improbableDays, parseDayText } from "./dates";

/** What a header cell says about its day. */
export type DayCell =
  | { kind: "date"; day: DayNumber }
  | { kind: "day-month"; day: number; month: number; year?: number }
  | { kind: "number"; day: number };

/** The day a header cell names, or null when it names none. */
export function classifyDayCell(value: CellValue, dates: DateReader): DayCell | null {
  if (value === null || value === "") return null;
  if (typeof value === "number") {
    return Number.isInteger(value) && value >= 1 && value <= 31 ? { kind: "number", day: value } : null;
  }
  if (value instanceof Date) {
    const p = dates.wall(value);
    // Time-only cells sit on 30/12/1899; other far years are dates `resolveDays` rejects as improbable.
    if (Number.isNaN(p.year) || p.year === 1899) return null;
    return { kind: "date", day: dayFromParts(p.year, p.month, p.day) };
  }
  if (typeof value !== "string") return null;
  const text = parseDayText(foldText(value));
  if (!text) return null;
  if (text.month === undefined) return { kind: "number", day: text.day };
  return { kind: "day-month", day: text.day, month: text.month, year: text.year };
}

/** Why the days of a header cannot be read. */
export type DayProblem = "monthUnknown" | "notInOrder" | "dayTwice" | "notADay" | "improbableDay" | "noDays";

/** The civil days of a header's day cells, or the first problem and the index of the cell it is on. */
export type DayResolution =
  | { ok: true; days: DayNumber[] }
  | { ok: false; problem: DayProblem; index: number };

/**
 * Resolves header day cells, in order, into civil days. Day numbers take their month and year from `context`
 * (the tab name or a title) and may wrap once to the 1st of the next month; days must strictly increase and be
 * plausible (years 1900–2200, within about two years of the median day: `03/11/2062` among 2026 is a typo).
 */
export function resolveDays(cells: readonly DayCell[], context: MonthYear): DayResolution {
  const days: DayNumber[] = [];
  let year = context.year;
  let month = context.month;
  let previous: DayNumber | undefined;
  for (let i = 0; i < cells.length; i++) {
    const cell = cells[i] as DayCell;
    let day: DayNumber;
    if (cell.kind === "date") {
      day = cell.day;
    } else if (cell.kind === "day-month") {
      let y = cell.year ?? year;
      if (cell.year === undefined && previous !== undefined && month !== undefined && cell.month < month) {
        y = (year as number) + 1;
      }
      if (y === undefined) return { ok: false, problem: "monthUnknown", index: i };
      if (!isPlausibleYear(y)) return { ok: false, problem: "improbableDay", index: i };
      if (!isRealDate(y, cell.month, cell.day)) return { ok: false, problem: "notADay", index: i };
      day = dayFromParts(y, cell.month, cell.day);
    } else {
      if (year === undefined || month === undefined) return { ok: false, problem: "monthUnknown", index: i };
      if (previous !== undefined && cell.day === 1 && partsFromDay(previous).day >= 28) {
        const p = partsFromDay(previous);
        const wrapped = dayFromParts(
          p.month === 12 ? p.year + 1 : p.year,
          p.month === 12 ? 1 : p.month + 1,
          1,
        );
        if (wrapped > previous) {
          days.push(wrapped);
          previous = wrapped;
          ({ year, month } = partsFromDay(wrapped));
          continue;
        }
      }
      if (!isRealDate(year, month, cell.day)) return { ok: false, problem: "notADay", index: i };
      day = dayFromParts(year, month, cell.day);
    }
    if (!isPlausibleYear(partsFromDay(day).year)) return { ok: false, problem: "improbableDay", index: i };
    if (previous !== undefined && day <= previous) {
      return { ok: false, problem: day === previous ? "dayTwice" : "notInOrder", index: i };
    }
    days.push(day);
    previous = day;
    ({ year, month } = partsFromDay(day));
  }
  const improbable = improbableDays(days).indexOf(true);
  if (improbable >= 0) return { ok: false, problem: "improbableDay", index: improbable };
  return { ok: true, days };
}

/**
 * The month and year of a tab: from its name, with missing parts filled from title cells in the rows above
 * `beforeRow` (text like `Novembre 2026`, or a Date cell).
 */
export function tabMonthYear(
  tabName: string,
  values: readonly (readonly CellValue[])[],
  beforeRow: number,
  dates: DateReader,
): MonthYear {
  const found: MonthYear = { ...monthYearOf(tabName) };
  for (let r = 0; r < beforeRow && (found.month === undefined || found.year === undefined); r++) {
    for (const value of values[r] ?? []) {
      let title: MonthYear = {};
      if (value instanceof Date) {
        const p = dates.wall(value);
        if (isPlausibleYear(p.year)) title = { month: p.month, year: p.year };
      } else if (typeof value === "string") {
        title = monthYearOf(cellText(value));
      }
      if (found.month === undefined && title.month !== undefined) {
        found.month = title.month;
        if (found.year === undefined && title.year !== undefined) found.year = title.year;
      } else if (found.year === undefined && title.year !== undefined && title.month === found.month) {
        found.year = title.year;
      } else if (found.year === undefined && title.year !== undefined && title.month === undefined) {
        found.year = title.year;
      }
    }
  }
  return found;
}
