// Fake Sheet: a grid of cells (1-based), its size, frozen rows, tab settings, merges and rule lists.
import { parseA1, quoteSheetName } from "./a1";
import type { FakeConditionalFormatRule } from "./builders";
import { type Cell, type CellBorders, emptyCell, hasContent } from "./cell";
import { SERVICE, type ServiceObject } from "./counting";
import type { FakeDeveloperMetadata, FakeMetadataFinder } from "./metadata";
import type { FakeProtection } from "./protection";
import { FakeRange } from "./range";
import { FakeRangeList } from "./range-list";
import type { FakeSpreadsheet } from "./spreadsheet";

/** A merged area. */
interface Merge {
  row: number;
  col: number;
  numRows: number;
  numCols: number;
}

const overlaps = (a: Merge, b: Merge): boolean =>
  a.row < b.row + b.numRows &&
  b.row < a.row + a.numRows &&
  a.col < b.col + b.numCols &&
  b.col < a.col + a.numCols;

/** A fake `Sheet`. */
export class FakeSheet implements ServiceObject {
  readonly [SERVICE] = "Sheet";
  /** Rows of cells, 0-based internally. */
  private rows: (Cell | undefined)[][] = [];
  maxRows = 1000;
  maxCols = 26;
  frozenRows = 0;
  frozenCols = 0;
  hidden = false;
  tabColor: string | null = null;
  readonly columnWidths = new Map<number, number>();
  readonly rowHeights = new Map<number, number>();
  /** Columns passed to autoResizeColumns. */
  readonly autoResized = new Set<number>();
  merges: Merge[] = [];
  conditionalRules: FakeConditionalFormatRule[] = [];

  constructor(
    readonly spreadsheet: FakeSpreadsheet,
    readonly id: number,
    public name: string,
  ) {}

  /** Sheet-level writes (appendRow included) are logged with the tab's quoted name. */
  describeTarget(): string {
    return quoteSheetName(this.name);
  }

  // ---- test-side helpers (not visible to the code under test) -----------------------------------

  /** The stored cell at a 1-based position (undefined when never touched). */
  cellAt(row: number, col: number): Cell | undefined {
    return this._peek(row, col);
  }

  /** The borders of a cell (test-side). */
  borderAt(row: number, col: number): CellBorders {
    return this._peek(row, col)?.borders ?? { top: null, left: null, bottom: null, right: null };
  }

  /** All values of the data range (test-side, uncounted). */
  valuesOf(): unknown[][] {
    return this.getDataRange().getValues();
  }

  // ---- internal -----------------------------------------------------------------------------------

  /** The cell at a 1-based position, if it exists. */
  _peek(row: number, col: number): Cell | undefined {
    return this.rows[row - 1]?.[col - 1];
  }

  /** The cell at a 1-based position, created when missing. */
  _cell(row: number, col: number): Cell {
    let r = this.rows[row - 1];
    if (!r) {
      r = [];
      this.rows[row - 1] = r;
    }
    let c = r[col - 1];
    if (!c) {
      c = emptyCell();
      r[col - 1] = c;
    }
    return c;
  }

  /** A range checked against the sheet's size, as Sheets checks it. */
  _rangeAt(row: number, col: number, numRows = 1, numCols = 1): FakeRange {
    for (const [n, what] of [
      [row, "row"],
      [col, "column"],
      [numRows, "rows"],
      [numCols, "columns"],
    ] as const) {
      if (typeof n !== "number" || !Number.isInteger(n)) {
        throw new Error(`Cannot convert '${String(n)}' to int (${what}).`);
      }
    }
    if (row < 1) throw new Error("The starting row of the range is too small.");
    if (col < 1) throw new Error("The starting column of the range is too small.");
    if (numRows < 1) throw new Error("The number of rows in the range must be at least 1.");
    if (numCols < 1) throw new Error("The number of columns in the range must be at least 1.");
    if (row + numRows - 1 > this.maxRows || col + numCols - 1 > this.maxCols) {
      throw new Error("The coordinates of the range are outside the dimensions of the sheet.");
    }
    return new FakeRange(this, row, col, numRows, numCols);
  }

