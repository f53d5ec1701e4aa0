// The undo tokens of `applyReplacement`: the previous values of the cells written, kept in the user's properties.
import * as z from "zod/mini";
import type { StoredCell } from "./cell-value";

/** User property holding the most recent undo records (JSON list, newest last). */
export const UNDO_KEY = "releve.replacement.undo";
/** How many writes can still be undone (a record is ≈ 300 bytes: far below the 9 KB per value). */
export const UNDO_KEEP = 10;

/** One cell written: where, what we wrote, what was there before. */
export interface UndoCell {
  tab: string;
  a1: string;
  written: string;
  previous: StoredCell;
}

/** One `applyReplacement`: its token and its cells. */
export interface UndoRecord {
  token: string;
  /** ISO instant of the write. */
  at: string;
  cells: UndoCell[];
}

const storedCellSchema = z.union([
  z.object({ kind: z.literal("empty") }),
  z.object({ kind: z.literal("text"), value: z.string() }),
  z.object({ kind: z.literal("number"), value: z.number() }),
  z.object({ kind: z.literal("boolean"), value: z.boolean() }),
  z.object({ kind: z.literal("date"), value: z.string() }),
]);

const recordsSchema = z.array(
  z.object({
    token: z.string(),
    at: z.string(),
    cells: z.array(
      z.object({ tab: z.string(), a1: z.string(), written: z.string(), previous: storedCellSchema }),
    ),
  }),
);

/** Parses the stored JSON (an unreadable value counts as none). */
function parseRecords(raw: string | null): UndoRecord[] {
  if (raw === null) return [];
  try {
    const parsed = recordsSchema.safeParse(JSON.parse(raw));
    return parsed.success ? (parsed.data as UndoRecord[]) : [];
  } catch {
    return [];
  }
}

/** The user's undo records, read once (2 service calls); adding or dropping one writes the property once. */
export interface UndoStore {
  /** The record of a token, or undefined. */
  find(token: string): UndoRecord | undefined;
  /** Adds a record and keeps only the `UNDO_KEEP` newest. */
  add(record: UndoRecord): void;
  /** Forgets the record of a token (once undone). */
  drop(token: string): void;
}

/** Opens the user's undo records (in the user's properties: each user undoes only their own writes). */
export function openUndoStore(): UndoStore {
  const props = PropertiesService.getUserProperties();
  let records = parseRecords(props.getProperty(UNDO_KEY));
  return {
    find: (token) => records.find((r) => r.token === token),
    add(record) {
      records = [...records, record].slice(-UNDO_KEEP);
      props.setProperty(UNDO_KEY, JSON.stringify(records));
    },
    drop(token) {
      records = records.filter((r) => r.token !== token);
      if (records.length === 0) props.deleteProperty(UNDO_KEY);
      else props.setProperty(UNDO_KEY, JSON.stringify(records));
    },
  };
}
