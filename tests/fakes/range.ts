// Fake Range: a 1-based rectangle of a sheet; batched reads and writes with Sheets' dimension checks.
import { a1Of, quoteSheetName } from "./a1";
import { FakeDataValidation, FakeRichTextValue } from "./builders";
import { type Cell, type CellFormat, defaultFormat, emptyCell, hasContent } from "./cell";
import {
  checkCellText,
  copyValue,
  DEFAULT_NUMBER_FORMAT,
  displayOf,
  normalizeColor,
  parseInput,
  type StoredValue,
} from "./cell-values";
import { SERVICE, type ServiceObject } from "./counting";
import type { FakeDeveloperMetadata, FakeMetadataFinder } from "./metadata";
import type { FakeProtection } from "./protection";
import type { FakeSheet } from "./sheet";

/** `SpreadsheetApp.WrapStrategy`. */
export const WrapStrategy = { WRAP: "WRAP", OVERFLOW: "OVERFLOW", CLIP: "CLIP" } as const;

/** `SpreadsheetApp.BorderStyle`. */
export const BorderStyle = {
  DOTTED: "DOTTED",
  DASHED: "DASHED",
  SOLID: "SOLID",
  SOLID_MEDIUM: "SOLID_MEDIUM",
  SOLID_THICK: "SOLID_THICK",
  DOUBLE: "DOUBLE",
} as const;

/** Sheets' sort order of two non-empty values: numbers and dates, then text (ignoring case), then booleans. */
function compareSortValues(a: StoredValue, b: StoredValue): number {
  const rank = (v: StoredValue): number =>
    typeof v === "number" || v instanceof Date ? 0 : typeof v === "string" ? 1 : 2;
  const ra = rank(a);
  const rb = rank(b);
  if (ra !== rb) return ra - rb;
  if (ra === 0) {
    // A date is a day count for Sheets (serial number, 0 = 30/12/1899): it sorts among numbers.
    const serial = (v: StoredValue): number =>
      v instanceof Date ? v.getTime() / 86_400_000 + 25_569 : (v as number);
    const na = serial(a);
    const nb = serial(b);
    return na - nb;
  }
  if (ra === 1) return (a as string).localeCompare(b as string, "fr", { sensitivity: "accent" });
  return Number(a) - Number(b);
}

function dimensionError(kind: "rows" | "columns", data: number, range: number): Error {
  return new Error(
    `The number of ${kind} in the data does not match the number of ${kind} in the range. The data has ${data} but the range has ${range}.`,
  );
}

/** A fake `Range`. */
export class FakeRange implements ServiceObject {
  readonly [SERVICE] = "Range";

  constructor(
    readonly sheet: FakeSheet,
    readonly row: number,
    readonly col: number,
    readonly numRows: number,
    readonly numCols: number,
  ) {}

  describeTarget(): string {
    return `${quoteSheetName(this.sheet.name)}!${this.getA1Notation()}`;
  }

  // ---- internal helpers -------------------------------------------------------------------------

  private _read<T>(fn: (cell: Cell | undefined) => T): T[][] {
    const out: T[][] = [];
    for (let r = 0; r < this.numRows; r++) {
      const row: T[] = [];
      for (let c = 0; c < this.numCols; c++) row.push(fn(this.sheet._peek(this.row + r, this.col + c)));
      out.push(row);
    }
    return out;
  }

  private _first<T>(fn: (cell: Cell | undefined) => T): T {
    return fn(this.sheet._peek(this.row, this.col));
  }

  private _checkShape(data: unknown): unknown[][] {
    if (!Array.isArray(data)) throw new Error("The parameters (String) don't match the method signature.");
    if (data.length !== this.numRows) throw dimensionError("rows", data.length, this.numRows);
    for (const row of data) {
      if (!Array.isArray(row)) throw new Error("The parameters don't match the method signature.");
      if (row.length !== this.numCols) throw dimensionError("columns", row.length, this.numCols);
    }
    return data as unknown[][];
  }