  /** A range from A1 notation (no sheet name, or this sheet's name). */
  _rangeFromA1(a1: string): FakeRange {
    const ref = parseA1(a1);
    if (ref.sheetName !== null && ref.sheetName !== this.name) throw new Error("Range not found");
    const r1 = ref.startRow ?? 1;
    const c1 = ref.startCol ?? 1;
    const r2 = ref.endRow ?? this.maxRows;
    const c2 = ref.endCol ?? this.maxCols;
    const [top, bottom] = r1 <= r2 ? [r1, r2] : [r2, r1];
    const [leftCol, rightCol] = c1 <= c2 ? [c1, c2] : [c2, c1];
    return this._rangeAt(top, leftCol, bottom - top + 1, rightCol - leftCol + 1);
  }

  _addMerge(row: number, col: number, numRows: number, numCols: number): void {
    const merge = { row, col, numRows, numCols };
    this.merges = this.merges.filter((m) => !overlaps(m, merge));
    if (numRows > 1 || numCols > 1) this.merges.push(merge);
  }

  _removeMerges(row: number, col: number, numRows: number, numCols: number): void {
    const area = { row, col, numRows, numCols };
    this.merges = this.merges.filter((m) => !overlaps(m, area));
  }

  _mergesIntersecting(row: number, col: number, numRows: number, numCols: number): Merge[] {
    const area = { row, col, numRows, numCols };
    return this.merges.filter((m) => overlaps(m, area));
  }

  // ---- identity -----------------------------------------------------------------------------------

  getName(): string {
    return this.name;
  }

  setName(name: string): FakeSheet {
    this.spreadsheet._renameSheet(this, name);
    return this;
  }

  getSheetId(): number {
    return this.id;
  }

  getSheetName(): string {
    return this.name;
  }

  /** 1-based position among the tabs. */
  getIndex(): number {
    return this.spreadsheet.sheets.indexOf(this) + 1;
  }

  getParent(): FakeSpreadsheet {
    return this.spreadsheet;
  }

  activate(): FakeSheet {
    this.spreadsheet._activate(this, null);
    return this;
  }

  // ---- ranges -------------------------------------------------------------------------------------

  getRange(rowOrA1: number | string, column?: number, numRows?: number, numColumns?: number): FakeRange {
    if (typeof rowOrA1 === "string") return this._rangeFromA1(rowOrA1);
    if (column === undefined) throw new Error("The parameters (number) don't match the method signature.");
    return this._rangeAt(rowOrA1, column, numRows ?? 1, numColumns ?? 1);
  }

  /**
   * The ranges of A1 notations of this sheet as one RangeList. An empty list is refused here (Sheets' answer to
   * it is not documented, so code must not rely on one).
   */
  getRangeList(a1Notations: string[]): FakeRangeList {
    if (!Array.isArray(a1Notations) || a1Notations.some((a) => typeof a !== "string")) {
      throw new Error("The parameters don't match the method signature for Sheet.getRangeList.");
    }
    if (a1Notations.length === 0)
      throw new Error("getRangeList: no range given (the fake refuses an empty list).");
    return new FakeRangeList(a1Notations.map((a) => this._rangeFromA1(a)));
  }

  /** From A1 to the last row and column with content (A1 on an empty sheet). */
  getDataRange(): FakeRange {
    return this._rangeAt(1, 1, Math.max(1, this.getLastRow()), Math.max(1, this.getLastColumn()));
  }

  /** Last row with a value or formula; 0 on an empty sheet. */
  getLastRow(): number {
    for (let r = this.rows.length; r >= 1; r--) if (this.rows[r - 1]?.some(hasContent)) return r;
    return 0;
  }

  /** Last column with a value or formula; 0 on an empty sheet. */
  getLastColumn(): number {
    let last = 0;
    for (const row of this.rows) {
      if (!row) continue;
      for (let c = row.length; c > last; c--) {
        if (hasContent(row[c - 1])) {
          last = c;
          break;
        }
      }
    }
    return last;
  }

  getMaxRows(): number {
    return this.maxRows;
  }

  getMaxColumns(): number {
    return this.maxCols;
  }

  getActiveRange(): FakeRange {
    return this.spreadsheet._activeRangeOf(this);
  }

