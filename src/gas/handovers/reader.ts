/**
 * Reading the Transmissions tab whatever the order of its rows, with a cost that does not grow with its size.
 *
 * The fast path trusts nothing it has not checked: the day index (core/handovers/day-index.ts) says which rows
 * hold the entries of a period *if* the tab is still in the order it was written; the rows read are then
 * checked — each must be an entry of that period, with no repeated id, the row before must be older, the last
 * row must be the last entry saved and the tab must have as many rows as at the last save. Because the index
 * row of a day was recorded when that day's first entry was appended (every other entry was older), the
 * entries of a period are exactly as many as the rows the index gives; so if every one of those rows holds an
 * entry of the period, none is missing, whatever sorting happened in between. When a check fails (the tab was
 * sorted, filtered by moving rows, edited, or rows were inserted), the slow path reads the ID column once,
 * takes the rows it needs, and rebuilds the state and the index from what is there (heals).
 */
import { cellAsText, dayOfEntryId, type HandoverEntry, rowToEntry } from "../../core/handovers";
import type { DayNumber } from "../../core/time";
import type { CellValue } from "../../core/workbook";
import type { HandoverContext } from "./context";
import { indexedRowFrom, monthObjects } from "./day-lookup";
import { type LogState, parseLogState, STATE_KEY, stateJson } from "./log-state";
import { columnOf, type LogTable, openLog, requireReadable } from "./log-table";

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

/** A day before any entry (the index of a tab in order holds from it). */
export const EARLIEST = -1_000_000;

/** One operation's view of the log: the tab, the state of the last save, and the ID column once read. */
export interface LogReader {
  ctx: HandoverContext;
  table: LogTable;
  state: LogState | null;
  ids?: string[];
}

/** A row found by id: its 1-based number and its values. */
export interface LocatedRow {
  row: number;
  values: CellValue[];
}

/** Opens the log for reading: header (columns by title), last row and the stored state. About five calls. */
export function openReader(ctx: HandoverContext, sheet: Sheet): LogReader {
  const table = openLog(sheet, ctx.lang);
  if (table.lastRow >= 2) requireReadable(table);
  const state = parseLogState(PropertiesService.getDocumentProperties().getProperty(STATE_KEY));
  return { ctx, table, state };
}

/** Today's civil day in the spreadsheet's zone. */
export function todayOf(ctx: HandoverContext): DayNumber {
  return ctx.zone.toWall(Math.floor(Date.now() / 60000)).day;
}

/** True when the state of the last save still describes the tab and its index holds from `day` on. */
function indexHolds(reader: LogReader, day: DayNumber): boolean {
  const s = reader.state;
  return (
    s !== null &&
    s.indexFrom !== null &&
    day >= s.indexFrom &&
    s.sheetId === reader.table.sheet.getSheetId() &&
    s.lastRow === reader.table.lastRow
  );
}

/** The last day the index may know: today, or the day of the last entry saved when the clock is behind. */
function lastDayOf(reader: LogReader): DayNumber {
  const saved = reader.state ? dayOfEntryId(reader.state.lastId) : undefined;
  return Math.max(todayOf(reader.ctx), saved ?? 0);
}

/** The index's row of the first entry on `day` or later (the lookup never starts before the first indexed day). */
function rowFrom(reader: LogReader, day: DayNumber): number | undefined {
  const first = reader.state?.firstDay ?? day;
  return indexedRowFrom(Math.max(day, first), lastDayOf(reader));
}

/** Reads rows `from`..`to` (inclusive) of the known columns in one call. */
function readBlock(reader: LogReader, from: number, to: number): CellValue[][] {
  if (to < from) return [];
  return reader.table.sheet.getRange(from, 1, to - from + 1, reader.table.width).getValues() as CellValue[][];
}

const entryOf = (reader: LogReader, values: readonly CellValue[] | undefined): HandoverEntry | undefined =>
  values ? rowToEntry(values, reader.ctx.zone, reader.table.map) : undefined;

const dayOf = (entry: HandoverEntry | undefined): DayNumber | undefined =>
  entry ? dayOfEntryId(entry.id) : undefined;

/** The ID column (rows 2…last), read once per operation. */
function idColumn(reader: LogReader): string[] {
  if (reader.ids) return reader.ids;
  const { table } = reader;
  const values =
    table.lastRow < 2 ? [] : table.sheet.getRange(2, columnOf(table, "id"), table.lastRow - 1, 1).getValues();
  reader.ids = values.map((r) => cellAsText(r[0] as CellValue, reader.ctx.zone).trim());
  return reader.ids;
}

