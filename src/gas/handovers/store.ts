/**
 * Storage of handover entries in the Transmissions tab.
 *
 * Design: one row per entry, appended with one `appendRow` call under the document lock; the columns
 * ID…Corrige (the text the person typed, who, when) are never rewritten. Five state columns after them —
 * Lu par, Suivi : statut, Suivi fait par, Suivi fait le, Corrigée par — are the only cells ever updated,
 * also under the lock, so acknowledgements, follow-up closures and corrections never touch an entry's text.
 * Every typed text is written with a leading apostrophe, so Sheets keeps `=…`, `+…`, `-…`, `@…`, tab, CR,
 * numbers and dates as the exact text typed. Two small indexes live in document properties: the row of the
 * first entry of each day (per month, see core/handovers/day-index.ts) and the rows of open follow-ups; both
 * are checked against the sheet when used, and reading falls back to a binary search when they are stale.
 */
import {
  addReader,
  asCellText,
  COLUMN_COUNT,
  canonicalCategory,
  cellAsText,
  columnNumber,
  dayOfEntryId,
  entryToRow,
  type FieldError,
  type HandoverEntry,
  handoverTexts,
  makeEntryId,
  parseHandoverInput,
  refusal,
  rowToEntry,
  SERVICE_PERSON,
  shiftLabelAt,
} from "../../core/handovers";
import { handovers as enTexts } from "../../core/i18n/en/handovers";
import { handovers as frTexts } from "../../core/i18n/fr/handovers";
import { foldText as fold } from "../../core/text";
import { type DayNumber, isoSecondsWithOffset } from "../../core/time";
import type { CellValue } from "../../core/workbook";
import { readSettings } from "../briefing/workbook";
import { requireAuthor } from "./author";
import type { HandoverContext } from "./context";
import { firstRowOnOrAfter, recordEntryDay } from "./day-lookup";
import { withDocumentLock } from "./lock";
import { readOpenFollowUps, writeOpenFollowUps } from "./open-follow-ups";
import { residentsOf } from "./residents";
import { ensureHandoverSheet, findHandoverSheet } from "./tab";

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

/** The person as listed in the Résidents tab, "Service", or undefined when unknown (any name when no list). */
function canonicalPerson(person: string, ctx: HandoverContext): string | undefined {
  if (fold(person) === fold(SERVICE_PERSON)) return SERVICE_PERSON;
  const residents = residentsOf(ctx.spreadsheet);
  if (residents.length === 0) return person;
  return residents.find((r) => fold(r.name) === fold(person))?.name;
}

/** Today's civil day in the zone. */
function today(ctx: HandoverContext): DayNumber {
  return ctx.zone.toWall(Math.floor(Date.now() / 60000)).day;
}

/** Validates an untrusted input and appends it as one row under the document lock; returns the stored entry. */
export function addEntry(ctx: HandoverContext, raw: unknown): HandoverEntry {
  const t = handoverTexts(ctx.lang);
  const input = parseHandoverInput(raw, ctx.lang);
  const author = requireAuthor(ctx.lang, input.authorName);
  const errors: FieldError[] = [];
  const category = canonicalCategory(
    input.category,
    readSettings(ctx.spreadsheet).handoverCategories,
    ctx.lang,
  );
  if (!category) errors.push({ field: "category", message: t.error.unknownCategory(input.category) });
  const person = canonicalPerson(input.person, ctx);
  if (!person) errors.push({ field: "person", message: t.error.unknownPerson(input.person) });
  if (errors.length > 0 || !category || !person) throw refusal(errors, ctx.lang);

  return withDocumentLock(ctx.lang, () => {
    const sheet = ensureHandoverSheet(ctx.spreadsheet, ctx.lang);
    const lastRow = sheet.getLastRow();
    const corrected = input.corrects ? locateEntry(ctx, sheet, input.corrects, lastRow) : undefined;
    if (input.corrects && !corrected) {
      throw refusal([{ field: "corrects", message: t.error.unknownEntry(input.corrects) }], ctx.lang);
    }
    const nowMs = Date.now();
    const instant = Math.floor(nowMs / 60000);
    const { authorName: _typed, shift, ...fields } = input;
    const entry: HandoverEntry = {
      ...fields,
      person,
      category,
      id: makeEntryId(nowMs, ctx.zone, Utilities.getUuid()),
      writtenAt: isoSecondsWithOffset(nowMs, ctx.zone),
      author,
      shift: shift ?? shiftLabelAt(instant, ctx.zone, ctx.lang),
      readBy: [],
      ...(input.followUp ? { followUpStatus: "open" as const } : {}),
    };
    const row = lastRow + 1;
    sheet.appendRow(entryToRow(entry, ctx.lang));
    recordEntryDay(ctx.zone.toWall(instant).day, row);
    if (entry.followUp) {
      const open = readOpenFollowUps();
      writeOpenFollowUps([...open.items, { row, id: entry.id }], open.chunks);
    }
    if (corrected) {
      const col = columnNumber("correctedBy");
      const text = addReader(cellAsText(corrected.values[col - 1], ctx.zone), entry.id);
      sheet.getRange(corrected.row, col).setValue(asCellText(text));
    }
    return entry;
  });
}