  setActiveRange(range: FakeRange): FakeRange {
    return this.spreadsheet.setActiveRange(range);
  }

  // ---- rows and columns ---------------------------------------------------------------------------

  /** Writes a row after the last row with content; text beginning with `=` becomes a formula. */
  appendRow(rowContents: unknown[]): FakeSheet {
    if (!Array.isArray(rowContents)) throw new Error("The parameters don't match the method signature.");
    const row = this.getLastRow() + 1;
    if (rowContents.length === 0) return this;
    if (row > this.maxRows) this.maxRows = row;
    if (rowContents.length > this.maxCols) this.maxCols = rowContents.length;
    new FakeRange(this, row, 1, 1, rowContents.length).setValues([rowContents]);
    return this;
  }

  insertRowsAfter(afterPosition: number, howMany: number): FakeSheet {
    return this._insertRowsAt(afterPosition + 1, howMany);
  }

  insertRowsBefore(beforePosition: number, howMany: number): FakeSheet {
    return this._insertRowsAt(beforePosition, howMany);
  }

  insertRowAfter(afterPosition: number): FakeSheet {
    return this._insertRowsAt(afterPosition + 1, 1);
  }

  insertRowBefore(beforePosition: number): FakeSheet {
    return this._insertRowsAt(beforePosition, 1);
  }

  insertRows(rowIndex: number, numRows = 1): FakeSheet {
    return this._insertRowsAt(rowIndex, numRows);
  }

  private _insertRowsAt(at: number, count: number): FakeSheet {
    if (at < 1 || at > this.maxRows + 1 || count < 1) throw new Error("Those rows are out of bounds.");
    while (this.rows.length < at - 1) this.rows.push([]);
    this.rows.splice(at - 1, 0, ...Array.from({ length: count }, () => []));
    this.maxRows += count;
    for (const m of this.merges) if (m.row >= at) m.row += count;
    this.spreadsheet.metadata.shiftRows(this, at, count);
    return this;
  }

  deleteRow(rowPosition: number): FakeSheet {
    return this.deleteRows(rowPosition, 1);
  }

  deleteRows(rowPosition: number, howMany: number): FakeSheet {
    if (rowPosition < 1 || howMany < 1 || rowPosition + howMany - 1 > this.maxRows) {
      throw new Error("Those rows are out of bounds.");
    }
    if (howMany >= this.maxRows) throw new Error("Sorry, it is not possible to delete all non-frozen rows.");
    this.rows.splice(rowPosition - 1, howMany);
    this.maxRows -= howMany;
    this.merges = this.merges.filter(
      (m) => m.row + m.numRows - 1 < rowPosition || m.row >= rowPosition + howMany,
    );
    for (const m of this.merges) if (m.row >= rowPosition + howMany) m.row -= howMany;
    this.spreadsheet.metadata.shiftRows(this, rowPosition, -howMany);
    return this;
  }

  insertColumnsAfter(afterPosition: number, howMany: number): FakeSheet {
    if (afterPosition < 0 || afterPosition > this.maxCols || howMany < 1)
      throw new Error("Those columns are out of bounds.");
    for (const row of this.rows) {
      if (row && row.length > afterPosition)
        row.splice(afterPosition, 0, ...Array<Cell | undefined>(howMany));
    }
    this.maxCols += howMany;
    for (const m of this.merges) if (m.col > afterPosition) m.col += howMany;
    this.spreadsheet.metadata.shiftColumns(this, afterPosition + 1, howMany);
    return this;
  }

  insertColumnAfter(afterPosition: number): FakeSheet {
    return this.insertColumnsAfter(afterPosition, 1);
  }

  insertColumnsBefore(beforePosition: number, howMany: number): FakeSheet {
    return this.insertColumnsAfter(beforePosition - 1, howMany);
  }

  insertColumnBefore(beforePosition: number): FakeSheet {
    return this.insertColumnsAfter(beforePosition - 1, 1);
  }

