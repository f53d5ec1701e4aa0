// One tab's non-empty cells as they are read (sparse), turned into the snapshot's ragged rows at the end.
import { a1, type CellValue } from "../../core/workbook";
import type { ReadBudget } from "./budget";

/** A merged range, 0-based and inclusive. */
export interface MergedRange {
  top: number;
  left: number;
  bottom: number;
  right: number;
}

interface RowCells {
  cols: number[];
  values: CellValue[];
  sorted: boolean;
}

/** Every empty row of every snapshot: one shared, frozen array (a far-away cell costs no row objects). */
const EMPTY_ROW: CellValue[] = Object.freeze([]) as unknown as CellValue[];

/**
 * The non-empty cells of one tab, kept sparse: memory follows the cells that exist, never the extent. Cells may
 * come in any order; a cell written twice keeps its last value.
 */
export class SheetCells {
  private readonly rows = new Map<number, RowCells>();
  private readonly merges: MergedRange[] = [];
  private count = 0;
  /** Row and cell elements of the file (styled empty ones included): what a reader building every cell would hold. */
  elements = 0;

  constructor(readonly name: string) {}

  /** Sets a non-empty value at a 0-based row and column. */
  set(row: number, col: number, value: CellValue): void {
    let cells = this.rows.get(row);
    if (cells === undefined) {
      cells = { cols: [], values: [], sorted: true };
      this.rows.set(row, cells);
    }
    const last = cells.cols.length - 1;
    if (last >= 0 && (cells.cols[last] as number) >= col) cells.sorted = false;
    cells.cols.push(col);
    cells.values.push(value);
    this.count += 1;
  }

  /** Records a merged range (its value stays in its top-left cell only). */
  merge(range: MergedRange): void {
    this.merges.push(range);
  }

  /** Non-empty cells set so far. */
  get size(): number {
    return this.count;
  }

  /** Cells the merged ranges span, as written (not clipped). */
  get mergedArea(): number {
    return this.merges.reduce((sum, m) => sum + (m.bottom - m.top + 1) * (m.right - m.left + 1), 0);
  }

  /**
   * The tab's values from A1 as the snapshot holds them: rows down to the last non-empty one, each row up to its
   * last non-empty cell, empty cells null, the cells a merged range covers (but its top-left one) emptied. Merged
   * ranges are walked only over the rows that exist. Counts the extent against the budget, which throws past it.
   */
  values(budget: ReadBudget): CellValue[][] {
    const keys = [...this.rows.keys()].sort((a, b) => a - b);
    for (const key of keys) normalise(this.rows.get(key) as RowCells);
    this.clearMerged(keys, budget);
    let lastRow = -1;
    let lastRowCol = 0;
    let extent = 0;
    let widest = { row: 0, col: 0 };
    for (const key of keys) {
      const cells = this.rows.get(key) as RowCells;
      trimTrailingEmpty(cells);
      if (cells.cols.length === 0) continue;
      const lastCol = cells.cols[cells.cols.length - 1] as number;
      lastRow = key;
      lastRowCol = lastCol;
      extent += lastCol + 1;
      if (lastCol >= widest.col) widest = { row: key, col: lastCol };
    }
    if (lastRow < 0) return [];
    // Name the cell that makes the tab large: the last row's when rows weigh most, else the widest row's.
    const far = lastRow + 1 >= extent ? a1(lastRow, lastRowCol) : a1(widest.row, widest.col);
    budget.addExtent(extent + lastRow + 1, this.name, far);
    const out: CellValue[][] = new Array(lastRow + 1);
    out.fill(EMPTY_ROW);
    for (const key of keys) {
      const cells = this.rows.get(key) as RowCells;
      if (cells.cols.length === 0) continue;
      const row: CellValue[] = new Array((cells.cols[cells.cols.length - 1] as number) + 1).fill(null);
      cells.cols.forEach((col, i) => {
        row[col] = cells.values[i] as CellValue;
      });
      out[key] = row;
    }
    return out;
  }

  /** Empties the cells merged ranges cover, visiting only existing rows; each row visited counts as extent. */
  private clearMerged(keys: readonly number[], budget: ReadBudget): void {
    for (const m of this.merges) {
      let walked = 1;
      for (let k = lowerBound(keys, m.top); k < keys.length && (keys[k] as number) <= m.bottom; k += 1) {
        walked += 1;
        const row = keys[k] as number;
        const cells = this.rows.get(row) as RowCells;
        const from = lowerBound(cells.cols, row === m.top ? m.left + 1 : m.left);
        for (let i = from; i < cells.cols.length && (cells.cols[i] as number) <= m.right; i += 1)
          cells.values[i] = null;
      }
      budget.addExtent(walked, this.name, a1(m.bottom, m.right));
    }
  }
}

/** Sorts a row's cells by column (a later duplicate wins). */
function normalise(cells: RowCells): void {
  if (cells.sorted) return;
  const order = cells.cols
    .map((_, i) => i)
    .sort((a, b) => (cells.cols[a] as number) - (cells.cols[b] as number) || a - b);
  const cols: number[] = [];
  const values: CellValue[] = [];
  for (const i of order) {
    const col = cells.cols[i] as number;
    if (cols.length > 0 && cols[cols.length - 1] === col)
      values[values.length - 1] = cells.values[i] as CellValue;
    else {
      cols.push(col);
      values.push(cells.values[i] as CellValue);
    }
  }
  cells.cols = cols;
  cells.values = values;
  cells.sorted = true;
}

/** Drops cells emptied by a merge at the end of a row, so rows still end at their last value. */
function trimTrailingEmpty(cells: RowCells): void {
  while (cells.values.length > 0 && cells.values[cells.values.length - 1] === null) {
    cells.values.pop();
    cells.cols.pop();
  }
}

/** The first index whose value is ≥ `target` in a sorted array. */
function lowerBound(sorted: readonly number[], target: number): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if ((sorted[mid] as number) < target) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
