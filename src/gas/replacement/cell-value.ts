// Planning cell values for the replacement write: as comparable text, as a restorable record, and the text-only guard.
import type { CellValue } from "../../core/workbook";

/** A cell's value exactly as it must come back on undo. */
export type StoredCell =
  | { kind: "empty" }
  | { kind: "text"; value: string }
  | { kind: "number"; value: number }
  | { kind: "boolean"; value: boolean }
  | { kind: "date"; value: string };

/** A cell value as text, to compare what the list read with what the cell holds now ("" when empty). */
export function valueText(value: CellValue | undefined): string {
  if (value === null || value === undefined) return "";
  if (value instanceof Date) return value.toISOString();
  return String(value);
}

/** The record of a cell value that `restoreInput` writes back identically. */
export function storeCell(value: CellValue | undefined): StoredCell {
  if (value === null || value === undefined || value === "") return { kind: "empty" };
  if (value instanceof Date) return { kind: "date", value: value.toISOString() };
  if (typeof value === "number") return { kind: "number", value };
  if (typeof value === "boolean") return { kind: "boolean", value };
  return { kind: "text", value };
}

/** Text Sheets would turn into a formula when written (formula-injection characters, tab, CR). */
export function isFormulaLike(text: string): boolean {
  return /^[=+\-@\t\r]/.test(text);
}

/** Text Sheets would read as a number, a percentage, a boolean, a date or a time instead of text. */
export function isParsedBySheets(text: string): boolean {
  const t = text.trim();
  if (t === "") return false;
  if (/^[-+]?(\d+([.,]\d*)?|[.,]\d+)(e[-+]?\d+)?%?$/i.test(t)) return true;
  if (/^(true|false|vrai|faux)$/i.test(t)) return true;
  if (/^\d{1,4}[/.-]\d{1,2}([/.-]\d{1,4})?(\s|$)/.test(t)) return true;
  return /^\d{1,2}:\d{2}(:\d{2})?(\s*[ap]m)?$/i.test(t);
}

/** What to give `setValue` to put a recorded value back (text that Sheets would reinterpret keeps a `'`). */
export function restoreInput(stored: StoredCell): string | number | boolean | Date {
  switch (stored.kind) {
    case "empty":
      return "";
    case "number":
    case "boolean":
      return stored.value;
    case "date":
      return new Date(stored.value);
    case "text":
      return isFormulaLike(stored.value) || isParsedBySheets(stored.value) || stored.value.startsWith("'")
        ? `'${stored.value}`
        : stored.value;
  }
}
