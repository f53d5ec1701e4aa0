// Row ⇄ entry mapping of the Transmissions tab: typed text kept as text, columns wherever they are, fingerprint.
import type { Lang } from "../i18n";
import { civilDate, dayFromParts, epochMsOfIso, isoSecondsWithOffset, type Zone } from "../time";
import type { CellValue } from "../workbook";
import { severityOf } from "./categories";
import { COLUMNS, type ColumnKey, type ColumnMap, rowWidth, STANDARD_COLUMNS } from "./columns";
import { editedSince, fingerprintOf } from "./fingerprint";
import { LIMITS } from "./limits";
import { personsOf } from "./persons";
import { type HandoverEntry, handoverEntrySchema } from "./schema";
import { handoverTexts } from "./validate";

/**
 * Text as written to a cell so that Sheets keeps it as text: a leading apostrophe (which Sheets shows and
 * returns without) stops `=`, `+`, `-`, `@`, tab, CR, numbers and dates from being interpreted. Empty stays empty.
 */
export function asCellText(text: string | undefined): string {
  return text === undefined || text === "" ? "" : `'${text}`;
}

/** A cell read back as text: strings unchanged, numbers as typed, Dates as civil date (or ISO with time). */
export function cellAsText(value: CellValue | undefined, zone: Zone): string {
  if (value === null || value === undefined) return "";
  if (typeof value === "string") return value;
  if (typeof value === "number" || typeof value === "boolean") return String(value);
  const p = zone.partsOf(value);
  const onlyDate = p.hour === 0 && p.minute === 0 && p.second === 0;
  return onlyDate
    ? civilDate(dayFromParts(p.year, p.month, p.day))
    : isoSecondsWithOffset(value.getTime(), zone);
}

const readersOf = (text: string): string[] =>
  text
    .split(/\r?\n/)
    .map((s) => s.trim())
    .filter((s) => s.length > 0);

/** Adds a reader to the "Lu par" cell text (one name per line, no duplicate, bounded length). */
export function addReader(cell: string, reader: string): string {
  const readers = readersOf(cell);
  if (!readers.includes(reader)) readers.push(reader);
  let text = readers.join("\n");
  while (text.length > LIMITS.readBy && readers.length > 1) {
    readers.shift();
    text = readers.join("\n");
  }
  return text;
}

/** The text of each cell of an entry (without the apostrophe), the fingerprint included. */
export function entryCells(entry: HandoverEntry, lang: Lang): Record<ColumnKey, string> {
  const t = handoverTexts(lang);
  const cells: Record<ColumnKey, string> = {
    id: entry.id,
    writtenAt: entry.writtenAt,
    author: entry.author,
    shift: entry.shift,
    person: personsOf(entry).join("\n"),
    category: entry.category,
    severity: t.severity[entry.severity],
    target: entry.target ?? "",
    data: entry.data,
    actions: entry.actions ?? "",
    results: entry.results ?? "",
    followUpWhat: entry.followUp?.what ?? "",
    followUpDue: entry.followUp?.due ?? "",
    followUpShift: entry.followUp?.shift ?? "",
    followUpOwner: entry.followUp?.owner ?? "",
    corrects: entry.corrects ?? "",
    readBy: entry.readBy.join("\n"),
    followUpStatus: entry.followUpStatus ? t.followUpStatus[entry.followUpStatus] : "",
    followUpClosedBy: entry.followUpClosedBy ?? "",
    followUpClosedAt: entry.followUpClosedAt ?? "",
    correctedBy: (entry.correctedBy ?? []).join("\n"),
    requestId: entry.requestId ?? "",
    fingerprint: "",
  };
  cells.fingerprint = fingerprintOf(cells);
  return cells;
}

/**
 * The row to append for an entry in a tab whose columns are at `map` (cells as written: text behind an
 * apostrophe). Columns the map does not know (the user's own) get nothing written.
 */
export function rowForColumns(cells: Readonly<Record<ColumnKey, string>>, map: ColumnMap): string[] {
  const row: string[] = Array.from({ length: rowWidth(map) }, () => "");
  for (const key of COLUMNS) {
    const at = map[key];
    if (at !== undefined) row[at] = asCellText(cells[key]);
  }
  return row;
}

/** The stored row of a new entry in a new tab's column order (state columns: the follow-up status "open"). */
export function entryToRow(entry: HandoverEntry, lang: Lang): string[] {
  return rowForColumns(entryCells(entry, lang), STANDARD_COLUMNS);
}

const statusOf = (text: string): "open" | "done" | undefined => {
  const folded = text.trim().toLowerCase();
  if (folded === "") return undefined;
  return folded === "fait" || folded === "done" ? "done" : "open";
};

/**
 * The entry of a stored row whose columns are at `map` (a new tab's order by default), or undefined when the
 * row is not a valid entry (blank, header, or edited by hand into something unreadable). Optional empty cells
 * become absent keys; a row whose write-once text no longer matches its fingerprint is `editedInSheet`.
 */
export function rowToEntry(
  row: readonly CellValue[],
  zone: Zone,
  map: ColumnMap = STANDARD_COLUMNS,
): HandoverEntry | undefined {
  const cell = (key: ColumnKey): string => {
    const at = map[key];
    return at === undefined ? "" : cellAsText(row[at], zone);
  };
  const opt = (key: ColumnKey): string | undefined => {
    const v = cell(key);
    return v === "" ? undefined : v;
  };
  const followUpWhat = opt("followUpWhat");
  const persons = readersOf(cell("person"));
  const candidate: Record<string, unknown> = {
    id: cell("id").trim(),
    writtenAt: cell("writtenAt").trim(),
    author: cell("author"),
    shift: cell("shift"),
    person: persons[0] ?? "",
    persons,
    category: cell("category"),
    severity: severityOf(cell("severity")) ?? cell("severity"),
    target: opt("target"),
    data: cell("data"),
    actions: opt("actions"),
    results: opt("results"),
    followUp:
      followUpWhat === undefined
        ? undefined
        : {
            what: followUpWhat,
            due: opt("followUpDue"),
            shift: opt("followUpShift"),
            owner: opt("followUpOwner"),
          },
    corrects: opt("corrects")?.trim(),
    readBy: readersOf(cell("readBy")),
    followUpStatus: followUpWhat === undefined ? undefined : (statusOf(cell("followUpStatus")) ?? "open"),
    followUpClosedBy: opt("followUpClosedBy"),
    followUpClosedAt: opt("followUpClosedAt"),
    correctedBy: opt("correctedBy") === undefined ? undefined : readersOf(cell("correctedBy")),
    requestId: opt("requestId")?.trim(),
  };
  for (const key of Object.keys(candidate)) if (candidate[key] === undefined) delete candidate[key];
  const followUp = candidate.followUp as Record<string, unknown> | undefined;
  if (followUp)
    for (const key of Object.keys(followUp)) if (followUp[key] === undefined) delete followUp[key];
  const parsed = handoverEntrySchema.safeParse(candidate);
  if (!parsed.success || epochMsOfIso(parsed.data.writtenAt) === null) return undefined;
  const written: Partial<Record<ColumnKey, string>> = {};
  for (const key of COLUMNS) written[key] = cell(key);
  return editedSince(cell("fingerprint"), written) ? { ...parsed.data, editedInSheet: true } : parsed.data;
}
