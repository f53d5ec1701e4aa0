// Creates the add-on's tabs: a free name (never a user's tab), developer metadata `releve.role`.

import { ROLE_KEY } from "../handovers/tab";
import type { TabRole } from "../snapshot";

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;
type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

/** The first of `base`, `base (Relève)`, `base (Relève 2)`… that no tab uses (case-insensitive, as Sheets compares). */
export function freeTabName(base: string, taken: readonly string[]): string {
  const used = new Set(taken.map((n) => n.toLowerCase()));
  if (!used.has(base.toLowerCase())) return base;
  for (let n = 1; ; n++) {
    const name = n === 1 ? `${base} (Relève)` : `${base} (Relève ${n})`;
    if (!used.has(name.toLowerCase())) return name;
  }
}

/** Inserts a tab at the end of the workbook and records its role in developer metadata (2 calls). */
export function insertRoleSheet(spreadsheet: Spreadsheet, name: string, role: TabRole, index: number): Sheet {
  const sheet = spreadsheet.insertSheet(name, index);
  sheet.addDeveloperMetadata(ROLE_KEY, role);
  return sheet;
}
