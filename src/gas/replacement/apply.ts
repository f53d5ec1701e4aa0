// `applyReplacement` and `undoReplacement`: the only writes to a planning tab, under the document lock, checked and undoable.
import * as z from "zod/mini";
import { type Lang, langOf, messages } from "../../core/i18n";
import type { CellValue } from "../../core/workbook";
import { withCheckLock } from "../check/lock";
import type { ApplyRequest, ApplyResult, UndoResult } from "./api-types";
import { isFormulaLike, isParsedBySheets, restoreInput, storeCell, valueText } from "./cell-value";
import { openUndoStore, type UndoCell } from "./undo-store";

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;
type Range = GoogleAppsScript.Spreadsheet.Range;

const A1 = /^[A-Z]{1,3}[1-9]\d{0,6}$/;
const cellSchema = {
  tab: z.string().check(z.minLength(1), z.maxLength(200)),
  a1: z.string().check(z.regex(A1)),
  expectedPrevious: z.string().check(z.maxLength(50_000)),
};

/** `applyReplacement`'s request as the server accepts it (the sidebar is never trusted). */
export const applyRequestSchema = z.object({
  ...cellSchema,
  text: z.string().check(z.minLength(1), z.maxLength(100)),
  markAbsent: z.optional(
    z.object({ ...cellSchema, code: z.string().check(z.minLength(1), z.maxLength(20)) }),
  ),
});

/** `undoReplacement`'s token. */
export const undoTokenSchema = z.string().check(z.minLength(1), z.maxLength(100));

function texts(lang: Lang) {
  return messages(lang).replacement.addon;
}

/** `'Tab'!A1`, as Sheets quotes it. */
function where(tab: string, a1: string): string {
  return `'${tab.replace(/'/g, "''")}'!${a1}`;
}

/** Refuses text that would not stay text in the cell (a formula, a number, a date). */
function checkText(text: string, lang: Lang): void {
  if (isFormulaLike(text) || /[\r\n\t]/.test(text)) throw new Error(texts(lang).formulaText(text));
  if (isParsedBySheets(text)) throw new Error(texts(lang).notCode(text));
}

/** Tabs already looked up by name in one operation (both cells are usually in the same tab). */
type SheetCache = Map<string, GoogleAppsScript.Spreadsheet.Sheet>;

/** The range of one cell of a tab that still exists (the tab looked up once per operation). */
function cellRange(spreadsheet: Spreadsheet, sheets: SheetCache, tab: string, a1: string, lang: Lang): Range {
  const sheet = sheets.get(tab) ?? spreadsheet.getSheetByName(tab);
  if (!sheet) throw new Error(texts(lang).noTab(tab));
  sheets.set(tab, sheet);
  try {
    return sheet.getRange(a1);
  } catch {
    throw new Error(texts(lang).badWrite);
  }
}

/** What the user sees for a cell value ("vide" for an empty cell). */
function shown(text: string, lang: Lang): string {
  return text === "" ? texts(lang).empty : text;
}

/** Re-reads a cell (2 calls) and refuses when it holds a formula or no longer what the list read. */
function checkUnchanged(range: Range, expected: string, label: string, lang: Lang): CellValue {
  if (range.getFormula() !== "") throw new Error(texts(lang).hasFormula(label));
  const value = range.getValue() as CellValue;
  const now = valueText(value);
  if (now !== expected) throw new Error(texts(lang).changed(label, shown(now, lang), shown(expected, lang)));
  return value;
}

/**
 * Writes the chosen person's code in their cell (one `setValue`), and the absence code in the absent person's cell
 * when `markAbsent` is given, under the document lock. Each cell is re-read first: a formula, or a value other
 * than the one the list read (someone edited meanwhile), refuses the whole write. Text that would not stay text
 * is refused. Records the previous values in the user's properties and returns the undo token.
 */
export function applyReplacementWrite(input: unknown): ApplyResult {
  const spreadsheet = SpreadsheetApp.getActiveSpreadsheet();
  const lang = langOf(spreadsheet.getSpreadsheetLocale());
  const t = texts(lang);
  const parsed = applyRequestSchema.safeParse(input);
  if (!parsed.success) throw new Error(t.badWrite);
  const request: ApplyRequest = parsed.data;
  checkText(request.text, lang);
  const absent = request.markAbsent;
  if (absent) {
    checkText(absent.code, lang);
    if (absent.tab === request.tab && absent.a1 === request.a1) throw new Error(t.sameCell);
  }
  return withCheckLock(lang, () => {
    const sheets: SheetCache = new Map();
    const targets = [
      { tab: request.tab, a1: request.a1, expected: request.expectedPrevious, text: request.text },
      ...(absent
        ? [{ tab: absent.tab, a1: absent.a1, expected: absent.expectedPrevious, text: absent.code }]
        : []),
    ].map((target) => {
      const range = cellRange(spreadsheet, sheets, target.tab, target.a1, lang);
      const label = where(target.tab, target.a1);
      const previous = checkUnchanged(range, target.expected, label, lang);
      return { ...target, range, label, previous };
    });
    const cells: UndoCell[] = [];
    for (const target of targets) {
      target.range.setValue(target.text);
      cells.push({
        tab: target.tab,
        a1: target.a1,
        written: target.text,
        previous: storeCell(target.previous),
      });
    }
    const token = Utilities.getUuid();
    openUndoStore().add({ token, at: new Date().toISOString(), cells });
    const [main, mark] = targets;
    const message = [
      main ? t.written(main.text, main.label) : "",
      mark ? t.markedAbsent(mark.text, mark.label) : "",
    ]
      .filter(Boolean)
      .join(" ");
    return { token, message, written: targets.map((x) => ({ tab: x.tab, a1: x.a1, text: x.text })) };
  });
}

/**
 * Puts back the previous values of an `applyReplacement`, under the document lock, only when every cell still
 * holds what was written (otherwise nothing is changed and the message says which cell differs). A token is used
 * once.
 */
export function undoReplacementWrite(token: unknown): UndoResult {
  const spreadsheet = SpreadsheetApp.getActiveSpreadsheet();
  const lang = langOf(spreadsheet.getSpreadsheetLocale());
  const t = texts(lang);
  const parsed = undoTokenSchema.safeParse(token);
  if (!parsed.success) throw new Error(t.badToken);
  return withCheckLock(lang, () => {
    const store = openUndoStore();
    const record = store.find(parsed.data);
    if (!record) throw new Error(t.badToken);
    const sheets: SheetCache = new Map();
    const cells = record.cells.map((cell) => {
      const range = cellRange(spreadsheet, sheets, cell.tab, cell.a1, lang);
      const label = where(cell.tab, cell.a1);
      const formula = range.getFormula();
      const now = formula !== "" ? formula : valueText(range.getValue() as CellValue);
      if (now !== cell.written) throw new Error(t.undoChanged(label, shown(now, lang), cell.written));
      return { ...cell, range, label };
    });
    for (const cell of cells) cell.range.setValue(restoreInput(cell.previous));
    store.drop(record.token);
    return {
      message: t.undone(cells.map((c) => c.label).join(", ")),
      restored: cells.map((c) => ({ tab: c.tab, a1: c.a1 })),
    };
  });
}
