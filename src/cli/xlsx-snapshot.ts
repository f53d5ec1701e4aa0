// Reads an .xlsx file with exceljs into the WorkbookSnapshot the core checks, with values as Sheets shows them.
import { readFile, stat } from "node:fs/promises";
import type ExcelJS from "exceljs";
import type { CellValue, TabSnapshot, WorkbookSnapshot } from "../core/workbook";
import { probeFile, worksheetPartCount } from "./file-probe";
import { isOwnReport } from "./own-report";
import { LOCALE_OF_LANG, workbookLang } from "./workbook-lang";

/** Google Sheets' limit on the cells of a spreadsheet: a workbook using more cannot be a Sheets workbook either. */
export const MAX_USED_CELLS = 10_000_000;

/** Why a file could not be read as a workbook (the CLI turns each into one line in the user's language). */
export type XlsxProblem =
  | "missing"
  | "directory"
  | "unreadable"
  | "empty-file"
  | "not-xlsx"
  | "encrypted"
  | "legacy-xls"
  | "ods"
  | "zip-not-workbook"
  | "corrupt"
  | "empty-workbook"
  | "too-many-cells";

/** A file that is not a readable, non-empty workbook; `detail` is a short technical reason (English). */
export class XlsxReadError extends Error {
  constructor(
    readonly problem: XlsxProblem,
    readonly path: string,
    readonly detail = "",
    options?: { cause?: unknown },
  ) {
    super(`${problem}: ${path}${detail ? ` (${detail})` : ""}`, options);
    this.name = "XlsxReadError";
  }
}

/** Progress while reading: `done` of `total` worksheets parsed. */
export interface ReadProgress {
  done: number;
  total: number;
}

/** Options of the reader. */
export interface XlsxReadOptions {
  /**
   * Spreadsheet locale for the snapshot, e.g. `fr_FR` or `en_US` (`--lang`); when absent, the workbook's own
   * language (see `workbookLang`) decides.
   */
  locale?: string;
  /** Most non-empty cells the workbook may hold (default `MAX_USED_CELLS`); above it the read is refused. */
  maxUsedCells?: number;
  /** Time zone until the settings tab says otherwise (default `Europe/Paris`). */
  timeZone?: string;
  /** Called after each worksheet is parsed. */
  onProgress?: (progress: ReadProgress) => void;
}

/** A workbook read from a file: the exceljs workbook (to write a copy) and the snapshot the core reads. */
export interface XlsxWorkbook {
  workbook: ExcelJS.Workbook;
  snapshot: WorkbookSnapshot;
}

/**
 * Reads an `.xlsx` file into a snapshot. Throws `XlsxReadError` for a missing, non-xlsx, encrypted, corrupt or
 * empty workbook; the file is only read, never written.
 */
export async function readXlsxSnapshot(path: string, options: XlsxReadOptions = {}): Promise<XlsxWorkbook> {
  const workbook = await loadXlsx(path, options.onProgress);
  let snapshot: WorkbookSnapshot;
  try {
    snapshot = snapshotOfWorkbook(workbook, options);
  } catch (error) {
    if (error instanceof TooManyCellsError) {
      throw new XlsxReadError("too-many-cells", path, error.sheet, { cause: error });
    }
    throw error;
  }
  if (!snapshot.tabs.some((tab) => tab.values.some((row) => row.some((v) => v !== null)))) {
    throw new XlsxReadError("empty-workbook", path);
  }
  return { workbook, snapshot };
}

/** Loads an `.xlsx` file with exceljs after checking what it is; reports progress per worksheet. */
export async function loadXlsx(
  path: string,
  onProgress?: (progress: ReadProgress) => void,
): Promise<ExcelJS.Workbook> {
  const bytes = await readBytes(path);
  const kind = probeFile(bytes);
  if (kind.kind === "corrupt") throw new XlsxReadError("corrupt", path, kind.reason);
  if (kind.kind !== "xlsx") throw new XlsxReadError(kind.kind, path);
  const { Workbook } = excelJs();
  const workbook = new Workbook();
  const total = worksheetPartCount(kind.entries);
  if (onProgress) reportWorksheets(workbook, total, onProgress);
  try {
    await workbook.xlsx.load(bytes as unknown as ExcelJS.Buffer);
  } catch (error) {
    throw new XlsxReadError("corrupt", path, firstLine(error), { cause: error });
  }
  return workbook;
}

/** A workbook holding more non-empty cells than the limit (`sheet` is the tab where the count went over). */
export class TooManyCellsError extends Error {
  constructor(
    readonly sheet: string,
    readonly limit: number,
  ) {
    super(`more than ${limit} used cells (${sheet})`);
    this.name = "TooManyCellsError";
  }
}

