/**
 * Writing handover entries in the Transmissions tab.
 *
 * Design: one row per entry, appended with one `appendRow` under the document lock; the write-once columns
 * (the text the person typed, who, when, the draft's id and the fingerprint) are never rewritten. Five state
 * columns — Lu par, Suivi : statut, Suivi fait par, Suivi fait le, Corrigée par — are the only cells ever
 * updated, also under the lock, found by their header at each operation (people insert and move columns); a
 * column that cannot be found stops the write with a message naming it. Every typed text is written with a
 * leading apostrophe, so Sheets keeps `=…`, `+…`, `-…`, `@…`, numbers and dates as the exact text typed. The
 * tab carries a warning-only protection. Reading, whatever the order of the rows, is in reader.ts.
 */
import {
  addReader,
  asCellText,
  COLUMNS,
  canonicalCategory,
  cellAsText,
  dayOfEntryId,
  entryCells,
  type FieldError,
  type HandoverEntry,
  handoverTexts,
  headerOf,
  LATER_COLUMNS,
  makeEntryId,
  parseHandoverInput,
  REQUEST_ID_PATTERN,
  refusal,
  rowForColumns,
  type SavedEntry,
  SERVICE_PERSON,
  shiftLabelAt,
  suggestName,
} from "../../core/handovers";
import { handovers as enTexts } from "../../core/i18n/en/handovers";
import { handovers as frTexts } from "../../core/i18n/fr/handovers";
import { activeResidentNames } from "../../core/tabs/residents-tab";
import { foldText as fold } from "../../core/text";
import { isoSecondsWithOffset } from "../../core/time";
import { readSettings } from "../briefing/workbook";
import { requireAuthor } from "./author";
import type { HandoverContext } from "./context";
import { recordEntryDay } from "./day-lookup";
import { withDocumentLock } from "./lock";
import { type LogState, writeLogState } from "./log-state";
import { columnOf, type LogTable, requireColumns } from "./log-table";
import { readOpenFollowUps, writeOpenFollowUps } from "./open-follow-ups";
import { ensureProtection } from "./protect";
import {
  EARLIEST,
  entriesAtRows,
  entryAt,
  entryOfRow,
  type LocatedRow,
  type LogReader,
  locateEntry,
  openReader,
  openRows,
  readSince,
} from "./reader";
import { residentsOf } from "./residents";
import { ensureHandoverSheet, findHandoverSheet } from "./tab";

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

/** How far back a repeated save of a draft is looked for (a draft older than this is a new entry). */
const REQUEST_WINDOW_MS = 14 * 86_400_000;

/** The people as listed in the Résidents tab ("Service" too), or the field errors (with a suggestion). */
function canonicalPersons(
  names: readonly string[],
  ctx: HandoverContext,
): { persons: string[]; errors: FieldError[] } {
  const t = handoverTexts(ctx.lang);
  const residents = residentsOf(ctx.spreadsheet);
  const listed = residents.length === 0 ? undefined : activeResidentNames(residents);
  const all = residents.map((r) => r.name);
  const persons: string[] = [];
  const errors: FieldError[] = [];
  for (const name of names) {
    if (fold(name) === fold(SERVICE_PERSON)) persons.push(SERVICE_PERSON);
    else if (residents.length === 0) persons.push(name);
    else {
      const found = all.find((r) => fold(r) === fold(name));
      if (found) persons.push(found);
      else {
        const suggestion = suggestName(name, [...(listed ?? []), SERVICE_PERSON]);
        errors.push({
          field: "person",
          message: suggestion ? t.error.didYouMean(name, suggestion) : t.error.unknownPerson(name),
        });
      }
    }
  }
  return { persons: [...new Set(persons)], errors };
}

/** The epoch ms a draft was started (its id begins with it), kept within the last 14 days. */
function draftStartMs(requestId: string, nowMs: number): number {
  const started = Number.parseInt(requestId.split("-")[0] ?? "", 36);
  const earliest = nowMs - REQUEST_WINDOW_MS;
  return Number.isFinite(started) ? Math.min(nowMs, Math.max(earliest, started)) : earliest;
}

/** The entry already stored for a draft id, looking at the days since the draft was started. */
function storedRequest(reader: LogReader, requestId: string, nowMs: number): HandoverEntry | undefined {
  const since = draftStartMs(requestId, nowMs) - 86_400_000;
  return readSince(reader, since).find((e) => e.requestId === requestId);
}

