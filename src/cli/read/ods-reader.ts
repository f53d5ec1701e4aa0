// Reads an OpenDocument spreadsheet (.ods, LibreOffice) into sparse tabs; repeated rows and columns cost nothing.
import type { CellValue } from "../../core/workbook";
import type { ReadBudget } from "./budget";
import { SheetCells } from "./sheet-cells";
import type { ReadProgress } from "./xlsx-reader";
import { XmlScanner, XmlToken } from "./xml-scanner";

const OFFICE = "urn:oasis:names:tc:opendocument:xmlns:office:1.0";
const TABLE = "urn:oasis:names:tc:opendocument:xmlns:table:1.0";
const TEXT = "urn:oasis:names:tc:opendocument:xmlns:text:1.0";
const CALCEXT = "urn:org:documentfoundation:names:experimental:calc:xmlns:calcext:1.0";

/** One cell as read: its value and how many columns it repeats over. */
interface OdsCell {
  value: CellValue;
  repeat: number;
}

/**
 * The tabs of an OpenDocument spreadsheet's `content.xml`, in document order (hidden ones included). Values as
 * Sheets' getValues() gives them: numbers (float, percentage, currency), dates and times as Dates with their
 * wall-clock time in the UTC fields, booleans, text (paragraphs joined by a line break). Covered cells of a merged
 * range are empty. Throws `TooLargeError` past the budget, `XmlError` on damaged XML.
 */
export function readOdsTabs(
  content: Buffer,
  budget: ReadBudget,
  onProgress?: (progress: ReadProgress) => void,
): SheetCells[] {
  const scanner = new XmlScanner(content);
  const tabs: SheetCells[] = [];
  while (scanner.next()) {
    if (scanner.token !== XmlToken.Open || scanner.name !== "table") continue;
    const tab = new SheetCells(scanner.attr("name", TABLE) ?? `Sheet${tabs.length + 1}`);
    if (!scanner.selfClosing) readTable(scanner, tab, budget);
    tabs.push(tab);
    onProgress?.({ done: tabs.length, total: tabs.length });
  }
  return tabs;
}

/** The rows of the table just opened, up to its close tag. */
function readTable(scanner: XmlScanner, tab: SheetCells, budget: ReadBudget): void {
  let depth = 1;
  let row = 0;
  while (scanner.next()) {
    if (scanner.token === XmlToken.Close) {
      if (--depth === 0) return;
      continue;
    }
    if (scanner.token !== XmlToken.Open) continue;
    if (scanner.name === "table-row") {
      const repeat = count(scanner.attr("number-rows-repeated", TABLE));
      const cells = scanner.selfClosing ? [] : readRow(scanner, budget);
      placeRow(tab, row, repeat, cells, budget);
      row += repeat;
      budget.checkTime(tab.name);
    } else if (
      scanner.name === "table-header-rows" ||
      scanner.name === "table-row-group" ||
      scanner.name === "table-rows"
    ) {
      if (!scanner.selfClosing) depth += 1;
    } else scanner.skipElement();
  }
}

/** The cells of the row just opened (with their repeats), up to its close tag. */
function readRow(scanner: XmlScanner, budget: ReadBudget): OdsCell[] {
  const cells: OdsCell[] = [];
  while (scanner.next()) {
    if (scanner.token === XmlToken.Close && scanner.name === "table-row") return cells;
    if (scanner.token !== XmlToken.Open) continue;
    if (scanner.name === "table-cell" || scanner.name === "covered-table-cell") {
      const repeat = count(scanner.attr("number-columns-repeated", TABLE));
      const covered = scanner.name === "covered-table-cell";
      const value = readCell(scanner);
      cells.push({ value: covered ? null : value, repeat });
      if ((cells.length & 0xfff) === 0) budget.checkTime();
    } else scanner.skipElement();
  }
  return cells;
}

/**
 * Sets a row's non-empty cells, `repeat` times over. An empty row costs nothing however often it repeats; cells past
 * the budget are counted in one step, never looped over.
 */
function placeRow(
  tab: SheetCells,
  row: number,
  repeat: number,
  cells: readonly OdsCell[],
  budget: ReadBudget,
): void {
  let perRow = 0;
  for (const cell of cells) if (cell.value !== null) perRow += cell.repeat;
  if (perRow === 0) return;
  if (budget.cells + perRow * repeat > budget.limits.maxCells) {
    budget.cells += perRow * repeat;
    return;
  }
  for (let r = 0; r < repeat; r += 1) {
    let col = 0;
    for (const cell of cells) {
      if (cell.value !== null) {
        for (let c = 0; c < cell.repeat; c += 1) {
          budget.addCell();
          tab.set(row + r, col + c, cell.value);
        }
      }
      col += cell.repeat;
    }
  }
}

