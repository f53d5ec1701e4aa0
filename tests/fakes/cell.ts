// One cell of a fake sheet: value or formula, note, formats, borders, validation, links.
import type { FakeDataValidation, TextRun } from "./builders";
import type { StoredValue } from "./cell-values";

/** One side of a cell's border. */
export interface BorderSide {
  color: string;
  style: string;
}

/** The four sides of a cell's border (null: no border). */
export interface CellBorders {
  top: BorderSide | null;
  left: BorderSide | null;
  bottom: BorderSide | null;
  right: BorderSide | null;
}

/** Formats a cell can carry; null means the sheet's default. */
export interface CellFormat {
  background: string | null;
  fontColor: string | null;
  fontWeight: string | null;
  fontStyle: string | null;
  fontSize: number | null;
  fontFamily: string | null;
  fontLine: string | null;
  horizontalAlignment: string | null;
  verticalAlignment: string | null;
  wrapStrategy: string | null;
  numberFormat: string | null;
}

/** Everything the fake stores for one cell. */
export interface Cell extends CellFormat {
  value: StoredValue;
  formula: string;
  note: string;
  borders: CellBorders;
  validation: FakeDataValidation | null;
  links: readonly TextRun[];
}

/** The formats a fresh cell has (all defaults). */
export function defaultFormat(): CellFormat {
  return {
    background: null,
    fontColor: null,
    fontWeight: null,
    fontStyle: null,
    fontSize: null,
    fontFamily: null,
    fontLine: null,
    horizontalAlignment: null,
    verticalAlignment: null,
    wrapStrategy: null,
    numberFormat: null,
  };
}

/** A fresh empty cell. */
export function emptyCell(): Cell {
  return {
    value: "",
    formula: "",
    note: "",
    validation: null,
    links: [],
    borders: { top: null, left: null, bottom: null, right: null },
    ...defaultFormat(),
  };
}

/** True when a cell has content (a value or a formula): what getLastRow/getLastColumn look at. */
export function hasContent(cell: Cell | undefined): boolean {
  return cell !== undefined && (cell.value !== "" || cell.formula !== "");
}
