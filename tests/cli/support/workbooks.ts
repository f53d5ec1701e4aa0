// Small workbooks written with exceljs into a temporary folder, for the CLI and reader tests.
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import ExcelJS from "exceljs";

/** A temporary folder, removed by `cleanup()`. */
export function tempDir(prefix = "releve-cli-"): {
  dir: string;
  path(name: string): string;
  cleanup(): void;
} {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  return {
    dir,
    path: (name) => join(dir, name),
    cleanup: () => rmSync(dir, { recursive: true, force: true }),
  };
}

/** A time of day as Excel stores it. */
export const timeOfDay = (h: number, m: number): Date => new Date(Date.UTC(1899, 11, 30, h, m));

/**
 * A small planning in the grid layout (`Novembre 2026`, days 1–7 from Monday 2 November… the tab starts on the 1st):
 * rows are [name, ...codes for days 1..n].
 */
export function gridWorkbook(
  rows: Array<[string, ...string[]]>,
  tabName = "Novembre 2026",
): ExcelJS.Workbook {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet(tabName);
  const days = Math.max(7, ...rows.map((r) => r.length - 1));
  sheet.addRow(["Nom", ...Array.from({ length: days }, (_, i) => i + 1)]);
  for (const row of rows) sheet.addRow(row.map((v) => (v === "" ? null : v)));
  return workbook;
}

/** Writes a workbook to a file and resolves to its path. */
export async function writeWorkbook(workbook: ExcelJS.Workbook, path: string): Promise<string> {
  await workbook.xlsx.writeFile(path);
  return path;
}

/** Writes raw bytes or text to a file and returns its path. */
export function writeRaw(path: string, content: string | Uint8Array): string {
  writeFileSync(path, content);
  return path;
}
