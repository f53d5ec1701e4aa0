// Developer metadata: key/value pairs on the spreadsheet, a sheet, or a whole row or column, and their finder.
import { SERVICE, type ServiceObject } from "./counting";
import type { FakeRange } from "./range";
import type { FakeSheet } from "./sheet";
import type { FakeSpreadsheet } from "./spreadsheet";

/** `SpreadsheetApp.DeveloperMetadataLocationType`. */
export const DeveloperMetadataLocationType = {
  SPREADSHEET: "SPREADSHEET",
  SHEET: "SHEET",
  ROW: "ROW",
  COLUMN: "COLUMN",
} as const;

/** `SpreadsheetApp.DeveloperMetadataVisibility`. */
export const DeveloperMetadataVisibility = { DOCUMENT: "DOCUMENT", PROJECT: "PROJECT" } as const;

/** Where a metadata item sits. */
export interface MetadataPlace {
  type: keyof typeof DeveloperMetadataLocationType;
  sheet?: FakeSheet;
  /** 1-based row (ROW) or column (COLUMN). */
  index?: number;
}

/** `DeveloperMetadataLocation`. */
export class FakeMetadataLocation implements ServiceObject {
  readonly [SERVICE] = "DeveloperMetadataLocation";
  constructor(
    private readonly place: MetadataPlace,
    private readonly spreadsheet: FakeSpreadsheet,
  ) {}

  getLocationType(): string {
    return this.place.type;
  }

  /** The sheet, for metadata placed on a sheet; null otherwise. */
  getSheet(): FakeSheet | null {
    return this.place.type === "SHEET" ? (this.place.sheet ?? null) : null;
  }

  getSpreadsheet(): FakeSpreadsheet | null {
    return this.place.type === "SPREADSHEET" ? this.spreadsheet : null;
  }

  /** The whole row, for row metadata. */
  getRow(): FakeRange | null {
    const { sheet, index, type } = this.place;
    return type === "ROW" && sheet && index ? sheet._rangeAt(index, 1, 1, sheet.maxCols) : null;
  }

  /** The whole column, for column metadata. */
  getColumn(): FakeRange | null {
    const { sheet, index, type } = this.place;
    return type === "COLUMN" && sheet && index ? sheet._rangeAt(1, index, sheet.maxRows, 1) : null;
  }
}

/** `DeveloperMetadata`. */
export class FakeDeveloperMetadata implements ServiceObject {
  readonly [SERVICE] = "DeveloperMetadata";
  constructor(
    private readonly store: MetadataStore,
    readonly id: number,
    public key: string,
    public value: string | null,
    public visibility: string,
    public location: MetadataPlace,
  ) {}

  describeTarget(): string {
    const sheet = this.location.sheet ? `'${this.location.sheet.name}' ` : "";
    return `metadata ${sheet}${this.key}`;
  }

  /** True when the metadata sits on a row or column crossing the range (or on its sheet). */
  _intersects(range: FakeRange): boolean {
    const { type, sheet, index } = this.location;
    if (sheet !== range.sheet || index === undefined) return false;
    if (type === "ROW") return index >= range.row && index < range.row + range.numRows;
    if (type === "COLUMN") return index >= range.col && index < range.col + range.numCols;
    return false;
  }

  getId(): number {
    return this.id;
  }

  getKey(): string {
    return this.key;
  }

  setKey(key: string): FakeDeveloperMetadata {
    this.key = checkKey(key);
    return this;
  }

  getValue(): string | null {
    return this.value;
  }

  setValue(value: string | null): FakeDeveloperMetadata {
    this.value = value === null || value === undefined ? null : String(value);
    return this;
  }

  getVisibility(): string {
    return this.visibility;
  }

  setVisibility(visibility: string): FakeDeveloperMetadata {
    this.visibility = visibility;
    return this;
  }

  getLocation(): FakeMetadataLocation {
    return new FakeMetadataLocation(this.location, this.store.spreadsheet);
  }

  moveToSheet(sheet: FakeSheet): FakeDeveloperMetadata {
    this.location = { type: "SHEET", sheet };
    return this;
  }

  moveToSpreadsheet(): FakeDeveloperMetadata {
    this.location = { type: "SPREADSHEET" };
    return this;
  }

  remove(): void {
    this.store.remove(this);
  }
}

function checkKey(key: string): string {
  if (typeof key !== "string" || key.length === 0) throw new Error("Invalid argument: key");
  return key;
}

/** `DeveloperMetadataFinder`: filters combine with AND; `find()` returns the matches. */
export class FakeMetadataFinder implements ServiceObject {
  readonly [SERVICE] = "DeveloperMetadataFinder";
  private readonly filters: ((m: FakeDeveloperMetadata) => boolean)[] = [];