  /** Writes a grid after checking its shape; each cell is parsed before any is written. */
  private _write<T>(data: unknown, prepare: (v: unknown) => T, apply: (cell: Cell, v: T) => void): FakeRange {
    const grid = this._checkShape(data).map((row) => row.map(prepare));
    grid.forEach((row, r) => {
      row.forEach((v, c) => {
        apply(this.sheet._cell(this.row + r, this.col + c), v);
      });
    });
    return this;
  }

  private _fill<T>(value: T, apply: (cell: Cell, v: T) => void): FakeRange {
    for (let r = 0; r < this.numRows; r++) {
      for (let c = 0; c < this.numCols; c++) apply(this.sheet._cell(this.row + r, this.col + c), value);
    }
    return this;
  }

  private _parse(v: unknown, cell: Cell): { value: StoredValue; formula: string } {
    const ss = this.sheet.spreadsheet;
    return parseInput(v, { locale: ss.locale, timeZone: ss.timeZone, plainText: cell.numberFormat === "@" });
  }

  private _storeValue(cell: Cell, v: unknown): void {
    const parsed = this._parse(v, cell);
    cell.value = parsed.value;
    cell.formula = parsed.formula;
    cell.links = [];
  }

  // ---- geometry ---------------------------------------------------------------------------------

  getRow(): number {
    return this.row;
  }

  getColumn(): number {
    return this.col;
  }

  getNumRows(): number {
    return this.numRows;
  }

  getNumColumns(): number {
    return this.numCols;
  }

  getHeight(): number {
    return this.numRows;
  }

  getWidth(): number {
    return this.numCols;
  }

  getLastRow(): number {
    return this.row + this.numRows - 1;
  }

  getLastColumn(): number {
    return this.col + this.numCols - 1;
  }

  getA1Notation(): string {
    return a1Of(this.row, this.col, this.numRows, this.numCols);
  }

  getSheet(): FakeSheet {
    return this.sheet;
  }

  getGridId(): number {
    return this.sheet.id;
  }

  /** A cell of this range, 1-based relative to its top-left corner. */
  getCell(row: number, column: number): FakeRange {
    if (row < 1 || column < 1 || row > this.numRows || column > this.numCols) {
      throw new Error("The coordinates of the range are outside the dimensions of the sheet.");
    }
    return this.sheet._rangeAt(this.row + row - 1, this.col + column - 1, 1, 1);
  }

  offset(rowOffset: number, columnOffset: number, numRows?: number, numColumns?: number): FakeRange {
    return this.sheet._rangeAt(
      this.row + rowOffset,
      this.col + columnOffset,
      numRows ?? this.numRows,
      numColumns ?? this.numCols,
    );
  }

  activate(): FakeRange {
    this.sheet.spreadsheet._activate(this.sheet, this);
    return this;
  }

  // ---- values -----------------------------------------------------------------------------------

  getValue(): StoredValue {
    return this._first((c) => (c ? copyValue(c.value) : ""));
  }

  getValues(): StoredValue[][] {
    return this._read((c) => (c ? copyValue(c.value) : ""));
  }

  setValue(value: unknown): FakeRange {
    if (Array.isArray(value)) throw new Error("The parameters (number[]) don't match the method signature.");
    const parsed = this._parse(value, this.sheet._cell(this.row, this.col));
    return this._fill(parsed, (cell) => this._storeValue(cell, value));
  }

  setValues(values: unknown[][]): FakeRange {
    const grid = this._checkShape(values);
    grid.forEach((row, r) => {
      row.forEach((v, c) => {
        this._parse(v, this.sheet._peek(this.row + r, this.col + c) ?? emptyCell());
      });
    });
    return this._write(
      values,
      (v) => v,
      (cell, v) => this._storeValue(cell, v),
    );
  }

  getDisplayValue(): string {
    return this.getDisplayValues()[0]?.[0] ?? "";
  }

  getDisplayValues(): string[][] {
    const tz = this.sheet.spreadsheet.timeZone;
    return this._read((c) => (c ? displayOf(c.value, c.numberFormat, tz) : ""));
  }

  getFormula(): string {
    return this._first((c) => c?.formula ?? "");
  }

