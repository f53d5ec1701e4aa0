// Day axes: runs of day header cells along a row (days across) or a column (days down), and their civil days.
import { type DayNumber, dayFromParts, daysInMonth, isRealDate, partsFromDay } from "../../time";
import type { CellValue } from "../../workbook";
import { isPlausibleYear } from "../calendar-words";
import type { DateReader } from "../dates";
import { improbableDays } from "../dates";
import { type DayMarker, dayMarkerOf } from "./day-marker";

/** One day header cell of an axis: its position along the line (column of a row, row of a column). */
export interface AxisCell {
  pos: number;
  marker: DayMarker;
}

/** A run of day header cells along one line: `line` is the row (days across) or the column (days down). */
export interface DayAxis {
  line: number;
  cells: AxisCell[];
}

/** What an axis is made of, once checked. */
export type AxisKind = "dated" | "numbers" | "weekdays" | "errors";

/** A cached marker reader: each distinct text is classified once (codes and names repeat thousands of times). */
export function markerReader(dates: DateReader): (value: CellValue | undefined) => DayMarker | null {
  const cache = new Map<string, DayMarker | null>();
  return (value) => {
    if (typeof value !== "string") return dayMarkerOf(value, dates);
    let marker = cache.get(value);
    if (marker === undefined) {
      marker = dayMarkerOf(value, dates);
      cache.set(value, marker);
    }
    return marker;
  };
}

/**
 * The longest run of day markers in a line of cells, separated only by empty cells (merged headers leave their
 * other cells empty). A non-empty cell that names no day ends a run. Sparse-safe: only the cells present are visited.
 */
export function longestRun(
  cells: Iterable<[number, CellValue | undefined]>,
  markerOf: (value: CellValue | undefined) => DayMarker | null,
  /** Cells that do not end a run (a `Semaine 45` line between the days of a column). */
  passes: (value: CellValue) => boolean = () => false,
): AxisCell[] {
  let best: AxisCell[] = [];
  let run: AxisCell[] = [];
  for (const [pos, value] of cells) {
    if (value === null || value === undefined || value === "") continue;
    const marker = markerOf(value);
    if (marker) {
      run.push({ pos, marker });
      continue;
    }
    if (run.length > 0 && passes(value)) continue;
    if (run.length > best.length) best = run;
    run = [];
  }
  return run.length > best.length ? run : best;
}

/** `longestRun` along one row, without the generator (the reader runs it on every row of every tab). */
export function longestRunInRow(
  row: readonly CellValue[] | undefined,
  markerOf: (value: CellValue | undefined) => DayMarker | null,
): AxisCell[] {
  let best: AxisCell[] = [];
  let run: AxisCell[] = [];
  if (!row) return best;
  for (let c = 0; c < row.length; c++) {
    const value = row[c];
    if (value === null || value === undefined || value === "") continue;
    const marker = markerOf(value);
    if (marker) {
      run.push({ pos: c, marker });
      continue;
    }
    if (run.length > best.length) best = run;
    run = [];
  }
  return run.length > best.length ? run : best;
}

/** The cells of a column, as [row, value] pairs. */
export function* columnCells(
  values: readonly (readonly CellValue[])[],
  col: number,
): Generator<[number, CellValue | undefined]> {
  for (let r = 0; r < values.length; r++) yield [r, values[r]?.[col]];
}

const WEEK = 7;

/** True when consecutive weekday masks follow the week's order (L M M J V S D L …) from some weekday. */
export function followsWeekOrder(masks: readonly number[]): boolean {
  for (let start = 0; start < WEEK; start++) {
    if (masks.every((mask, i) => (mask & (1 << ((start + i) % WEEK))) !== 0)) return true;
  }
  return false;
}

/** The weekday (Monday = 0) of the first of consecutive weekday masks, or undefined when ambiguous or broken. */
export function firstWeekday(masks: readonly number[]): number | undefined {
  let found: number | undefined;
  for (let start = 0; start < WEEK; start++) {
    if (masks.every((mask, i) => (mask & (1 << ((start + i) % WEEK))) !== 0)) {
      if (found !== undefined) return undefined;
      found = start;
    }
  }
  return found;
}

/**
 * What an axis is, or null when its cells do not make one: `dated` (real dates or days with their month),
 * `numbers` (day numbers rising, at most one wrap to a new month), `weekdays` (weekdays alone in the week's order),
 * `errors` (broken formulas with at most a few days among them). `minimum` is the fewest cells accepted.
 */
export function axisKind(cells: readonly AxisCell[], minimum: number): AxisKind | null {
  if (cells.length < minimum) return null;
  let dated = 0;
  let numbers = 0;
  let weekdays = 0;
  let errors = 0;
  for (const { marker } of cells) {
    if (marker.kind === "date" || marker.kind === "day-month") dated++;
    else if (marker.kind === "number") numbers++;
    else if (marker.kind === "weekday") weekdays++;
    else errors++;
  }
  if (weekdays > 0) {
    if (weekdays !== cells.length) return null;
    return isWeekdayRow(cells) ? "weekdays" : null;
  }
  if (numbers > 0 && !numbersRise(cells)) return null;
  if (dated > 1 && !datesRise(cells)) return null;
  if (dated + numbers === 0) return errors >= Math.max(minimum, 3) ? "errors" : null;
  return dated >= numbers ? "dated" : "numbers";
}

