// Reads the settings the briefing and its trigger need: only the settings tab (defaults when there is none).

import { langOf } from "../../core/i18n";
import { dateReader } from "../../core/planning/dates";
import { defaultSettings, type Settings } from "../../core/settings";
import { findAddonTab } from "../../core/tabs/addon-tabs";
import { parseSettingsTab } from "../../core/tabs/settings-tab";
import { isTimeZone } from "../../core/time";
import type { AddonRole, TabSnapshot } from "../../core/workbook";
import { MARKS_ROLE, rolesBySheetId } from "../roles";

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

/** The settings of the spreadsheet (defaults when there is no settings tab); reads only the settings tab. */
export function readSettings(spreadsheet: Spreadsheet): Settings {
  const timeZone = spreadsheet.getSpreadsheetTimeZone();
  const lang = langOf(spreadsheet.getSpreadsheetLocale());
  const roles = rolesBySheetId(spreadsheet);
  const sheets = spreadsheet.getSheets();
  const tabs: TabSnapshot[] = sheets.map((sheet) => {
    const role = roles.get(sheet.getSheetId());
    return role === undefined || role === MARKS_ROLE
      ? { name: sheet.getName(), values: [] }
      : { name: sheet.getName(), values: [], role: role as AddonRole };
  });
  const found = findAddonTab({ tabs, locale: "", timeZone, dateBasis: "zone" }, "settings");
  const sheet = found ? sheets[tabs.indexOf(found)] : undefined;
  if (!sheet || sheet.getLastRow() === 0) {
    const settings = defaultSettings();
    if (isTimeZone(timeZone)) settings.timeZone = timeZone;
    return settings;
  }
  const dates = dateReader("zone", timeZone);
  return parseSettingsTab(sheet.getDataRange().getValues(), sheet.getName(), lang, {
    timeZone,
    readDate: (d) => dates.wall(d),
  }).settings;
}