  getFormulas(): string[][] {
    return this._read((c) => c?.formula ?? "");
  }

  setFormula(formula: string): FakeRange {
    return this._fill(String(formula), (cell, f) => {
      checkCellText(f);
      cell.formula = f.startsWith("=") ? f : `=${f}`;
      cell.value = "";
      cell.links = [];
    });
  }

  setFormulas(formulas: string[][]): FakeRange {
    return this._write(
      formulas,
      (f) => String(f),
      (cell, f) => {
        cell.formula = f === "" ? "" : f.startsWith("=") ? f : `=${f}`;
        cell.value = "";
        cell.links = [];
      },
    );
  }

  isBlank(): boolean {
    return this._read((c) => c === undefined || (c.value === "" && c.formula === "")).every((r) =>
      r.every(Boolean),
    );
  }

  // ---- rich text --------------------------------------------------------------------------------

  private _richOf(cell: Cell | undefined): FakeRichTextValue | null {
    if (!cell) return new FakeRichTextValue("", []);
    if (typeof cell.value !== "string") return null;
    return new FakeRichTextValue(cell.value, cell.links);
  }

  getRichTextValue(): FakeRichTextValue | null {
    return this._first((c) => this._richOf(c));
  }

  getRichTextValues(): (FakeRichTextValue | null)[][] {
    return this._read((c) => this._richOf(c));
  }

  setRichTextValue(value: FakeRichTextValue): FakeRange {
    return this._fill(value, (cell, v) => this._storeRich(cell, v));
  }

  setRichTextValues(values: FakeRichTextValue[][]): FakeRange {
    return this._write(
      values,
      (v) => v as FakeRichTextValue,
      (cell, v) => this._storeRich(cell, v),
    );
  }

  private _storeRich(cell: Cell, v: FakeRichTextValue): void {
    if (!(v instanceof FakeRichTextValue))
      throw new Error("The parameters don't match the method signature.");
    checkCellText(v.getText());
    cell.value = v.getText();
    cell.formula = "";
    cell.links = v._linkRuns();
  }

  // ---- notes ------------------------------------------------------------------------------------

  getNote(): string {
    return this._first((c) => c?.note ?? "");
  }

  getNotes(): string[][] {
    return this._read((c) => c?.note ?? "");
  }

  setNote(note: string | null): FakeRange {
    const text = note === null || note === undefined ? "" : String(note);
    checkCellText(text);
    return this._fill(text, (cell, n) => {
      cell.note = n;
    });
  }

  setNotes(notes: (string | null)[][]): FakeRange {
    return this._write(
      notes,
      (n) => {
        const text = n === null || n === undefined ? "" : String(n);
        checkCellText(text);
        return text;
      },
      (cell, n) => {
        cell.note = n;
      },
    );
  }

  clearNote(): FakeRange {
    return this._fill("", (cell) => {
      cell.note = "";
    });
  }

  // ---- formats ----------------------------------------------------------------------------------

  private _getFormat<K extends keyof CellFormat>(
    key: K,
    fallback: NonNullable<CellFormat[K]>,
  ): NonNullable<CellFormat[K]> {
    return this._first((c) => c?.[key] ?? fallback) as NonNullable<CellFormat[K]>;
  }

  private _getFormats<K extends keyof CellFormat>(
    key: K,
    fallback: NonNullable<CellFormat[K]>,
  ): NonNullable<CellFormat[K]>[][] {
    return this._read((c) => c?.[key] ?? fallback) as NonNullable<CellFormat[K]>[][];
  }

  private _setFormat<K extends keyof CellFormat>(key: K, value: CellFormat[K]): FakeRange {
    return this._fill(value, (cell: CellFormat, v) => {
      cell[key] = v;
    });
  }

  private _setFormatGrid<K extends keyof CellFormat>(
    key: K,
    values: unknown,
    prepare: (v: unknown) => CellFormat[K],
  ): FakeRange {
    return this._write(values, prepare, (cell: CellFormat, v) => {
      cell[key] = v;
    });
  }

