// Reads an .xlsx or .xlsm package into sparse tabs: values as Sheets' getValues() gives them, any namespace prefix.
import type { CellValue } from "../../core/workbook";
import type { ReadBudget } from "./budget";
import { parseRange } from "./cell-ref";
import { dateOfSerial, isBuiltInDateFormat, isDateFormatCode } from "./number-formats";
import { Package } from "./ooxml-parts";
import { TooLargeError } from "./read-error";
import { SheetCells } from "./sheet-cells";
import { XmlScanner, XmlToken } from "./xml-scanner";
import type { ZipEntry } from "./zip";

/** Progress while reading: `done` of `total` worksheets parsed. */
export interface ReadProgress {
  done: number;
  total: number;
}

/** A package whose parts do not make a workbook (no workbook part, no sheet list). */
export class NotAWorkbookError extends Error {
  constructor(reason: string) {
    super(reason);
    this.name = "NotAWorkbookError";
  }
}

/**
 * The tabs of an .xlsx/.xlsm package, in workbook order (hidden ones included; chart sheets have no cells and are
 * left out). Throws `TooLargeError` past the budget, `XmlError`/`ZipEntryError` on a damaged part.
 */
export function readXlsxTabs(
  bytes: Uint8Array,
  entries: readonly ZipEntry[],
  budget: ReadBudget,
  onProgress?: (progress: ReadProgress) => void,
): SheetCells[] {
  const pkg = new Package(bytes, entries, budget);
  const workbookPart = officeDocument(pkg);
  const rels = pkg.relationships(workbookPart);
  const { sheets, date1904 } = readWorkbookPart(pkg.read(workbookPart) as Buffer);
  const relOfType = (type: string): string | undefined =>
    [...rels.values()].find((r) => r.type === type)?.target;
  const strings = readSharedStrings(pkg.read(relOfType("sharedStrings") ?? "xl/sharedStrings.xml"), budget);
  const dateStyles = readDateStyles(pkg.read(relOfType("styles") ?? "xl/styles.xml"));
  const worksheets = sheets.flatMap((sheet) => {
    const rel = sheet.rid === undefined ? undefined : rels.get(sheet.rid);
    if (rel && rel.type !== "worksheet") return [];
    return [{ name: sheet.name, part: rel?.target }];
  });
  const tabs: SheetCells[] = [];
  onProgress?.({ done: 0, total: worksheets.length });
  for (const sheet of worksheets) {
    const cells = new SheetCells(sheet.name);
    const xml = sheet.part === undefined ? undefined : pkg.read(sheet.part);
    if (xml) readWorksheet(xml, cells, { strings, dateStyles, date1904 }, budget);
    tabs.push(cells);
    onProgress?.({ done: tabs.length, total: worksheets.length });
  }
  return tabs;
}

/** The workbook part named by the package's `officeDocument` relationship, else `xl/workbook.xml`. */
function officeDocument(pkg: Package): string {
  const root = [...pkg.relationships("").values()].find((r) => r.type === "officeDocument");
  if (root && pkg.has(root.target)) return root.target;
  if (pkg.has("xl/workbook.xml")) return "xl/workbook.xml";
  throw new NotAWorkbookError("no workbook part");
}

/** The sheets of workbook.xml (name and relationship id, in order) and its date system. */
function readWorkbookPart(xml: Buffer): {
  sheets: Array<{ name: string; rid: string | undefined }>;
  date1904: boolean;
} {
  const sheets: Array<{ name: string; rid: string | undefined }> = [];
  let date1904 = false;
  let sawSheets = false;
  const scanner = new XmlScanner(xml);
  while (scanner.next()) {
    if (scanner.token !== XmlToken.Open) continue;
    if (scanner.name === "workbookPr") {
      const value = scanner.attr("date1904");
      date1904 = value === "1" || value === "true";
    } else if (scanner.name === "sheets") sawSheets = true;
    else if (scanner.name === "sheet") {
      const name = scanner.attr("name");
      if (name !== undefined) sheets.push({ name, rid: scanner.attr("id") });
    }
  }
  if (!sawSheets) throw new NotAWorkbookError("workbook part without a sheet list");
  return { sheets, date1904 };
}

/** The shared strings table (`_xHHHH_` escapes decoded); entries count against the cell budget. */
function readSharedStrings(xml: Buffer | undefined, budget: ReadBudget): string[] {
  const strings: string[] = [];
  if (!xml) return strings;
  const scanner = new XmlScanner(xml);
  while (scanner.next()) {
    if (scanner.token !== XmlToken.Open || scanner.name !== "si") continue;
    strings.push(decodeEscapes(richText(scanner)));
    if (strings.length > budget.limits.maxCells)
      throw new TooLargeError({ measure: "cells", count: strings.length, limit: budget.limits.maxCells });
    if ((strings.length & 0xffff) === 0) budget.checkTime();
  }
  return strings;
}

/** For each cell style index (`s`), whether its number format shows a date or a time. */
function readDateStyles(xml: Buffer | undefined): boolean[] {
  const styles: boolean[] = [];
  if (!xml) return styles;
  const custom = new Map<number, boolean>();
  const scanner = new XmlScanner(xml);
  let depth = 0;
  let inCellXfs = false;
  let inNumFmts = false;
  while (scanner.next()) {
    if (scanner.token === XmlToken.Open) {
      if (depth === 1 && scanner.name === "numFmts") inNumFmts = !scanner.selfClosing;
      else if (depth === 1 && scanner.name === "cellXfs") inCellXfs = !scanner.selfClosing;
      else if (inNumFmts && depth === 2 && scanner.name === "numFmt") {
        const id = Number(scanner.attr("numFmtId"));
        custom.set(id, isDateFormatCode(scanner.attr("formatCode") ?? ""));
      } else if (inCellXfs && depth === 2 && scanner.name === "xf") {
        const id = Number(scanner.attr("numFmtId") ?? 0);
        styles.push(custom.get(id) ?? isBuiltInDateFormat(id));
      }
      if (!scanner.selfClosing) depth += 1;
    } else if (scanner.token === XmlToken.Close) {
      depth -= 1;
      if (depth === 1) {
        inNumFmts = false;
        inCellXfs = false;
      }
    }
  }
  return styles;
}