/** Adds the headers of columns newer than the tab (the draft id, the fingerprint) after its last column. */
function addLaterColumns(table: LogTable): LogTable {
  const missing = LATER_COLUMNS.filter((key) => table.map[key] === undefined);
  if (missing.length === 0) return table;
  const first = Math.max(table.sheet.getLastColumn(), table.width) + 1;
  table.sheet
    .getRange(1, first, 1, missing.length)
    .setValues([missing.map((key) => asCellText(headerOf(key, table.lang)))])
    .setFontWeight("bold");
  const map = { ...table.map };
  missing.forEach((key, i) => {
    map[key] = first - 1 + i;
  });
  return { ...table, map, width: Math.max(table.width, first - 1 + missing.length) };
}

/** The state after appending `id` at `row`; records the day in the index when the index still holds. */
function stateAfterAppend(reader: LogReader, id: string, row: number): LogState {
  const day = dayOfEntryId(id) as number;
  const { table, state } = reader;
  const sheetId = table.sheet.getSheetId();
  const empty = table.lastRow <= 1;
  const holds =
    state !== null &&
    state.indexFrom !== null &&
    state.sheetId === sheetId &&
    state.lastRow === table.lastRow;
  if (empty || holds) {
    recordEntryDay(day, row);
    return {
      sheetId,
      lastRow: row,
      lastId: id,
      indexFrom: empty ? EARLIEST : (state?.indexFrom ?? null),
      firstDay: empty ? day : (state?.firstDay ?? day),
    };
  }
  // The tab changed since the last save (or was never checked): the next read rebuilds the index.
  return { sheetId, lastRow: row, lastId: id, indexFrom: null, firstDay: null };
}

/**
 * Validates an untrusted input and appends it as one row under the document lock; returns the stored entry.
 * A draft saved before (same `requestId`) is not stored again: the earlier entry comes back, `alreadyStored`.
 */
export function addEntry(ctx: HandoverContext, raw: unknown): SavedEntry {
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
  const people = canonicalPersons(input.persons, ctx);
  errors.push(...people.errors);
  if (errors.length > 0 || !category) throw refusal(errors, ctx.lang);

  return withDocumentLock(ctx.lang, () => {
    const sheet = ensureHandoverSheet(ctx.spreadsheet, ctx.lang);
    ensureProtection(sheet, ctx.lang);
    const reader = openReader(ctx, sheet);
    reader.table = addLaterColumns(reader.table);
    requireColumns(reader.table, COLUMNS);
    const nowMs = Date.now();
    if (input.requestId) {
      const earlier = storedRequest(reader, input.requestId, nowMs);
      if (earlier) return { ...earlier, alreadyStored: true };
    }
    const corrected = input.corrects ? locateEntry(reader, input.corrects) : undefined;
    if (input.corrects && !corrected) {
      throw refusal([{ field: "corrects", message: t.error.unknownEntry(input.corrects) }], ctx.lang);
    }
    const instant = Math.floor(nowMs / 60000);
    const { authorName: _typed, shift, person: _first, persons: _typedPersons, ...fields } = input;
    const entry: HandoverEntry = {
      ...fields,
      person: people.persons[0] as string,
      persons: people.persons,
      category,
      id: makeEntryId(nowMs, ctx.zone, Utilities.getUuid()),
      writtenAt: isoSecondsWithOffset(nowMs, ctx.zone),
      author,
      shift: shift ?? shiftLabelAt(instant, ctx.zone, ctx.lang),
      readBy: [],
      ...(input.followUp ? { followUpStatus: "open" as const } : {}),
    };
    const row = reader.table.lastRow + 1;
    sheet.appendRow(rowForColumns(entryCells(entry, ctx.lang), reader.table.map));
    writeLogState(stateAfterAppend(reader, entry.id, row));
    if (entry.followUp) {
      const open = readOpenFollowUps();
      writeOpenFollowUps([...open.items, { row, id: entry.id }], open.chunks);
    }
    if (corrected) {
      const col = columnOf(reader.table, "correctedBy");
      const text = addReader(cellAsText(corrected.values[col - 1], ctx.zone), entry.id);
      sheet.getRange(corrected.row, col).setValue(asCellText(text));
    }
    return entry;
  });
}

/** The entry stored for a draft id, or null (the sidebar asks when it finds a draft whose save it did not see). */
export function findSavedDraft(ctx: HandoverContext, requestId: unknown): HandoverEntry | null {
  if (typeof requestId !== "string" || !REQUEST_ID_PATTERN.test(requestId)) return null;
  const sheet = findHandoverSheet(ctx.spreadsheet);
  if (!sheet) return null;
  return storedRequest(openReader(ctx, sheet), requestId, Date.now()) ?? null;
}

/** Locates an entry under the lock, or throws "introuvable". */
function mustLocate(reader: LogReader, id: string): { found: LocatedRow; entry: HandoverEntry } {
  const found = locateEntry(reader, id);
  const entry = found ? entryOfRow(reader, found) : undefined;
  if (!found || !entry) throw new Error(handoverTexts(reader.ctx.lang).error.unknownEntry(id));
  return { found, entry };
}