/**
 * Entries written on the days from `sinceMs`'s to `untilMs`'s (whole days: the caller filters by instant), in
 * any row order. Fast path: the index's rows, checked; else the ID column and the rows it points to.
 */
export function readSince(reader: LogReader, sinceMs: number, untilMs?: number): HandoverEntry[] {
  const { ctx, table } = reader;
  if (table.lastRow < 2) return [];
  const from = ctx.zone.toWall(Math.floor(sinceMs / 60000)).day;
  const until = untilMs === undefined ? undefined : ctx.zone.toWall(Math.floor(untilMs / 60000)).day;
  if (until !== undefined && until < from) return [];
  const fast = indexHolds(reader, from) ? readIndexed(reader, from, until) : undefined;
  return fast ?? readByIds(reader, from, until);
}

/** The fast path of `readSince`, or undefined when a check fails. */
function readIndexed(reader: LogReader, from: DayNumber, until?: DayNumber): HandoverEntry[] | undefined {
  const { table, state } = reader;
  const start = rowFrom(reader, from) ?? table.lastRow + 1;
  const after = until === undefined ? undefined : rowFrom(reader, until + 1);
  const end = Math.min(table.lastRow, (after ?? table.lastRow + 1) - 1);
  if (start < 2) return undefined;
  // The period's rows, with the row just before it (when there is one) to check it is older.
  const offset = Math.min(start > 2 ? start - 1 : start, table.lastRow);
  const values = readBlock(reader, offset, Math.max(end, Math.min(start, table.lastRow)));
  if (start > 2) {
    const before = dayOf(entryOf(reader, values[start - 1 - offset]));
    if (before === undefined || before >= from) return undefined;
  }
  const out: HandoverEntry[] = [];
  const seen = new Set<string>();
  for (let row = start; row <= end; row++) {
    const entry = entryOf(reader, values[row - offset]);
    const day = dayOf(entry);
    if (!entry || day === undefined || day < from || (until !== undefined && day > until)) return undefined;
    if (seen.has(entry.id)) return undefined;
    seen.add(entry.id);
    out.push(entry);
  }
  if (end === table.lastRow && end >= start && out[out.length - 1]?.id !== state?.lastId) return undefined;
  if (end === table.lastRow && end < start) {
    // Nothing since `from`: the last row must be the last entry saved, and older.
    const last = entryOf(reader, values[table.lastRow - offset]);
    if (!last || last.id !== state?.lastId || (dayOf(last) ?? from) >= from) return undefined;
  }
  return out;
}

/** The slow path: the ID column says which rows hold the period; one read of their block; then heal. */
function readByIds(reader: LogReader, from: DayNumber, until?: DayNumber): HandoverEntry[] {
  const ids = idColumn(reader);
  // A day of margin each side: the id's day is the zone's day when it was written.
  const rows: number[] = [];
  ids.forEach((id, i) => {
    const day = dayOfEntryId(id);
    if (day !== undefined && day >= from - 1 && (until === undefined || day <= until + 1)) rows.push(i + 2);
  });
  heal(reader);
  if (rows.length === 0) return [];
  const low = rows[0] as number;
  const high = rows[rows.length - 1] as number;
  const values = readBlock(reader, low, high);
  const out: HandoverEntry[] = [];
  for (const row of rows) {
    const entry = entryOf(reader, values[row - low]);
    if (entry && entry.id === ids[row - 2]) out.push(entry);
  }
  return out;
}

/**
 * Rebuilds the state and the day index from the ID column: the longest run of rows at the end of the tab that
 * are entries in the order of their days gives the index, from the day after the newest entry above that run.
 * One property write (skipped when nothing changed).
 */
function heal(reader: LogReader): void {
  const ids = idColumn(reader);
  const { table } = reader;
  const days = ids.map((id) => dayOfEntryId(id));
  // The longest run of rows at the end that are entries with non-decreasing days…
  let start = days.length;
  while (start > 0) {
    const day = days[start - 1];
    if (day === undefined || (start < days.length && day > (days[start] as DayNumber))) break;
    start -= 1;
  }
  // …indexed from the day after the newest entry above it (so no older row holds a later day).
  let maxBefore = EARLIEST;
  for (let i = 0; i < start; i++) {
    const day = days[i];
    if (day !== undefined && day > maxBefore) maxBefore = day;
  }
  const firsts = new Map<DayNumber, number>();
  for (let i = start; i < days.length; i++) {
    const day = days[i] as DayNumber;
    if (day > maxBefore && !firsts.has(day)) firsts.set(day, i + 2);
  }
  const lastId = ids[ids.length - 1] ?? "";
  const indexFrom = start >= days.length ? null : maxBefore + 1;
  const firstDay = indexFrom === null ? null : (Math.min(...firsts.keys()) as DayNumber);
  const state: LogState = {
    sheetId: table.sheet.getSheetId(),
    lastRow: table.lastRow,
    lastId,
    indexFrom,
    firstDay,
  };
  if (reader.state && stateJson(reader.state) === stateJson(state)) return;
  const props = PropertiesService.getDocumentProperties();
  props.setProperties({ ...(indexFrom === null ? {} : monthObjects(firsts)), [STATE_KEY]: stateJson(state) });
  reader.state = state;
}

