// Pure planning of marks on one tab's format grids: undo the previous marks still ours, apply the new ones, record them.
import { type CellMark, isMarkNote } from "../../core/check/marks";
import { locateRecords } from "./relocate";

/** What one mark replaced on one cell, and what it put there (to restore only what is still ours). */
export interface MarkRecord {
  sheetId: number;
  /** 0-based row and column. */
  row: number;
  col: number;
  /** The background before the mark (as `getBackgrounds` gave it). */
  prevBg: string;
  /** The background the mark set. */
  ourBg: string;
  /** The note before the mark ("" for none); null when the mark left the note alone (too long to record). */
  prevNote: string | null;
  /** The note the mark set; null when it left the note alone. */
  ourNote: string | null;
}

/** The background Sheets reports for a cell without fill. */
export const NO_FILL = "#ffffff";

/** Sheets' limit on one cell's text, notes included. */
const MAX_NOTE = 50_000;

/** Longest note recorded in the store (its JSON text must fit in one cell). */
const MAX_RECORDED_NOTE = 20_000;

/** One tab's formats as read from A1: backgrounds and notes, same shape. */
export interface FormatGrids {
  backgrounds: string[][];
  notes: string[][];
}

/** A 0-based rectangle of cells. */
export interface Bounds {
  row: number;
  col: number;
  rows: number;
  cols: number;
}

/** What a tab gets written back, and what was done. */
export interface TabPlan {
  /** Backgrounds to write (null resets a cell to no fill), same shape as read. */
  backgrounds: (string | null)[][];
  notes: string[][];
  /** The smallest rectangle holding every cell that changes (null when none does). */
  bounds: Bounds | null;
  /** The records of the new marks. */
  records: MarkRecord[];
  /** Cells whose previous mark was removed (fully or partly), where they are now. */
  restored: number;
  /** Cells whose previous mark the user changed since (partly removed): their change is kept. */
  kept: number;
  /** Old records whose mark was found nowhere (the user edited or deleted it): nothing was written for them. */
  unresolved: MarkRecord[];
  /** True when some cell changes. */
  changed: boolean;
}

const sameColour = (a: string, b: string): boolean => a.trim().toLowerCase() === b.trim().toLowerCase();

/** The note a mark writes: the check's lines, then the note the cell had (so the user still reads it). */
export function markNote(mark: CellMark, previous: string): string {
  if (previous === "" || isMarkNote(previous)) return mark.note;
  const combined = `${mark.note}\n—\n${previous}`;
  return combined.length <= MAX_NOTE ? combined : mark.note;
}

/**
 * Plans one tab: first finds each old record's mark (in place, or where the user's inserts, deletes or sorts moved
 * it, see `locateRecords`) and restores it there where its background/note is still the one the mark set (a
 * user's change is kept), then puts the new marks, recording what each replaced. Grids start at A1; marks must
 * lie inside them, records outside are looked for by content.
 *
 * Known limit: `getBackgrounds` returns `#ffffff` both for a cell without fill and for an explicit white fill, so
 * the two cannot be told apart. Every `#ffffff` is written back as null (no fill, the usual case); an explicit
 * white fill inside the written rectangle thus becomes "no fill" (it looks the same, gridlines aside).
 */
