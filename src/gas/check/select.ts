// Selects a finding's cells in the sheet (the sidebar's "click a finding"): validated input, one range activated.
import * as z from "zod/mini";
import { parseCellRef } from "../../core/check/marks";
import { messages } from "../../core/i18n";
import { a1 } from "../../core/workbook";
import { sheetLang } from "../locale";
import type { SelectRequest, SelectResult } from "./api-types";

/** The request as the server accepts it (the sidebar is never trusted). */
export const selectRequestSchema = z.object({
  tab: z.nullable(z.string().check(z.maxLength(200))),
  cells: z.array(z.string().check(z.maxLength(300))).check(z.minLength(1), z.maxLength(200)),
});

/**
 * Activates the finding's tab and selects the smallest range holding its cells on that tab (the tab of the first
 * cell that names one, else the finding's tab). Throws a clear message when the tab is gone or no cell parses.
 */
export function selectFindingCells(input: unknown): SelectResult {
  const t = messages(sheetLang()).addon.select;
  const parsed = selectRequestSchema.safeParse(input);
  if (!parsed.success) throw new Error(t.badCells);
  const request: SelectRequest = parsed.data;
  const addresses = request.cells.map((ref) => parseCellRef(ref, request.tab)).filter((c) => c !== null);
  const first = addresses[0];
  if (!first) throw new Error(t.badCells);
  const onTab = addresses.filter((c) => c.tab === first.tab);
  const top = Math.min(...onTab.map((c) => c.row));
  const left = Math.min(...onTab.map((c) => c.col));
  const bottom = Math.max(...onTab.map((c) => c.row));
  const right = Math.max(...onTab.map((c) => c.col));
  const range = top === bottom && left === right ? a1(top, left) : `${a1(top, left)}:${a1(bottom, right)}`;
  const spreadsheet = SpreadsheetApp.getActiveSpreadsheet();
  const sheet = spreadsheet.getSheetByName(first.tab);
  if (!sheet) throw new Error(t.noTab(first.tab));
  sheet.activate();
  sheet.setActiveRange(sheet.getRange(range));
  return { tab: first.tab, range };
}
