// Choosing and dating the day header of a grid block: the best axis among the header rows, its month and year from
// the tab name, a title, the settings, the workbook's dates or the weekday row, else provisional (undated) days.
import { type DayNumber, dayFromParts, partsFromDay, weekdayOf } from "../../time";
import type { CellValue } from "../../workbook";
import { type AxisCell, type AxisResolution, firstWeekday, resolveAxis } from "../axis/day-axis";
import type { DayMarker } from "../axis/day-marker";
import {
  guessMonth,
  isoWeekMonday,
  type MonthGuess,
  monthFromWeekdays,
  type WeekLabel,
} from "../axis/month-context";
import type { HowPart, TabReason } from "../types";
import type { FoundAxis } from "./scan";
import type { LayoutProblem, TabInput } from "./types";

/** A dated (or provisionally dated) day header. */
export interface DatedAxis {
  axis: FoundAxis;
  days: DayNumber[];
  /** False when the days are provisional: the month or year could not be known. */
  dated: boolean;
  how: HowPart[];
  reason?: TabReason;
  problem?: LayoutProblem;
}

/** A provisional year for undated days (a leap year, so a 29 February exists; 5 January 2004 is a Monday). */
const PROVISIONAL_YEAR = 2004;
/** The Monday that undated weekday axes and cyclic patterns start on (5 January 2004). */
export const PROVISIONAL_MONDAY = dayFromParts(2004, 1, 5);

const PREFERENCE: Record<FoundAxis["kind"], number> = { dated: 0, numbers: 1, errors: 2, weekdays: 3 };

/** True when resolved days run day by day or week by week, not month by month (a table of month starts). */
export function isDayByDay(days: readonly DayNumber[]): boolean {
  if (days.length < 2) return true;
  const span = (days[days.length - 1] as number) - (days[0] as number);
  let maxGap = 0;
  for (let i = 1; i < days.length; i++)
    maxGap = Math.max(maxGap, (days[i] as number) - (days[i - 1] as number));
  return maxGap <= 14 && span <= days.length * 7;
}

/**
 * Dates the best axis of a header group: axes are tried by preference (dates, day numbers, broken cells, weekdays
 * alone), each with the month guessed for its row; day numbers without a month take it from a weekday row when one
 * month fits. When none can be dated, the first axis gets provisional days and the reason (month or year unknown);
 * days out of order give a problem instead.
 */
export function dateAxis(
  input: TabInput,
  axes: readonly FoundAxis[],
  fromRow: number,
  weekdayRows: readonly number[],
  /** The row above which titles are looked for: the axis row itself for days across (the default). */
  titleRow: (axis: FoundAxis) => number = (axis) => axis.line,
  /** How the axis's position is told: a row of days (across) or a column (down). */
  lineHow: (axis: FoundAxis) => HowPart = (axis) => ({ kind: "daysRow", row: axis.line }),
): DatedAxis | null {
  const { tab, collector, hints, override } = input;
  const sorted = [...axes].sort(
    // Among equal axes, the one nearest the people (the last header row, under a repeated one) is the header.
    (a, b) => PREFERENCE[a.kind] - PREFERENCE[b.kind] || b.cells.length - a.cells.length || b.line - a.line,
  );
  let firstFailure:
    | { axis: FoundAxis; resolution: AxisResolution & { ok: false }; guess: MonthGuess }
    | undefined;
  for (const axis of sorted) {
    const guess = guessMonth(
      tab.name,
      tab.values,
      titleRow(axis),
      fromRow,
      collector.dates,
      hints,
      override.month,
    );
    let resolution = resolveAxis(
      axis.cells,
      axis.kind === "weekdays" ? weekContext(axis.cells, guess) : guess,
    );
    let source = guess;
    if (
      !resolution.ok &&
      axis.kind === "numbers" &&
      (resolution.problem === "monthUnknown" || resolution.problem === "yearUnknown")
    ) {
      const marks = weekdayMarks(axis.cells, tab.values, weekdayRows, input.scan.markerOf);
      const found = monthFromWeekdays(marks, hints, guess.month === undefined ? guess.year : undefined);
      if ("month" in found) {
        source = { month: found.month, year: found.year, monthSource: "weekdays", yearSource: "weekdays" };
        resolution = resolveAxis(axis.cells, source);
      }
    }
    if (resolution.ok) {
      if (!isDayByDay(resolution.days)) continue;
      return {
        axis,
        days: resolution.days,
        dated: true,
        how: [
          lineHow(axis),
          ...monthHow(axis, source),
          ...brokenHow(axis.kind === "weekdays" ? 0 : resolution.inferred),
        ],
      };
    }
    firstFailure ??= { axis, resolution, guess };
  }
  if (!firstFailure) return null;
  const { axis, resolution, guess } = firstFailure;
  const cell = axis.cells[resolution.index] as AxisCell;
  const across = lineHow(axis).kind === "daysRow";
  const at = across
    ? { tab: tab.name, row: axis.line, col: cell.pos }
    : { tab: tab.name, row: cell.pos, col: axis.line };
  if (
    resolution.problem === "monthUnknown" ||
    resolution.problem === "yearUnknown" ||
    resolution.problem === "noAnchor"
  ) {
    const days = provisionalDays(axis.cells, guess);
    if (!days) return null;
    // A week named without its year (`S41`, `du 6 au 12 octobre`) only lacks the year.
    const noMonth =
      guess.week === undefined && (resolution.problem !== "yearUnknown" || guess.month === undefined);
    // Day numbers whose month or year is unknown are a `bad-layout` ("mois ou année inconnus"), as they always were.
    return {
      axis,
      days,
      dated: false,
      how: [lineHow(axis)],
      reason: noMonth ? { kind: "noMonth", cell: at } : { kind: "noYear", cell: at },
      ...(axis.kind === "numbers"
        ? { problem: { problem: "monthUnknown", row: at.row, col: at.col, text: "" } }
        : {}),
    };
  }
  return {
    axis,
    days: [],
    dated: false,
    how: [lineHow(axis)],
    reason: { kind: "daysUnreadable", problem: resolution.problem, cell: at },
    problem: { problem: resolution.problem, row: at.row, col: at.col, text: "" },
  };
}

