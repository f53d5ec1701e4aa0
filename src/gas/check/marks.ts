// Puts and removes the check's marks on one tab: read its formats, plan, write only the cells that change.

import { type CellMark, isMarkNote } from "../../core/check/marks";
import { pushTo } from "../../core/map-list";
import { extentOf, planTab, type TabPlan } from "./mark-plan";
import { type CellChange, DEFAULTS, type FormatGrids, type MarkProp, type MarkRecord } from "./mark-types";

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;
type Range = GoogleAppsScript.Spreadsheet.Range;
type RangeList = GoogleAppsScript.Spreadsheet.RangeList;

/** A tab to mark or clear: its sheet and id, and — when the check read its values — its data range and values. */
export interface MarkTarget {
  sheet: Sheet;
  id: number;
  range: Range | null;
  values: readonly (readonly unknown[])[];
}

/** The rows and columns of a grid as read. */
const sizeOf = (grid: readonly (readonly unknown[])[]): [number, number] => [
  grid.length,
  grid.reduce((n, row) => Math.max(n, row.length), 0),
];

/**
 * The range from A1 to read and write: the data range already read (no call), else the tab's data range (1 call);
 * when some cell of `extent` lies outside, a range reaching it, clipped to the tab's size (3 calls more).
 */
function areaOf(target: MarkTarget, extent: [number, number]): Range {
  const fits = (size: [number, number]): boolean => extent[0] <= size[0] && extent[1] <= size[1];
  let known = sizeOf(target.values);
  if (target.range && fits(known)) return target.range;
  const data = target.range ?? target.sheet.getDataRange();
  if (!target.range) known = [data.getNumRows(), data.getNumColumns()];
  if (fits(known)) return data;
  const maxRows = target.sheet.getMaxRows();
  const maxCols = target.sheet.getMaxColumns();
  return target.sheet.getRange(
    1,
    1,
    Math.max(1, Math.min(Math.max(known[0], extent[0]), maxRows)),
    Math.max(1, Math.min(Math.max(known[1], extent[1]), maxCols)),
  );
}

/** Reads the style grids a plan needs (3 calls; 4 when a record of an older version set a fill). */
function readStyles(range: Range, grids: FormatGrids, fills: boolean): void {
  grids.fontColor = range.getFontColors();
  grids.fontWeight = range.getFontWeights() as string[][];
  grids.fontLine = range.getFontLines() as string[][];
  if (fills) grids.background = range.getBackgrounds();
}

/** `B2`, `B2:D2`: 0-based cells as A1 notation, adjacent cells of a row joined in one run. */
function a1Runs(cells: readonly { row: number; col: number }[]): string[] {
  const byRow = new Map<number, number[]>();
  for (const c of cells) pushTo(byRow, c.row, c.col);
  const out: string[] = [];
  const letters = (col: number): string => {
    let s = "";
    for (let n = col + 1; n > 0; n = Math.floor((n - 1) / 26))
      s = String.fromCharCode(65 + ((n - 1) % 26)) + s;
    return s;
  };
  for (const [row, cols] of byRow) {
    const sorted = [...new Set(cols)].sort((a, b) => a - b);
    let start = sorted[0] as number;
    for (let i = 1; i <= sorted.length; i++) {
      const col = sorted[i];
      const prev = sorted[i - 1] as number;
      if (col === prev + 1) continue;
      out.push(
        start === prev
          ? `${letters(start)}${row + 1}`
          : `${letters(start)}${row + 1}:${letters(prev)}${row + 1}`,
      );
      if (col !== undefined) start = col;
    }
  }
  return out;
}

const SETTERS: Record<Exclude<MarkProp, "note">, (list: RangeList, value: string | null) => void> = {
  fontColor: (list, v) => list.setFontColor(v),
  fontWeight: (list, v) => list.setFontWeight(v as GoogleAppsScript.Spreadsheet.FontWeight | null),
  fontLine: (list, v) => list.setFontLine(v as GoogleAppsScript.Spreadsheet.FontLine | null),
  background: (list, v) => list.setBackground(v),
};

/**
 * Writes a plan's changes: each style value to its cells through one RangeList (2 calls per distinct value — the
 * mark's colours, bold, underline, and the values they replaced — however many cells), so no other cell is
 * touched; the notes in one `setNotes` over the smallest rectangle holding the notes that change (2 calls), the
 * other notes of that rectangle written back as just read. A value equal to Sheets' default is written as a reset.
 */
function writeChanges(
  sheet: Sheet,
  area: Range,
  notes: readonly string[][],
  changes: readonly CellChange[],
): void {
  const styles = new Map<string, { prop: Exclude<MarkProp, "note">; value: string; cells: CellChange[] }>();
  const noteChanges: CellChange[] = [];
  for (const change of changes) {
    if (change.prop === "note") {
      noteChanges.push(change);
      continue;
    }
    const prop = change.prop;
    const k = `${prop}\u0000${change.value.toLowerCase()}`;
    const entry = styles.get(k) ?? { prop, value: change.value, cells: [] };
    entry.cells.push(change);
    styles.set(k, entry);
  }
  for (const { prop, value, cells } of styles.values()) {
    const reset = value.toLowerCase() === DEFAULTS[prop];
    SETTERS[prop](sheet.getRangeList(a1Runs(cells)), reset ? null : value);
  }
  if (noteChanges.length === 0) return;
  const top = Math.min(...noteChanges.map((c) => c.row));
  const left = Math.min(...noteChanges.map((c) => c.col));
  const bottom = Math.max(...noteChanges.map((c) => c.row));
  const right = Math.max(...noteChanges.map((c) => c.col));
  const block = notes.slice(top, bottom + 1).map((row) => row.slice(left, right + 1));
  for (const c of noteChanges) (block[c.row - top] as string[])[c.col - left] = c.value;
  area.offset(top, left, bottom - top + 1, right - left + 1).setNotes(block);
}

/**
 * Marks or clears one tab, reading its formats right before writing them: the notes (1 call, plus the data range
 * when not read yet), then — when the tab has marks, records or a note of ours, or `allStyles` — the text styles
 * (3 calls), plans
 * (`planTab`) and writes only the cells that change (see `writeChanges`). A colleague's note or colour anywhere
 * else survives; one changed on a marked cell before this read is taken as the cell's own.
 */
export function markTab(
  target: MarkTarget,
  marks: readonly CellMark[],
  records: readonly MarkRecord[],
  allStyles = false,
): TabPlan {
  const area = areaOf(target, extentOf(records, marks));
  const grids: FormatGrids = { note: area.getNotes() };
  const hasStray = grids.note.some((row) => row.some(isMarkNote));
  if (allStyles || marks.length > 0 || records.length > 0 || hasStray) {
    readStyles(
      area,
      grids,
      records.some((r) => r.props.background !== undefined),
    );
  }
  const plan = planTab(target.id, grids, records, marks);
  if (plan.changes.length > 0) writeChanges(target.sheet, area, grids.note, plan.changes);
  return plan;
}
