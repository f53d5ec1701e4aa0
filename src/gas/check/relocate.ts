// Finds where the check's old marks are now: in place, or moved by the user's row/column inserts, deletes or sorts.

import { isMarkNote } from "../../core/check/marks";
import { pushTo } from "../../core/map-list";
import { type FormatGrids, type MarkRecord, type Position, sameValue } from "./mark-types";

const key = (row: number, col: number): string => `${row},${col}`;

/** One cell holding a record's note: the record, the cell, the offset from the record, how well it fits. */
interface Candidate {
  index: number;
  to: Position;
  offset: string;
  /** The mark's style (every property it set but the note) is still there. */
  ourStyle: boolean;
  /** Records with the same note whose cell at the same offset holds that note too (this one included). */
  support: number;
  /** Records of the tab whose note is found at the same offset. */
  votes: number;
  distance: number;
}

/** True when every property the record set, its note aside, still has the record's value at `at`. */
export function styleStillOurs(record: MarkRecord, grids: FormatGrids, at: Position): boolean {
  for (const [prop, change] of Object.entries(record.props)) {
    if (prop === "note" || !change) continue;
    const grid = grids[prop as keyof FormatGrids];
    const current = grid?.[at.row]?.[at.col];
    if (current === undefined || !sameValue(current, change.ours)) return false;
  }
  return true;
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
 *    free cell that still holds both its note and its style, or its note alone when other records moved by the
 *    same offset (the user restyled that cell: the note is still undone).
 * 3. A record not found so is looked at in place (a mark whose note the user edited, or a mark that left the note
 *    alone), unless another record took that cell.
 * Pure and in memory: the grids are the ones already read.
 */
export function locateRecords(records: readonly MarkRecord[], grids: FormatGrids): (Position | null)[] {
  const { note: notes } = grids;
  const inside = (p: Position): boolean => p.row < notes.length && p.col < (notes[p.row]?.length ?? 0);
  const found: (Position | null)[] = records.map(() => null);
  const claimed = new Set<string>();

  // Every cell holding one of our notes, by note text.
  const wanted = new Set(records.flatMap((r) => (r.props.note ? [r.props.note.ours] : [])));
  const cellsByNote = new Map<string, Position[]>();
  notes.forEach((row, r) => {
    row.forEach((note, c) => {
      if (!note || !wanted.has(note) || !isMarkNote(note)) return;
      pushTo(cellsByNote, note, { row: r, col: c });
    });
  });
  const candidates: Candidate[] = [];
  const votes = new Map<string, number>();
  const support = new Map<string, number>();
  records.forEach((r, index) => {
    const ours = r.props.note?.ours;
    if (ours === undefined) return;
    for (const to of cellsByNote.get(ours) ?? []) {
      const offset = key(to.row - r.row, to.col - r.col);
      votes.set(offset, (votes.get(offset) ?? 0) + 1);
      const group = `${offset}\n${ours}`;
      support.set(group, (support.get(group) ?? 0) + 1);
      candidates.push({
        index,
        to,
        offset,
        ourStyle: styleStillOurs(r, grids, to),
        support: 0,
        votes: 0,
        distance: Math.abs(to.row - r.row) + Math.abs(to.col - r.col),
      });
    }
  });
  for (const c of candidates) {
    c.votes = votes.get(c.offset) ?? 0;
    c.support = support.get(`${c.offset}\n${records[c.index]?.props.note?.ours}`) ?? 0;
  }
  candidates.sort(
    (a, b) => b.support - a.support || b.votes - a.votes || a.distance - b.distance || a.index - b.index,
  );
  for (const c of candidates) {
    const cell = key(c.to.row, c.to.col);
    if (found[c.index] !== null || claimed.has(cell)) continue;
    // Our note and our style there; or our note alone, moved like other marks (the user then restyled it).
    if (!c.ourStyle && c.votes < 2) continue;
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
