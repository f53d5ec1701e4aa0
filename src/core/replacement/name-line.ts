// The row (or column) of a grid tab where a name is written: for a person with nothing the planning reads there.
import type { TabReading } from "../planning/types";
import { wordsKey } from "../tabs/staff-tab";
import type { CellValue } from "../workbook";

/** Where a name is written: a row of a people × days grid, or a column of a days × people grid (0-based). */
export type NameLine = { row: number } | { col: number };

/** The header cells of a grid's days (row of the day header, first day column; or date column, first date row). */
function headerBounds(reading: TabReading): { row: number; col: number } | null {
  let row = Number.POSITIVE_INFINITY;
  let col = Number.POSITIVE_INFINITY;
  for (const cell of reading.dayHeaderCells?.values() ?? []) {
    row = Math.min(row, cell.row);
    col = Math.min(col, cell.col);
  }
  return Number.isFinite(row) && Number.isFinite(col) ? { row, col } : null;
}

/** Every name of a grid's identity cells and its line; `null` for a name written on more than one line. */
type NameIndex = Map<string, NameLine | null>;

/** The index of each tab's values, built once (a search asks for many people, a swap search many times). */
const indexes = new WeakMap<readonly (readonly CellValue[])[], NameIndex>();

/** A line as a comparable text (`r7`, `c3`). */
const lineId = (line: NameLine): string => ("row" in line ? `r${line.row}` : `c${line.col}`);

/** Records a name cell's line; a name met on a second line becomes ambiguous (null). */
function addName(index: NameIndex, value: CellValue | undefined, line: NameLine): void {
  if (typeof value !== "string" || value.trim() === "") return;
  const key = wordsKey(value);
  const known = index.get(key);
  if (known === undefined) index.set(key, line);
  else if (known !== null && lineId(known) !== lineId(line)) index.set(key, null);
}

/** The names of a grid's identity cells: left of the first day column (people × days) or above the first date row. */
function nameIndex(values: readonly (readonly CellValue[])[], reading: TabReading): NameIndex | null {
  const cached = indexes.get(values);
  if (cached) return cached;
  const bounds = headerBounds(reading);
  if (!bounds) return null;
  const index: NameIndex = new Map();
  if (reading.layout === "grid-people-days") {
    for (let r = bounds.row + 1; r < values.length; r++) {
      const line = values[r] ?? [];
      for (let c = 0; c < Math.min(bounds.col, line.length); c++) addName(index, line[c], { row: r });
    }
  } else if (reading.layout === "grid-days-people") {
    for (let r = 0; r < Math.min(bounds.row, values.length); r++) {
      const line = values[r] ?? [];
      for (let c = 0; c < line.length; c++) if (c !== bounds.col) addName(index, line[c], { col: c });
    }
  } else return null;
  indexes.set(values, index);
  return index;
}

/**
 * The one line of a grid tab whose identity cells hold `name` (word order, case and accents aside): in a people ×
 * days grid a row below the day header with the name left of the first day column; in a days × people grid a
 * column with the name above the first date row. Null for a shift list, when the name is nowhere, or when it is
 * written on more than one line (no guess).
 */
export function findNameLine(
  values: readonly (readonly CellValue[])[],
  reading: TabReading,
  name: string,
): NameLine | null {
  return nameIndex(values, reading)?.get(wordsKey(name)) ?? null;
}
