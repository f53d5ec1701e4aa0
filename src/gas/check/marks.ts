// Puts and removes the check's marks on the tabs: per tab one read of backgrounds and notes, one write of each.
import type { CellMark } from "../../core/marks";
import type { TabRead } from "../snapshot";
import { extentOf, type MarkRecord, planTab, type TabPlan } from "./mark-plan";

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
}

/**
 * The range from A1 that holds the tab's data and every cell in `extent`: the data range already read (no call),
 * else a range clipped to the tab's size (3 calls; cells of deleted rows or columns are left out).
 */
function rangeFor(tab: TabRead, extent: [number, number]): Range {
  const rows = tab.values.length;
  const cols = tab.values.reduce((n, row) => Math.max(n, row.length), 0);
  if (tab.range && extent[0] <= rows && extent[1] <= cols) return tab.range;
  const maxRows = tab.sheet.getMaxRows();
  const maxCols = tab.sheet.getMaxColumns();
  return tab.sheet.getRange(
    1,
    1,
    Math.max(1, Math.min(Math.max(rows, extent[0]), maxRows)),
    Math.max(1, Math.min(Math.max(cols, extent[1]), maxCols)),
  );
}

/**
 * Plans the marks: for every tab that has new marks or records of old ones, reads its backgrounds and notes once
 * (2 calls, plus 3 when the cells lie outside the data range read) and plans the writes. Records of tabs that no
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
  const plan: MarksPlan = { work: [], records: [], restored: 0, kept: 0 };
  for (const tab of tabs) {
    const tabMarks = marksByTab.get(tab.name) ?? [];
    const tabRecords = recordsById.get(tab.id) ?? [];
    if (tabMarks.length === 0 && tabRecords.length === 0) continue;
    const range = rangeFor(tab, extentOf(tabRecords, tabMarks));
    const grids = { backgrounds: range.getBackgrounds(), notes: range.getNotes() };
    const tabPlan = planTab(tab.id, grids, tabRecords, tabMarks);
    plan.work.push({ tab, range, plan: tabPlan });
    plan.records.push(...tabPlan.records);
    plan.restored += tabPlan.restored;
    plan.kept += tabPlan.kept;
  }
  return plan;
}

/** Writes the planned backgrounds and notes: two batched calls per tab that changes, none per cell. */
export function writeMarks(plan: MarksPlan): void {
  for (const { range, plan: tabPlan } of plan.work) {
    if (!tabPlan.changed) continue;
    range.setBackgrounds(tabPlan.backgrounds);
    range.setNotes(tabPlan.notes);
  }
}
