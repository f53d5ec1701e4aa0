// The add-on's tabs by role: developer metadata `releve.role` read in one search, free names, creation.
import { ADDON_ROLES, type AddonRole } from "../core/workbook";

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;
type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

/** Developer metadata key naming the role of an add-on tab (contract §5). */
export const ROLE_KEY = "releve.role";

/** The `releve.role` value of the hidden tab where the check records what its marks replaced. */
export const MARKS_ROLE = "marks";

/** A tab role: one of contract §5's, or the hidden marks store. */
export type TabRole = AddonRole | typeof MARKS_ROLE;

const KNOWN: readonly string[] = [...ADDON_ROLES, MARKS_ROLE];

/** The `releve.role` metadata value of one tab, if any (one call: use it to confirm a remembered tab). */
export function roleOf(sheet: Sheet): string | undefined {
  for (const meta of sheet.getDeveloperMetadata()) {
    if (meta.getKey() === ROLE_KEY) return meta.getValue() ?? undefined;
  }
  return undefined;
}

/** The `releve.role` of every tab that has one, by sheet id: one metadata search for the whole spreadsheet. */
export function rolesBySheetId(spreadsheet: Spreadsheet): Map<number, TabRole> {
  const roles = new Map<number, TabRole>();
  for (const meta of spreadsheet.createDeveloperMetadataFinder().withKey(ROLE_KEY).find()) {
    const value = meta.getValue();
    if (value === null || !KNOWN.includes(value)) continue;
    const sheet = meta.getLocation().getSheet();
    if (!sheet) continue;
    const id = sheet.getSheetId();
    if (!roles.has(id)) roles.set(id, value as TabRole);
  }
  return roles;
}

/** The first tab whose metadata gives it `role`, found with one metadata search (not one call per tab). */
export function sheetWithRole(spreadsheet: Spreadsheet, role: TabRole): Sheet | undefined {
  for (const meta of spreadsheet.createDeveloperMetadataFinder().withKey(ROLE_KEY).withValue(role).find()) {
    const sheet = meta.getLocation().getSheet();
    if (sheet) return sheet;
  }
  return undefined;
}

/** Free tab names are a pure rule shared with the command line: see `freeTabName` in `core/addon-tabs`. */
export { freeTabName } from "../core/tabs/addon-tabs";

/** Inserts a tab at `index` and records its role in developer metadata (2 calls). */
export function insertRoleSheet(spreadsheet: Spreadsheet, name: string, role: TabRole, index: number): Sheet {
  const sheet = spreadsheet.insertSheet(name, index);
  sheet.addDeveloperMetadata(ROLE_KEY, role);
  return sheet;
}
