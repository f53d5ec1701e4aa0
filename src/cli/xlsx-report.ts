// Writes `check --out`: a copy of the workbook with the `Contrôle planning` tab and the marks on flagged cells.
import { writeFile } from "node:fs/promises";
import type ExcelJS from "exceljs";
import type { CheckResult } from "../core/check/check";
import { MARK_COLOURS, MARK_STYLE, marksFromFindings } from "../core/check/marks";
import { REPORT_WIDTH, reportSheet } from "../core/check/report";
import type { Messages } from "../core/i18n";
import { DEFAULT_TAB_NAMES, defaultTabName, freeTabName } from "../core/tabs/addon-tabs";
import type { CellValue, WorkbookSnapshot } from "../core/workbook";
import { writeOutputFile } from "./output-file";
import { isOwnReport } from "./own-report";
import type { WorkbookSource } from "./xlsx-snapshot";

/** The most non-empty cells a marked copy is written for (exceljs holds every cell in memory, ~300 bytes each). */
export const MAX_COPY_CELLS = 500_000;

/**
 * The most row and cell elements, and merged cells, of a file exceljs may open: it builds an object for every one
 * (~1.7 KB each, styled empty cells included; a merge `A10:XFD1048576` is 17 billion). Past them, the copy is
 * written from the values read instead.
 */
const MAX_EXCELJS_ELEMENTS = 300_000;
const MAX_EXCELJS_MERGED = 1_000_000;

let excelModule: typeof ExcelJS | undefined;

/** exceljs, loaded on first use: only writing a copy needs it, and it takes most of a cold start. */
export function excelJs(): typeof ExcelJS {
  // A CommonJS require (the CLI is bundled as CommonJS; exceljs stays in node_modules).
  excelModule ??= require("exceljs") as typeof ExcelJS;
  return excelModule;
}

/** How the copy was made: from the file itself (formatting kept), or from its values only. */
export interface CopyWritten {
  reportTab: string;
  valuesOnly: boolean;
}

/**
 * Adds the report tab (replacing only a report the tool wrote, see `addReportTab`) and the marks to a copy of the
 * workbook, then writes it to `out` (through a temporary file renamed at the end). An .xlsx that exceljs opens and
 * writes back safely is copied with its formatting; any other (.ods, .csv, an OpenXML SDK export exceljs cannot
 * read, a file too large for exceljs or that it cannot write back) gets a copy of its values. The input is never
 * touched. Throws `CliError` when `out` cannot be written.
 */
export async function writeCheckedCopy(
  source: WorkbookSource,
  snapshot: WorkbookSnapshot,
  result: CheckResult,
  out: string,
  t: Messages,
  generatedAt: Date = new Date(),
): Promise<CopyWritten> {
  let copy = await markedOriginal(source, result, generatedAt);
  const valuesOnly = copy === undefined;
  if (copy === undefined) {
    const { workbook, sheetName } = workbookOfValues(snapshot);
    const reportTab = addReportTab(workbook, result, generatedAt).name;
    markCells(workbook, result, sheetName);
    copy = { reportTab, bytes: Buffer.from(await workbook.xlsx.writeBuffer()) };
  }
  const bytes = copy.bytes;
  await writeOutputFile(out, (temp) => writeFile(temp, bytes), t);
  return { reportTab: copy.reportTab, valuesOnly };
}

/**
 * The file itself, opened by exceljs, with the report and the marks, as bytes; undefined when it is not an .xlsx,
 * is too large for exceljs (which builds an object for every cell and merged cell), or exceljs cannot read it or
 * write it back.
 */
async function markedOriginal(
  source: WorkbookSource,
  result: CheckResult,
  generatedAt: Date,
): Promise<{ reportTab: string; bytes: Buffer } | undefined> {
  const { shape } = source;
  if (source.format !== "xlsx") return undefined;
  if (shape.elements > MAX_EXCELJS_ELEMENTS || shape.mergedArea > MAX_EXCELJS_MERGED) return undefined;
  const workbook = new (excelJs().Workbook)();
  try {
    await workbook.xlsx.load(source.bytes as unknown as ExcelJS.Buffer);
    if (workbook.worksheets.length === 0) return undefined;
    const reportTab = addReportTab(workbook, result, generatedAt).name;
    markCells(workbook, result);
    return { reportTab, bytes: Buffer.from(await workbook.xlsx.writeBuffer()) };
  } catch {
    return undefined;
  }
}

