// The marks store's text: every record as JSON, cut into cells Sheets accepts; older stores still read.
import { MARK_PROPS, type MarkProp, type MarkRecord, type PropChange } from "./mark-types";

/** First cell of a store written by this version. */
export const STORE_HEADER = "releve-marks-v3";

/** Characters per store cell: under Sheets' 50,000, whatever the records hold. */
export const CHUNK_CHARS = 40_000;

/** Short keys of the properties in the JSON. */
const SHORT: Record<MarkProp, string> = {
  note: "n",
  fontColor: "c",
  fontWeight: "w",
  fontLine: "l",
  background: "b",
};

/**
 * The store's rows (one column, header first): the records as one JSON text cut every `CHUNK_CHARS` characters,
 * so no cell ever exceeds Sheets' limit, however long a recorded note is (a record may span cells).
 */
export function recordsToRows(records: readonly MarkRecord[]): string[][] {
  const json = JSON.stringify(
    records.map((r) => {
      const props: Record<string, [string, string]> = {};
      for (const prop of MARK_PROPS) {
        const change = r.props[prop];
        if (change) props[SHORT[prop]] = [change.prev, change.ours];
      }
      return [r.sheetId, r.row, r.col, props];
    }),
  );
  const rows: string[][] = [[STORE_HEADER]];
  for (let at = 0; at < json.length; at += CHUNK_CHARS) rows.push([json.slice(at, at + CHUNK_CHARS)]);
  return rows;
}

const isIndex = (v: unknown): v is number => typeof v === "number" && Number.isInteger(v) && v >= 0;
const isPair = (v: unknown): v is [string, string] =>
  Array.isArray(v) && v.length === 2 && typeof v[0] === "string" && typeof v[1] === "string";

/** A v3 record from its JSON form; null when it is not one. */
function fromJson(item: unknown): MarkRecord | null {
  if (!Array.isArray(item) || item.length !== 4) return null;
  const [sheetId, row, col, raw] = item as unknown[];
  if (typeof sheetId !== "number" || !isIndex(row) || !isIndex(col) || typeof raw !== "object" || !raw)
    return null;
  const props: Partial<Record<MarkProp, PropChange>> = {};
  for (const prop of MARK_PROPS) {
    const pair = (raw as Record<string, unknown>)[SHORT[prop]];
    if (pair === undefined) continue;
    if (!isPair(pair)) return null;
    props[prop] = { prev: pair[0], ours: pair[1] };
  }
  return { sheetId, row, col, props };
}

/** A record of a v2 store (`[sheetId, row, col, prevBg, ourBg, prevNote, ourNote]`: marks were fills then). */
function fromV2(item: unknown): MarkRecord | null {
  if (!Array.isArray(item) || item.length !== 7) return null;
  const [sheetId, row, col, prevBg, ourBg, prevNote, ourNote] = item as unknown[];
  if (typeof sheetId !== "number" || !isIndex(row) || !isIndex(col)) return null;
  if (typeof prevBg !== "string" || typeof ourBg !== "string") return null;
  const props: MarkRecord["props"] = { background: { prev: prevBg, ours: ourBg } };
  if (typeof prevNote === "string" && typeof ourNote === "string")
    props.note = { prev: prevNote, ours: ourNote };
  return { sheetId, row, col, props };
}

/**
 * The records of the store's values (first column). A v3 store is one JSON text over its cells; a v2 store (one
 * JSON array per cell) is still read, so marks made by the previous version can be cleared. What does not parse
 * (someone typed into the hidden tab, or cut it) gives no record: `ok` is then false.
 */
export function rowsToRecords(values: readonly (readonly unknown[])[]): {
  records: MarkRecord[];
  ok: boolean;
} {
  const cells = values.map((row) => row[0]).filter((v): v is string => typeof v === "string" && v !== "");
  if (cells.length === 0) return { records: [], ok: true };
  if (cells[0] === STORE_HEADER) {
    try {
      const parsed: unknown = JSON.parse(cells.slice(1).join("") || "[]");
      if (!Array.isArray(parsed)) return { records: [], ok: false };
      const records = parsed.map(fromJson);
      return { records: records.filter((r): r is MarkRecord => r !== null), ok: !records.includes(null) };
    } catch {
      return { records: [], ok: false };
    }
  }
  const records: MarkRecord[] = [];
  let ok = true;
  for (const cell of cells) {
    if (!cell.startsWith("[")) continue;
    try {
      const parsed: unknown = JSON.parse(cell);
      for (const item of Array.isArray(parsed) ? parsed : []) {
        const record = fromV2(item);
        if (record) records.push(record);
        else ok = false;
      }
    } catch {
      ok = false;
    }
  }
  return { records, ok };
}
