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
  const bounds = headerBounds(reading);
  if (!bounds) return null;
  const key = wordsKey(name);
  const matches = (value: CellValue | undefined): boolean =>
    typeof value === "string" && value.trim() !== "" && wordsKey(value) === key;
  if (reading.layout === "grid-people-days") {
    const rows: number[] = [];
    for (let r = bounds.row + 1; r < values.length; r++) {
      const line = values[r] ?? [];
      for (let c = 0; c < Math.min(bounds.col, line.length); c++)
        if (matches(line[c])) {
          rows.push(r);
          break;
        }
    }
    return rows.length === 1 ? { row: rows[0] as number } : null;
  }
  if (reading.layout === "grid-days-people") {
    const cols = new Set<number>();
    for (let r = 0; r < Math.min(bounds.row, values.length); r++) {
      const line = values[r] ?? [];
      for (let c = 0; c < line.length; c++) if (c !== bounds.col && matches(line[c])) cols.add(c);
    }
    return cols.size === 1 ? { col: [...cols][0] as number } : null;
  }
  return null;
}
