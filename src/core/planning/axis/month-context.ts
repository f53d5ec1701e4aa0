// The month and year of a tab's days: the tab name, a title above the days, a setting, the workbook's other dates.
import { foldText } from "../../text";
import { type DayNumber, dayFromParts, isRealDate, mondayOf, partsFromDay, weekdayOf } from "../../time";
import type { CellValue, WorkbookSnapshot } from "../../workbook";
import { isPlausibleYear, type MonthYear, monthOfWord, monthYearOf } from "../calendar-words";
import type { DateReader } from "../dates";
import type { MonthSource } from "../types";
import type { AxisContext } from "./day-axis";

/**
 * What the whole workbook says about its years: a setting `année`, the year in its file name, and the dates its
 * cells and tab names hold.
 */
export interface WorkbookHints {
  /** The setting `année` (`year`), when given. */
  settingYear?: number;
  /** The year the spreadsheet's or file's name gives (`Planning 2025.xlsx`). */
  fileYear?: number;
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
  const fileYear = snapshot.name === undefined ? undefined : monthYearOf(snapshot.name).year;
  if (fileYear !== undefined) hints.fileYear = fileYear;
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
/** A week given by its first and last days alone: `du 6 au 12 octobre`, `from 6 to 12 October`. */
const DU_AU = /^(?:du|from)\s+(\d{1,2})(?:er)?(?:\s+([a-z]+))?\s+(?:au|to)\s+\d{1,2}(?:er)?\s+([a-z]+)/;
const YEAR_AFTER = /(?:^|\D)((?:19|20|21)\d{2})(?!\d)/;

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
  if (wc) return startLabel(Number(wc[1]), Number(wc[2]), wc[3]);
  const range = DU_AU.exec(folded);
  if (range) {
    const month = monthOfWord(range[2] ?? "") ?? monthOfWord(range[3] as string);
    const end = monthOfWord(range[3] as string);
    return month === undefined
      ? null
      : startLabel(Number(range[1]), month, closingYear(folded.slice(range[0].length), month, end));
  }
  const m = WEEK_OF.exec(folded);
  if (!m) return null;
  const day = Number(m[1]);
  let month = m[2] !== undefined ? monthOfWord(m[2]) : m[3] !== undefined ? Number(m[3]) : undefined;
  // "Semaine du 29 septembre au 5 octobre" names its month after the first day; "du 6 au 12 octobre" after the last.
  const from = folded.slice(m.index + m[0].length - (m[2]?.length ?? 1) - 1);
  const after = AU.exec(from);
  const end = after?.[1] === undefined ? undefined : monthOfWord(after[1]);
  month ??= end;
  if (month === undefined) return null;
  const rest = after ? from.slice(after.index + after[0].length) : folded.slice(m.index + m[0].length);
  return startLabel(day, month, m[4] ?? m[5] ?? closingYear(rest, month, end));
}

/**
 * The year closing a week's label (`… au 5 octobre 2025`), as the year of its first day: a week from December to
 * January (`du 29 décembre au 4 janvier 2026`) starts the year before.
 */
function closingYear(rest: string, startMonth: number, endMonth: number | undefined): string | undefined {
  const year = YEAR_AFTER.exec(rest)?.[1];
  if (year === undefined || endMonth === undefined || endMonth >= startMonth) return year;
  return String(Number(year) - 1);
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
  /** The week the tab name or a title names, when its year could not be known (the tab is undated). */
  week?: WeekLabel;
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
  if (week && guess.firstDay === undefined && guess.year !== undefined && guess.yearSource !== undefined) {
    // A week named without its year (`S41`, `Semaine du 6 au 12 octobre`) takes the year of a title (`Planning 2025`).
    takeWeek(guess, { ...week, year: week.year ?? guess.year }, guess.yearSource, hints);
  }
  if (week && guess.firstDay === undefined) guess.week = week;
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
  const first = weekStart(label, hints, source);
  if (!first) return;
  guess.firstDay = first.day;
  if (label.kind === "start") {
    guess.month ??= label.month;
    guess.monthSource ??= source;
    guess.year ??= first.year.year;
  }
  guess.monthSource ??= "week-label";
  guess.yearSource ??= first.year.source;
}

/**
 * The first day of a labelled week (the Monday of an ISO week `S41`, the first day of `du 6 au 12 octobre`) with
 * its year and where that came from: the label's own year, else the setting `année` or the workbook's dates.
 */
export function weekStart(
  label: WeekLabel,
  hints: WorkbookHints,
  source: MonthSource,
): { day: DayNumber; year: { year: number; source: MonthSource } } | undefined {
  if (label.kind === "start") {
    const year = label.year !== undefined ? { year: label.year, source } : yearFor(label.month, hints);
    if (!year || !isRealDate(year.year, label.month, label.day)) return undefined;
    return { day: dayFromParts(year.year, label.month, label.day), year };
  }
  const year = label.year !== undefined ? { year: label.year, source } : weekYear(label.week, hints);
  if (!year || (label.week === 53 && isoWeekMonday(year.year, 53) >= isoWeekMonday(year.year + 1, 1)))
    return undefined;
  return { day: isoWeekMonday(year.year, label.week), year };
}

/**
 * The year of an ISO week given without one: the setting `année`, else the file name's year, else the year placing
 * it nearest the workbook's dates.
 */
function weekYear(week: number, hints: WorkbookHints): { year: number; source: MonthSource } | undefined {
  if (hints.settingYear !== undefined) return { year: hints.settingYear, source: "setting" };
  if (hints.fileYear !== undefined) return { year: hints.fileYear, source: "file-name" };
  if (hints.medianDay === undefined) return undefined;
  const median = hints.medianDay;
  const base = partsFromDay(median).year;
  const years = [base - 1, base, base + 1];
  const distance = (year: number): number => Math.abs(isoWeekMonday(year, week) + 3 - median);
  const best = years.reduce((a, b) => (distance(b) < distance(a) ? b : a));
  return { year: best, source: "workbook" };
}

/**
 * The year of a month given without one: the setting `année`, else the file name's year, else the year placing it
 * nearest the workbook's dates.
 */
export function yearFor(
  month: number,
  hints: WorkbookHints,
): { year: number; source: MonthSource } | undefined {
  if (hints.settingYear !== undefined) return { year: hints.settingYear, source: "setting" };
  if (hints.fileYear !== undefined) return { year: hints.fileYear, source: "file-name" };
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
