// The handover server functions the sidebar calls through google.script.run (exported by src/gas/main.ts).
import {
  type AuthorInfo,
  applyQuery,
  awaitsAcknowledgement,
  configuredCategories,
  type HandoverEntry,
  type HandoverServerApi,
  handoverTexts,
  type InboxResult,
  matchesQuery,
  parseHandoverQuery,
  readingOrder,
  resolveQuery,
  SERVICE_PERSON,
  type SidebarData,
  shiftLabelAt,
  shiftLabels,
  shiftStartAt,
} from "../../core/handovers";
import { activeResidentNames } from "../../core/tabs/residents-tab";
import { dayNumber, epochMsOfIso, isCivilDate, isoSecondsWithOffset } from "../../core/time";
import { readSettings } from "../briefing/workbook";
import { authorInfo, readerIdentity, rememberAuthorName } from "./author";
import { handoverContext } from "./context";
import { residentsOf } from "./residents";
import {
  acknowledgeEntry,
  addEntry,
  closeEntryFollowUp,
  readLatest,
  readOpenEntries,
  readSince,
} from "./store";
import { findHandoverSheet } from "./tab";

/** User property (per spreadsheet) holding the user's last visit to the sidebar. */
export const LAST_VISIT_PREFIX = "releve.lastVisit.";
/** Urgent entries a reader has not acknowledged stay in "À lire" for this long. */
const URGENT_STAYS_MS = 3 * 24 * 3600_000;
/** "À lire" never reaches further back than this. */
const INBOX_MAX_MS = 14 * 24 * 3600_000;
const INBOX_LIMIT = 300;

/** Validates and appends one entry under the document lock; returns the stored entry (contract §1). */
export function addHandover(input: unknown): HandoverEntry {
  return addEntry(handoverContext(), input);
}

/** The entries matching a query (contract §1), newest first, reading only the rows the query needs. */
export function listHandovers(query: unknown): HandoverEntry[] {
  const ctx = handoverContext();
  const q = resolveQuery(parseHandoverQuery(query, ctx.lang), ctx.zone);
  const sheet = findHandoverSheet(ctx.spreadsheet);
  if (!sheet) return [];
  let entries: HandoverEntry[];
  if (q.sinceMs !== undefined) entries = readSince(ctx, sheet, q.sinceMs, q.untilMs);
  else if (q.openFollowUpsOnly) entries = readOpenEntries(ctx, sheet);
  else entries = readLatest(ctx, sheet, (e) => matchesQuery(e, q), q.limit);
  return applyQuery(entries, q);
}

/** Everything the sidebar needs to draw its forms; records this visit (the previous one is returned). */
export function getSidebarData(): SidebarData {
  const ctx = handoverContext();
  const nowMs = Date.now();
  const instant = Math.floor(nowMs / 60000);
  const key = LAST_VISIT_PREFIX + ctx.spreadsheet.getId();
  const userProps = PropertiesService.getUserProperties();
  const previousVisit = userProps.getProperty(key) ?? undefined;
  const now = isoSecondsWithOffset(nowMs, ctx.zone);
  userProps.setProperty(key, now);
  return {
    lang: ctx.lang,
    author: authorInfo(),
    persons: [...activeResidentNames(residentsOf(ctx.spreadsheet)), SERVICE_PERSON],
    categories: configuredCategories(readSettings(ctx.spreadsheet).handoverCategories, ctx.lang),
    shifts: shiftLabels(ctx.lang),
    currentShift: shiftLabelAt(instant, ctx.zone, ctx.lang),
    now,
    ...(previousVisit && epochMsOfIso(previousVisit) !== null ? { previousVisit } : {}),
    shiftStart: isoSecondsWithOffset(shiftStartAt(instant, ctx.zone) * 60000, ctx.zone),
  };
}

/** "À lire" in one call: entries since `since`, older urgent ones still unacknowledged, every open follow-up. */
export function loadInbox(request: unknown): InboxResult {
  const ctx = handoverContext();
  const t = handoverTexts(ctx.lang);
  const text = (request as { since?: unknown } | null)?.since;
  const parsed =
    typeof text !== "string"
      ? null
      : isCivilDate(text)
        ? ctx.zone.toInstant(dayNumber(text), 0) * 60000
        : epochMsOfIso(text);
  if (parsed === null) throw new Error(t.error.instant(t.field.since ?? "since"));
  const nowMs = Date.now();
  const sinceMs = Math.max(parsed, nowMs - INBOX_MAX_MS);
  const reader = readerIdentity();
  const sheet = findHandoverSheet(ctx.spreadsheet);
  const since = isoSecondsWithOffset(sinceMs, ctx.zone);
  if (!sheet) return { entries: [], openFollowUps: [], since, reader };
  const windowStart = Math.min(sinceMs, nowMs - URGENT_STAYS_MS);
  const recent = readSince(ctx, sheet, windowStart).filter((e) => {
    const at = epochMsOfIso(e.writtenAt) ?? 0;
    return at >= windowStart && (at >= sinceMs || awaitsAcknowledgement(e, reader));
  });
  const openFollowUps = readOpenEntries(ctx, sheet).sort((a, b) =>
    (a.followUp?.due ?? "9999") < (b.followUp?.due ?? "9999") ? -1 : 1,
  );
  return { entries: readingOrder(recent, reader).slice(0, INBOX_LIMIT), openFollowUps, since, reader };
}

/** Records that the current user has read an entry ("Lu par"); returns the entry. */
export function acknowledgeHandover(id: unknown): HandoverEntry {
  return acknowledgeEntry(handoverContext(), String(id ?? ""));
}

/** Marks an entry's follow-up done by the current user; returns the entry. */
export function closeFollowUp(id: unknown): HandoverEntry {
  return closeEntryFollowUp(handoverContext(), String(id ?? ""));
}

/** Remembers the name of a user whose account gives no e-mail; returns the author as now known. */
export function setAuthorName(name: unknown): AuthorInfo {
  const ctx = handoverContext();
  rememberAuthorName(typeof name === "string" ? name : "", ctx.lang);
  return authorInfo();
}

/** The handover API as a whole: checked against the type the sidebar's client is built from. */
export const handoverServerApi: HandoverServerApi = {
  getSidebarData,
  addHandover,
  listHandovers,
  loadInbox,
  acknowledgeHandover,
  closeFollowUp,
  setAuthorName,
};
