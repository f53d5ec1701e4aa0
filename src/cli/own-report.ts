// Recognises the report tab the tool itself wrote (`Contrôle planning` / `Planning check`) by its own title cells.
import { type Lang, messages } from "../core/i18n";
import type { CellValue } from "../core/workbook";

const LANGS: readonly Lang[] = ["fr", "en"];

/** Rows searched for the report's column header (Gravité | Règle | …), after its summary and reading blocks. */
const HEADER_SEARCH_ROWS = 2000;

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
      Array.from({ length: HEADER_SEARCH_ROWS }, (_, row) => row).some((row) =>
        r.columns.every((column, col) => text(row, col) === column),
      )
    );
  });
}