  /** Deletes columns; the cells to their right move left, with their column metadata (metadata of deleted columns goes). */
  deleteColumns(columnPosition: number, howMany: number): FakeSheet {
    if (columnPosition < 1 || howMany < 1 || columnPosition + howMany - 1 > this.maxCols) {
      throw new Error("Those columns are out of bounds.");
    }
    if (howMany >= this.maxCols)
      throw new Error("Sorry, it is not possible to delete all non-frozen columns.");
    for (const row of this.rows) if (row) row.splice(columnPosition - 1, howMany);
    this.maxCols -= howMany;
    this.merges = this.merges.filter(
      (m) => m.col + m.numCols - 1 < columnPosition || m.col >= columnPosition + howMany,
    );
    for (const m of this.merges) if (m.col >= columnPosition + howMany) m.col -= howMany;
    this.spreadsheet.metadata.shiftColumns(this, columnPosition, -howMany);
    return this;
  }

  deleteColumn(columnPosition: number): FakeSheet {
    return this.deleteColumns(columnPosition, 1);
  }

  /**
   * `moveColumns(columnSpec, destinationIndex)`: moves the whole columns the range spans so that they start at
   * `destinationIndex`, counted before the move (as dragging a column header). Cells, widths and column
   * metadata move with their column.
   */
  moveColumns(columnSpec: FakeRange, destinationIndex: number): FakeSheet {
    const from = columnSpec.col;
    const count = columnSpec.numCols;
    if (destinationIndex < 1 || destinationIndex > this.maxCols + 1) {
      throw new Error("Those columns are out of bounds.");
    }
    if (this._mergesIntersecting(1, 1, this.maxRows, this.maxCols).length > 0) {
      throw new Error("You can't move columns that contain merged cells.");
    }
    // Where each old column (1-based) ends up.
    const order = Array.from({ length: this.maxCols }, (_, i) => i + 1);
    const moved = order.splice(from - 1, count);
    const at = destinationIndex > from ? destinationIndex - count : destinationIndex;
    order.splice(at - 1, 0, ...moved);
    const newIndexOf = new Map(order.map((oldCol, i) => [oldCol, i + 1]));
    for (let r = 0; r < this.rows.length; r++) {
      const row = this.rows[r];
      if (!row) continue;
      this.rows[r] = order.map((oldCol) => row[oldCol - 1]) as (Cell | undefined)[];
    }
    const widths = new Map(this.columnWidths);
    this.columnWidths.clear();
    for (const [c, w] of widths) this.columnWidths.set(newIndexOf.get(c) ?? c, w);
    this.spreadsheet.metadata.moveColumns(this, newIndexOf);
    return this;
  }

  /**
   * `Sheet.sort(columnPosition, ascending)`: sorts every row below the frozen rows by one column, as
   * `Range.sort` does (see there); the frozen header rows stay on top.
   */
  sort(columnPosition: number, ascending = true): FakeSheet {
    const first = this.frozenRows + 1;
    if (first > this.maxRows) return this;
    new FakeRange(this, first, 1, this.maxRows - first + 1, this.maxCols).sort({
      column: columnPosition,
      ascending,
    });
    return this;
  }

  /** Puts whole rows of cells of a column band in a new order (`order[i]` = old 0-based offset of new row i). */
  _reorderRows(row: number, col: number, numCols: number, order: readonly number[]): void {
    const band = order.map((_, i) => {
      const cells: (Cell | undefined)[] = [];
      for (let c = 0; c < numCols; c++) cells.push(this.rows[row - 1 + i]?.[col - 1 + c]);
      return cells;
    });
    order.forEach((oldOffset, i) => {
      const source = band[oldOffset] ?? [];
      let target = this.rows[row - 1 + i];
      if (!target) {
        target = [];
        this.rows[row - 1 + i] = target;
      }
      for (let c = 0; c < numCols; c++) target[col - 1 + c] = source[c];
    });
  }

  setFrozenRows(rows: number): void {
    if (rows < 0 || rows > this.maxRows) throw new Error("Those rows are out of bounds.");
    this.frozenRows = rows;
  }

  getFrozenRows(): number {
    return this.frozenRows;
  }

  setFrozenColumns(columns: number): void {
    if (columns < 0 || columns > this.maxCols) throw new Error("Those columns are out of bounds.");
    this.frozenCols = columns;
  }

  getFrozenColumns(): number {
    return this.frozenCols;
  }

