// The Briefing tab: found by metadata, created when missing (never a user's tab), written in one batched pass.

import {
  BODY_FONT_SIZE,
  type SheetLayout,
  STATUS_ERROR_COLOR,
  sheetFormatting,
  TITLE_FONT_SIZE,
} from "../../core/briefing";
import { asCellText } from "../../core/handovers";
import type { Lang } from "../../core/i18n";
import { defaultTabName } from "../../core/tabs/addon-tabs";
import { freeTabName, insertRoleSheet, roleOf, sheetWithRole } from "../roles";
import { BRIEFING_KEYS } from "./state";

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;
type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

/** The 1-based row of the e-mail status line (title, window line, status). */
export const STATUS_ROW = 3;

/** The Briefing tab, or undefined when the add-on has not created one (a tab is ours only by its metadata). */
export function findBriefingSheet(spreadsheet: Spreadsheet): Sheet | undefined {
  const props = PropertiesService.getDocumentProperties();
  const hint = Number(props.getProperty(BRIEFING_KEYS.sheetId) ?? "NaN");
  if (Number.isInteger(hint)) {
    const sheet = spreadsheet.getSheetById(hint);
    if (sheet && roleOf(sheet) === "briefing") return sheet;
  }
  const found = sheetWithRole(spreadsheet, "briefing");
  if (found) props.setProperty(BRIEFING_KEYS.sheetId, String(found.getSheetId()));
  return found;
}

/**
 * The Briefing tab, created when missing with metadata `releve.role = briefing`. When a user's own tab already
 * has the default name, the new tab is `Briefing (Relève)` and `takenName` says which name was taken.
 */
export function ensureBriefingSheet(
  spreadsheet: Spreadsheet,
  lang: Lang,
): { sheet: Sheet; takenName?: string } {
  const existing = findBriefingSheet(spreadsheet);
  if (existing) return { sheet: existing };
  const base = defaultTabName("briefing", lang);
  const sheets = spreadsheet.getSheets();
  const name = freeTabName(
    base,
    sheets.map((s) => s.getName()),
  );
  const sheet = insertRoleSheet(spreadsheet, name, "briefing", sheets.length);
  PropertiesService.getDocumentProperties().setProperty(BRIEFING_KEYS.sheetId, String(sheet.getSheetId()));
  return name === base ? { sheet } : { sheet, takenName: base };
}

/**
 * Overwrites the tab with the layout: clears it, writes every value in one call (text kept as text, never a
 * formula), then one call per formatting array, the frozen title and the A4-portrait column widths.
 */
export function writeBriefingSheet(sheet: Sheet, layout: SheetLayout, statusIsError: boolean): void {
  const rows = layout.values.length;
  const cols = layout.columnWidths.length;
  sheet.clear();
  const maxRows = sheet.getMaxRows();
  if (maxRows < rows) sheet.insertRowsAfter(maxRows, rows - maxRows);
  const maxCols = sheet.getMaxColumns();
  if (maxCols < cols) sheet.insertColumnsAfter(maxCols, cols - maxCols);
  const f = sheetFormatting(layout, statusIsError);
  sheet
    .getRange(1, 1, rows, cols)
    .setValues(layout.values.map((row) => row.map((text) => asCellText(text))))
    .setBackgrounds(f.backgrounds)
    .setFontWeights(f.fontWeights)
    .setFontColors(f.fontColors)
    .setWraps(f.wraps)
    .setFontSize(BODY_FONT_SIZE)
    .setVerticalAlignment("top");
  sheet.getRange(1, 1).setFontSize(TITLE_FONT_SIZE);
  // The status line may be long (an error to fix): it wraps across the four columns.
  sheet.getRange(layout.statusRow + 1, 1, 1, cols).merge();
  sheet.setFrozenRows(layout.frozenRows);
  layout.columnWidths.forEach((width, i) => {
    sheet.setColumnWidth(i + 1, width);
  });
}

/** Writes the e-mail status line of the tab (red and bold for an error): one value, two formats. */
export function writeStatusLine(sheet: Sheet, text: string, isError: boolean): void {
  sheet
    .getRange(STATUS_ROW, 1)
    .setValue(asCellText(text))
    .setFontColor(isError ? STATUS_ERROR_COLOR : "#555555")
    .setFontWeight(isError ? "bold" : "normal");
}