/**
 * The row of an entry id, in any row order: the rows of its day through the index (checked by the id itself),
 * else the ID column. A handful of calls whatever the size of the tab.
 */
export function locateEntry(reader: LogReader, id: string): LocatedRow | undefined {
  const day = dayOfEntryId(id);
  const { table } = reader;
  if (day === undefined || table.lastRow < 2) return undefined;
  if (!reader.ids && indexHolds(reader, day)) {
    const start = rowFrom(reader, day);
    if (start !== undefined && start >= 2 && start <= table.lastRow) {
      const end = Math.min(table.lastRow, (rowFrom(reader, day + 1) ?? table.lastRow + 1) - 1);
      const values = readBlock(reader, start, Math.max(start, end));
      const at = values.findIndex((row) => entryOf(reader, row)?.id === id);
      if (at >= 0) return { row: start + at, values: values[at] as CellValue[] };
    }
  }
  const index = idColumn(reader).indexOf(id);
  if (index < 0) return undefined;
  const row = index + 2;
  return { row, values: (readBlock(reader, row, row)[0] ?? []) as CellValue[] };
}

/** The entry at a known row when it still holds `id` (one call), else undefined. */
export function entryAt(reader: LogReader, row: number, id: string): HandoverEntry | undefined {
  if (row < 2 || row > reader.table.lastRow) return undefined;
  const entry = entryOf(reader, readBlock(reader, row, row)[0]);
  return entry?.id === id ? entry : undefined;
}

/** The entry of a located row. */
export function entryOfRow(reader: LogReader, found: LocatedRow): HandoverEntry | undefined {
  return entryOf(reader, found.values);
}

/** The most recent entries matching `keep` (at most `limit`), reading periods further and further back. */
export function readLatest(
  reader: LogReader,
  keep: (entry: HandoverEntry) => boolean,
  limit: number,
): HandoverEntry[] {
  const { ctx } = reader;
  const today = todayOf(ctx);
  const toMs = (day: DayNumber): number => ctx.zone.toInstant(day, 0) * 60000;
  const out: HandoverEntry[] = [];
  let until: DayNumber | undefined;
  for (const back of [7, 31, 366, Number.POSITIVE_INFINITY]) {
    const from = Number.isFinite(back) ? today - back : 0;
    out.push(
      ...readSince(reader, toMs(from), until === undefined ? undefined : toMs(until) - 1).filter(keep),
    );
    if (out.length >= limit) break;
    until = from;
  }
  return out;
}

/** The rows (2…) whose entry has a follow-up not marked done, from the follow-up columns (two reads). */
export function openRows(reader: LogReader): Array<{ row: number; id: string }> {
  const { table, ctx } = reader;
  if (table.lastRow < 2 || table.map.followUpWhat === undefined) return [];
  const ids = idColumn(reader);
  const column = (key: "followUpWhat" | "followUpStatus"): string[] =>
    table.map[key] === undefined
      ? []
      : table.sheet
          .getRange(2, columnOf(table, key), table.lastRow - 1, 1)
          .getValues()
          .map((r) =>
            cellAsText(r[0] as CellValue, ctx.zone)
              .trim()
              .toLowerCase(),
          );
  const what = column("followUpWhat");
  const status = column("followUpStatus");
  const out: Array<{ row: number; id: string }> = [];
  what.forEach((w, i) => {
    const done = status[i] === "fait" || status[i] === "done";
    if (w !== "" && !done && ids[i]) out.push({ row: i + 2, id: ids[i] as string });
  });
  return out;
}

/** The entries of some rows, read as one block (the rows' ids checked). */
export function entriesAtRows(
  reader: LogReader,
  rows: ReadonlyArray<{ row: number; id: string }>,
): HandoverEntry[] {
  if (rows.length === 0) return [];
  const low = Math.min(...rows.map((r) => r.row));
  const high = Math.max(...rows.map((r) => r.row));
  const values = readBlock(reader, low, high);
  return rows
    .map((r) => entryOf(reader, values[r.row - low]))
    .filter((e, i): e is HandoverEntry => e !== undefined && e.id === rows[i]?.id);
}
