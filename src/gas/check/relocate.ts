// Finds where the check's old marks are now: in place, or moved by the user's row/column inserts, deletes or sorts.
import { isMarkNote } from "../../core/marks";
import type { FormatGrids, MarkRecord } from "./mark-plan";

/** A 0-based cell position. */
export interface Position {
  row: number;
  col: number;
}

const sameColour = (a: string, b: string): boolean => a.trim().toLowerCase() === b.trim().toLowerCase();
const key = (row: number, col: number): string => `${row},${col}`;

/** One place a record's note was found: the record, the cell, the offset from the record, our fill still there. */
interface Candidate {
  index: number;
  to: Position;
  offset: string;
  ourBg: boolean;
  distance: number;
}

/**
 * Where each old record's mark is now (same order as `records`; null when it cannot be found anywhere).
 *
 * 1. A record whose note is still at its recorded cell is there (the user may have changed its background).
 * 2. Otherwise its note (specific: rule, person, date) is looked for elsewhere. Each match proposes a row/column
 *    offset; offsets shared by many records win first (inserting or deleting rows shifts whole blocks, sorting
 *    moves whole rows). A record moves to a cell that still holds both its note and its background, or its note
 *    alone when other records moved by the same offset (the user recoloured that cell: the note is still undone).
 * 3. A record not found so is looked at in place (a mark whose note the user edited), unless another record
 *    took that cell.
 * Pure and in memory: the grids are the ones already read.
 */
export function locateRecords(records: readonly MarkRecord[], grids: FormatGrids): (Position | null)[] {
  const { backgrounds, notes } = grids;
  const noteAt = (p: Position): string => notes[p.row]?.[p.col] ?? "";
  const inside = (p: Position): boolean =>
    p.row < backgrounds.length && p.col < (backgrounds[p.row]?.length ?? 0);
  const found: (Position | null)[] = records.map(() => null);
  const claimed = new Set<string>();
  const lost: number[] = [];
  records.forEach((r, i) => {
    const here = { row: r.row, col: r.col };
    if (r.ourNote === null || (inside(here) && noteAt(here) === r.ourNote)) {
      if (r.ourNote === null && !inside(here)) return;
      found[i] = here;
      claimed.add(key(r.row, r.col));
    } else lost.push(i);
  });
  if (lost.length === 0) return found;

  // Every free cell holding one of our notes, by note text.
  const wanted = new Set(lost.map((i) => records[i]?.ourNote as string));
  const cellsByNote = new Map<string, Position[]>();
  notes.forEach((row, r) => {
    row.forEach((note, c) => {
      if (!note || !isMarkNote(note) || !wanted.has(note) || claimed.has(key(r, c))) return;
      cellsByNote.set(note, [...(cellsByNote.get(note) ?? []), { row: r, col: c }]);
    });
  });
  const candidates: Candidate[] = [];
  const votes = new Map<string, number>();
  for (const index of lost) {
    const r = records[index] as MarkRecord;
    for (const to of cellsByNote.get(r.ourNote as string) ?? []) {
      const offset = key(to.row - r.row, to.col - r.col);
      votes.set(offset, (votes.get(offset) ?? 0) + 1);
      const ourBg = sameColour(backgrounds[to.row]?.[to.col] ?? "", r.ourBg);
      candidates.push({
        index,
        to,
        offset,
        ourBg,
        distance: Math.abs(to.row - r.row) + Math.abs(to.col - r.col),
      });
    }
  }
  const votesOf = (c: Candidate): number => votes.get(c.offset) ?? 0;
  candidates.sort((a, b) => votesOf(b) - votesOf(a) || a.distance - b.distance);
  for (const c of candidates) {
    const cell = key(c.to.row, c.to.col);
    if (found[c.index] !== null || claimed.has(cell)) continue;
    // Our note and our background there; or our note alone, moved like other marks (the user then recoloured it).
    if (!c.ourBg && votesOf(c) < 2) continue;
    found[c.index] = c.to;
    claimed.add(cell);
  }
  for (const index of lost) {
    const r = records[index] as MarkRecord;
    const here = { row: r.row, col: r.col };
    if (found[index] === null && inside(here) && !claimed.has(key(r.row, r.col))) {
      found[index] = here;
      claimed.add(key(r.row, r.col));
    }
  }
  return found;
}
