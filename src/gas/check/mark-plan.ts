// Pure planning of marks on one tab: undo the old marks still ours, drop stray notes of ours, put the new marks.
import { markNoteFor } from "../../core/check/mark-note";
import { type CellMark, isMarkNote, MARK_STYLE, stripMarkNote } from "../../core/check/marks";
import {
  type CellChange,
  type FormatGrids,
  MARK_PROPS,
  type MarkProp,
  type MarkRecord,
  type Position,
  type PropChange,
  sameValue,
} from "./mark-types";
import { locateRecords } from "./relocate";

/** What a tab gets written, and what was done. */
export interface TabPlan {
  /** Every property of every cell to write (only cells that get, keep or lose a mark; only what differs). */
  changes: CellChange[];
  /** The records of the new marks. */
  records: MarkRecord[];
  /** Cells whose previous mark was removed (fully or partly), where they are now. */
  restored: number;
  /** Cells whose previous mark the user changed since (partly removed): their change is kept. */
  kept: number;
  /** Old records whose mark was found nowhere (the user edited or deleted it): nothing was written for them. */
  unresolved: MarkRecord[];
  /** Notes of ours found without a record (the marks store was lost): our lines removed from them. */
  strayNotes: number;
  /** Cells in our style (bold, underlined, a severity's colour) without a record: left as they are, counted. */
  strayStyles: number;
}

const key = (p: Position): string => `${p.row},${p.col}`;

/** The mark's value of each property it sets (the note aside). */
function markStyle(mark: CellMark): Record<"fontColor" | "fontWeight" | "fontLine", string> {
  return { fontColor: mark.fontColor, fontWeight: MARK_STYLE.fontWeight, fontLine: MARK_STYLE.fontLine };
}

/** True when a cell carries one of the check's styles (bold, underlined, in a severity's colour). */
function inMarkStyle(grids: FormatGrids, at: Position): boolean {
  const colour = grids.fontColor?.[at.row]?.[at.col];
  return (
    colour !== undefined &&
    Object.values(MARK_STYLE.fontColor).some((c) => sameValue(c, colour)) &&
    sameValue(grids.fontWeight?.[at.row]?.[at.col] ?? "", MARK_STYLE.fontWeight) &&
    sameValue(grids.fontLine?.[at.row]?.[at.col] ?? "", MARK_STYLE.fontLine)
  );
}

/**
 * Plans one tab from its formats as just read (grids from A1; marks must lie inside them):
 * 1. each old record's mark is found (in place, or where the user's inserts, deletes or sorts moved it, see
 *    `locateRecords`) and each property still holding the mark's value is put back; one the user changed is kept;
 * 2. any other note of ours (a mark whose record was lost) loses our lines, the user's part stays;
 * 3. the new marks go on, each recording what it replaced (after 1 and 2).
 * Only the differences from the grids as read are returned as changes: a cell marked again the same way costs
 * nothing. Records are by `sheetId`.
 */
export function planTab(
  sheetId: number,
  grids: FormatGrids,
  oldRecords: readonly MarkRecord[],
  marks: readonly CellMark[],
): TabPlan {
  const work = Object.fromEntries(
    Object.entries(grids).map(([prop, grid]) => [prop, (grid as string[][]).map((row) => row.slice())]),
  ) as FormatGrids;
  const touched = new Map<string, Position>();
  const set = (at: Position, prop: MarkProp, value: string): void => {
    const row = work[prop]?.[at.row];
    if (!row) return;
    row[at.col] = value;
    touched.set(key(at), at);
  };
  const get = (at: Position, prop: MarkProp): string | undefined => work[prop]?.[at.row]?.[at.col];

  // 1. Old records.
  const positions = locateRecords(oldRecords, grids);
  const claimed = new Set<string>();
  let restored = 0;
  let kept = 0;
  const unresolved: MarkRecord[] = [];
  oldRecords.forEach((record, i) => {
    const at = positions[i];
    if (!at || work.note[at.row] === undefined) {
      unresolved.push(record);
      return;
    }
    let undone = false;
    let userChanged = false;
    for (const prop of MARK_PROPS) {
      const change: PropChange | undefined = record.props[prop];
      const current = get(at, prop);
      if (!change || current === undefined) continue;
      if (sameValue(current, change.ours)) {
        undone = true;
        set(at, prop, change.prev);
      } else if (prop === "note" && isMarkNote(current)) {
        // The user wrote under our lines, or the lines are another check's: our lines go, their text stays.
        undone = true;
        userChanged = true;
        set(at, prop, stripMarkNote(current));
      } else userChanged = true;
    }
    if (!undone) {
      unresolved.push(record);
      return;
    }
    claimed.add(key(at));
    restored++;
    if (userChanged) kept++;
  });

  // 2. Notes and styles of ours that no record explains (the store was lost): notes lose our lines; a style
  // cannot be undone without knowing what it replaced, so it is only counted (and stays).
  let strayNotes = 0;
  let strayStyles = 0;
  const newMarks = new Set(marks.map((m) => key(m)));
  work.note.forEach((row, r) => {
    row.forEach((note, c) => {
      const at = { row: r, col: c };
      if (claimed.has(key(at))) return;
      if (!newMarks.has(key(at)) && inMarkStyle(work, at)) strayStyles++;
      if (!isMarkNote(note)) return;
      strayNotes++;
      set(at, "note", stripMarkNote(note));
    });
  });

  // 3. New marks, recording what they replace.
  const records: MarkRecord[] = [];
  for (const mark of marks) {
    const at = { row: mark.row, col: mark.col };
    const currentNote = get(at, "note");
    if (currentNote === undefined || mark.col >= (work.note[mark.row]?.length ?? 0)) continue;
    const props: MarkRecord["props"] = {};
    for (const [prop, ours] of Object.entries(markStyle(mark)) as [MarkProp, string][]) {
      const prev = get(at, prop);
      if (prev === undefined) continue;
      props[prop] = { prev, ours };
      set(at, prop, ours);
    }
    const note = markNoteFor(mark, currentNote);
    if (note !== null) {
      props.note = { prev: stripMarkNote(currentNote), ours: note };
      set(at, "note", note);
    }
    records.push({ sheetId, row: mark.row, col: mark.col, props });
  }

  // Only what differs from the grids as read is written.
  const changes: CellChange[] = [];
  for (const at of touched.values()) {
    for (const prop of MARK_PROPS) {
      const before = grids[prop]?.[at.row]?.[at.col];
      const after = get(at, prop);
      if (before === undefined || after === undefined) continue;
      if (prop === "note" ? before !== after : !sameValue(before, after))
        changes.push({ ...at, prop, value: after });
    }
  }
  return { changes, records, restored, kept, unresolved, strayNotes, strayStyles };
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
