// Reads the spreadsheet into a WorkbookSnapshot in a constant number of batched calls per tab.

import { type Lang, langOf } from "../core/i18n";
import { isDefaultNameOf } from "../core/tabs/addon-tabs";
import type { AddonRole, CellValue, TabSnapshot, WorkbookSnapshot } from "../core/workbook";
import { MARKS_ROLE, rolesBySheetId, type TabRole } from "./roles";

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;
type Range = GoogleAppsScript.Spreadsheet.Range;
type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

/** Roles whose content the check never needs: their tabs are listed in the snapshot with no values. */
const NOT_READ: readonly AddonRole[] = ["report", "briefing", "handovers", "residents"];

/** One tab as read: its handle, name, id, role, and (when read) its data range and values. */
export interface TabRead {
  sheet: Sheet;
  name: string;
  id: number;
  /** The `releve.role` metadata of the tab, when it has one. */
  role?: TabRole;
  /** The data range the values came from (reused to read and write formats), or null when not read. */
  range: Range | null;
  values: CellValue[][];
}

/** The whole spreadsheet as read for a check. */
export interface WorkbookRead {
  spreadsheet: Spreadsheet;
  /** What the core reads (every tab but the marks store). */
  snapshot: WorkbookSnapshot;
  /** Every tab, in workbook order (the marks store included). */
  tabs: TabRead[];
  lang: Lang;
}

/** True when the check has no use for a tab's content (report, briefing, handover log, residents, marks store). */
function skipContent(name: string, role: TabRole | undefined): boolean {
  if (role === MARKS_ROLE) return false;
  if (role !== undefined) return (NOT_READ as readonly string[]).includes(role);
  return NOT_READ.some((r) => isDefaultNameOf(r, name));
}

/**
 * Reads every tab: per tab its name, id, data range and values (4 calls; none for the content of the tabs the
 * check never reads), plus once for the whole spreadsheet the tab list, its name, the locale, the time zone and one
 * developer-metadata search. Dates are Sheets-style (`dateBasis: "zone"`). The hidden marks store is read but
 * left out of the snapshot.
 */
export function readWorkbook(spreadsheet: Spreadsheet, locale?: string): WorkbookRead {
  const sheets = spreadsheet.getSheets();
  const spreadsheetLocale = locale ?? spreadsheet.getSpreadsheetLocale();
  const timeZone = spreadsheet.getSpreadsheetTimeZone();
  const roles = rolesBySheetId(spreadsheet);
  const tabs: TabRead[] = [];
  for (const sheet of sheets) {
    const name = sheet.getName();
    const id = sheet.getSheetId();
    const role = roles.get(id);
    let range: Range | null = null;
    let values: CellValue[][] = [];
    if (!skipContent(name, role)) {
      range = sheet.getDataRange();
      values = range.getValues() as CellValue[][];
    }
    tabs.push(
      role === undefined ? { sheet, name, id, range, values } : { sheet, name, id, role, range, values },
    );
  }
  const snapshotTabs: TabSnapshot[] = tabs
    .filter((t) => t.role !== MARKS_ROLE)
    .map((t) =>
      t.role === undefined
        ? { name: t.name, values: t.values }
        : { name: t.name, values: t.values, role: t.role as AddonRole },
    );
  return {
    spreadsheet,
    // The spreadsheet's name (`Planning vendeurs 2025`) dates weeks and months given without a year.
    snapshot: {
      tabs: snapshotTabs,
      locale: spreadsheetLocale,
      timeZone,
      dateBasis: "zone",
      name: spreadsheet.getName(),
    },
    tabs,
    lang: langOf(spreadsheetLocale),
  };
}

/** The snapshot alone (for callers that only need what the core reads). */
export function readWorkbookSnapshot(spreadsheet: Spreadsheet): WorkbookSnapshot {
  return readWorkbook(spreadsheet).snapshot;
}