  getBackground(): string {
    return this._getFormat("background", "#ffffff");
  }

  getBackgrounds(): string[][] {
    return this._getFormats("background", "#ffffff");
  }

  setBackground(color: string | null): FakeRange {
    return this._setFormat("background", normalizeColor(color));
  }

  setBackgrounds(colors: (string | null)[][]): FakeRange {
    return this._setFormatGrid("background", colors, (v) => normalizeColor(v as string | null));
  }

  getFontColor(): string {
    return this._getFormat("fontColor", "#000000");
  }

  getFontColors(): string[][] {
    return this._getFormats("fontColor", "#000000");
  }

  setFontColor(color: string | null): FakeRange {
    return this._setFormat("fontColor", normalizeColor(color));
  }

  setFontColors(colors: (string | null)[][]): FakeRange {
    return this._setFormatGrid("fontColor", colors, (v) => normalizeColor(v as string | null));
  }

  getFontWeight(): string {
    return this._getFormat("fontWeight", "normal");
  }

  getFontWeights(): string[][] {
    return this._getFormats("fontWeight", "normal");
  }

  setFontWeight(weight: string | null): FakeRange {
    return this._setFormat("fontWeight", weight);
  }

  setFontWeights(weights: (string | null)[][]): FakeRange {
    return this._setFormatGrid("fontWeight", weights, (v) => v as string | null);
  }

  getFontStyle(): string {
    return this._getFormat("fontStyle", "normal");
  }

  setFontStyle(style: string | null): FakeRange {
    return this._setFormat("fontStyle", style);
  }

  getFontSize(): number {
    return this._getFormat("fontSize", 10);
  }

  getFontSizes(): number[][] {
    return this._getFormats("fontSize", 10);
  }

  setFontSize(size: number): FakeRange {
    return this._setFormat("fontSize", size);
  }

  getFontFamily(): string {
    return this._getFormat("fontFamily", "Arial");
  }

  setFontFamily(family: string | null): FakeRange {
    return this._setFormat("fontFamily", family);
  }

  getFontLine(): string {
    return this._getFormat("fontLine", "none");
  }

  setFontLine(line: string | null): FakeRange {
    return this._setFormat("fontLine", line);
  }

  getFontLines(): string[][] {
    return this._getFormats("fontLine", "none");
  }

  setFontLines(lines: (string | null)[][]): FakeRange {
    return this._setFormatGrid("fontLine", lines, (v) => v as string | null);
  }

  getFontStyles(): string[][] {
    return this._getFormats("fontStyle", "normal");
  }

  getHorizontalAlignment(): string {
    return this._getFormat("horizontalAlignment", "general");
  }

  setHorizontalAlignment(alignment: string | null): FakeRange {
    return this._setFormat("horizontalAlignment", alignment);
  }

  setHorizontalAlignments(alignments: (string | null)[][]): FakeRange {
    return this._setFormatGrid("horizontalAlignment", alignments, (v) => v as string | null);
  }

  getVerticalAlignment(): string {
    return this._getFormat("verticalAlignment", "bottom");
  }

  setVerticalAlignment(alignment: string | null): FakeRange {
    return this._setFormat("verticalAlignment", alignment);
  }

  getWrap(): boolean {
    return this.getWrapStrategy() === WrapStrategy.WRAP;
  }

  getWrapStrategy(): string {
    return this._getFormat("wrapStrategy", WrapStrategy.OVERFLOW);
  }

  setWrap(wrap: boolean): FakeRange {
    return this._setFormat("wrapStrategy", wrap ? WrapStrategy.WRAP : WrapStrategy.OVERFLOW);
  }

  setWraps(wraps: boolean[][]): FakeRange {
    return this._setFormatGrid("wrapStrategy", wraps, (v) => (v ? WrapStrategy.WRAP : WrapStrategy.OVERFLOW));
  }

  setWrapStrategy(strategy: string): FakeRange {
    return this._setFormat("wrapStrategy", strategy);
  }

  getNumberFormat(): string {
    return this._getFormat("numberFormat", DEFAULT_NUMBER_FORMAT);
  }