  constructor(
    private readonly store: MetadataStore,
    scope: (m: FakeDeveloperMetadata) => boolean,
  ) {
    this.filters.push(scope);
  }

  withKey(key: string): FakeMetadataFinder {
    this.filters.push((m) => m.key === key);
    return this;
  }

  withValue(value: string): FakeMetadataFinder {
    this.filters.push((m) => m.value === value);
    return this;
  }

  withId(id: number): FakeMetadataFinder {
    this.filters.push((m) => m.id === id);
    return this;
  }

  withLocationType(type: string): FakeMetadataFinder {
    this.filters.push((m) => m.location.type === type);
    return this;
  }

  withVisibility(visibility: string): FakeMetadataFinder {
    this.filters.push((m) => m.visibility === visibility);
    return this;
  }

  onIntersectingLocations(): FakeMetadataFinder {
    return this;
  }

  find(): FakeDeveloperMetadata[] {
    return this.store.items.filter((m) => this.filters.every((f) => f(m)));
  }
}

/** Every metadata item of a spreadsheet. */
export class MetadataStore {
  readonly items: FakeDeveloperMetadata[] = [];
  private nextId = 1000;

  constructor(readonly spreadsheet: FakeSpreadsheet) {}

  add(place: MetadataPlace, key: string, value?: string | null, visibility?: string): FakeDeveloperMetadata {
    const item = new FakeDeveloperMetadata(
      this,
      this.nextId++,
      checkKey(key),
      value === undefined || value === null ? null : String(value),
      visibility ?? DeveloperMetadataVisibility.DOCUMENT,
      place,
    );
    this.items.push(item);
    return item;
  }

  /** Range metadata: Sheets accepts a whole row or a whole column only. */
  addOnRange(
    range: FakeRange,
    key: string,
    value?: string | null,
    visibility?: string,
  ): FakeDeveloperMetadata {
    const sheet = range.sheet;
    if (range.numRows === 1 && range.col === 1 && range.numCols === sheet.maxCols) {
      return this.add({ type: "ROW", sheet, index: range.row }, key, value, visibility);
    }
    if (range.numCols === 1 && range.row === 1 && range.numRows === sheet.maxRows) {
      return this.add({ type: "COLUMN", sheet, index: range.col }, key, value, visibility);
    }
    throw new Error(
      "Adding developer metadata to arbitrary ranges is not currently supported. Developer metadata may only be added to the top-level spreadsheet, an individual sheet, or an entire row or column.",
    );
  }

  remove(item: FakeDeveloperMetadata): void {
    const at = this.items.indexOf(item);
    if (at >= 0) this.items.splice(at, 1);
  }

  /** Drops a deleted sheet's metadata. */
  dropSheet(sheet: FakeSheet): void {
    for (const item of [...this.items]) if (item.location.sheet === sheet) this.remove(item);
  }

  onSpreadsheet(): FakeDeveloperMetadata[] {
    return this.items.filter((m) => m.location.type === "SPREADSHEET");
  }

  onSheet(sheet: FakeSheet): FakeDeveloperMetadata[] {
    return this.items.filter((m) => m.location.type === "SHEET" && m.location.sheet === sheet);
  }

  onRange(range: FakeRange): FakeDeveloperMetadata[] {
    return this.items.filter((m) => m._intersects(range));
  }

  finder(scope: (m: FakeDeveloperMetadata) => boolean): FakeMetadataFinder {
    return new FakeMetadataFinder(this, scope);
  }

  /** Keeps row metadata on its row when rows are inserted (count > 0) or deleted (count < 0). */
  shiftRows(sheet: FakeSheet, from: number, count: number): void {
    this._shift(sheet, "ROW", from, count);
  }

  shiftColumns(sheet: FakeSheet, from: number, count: number): void {
    this._shift(sheet, "COLUMN", from, count);
  }

  /** Column metadata follows its column when columns are moved (`newIndexOf`: old 1-based column → new). */
  moveColumns(sheet: FakeSheet, newIndexOf: ReadonlyMap<number, number>): void {
    for (const item of this.items) {
      const loc = item.location;
      if (loc.type !== "COLUMN" || loc.sheet !== sheet || loc.index === undefined) continue;
      loc.index = newIndexOf.get(loc.index) ?? loc.index;
    }
  }

  private _shift(sheet: FakeSheet, type: "ROW" | "COLUMN", from: number, count: number): void {
    for (const item of [...this.items]) {
      const loc = item.location;
      if (loc.type !== type || loc.sheet !== sheet || loc.index === undefined || loc.index < from) continue;
      if (count < 0 && loc.index < from - count) this.remove(item);
      else loc.index += count;
    }
  }
}
