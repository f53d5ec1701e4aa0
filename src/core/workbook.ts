// The plain workbook snapshot every adapter (Apps Script, xlsx) produces and the core reads.

/** A cell value as Google Sheets' `getValues()` or exceljs give it. */
export type CellValue = string | number | boolean | Date | null;

/** The add-on's own tabs, as recorded in developer metadata `releve.role` (contract §5). */
export type AddonRole = "settings" | "codes" | "staff" | "residents" | "handovers" | "report" | "briefing";

/** Every add-on role, in the order `setupWorkbook` creates the tabs. */
export const ADDON_ROLES: readonly AddonRole[] = [
  "settings",
  "codes",
  "staff",
  "residents",
  "handovers",
  "report",
  "briefing",
];

/**
 * One tab: its name and its values from A1, row-major (rows may be ragged; missing cells are empty). A snapshot is
 * read-only: an adapter may share one frozen array between all empty rows (a far-away cell then costs no rows).
 */
export interface TabSnapshot {
  name: string;
  values: CellValue[][];
  /** The `releve.role` developer metadata of the tab, when the adapter found one. */
  role?: AddonRole;
}

/**
 * How the adapter built the `Date` values of its cells.
 * - `zone`: like Google Sheets, a Date is the instant of the wall-clock time in the workbook's time zone;
 * - `utc`: like exceljs, a Date carries the wall-clock time in its UTC fields.
 */
export type DateBasis = "zone" | "utc";

/** The whole workbook as plain values. */
export interface WorkbookSnapshot {
  tabs: TabSnapshot[];
  /** Spreadsheet locale, e.g. `fr_FR` or `en_US`. */
  locale: string;
  /** IANA time zone of the spreadsheet, e.g. `Europe/Paris`. */
  timeZone: string;
  dateBasis: DateBasis;
  /** The spreadsheet's or file's name (`Planning vendeurs 2025.xlsx`), when known: its year dates tabs lacking one. */
  name?: string;
}

/** A cell's value read as trimmed text ("" for empty); numbers in plain notation. */
export function cellText(value: CellValue | undefined): string {
  if (value === null || value === undefined) return "";
  if (typeof value === "string") return value.trim();
  if (typeof value === "number" || typeof value === "boolean") return String(value);
  return "";
}

/** The value at a 0-based row/column, or null when outside the values. */
export function cellAt(values: readonly (readonly CellValue[])[], row: number, col: number): CellValue {
  return values[row]?.[col] ?? null;
}

/** A1 column letters of a 0-based column index (0 → A, 26 → AA). */
export function columnLetters(col: number): string {
  let n = col + 1;
  let out = "";
  while (n > 0) {
    const rem = (n - 1) % 26;
    out = String.fromCharCode(65 + rem) + out;
    n = Math.floor((n - 1) / 26);
  }
  return out;
}

/** A1 reference of a 0-based row and column (0,0 → A1). */
export function a1(row: number, col: number): string {
  return `${columnLetters(col)}${row + 1}`;
}

/** A1 reference qualified by its tab, quoted as Sheets does: `'Novembre 2026'!F12`. */
export function qualifiedA1(tab: string, row: number, col: number): string {
  return `'${tab.replace(/'/g, "''")}'!${a1(row, col)}`;
}