/**
 * A new workbook holding the snapshot's values, tab by tab (dates and times formatted as such), and the name each
 * tab got: Excel's rules (31 characters, none of `* ? : \\ / [ ]`, unique) may change a name from an .ods or a
 * file name.
 */
export function workbookOfValues(snapshot: WorkbookSnapshot): {
  workbook: ExcelJS.Workbook;
  sheetName: (tab: string) => string;
} {
  const workbook = new (excelJs().Workbook)();
  const names = new Map<string, string>();
  const used = new Set<string>();
  for (const tab of snapshot.tabs) {
    const name = excelSheetName(tab.name, used);
    names.set(tab.name, name);
    const sheet = workbook.addWorksheet(name);
    tab.values.forEach((row, r) => {
      row.forEach((value, c) => {
        if (value === null || value === undefined) return;
        const cell = sheet.getCell(r + 1, c + 1);
        cell.value = value;
        if (value instanceof Date) cell.numFmt = dateFormat(value);
      });
    });
  }
  return { workbook, sheetName: (tab) => names.get(tab) ?? tab };
}

/** A tab name Excel accepts, unique (ignoring case) among `used`, which it joins. */
function excelSheetName(name: string, used: Set<string>): string {
  let base = name.replace(/[*?:\\/[\]]/g, "_").replace(/^'|'$/g, "_");
  if (base.trim() === "") base = "Feuille";
  if (base.toLowerCase() === "history") base = `${base}_`;
  base = base.slice(0, 31);
  let candidate = base;
  for (let n = 2; used.has(candidate.toLowerCase()); n += 1) {
    const suffix = ` (${n})`;
    candidate = `${base.slice(0, 31 - suffix.length)}${suffix}`;
  }
  used.add(candidate.toLowerCase());
  return candidate;
}

/** `hh:mm` for a time of day (on 1899-12-30), `dd/mm/yyyy` for a date at midnight, else both. */
function dateFormat(date: Date): string {
  if (date.getTime() < Date.UTC(1899, 11, 31) && date.getTime() >= Date.UTC(1899, 11, 30)) return "hh:mm";
  return date.getUTCHours() === 0 && date.getUTCMinutes() === 0 ? "dd/mm/yyyy" : "dd/mm/yyyy hh:mm";
}

/**
 * The plain value of an exceljs cell value: formulas give their cached result, rich text and hyperlinks their
 * text, errors their text; dates are rounded to the second (exceljs's serial conversion can land a millisecond
 * off).
 */
export function plainCellValue(value: ExcelJS.CellValue | undefined): CellValue {
  if (value === null || value === undefined) return null;
  if (typeof value === "string") return value === "" ? null : value;
  if (typeof value === "number") return Number.isFinite(value) ? value : null;
  if (typeof value === "boolean") return value;
  if (value instanceof Date) {
    const ms = value.getTime();
    return Number.isNaN(ms) ? null : new Date(Math.round(ms / 1000) * 1000);
  }
  if ("richText" in value) return textOrNull(value.richText.map((part) => part.text).join(""));
  if ("hyperlink" in value) {
    const text = value.text as unknown;
    if (typeof text === "string") return textOrNull(text);
    return plainCellValue(text as ExcelJS.CellValue);
  }
  if ("formula" in value || "sharedFormula" in value) {
    const result = (value as ExcelJS.CellFormulaValue).result;
    return plainCellValue(result as ExcelJS.CellValue);
  }
  if ("error" in value) return textOrNull(String(value.error));
  return null;
}

const textOrNull = (text: string): string | null => (text === "" ? null : text);

/** Column widths of the report tab (Gravité, Règle, Personne, Date, Onglet, Cellules, Message). */
const REPORT_COLUMN_WIDTHS = [16, 34, 22, 12, 28, 18, 90];

/** `#f4c7c3` → exceljs ARGB `FFF4C7C3`. */
const argb = (hex: string): string => `FF${hex.replace("#", "").toUpperCase()}`;

/**
 * Changes part of one cell's style. exceljs shares one style object between the cells read with the same style,
 * so assigning `cell.fill` would repaint every such cell: the cell gets its own copy first.
 */
export function restyleCell(cell: ExcelJS.Cell, change: Partial<ExcelJS.Style>): void {
  cell.style = { ...structuredClone(cell.style ?? {}), ...change };
}

const solid = (hex: string): ExcelJS.Fill => ({
  type: "pattern",
  pattern: "solid",
  fgColor: { argb: argb(hex) },
});

