// Recognises the report tab the tool itself wrote (`Contrôle planning` / `Planning check`) by its own title cells.
import { type Lang, messages } from "../core/i18n";
import type { CellValue } from "../core/workbook";

const LANGS: readonly Lang[] = ["fr", "en"];

/** The 0-based row of the report's column header (Gravité | Règle | …), after its 11 summary rows. */
const COLUMN_HEADER_ROW = 11;

/**
 * True when a tab holds a report written by Relève: its A1 is the report title, A2 the "checked on" label and its
 * column header row starts with the report's columns, all in one language. `valueAt` gives a 0-based cell's value.
 */
export function isOwnReport(valueAt: (row: number, col: number) => CellValue): boolean {
  const text = (row: number, col: number): string => {
    const value = valueAt(row, col);
    return typeof value === "string" ? value.trim() : "";
  };
  return LANGS.some((lang) => {
    const r = messages(lang).check.report;
    return (
      text(0, 0) === r.title &&
      text(1, 0) === r.generatedAt &&
      r.columns.every((column, col) => text(COLUMN_HEADER_ROW, col) === column)
    );
  });
}