/**
 * True when the dates of an axis mostly rise (four steps in five at least): a header with a typo is still a header,
 * a row of birthdays or licence expiry dates is not.
 */
function datesRise(cells: readonly AxisCell[]): boolean {
  let previous: number | undefined;
  let steps = 0;
  let rises = 0;
  for (const { marker } of cells) {
    if (marker.kind !== "date") continue;
    if (previous !== undefined) {
      steps++;
      if (marker.day > previous) rises++;
    }
    previous = marker.day;
  }
  return steps === 0 || rises * 5 >= steps * 4;
}

/**
 * True when weekdays alone make a header (`L M M J V S D`, `Lundi … Vendredi`): at least five, evenly spaced, in
 * the week's order, naming at least four different days — a row of codes (`M M S S J`) is not one.
 */
function isWeekdayRow(cells: readonly AxisCell[]): boolean {
  if (cells.length < 5) return false;
  const masks = cells.map((c) => (c.marker as { weekdays: number }).weekdays);
  if (new Set(masks).size < 4) return false;
  const step = (cells[1] as AxisCell).pos - (cells[0] as AxisCell).pos;
  for (let i = 2; i < cells.length; i++)
    if ((cells[i] as AxisCell).pos - (cells[i - 1] as AxisCell).pos !== step) return false;
  return followsWeekOrder(masks);
}

/**
 * True when the day numbers of an axis mostly rise (four steps in five at least; a wrap from the 21st or later to a
 * smaller number, a new month, counts as rising once): a header with a typo (a day twice) is still a header, whose
 * problem `resolveAxis` names; a row of hours (`7 7 7 7`) is not.
 */
function numbersRise(cells: readonly AxisCell[]): boolean {
  let previous: number | undefined;
  let wrapped = false;
  let steps = 0;
  let rises = 0;
  for (const { marker } of cells) {
    if (marker.kind !== "number") continue;
    if (previous !== undefined) {
      steps++;
      if (marker.day > previous) rises++;
      else if (!wrapped && previous >= 21 && marker.day <= 7) {
        wrapped = true;
        rises++;
      }
    }
    previous = marker.day;
  }
  return steps === 0 || rises * 5 >= steps * 4;
}

/** The month and year day numbers belong to, and the first day of a week of weekdays alone. */
export interface AxisContext {
  month?: number;
  year?: number;
  /** The first day of an axis of weekdays alone (a week tab `Semaine du 6 au 12 octobre`). */
  firstDay?: DayNumber;
}

/** Why the days of an axis cannot be known. */
export type AxisProblem =
  | "monthUnknown"
  | "yearUnknown"
  | "notInOrder"
  | "dayTwice"
  | "notADay"
  | "improbableDay"
  | "noAnchor";

/** The civil day of every cell of an axis, or the first problem and the index of the cell it is on. */
export type AxisResolution =
  | {
      ok: true;
      days: DayNumber[] /** cells whose day was inferred from their neighbours */;
      inferred: number;
    }
  | { ok: false; problem: AxisProblem; index: number };

/**
 * Resolves an axis into civil days. Dates give their day; days with a month take the year from the context (or the
 * previous cell, a December → January step moving to the next year); day numbers take the month and year from the
 * context and may wrap once to the next month (when most of them lie after the wrap, those before it belong to the
 * previous month). Broken cells (`#VALUE!`) and weekdays alone take the day after their left neighbour (or before
 * their right one); with no day anywhere, the first cell is the context's first day or the 1st of its month. Days
 * must rise strictly and be plausible (not a lone typo years away).
 */
