// Finds the first row of a day in the Transmissions tab through the day index, reading a few cells only.
import {
  cellAsText,
  columnNumber,
  firstIndexedFrom,
  monthKeyOf,
  nextMonthStart,
  parseMonthIndex,
  recordDay,
} from "../../core/handovers";
import { type DayNumber, epochMsOfIso, type Zone } from "../../core/time";
import type { CellValue } from "../../core/workbook";

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

const WRITTEN_AT = columnNumber("writtenAt");

/** The civil day (in the zone) of a `Écrit le` cell, or undefined when it holds no date-time. */
export function dayOfWrittenAt(value: CellValue | undefined, zone: Zone): DayNumber | undefined {
  const ms = epochMsOfIso(cellAsText(value, zone).trim());
  return ms === null ? undefined : zone.toWall(Math.floor(ms / 60000)).day;
}

/**
 * The 1-based row of the first entry written on `day` or later (`lastRow + 1` when there is none), for a tab
 * whose entries are in the order they were written. Reads the day index (one document property per month,
 * from `day`'s month to `today`'s) and checks the hit with one two-cell read; when the index is missing or
 * wrong (rows added or moved by hand), falls back to a binary search on the `Écrit le` column.
 * Cost: a handful of calls, the same for 1,000 or 100,000 rows. The briefing reuses it.
 */
export function firstRowOnOrAfter(
  sheet: Sheet,
  day: DayNumber,
  today: DayNumber,
  zone: Zone,
  lastRow: number,
): number {
  if (lastRow < 2) return 2;
  const props = PropertiesService.getDocumentProperties();
  for (let month = day; month <= today; month = nextMonthStart(month)) {
    const hit = firstIndexedFrom(parseMonthIndex(props.getProperty(monthKeyOf(month))), month);
    if (!hit) continue;
    if (hit.row > lastRow) break;
    const from = Math.max(2, hit.row - 1);
    const cells = sheet.getRange(from, WRITTEN_AT, hit.row - from + 1, 1).getValues();
    const atHit = dayOfWrittenAt(cells[cells.length - 1]?.[0], zone);
    const before = hit.row > 2 ? dayOfWrittenAt(cells[0]?.[0], zone) : undefined;
    if (atHit === hit.day && (hit.row === 2 || (before !== undefined && before < day))) return hit.row;
    return binarySearch(sheet, day, zone, lastRow);
  }
  // Nothing indexed since `day`: true when the last entry is older, else the index is incomplete.
  const last = dayOfWrittenAt(sheet.getRange(lastRow, WRITTEN_AT).getValue(), zone);
  if (last !== undefined && last < day) return lastRow + 1;
  return binarySearch(sheet, day, zone, lastRow);
}

/** The first row whose `Écrit le` day is `day` or later, by binary search (one cell per probe). */
function binarySearch(sheet: Sheet, day: DayNumber, zone: Zone, lastRow: number): number {
  let lo = 2;
  let hi = lastRow + 1;
  while (lo < hi) {
    const mid = Math.floor((lo + hi) / 2);
    const d = dayOfWrittenAt(sheet.getRange(mid, WRITTEN_AT).getValue(), zone);
    if (d === undefined || d < day) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Records in the day index that `day`'s first entry is at `row`, unless the day is already indexed. Under the lock. */
export function recordEntryDay(day: DayNumber, row: number): void {
  const props = PropertiesService.getDocumentProperties();
  const key = monthKeyOf(day);
  const next = recordDay(parseMonthIndex(props.getProperty(key)), day, row);
  if (next) props.setProperty(key, JSON.stringify(next));
}
