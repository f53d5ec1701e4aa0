// One pass of marking over a workbook's tabs: each tab read and written in turn, the outcome added up.

import type { CellMark } from "../../core/check/marks";
import { pushTo } from "../../core/map-list";
import type { TabPlan } from "./mark-plan";
import type { MarkRecord } from "./mark-types";
import { type MarkTarget, markTab } from "./marks";

/** What a pass did over every tab: a tab plan's counts and records, summed (its changes are written). */
export type PassOutcome = Omit<TabPlan, "changes">;

/**
 * Marks (or, with no marks, clears) every target tab in turn: its marks by tab name, its old records by sheet id,
 * read right before they are written (see `markTab`). Records of a tab that is not a target (deleted since) are
 * dropped. With `allStyles` every tab's text styles are read (a clear looks for marks without records). Service
 * calls: a constant number per tab, whatever its rows.
 */
export function markTabs(
  targets: readonly (MarkTarget & { name: string })[],
  marks: readonly CellMark[],
  oldRecords: readonly MarkRecord[],
  allStyles = false,
): PassOutcome {
  const marksByTab = new Map<string, CellMark[]>();
  for (const mark of marks) pushTo(marksByTab, mark.tab, mark);
  const recordsById = new Map<number, MarkRecord[]>();
  for (const r of oldRecords) pushTo(recordsById, r.sheetId, r);
  const outcome: PassOutcome = {
    records: [],
    restored: 0,
    kept: 0,
    unresolved: [],
    strayNotes: 0,
    strayStyles: 0,
  };
  for (const target of targets) {
    const plan = markTab(
      target,
      marksByTab.get(target.name) ?? [],
      recordsById.get(target.id) ?? [],
      allStyles,
    );
    outcome.records.push(...plan.records);
    outcome.restored += plan.restored;
    outcome.kept += plan.kept;
    outcome.unresolved.push(...plan.unresolved);
    outcome.strayNotes += plan.strayNotes;
    outcome.strayStyles += plan.strayStyles;
  }
  return outcome;
}
