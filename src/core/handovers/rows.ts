// Row ⇄ entry mapping of the Transmissions tab: readable headers, typed text kept as text, state columns.
import type { Lang } from "../i18n";
import { civilDate, dayFromParts, epochMsOfIso, isoSecondsWithOffset, type Zone } from "../time";
import type { CellValue } from "../workbook";
import { severityOf } from "./categories";
import { LIMITS } from "./limits";
import { type HandoverEntry, handoverEntrySchema } from "./schema";
import { handoverTexts } from "./validate";

/**
 * The columns of the Transmissions tab, in order. Columns `id`…`corrects` are written once, when the entry
 * is appended, and never rewritten; the state columns after them (`readBy`…`correctedBy`) record
 * acknowledgements, follow-up closure and corrections without touching the text.
 */
export const COLUMNS = [
  "id",
  "writtenAt",
  "author",
  "shift",
  "person",
  "category",
  "severity",
  "target",
  "data",
  "actions",
  "results",
  "followUpWhat",
  "followUpDue",
  "followUpShift",
  "followUpOwner",
  "corrects",
  "readBy",
  "followUpStatus",
  "followUpClosedBy",
  "followUpClosedAt",
  "correctedBy",
] as const;

/** A column key of the Transmissions tab. */
export type ColumnKey = (typeof COLUMNS)[number];

/** Number of columns of the tab. */
export const COLUMN_COUNT = COLUMNS.length;

/** 1-based column number of a key (as Apps Script ranges count). */
export function columnNumber(key: ColumnKey): number {
  return COLUMNS.indexOf(key) + 1;
}

/** The header row in a language. */
export function headerRow(lang: Lang): string[] {
  const h = handoverTexts(lang).header;
  return COLUMNS.map((key) => h[key]);
}

/** True when a row of values is the header of the Transmissions tab in either language. */
export function isHeaderRow(values: readonly CellValue[]): boolean {
  const texts = values.slice(0, COLUMN_COUNT).map((v) => (typeof v === "string" ? v.trim() : ""));
  return (["fr", "en"] as const).some((lang) => headerRow(lang).every((h, i) => texts[i] === h));
}

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

/** The stored row of a new entry (state columns: the follow-up status "open" when there is one). */
export function entryToRow(entry: HandoverEntry, lang: Lang): string[] {
  const t = handoverTexts(lang);
  const cells: Record<ColumnKey, string> = {
    id: entry.id,
    writtenAt: entry.writtenAt,
    author: entry.author,
    shift: entry.shift,
    person: entry.person,
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
  };
  return COLUMNS.map((key) => asCellText(cells[key]));
}

const statusOf = (text: string): "open" | "done" | undefined => {
  const folded = text.trim().toLowerCase();
  if (folded === "") return undefined;
  return folded === "fait" || folded === "done" ? "done" : "open";
};

/**
 * The entry of a stored row, or undefined when the row is not a valid entry (blank, header, or edited by hand
 * into something unreadable). Optional empty cells become absent keys.
 */
export function rowToEntry(row: readonly CellValue[], zone: Zone): HandoverEntry | undefined {
  const cell = (key: ColumnKey): string => cellAsText(row[COLUMNS.indexOf(key)], zone);
  const opt = (key: ColumnKey): string | undefined => {
    const v = cell(key);
    return v === "" ? undefined : v;
  };
  const followUpWhat = opt("followUpWhat");
  const candidate: Record<string, unknown> = {
    id: cell("id").trim(),
    writtenAt: cell("writtenAt").trim(),
    author: cell("author"),
    shift: cell("shift"),
    person: cell("person"),
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
  };
  for (const key of Object.keys(candidate)) if (candidate[key] === undefined) delete candidate[key];
  const followUp = candidate.followUp as Record<string, unknown> | undefined;
  if (followUp)
    for (const key of Object.keys(followUp)) if (followUp[key] === undefined) delete followUp[key];
  const parsed = handoverEntrySchema.safeParse(candidate);
  if (!parsed.success || epochMsOfIso(parsed.data.writtenAt) === null) return undefined;
  return parsed.data;
}