/** A row found by id: its 1-based number and its values. */
export interface LocatedRow {
  row: number;
  values: CellValue[];
}

const SCAN_ROWS = 50;

/**
 * The row of an entry id: the id starts with the day it was written, so the search starts at that day's first
 * row (day index) and reads 50 rows at a time until the id or a later day shows up; a full read of the ID
 * column is the last resort (rows moved by hand).
 */
export function locateEntry(
  ctx: HandoverContext,
  sheet: Sheet,
  id: string,
  lastRow: number,
): LocatedRow | undefined {
  const day = dayOfEntryId(id);
  if (day === undefined || lastRow < 2) return undefined;
  const datePrefix = id.slice(0, 8);
  let row = firstRowOnOrAfter(sheet, day, Math.max(day, today(ctx)), ctx.zone, lastRow);
  while (row <= lastRow) {
    const count = Math.min(SCAN_ROWS, lastRow - row + 1);
    const values = sheet.getRange(row, 1, count, COLUMN_COUNT).getValues();
    for (let i = 0; i < values.length; i++) {
      const cellId = cellAsText(values[i]?.[0], ctx.zone).trim();
      if (cellId === id) return { row: row + i, values: values[i] as CellValue[] };
      if (/^\d{8}-/.test(cellId) && cellId.slice(0, 8) > datePrefix) row = lastRow + 1;
    }
    row += count;
  }
  const ids = sheet.getRange(2, 1, lastRow - 1, 1).getValues();
  const index = ids.findIndex((r) => cellAsText(r[0], ctx.zone).trim() === id);
  if (index < 0) return undefined;
  return {
    row: index + 2,
    values: sheet.getRange(index + 2, 1, 1, COLUMN_COUNT).getValues()[0] as CellValue[],
  };
}

/** Entries of the rows from `fromRow` to `toRow` (one read), skipping rows that are not valid entries. */
export function readRows(
  ctx: HandoverContext,
  sheet: Sheet,
  fromRow: number,
  toRow: number,
): HandoverEntry[] {
  if (toRow < fromRow) return [];
  const values = sheet.getRange(fromRow, 1, toRow - fromRow + 1, COLUMN_COUNT).getValues();
  const out: HandoverEntry[] = [];
  for (const row of values) {
    const entry = rowToEntry(row, ctx.zone);
    if (entry) out.push(entry);
  }
  return out;
}

/** Entries written from `sinceMs` (whole first day included: the caller filters) up to `untilMs`, through the day index. */
export function readSince(
  ctx: HandoverContext,
  sheet: Sheet,
  sinceMs: number,
  untilMs?: number,
): HandoverEntry[] {
  const lastRow = sheet.getLastRow();
  if (lastRow < 2) return [];
  const day = ctx.zone.toWall(Math.floor(sinceMs / 60000)).day;
  const now = today(ctx);
  const start = firstRowOnOrAfter(sheet, day, Math.max(day, now), ctx.zone, lastRow);
  let end = lastRow;
  if (untilMs !== undefined) {
    const untilDay = ctx.zone.toWall(Math.floor(untilMs / 60000)).day;
    if (untilDay < now) end = firstRowOnOrAfter(sheet, untilDay + 1, now, ctx.zone, lastRow) - 1;
  }
  return readRows(ctx, sheet, start, end);
}

