// Dates in cells: Date values (exceljs or Sheets style, cached per value) and dates typed as text (`24/11`, `lun. 24`).
import { type DayNumber, dayFromParts, isRealDate, type WallParts, wallPartsOfDate, zone } from "../time";
import type { DateBasis } from "../workbook";
import { FIRST_PLAUSIBLE_YEAR, LAST_PLAUSIBLE_YEAR, monthOfWord, weekdayMask } from "./calendar-words";

/** Reads Date cell values as the adapter built them, caching each distinct value. */
export interface DateReader {
  /** Wall-clock parts of a Date cell in the spreadsheet's time zone. */
  wall(date: Date): WallParts;
  /** The civil day of a Date cell. */
  dayOf(date: Date): DayNumber;
}

/** A reader for the Dates of a snapshot: `utc` fields (exceljs) or wall-clock in the spreadsheet's zone (Sheets). */
export function dateReader(basis: DateBasis, timeZone: string): DateReader {
  let source: "utc" | ReturnType<typeof zone> = "utc";
  if (basis === "zone") {
    try {
      source = zone(timeZone);
    } catch {
      source = zone("Europe/Paris");
    }
  }
  const cache = new Map<number, WallParts>();
  const wall = (date: Date): WallParts => {
    const ms = date.getTime();
    let parts = cache.get(ms);
    if (!parts) {
      parts = Number.isNaN(ms)
        ? {
            year: Number.NaN,
            month: Number.NaN,
            day: Number.NaN,
            hour: Number.NaN,
            minute: Number.NaN,
            second: 0,
          }
        : wallPartsOfDate(date, source);
      cache.set(ms, parts);
    }
    return parts;
  };
  return {
    wall,
    dayOf(date) {
      const p = wall(date);
      return dayFromParts(p.year, p.month, p.day);
    },
  };
}

/** Day 0 of spreadsheet serial numbers (30/12/1899). */
const SERIAL_EPOCH = dayFromParts(1899, 12, 30);

const FIRST_PLAUSIBLE_DAY = dayFromParts(FIRST_PLAUSIBLE_YEAR, 1, 1);
const LAST_PLAUSIBLE_DAY = dayFromParts(LAST_PLAUSIBLE_YEAR, 12, 31);

/** Days a planning date may lie from the median date of its tab before it is taken for a typo (about 2 years). */
export const PLAUSIBLE_SPREAD_DAYS = 731;

/** True when a day number is a real day of a plausible year (1900–2200). */
export function isPlausibleDay(day: DayNumber): boolean {
  return Number.isInteger(day) && day >= FIRST_PLAUSIBLE_DAY && day <= LAST_PLAUSIBLE_DAY;
}

/** The largest spreadsheet serial number of a plausible day (31/12/2200). */
export const LAST_PLAUSIBLE_SERIAL = LAST_PLAUSIBLE_DAY - SERIAL_EPOCH + 1;

/** The civil day of a spreadsheet date serial number (46350 → a day of 2026); undefined when not a plausible day. */
export function dayOfSerial(serial: number): DayNumber | undefined {
  if (!Number.isFinite(serial)) return undefined;
  const day = SERIAL_EPOCH + Math.floor(serial);
  return isPlausibleDay(day) ? day : undefined;
}

/**
 * For each day, true when it is implausible: outside 1900–2200, or outside the main cluster of the plausible
 * days — days are cut into clusters wherever two consecutive ones are more than `PLAUSIBLE_SPREAD_DAYS` apart, and
 * the cluster with the most days (the earliest on a tie) is the planning. So one typo (2062 for 2026) cannot
 * stretch a tab's range, while a long export covering several years stays whole.
 */
export function improbableDays(days: readonly DayNumber[]): boolean[] {
  const plausible = days.filter(isPlausibleDay).sort((a, b) => a - b);
  let best: [DayNumber, DayNumber] | undefined;
  let bestCount = 0;
  for (let i = 0; i < plausible.length; ) {
    let j = i + 1;
    while (
      j < plausible.length &&
      (plausible[j] as number) - (plausible[j - 1] as number) <= PLAUSIBLE_SPREAD_DAYS
    )
      j++;
    if (j - i > bestCount) {
      bestCount = j - i;
      best = [plausible[i] as number, plausible[j - 1] as number];
    }
    i = j;
  }
  return days.map((day) => best === undefined || !isPlausibleDay(day) || day < best[0] || day > best[1]);
}