  setColumnWidth(columnPosition: number, width: number): FakeSheet {
    this.columnWidths.set(columnPosition, width);
    this.autoResized.delete(columnPosition);
    return this;
  }

  setColumnWidths(startColumn: number, numColumns: number, width: number): FakeSheet {
    for (let c = startColumn; c < startColumn + numColumns; c++) this.setColumnWidth(c, width);
    return this;
  }

  getColumnWidth(columnPosition: number): number {
    return this.columnWidths.get(columnPosition) ?? 100;
  }

  /** Fits columns to their content; the fake records it (width ≈ 7 px per character of the longest text). */
  autoResizeColumns(startColumn: number, numColumns: number): FakeSheet {
    for (let c = startColumn; c < startColumn + numColumns; c++) {
      let longest = 0;
      for (const row of this.rows) {
        const cell = row?.[c - 1];
        if (cell) longest = Math.max(longest, String(cell.value).length);
      }
      this.columnWidths.set(c, Math.max(20, longest * 7 + 10));
      this.autoResized.add(c);
    }
    return this;
  }

  autoResizeColumn(columnPosition: number): FakeSheet {
    return this.autoResizeColumns(columnPosition, 1);
  }

  setRowHeight(rowPosition: number, height: number): FakeSheet {
    this.rowHeights.set(rowPosition, height);
    return this;
  }

  setRowHeights(startRow: number, numRows: number, height: number): FakeSheet {
    for (let r = startRow; r < startRow + numRows; r++) this.rowHeights.set(r, height);
    return this;
  }

  getRowHeight(rowPosition: number): number {
    return this.rowHeights.get(rowPosition) ?? 21;
  }

  // ---- tab ----------------------------------------------------------------------------------------

  hideSheet(): FakeSheet {
    if (this.spreadsheet.sheets.filter((s) => !s.hidden && s !== this).length === 0) {
      throw new Error("You can't hide all the sheets in a document.");
    }
    this.hidden = true;
    return this;
  }

  showSheet(): FakeSheet {
    this.hidden = false;
    return this;
  }

  isSheetHidden(): boolean {
    return this.hidden;
  }

  setTabColor(color: string | null): FakeSheet {
    this.tabColor = color === null ? null : color.toLowerCase();
    return this;
  }

  getTabColor(): string | null {
    return this.tabColor;
  }

  // ---- clearing -----------------------------------------------------------------------------------

  private _whole(): FakeRange {
    return new FakeRange(this, 1, 1, this.maxRows, this.maxCols);
  }

  /** Clears contents and formats (`clear(options)` as Range.clear). */
  clear(options?: { contentsOnly?: boolean; formatOnly?: boolean }): FakeSheet {
    this._whole().clear(options);
    return this;
  }

  clearContents(): FakeSheet {
    this._whole().clearContent();
    return this;
  }

  clearFormats(): FakeSheet {
    this._whole().clearFormat();
    return this;
  }

  clearNotes(): FakeSheet {
    this._whole().clearNote();
    return this;
  }

  // ---- rules, metadata, protection ----------------------------------------------------------------

  getConditionalFormatRules(): FakeConditionalFormatRule[] {
    return [...this.conditionalRules];
  }

  setConditionalFormatRules(rules: FakeConditionalFormatRule[]): void {
    this.conditionalRules = [...rules];
  }

  clearConditionalFormatRules(): void {
    this.conditionalRules = [];
  }

  addDeveloperMetadata(key: string, value?: string | null, visibility?: string): FakeSheet {
    this.spreadsheet.metadata.add({ type: "SHEET", sheet: this }, key, value, visibility);
    return this;
  }

  /** Metadata placed on the sheet itself. */
  getDeveloperMetadata(): FakeDeveloperMetadata[] {
    return this.spreadsheet.metadata.onSheet(this);
  }

  /** A finder over the metadata of this sheet and of its rows and columns. */
  createDeveloperMetadataFinder(): FakeMetadataFinder {
    return this.spreadsheet.metadata.finder((m) => m.location.sheet === this);
  }

  protect(): FakeProtection {
    return this.spreadsheet.protections.protect(this, null);
  }

  getProtections(type: string): FakeProtection[] {
    return this.spreadsheet.protections.list(type).filter((p) => p.sheet === this);
  }
}
