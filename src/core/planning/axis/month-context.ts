// The month and year of a tab's days: the tab name, a title above the days, a setting, the workbook's other dates.
import { foldText } from "../../text";
import { type DayNumber, dayFromParts, isRealDate, mondayOf, partsFromDay, weekdayOf } from "../../time";
import type { CellValue, WorkbookSnapshot } from "../../workbook";
import { isPlausibleYear, type MonthYear, monthOfWord, monthYearOf } from "../calendar-words";
import type { DateReader } from "../dates";
import type { MonthSource } from "../types";
import type { AxisContext } from "./day-axis";

/** What the whole workbook says about its years: a setting `année`, and the dates its cells and tab names hold. */
export interface WorkbookHints {
  /** The setting `année` (`year`), when given. */
  settingYear?: number;
  /** The median day of the plausible dates found in the workbook's cells and tab names. */
  medianDay?: DayNumber;
}

/** Dates looked at per tab for the hints (enough for a median, bounded whatever the tab's size). */
const HINT_DATES_PER_TAB = 2000;

/**
 * The workbook's hints: the year setting, and the median of the Date cells (years 1901–2200, not the time-only or
 * `=WEEKDAY()` cells of 1899–1900) and of the month-and-year tab names, for tabs that lack a year.
 */
export function workbookHints(
  snapshot: WorkbookSnapshot,
  dates: DateReader,
  settingYear: number | undefined,
  skipTabs: ReadonlySet<string>,
): WorkbookHints {
  const found: DayNumber[] = [];
  for (const tab of snapshot.tabs) {
    if (skipTabs.has(tab.name)) continue;
    const named = monthYearOf(tab.name);
    if (named.month !== undefined && named.year !== undefined)
      found.push(dayFromParts(named.year, named.month, 15));
    let seen = 0;
    for (const row of tab.values) {
      if (!row || seen >= HINT_DATES_PER_TAB) continue;
      for (let c = 0; c < row.length && seen < HINT_DATES_PER_TAB; c++) {
        const v = row[c];
        if (!(v instanceof Date)) continue;
        const p = dates.wall(v);
        if (Number.isNaN(p.year) || p.year <= 1900 || !isPlausibleYear(p.year)) continue;
        found.push(dayFromParts(p.year, p.month, p.day));
        seen++;
      }
    }
  }
  found.sort((a, b) => a - b);
  const hints: WorkbookHints = {};
  if (settingYear !== undefined) hints.settingYear = settingYear;
  if (found.length > 0) hints.medianDay = found[Math.floor(found.length / 2)] as DayNumber;
  return hints;
}

/** A week a text names: `Semaine du 6 au 12 octobre`, `Week commencing 31/05/2026`, `W/C 30/01/2023`, `S41`. */
export type WeekLabel =
  | { kind: "start"; day: number; month: number; year?: number }
  | { kind: "iso-week"; week: number; year?: number };

const WEEK_OF =
  /(?:semaine|sem\.?|week)\s+(?:du|from|of|commencing|beginning|starting)?\s*:?\s*(?:(?:lundi|lun|monday|mon|dimanche|sunday|sun)\.?\s+)?(\d{1,2})(?:er)?(?:\s*([a-z]+)\.?|[/.-](\d{1,2}))?(?:[/.-](\d{2,4}))?(?:\s+(\d{4}))?/;
const WC = /\b(?:w\/c|wc|w\.c\.)\s*:?\s*(\d{1,2})[/.-](\d{1,2})(?:[/.-](\d{2,4}))?/;
const ISO_WEEK = /^(?:s|sem\.?|semaine|week|wk|w)\s*(\d{1,2})(?:\s*[-/ ]\s*(\d{4}))?$/;
const AU = /\b(?:au|to|-)\s+\d{1,2}(?:er)?\s*([a-z]+)/;