/** A date typed as text: a day, with the month and year when the text gives them, and the weekday it names. */
export interface DayText {
  day: number;
  month?: number;
  year?: number;
  /** Weekdays the text names (bit 0 = Monday; several for an ambiguous letter); absent when it names none. */
  weekdays?: number;
}

const ISO_DATE = /^(\d{4})-(\d{1,2})-(\d{1,2})(?:[t ].*)?$/;
const SLASH_DATE = /^(?:([a-z]+)\.?,?\s*)?(\d{1,2})[/.-](\d{1,2})(?:[/.-](\d{4}|\d{2}))?$/;
const DAY_MONTH_WORD = /^(?:([a-z]+)\.?,?\s+)?(\d{1,2})(?:er)?\s*([a-z]+)\.?(?:\s+(\d{4}|\d{2}))?$/;
const MONTH_WORD_DAY = /^(?:([a-z]+)\.?,?\s+)?([a-z]+)\.?\s+(\d{1,2})(?:st|nd|rd|th)?(?:,?\s+(\d{4}))?$/;
const DAY_NUMBER = /^(?:([a-z]+)\.?\s*)?(\d{1,2})(?:er)?(?:\s*([a-z]+)\.?)?$/;

/** A time of day and zone after a date (`Fri, 01 May 2026 00:00:00 GMT`, `24/11/2026 00:00`): dropped. */
const TRAILING_TIME = /\s+\d{1,2}:\d{2}(?::\d{2})?(?:\s*(?:gmt|utc|z|[+-]\d{2}:?\d{2}))?$/;

const weekdayOrNone = (word: string | undefined): boolean => word === undefined || weekdayMask(word) !== 0;
const withWeekday = (text: DayText | null, word: string | undefined): DayText | null => {
  if (!text || word === undefined) return text;
  const weekdays = weekdayMask(word);
  return weekdays === 0 ? text : { ...text, weekdays };
};
const yearOf = (text: string | undefined): number | undefined =>
  text === undefined ? undefined : text.length === 2 ? 2000 + Number(text) : Number(text);

/**
 * Reads a date typed as text (already folded): `24/11`, `24/11/2026`, `lun. 24/11`, `2026-11-24`, `24 nov.`,
 * `Nov 24, 2026`, or a day number with an optional weekday (`24`, `lun. 24`, `L 24`). Null when it is none.
 */
export function parseDayText(folded: string): DayText | null {
  let m = ISO_DATE.exec(folded);
  if (m) return checked({ day: Number(m[3]), month: Number(m[2]), year: Number(m[1]) });
  const text = folded.replace(TRAILING_TIME, "");
  m = SLASH_DATE.exec(text);
  if (m && weekdayOrNone(m[1]))
    return withWeekday(checked({ day: Number(m[2]), month: Number(m[3]), year: yearOf(m[4]) }), m[1]);
  m = DAY_NUMBER.exec(text);
  if (m && weekdayOrNone(m[1]) && weekdayOrNone(m[3]))
    return withWeekday(checked({ day: Number(m[2]) }), m[1] ?? m[3]);
  m = DAY_MONTH_WORD.exec(text);
  if (m && weekdayOrNone(m[1])) {
    const month = monthOfWord(m[3] as string);
    if (month !== undefined)
      return withWeekday(checked({ day: Number(m[2]), month, year: yearOf(m[4]) }), m[1]);
  }
  m = MONTH_WORD_DAY.exec(text);
  if (m && weekdayOrNone(m[1])) {
    const month = monthOfWord(m[2] as string);
    if (month !== undefined)
      return withWeekday(checked({ day: Number(m[3]), month, year: yearOf(m[4]) }), m[1]);
  }
  return null;
}

function checked(text: DayText): DayText | null {
  if (text.day < 1 || text.day > 31) return null;
  if (text.month !== undefined && (text.month < 1 || text.month > 12)) return null;
  if (text.year !== undefined && text.month !== undefined && !isRealDate(text.year, text.month, text.day))
    return null;
  return text;
}
