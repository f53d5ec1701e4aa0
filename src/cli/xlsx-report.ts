// Writes `check --out`: a copy of the workbook with the `Contrôle planning` tab and the marks on flagged cells.
import { mkdir, rename, rm } from "node:fs/promises";
import { basename, dirname, join } from "node:path";
import type ExcelJS from "exceljs";
import type { CheckResult } from "../core/check/check";
import { MARK_COLOURS, marksFromFindings } from "../core/check/marks";
import { REPORT_WIDTH, reportSheet } from "../core/check/report";
import type { Messages } from "../core/i18n";
import { DEFAULT_TAB_NAMES, defaultTabName, freeTabName } from "../core/tabs/addon-tabs";
import { CliError } from "./errors";
import { isOwnReport } from "./own-report";
import { plainCellValue } from "./xlsx-snapshot";

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

/**
 * Adds the report tab (replacing only a report the tool wrote, see `addReportTab`) and the marks to the in-memory
 * workbook, then writes it to `out` (through a temporary file in the same folder, renamed at the end) and resolves
 * to the report tab's name. The file the workbook was read from is not touched. Throws `CliError` when `out`
 * cannot be written.
 */
export async function writeCheckedCopy(
  workbook: ExcelJS.Workbook,
  result: CheckResult,
  out: string,
  t: Messages,
  generatedAt: Date = new Date(),
): Promise<string> {
  const reportTab = addReportTab(workbook, result, generatedAt).name;
  markCells(workbook, result);
  const temp = join(dirname(out), `.${basename(out)}.${process.pid}.tmp`);
  try {
    await mkdir(dirname(out), { recursive: true });
    await workbook.xlsx.writeFile(temp);
    await rename(temp, out);
  } catch (error) {
    await rm(temp, { force: true }).catch(() => undefined);
    const detail =
      (error as NodeJS.ErrnoException).code ?? (error instanceof Error ? error.message : String(error));
    throw new CliError(t.cli.errors.cannotWrite(out, detail), { cause: error });
  }
  return reportTab;
}

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

/** Colours each flagged cell of the planning tabs and adds the check's note (after any note already there). */
export function markCells(workbook: ExcelJS.Workbook, result: CheckResult): number {
  const marks = marksFromFindings(result.findings, { lang: result.lang, tabs: new Set(result.summary.tabs) });
  let count = 0;
  for (const mark of marks) {
    const sheet = workbook.getWorksheet(mark.tab);
    if (!sheet) continue;
    const cell = sheet.getCell(mark.row + 1, mark.col + 1);
    restyleCell(cell, { fill: solid(mark.background) });
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
