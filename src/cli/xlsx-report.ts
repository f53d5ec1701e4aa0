// Writes `check --out`: a copy of the workbook with the `Contrôle planning` tab and the marks on flagged cells.
import { mkdir, rename, rm } from "node:fs/promises";
import { basename, dirname, join } from "node:path";
import type ExcelJS from "exceljs";
import { defaultTabName, isDefaultNameOf } from "../core/addon-tabs";
import type { CheckResult } from "../core/check";
import type { Messages } from "../core/i18n";
import { MARK_COLOURS, marksFromFindings } from "../core/marks";
import { REPORT_WIDTH, reportSheet } from "../core/report";
import { CliError } from "./errors";

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
 * Adds the report tab (replacing an existing one) and the marks to the in-memory workbook, then writes it to `out`
 * (through a temporary file in the same folder, renamed at the end). The file the workbook was read from is not
 * touched. Throws `CliError` when `out` cannot be written.
 */
export async function writeCheckedCopy(
  workbook: ExcelJS.Workbook,
  result: CheckResult,
  out: string,
  t: Messages,
  generatedAt: Date = new Date(),
): Promise<void> {
  addReportTab(workbook, result, generatedAt);
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
}

/** Writes the `Contrôle planning` tab (the report rows of `reportSheet`) at the end of the workbook. */
export function addReportTab(
  workbook: ExcelJS.Workbook,
  result: CheckResult,
  generatedAt: Date,
): ExcelJS.Worksheet {
  for (const sheet of [...workbook.worksheets]) {
    if (isDefaultNameOf("report", sheet.name)) workbook.removeWorksheet(sheet.id);
  }
  const report = reportSheet(result, { generatedAt, lang: result.lang });
  const sheet = workbook.addWorksheet(defaultTabName("report", result.lang), {
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
