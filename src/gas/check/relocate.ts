// Finds where the check's old marks are now: in place, or moved by the user's row/column inserts, deletes or sorts.
import { isMarkNote } from "../../core/check/marks";
import type { FormatGrids, MarkRecord } from "./mark-plan";

/** A 0-based cell position. */
export interface Position {
  row: number;
  col: number;
}

const sameColour = (a: string, b: string): boolean => a.trim().toLowerCase() === b.trim().toLowerCase();
const key = (row: number, col: number): string => `${row},${col}`;

/** One cell holding a record's note: the record, the cell, the offset from the record, how well it fits. */
interface Candidate {
  index: number;
  to: Position;
  offset: string;
  /** Our fill is still there. */
  ourBg: boolean;
  /** Records with the same note whose cell at the same offset holds that note too (this one included). */
  support: number;
  /** Records of the tab whose note is found at the same offset. */
  votes: number;
  distance: number;
}

/**
 * Where each old record's mark is now (same order as `records`; null when it cannot be found anywhere).
 *
 * 1. Every cell holding a record's note (specific: rule, person, date) proposes a row/column offset for that
 *    record, the recorded cell itself being just the offset (0,0): a note at the recorded cell does not prove the
 *    mark stayed, since one finding marks several cells with the same note (an evening and the next morning) and
 *    a column insert puts one's note on the other's recorded cell.
 * 2. Offsets are ranked, for each record, by how many records of the same note they map onto that note (a
 *    finding's marks move together), then by how many records of the tab they fit (inserting or deleting rows or
 *    columns shifts whole blocks, sorting moves whole rows), then by the smallest move. A record takes the best
 *    free cell that still holds both its note and its background, or its note alone when other records moved by
 *    the same offset (the user recoloured that cell: the note is still undone).
 * 3. A record not found so is looked at in place (a mark whose note the user edited, or a mark that left the note
 *    alone), unless another record took that cell.
 * Pure and in memory: the grids are the ones already read.
 */
export function locateRecords(records: readonly MarkRecord[], grids: FormatGrids): (Position | null)[] {
  const { backgrounds, notes } = grids;
  const inside = (p: Position): boolean =>
    p.row < backgrounds.length && p.col < (backgrounds[p.row]?.length ?? 0);
  const found: (Position | null)[] = records.map(() => null);
  const claimed = new Set<string>();

  // Every cell holding one of our notes, by note text.
  const wanted = new Set(records.flatMap((r) => (r.ourNote === null ? [] : [r.ourNote])));
  const cellsByNote = new Map<string, Position[]>();
  notes.forEach((row, r) => {
    row.forEach((note, c) => {
      if (!note || !wanted.has(note) || !isMarkNote(note) || !inside({ row: r, col: c })) return;
      cellsByNote.set(note, [...(cellsByNote.get(note) ?? []), { row: r, col: c }]);
    });
  });
  const candidates: Candidate[] = [];
  const votes = new Map<string, number>();
  const support = new Map<string, number>();
  records.forEach((r, index) => {
    if (r.ourNote === null) return;
    for (const to of cellsByNote.get(r.ourNote) ?? []) {
      const offset = key(to.row - r.row, to.col - r.col);
      votes.set(offset, (votes.get(offset) ?? 0) + 1);
      const group = `${offset}\n${r.ourNote}`;
      support.set(group, (support.get(group) ?? 0) + 1);
      candidates.push({
        index,
        to,
        offset,
        ourBg: sameColour(backgrounds[to.row]?.[to.col] ?? "", r.ourBg),
        support: 0,
        votes: 0,
        distance: Math.abs(to.row - r.row) + Math.abs(to.col - r.col),
      });
    }
  });
  for (const c of candidates) {
    c.votes = votes.get(c.offset) ?? 0;
    c.support = support.get(`${c.offset}\n${records[c.index]?.ourNote}`) ?? 0;
  }
  candidates.sort(
    (a, b) => b.support - a.support || b.votes - a.votes || a.distance - b.distance || a.index - b.index,
  );
  for (const c of candidates) {
    const cell = key(c.to.row, c.to.col);
    if (found[c.index] !== null || claimed.has(cell)) continue;
    // Our note and our background there; or our note alone, moved like other marks (the user then recoloured it).
    if (!c.ourBg && c.votes < 2) continue;
    found[c.index] = c.to;
    claimed.add(cell);
  }
  records.forEach((r, index) => {
    const here = { row: r.row, col: r.col };
    if (found[index] === null && inside(here) && !claimed.has(key(r.row, r.col))) {
      found[index] = here;
      claimed.add(key(r.row, r.col));
    }
  });
  return found;
}