export function resolveAxis(cells: readonly AxisCell[], context: AxisContext): AxisResolution {
  const n = cells.length;
  const days: Array<DayNumber | undefined> = new Array(n).fill(undefined);
  const numberMonth = numberMonths(cells, context);
  let previous: DayNumber | undefined;
  for (let i = 0; i < n; i++) {
    const marker = (cells[i] as AxisCell).marker;
    let day: DayNumber | undefined;
    if (marker.kind === "date") day = marker.day;
    else if (marker.kind === "day-month") {
      let year = marker.year;
      if (year === undefined && previous !== undefined) {
        const p = partsFromDay(previous);
        year = marker.month < p.month ? p.year + 1 : p.year;
      }
      year ??= context.year;
      if (year === undefined) return { ok: false, problem: "yearUnknown", index: i };
      if (!isPlausibleYear(year)) return { ok: false, problem: "improbableDay", index: i };
      if (!isRealDate(year, marker.month, marker.day)) return { ok: false, problem: "notADay", index: i };
      day = dayFromParts(year, marker.month, marker.day);
    } else if (marker.kind === "number") {
      const my = numberMonth(i, previous);
      if (!my)
        return { ok: false, problem: context.month === undefined ? "monthUnknown" : "yearUnknown", index: i };
      if (!isRealDate(my.year, my.month, marker.day)) return { ok: false, problem: "notADay", index: i };
      day = dayFromParts(my.year, my.month, marker.day);
    }
    if (day !== undefined) {
      if (!isPlausibleYear(partsFromDay(day).year)) return { ok: false, problem: "improbableDay", index: i };
      if (previous !== undefined && day <= previous)
        return { ok: false, problem: day === previous ? "dayTwice" : "notInOrder", index: i };
      previous = day;
    }
    days[i] = day;
  }
  const inferred = fillGaps(days, context);
  if (inferred < 0) return { ok: false, problem: "noAnchor", index: 0 };
  const resolved = days as DayNumber[];
  for (let i = 1; i < n; i++) {
    if ((resolved[i] as number) <= (resolved[i - 1] as number))
      return { ok: false, problem: "notInOrder", index: i };
  }
  const improbable = improbableDays(resolved).indexOf(true);
  if (improbable >= 0) return { ok: false, problem: "improbableDay", index: improbable };
  return { ok: true, days: resolved, inferred };
}

/**
 * The month and year of the day number at index `i`: after a known day, that day's month (the next one when the
 * number does not rise); else the context's, or the month before it for numbers before a wrap when most of the
 * numbers lie after it (`29 30 31 1 2 …` in a `Novembre` tab).
 */
function numberMonths(
  cells: readonly AxisCell[],
  context: AxisContext,
): (i: number, previous: DayNumber | undefined) => { month: number; year: number } | undefined {
  let wrapAt = -1;
  let numbers = 0;
  let last = 0;
  cells.forEach(({ marker }, i) => {
    if (marker.kind !== "number") return;
    if (marker.day <= last && wrapAt < 0) wrapAt = i;
    last = marker.day;
    numbers++;
  });
  const before = wrapAt < 0 ? 0 : cells.slice(0, wrapAt).filter((c) => c.marker.kind === "number").length;
  const startsEarlier = wrapAt >= 0 && before < numbers - before;
  const firstNumber = cells.findIndex((c) => c.marker.kind === "number");
  return (i, previous) => {
    const marker = (cells[i] as AxisCell).marker as { day: number };
    if (previous === undefined && i === firstNumber && context.firstDay !== undefined) {
      // A week's first day given (`Week commencing 31/05/2026`): the first day number is in its month.
      const p = partsFromDay(context.firstDay);
      return { month: p.month, year: p.year };
    }
    if (previous !== undefined) {
      const p = partsFromDay(previous);
      // Only a step from late in a month to early in the next one is a new month (`30 31 1 2`); any other step
      // down stays in the month, so `resolveAxis` names the day out of order.
      if (marker.day > p.day || p.day < 21 || marker.day > 7) return { month: p.month, year: p.year };
      return p.month === 12 ? { month: 1, year: p.year + 1 } : { month: p.month + 1, year: p.year };
    }
    if (context.month === undefined || context.year === undefined) return undefined;
    if (startsEarlier && i < wrapAt) {
      return context.month === 1
        ? { month: 12, year: context.year - 1 }
        : { month: context.month - 1, year: context.year };
    }
    return { month: context.month, year: context.year };
  };
}

/**
 * Gives a day to the cells that have none (broken formulas, weekdays alone): the day after the left neighbour's,
 * else the day before the right neighbour's; with no known day at all, from the context's first day or the 1st of
 * its month. Returns how many cells were filled, or -1 when nothing anchors them.
 */
function fillGaps(days: Array<DayNumber | undefined>, context: AxisContext): number {
  const n = days.length;
  let filled = 0;
  if (!days.some((d) => d !== undefined)) {
    let first: DayNumber | undefined = context.firstDay;
    if (first === undefined && context.month !== undefined && context.year !== undefined)
      first = dayFromParts(context.year, context.month, 1);
    if (first === undefined) return -1;
    for (let i = 0; i < n; i++) days[i] = first + i;
    if (context.firstDay === undefined && context.month !== undefined && context.year !== undefined) {
      // A month's broken header cannot hold more days than the month has, plus one spill-over column.
      if (n > daysInMonth(context.year, context.month) + 1) return -1;
    }
    return n;
  }
  for (let i = 0; i < n; i++) {
    if (days[i] !== undefined) continue;
    const left = days[i - 1];
    if (left !== undefined) {
      days[i] = left + 1;
      filled++;
    }
  }
  for (let i = n - 1; i >= 0; i--) {
    if (days[i] !== undefined) continue;
    const right = days[i + 1];
    if (right !== undefined) {
      days[i] = right - 1;
      filled++;
    }
  }
  return filled;
}
