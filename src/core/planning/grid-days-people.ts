// Reads a days × people grid: dates down one of the first columns, one column per person named in a header row.
import { type CellValue, cellText, type TabSnapshot } from "../workbook";
import { type Collector, displayOf, type RowRecord } from "./collect";
import { classifyDayCell, type DayCell, resolveDays, tabMonthYear } from "./day-header";
import { hasLetter } from "./fold";
import { MIN_DAY_CELLS } from "./grid-people-days";
import { isNonPersonHeader, type LayoutOutcome, oddPersonName, showsPlanning } from "./layout-common";

/** Columns searched for the dates. */
const DATE_SCAN_COLUMNS = 6;

/** The leftmost of the first columns holding at least `MIN_DAY_CELLS` day cells, with their rows. */
function findDateColumn(
  values: readonly (readonly CellValue[])[],
  collector: Collector,
): { col: number; rows: number[]; cells: DayCell[] } | null {
  for (let c = 0; c < DATE_SCAN_COLUMNS; c++) {
    const rows: number[] = [];
    const cells: DayCell[] = [];
    for (let r = 0; r < values.length; r++) {
      const cell = classifyDayCell(values[r]?.[c] ?? null, collector.dates);
      if (cell) {
        rows.push(r);
        cells.push(cell);
      }
    }
    if (cells.length >= MIN_DAY_CELLS) return { col: c, rows, cells };
  }
  return null;
}

/** Reads a tab as a days × people grid; `none` when it has no date column or no person header. */
export function readDaysPeopleGrid(tab: TabSnapshot, collector: Collector): LayoutOutcome {
  const values = tab.values;
  const dates = findDateColumn(values, collector);
  if (!dates) return { kind: "none" };
  const firstDateRow = dates.rows[0] as number;

  // The header: the nearest row above the first date naming people right of the date column.
  let headerRow = -1;
  let personCols: number[] = [];
  for (let r = firstDateRow - 1; r >= 0 && headerRow < 0; r--) {
    const row = values[r] ?? [];
    const cols: number[] = [];
    for (let c = dates.col + 1; c < row.length; c++) {
      const v = row[c];
      if (typeof v === "string" && hasLetter(v) && !isNonPersonHeader(v.trim(), collector.legend))
        cols.push(c);
    }
    if (cols.length > 0) {
      headerRow = r;
      personCols = cols;
    }
  }
  if (headerRow < 0) return { kind: "none" };

  // Only the date cells below the header count; other rows (totals, weeks, notes) are skipped.
  const rows: number[] = [];
  const cells: DayCell[] = [];
  dates.rows.forEach((r, i) => {
    if (r > headerRow) {
      rows.push(r);
      cells.push(dates.cells[i] as DayCell);
    }
  });
  const header = values[headerRow] ?? [];
  // A column headed by a staff number or an odd text (`12`, `=Léa`) with shifts below is a person's column too.
  const named = new Set(personCols);
  for (let c = dates.col + 1; c < header.length; c++) {
    if (named.has(c)) continue;
    const below = rows.map((r) => values[r]?.[c]);
    if (oddPersonName(header[c], below, collector.legend, collector.parse) !== null) personCols.push(c);
  }
  personCols.sort((a, b) => a - b);
  const context = tabMonthYear(tab.name, values, headerRow, collector.dates);
  const resolution = resolveDays(cells, context);
  if (!resolution.ok) {
    if (!looksPlanned(values, rows, personCols, collector)) return { kind: "none" };
    const row = rows[resolution.index] as number;
    return {
      kind: "bad-layout",
      problem: resolution.problem,
      row,
      col: dates.col,
      text: displayOf(values[row]?.[dates.col] ?? null, collector.dates, true),
    };
  }
  const days = resolution.days;
  const records: RowRecord[] = [];
  let recognized = 0;
  for (const c of personCols) {
    const name = cellText(header[c] ?? null);
    const record = collector.record(tab.name, name, headerRow, c, false);
    for (let i = 0; i < rows.length; i++) {
      const r = rows[i] as number;
      collector.cell(record, days[i] as number, r, c, values[r]?.[c] ?? null);
    }
    recognized += record.sequences.length + record.marks.length;
    records.push(record);
  }
  return {
    kind: "read",
    layout: "grid-days-people",
    records,
    firstDay: days[0] as number,
    lastDay: days[days.length - 1] as number,
    recognized,
    dayHeaderCells: new Map(days.map((day, i) => [day, { row: rows[i] as number, col: dates.col }])),
  };
}

function looksPlanned(
  values: readonly (readonly CellValue[])[],
  rows: readonly number[],
  cols: readonly number[],
  collector: Collector,
): boolean {
  for (const r of rows) {
    for (const c of cols) {
      const v = values[r]?.[c];
      if (typeof v !== "string") continue;
      const parsed = collector.parse(v);
      if (parsed.kind !== "empty" && showsPlanning(parsed, v)) return true;
    }
  }
  return false;
}
