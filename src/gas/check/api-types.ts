// The planning check's server functions as the sidebar sees them (plain JSON types, no Apps Script types).
import type { SidebarSummary } from "../../core/check/check";

/** What `checkPlanning()` returns: contract §1's summary, plus where the report is and how many cells were marked. */
export interface PlanningCheckSummary extends SidebarSummary {
  /** The tab the report was written to. */
  reportTab: string;
  /** Set when a user's tab had the report's default name (it was left untouched): says so. */
  notice: string | null;
  /** Cells marked on the tabs. */
  marked: number;
}

/** What `clearPlanningFlags()` returns. */
export interface ClearSummary {
  /** Cells whose mark was removed. */
  restored: number;
  /** Cells the user changed since the check (left as the user made them), including marks found nowhere. */
  kept: number;
  /** Notes of Relève's found without their record (the hidden marks store was deleted or cut): our lines removed. */
  notesWithoutRecord: number;
  /** Of those cells, the ones whose mark style (bold, underlined, coloured text) could not be put back. */
  stylesNotRestored: number;
  /** The sentence shown to the user. */
  message: string;
}

/** A finding's cells to select: the finding's tab and its cell references (`F12` or `'Tab'!F12`). */
export interface SelectRequest {
  tab: string | null;
  cells: string[];
}

/** What `selectCells()` selected. */
export interface SelectResult {
  tab: string;
  /** A1 notation of the selected range in `tab`. */
  range: string;
}

/** What a correction (`setReadingSetting`, `addLegendCode`) returns: what was written, and the check run again. */
export interface CorrectionResult {
  message: string;
  summary: PlanningCheckSummary;
}

/** A code to add to the legend: its type in French or English; times (`07:00`) for a worked code. */
export interface LegendCodeRequest {
  code: string;
  type: string;
  start?: string;
  end?: string;
}

/** The server functions the Planning panel calls through google.script.run. */
export interface PlanningServerApi {
  checkPlanning(): PlanningCheckSummary;
  setReadingSetting(tab: string, key: string, value: string): CorrectionResult;
  addLegendCode(request: LegendCodeRequest): CorrectionResult;
  clearPlanningFlags(): ClearSummary;
  selectCells(request: SelectRequest): SelectResult;
}