/** The tab for a status write, with the columns the write needs found (or a message naming the missing one). */
function writerFor(
  ctx: HandoverContext,
  keys: Parameters<typeof requireColumns>[1],
): LogReader & { sheet: Sheet } {
  const t = handoverTexts(ctx.lang);
  const sheet = findHandoverSheet(ctx.spreadsheet);
  if (!sheet) throw new Error(t.error.unknownEntry(""));
  const reader = openReader(ctx, sheet);
  requireColumns(reader.table, keys);
  return { ...reader, sheet };
}

/**
 * Adds the current user to the "Lu par" of each entry (idempotent); returns the entries as now stored. One
 * write per entry not yet read, in the column found by its header.
 */
export function acknowledgeEntries(ctx: HandoverContext, ids: readonly string[]): HandoverEntry[] {
  const reader = requireAuthor(ctx.lang);
  return withDocumentLock(ctx.lang, () => {
    const log = writerFor(ctx, ["id", "readBy"]);
    const col = columnOf(log.table, "readBy");
    const out: HandoverEntry[] = [];
    for (const id of ids) {
      const { found, entry } = mustLocate(log, id);
      if (entry.readBy.includes(reader)) {
        out.push(entry);
        continue;
      }
      const text = addReader(cellAsText(found.values[col - 1], ctx.zone), reader);
      log.sheet.getRange(found.row, col).setValue(asCellText(text));
      out.push({ ...entry, readBy: [...entry.readBy, reader] });
    }
    return out;
  });
}

/** Marks an entry's follow-up done by the current user, now; returns the entry as now stored. */
export function closeEntryFollowUp(ctx: HandoverContext, id: string): HandoverEntry {
  const closer = requireAuthor(ctx.lang);
  return withDocumentLock(ctx.lang, () => {
    const log = writerFor(ctx, ["id", "followUpStatus", "followUpClosedBy", "followUpClosedAt"]);
    const { found, entry } = mustLocate(log, id);
    if (!entry.followUp) throw new Error(handoverTexts(ctx.lang).error.noFollowUp);
    if (entry.followUpStatus === "done") return entry;
    const closedAt = isoSecondsWithOffset(Date.now(), ctx.zone);
    const done = (ctx.lang === "en" ? enTexts : frTexts).followUpStatus.done;
    const cells: Array<[number, string]> = [
      [columnOf(log.table, "followUpStatus"), done],
      [columnOf(log.table, "followUpClosedBy"), closer],
      [columnOf(log.table, "followUpClosedAt"), closedAt],
    ];
    const [first] = cells;
    if (first && cells.every(([col], i) => col === first[0] + i)) {
      log.sheet
        .getRange(found.row, first[0], 1, cells.length)
        .setValues([cells.map(([, v]) => asCellText(v))]);
    } else {
      for (const [col, value] of cells) log.sheet.getRange(found.row, col).setValue(asCellText(value));
    }
    const open = readOpenFollowUps();
    writeOpenFollowUps(
      open.items.filter((item) => item.id !== id),
      open.chunks,
    );
    return { ...entry, followUpStatus: "done", followUpClosedBy: closer, followUpClosedAt: closedAt };
  });
}

/**
 * Every entry whose follow-up is open, from the open follow-up list: entries already read (`known`) are
 * reused, the others read at their recorded row (checked by id) or found by id when rows moved. A list never
 * written (lost, or a log written by hand or another tool) is rebuilt from the follow-up columns and stored
 * when the document lock is free (healed).
 */
export function readOpenEntries(reader: LogReader, known: readonly HandoverEntry[] = []): HandoverEntry[] {
  const open = readOpenFollowUps();
  if (open.chunks === 0 && reader.table.lastRow >= 2) {
    const rows = openRows(reader);
    const lock = LockService.getDocumentLock();
    const held = lock.hasLock();
    if (held || lock.tryLock(1000)) {
      try {
        if (readOpenFollowUps().chunks === 0) writeOpenFollowUps(rows, 0);
      } finally {
        if (!held) lock.releaseLock();
      }
    }
    return entriesAtRows(reader, rows).filter((e) => e.followUpStatus === "open");
  }
  const byId = new Map(known.map((e) => [e.id, e]));
  const out: HandoverEntry[] = [];
  for (const item of open.items) {
    let entry = byId.get(item.id) ?? entryAt(reader, item.row, item.id);
    if (!entry) {
      const found = locateEntry(reader, item.id);
      entry = found ? entryOfRow(reader, found) : undefined;
    }
    if (entry && entry.followUpStatus === "open") out.push(entry);
  }
  return out;
}
