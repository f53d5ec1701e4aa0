// Finds the Transmissions tab (developer metadata first, then its default name) or creates it on first use.

import {
  COLUMN_COUNT,
  COLUMNS,
  columnMapOf,
  headerRow,
  LATER_COLUMNS,
  missingColumns,
} from "../../core/handovers";
import type { Lang } from "../../core/i18n";
import { defaultTabName, isDefaultNameOf } from "../../core/tabs/addon-tabs";
import { freeTabName, insertRoleSheet, ROLE_KEY, roleOf, sheetWithRole } from "../roles";
import { COLUMN_KEY, TAGGED_COLUMNS } from "./log-table";
import { ensureProtection } from "./protect";

/** Document property remembering the sheet id of the Transmissions tab (a hint, always checked). */
export const SHEET_ID_KEY = "releve.handovers.sheetId";

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;
type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

/** True when a tab without metadata is the add-on's: its first row is the Transmissions header. */
function hasOurHeader(sheet: Sheet): boolean {
  const lastColumn = sheet.getLastColumn();
  if (sheet.getLastRow() < 1 || lastColumn < 1) return false;
  // Every column of the first version, in any order: a user's own log that merely shares some titles is not ours.
  const map = columnMapOf(sheet.getRange(1, 1, 1, lastColumn).getValues()[0] ?? []);
  return (
    missingColumns(
      map,
      COLUMNS.filter((key) => !LATER_COLUMNS.includes(key)),
    ).length === 0
  );
}

/**
 * The Transmissions tab, or undefined when there is none yet. Looked up by the remembered sheet id (checked
 * against its metadata), then by metadata on every tab, then by default name when its header is ours (with
 * `adopt`, under the document lock, it then gets the metadata; reading writes nothing). A user's own tab that
 * merely has the default name is never taken.
 */
export function findHandoverSheet(spreadsheet: Spreadsheet, adopt = false): Sheet | undefined {
  const props = PropertiesService.getDocumentProperties();
  const hint = Number(props.getProperty(SHEET_ID_KEY) ?? "NaN");
  if (Number.isInteger(hint)) {
    const sheet = spreadsheet.getSheetById(hint);
    if (sheet && roleOf(sheet) === "handovers") return sheet;
  }
  const found =
    sheetWithRole(spreadsheet, "handovers") ??
    spreadsheet
      .getSheets()
      .find((s) => isDefaultNameOf("handovers", s.getName()) && hasOurHeader(s) && (!adopt || tag(s)));
  if (found) props.setProperty(SHEET_ID_KEY, String(found.getSheetId()));
  return found;
}

function tag(sheet: Sheet): true {
  sheet.addDeveloperMetadata(ROLE_KEY, "handovers");
  return true;
}

/**
 * The Transmissions tab, created when missing: default name (or "Transmissions (Relève)" when a user's tab
 * already has it), header in bold, frozen, metadata `releve.role = handovers` (and `releve.column` on the
 * columns later writes update), warning-only protection. Call under the document lock.
 */
export function ensureHandoverSheet(spreadsheet: Spreadsheet, lang: Lang): Sheet {
  const existing = findHandoverSheet(spreadsheet, true);
  if (existing) {
    if (existing.getLastRow() === 0) writeHeader(existing, lang);
    return existing;
  }
  const sheets = spreadsheet.getSheets();
  const name = freeTabName(
    defaultTabName("handovers", lang),
    sheets.map((s) => s.getName()),
  );
  const sheet = insertRoleSheet(spreadsheet, name, "handovers", sheets.length);
  writeHeader(sheet, lang);
  ensureProtection(sheet, lang);
  PropertiesService.getDocumentProperties().setProperty(SHEET_ID_KEY, String(sheet.getSheetId()));
  return sheet;
}

function writeHeader(sheet: Sheet, lang: Lang): void {
  sheet
    .getRange(1, 1, 1, COLUMN_COUNT)
    .setValues([headerRow(lang)])
    .setFontWeight("bold");
  sheet.setFrozenRows(1);
  // The columns later writes go to also carry their name as metadata: found even if a title is changed.
  for (const key of TAGGED_COLUMNS) {
    sheet.getRange(1, COLUMNS.indexOf(key) + 1, sheet.getMaxRows(), 1).addDeveloperMetadata(COLUMN_KEY, key);
  }
}
