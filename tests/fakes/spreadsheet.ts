// Fake Spreadsheet: its tabs (unique names), active sheet and range, locale and zone, editors, metadata.
import { parseA1 } from "./a1";
import type { FakeContext } from "./context";
import { SERVICE, type ServiceObject } from "./counting";
import { type FakeDeveloperMetadata, type FakeMetadataFinder, MetadataStore } from "./metadata";
import { type FakeProtection, ProtectionStore } from "./protection";
import type { FakeRange } from "./range";
import { FakeSheet } from "./sheet";
import type { UiState } from "./ui";
import { FakeUser } from "./user";

/** A fake `Spreadsheet`. */
export class FakeSpreadsheet implements ServiceObject {
  readonly [SERVICE] = "Spreadsheet";
  readonly sheets: FakeSheet[] = [];
  readonly metadata = new MetadataStore(this);
  readonly protections: ProtectionStore;
  readonly id = "1FakeSpreadsheetId0123456789abcdefghijklmnopq";
  name: string;
  locale: string;
  timeZone: string;
  private activeSheet: FakeSheet | null = null;
  private activeRange: FakeRange | null = null;
  private nextSheetId = 0;

  constructor(
    private readonly ctx: FakeContext,
    private readonly ui: UiState,
  ) {
    this.name = ctx.options.name;
    this.locale = ctx.options.locale;
    this.timeZone = ctx.options.timeZone;
    this.protections = new ProtectionStore(
      () => ctx.options.owner,
      () => ctx.execution.userEmail,
    );
  }

  describeTarget(): string {
    return `spreadsheet ${this.name}`;
  }

  // ---- test-side helper -----------------------------------------------------------------------

  /**
   * Adds a tab holding `values` from A1 (rows may be ragged; `=` text becomes a formula, like a user typing).
   * The tab is at least 1000 × 26, larger when the values need it. Not counted.
   */
  addSheetWithValues(name: string, values: unknown[][] = []): FakeSheet {
    const sheet = this._insert(name, this.sheets.length);
    const width = Math.max(0, ...values.map((r) => r.length));
    sheet.maxRows = Math.max(sheet.maxRows, values.length);
    sheet.maxCols = Math.max(sheet.maxCols, width);
    values.forEach((row, r) => {
      if (row.length > 0) sheet._rangeAt(r + 1, 1, 1, row.length).setValues([row]);
    });
    return sheet;
  }

  // ---- internal -------------------------------------------------------------------------------

  _defaultSheetName(): string {
    return this.locale.startsWith("fr") ? "Feuille" : "Sheet";
  }

  _insert(name: string | undefined, index: number): FakeSheet {
    let sheetName = name;
    if (sheetName === undefined) {
      let n = this.sheets.length + 1;
      const base = this._defaultSheetName();
      const sep = base === "Feuille" ? " " : "";
      while (this.sheets.some((s) => s.name === `${base}${sep}${n}`)) n++;
      sheetName = `${base}${sep}${n}`;
    }
    this._checkName(sheetName, null);
    const sheet = new FakeSheet(this, this.nextSheetId, sheetName);
    this.nextSheetId = this.nextSheetId === 0 ? 1_000_001 : this.nextSheetId + 7919;
    this.sheets.splice(Math.min(Math.max(index, 0), this.sheets.length), 0, sheet);
    if (!this.activeSheet) this.activeSheet = sheet;
    return sheet;
  }

  _checkName(name: string, self: FakeSheet | null): void {
    if (typeof name !== "string" || name.trim() === "") throw new Error("Invalid argument: sheetName");
    if (name.length > 100) throw new Error("The sheet name cannot be longer than 100 characters.");
    if (this.sheets.some((s) => s !== self && s.name.toLowerCase() === name.toLowerCase())) {
      throw new Error(`A sheet with the name "${name}" already exists. Please enter another name.`);
    }
  }

  _renameSheet(sheet: FakeSheet, name: string): void {
    this._checkName(name, sheet);
    sheet.name = name;
  }

  _activate(sheet: FakeSheet, range: FakeRange | null): void {
    this.activeSheet = sheet;
    this.activeRange = range;
  }

  _activeRangeOf(sheet: FakeSheet): FakeRange {
    return this.activeRange?.sheet === sheet ? this.activeRange : sheet._rangeAt(1, 1);
  }

  // ---- identity -------------------------------------------------------------------------------

  getId(): string {
    return this.id;
  }

  getUrl(): string {
    return `https://docs.google.com/spreadsheets/d/${this.id}/edit`;
  }

  getName(): string {
    return this.name;
  }

