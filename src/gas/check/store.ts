// The hidden tab where the check records what each mark replaced, so a clear restores exactly that.
import { type Lang, messages } from "../../core/i18n";
import { freeTabName, insertRoleSheet, MARKS_ROLE } from "../roles";
import type { TabRead } from "../snapshot";
import type { MarkRecord } from "./mark-types";
import { recordsToRows, rowsToRecords } from "./store-codec";

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;
type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

/** The marks store as found: its sheet (null when there is none), the rows it holds and its records. */
export interface MarksStore {
  sheet: Sheet | null;
  /** Rows holding something now (header included), to blank the ones a shorter list leaves. */
  rows: number;
  records: MarkRecord[];
  /** False when the store exists but some of it could not be read (cut or typed into). */
  ok: boolean;
}

const NONE: MarksStore = { sheet: null, rows: 0, records: [], ok: true };

/** The store among tabs already read (no call). */
export function storeFromTabs(tabs: readonly TabRead[]): MarksStore {
  const tab = tabs.find((t) => t.role === MARKS_ROLE);
  if (!tab) return NONE;
  return { sheet: tab.sheet, rows: tab.values.length, ...rowsToRecords(tab.values) };
}

/** Reads the store of a sheet found by its metadata (2 calls). */
export function readStore(sheet: Sheet | null): MarksStore {
  if (!sheet) return NONE;
  const values = sheet.getDataRange().getValues();
  return { sheet, rows: values.length, ...rowsToRecords(values) };
}

/**
 * Replaces the store's records in one batched write, as plain text (4 calls; 3 more the first time: the hidden
 * tab is created with metadata `releve.role = marks`; 1 more when it needs rows). Rows the new list does not reach
 * are blanked in the same write. No cell exceeds Sheets' limit (see `recordsToRows`).
 */
export function writeStore(
  spreadsheet: Spreadsheet,
  store: MarksStore,
  records: readonly MarkRecord[],
  lang: Lang,
  tabNames: readonly string[],
): void {
  if (!store.sheet && records.length === 0) return;
  let sheet = store.sheet;
  if (!sheet) {
    const name = freeTabName(messages(lang).addon.check.marksStoreName, tabNames);
    sheet = insertRoleSheet(spreadsheet, name, MARKS_ROLE, tabNames.length);
    sheet.hideSheet();
  }
  const rows = recordsToRows(records);
  while (rows.length < store.rows) rows.push([""]);
  ensureRows(sheet, rows.length);
  const range = sheet.getRange(1, 1, rows.length, 1);
  range.setNumberFormat("@");
  range.setValues(rows);
}

/** Makes sure a tab has at least `rows` rows (1 call; 1 more when it must grow). */
export function ensureRows(sheet: Sheet, rows: number): void {
  const max = sheet.getMaxRows();
  if (max < rows) sheet.insertRowsAfter(max, rows - max);
}
