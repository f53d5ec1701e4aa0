// The day index of the Transmissions tab: for each civil day, the row of its first entry, kept per month.
import { civilDate, type DayNumber, dayFromParts, partsFromDay } from "../time";

/**
 * The index is stored as one small JSON object per month (`{"24": 812, "25": 830}`: day of month → 1-based
 * row of the first entry written that day), under the key `releve.handovers.days.YYYY-MM`. A lookup reads one
 * or two months whatever the size of the log, so reading the last day costs the same for 1,000 or 100,000 rows.
 */
export const DAY_INDEX_PREFIX = "releve.handovers.days.";

/** Days of one month that have entries: day of month → row of the first entry. */
export type MonthIndex = Record<string, number>;

/** The property key of the month holding a day. */
export function monthKeyOf(day: DayNumber): string {
  return DAY_INDEX_PREFIX + civilDate(day).slice(0, 7);
}

/** The first day of the month after the one holding a day. */
export function nextMonthStart(day: DayNumber): DayNumber {
  const { year, month } = partsFromDay(day);
  return month === 12 ? dayFromParts(year + 1, 1, 1) : dayFromParts(year, month + 1, 1);
}

/** A month's index from its stored JSON (empty when absent or unreadable). */
export function parseMonthIndex(json: string | null | undefined): MonthIndex {
  if (!json) return {};
  try {
    const parsed: unknown = JSON.parse(json);
    if (typeof parsed !== "object" || parsed === null) return {};
    const out: MonthIndex = {};
    for (const [key, value] of Object.entries(parsed)) {
      if (/^\d{1,2}$/.test(key) && Number.isInteger(value) && (value as number) >= 2)
        out[key] = value as number;
    }
    return out;
  } catch {
    return {};
  }
}

/** The month index with `day` recorded at `row`, or null when the day is already recorded (nothing to write). */
export function recordDay(index: MonthIndex, day: DayNumber, row: number): MonthIndex | null {
  const key = String(partsFromDay(day).day);
  if (index[key] !== undefined) return null;
  return { ...index, [key]: row };
}

/** The first indexed day on or after `day` within its month, with its row; undefined when none. */
export function firstIndexedFrom(
  index: MonthIndex,
  day: DayNumber,
): { day: DayNumber; row: number } | undefined {
  const { year, month, day: dom } = partsFromDay(day);
  let best: { day: DayNumber; row: number } | undefined;
  for (const [key, row] of Object.entries(index)) {
    const d = Number(key);
    if (d >= dom && (!best || d < partsFromDay(best.day).day))
      best = { day: dayFromParts(year, month, d), row };
  }
  return best;
}