/** The week a text names, or null. */
export function weekLabelOf(text: string): WeekLabel | null {
  const folded = foldText(text);
  const iso = ISO_WEEK.exec(folded);
  if (iso) {
    const week = Number(iso[1]);
    if (week < 1 || week > 53) return null;
    return iso[2] === undefined
      ? { kind: "iso-week", week }
      : { kind: "iso-week", week, year: Number(iso[2]) };
  }
  const wc = WC.exec(folded);
  const m = wc ? null : WEEK_OF.exec(folded);
  if (wc) return startLabel(Number(wc[1]), Number(wc[2]), wc[3]);
  if (!m) return null;
  const day = Number(m[1]);
  let month = m[2] !== undefined ? monthOfWord(m[2]) : m[3] !== undefined ? Number(m[3]) : undefined;
  // "Semaine du 29 septembre au 5 octobre" names its month after the first day; "du 6 au 12 octobre" after the last.
  if (month === undefined) {
    const after = AU.exec(folded.slice(m.index + m[0].length - 1));
    if (after?.[1] !== undefined) month = monthOfWord(after[1]);
  }
  if (month === undefined) return null;
  return startLabel(day, month, m[4] ?? m[5]);
}

function startLabel(day: number, month: number, yearText: string | undefined): WeekLabel | null {
  if (month < 1 || month > 12 || day < 1 || day > 31) return null;
  const year =
    yearText === undefined ? undefined : yearText.length === 2 ? 2000 + Number(yearText) : Number(yearText);
  if (year !== undefined && (!isPlausibleYear(year) || !isRealDate(year, month, day))) return null;
  return year === undefined ? { kind: "start", day, month } : { kind: "start", day, month, year };
}

/** The Monday of ISO week `week` of `year`. */
export function isoWeekMonday(year: number, week: number): DayNumber {
  const jan4 = dayFromParts(year, 1, 4);
  return mondayOf(jan4) + (week - 1) * 7;
}

/** A month and year (and the first day of a week) for an axis, with where each came from. */
export interface MonthGuess extends AxisContext {
  monthSource?: MonthSource;
  yearSource?: MonthSource;
}

/** Rows above a day header searched for a title (nearest first). */
const TITLE_ROWS = 12;

/**
 * The month and year of the days of an axis: the per-tab setting first, then the tab name, then the nearest title
 * above the axis (`Novembre 2026`, a date cell, `Week commencing 31/05/2026`), then the year setting and the
 * workbook's other dates for a missing year. `above` are the rows searched, from `fromRow` up to `axisRow`.
 */
export function guessMonth(
  tabName: string,
  values: readonly (readonly CellValue[])[],
  axisRow: number,
  fromRow: number,
  dates: DateReader,
  hints: WorkbookHints,
  override?: MonthYear,
): MonthGuess {
  const guess: MonthGuess = {};
  const take = (found: MonthYear, source: MonthSource): void => {
    if (guess.month === undefined && found.month !== undefined) {
      guess.month = found.month;
      guess.monthSource = source;
      if (guess.year === undefined && found.year !== undefined) {
        guess.year = found.year;
        guess.yearSource = source;
      }
    } else if (
      guess.year === undefined &&
      found.year !== undefined &&
      (found.month ?? guess.month) === guess.month
    ) {
      guess.year = found.year;
      guess.yearSource = source;
    }
  };
  if (override) take(override, "setting");
  const week = weekLabelOf(tabName);
  if (week) takeWeek(guess, week, "tab-name", hints);
  take(monthYearOf(tabName), "tab-name");
  const first = Math.max(fromRow, axisRow - TITLE_ROWS);
  for (let r = axisRow - 1; r >= first && (guess.month === undefined || guess.year === undefined); r--) {
    const row = values[r];
    if (!row) continue;
    for (let c = 0; c < row.length; c++) {
      const value = row[c];
      if (value instanceof Date) {
        const p = dates.wall(value);
        if (p.year > 1900 && isPlausibleYear(p.year)) take({ month: p.month, year: p.year }, "title");
      } else if (typeof value === "string" && value.length <= 80 && /\d|[a-z]/i.test(value)) {
        const label = weekLabelOf(value);
        if (label && guess.firstDay === undefined) takeWeek(guess, label, "title", hints);
        take(monthYearOf(value), "title");
      }
    }
  }
  if (guess.month !== undefined && guess.year === undefined) {
    const year = yearFor(guess.month, hints);
    if (year) {
      guess.year = year.year;
      guess.yearSource = year.source;
    }
  }
  return guess;
}

