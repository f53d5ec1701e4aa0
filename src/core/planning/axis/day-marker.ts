// What one header cell says about a day: a date, a day and month, a day number, a weekday alone, or a broken formula.
import { foldText } from "../../text";
import { type DayNumber, dayFromParts } from "../../time";
import type { CellValue } from "../../workbook";
import { weekdayMask } from "../calendar-words";
import { type DateReader, parseDayText } from "../dates";

/** What a header cell says about its day; `weekdays` (bit 0 = Monday) when the cell names the weekday too. */
export type DayMarker =
  | { kind: "date"; day: DayNumber }
  | { kind: "day-month"; day: number; month: number; year?: number; weekdays?: number }
  | { kind: "number"; day: number; weekdays?: number }
  | { kind: "weekday"; weekdays: number }
  | { kind: "error" };

const ERROR_TEXT = /^#(?:value!|ref!|n\/a|div\/0!|name\?|num!|null!|error!|getting_data|spill!|calc!)$/;

/** True when a cell holds a spreadsheet error as Sheets' `getValues()` gives it (`#VALUE!`, `#REF!`, `#N/A`…). */
export function isErrorValue(value: CellValue | undefined): boolean {
  if (typeof value !== "string" || value.length > 16 || value.length < 3) return false;
  // Most cells are codes: only a text starting with `#` (after spaces) can be an error.
  const first = value.charCodeAt(0) === 35 ? value : value.trimStart();
  return first.charCodeAt(0) === 35 && ERROR_TEXT.test(first.trimEnd().toLowerCase());
}

/**
 * The day a header cell names, or null when it names none. Numbers 1–31 are day numbers; Date cells are dates
 * (time-only cells on 30/12/1899 and the 1900 serials of `=WEEKDAY()` results are not); text is read as the French
 * or English reader would (`24/11`, `lun. 24`, `Sunday 31`, `Fri, 01 May 2026 00:00:00 GMT`, `Lundi`, `L`).
 */
export function dayMarkerOf(value: CellValue | undefined, dates: DateReader): DayMarker | null {
  if (value === null || value === undefined || value === "" || typeof value === "boolean") return null;
  if (typeof value === "number") {
    return Number.isInteger(value) && value >= 1 && value <= 31 ? { kind: "number", day: value } : null;
  }
  if (value instanceof Date) {
    const p = dates.wall(value);
    // Time-only cells (30/12/1899) and `=WEEKDAY()` results shown as dates (1900) are no days; a far year is a
    // day all the same, which the axis reports as improbable.
    if (Number.isNaN(p.year) || p.year <= 1900) return null;
    return { kind: "date", day: dayFromParts(p.year, p.month, p.day) };
  }
  if (isErrorValue(value)) return { kind: "error" };
  const folded = foldText(value);
  if (folded.length > 40) return null;
  const text = parseDayText(folded);
  if (text) {
    if (text.month === undefined) {
      const marker: DayMarker = { kind: "number", day: text.day };
      if (text.weekdays !== undefined) marker.weekdays = text.weekdays;
      return marker;
    }
    if (text.year !== undefined) return { kind: "date", day: dayFromParts(text.year, text.month, text.day) };
    const marker: DayMarker = { kind: "day-month", day: text.day, month: text.month };
    if (text.weekdays !== undefined) marker.weekdays = text.weekdays;
    return marker;
  }
  const weekdays = weekdayMask(folded.replace(/\.$/, ""));
  return weekdays === 0 ? null : { kind: "weekday", weekdays };
}
