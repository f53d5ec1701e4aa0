// Reads what the briefing needs from the spreadsheet: every tab but the log and the outputs, and the settings.
import { findAddonTab, isDefaultNameOf } from "../../core/addon-tabs";
import { langOf } from "../../core/i18n";
import { dateReader } from "../../core/planning/dates";
import { defaultSettings, type Settings } from "../../core/settings";
import { parseSettingsTab } from "../../core/settings-tab";
import { isTimeZone } from "../../core/time";
import { ADDON_ROLES, type AddonRole, type TabSnapshot, type WorkbookSnapshot } from "../../core/workbook";
import { roleOf } from "../handovers/tab";

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;
type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

/** The add-on role of a tab from its metadata, when it is a known role. */
export function addonRoleOf(sheet: Sheet): AddonRole | undefined {
  const role = roleOf(sheet);
  return (ADDON_ROLES as readonly string[]).includes(role ?? "") ? (role as AddonRole) : undefined;
}

/** True for the tabs a briefing never reads: the handover log (read through its index) and the add-on's outputs. */
function skipped(
  name: string,
  role: AddonRole | undefined,
  handoverSheetId: number | null,
  id: number,
): boolean {
  if (id === handoverSheetId) return true;
  if (role === "handovers" || role === "report" || role === "briefing") return true;
  return role === undefined && (isDefaultNameOf("report", name) || isDefaultNameOf("briefing", name));
}

/**
 * A snapshot of every tab the planning check needs (plannings, settings, codes, staff, residents), one batched
 * read per tab; the handover log, the report and the briefing tabs are left out. Dates are Sheets-style (`zone`).
 */
export function readWorkbookSnapshot(
  spreadsheet: Spreadsheet,
  handoverSheetId: number | null,
): WorkbookSnapshot {
  const tabs: TabSnapshot[] = [];
  for (const sheet of spreadsheet.getSheets()) {
    const name = sheet.getName();
    const role = addonRoleOf(sheet);
    if (skipped(name, role, handoverSheetId, sheet.getSheetId())) continue;
    const values = sheet.getLastRow() === 0 ? [] : sheet.getDataRange().getValues();
    tabs.push(role === undefined ? { name, values } : { name, values, role });
  }
  return {
    tabs,
    locale: spreadsheet.getSpreadsheetLocale(),
    timeZone: spreadsheet.getSpreadsheetTimeZone(),
    dateBasis: "zone",
  };
}

/** The settings of the spreadsheet (defaults when there is no settings tab); reads only the settings tab. */
export function readSettings(spreadsheet: Spreadsheet): Settings {
  const timeZone = spreadsheet.getSpreadsheetTimeZone();
  const lang = langOf(spreadsheet.getSpreadsheetLocale());
  const tabs: TabSnapshot[] = spreadsheet.getSheets().map((sheet) => {
    const role = addonRoleOf(sheet);
    return role === undefined
      ? { name: sheet.getName(), values: [] }
      : { name: sheet.getName(), values: [], role };
  });
  const found = findAddonTab({ tabs, locale: "", timeZone, dateBasis: "zone" }, "settings");
  const sheet = found ? spreadsheet.getSheetByName(found.name) : null;
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