  getNumberFormats(): string[][] {
    return this._getFormats("numberFormat", DEFAULT_NUMBER_FORMAT);
  }

  setNumberFormat(format: string): FakeRange {
    return this._setFormat("numberFormat", format);
  }

  setNumberFormats(formats: string[][]): FakeRange {
    return this._setFormatGrid("numberFormat", formats, (v) => String(v));
  }

  /**
   * Borders, as `setBorder(top, left, bottom, right, vertical, horizontal, color?, style?)`: true draws,
   * false removes, null leaves a side unchanged; vertical/horizontal are the inner lines.
   */
  setBorder(
    top: boolean | null,
    left: boolean | null,
    bottom: boolean | null,
    right: boolean | null,
    vertical: boolean | null,
    horizontal: boolean | null,
    color?: string | null,
    style?: string | null,
  ): FakeRange {
    const side = { color: normalizeColor(color ?? null) ?? "#000000", style: style ?? BorderStyle.SOLID };
    const apply = (flag: boolean | null, cell: Cell, key: keyof Cell["borders"]) => {
      if (flag === true) cell.borders[key] = { ...side };
      else if (flag === false) cell.borders[key] = null;
    };
    const lastRow = this.numRows - 1;
    const lastCol = this.numCols - 1;
    for (let r = 0; r <= lastRow; r++) {
      for (let c = 0; c <= lastCol; c++) {
        const cell = this.sheet._cell(this.row + r, this.col + c);
        apply(r === 0 ? top : horizontal, cell, "top");
        apply(r === lastRow ? bottom : horizontal, cell, "bottom");
        apply(c === 0 ? left : vertical, cell, "left");
        apply(c === lastCol ? right : vertical, cell, "right");
      }
    }
    return this;
  }

  // ---- data validation --------------------------------------------------------------------------

  getDataValidation(): FakeDataValidation | null {
    return this._first((c) => c?.validation ?? null);
  }

  getDataValidations(): (FakeDataValidation | null)[][] {
    return this._read((c) => c?.validation ?? null);
  }

  setDataValidation(rule: FakeDataValidation | null): FakeRange {
    if (rule !== null && !(rule instanceof FakeDataValidation)) {
      throw new Error("The parameters don't match the method signature.");
    }
    return this._fill(rule, (cell, v) => {
      cell.validation = v;
    });
  }

  setDataValidations(rules: (FakeDataValidation | null)[][]): FakeRange {
    return this._write(
      rules,
      (v) => (v ?? null) as FakeDataValidation | null,
      (cell, v) => {
        cell.validation = v;
      },
    );
  }

  clearDataValidations(): FakeRange {
    return this._fill(null, (cell) => {
      cell.validation = null;
    });
  }

  // ---- clearing, merging ------------------------------------------------------------------------

  /**
   * `clear()` clears contents and formats (notes and validation rules stay); with options, only what
   * they name (`contentsOnly`, `formatOnly`, `validationsOnly`, `commentsOnly` = notes).
   */
  clear(options?: {
    contentsOnly?: boolean;
    formatOnly?: boolean;
    validationsOnly?: boolean;
    commentsOnly?: boolean;
  }): FakeRange {
    const o = options ?? {};
    const any = o.contentsOnly || o.formatOnly || o.validationsOnly || o.commentsOnly;
    return this._fill(null, (cell) => {
      if (!any || o.contentsOnly) {
        cell.value = "";
        cell.formula = "";
        cell.links = [];
      }
      if (!any || o.formatOnly) {
        Object.assign(cell, defaultFormat());
        cell.borders = { top: null, left: null, bottom: null, right: null };
      }
      if (o.validationsOnly) cell.validation = null;
      if (o.commentsOnly) cell.note = "";
    });
  }

  clearContent(): FakeRange {
    return this.clear({ contentsOnly: true });
  }

  clearFormat(): FakeRange {
    return this.clear({ formatOnly: true });
  }

