// The columns of the Transmissions tab and where they are: found by their header (either language) at every use.
import type { Lang } from "../i18n";
import { foldText as fold } from "../text";
import type { CellValue } from "../workbook";
import { handoverTexts } from "./validate";

/** The columns written once with the entry, in the tab's order (the fingerprint covers them). */
const ENTRY_COLUMNS = [
  "id",
  "writtenAt",
  "author",
  "shift",
  "person",
  "category",
  "severity",
  "target",
  "data",
  "actions",
  "results",
  "followUpWhat",
  "followUpDue",
  "followUpShift",
  "followUpOwner",
  "corrects",
] as const;

/**
 * The columns of the Transmissions tab, in the order a new tab gets them. Columns `id`…`corrects`, `requestId`
 * and `fingerprint` are written once, when the entry is appended, and never rewritten; the state columns
 * (`readBy`…`correctedBy`) record acknowledgements, follow-up closure and corrections without touching the
 * text. People may insert, move, widen or sort columns: every operation finds them again by their header.
 */
export const COLUMNS = [
  ...ENTRY_COLUMNS,
  "readBy",
  "followUpStatus",
  "followUpClosedBy",
  "followUpClosedAt",
  "correctedBy",
  "requestId",
  "fingerprint",
] as const;

/** A column key of the Transmissions tab. */
export type ColumnKey = (typeof COLUMNS)[number];

/** Number of columns of a new tab. */
export const COLUMN_COUNT = COLUMNS.length;

/** The columns written once with the entry (what the fingerprint covers, with the fingerprint itself). */
export const WRITE_ONCE: readonly ColumnKey[] = [...ENTRY_COLUMNS, "requestId"];

/** The only columns ever updated after the append. */
export const STATUS_COLUMNS: readonly ColumnKey[] = [
  "readBy",
  "followUpStatus",
  "followUpClosedBy",
  "followUpClosedAt",
  "correctedBy",
];

/** Columns added after the first version: an older tab gets their header (in its first free column) on the next save. */
export const LATER_COLUMNS: readonly ColumnKey[] = ["requestId", "fingerprint"];

/** Without these a row cannot be read as an entry. */
export const REQUIRED_COLUMNS: readonly ColumnKey[] = [
  "id",
  "writtenAt",
  "author",
  "person",
  "category",
  "severity",
  "data",
];

/** Where each known column is: key → 0-based index in a row. A missing key is a column not found. */
export type ColumnMap = Partial<Record<ColumnKey, number>>;

/** The layout of a tab written by `headerRow`: every column in `COLUMNS` order. */
export const STANDARD_COLUMNS: ColumnMap = Object.fromEntries(COLUMNS.map((key, i) => [key, i]));

/** 1-based column number of a key in a new tab (`STANDARD_COLUMNS`). */
export function columnNumber(key: ColumnKey): number {
  return COLUMNS.indexOf(key) + 1;
}

/** The header row of a new tab in a language. */
export function headerRow(lang: Lang): string[] {
  const h = handoverTexts(lang).header;
  return COLUMNS.map((key) => h[key]);
}

/** The header of one column in a language (what an error message names). */
export function headerOf(key: ColumnKey, lang: Lang): string {
  return handoverTexts(lang).header[key];
}

let headerIndex: Map<string, ColumnKey> | undefined;

/** Folded header text → column, for both languages and the accepted variants. */
function headers(): Map<string, ColumnKey> {
  if (headerIndex) return headerIndex;
  headerIndex = new Map();
  for (const lang of ["fr", "en"] as const) {
    const t = handoverTexts(lang);
    for (const key of COLUMNS) headerIndex.set(fold(t.header[key]), key);
    for (const [variant, key] of Object.entries(t.headerVariants))
      headerIndex.set(fold(variant), key as ColumnKey);
  }
  return headerIndex;
}

/** The column a header cell names, or undefined. */
export function columnOfHeader(value: CellValue | undefined): ColumnKey | undefined {
  return typeof value === "string" ? headers().get(fold(value)) : undefined;
}

/** Where each known column is in a header row (the first cell naming a column wins). */
export function columnMapOf(header: readonly CellValue[]): ColumnMap {
  const map: ColumnMap = {};
  header.forEach((value, i) => {
    const key = columnOfHeader(value);
    if (key !== undefined && map[key] === undefined) map[key] = i;
  });
  return map;
}

/** The required columns a map lacks (empty when entries can be read). */
export function missingColumns(map: ColumnMap, keys: readonly ColumnKey[] = REQUIRED_COLUMNS): ColumnKey[] {
  return keys.filter((key) => map[key] === undefined);
}

/** True when a row of values is a Transmissions header (it names every required column), in either language. */
export function isHeaderRow(values: readonly CellValue[]): boolean {
  return missingColumns(columnMapOf(values)).length === 0;
}

/** How many cells a row must span to hold every mapped column. */
export function rowWidth(map: ColumnMap): number {
  return Math.max(0, ...Object.values(map).map((i) => (i ?? -1) + 1));
}