interface SheetContext {
  strings: readonly string[];
  dateStyles: readonly boolean[];
  date1904: boolean;
}

/** The cells and merged ranges of one worksheet part. */
function readWorksheet(xml: Buffer, cells: SheetCells, ctx: SheetContext, budget: ReadBudget): void {
  const scanner = new XmlScanner(xml);
  let row = -1;
  let col = -1;
  let seen = 0;
  while (scanner.next()) {
    if (scanner.token !== XmlToken.Open) continue;
    const name = scanner.name;
    if (name === "c") {
      if (scanner.refAttr("r")) {
        row = scanner.refRow;
        col = scanner.refCol;
      } else col += 1;
      cells.elements += 1;
      const value = readCell(scanner, ctx);
      if (value !== null && budget.addCell()) cells.set(Math.max(row, 0), col, value);
      if ((++seen & 0xfff) === 0) budget.checkTime(cells.name);
    } else if (name === "row") {
      const r = Number(scanner.attr("r"));
      row = Number.isInteger(r) && r >= 1 ? r - 1 : row + 1;
      col = -1;
      cells.elements += 1;
    } else if (name === "mergeCell") {
      const range = parseRange(scanner.attr("ref") ?? "");
      if (range && (range.bottom > range.top || range.right > range.left)) cells.merge(range);
    } else if (name === "sheetData" || name === "worksheet" || name === "mergeCells") {
      // containers: read their children
    } else scanner.skipElement();
  }
}

/** The value of the cell just opened (its `<v>`, `<is>`; `<f>` skipped), as Sheets' getValues() gives it. */
function readCell(scanner: XmlScanner, ctx: SheetContext): CellValue {
  const type = scanner.attr("t") ?? "n";
  const style = Number(scanner.attr("s") ?? 0);
  if (scanner.selfClosing) return null;
  let raw: string | undefined;
  let inline: string | undefined;
  for (;;) {
    if (!scanner.next()) break;
    if (scanner.token === XmlToken.Close && scanner.name === "c") break;
    if (scanner.token !== XmlToken.Open) continue;
    if (scanner.name === "v") raw = scanner.elementText();
    else if (scanner.name === "is") inline = richText(scanner);
    else scanner.skipElement();
  }
  switch (type) {
    case "s": {
      const text = raw === undefined ? undefined : ctx.strings[Number(raw)];
      return text === undefined || text === "" ? null : text;
    }
    case "inlineStr":
      return textValue(inline ?? raw);
    case "str":
      return textValue(raw);
    case "e":
      return raw === undefined || raw.trim() === "" ? null : raw.trim();
    case "b":
      return raw === undefined ? null : raw.trim() === "1" || raw.trim().toLowerCase() === "true";
    case "d":
      return raw === undefined ? null : isoDate(raw.trim());
    default: {
      if (raw === undefined || raw.trim() === "") return null;
      const n = Number(raw);
      if (!Number.isFinite(n)) return null;
      return ctx.dateStyles[style] === true ? dateOfSerial(n, ctx.date1904) : n;
    }
  }
}

/**
 * The text of the string element just opened (`<si>`, `<is>`): its `<t>` runs in order, phonetic guides (`<rPh>`,
 * Japanese furigana) left out. Leaves the scanner on the element's close tag.
 */
function richText(scanner: XmlScanner): string {
  if (scanner.selfClosing) return "";
  let depth = 1;
  let out = "";
  while (scanner.next()) {
    if (scanner.token === XmlToken.Open) {
      if (scanner.name === "t") out += scanner.elementText();
      else if (scanner.name === "rPh") scanner.skipElement();
      else if (!scanner.selfClosing) depth += 1;
    } else if (scanner.token === XmlToken.Close && --depth === 0) return out;
  }
  return out;
}

const textValue = (text: string | undefined): string | null =>
  text === undefined || text === "" ? null : decodeEscapes(text);

/** An ISO 8601 date (`t="d"` cells) with its wall-clock time in the UTC fields; the text when unreadable. */
function isoDate(text: string): Date | string {
  const m = /^(\d{4})-(\d{2})-(\d{2})(?:T(\d{2}):(\d{2})(?::(\d{2})(?:\.\d+)?)?)?/.exec(text);
  if (!m) return text;
  const [y, mo, d, h = "0", mi = "0", s = "0"] = m.slice(1);
  return new Date(Date.UTC(Number(y), Number(mo) - 1, Number(d), Number(h), Number(mi), Number(s)));
}

/**
 * Decodes OOXML's `_xHHHH_` escapes (how a control character such as ESC, `_x001B_`, is stored; `_x005F_` is a
 * literal underscore). An escape that would leave half a surrogate pair becomes U+FFFD.
 */
export function decodeEscapes(text: string): string {
  if (!text.includes("_x")) return text;
  const decoded = text.replace(/_x([0-9A-Fa-f]{4})_/g, (_, hex: string) =>
    String.fromCharCode(Number.parseInt(hex, 16)),
  );
  return decoded.replace(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g, "\uFFFD");
}