/** Every entry whose follow-up is open, from the open follow-up list (one read per entry). */
export function readOpenEntries(ctx: HandoverContext, sheet: Sheet): HandoverEntry[] {
  const lastRow = sheet.getLastRow();
  const out: HandoverEntry[] = [];
  for (const item of readOpenFollowUps().items) {
    let entry: HandoverEntry | undefined;
    if (item.row <= lastRow) {
      const values = sheet.getRange(item.row, 1, 1, COLUMN_COUNT).getValues()[0] ?? [];
      entry = rowToEntry(values, ctx.zone);
    }
    if (!entry || entry.id !== item.id) {
      const found = locateEntry(ctx, sheet, item.id, lastRow);
      entry = found ? rowToEntry(found.values, ctx.zone) : undefined;
    }
    if (entry && entry.followUpStatus === "open") out.push(entry);
  }
  return out;
}

/** The most recent entries matching `keep`, reading backwards 500 rows at a time until `limit` are found. */
export function readLatest(
  ctx: HandoverContext,
  sheet: Sheet,
  keep: (entry: HandoverEntry) => boolean,
  limit: number,
): HandoverEntry[] {
  const out: HandoverEntry[] = [];
  let end = sheet.getLastRow();
  while (end >= 2 && out.length < limit) {
    const start = Math.max(2, end - 499);
    out.push(...readRows(ctx, sheet, start, end).filter(keep));
    end = start - 1;
  }
  return out;
}

/** Locates an entry under the lock, or throws "introuvable". */
function mustLocate(
  ctx: HandoverContext,
  id: string,
): { sheet: Sheet; found: LocatedRow; entry: HandoverEntry } {
  const t = handoverTexts(ctx.lang);
  const sheet = findHandoverSheet(ctx.spreadsheet);
  const found = sheet ? locateEntry(ctx, sheet, id, sheet.getLastRow()) : undefined;
  const entry = found ? rowToEntry(found.values, ctx.zone) : undefined;
  if (!sheet || !found || !entry) throw new Error(t.error.unknownEntry(id));
  return { sheet, found, entry };
}

/** Adds the current user to an entry's "Lu par" (idempotent); returns the entry as now stored. */
export function acknowledgeEntry(ctx: HandoverContext, id: string): HandoverEntry {
  const reader = requireAuthor(ctx.lang);
  return withDocumentLock(ctx.lang, () => {
    const { sheet, found, entry } = mustLocate(ctx, id);
    if (entry.readBy.includes(reader)) return entry;
    const col = columnNumber("readBy");
    const text = addReader(cellAsText(found.values[col - 1], ctx.zone), reader);
    sheet.getRange(found.row, col).setValue(asCellText(text));
    return { ...entry, readBy: [...entry.readBy, reader] };
  });
}

/** Marks an entry's follow-up done by the current user, now; returns the entry as now stored. */
export function closeEntryFollowUp(ctx: HandoverContext, id: string): HandoverEntry {
  const closer = requireAuthor(ctx.lang);
  return withDocumentLock(ctx.lang, () => {
    const { sheet, found, entry } = mustLocate(ctx, id);
    if (!entry.followUp) throw new Error(handoverTexts(ctx.lang).error.noFollowUp);
    if (entry.followUpStatus === "done") return entry;
    const closedAt = isoSecondsWithOffset(Date.now(), ctx.zone);
    const done = (ctx.lang === "en" ? enTexts : frTexts).followUpStatus.done;
    sheet
      .getRange(found.row, columnNumber("followUpStatus"), 1, 3)
      .setValues([[asCellText(done), asCellText(closer), asCellText(closedAt)]]);
    const open = readOpenFollowUps();
    writeOpenFollowUps(
      open.items.filter((item) => item.id !== id),
      open.chunks,
    );
    return { ...entry, followUpStatus: "done", followUpClosedBy: closer, followUpClosedAt: closedAt };
  });
}