/** Applies a week label: its first day when its year is known (or can be taken from the hints). */
function takeWeek(guess: MonthGuess, label: WeekLabel, source: MonthSource, hints: WorkbookHints): void {
  if (guess.firstDay !== undefined) return;
  if (label.kind === "start") {
    const year = label.year !== undefined ? { year: label.year, source } : yearFor(label.month, hints);
    if (!year || !isRealDate(year.year, label.month, label.day)) return;
    guess.firstDay = dayFromParts(year.year, label.month, label.day);
    guess.month ??= label.month;
    guess.monthSource ??= source;
    guess.year ??= year.year;
    guess.yearSource ??= year.source;
    return;
  }
  const year =
    label.year ?? hints.settingYear ?? (hints.medianDay ? partsFromDay(hints.medianDay).year : undefined);
  if (year === undefined) return;
  guess.firstDay = isoWeekMonday(year, label.week);
  guess.monthSource ??= "week-label";
  guess.yearSource ??=
    label.year !== undefined ? source : hints.settingYear !== undefined ? "setting" : "workbook";
}

/** The year of a month given without one: the setting `année`, else the year placing it nearest the workbook's dates. */
export function yearFor(
  month: number,
  hints: WorkbookHints,
): { year: number; source: MonthSource } | undefined {
  if (hints.settingYear !== undefined) return { year: hints.settingYear, source: "setting" };
  if (hints.medianDay === undefined) return undefined;
  const base = partsFromDay(hints.medianDay).year;
  let best: number | undefined;
  let bestDistance = Number.POSITIVE_INFINITY;
  for (const year of [base - 1, base, base + 1]) {
    const distance = Math.abs(dayFromParts(year, month, 15) - hints.medianDay);
    if (distance < bestDistance) {
      best = year;
      bestDistance = distance;
    }
  }
  return best === undefined ? undefined : { year: best, source: "workbook" };
}

/**
 * The months whose days fit weekday marks: `marks` pairs a day number with the weekdays its cell or a weekday row
 * names (numbers after a wrap fall in the next month). Candidates are searched in the years around `hints` (the
 * setting `année` alone when given); the one nearest the workbook's dates wins when it is within a year of them.
 * Returns the month and year, or the number of candidates when none can be chosen (0 when nothing fits).
 */
export function monthFromWeekdays(
  marks: ReadonlyArray<{ day: number; weekdays: number }>,
  hints: WorkbookHints,
  knownYear?: number,
): { month: number; year: number } | { candidates: number } {
  if (marks.length < 2) return { candidates: 0 };
  const years =
    knownYear !== undefined
      ? [knownYear]
      : hints.settingYear !== undefined
        ? [hints.settingYear]
        : hints.medianDay !== undefined
          ? [-1, 0, 1].map((d) => partsFromDay(hints.medianDay as number).year + d)
          : [];
  const fits: DayNumber[] = [];
  for (const year of years) {
    for (let month = 1; month <= 12; month++)
      if (weekdaysFit(marks, year, month)) fits.push(dayFromParts(year, month, 1));
  }
  if (
    fits.length === 1 &&
    knownYear === undefined &&
    hints.settingYear === undefined &&
    hints.medianDay !== undefined
  ) {
    const only = fits[0] as DayNumber;
    if (Math.abs(only - hints.medianDay) > 366) return { candidates: 1 };
  }
  if (fits.length !== 1) {
    // Several fit: the one nearest the workbook's dates, when it is clearly nearest and within a year of them.
    if (
      fits.length > 1 &&
      hints.medianDay !== undefined &&
      knownYear === undefined &&
      hints.settingYear === undefined
    ) {
      const median = hints.medianDay;
      const sorted = [...fits].sort((a, b) => Math.abs(a - median) - Math.abs(b - median));
      const [best, next] = sorted as [DayNumber, DayNumber];
      if (Math.abs(best - median) <= 45 && Math.abs(next - median) > 90) return monthOfDay(best);
    }
    return { candidates: fits.length };
  }
  return monthOfDay(fits[0] as DayNumber);
}

function monthOfDay(day: DayNumber): { month: number; year: number } {
  const p = partsFromDay(day);
  return { month: p.month, year: p.year };
}

function weekdaysFit(
  marks: ReadonlyArray<{ day: number; weekdays: number }>,
  year: number,
  month: number,
): boolean {
  let y = year;
  let m = month;
  let previous = 0;
  for (const { day, weekdays } of marks) {
    if (day <= previous) {
      m++;
      if (m > 12) {
        m = 1;
        y++;
      }
    }
    previous = day;
    if (!isRealDate(y, m, day)) return false;
    if ((weekdays & (1 << weekdayOf(dayFromParts(y, m, day)))) === 0) return false;
  }
  return true;
}
