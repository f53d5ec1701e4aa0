// Reads the settings the briefing and its trigger need: only the settings tab (defaults when there is none).

import { langOf } from "../../core/i18n";
import { dateReader } from "../../core/planning/dates";
import { defaultSettings, type Settings } from "../../core/settings";
import { findAddonTab } from "../../core/tabs/addon-tabs";
import { parseSettingsTab } from "../../core/tabs/settings-tab";
import { isTimeZone } from "../../core/time";
import type { AddonRole, TabSnapshot, WorkbookSnapshot } from "../../core/workbook";
import { MARKS_ROLE, rolesBySheetId } from "../roles";

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;
type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

/** The settings of the spreadsheet (defaults when there is no settings tab); reads only the settings tab. */
export function readSettings(spreadsheet: Spreadsheet): Settings {
  return readSettingsTab(spreadsheet).settings;
}

/** The settings tab as read: the typed settings, the sheet (undefined when there is none) and its values. */
export interface SettingsTabRead {
  settings: Settings;
  sheet: Sheet | undefined;
  values: unknown[][];
}

/** Finds and reads the settings tab in one read of its values (defaults when there is no settings tab). */
export function readSettingsTab(spreadsheet: Spreadsheet): SettingsTabRead {
  const timeZone = spreadsheet.getSpreadsheetTimeZone();
  const lang = langOf(spreadsheet.getSpreadsheetLocale());
  const sheet = findSettingsSheet(spreadsheet);
  if (!sheet || sheet.getLastRow() === 0) {
    const settings = defaultSettings();
    if (isTimeZone(timeZone)) settings.timeZone = timeZone;
    return { settings, sheet, values: [] };
  }
  const values = sheet.getDataRange().getValues();
  const dates = dateReader("zone", timeZone);
  const settings = parseSettingsTab(values, sheet.getName(), lang, {
    timeZone,
    readDate: (d) => dates.wall(d),
  }).settings;
  return { settings, sheet, values };
}

/** The settings tab (by its metadata, else its default name), or undefined. */
export function findSettingsSheet(spreadsheet: Spreadsheet): Sheet | undefined {
  return findAddonSheet(spreadsheet, "settings");
}

/** An add-on tab of a role (by its metadata, else its default name), or undefined. */
export function findAddonSheet(spreadsheet: Spreadsheet, role: AddonRole): Sheet | undefined {
  const { sheets, snapshot } = namesSnapshot(spreadsheet);
  const found = findAddonTab(snapshot, role);
  return found ? sheets[snapshot.tabs.indexOf(found)] : undefined;
}

/**
 * The spreadsheet's sheets and a snapshot of their names and roles only (no values): enough to find the add-on's
 * tabs. The snapshot's zone and locale are placeholders.
 */
export function namesSnapshot(spreadsheet: Spreadsheet): { sheets: Sheet[]; snapshot: WorkbookSnapshot } {
  const roles = rolesBySheetId(spreadsheet);
  const sheets = spreadsheet.getSheets();
  const tabs: TabSnapshot[] = sheets.map((sheet) => {
    const role = roles.get(sheet.getSheetId());
    return role === undefined || role === MARKS_ROLE
      ? { name: sheet.getName(), values: [] }
      : { name: sheet.getName(), values: [], role: role as AddonRole };
  });
  return { sheets, snapshot: { tabs, locale: "", timeZone: "UTC", dateBasis: "zone" } };
}