/** The value of the cell just opened, leaving the scanner on its close tag. */
function readCell(scanner: XmlScanner): CellValue {
  const type = scanner.attr("value-type", OFFICE);
  const value = scanner.attr("value", OFFICE);
  const dateValue = scanner.attr("date-value", OFFICE);
  const timeValue = scanner.attr("time-value", OFFICE);
  const booleanValue = scanner.attr("boolean-value", OFFICE);
  const stringValue = scanner.attr("string-value", OFFICE);
  const error = scanner.attr("value-type", CALCEXT) === "error";
  const text = scanner.selfClosing ? "" : cellText(scanner);
  // A formula in error (LibreOffice): its text is the error, `#DIV/0!`, as Sheets' getValues() gives it.
  if (error) return textOrNull(text);
  switch (type) {
    case "float":
    case "percentage":
    case "currency": {
      const n = Number(value);
      return value !== undefined && Number.isFinite(n) ? n : textOrNull(text);
    }
    case "date":
      return (dateValue && isoDate(dateValue)) || textOrNull(text);
    case "time":
      return (timeValue && duration(timeValue)) || textOrNull(text);
    case "boolean":
      return booleanValue === undefined ? textOrNull(text) : booleanValue.trim().toLowerCase() === "true";
    case "string":
      return textOrNull(stringValue || text);
    default:
      return textOrNull(text);
  }
}

/**
 * The text of a cell: its paragraphs (`text:p`, `text:h`) joined by a line break, with `text:s` spaces, tabs and
 * line breaks; annotations (comments) are not part of it. Leaves the scanner on the cell's close tag.
 */
function cellText(scanner: XmlScanner): string {
  const paragraphs: string[] = [];
  let current: string | null = null;
  let depth = 1;
  while (scanner.next()) {
    if (scanner.token === XmlToken.Text) {
      if (current !== null) current += scanner.text();
      continue;
    }
    if (scanner.token === XmlToken.Close) {
      if (scanner.name === "p" || scanner.name === "h") {
        if (current !== null) paragraphs.push(current);
        current = null;
      }
      if (--depth === 0) break;
      continue;
    }
    const name = scanner.name;
    if (name === "annotation") {
      scanner.skipElement();
      continue;
    }
    if (name === "p" || name === "h") {
      if (scanner.selfClosing) paragraphs.push("");
      else current = "";
    } else if (current !== null && name === "s") current += " ".repeat(count(scanner.attr("c", TEXT)));
    else if (current !== null && name === "tab") current += "\t";
    else if (current !== null && name === "line-break") current += "\n";
    if (!scanner.selfClosing) depth += 1;
  }
  return paragraphs.join("\n");
}

/** A repeat count: a positive integer, 1 when absent or unreadable. */
function count(value: string | undefined): number {
  const n = Number(value);
  return Number.isInteger(n) && n >= 1 ? n : 1;
}

const textOrNull = (text: string): string | null => (text === "" ? null : text);

/** `2026-11-24` or `2026-11-24T07:30:00` as a Date with its wall-clock time in the UTC fields. */
function isoDate(text: string): Date | null {
  const m = /^(-?\d{4,})-(\d{2})-(\d{2})(?:T(\d{2}):(\d{2})(?::(\d{2})(?:\.(\d+))?)?)?/.exec(text.trim());
  if (!m) return null;
  const [y, mo, d, h = "0", mi = "0", s = "0"] = m.slice(1);
  const date = new Date(0);
  date.setUTCFullYear(Number(y), Number(mo) - 1, Number(d));
  date.setUTCHours(Number(h), Number(mi), Number(s), 0);
  return Number.isNaN(date.getTime()) ? null : date;
}

/** An ISO 8601 duration (`PT07H30M00S`) as a time of day on 1899-12-30, as Sheets gives a time cell. */
function duration(text: string): Date | null {
  const m = /^(-)?P(?:(\d+)D)?(?:T(?:(\d+)H)?(?:(\d+)M)?(?:(\d+(?:\.\d+)?)S)?)?$/.exec(text.trim());
  if (!m) return null;
  const [sign, d = "0", h = "0", mi = "0", s = "0"] = m.slice(1);
  const seconds = Math.round(((Number(d) * 24 + Number(h)) * 60 + Number(mi)) * 60 + Number(s));
  return new Date(Date.UTC(1899, 11, 30) + (sign ? -seconds : seconds) * 1000);
}
