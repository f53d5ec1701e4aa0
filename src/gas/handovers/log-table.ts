// The Transmissions tab as one operation sees it: where each column is (by header, else column metadata).
import {
  type ColumnKey,
  type ColumnMap,
  columnMapOf,
  handoverTexts,
  headerOf,
  missingColumns,
  REQUIRED_COLUMNS,
  rowWidth,
  STATUS_COLUMNS,
} from "../../core/handovers";
import type { Lang } from "../../core/i18n";
import type { CellValue } from "../../core/workbook";

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

/** Developer metadata key on a column of the tab naming the column it holds (survives a renamed header). */
export const COLUMN_KEY = "releve.column";

/** Columns that get column metadata when the tab is created: the ones later writes must never miss. */
export const TAGGED_COLUMNS: readonly ColumnKey[] = ["id", ...STATUS_COLUMNS];

/** The tab at the start of an operation: its columns, how wide a row must be read, its last row. */
export interface LogTable {
  sheet: Sheet;
  map: ColumnMap;
  /** Cells to read per row (up to the rightmost known column). */
  width: number;
  /** The last row with content (1 = header only). */
  lastRow: number;
  lang: Lang;
}

/** An error about the tab's shape (a column that cannot be found): its message is for the user. */
export class LogTableError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "LogTableError";
  }
}

/**
 * Reads the header row and finds every column by its title (French or English); a column whose title was
 * changed is found by its developer metadata. Four calls, whatever the size of the tab.
 */
export function openLog(sheet: Sheet, lang: Lang): LogTable {
  const lastRow = sheet.getLastRow();
  const lastColumn = sheet.getLastColumn();
  const header: CellValue[] =
    lastRow >= 1 && lastColumn >= 1
      ? ((sheet.getRange(1, 1, 1, lastColumn).getValues()[0] ?? []) as CellValue[])
      : [];
  let map = columnMapOf(header);
  if (lastRow >= 1 && missingColumns(map, [...REQUIRED_COLUMNS, ...STATUS_COLUMNS]).length > 0) {
    map = withColumnMetadata(sheet, map);
  }
  return { sheet, map, width: Math.max(1, rowWidth(map)), lastRow, lang };
}

/** Fills the columns the header did not give from their `releve.column` metadata (one search). */
function withColumnMetadata(sheet: Sheet, map: ColumnMap): ColumnMap {
  const out: ColumnMap = { ...map };
  const used = new Set(Object.values(map));
  for (const meta of sheet.createDeveloperMetadataFinder().withKey(COLUMN_KEY).find()) {
    const key = meta.getValue() as ColumnKey | null;
    if (!key || out[key] !== undefined) continue;
    const column = meta.getLocation().getColumn();
    if (!column) continue;
    const index = column.getColumn() - 1;
    if (used.has(index)) continue;
    out[key] = index;
    used.add(index);
  }
  return out;
}

/** Throws, naming the first missing column, unless every column of `keys` was found. */
export function requireColumns(table: LogTable, keys: readonly ColumnKey[]): void {
  const missing = missingColumns(table.map, keys);
  if (missing.length === 0) return;
  const t = handoverTexts(table.lang);
  throw new LogTableError(
    t.error.missingColumn(headerOf(missing[0] as ColumnKey, table.lang), table.sheet.getName()),
  );
}

/** Throws "the entries cannot be read" unless the columns an entry needs are there. */
export function requireReadable(table: LogTable): void {
  const missing = missingColumns(table.map);
  if (missing.length === 0) return;
  const t = handoverTexts(table.lang);
  const names = missing.map((key) => `« ${headerOf(key, table.lang)} »`).join(", ");
  throw new LogTableError(t.error.unreadableTab(names, table.sheet.getName()));
}

/** 1-based column number of a known column (call `requireColumns` first). */
export function columnOf(table: LogTable, key: ColumnKey): number {
  return (table.map[key] as number) + 1;
}
