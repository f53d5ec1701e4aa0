// The day index of the Transmissions tab in document properties: look a day up, record a day, rebuild it.
import {
  DAY_INDEX_PREFIX,
  firstIndexedFrom,
  type MonthIndex,
  monthKeyOf,
  nextMonthStart,
  parseMonthIndex,
  recordDay,
} from "../../core/handovers";
import type { DayNumber } from "../../core/time";

/**
 * The row of the first indexed entry written on `day` or later, reading the months from `day`'s to `lastDay`'s
 * (one property each); undefined when no indexed day is that late. The caller checks the rows it then reads.
 */
export function indexedRowFrom(day: DayNumber, lastDay: DayNumber): number | undefined {
  const props = PropertiesService.getDocumentProperties();
  for (let month = day; month <= lastDay; month = nextMonthStart(month)) {
    const hit = firstIndexedFrom(
      parseMonthIndex(props.getProperty(monthKeyOf(month))),
      month === day ? day : month,
    );
    if (hit) return hit.row;
  }
  return undefined;
}

/** Records in the day index that `day`'s first entry is at `row`, unless the day is already indexed. Under the lock. */
export function recordEntryDay(day: DayNumber, row: number): void {
  const props = PropertiesService.getDocumentProperties();
  const key = monthKeyOf(day);
  const next = recordDay(parseMonthIndex(props.getProperty(key)), day, row);
  if (next) props.setProperty(key, JSON.stringify(next));
}

/**
 * The month objects of a rebuilt index: `firsts` maps each indexed day to the row of its first entry. Every
 * month from the first to the last indexed day gets an object (empty months too), so a stale one is replaced.
 */
export function monthObjects(firsts: ReadonlyMap<DayNumber, number>): Record<string, string> {
  const months = new Map<string, MonthIndex>();
  const days = [...firsts.keys()].sort((a, b) => a - b);
  const first = days[0];
  const last = days[days.length - 1];
  if (first === undefined || last === undefined) return {};
  for (let month = first; month <= last; month = nextMonthStart(month)) months.set(monthKeyOf(month), {});
  for (const day of days) {
    const key = monthKeyOf(day);
    const next = recordDay(months.get(key) ?? {}, day, firsts.get(day) as number);
    if (next) months.set(key, next);
  }
  const out: Record<string, string> = {};
  for (const [key, index] of months) out[key] = JSON.stringify(index);
  return out;
}

export { DAY_INDEX_PREFIX };