/**
 * The context of weekdays alone: dated only by a week's first day (`S41`, `Semaine du 6 au 12 octobre`), never by a
 * month's 1st; the first column is the day of the week's seven that falls on its weekday.
 */
function weekContext(cells: readonly AxisCell[], guess: MonthGuess): MonthGuess {
  if (guess.firstDay === undefined) return {};
  const first = firstWeekday(cells.map((c) => (c.marker as { weekdays: number }).weekdays));
  return first === undefined ? guess : { ...guess, firstDay: weekdayFrom(guess.firstDay, first) };
}

function monthHow(axis: FoundAxis, guess: MonthGuess): HowPart[] {
  if (axis.kind === "dated" && axis.cells.every((c) => c.marker.kind === "date")) return [];
  if (guess.monthSource === undefined && guess.yearSource === undefined) return [];
  const part: HowPart = { kind: "month", source: guess.monthSource ?? guess.yearSource ?? "dates" };
  // A week's number gives its month too (`S41`: October).
  const week = guess.firstDay === undefined ? undefined : partsFromDay(guess.firstDay);
  const month = guess.month ?? week?.month;
  const year = guess.year ?? week?.year;
  if (month !== undefined) part.month = month;
  if (year !== undefined) part.year = year;
  const parts: HowPart[] = [part];
  if (guess.yearSource !== undefined && guess.yearSource !== guess.monthSource)
    parts.push({ kind: "month", source: guess.yearSource, year: year as number });
  return parts;
}

function brokenHow(inferred: number): HowPart[] {
  return inferred > 0 ? [{ kind: "dayCells", broken: inferred }] : [];
}

/**
 * Day numbers paired with the weekdays their own cell names (`lun. 3`), or a weekday row's (`L M M J V S D` above
 * or below): the first of `rows` with a weekday over nearly every day number (a row of codes `M S` is not one).
 */
function weekdayMarks(
  cells: readonly AxisCell[],
  values: readonly (readonly CellValue[])[],
  rows: readonly number[],
  markerOf: (value: CellValue | undefined) => DayMarker | null,
): Array<{ day: number; weekdays: number }> {
  const numbers = cells.filter((c) => c.marker.kind === "number");
  const own = numbers.filter((c) => (c.marker as { weekdays?: number }).weekdays !== undefined);
  if (own.length * 2 >= cells.length)
    return own.map((c) => ({
      day: (c.marker as { day: number }).day,
      weekdays: (c.marker as { weekdays: number }).weekdays,
    }));
  for (const r of rows) {
    const marks: Array<{ day: number; weekdays: number }> = [];
    for (const { pos, marker } of numbers) {
      const other = markerOf(values[r]?.[pos]);
      if (other?.kind === "weekday")
        marks.push({ day: (marker as { day: number }).day, weekdays: other.weekdays });
    }
    if (marks.length * 5 >= numbers.length * 4 && marks.length * 2 >= cells.length) return marks;
  }
  return [];
}

/**
 * Provisional days for an undated axis, in order (a leap year's January, or from a Monday for weekdays alone; the
 * week a tab names in that year, so undated week tabs keep their order).
 */
function provisionalDays(cells: readonly AxisCell[], guess: MonthGuess): DayNumber[] | null {
  const monday = guess.week ? provisionalWeekStart(guess.week) : PROVISIONAL_MONDAY;
  const context = {
    month: guess.month ?? 1,
    year: PROVISIONAL_YEAR,
    firstDay:
      cells[0]?.marker.kind === "weekday"
        ? weekdayFrom(monday, firstBit(cells[0].marker.weekdays))
        : undefined,
  };
  const resolution = resolveAxis(cells, context);
  return resolution.ok ? resolution.days : null;
}

/** The first day of a week label in the provisional year (the ISO week's Monday, or the label's first day). */
export function provisionalWeekStart(week: WeekLabel): DayNumber {
  return week.kind === "iso-week"
    ? isoWeekMonday(PROVISIONAL_YEAR, week.week)
    : dayFromParts(PROVISIONAL_YEAR, week.month, week.day);
}

/** The first day from `start` on that falls on `weekday` (Monday = 0). */
export function weekdayFrom(start: DayNumber, weekday: number): DayNumber {
  return start + ((weekday - weekdayOf(start) + 7) % 7);
}

function firstBit(mask: number): number {
  for (let i = 0; i < 7; i++) if (mask & (1 << i)) return i;
  return 0;
}