/** True when a tab name is a report tab name the tool may have given: `Contrôle planning`, `… (Relève 2)`… */
function isReportTabName(name: string): boolean {
  const folded = name.trim().toLowerCase();
  return Object.values(DEFAULT_TAB_NAMES.report).some((base) => {
    const b = base.toLowerCase();
    return folded === b || (/^ \(relève(?: \d+)?\)$/.test(folded.slice(b.length)) && folded.startsWith(b));
  });
}

/** True when a worksheet is a report the tool wrote: a report tab name and the report's own title cells. */
export function isOwnReportSheet(sheet: ExcelJS.Worksheet): boolean {
  return (
    isReportTabName(sheet.name) && isOwnReport((r, c) => plainCellValue(sheet.findCell(r + 1, c + 1)?.value))
  );
}

/**
 * Writes the `Contrôle planning` tab (the report rows of `reportSheet`) at the end of the workbook. A report the
 * tool wrote before is replaced; a tab of the user's is never touched: when one already has the name, the report
 * takes the first free name, `Contrôle planning (Relève)`.
 */
export function addReportTab(
  workbook: ExcelJS.Workbook,
  result: CheckResult,
  generatedAt: Date,
): ExcelJS.Worksheet {
  for (const sheet of [...workbook.worksheets]) {
    if (isOwnReportSheet(sheet)) workbook.removeWorksheet(sheet.id);
  }
  const report = reportSheet(result, { generatedAt, lang: result.lang });
  const name = freeTabName(
    defaultTabName("report", result.lang),
    workbook.worksheets.map((s) => s.name),
  );
  const sheet = workbook.addWorksheet(name, {
    views: [{ state: "frozen", ySplit: report.headerRows }],
  });
  sheet.columns = REPORT_COLUMN_WIDTHS.slice(0, REPORT_WIDTH).map((width) => ({ width }));
  sheet.addRows(report.rows);
  restyleCell(sheet.getCell(1, 1), { font: { bold: true, size: 14 } });
  for (let col = 1; col <= REPORT_WIDTH; col += 1) {
    restyleCell(sheet.getCell(report.columnHeaderRow + 1, col), { font: { bold: true } });
  }
  report.severities.forEach((severity, index) => {
    if (severity === null) return;
    for (let col = 1; col <= REPORT_WIDTH; col += 1) {
      const alignment: Partial<ExcelJS.Alignment> = { vertical: "top", wrapText: col === REPORT_WIDTH };
      restyleCell(sheet.getCell(index + 1, col), { fill: solid(MARK_COLOURS[severity]), alignment });
    }
  });
  for (const link of report.links) {
    const target = link.targets[0];
    if (!target) continue;
    const cell = sheet.getCell(link.row + 1, link.col + 1);
    cell.value = {
      text: link.texts.join(", "),
      hyperlink: `#'${target.tab.replace(/'/g, "''")}'!${target.a1}`,
    };
    restyleCell(cell, { font: { color: { argb: "FF1155CC" }, underline: true } });
  }
  return sheet;
}

/**
 * Marks each flagged cell of the planning tabs (text style and border, never a fill) and adds the check's note (after any note already there);
 * `sheetName` gives the worksheet of a tab when the copy renamed it.
 */
export function markCells(
  workbook: ExcelJS.Workbook,
  result: CheckResult,
  sheetName: (tab: string) => string = (tab) => tab,
): number {
  const marks = marksFromFindings(result.findings, { lang: result.lang, tabs: new Set(result.summary.tabs) });
  let count = 0;
  for (const mark of marks) {
    const sheet = workbook.getWorksheet(sheetName(mark.tab));
    if (!sheet) continue;
    const cell = sheet.getCell(mark.row + 1, mark.col + 1);
    // As in Sheets, a mark never changes a fill (plannings are colour-coded): the text bold, underlined and in the
    // severity's colour, and — the copy being new, nothing to restore — a medium border of that colour.
    const colour = { argb: argb(MARK_STYLE.fontColor[mark.severity]) };
    const side: Partial<ExcelJS.Border> = { style: "medium", color: colour };
    restyleCell(cell, {
      font: { ...(cell.style?.font ?? {}), bold: true, underline: true, color: colour },
      border: { top: side, left: side, bottom: side, right: side },
    });
    const before = noteText(cell.note);
    cell.note = before === "" ? mark.note : `${before}\n${mark.note}`;
    count += 1;
  }
  return count;
}

/** The plain text of an exceljs note (a string or a comment with rich-text runs). */
export function noteText(note: ExcelJS.Cell["note"] | undefined): string {
  if (note === undefined || note === null) return "";
  if (typeof note === "string") return note;
  return (note.texts ?? []).map((part) => part.text).join("");
}