  /** Merges the range: only the top-left value is kept. */
  merge(): FakeRange {
    for (let r = 0; r < this.numRows; r++) {
      for (let c = 0; c < this.numCols; c++) {
        if (r === 0 && c === 0) continue;
        const cell = this.sheet._peek(this.row + r, this.col + c);
        if (cell) {
          cell.value = "";
          cell.formula = "";
          cell.links = [];
        }
      }
    }
    this.sheet._addMerge(this.row, this.col, this.numRows, this.numCols);
    return this;
  }

  breakApart(): FakeRange {
    this.sheet._removeMerges(this.row, this.col, this.numRows, this.numCols);
    return this;
  }

  isPartOfMerge(): boolean {
    return this.sheet._mergesIntersecting(this.row, this.col, this.numRows, this.numCols).length > 0;
  }

  getMergedRanges(): FakeRange[] {
    return this.sheet
      ._mergesIntersecting(this.row, this.col, this.numRows, this.numCols)
      .map((m) => this.sheet._rangeAt(m.row, m.col, m.numRows, m.numCols));
  }

  // ---- sorting ----------------------------------------------------------------------------------

  /**
   * `Range.sort(sortSpecObj)`: reorders the range's rows by one or more columns. The spec is a column number,
   * `{ column, ascending }`, or an array of them (later ones break ties); columns are sheet column numbers
   * and must lie within the range. Whole rows of the range move together (values, formulas, formats, notes);
   * cells outside the range and row metadata stay where they are. Order, as Sheets sorts: numbers and dates,
   * then text (case-insensitive), then booleans; empty cells always last, ascending or descending; the sort is
   * stable (equal rows keep their order).
   */
  sort(sortSpecObj: unknown): FakeRange {
    const specs = (Array.isArray(sortSpecObj) ? sortSpecObj : [sortSpecObj]).map((spec) => {
      const column = typeof spec === "number" ? spec : (spec as { column?: unknown } | null)?.column;
      const ascending =
        typeof spec === "number" ? true : (spec as { ascending?: unknown }).ascending !== false;
      if (typeof column !== "number" || !Number.isInteger(column)) {
        throw new Error("The parameters don't match the method signature.");
      }
      if (column < this.col || column >= this.col + this.numCols) {
        throw new Error("The column of the sort specification must be within the range.");
      }
      return { column, ascending };
    });
    if (specs.length === 0) throw new Error("The parameters don't match the method signature.");
    if (this.sheet._mergesIntersecting(this.row, this.col, this.numRows, this.numCols).length > 0) {
      throw new Error("You can't sort a range that contains merged cells.");
    }
    const keyOf = (offset: number, column: number): Cell | undefined =>
      this.sheet._peek(this.row + offset, column);
    const order = Array.from({ length: this.numRows }, (_, i) => i);
    order.sort((a, b) => {
      for (const { column, ascending } of specs) {
        const ca = keyOf(a, column);
        const cb = keyOf(b, column);
        const blankA = !hasContent(ca);
        const blankB = !hasContent(cb);
        if (blankA || blankB) {
          if (blankA !== blankB) return blankA ? 1 : -1;
          continue;
        }
        const cmp = compareSortValues((ca as Cell).value, (cb as Cell).value);
        if (cmp !== 0) return ascending ? cmp : -cmp;
      }
      return a - b;
    });
    this.sheet._reorderRows(this.row, this.col, this.numCols, order);
    return this;
  }

  // ---- metadata, protection ---------------------------------------------------------------------

  /** Developer metadata on a whole row or column (Sheets refuses other ranges). */
  addDeveloperMetadata(key: string, value?: string | null, visibility?: string): FakeRange {
    this.sheet.spreadsheet.metadata.addOnRange(this, key, value, visibility);
    return this;
  }

  getDeveloperMetadata(): FakeDeveloperMetadata[] {
    return this.sheet.spreadsheet.metadata.onRange(this);
  }

  createDeveloperMetadataFinder(): FakeMetadataFinder {
    return this.sheet.spreadsheet.metadata.finder((m) => m._intersects(this));
  }

  protect(): FakeProtection {
    return this.sheet.spreadsheet.protections.protect(this.sheet, this);
  }
}
