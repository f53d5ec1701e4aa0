// The note a mark writes: the check's lines above the cell's own note, never cutting the user's note.
import { CELL_LIMIT } from "./long-text";
import { NOTE_SEPARATOR, stripMarkNote } from "./marks";

/** What a mark writes as the note of a cell. */
export interface MarkNoteText {
  /** The check's full note. */
  note: string;
  /** Its one-line form, for when the cell's own note leaves little room. */
  shortNote: string;
}

/**
 * The note of a marked cell whose note is `previous`: the check's lines, then — when the cell had a note of its
 * own (a stale note of the check's is dropped first) — a separator and that note, whole. When the two do not fit in
 * one cell (`limit`, Sheets' 50,000 characters), the check's part becomes its one-line form; when even that does
 * not fit, null: the note is left as it is (the cell is still marked by its style, and the finding is in the
 * report). The user's note is never cut.
 */
export function markNoteFor(mark: MarkNoteText, previous: string, limit = CELL_LIMIT): string | null {
  const own = stripMarkNote(previous);
  if (own === "") return mark.note.length <= limit ? mark.note : mark.shortNote;
  for (const ours of [mark.note, mark.shortNote]) {
    const note = `${ours}${NOTE_SEPARATOR}${own}`;
    if (note.length <= limit) return note;
  }
  return null;
}