export function planTab(
  sheetId: number,
  grids: FormatGrids,
  oldRecords: readonly MarkRecord[],
  marks: readonly CellMark[],
): TabPlan {
  const backgrounds = grids.backgrounds.map((row) => row.slice());
  const notes = grids.notes.map((row) => row.slice());
  const positions = locateRecords(oldRecords, grids);
  let restored = 0;
  let kept = 0;
  let changed = false;
  let top = Number.POSITIVE_INFINITY;
  let left = Number.POSITIVE_INFINITY;
  let bottom = -1;
  let right = -1;
  const touch = (row: number, col: number): void => {
    changed = true;
    top = Math.min(top, row);
    left = Math.min(left, col);
    bottom = Math.max(bottom, row);
    right = Math.max(right, col);
  };
  const unresolved: MarkRecord[] = [];
  oldRecords.forEach((r, i) => {
    const at = positions[i];
    const bgRow = at ? backgrounds[at.row] : undefined;
    const noteRow = at ? notes[at.row] : undefined;
    if (!at || !bgRow || !noteRow) {
      unresolved.push(r);
      return;
    }
    let undone = false;
    let userChanged = false;
    if (sameColour(bgRow[at.col] ?? NO_FILL, r.ourBg)) {
      undone = true;
      if (!sameColour(r.prevBg, r.ourBg)) {
        bgRow[at.col] = r.prevBg;
        touch(at.row, at.col);
      }
    } else userChanged = true;
    if (r.ourNote !== null && r.prevNote !== null) {
      if ((noteRow[at.col] ?? "") === r.ourNote) {
        undone = true;
        if (r.prevNote !== r.ourNote) {
          noteRow[at.col] = r.prevNote;
          touch(at.row, at.col);
        }
      } else userChanged = true;
    }
    if (!undone) unresolved.push(r);
    else {
      restored++;
      if (userChanged) kept++;
    }
  });
  const records: MarkRecord[] = [];
  for (const mark of marks) {
    const bgRow = backgrounds[mark.row];
    const noteRow = notes[mark.row];
    if (!bgRow || !noteRow || mark.col >= bgRow.length) continue;
    const prevBg = bgRow[mark.col] ?? NO_FILL;
    const current = noteRow[mark.col] ?? "";
    const recordable = current.length <= MAX_RECORDED_NOTE;
    const prevNote = recordable ? current : null;
    const ourNote = recordable ? markNote(mark, current) : null;
    records.push({
      sheetId,
      row: mark.row,
      col: mark.col,
      prevBg,
      ourBg: mark.background,
      prevNote,
      ourNote,
    });
    if (!sameColour(prevBg, mark.background) || (ourNote !== null && current !== ourNote))
      touch(mark.row, mark.col);
    bgRow[mark.col] = mark.background;
    if (ourNote !== null) noteRow[mark.col] = ourNote;
  }
  return {
    backgrounds: backgrounds.map((row) => row.map((bg) => (sameColour(bg, NO_FILL) ? null : bg))),
    notes,
    bounds: changed ? { row: top, col: left, rows: bottom - top + 1, cols: right - left + 1 } : null,
    records,
    restored,
    kept,
    unresolved,
    changed,
  };
}

/** The smallest grid from A1 that holds every record and mark of a tab: [rows, columns]. */
export function extentOf(records: readonly MarkRecord[], marks: readonly CellMark[]): [number, number] {
  let rows = 0;
  let cols = 0;
  for (const c of [...records, ...marks]) {
    rows = Math.max(rows, c.row + 1);
    cols = Math.max(cols, c.col + 1);
  }
  return [rows, cols];
}

const STORE_HEADER = "releve-marks-v2";

/** Largest JSON text per store cell (Sheets holds 50,000 characters per cell). */
const CHUNK_CHARS = 45_000;

/**
 * The marks store's rows (one column, header first): the records as JSON arrays, packed into cells of at most
 * 45,000 characters. Every cell starts with `[`, so Sheets keeps it as text, never a formula or a number.
 */
export function recordsToRows(records: readonly MarkRecord[]): string[][] {
  const rows: string[][] = [[STORE_HEADER]];
  let chunk: string[] = [];
  let size = 2;
  for (const r of records) {
    const json = JSON.stringify([r.sheetId, r.row, r.col, r.prevBg, r.ourBg, r.prevNote, r.ourNote]);
    if (chunk.length > 0 && size + json.length + 1 > CHUNK_CHARS) {
      rows.push([`[${chunk.join(",")}]`]);
      chunk = [];
      size = 2;
    }
    chunk.push(json);
    size += json.length + 1;
  }
  if (chunk.length > 0) rows.push([`[${chunk.join(",")}]`]);
  return rows;
}

const isNote = (v: unknown): v is string | null => v === null || typeof v === "string";
const isIndex = (v: unknown): v is number => typeof v === "number" && Number.isInteger(v) && v >= 0;

/** The records of the marks store's values; cells and records that do not parse are skipped. */
export function rowsToRecords(values: readonly (readonly unknown[])[]): MarkRecord[] {
  const records: MarkRecord[] = [];
  for (const row of values) {
    const cell = row[0];
    if (typeof cell !== "string" || !cell.startsWith("[")) continue;
    let parsed: unknown;
    try {
      parsed = JSON.parse(cell);
    } catch {
      continue; // Not ours: someone typed into the hidden tab.
    }
    if (!Array.isArray(parsed)) continue;
    for (const item of parsed) {
      if (!Array.isArray(item) || item.length !== 7) continue;
      const [sheetId, r, c, prevBg, ourBg, prevNote, ourNote] = item as unknown[];
      if (typeof sheetId !== "number" || !isIndex(r) || !isIndex(c)) continue;
      if (typeof prevBg !== "string" || typeof ourBg !== "string" || !isNote(prevNote) || !isNote(ourNote))
        continue;
      records.push({ sheetId, row: r, col: c, prevBg, ourBg, prevNote, ourNote });
    }
  }
  return records;
}
