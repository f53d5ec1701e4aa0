// Reads a workbook file (.xlsx, .xlsm, .ods, .csv) into the WorkbookSnapshot the core checks, within bounds.
import { basename, extname } from "node:path";
import type { TabSnapshot, WorkbookSnapshot } from "../core/workbook";
import { probeFile } from "./file-probe";
import { isOwnReport } from "./own-report";
import { DEFAULT_LIMITS, ReadBudget, type ReadLimits } from "./read/budget";
import { readCsvTab } from "./read/csv-reader";
import { readInputFile } from "./read/input-file";
import { readOdsTabs } from "./read/ods-reader";
import { TooLargeError, XlsxReadError } from "./read/read-error";
import type { SheetCells } from "./read/sheet-cells";
import { NotAWorkbookError, type ReadProgress, readXlsxTabs } from "./read/xlsx-reader";
import { XmlError } from "./read/xml-scanner";
import { readZipEntry, ZipEntryError, ZipEntryTooLargeError } from "./read/zip";
import { LOCALE_OF_LANG, workbookLang } from "./workbook-lang";

export type { ReadLimits } from "./read/budget";
export { DEFAULT_LIMITS } from "./read/budget";
export type { ReadProblem, TooLarge } from "./read/read-error";
export { XlsxReadError } from "./read/read-error";
export type { ReadProgress } from "./read/xlsx-reader";

/** The formats read: Office Open XML (.xlsx, .xlsm), OpenDocument (.ods), delimited text (.csv). */
export type WorkbookFormat = "xlsx" | "ods" | "csv";

/** Options of the reader. */
export interface XlsxReadOptions {
  /**
   * Spreadsheet locale for the snapshot, e.g. `fr_FR` or `en_US` (`--lang`); when absent, the workbook's own
   * language (see `workbookLang`) decides.
   */
  locale?: string;
  /** Bounds of the read (default `DEFAULT_LIMITS`); past one, the read is refused (`too-large`). */
  limits?: Partial<ReadLimits>;
  /** Time zone until the settings tab says otherwise (default `Europe/Paris`). */
  timeZone?: string;
  /** Called after each worksheet is parsed. */
  onProgress?: (progress: ReadProgress) => void;
}

/** The file a snapshot was read from: its path, format and bytes (to write a marked copy), and its size. */
export interface WorkbookSource {
  path: string;
  format: WorkbookFormat;
  bytes: Buffer;
  /** Non-empty cells; row and cell elements of the XML (styled empty ones too); cells merged ranges span. */
  shape: { cells: number; elements: number; mergedArea: number };
}

/** A workbook read from a file: the snapshot the core reads, and where it came from. */
export interface XlsxWorkbook {
  snapshot: WorkbookSnapshot;
  source: WorkbookSource;
}

/**
 * Reads a workbook file into a snapshot: values as Google Sheets' `getValues()` gives them, every tab in order.
 * The format is told by the bytes (an .xlsx named .xls is read as .xlsx), delimited text by the name (.csv, .tsv,
 * .txt). Throws `XlsxReadError` for a missing, non-regular, unknown, encrypted, corrupt, empty or too large file;
 * the file is only read, never written.
 */
export async function readXlsxSnapshot(path: string, options: XlsxReadOptions = {}): Promise<XlsxWorkbook> {
  const limits: ReadLimits = { ...DEFAULT_LIMITS, ...options.limits };
  const budget = new ReadBudget(limits);
  try {
    const bytes = readInputFile(path, limits.maxTotalBytes);
    const { format, tabs } = readTabs(path, bytes, budget, options.onProgress);
    budget.assertCells();
    const snapshot = snapshotOf(tabs, budget, options);
    snapshot.name = basename(path);
    if (!snapshot.tabs.some((tab) => tab.values.some((row) => row.some((v) => v !== null)))) {
      throw new XlsxReadError("empty-workbook", path);
    }
    const shape = {
      cells: budget.cells,
      elements: tabs.reduce((n, t) => n + t.elements, 0),
      mergedArea: tabs.reduce((n, t) => n + t.mergedArea, 0),
    };
    return { snapshot, source: { path, format, bytes, shape } };
  } catch (error) {
    if (error instanceof TooLargeError)
      throw new XlsxReadError("too-large", path, error.message, { cause: error, tooLarge: error.figures });
    if (error instanceof XmlError || error instanceof ZipEntryError)
      throw new XlsxReadError("corrupt", path, error.message, { cause: error });
    if (error instanceof NotAWorkbookError) throw new XlsxReadError("zip-not-workbook", path, error.message);
    throw error;
  }
}

/** The tabs of a file, by what its bytes are. */
function readTabs(
  path: string,
  bytes: Buffer,
  budget: ReadBudget,
  onProgress?: (progress: ReadProgress) => void,
): { format: WorkbookFormat; tabs: SheetCells[] } {
  const kind = probeFile(bytes, path);
  switch (kind.kind) {
    case "xlsx":
      return { format: "xlsx", tabs: readXlsxTabs(bytes, kind.entries, budget, onProgress) };
    case "ods": {
      const entry = kind.entries.find((e) => e.name === "content.xml");
      if (!entry) throw new XlsxReadError("corrupt", path, "no content.xml");
      let content: Buffer;
      try {
        content = readZipEntry(bytes, entry, budget.partBytesLeft);
      } catch (error) {
        if (error instanceof ZipEntryTooLargeError)
          throw new TooLargeError({ measure: "bytes", count: error.limit + 1, limit: error.limit });
        throw error;
      }
      budget.addBytes(content.length);
      return { format: "ods", tabs: readOdsTabs(content, budget, onProgress) };
    }
    case "csv": {
      if (bytes.length > budget.partBytesLeft)
        throw new TooLargeError({ measure: "bytes", count: bytes.length, limit: budget.partBytesLeft });
      const tab = readCsvTab(bytes, basename(path, extname(path)), budget);
      onProgress?.({ done: 1, total: 1 });
      return { format: "csv", tabs: [tab] };
    }
    case "corrupt":
      throw new XlsxReadError("corrupt", path, kind.reason);
    default:
      throw new XlsxReadError(kind.kind, path);
  }
}

/**
 * The snapshot of the tabs read: each tab's values from A1 (ragged rows, see `SheetCells.values`), in order. A
 * report tab the tool wrote gets the `report` role, so a checked copy checked again does not read it as a
 * planning. The locale is `options.locale`, else the workbook's own language.
 */
function snapshotOf(
  tabs: readonly SheetCells[],
  budget: ReadBudget,
  options: Pick<XlsxReadOptions, "locale" | "timeZone">,
): WorkbookSnapshot {
  const out: TabSnapshot[] = tabs.map((cells) => {
    const values = cells.values(budget);
    const tab: TabSnapshot = { name: cells.name, values };
    if (isOwnReport((r, c) => values[r]?.[c] ?? null)) tab.role = "report";
    return tab;
  });
  return {
    tabs: out,
    locale: options.locale ?? LOCALE_OF_LANG[workbookLang(out.map((tab) => tab.name))],
    timeZone: options.timeZone ?? "Europe/Paris",
    dateBasis: "utc",
  };
}
