// Puts and removes the check's marks on the tabs: per tab one read of backgrounds and notes, one write of each.
import type { CellMark } from "../../core/check/marks";
import type { TabRead } from "../snapshot";
import { extentOf, type FormatGrids, type MarkRecord, planTab, type TabPlan } from "./mark-plan";

type Range = GoogleAppsScript.Spreadsheet.Range;

/** One tab's planned writes. */
export interface TabWork {
  tab: TabRead;
  range: Range;
  plan: TabPlan;
}

/** The planned writes of every tab concerned, the new records and what was undone. */
export interface MarksPlan {
  work: TabWork[];
  records: MarkRecord[];
  /** Cells whose previous mark was removed. */
  restored: number;
  /** Cells whose previous mark the user changed (their change kept). */
  kept: number;
  /** Old records whose mark was found nowhere (see `TabPlan.unresolved`). */
  unresolved: MarkRecord[];
}

/** The rows and columns of a grid as read. */
const sizeOf = (grid: readonly (readonly unknown[])[]): [number, number] => [
  grid.length,
  grid.reduce((n, row) => Math.max(n, row.length), 0),
];

/**
 * The range from A1 that holds the tab's data and every cell in `extent`, clipped to the tab's size (3 calls;
 * cells of deleted rows or columns are left out). `known` is the size of the data already seen.
 */
function extendedRange(tab: TabRead, extent: [number, number], known: [number, number]): Range {
  const maxRows = tab.sheet.getMaxRows();
  const maxCols = tab.sheet.getMaxColumns();
  return tab.sheet.getRange(
    1,
    1,
    Math.max(1, Math.min(Math.max(known[0], extent[0]), maxRows)),
    Math.max(1, Math.min(Math.max(known[1], extent[1]), maxCols)),
  );
}

/** Reads a range's backgrounds and notes (2 calls). */
const gridsOf = (range: Range): FormatGrids => ({
  backgrounds: range.getBackgrounds(),
  notes: range.getNotes(),
});

/**
 * The range from A1 to read and write, and its formats: the data range already read (2 calls); when the values
 * were not read (a clear), the tab's data range (3 calls); in both cases, when some cell of `extent` lies outside,
 * a range reaching it (3 calls more, and the 2 reads).
 */
function readTab(tab: TabRead, extent: [number, number]): { range: Range; grids: FormatGrids } {
  const fits = (size: [number, number]): boolean => extent[0] <= size[0] && extent[1] <= size[1];
  let known = sizeOf(tab.values);
  if (tab.range && fits(known)) return { range: tab.range, grids: gridsOf(tab.range) };
  if (!tab.range && tab.values.length === 0) {
    const range = tab.sheet.getDataRange();
    const grids = gridsOf(range);
    known = sizeOf(grids.backgrounds);
    if (fits(known)) return { range, grids };
  }
  const range = extendedRange(tab, extent, known);
  return { range, grids: gridsOf(range) };
}

/**
 * Plans the marks: for every tab that has new marks or records of old ones, reads its backgrounds and notes once
 * (2 or 3 calls, plus 5 when the cells lie outside the data range) and plans the writes. Records of tabs that no
 * longer exist are dropped. Writes nothing.
 */
export function planMarks(
  tabs: readonly TabRead[],
  marks: readonly CellMark[],
  oldRecords: readonly MarkRecord[],
): MarksPlan {
  const marksByTab = new Map<string, CellMark[]>();
  for (const mark of marks) marksByTab.set(mark.tab, [...(marksByTab.get(mark.tab) ?? []), mark]);
  const recordsById = new Map<number, MarkRecord[]>();
  for (const r of oldRecords) recordsById.set(r.sheetId, [...(recordsById.get(r.sheetId) ?? []), r]);
  const plan: MarksPlan = { work: [], records: [], restored: 0, kept: 0, unresolved: [] };
  for (const tab of tabs) {
    const tabMarks = marksByTab.get(tab.name) ?? [];
    const tabRecords = recordsById.get(tab.id) ?? [];
    if (tabMarks.length === 0 && tabRecords.length === 0) continue;
    const { range, grids } = readTab(tab, extentOf(tabRecords, tabMarks));
    const tabPlan = planTab(tab.id, grids, tabRecords, tabMarks);
    plan.work.push({ tab, range, plan: tabPlan });
    plan.records.push(...tabPlan.records);
    plan.restored += tabPlan.restored;
    plan.kept += tabPlan.kept;
    plan.unresolved.push(...tabPlan.unresolved);
  }
  return plan;
}

/**
 * Writes the planned backgrounds and notes: two batched calls per tab that changes, none per cell. With `tight`,
 * only over the rectangle of the cells that change (1 call more), so nothing outside it is rewritten.
 */
export function writeMarks(plan: MarksPlan, tight = false): void {
  for (const { range, plan: tabPlan } of plan.work) {
    const b = tabPlan.bounds;
    if (!tabPlan.changed || !b) continue;
    if (!tight) {
      range.setBackgrounds(tabPlan.backgrounds);
      range.setNotes(tabPlan.notes);
      continue;
    }
    const target = range.offset(b.row, b.col, b.rows, b.cols);
    const cut = <T>(grid: T[][]): T[][] =>
      grid.slice(b.row, b.row + b.rows).map((row) => row.slice(b.col, b.col + b.cols));
    target.setBackgrounds(cut(tabPlan.backgrounds));
    target.setNotes(cut(tabPlan.notes));
  }
}