/**
 * The snapshot of an exceljs workbook: every worksheet's values from A1 (ragged rows), in tab order. A report tab
 * the tool wrote gets the `report` role, so a checked copy checked again does not read it as a planning. The
 * locale is `options.locale`, else the workbook's own language. Throws `TooManyCellsError` above the cell limit.
 */
export function snapshotOfWorkbook(
  workbook: ExcelJS.Workbook,
  options: Pick<XlsxReadOptions, "locale" | "timeZone" | "maxUsedCells"> = {},
): WorkbookSnapshot {
  const tabs: TabSnapshot[] = [];
  const limit = options.maxUsedCells ?? MAX_USED_CELLS;
  const budget = { left: limit, limit };
  // `worksheets` lists the tabs in workbook order.
  for (const sheet of workbook.worksheets) {
    const values = valuesOfSheet(sheet, budget);
    const tab: TabSnapshot = { name: sheet.name, values };
    if (isOwnReport((r, c) => values[r]?.[c] ?? null)) tab.role = "report";
    tabs.push(tab);
  }
  return {
    tabs,
    locale: options.locale ?? LOCALE_OF_LANG[workbookLang(tabs.map((tab) => tab.name))],
    timeZone: options.timeZone ?? "Europe/Paris",
    dateBasis: "utc",
  };
}

/**
 * A worksheet's values as Sheets' `getDataRange().getValues()` would give them (empty cells are null), but ragged:
 * each row stops at its last non-empty cell and trailing empty rows are left out, so one stray far-away cell costs
 * one row, not a rows × columns rectangle. `budget.left` counts down the non-empty cells still allowed of the
 * workbook's `budget.limit`; going below zero throws `TooManyCellsError` naming that limit.
 */
export function valuesOfSheet(
  sheet: ExcelJS.Worksheet,
  budget: { left: number; limit: number } = { left: MAX_USED_CELLS, limit: MAX_USED_CELLS },
): CellValue[][] {
  const limit = budget.limit;
  const rows: CellValue[][] = [];
  sheet.eachRow({ includeEmpty: false }, (row, rowNumber) => {
    const values: CellValue[] = [];
    row.eachCell({ includeEmpty: false }, (cell, colNumber) => {
      if (cell.master !== cell) return; // a merged range shows its value in its top-left cell only
      const value = plainCellValue(cell.value);
      if (value === null) return;
      budget.left -= 1;
      if (budget.left < 0) throw new TooManyCellsError(sheet.name, limit);
      // Cells come left to right: fill the gap before this one with empty cells.
      for (let c = values.length; c < colNumber - 1; c += 1) values.push(null);
      values.push(value);
    });
    if (values.length === 0) return;
    for (let r = rows.length; r < rowNumber - 1; r += 1) rows.push([]);
    rows.push(values);
  });
  return rows;
}

/**
 * The plain value of an exceljs cell value: formulas give their cached result, rich text and hyperlinks their
 * text, errors null; dates are rounded to the second (exceljs's serial conversion can land a millisecond off).
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
  return null;
}

let excelModule: typeof ExcelJS | undefined;

/** exceljs, loaded on first use: it takes most of the start-up time, which `--help` or `codes` do not need. */
export function excelJs(): typeof ExcelJS {
  // A CommonJS require (the CLI is bundled as CommonJS; exceljs stays in node_modules).
  excelModule ??= require("exceljs") as typeof ExcelJS;
  return excelModule;
}

const textOrNull = (text: string): string | null => (text === "" ? null : text);

async function readBytes(path: string): Promise<Uint8Array> {
  let info: Awaited<ReturnType<typeof stat>>;
  try {
    info = await stat(path);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === "ENOENT" || code === "ENOTDIR") throw new XlsxReadError("missing", path);
    throw new XlsxReadError("unreadable", path, code ?? firstLine(error), { cause: error });
  }
  if (info.isDirectory()) throw new XlsxReadError("directory", path);
  try {
    return await readFile(path);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    throw new XlsxReadError("unreadable", path, code ?? firstLine(error), { cause: error });
  }
}

/** Counts worksheet parts as exceljs parses them (it has no progress hook of its own). */
function reportWorksheets(
  workbook: ExcelJS.Workbook,
  total: number,
  onProgress: (p: ReadProgress) => void,
): void {
  const reader = workbook.xlsx as unknown as Record<string, unknown>;
  const original = reader._processWorksheetEntry;
  if (typeof original !== "function") return;
  let done = 0;
  onProgress({ done, total });
  reader._processWorksheetEntry = async function (this: unknown, ...args: unknown[]) {
    const result = await original.apply(this, args);
    done += 1;
    onProgress({ done: Math.min(done, total), total: Math.max(total, done) });
    return result;
  };
}

function firstLine(error: unknown): string {
  const text = error instanceof Error ? error.message : String(error);
  const line = text.split(/\r?\n/)[0]?.trim() ?? "";
  return line.length > 160 ? `${line.slice(0, 157)}…` : line;
}
