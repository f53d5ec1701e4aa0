// Pure planning of marks on one tab's format grids: undo the previous marks still ours, apply the new ones, record them.
import { type CellMark, isMarkNote } from "../../core/marks";

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

/** What a tab gets written back, and what was done. */
export interface TabPlan {
  /** Backgrounds to write (null resets a cell to no fill), same shape as read. */
  backgrounds: (string | null)[][];
  notes: string[][];
  /** The records of the new marks. */
  records: MarkRecord[];
  /** Cells whose previous mark was removed (fully or partly). */
  restored: number;
  /** Cells whose previous mark the user changed since: their change is kept. */
  kept: number;
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
 * Plans one tab: first restores each old record whose background/note is still the one the mark set (a user's
 * change is kept), then puts the new marks, recording what each replaced. Grids start at A1; every record and mark
 * must lie inside them. Cells without fill are written back as null (no fill), never as explicit white.
 */
export function planTab(
  sheetId: number,
  grids: FormatGrids,
  oldRecords: readonly MarkRecord[],
  marks: readonly CellMark[],
): TabPlan {
  const backgrounds = grids.backgrounds.map((row) => row.slice());
  const notes = grids.notes.map((row) => row.slice());
  let restored = 0;
  let kept = 0;
  let changed = false;
  for (const r of oldRecords) {
    const bgRow = backgrounds[r.row];
    const noteRow = notes[r.row];
    if (!bgRow || !noteRow || r.col >= bgRow.length) continue;
    let undone = false;
    let userChanged = false;
    if (sameColour(bgRow[r.col] ?? NO_FILL, r.ourBg)) {
      undone = true;
      if (!sameColour(r.prevBg, r.ourBg)) {
        bgRow[r.col] = r.prevBg;
        changed = true;
      }
    } else userChanged = true;
    if (r.ourNote !== null && r.prevNote !== null) {
      if ((noteRow[r.col] ?? "") === r.ourNote) {
        undone = true;
        if (r.prevNote !== r.ourNote) {
          noteRow[r.col] = r.prevNote;
          changed = true;
        }
      } else userChanged = true;
    }
    if (undone) restored++;
    if (userChanged) kept++;
  }
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
    if (!sameColour(prevBg, mark.background) || (ourNote !== null && current !== ourNote)) changed = true;
    bgRow[mark.col] = mark.background;
    if (ourNote !== null) noteRow[mark.col] = ourNote;
  }
  return {
    backgrounds: backgrounds.map((row) => row.map((bg) => (sameColour(bg, NO_FILL) ? null : bg))),
    notes,
    records,
    restored,
    kept,
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
