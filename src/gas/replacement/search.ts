// `findReplacementsForSelection` and `findReplacementsFor`: read the workbook once, run the core search, answer JSON.
import * as z from "zod/mini";
import { type CheckResult, checkWorkbook } from "../../core/check/check";
import { langOf, messages } from "../../core/i18n";
import {
  findReplacements,
  ReplacementError,
  type VacancyRequest,
  vacancyFromCell,
} from "../../core/replacement";
import { qualifiedA1 } from "../../core/workbook";
import { readWorkbook, type WorkbookRead } from "../snapshot";
import type { CellSnapshot, ReplacementList, ReplacementQuery } from "./api-types";
import { cellSnapshot, replacementList } from "./to-json";

/** `findReplacementsFor`'s request as the server accepts it (the sidebar is never trusted). */
export const replacementQuerySchema = z.object({
  date: z.string().check(z.regex(/^\d{4}-\d{2}-\d{2}$/)),
  shift: z.string().check(z.trim(), z.minLength(1), z.maxLength(60)),
  tab: z.optional(z.string().check(z.maxLength(200))),
  qualification: z.optional(z.string().check(z.maxLength(100))),
});

/** A message as a sentence: the core's errors start in lower case (they follow "releve: " in the CLI). */
function sentence(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/** Runs the core search; a `ReplacementError` becomes an Error with its (localized) message. */
function search(
  read: WorkbookRead,
  checked: CheckResult,
  request: VacancyRequest,
  absentCell: CellSnapshot | null,
): ReplacementList {
  try {
    const result = findReplacements({ ...checked, workbook: read.snapshot }, request);
    return replacementList(result, checked, read.snapshot, absentCell);
  } catch (error) {
    if (error instanceof ReplacementError) throw new Error(sentence(error.message));
    throw error;
  }
}

/**
 * "Qui peut remplacer ?" on the selected cell: the shift in the active cell of a planning tab is the vacancy, its
 * person the absent one. Reads every tab once (no write). Throws a clear message when the selection is not one
 * cell holding a work shift in a planning tab.
 */
export function replacementsForSelection(): ReplacementList {
  const spreadsheet = SpreadsheetApp.getActiveSpreadsheet();
  const locale = spreadsheet.getSpreadsheetLocale();
  const t = messages(langOf(locale)).replacement.addon;
  const range = spreadsheet.getActiveRange();
  if (!range) throw new Error(t.noSelection);
  if (range.getNumRows() !== 1 || range.getNumColumns() !== 1) throw new Error(t.notOneCell);
  const tab = range.getSheet().getName();
  const row = range.getRow() - 1;
  const col = range.getColumn() - 1;
  const read = readWorkbook(spreadsheet, locale);
  const checked = checkWorkbook(read.snapshot);
  const reading = checked.timeline.tabs.find((r) => r.name === tab);
  if (!reading || reading.layout === null) throw new Error(t.notPlanningTab(tab));
  const request = vacancyFromCell(checked.timeline, { tab, row, col });
  if (!request) throw new Error(t.notShiftCell(qualifiedA1(tab, row, col)));
  return search(read, checked, request, cellSnapshot(read.snapshot, tab, row, col));
}

/**
 * "Qui peut remplacer ?" for a date and a shift code (or times), optionally in a tab and with a required
 * qualification. Reads every tab once (no write). Throws a clear message for a bad request or a shift the planning
 * cannot place.
 */
export function replacementsFor(input: unknown): ReplacementList {
  const spreadsheet = SpreadsheetApp.getActiveSpreadsheet();
  const locale = spreadsheet.getSpreadsheetLocale();
  const parsed = replacementQuerySchema.safeParse(input);
  if (!parsed.success) throw new Error(messages(langOf(locale)).replacement.addon.badRequest);
  const query: ReplacementQuery = parsed.data;
  const request: VacancyRequest = { date: query.date, shift: query.shift };
  if (query.tab?.trim()) request.tab = query.tab.trim();
  if (query.qualification?.trim()) request.qualification = query.qualification.trim();
  const read = readWorkbook(spreadsheet, locale);
  return search(read, checkWorkbook(read.snapshot), request, null);
}
