// The shapes shared by planning, locating, storing and writing marks: what a mark changed on a cell, a tab's formats.

/** The cell properties a mark may change: the note and the text style (fills only for marks of older versions). */
export const MARK_PROPS = ["note", "fontColor", "fontWeight", "fontLine", "background"] as const;

/** One of `MARK_PROPS`. */
export type MarkProp = (typeof MARK_PROPS)[number];

/** What one property of a cell was before the mark, and what the mark set. */
export interface PropChange {
  prev: string;
  ours: string;
}

/** What one mark replaced on one cell, and what it put there (to restore only what is still ours). */
export interface MarkRecord {
  sheetId: number;
  /** 0-based row and column. */
  row: number;
  col: number;
  /** The properties the mark changed (the note is absent when the mark left it alone). */
  props: Partial<Record<MarkProp, PropChange>>;
}

/** One tab's formats as read from A1, one grid per property (`background` only when some record needs it). */
export type FormatGrids = { note: string[][] } & Partial<Record<Exclude<MarkProp, "note">, string[][]>>;

/** A 0-based cell position. */
export interface Position {
  row: number;
  col: number;
}

/** One property of one cell to write. */
export interface CellChange extends Position {
  prop: MarkProp;
  value: string;
}

/** What Sheets reports for a property never set: writing it back is written as a reset (null). */
export const DEFAULTS: Readonly<Record<Exclude<MarkProp, "note">, string>> = {
  fontColor: "#000000",
  fontWeight: "normal",
  fontLine: "none",
  background: "#ffffff",
};

/** Two values of a property are the same (colours and keywords compare without case or spaces). */
export function sameValue(a: string, b: string): boolean {
  return a === b || a.trim().toLowerCase() === b.trim().toLowerCase();
}