  rename(name: string): void {
    this.name = name;
  }

  getSpreadsheetLocale(): string {
    return this.locale;
  }

  setSpreadsheetLocale(locale: string): void {
    this.locale = locale;
  }

  getSpreadsheetTimeZone(): string {
    return this.timeZone;
  }

  setSpreadsheetTimeZone(timeZone: string): void {
    this.timeZone = timeZone;
  }

  getOwner(): FakeUser {
    return new FakeUser(this.ctx.options.owner);
  }

  /** Editors: the owner, the active user (when known) and the configured editors. */
  getEditors(): FakeUser[] {
    const emails = new Set([this.ctx.options.owner, this.ctx.options.userEmail, ...this.ctx.options.editors]);
    emails.delete("");
    return [...emails].map((e) => new FakeUser(e));
  }

  // ---- sheets ---------------------------------------------------------------------------------

  getSheets(): FakeSheet[] {
    return [...this.sheets];
  }

  getNumSheets(): number {
    return this.sheets.length;
  }

  getSheetByName(name: string): FakeSheet | null {
    return this.sheets.find((s) => s.name === name) ?? null;
  }

  getSheetById(id: number): FakeSheet | null {
    return this.sheets.find((s) => s.id === id) ?? null;
  }

  /**
   * Inserts a tab (`insertSheet()`, `insertSheet(name)`, `insertSheet(index)`, `insertSheet(name, index)`;
   * the index is 0-based) and makes it the active sheet. A duplicate name throws like Sheets.
   */
  insertSheet(nameOrIndex?: string | number, index?: number): FakeSheet {
    const name = typeof nameOrIndex === "string" ? nameOrIndex : undefined;
    const at = typeof nameOrIndex === "number" ? nameOrIndex : (index ?? this.sheets.length);
    const sheet = this._insert(name, at);
    this._activate(sheet, null);
    return sheet;
  }

  deleteSheet(sheet: FakeSheet): void {
    const at = this.sheets.indexOf(sheet);
    if (at < 0) throw new Error("Sheet not found");
    if (this.sheets.length === 1) {
      throw new Error("This operation is not allowed: you can't remove all the sheets in a document.");
    }
    this.sheets.splice(at, 1);
    this.metadata.dropSheet(sheet);
    this.protections.dropSheet(sheet);
    if (this.activeSheet === sheet) this._activate(this.sheets[0] as FakeSheet, null);
  }

  getActiveSheet(): FakeSheet {
    return this.activeSheet ?? (this.sheets[0] as FakeSheet);
  }

  setActiveSheet(sheet: FakeSheet): FakeSheet {
    this._activate(sheet, null);
    return sheet;
  }

  getActiveRange(): FakeRange {
    return this._activeRangeOf(this.getActiveSheet());
  }

  setActiveRange(range: FakeRange): FakeRange {
    this._activate(range.sheet, range);
    return range;
  }

  moveActiveSheet(position: number): void {
    const sheet = this.getActiveSheet();
    this.sheets.splice(this.sheets.indexOf(sheet), 1);
    this.sheets.splice(Math.max(0, position - 1), 0, sheet);
  }

  /** A range from A1 notation; a sheet name (`'Tab name'!B2:C5`) picks the tab, else the active sheet. */
  getRange(a1: string): FakeRange {
    const ref = parseA1(a1);
    const sheet = ref.sheetName === null ? this.getActiveSheet() : this.getSheetByName(ref.sheetName);
    if (!sheet) throw new Error(`Range not found`);
    return sheet._rangeFromA1(a1);
  }

  /** Shows a toast (recorded in `fake.ui.toasts`). */
  toast(message: string, title?: string, timeoutSeconds?: number): void {
    this.ui.toasts.push({
      message: String(message),
      title: title ?? "",
      timeoutSeconds: timeoutSeconds ?? 5,
    });
  }

  // ---- metadata, protections ------------------------------------------------------------------

  addDeveloperMetadata(key: string, value?: string | null, visibility?: string): FakeSpreadsheet {
    this.metadata.add({ type: "SPREADSHEET" }, key, value, visibility);
    return this;
  }

  /** Metadata placed on the spreadsheet itself. */
  getDeveloperMetadata(): FakeDeveloperMetadata[] {
    return this.metadata.onSpreadsheet();
  }

  /** A finder over every metadata item of the spreadsheet (spreadsheet, sheets, rows, columns). */
  createDeveloperMetadataFinder(): FakeMetadataFinder {
    return this.metadata.finder(() => true);
  }

  getProtections(type: string): FakeProtection[] {
    return this.protections.list(type);
  }
}
