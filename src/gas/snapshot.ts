// Reads the spreadsheet into a WorkbookSnapshot in a constant number of batched calls per tab.
import { isDefaultNameOf } from "../core/addon-tabs";
import { type Lang, langOf } from "../core/i18n";
import {
  ADDON_ROLES,
  type AddonRole,
  type CellValue,
  type TabSnapshot,
  type WorkbookSnapshot,
} from "../core/workbook";
import { ROLE_KEY } from "./handovers/tab";

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;
type Range = GoogleAppsScript.Spreadsheet.Range;
type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

/** The `releve.role` value of the hidden tab where the check records what its marks replaced. */
export const MARKS_ROLE = "marks";

/** A tab role: one of contract §5's, or the hidden marks store. */
export type TabRole = AddonRole | typeof MARKS_ROLE;

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

/** The `releve.role` of every tab that has one, by sheet id: one metadata search for the whole spreadsheet. */
export function rolesBySheetId(spreadsheet: Spreadsheet): Map<number, TabRole> {
  const roles = new Map<number, TabRole>();
  const known: readonly string[] = [...ADDON_ROLES, MARKS_ROLE];
  for (const meta of spreadsheet.createDeveloperMetadataFinder().withKey(ROLE_KEY).find()) {
    const value = meta.getValue();
    if (value === null || !known.includes(value)) continue;
    const sheet = meta.getLocation().getSheet();
    if (!sheet) continue;
    const id = sheet.getSheetId();
    if (!roles.has(id)) roles.set(id, value as TabRole);
  }
  return roles;
}

/** True when the check has no use for a tab's content (report, briefing, handover log, residents, marks store). */
function skipContent(name: string, role: TabRole | undefined): boolean {
  if (role === MARKS_ROLE) return false;
  if (role !== undefined) return (NOT_READ as readonly string[]).includes(role);
  return NOT_READ.some((r) => isDefaultNameOf(r, name));
}

/**
 * Reads every tab: per tab its name, id, data range and values (4 calls; none for the content of the tabs the
 * check never reads), plus once for the whole spreadsheet the tab list, the locale, the time zone and one
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
    snapshot: { tabs: snapshotTabs, locale: spreadsheetLocale, timeZone, dateBasis: "zone" },
    tabs,
    lang: langOf(spreadsheetLocale),
  };
}

/** The snapshot alone (for callers that only need what the core reads). */
export function readWorkbookSnapshot(spreadsheet: Spreadsheet): WorkbookSnapshot {
  return readWorkbook(spreadsheet).snapshot;
}
