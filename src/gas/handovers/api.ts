// The handover server functions the sidebar calls through google.script.run (exported by src/gas/main.ts).
import {
  type AuthorInfo,
  applyQuery,
  configuredCategories,
  followUpTiming,
  type HandoverEntry,
  type HandoverServerApi,
  ID_PATTERN,
  type InboxResult,
  importanceOrder,
  isUnreadBy,
  matchesQuery,
  parseHandoverQuery,
  resolveQuery,
  type SavedEntry,
  SERVICE_PERSON,
  type SidebarData,
  shiftLabelAt,
  shiftLabels,
} from "../../core/handovers";
import { activeResidentNames } from "../../core/tabs/residents-tab";
import { civilDate, epochMsOfIso, isoSecondsWithOffset } from "../../core/time";
import { readSettings } from "../briefing/workbook";
import { accountEmail, authorInfo, rememberAuthorName } from "./author";
import { type HandoverContext, handoverContext } from "./context";
import { openReader, readLatest, readSince, todayOf } from "./reader";
import { residentsOf } from "./residents";
import {
  acknowledgeEntries,
  addEntry,
  closeEntryFollowUp,
  findSavedDraft as findDraft,
  readOpenEntries,
} from "./store";
import { findHandoverSheet } from "./tab";
import { memberOf, teamOf } from "./team";

/** At most this many unread entries come back (the most important first). */
const INBOX_LIMIT = 300;
/** At most this many entries are acknowledged in one call ("Tout marquer comme lu"). */
const ACK_LIMIT = 300;

/** Validates and appends one entry under the document lock; returns the stored entry (contract §1). */
export function addHandover(input: unknown): SavedEntry {
  return addEntry(handoverContext(), input);
}

/** The entries matching a query (contract §1), newest first, in any row order, reading only the rows it needs. */
export function listHandovers(query: unknown): HandoverEntry[] {
  const ctx = handoverContext();
  const q = resolveQuery(parseHandoverQuery(query, ctx.lang), ctx.zone);
  const sheet = findHandoverSheet(ctx.spreadsheet);
  if (!sheet) return [];
  const reader = openReader(ctx, sheet);
  let entries: HandoverEntry[];
  if (q.sinceMs !== undefined) entries = readSince(reader, q.sinceMs, q.untilMs);
  else if (q.openFollowUpsOnly) entries = readOpenEntries(reader);
  else entries = readLatest(reader, (e) => matchesQuery(e, q), q.limit);
  return applyQuery(entries, q);
}

/** Who the current user is, in every form a log cell may hold: e-mail, name in the Équipe tab, typed name. */
function identities(ctx: HandoverContext, team = teamOf(ctx.spreadsheet, ctx.lang)): string[] {
  const info = authorInfo();
  const email = info.email ?? accountEmail();
  const member = memberOf(team, email || info.name || "");
  const all = [email, info.name, member?.name, member?.email].filter((x): x is string => Boolean(x));
  return all.filter((x, i) => all.findIndex((y) => y.toLowerCase() === x.toLowerCase()) === i);
}

/** Everything the sidebar needs to draw its forms, in one call. */
export function getSidebarData(): SidebarData {
  const ctx = handoverContext();
  const nowMs = Date.now();
  const instant = Math.floor(nowMs / 60000);
  const settings = readSettings(ctx.spreadsheet);
  const team = teamOf(ctx.spreadsheet, ctx.lang);
  const author = authorInfo();
  const me = memberOf(team, author.email ?? author.name ?? "")?.name;
  return {
    lang: ctx.lang,
    author,
    ...(me ? { me } : {}),
    persons: [...activeResidentNames(residentsOf(ctx.spreadsheet)), SERVICE_PERSON],
    categories: configuredCategories(settings.handoverCategories, ctx.lang),
    shifts: shiftLabels(ctx.lang),
    currentShift: shiftLabelAt(instant, ctx.zone, ctx.lang),
    now: isoSecondsWithOffset(nowMs, ctx.zone),
    team,
    days: settings.handoverDays,
  };
}

/**
 * "À lire" in one call: every entry of the last `transmissions.jours` days the reader has neither written nor
 * acknowledged (most important first), and every open follow-up. It never depends on when the sidebar was
 * last opened: an entry stays until this reader acknowledges it.
 */
export function loadInbox(_request?: unknown): InboxResult {
  const ctx = handoverContext();
  const settings = readSettings(ctx.spreadsheet);
  const team = teamOf(ctx.spreadsheet, ctx.lang);
  const reader = identities(ctx, team);
  const today = todayOf(ctx);
  const days = settings.handoverDays;
  const base = { reader, days, today: civilDate(today), team };
  const sheet = findHandoverSheet(ctx.spreadsheet);
  if (!sheet) return { ...base, unread: [], openFollowUps: [] };
  const log = openReader(ctx, sheet);
  const sinceMs = ctx.zone.toInstant(today - days, 0) * 60000;
  const recent = readSince(log, sinceMs).filter((e) => (epochMsOfIso(e.writtenAt) ?? 0) >= sinceMs);
  const unread = recent.filter((e) => isUnreadBy(e, reader)).sort(importanceOrder);
  const dueOrder = (e: HandoverEntry): number => {
    const timing = followUpTiming(e, today);
    return timing?.kind === "overdue" ? -timing.days : timing?.kind === "later" ? timing.days : 0;
  };
  const openFollowUps = readOpenEntries(log, recent).sort(
    (a, b) => dueOrder(a) - dueOrder(b) || importanceOrder(a, b),
  );
  return { ...base, unread: unread.slice(0, INBOX_LIMIT), openFollowUps };
}

/** Records that the current user has read an entry ("Lu par"); returns the entry. */
export function acknowledgeHandover(id: unknown): HandoverEntry {
  return acknowledgeEntries(handoverContext(), [String(id ?? "")])[0] as HandoverEntry;
}

/** Records that the current user has read each entry ("Tout marquer comme lu"); returns them as now stored. */
export function acknowledgeHandovers(ids: unknown): HandoverEntry[] {
  const ctx = handoverContext();
  const list = Array.isArray(ids) ? ids.filter((id): id is string => typeof id === "string") : [];
  const valid = [...new Set(list.filter((id) => ID_PATTERN.test(id)))].slice(0, ACK_LIMIT);
  if (valid.length === 0) return [];
  return acknowledgeEntries(ctx, valid);
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

/** The entry already stored for a draft id (the sidebar found a draft whose save it did not see), or null. */
export function findSavedDraft(requestId: unknown): HandoverEntry | null {
  return findDraft(handoverContext(), requestId);
}

/** The handover API as a whole: checked against the type the sidebar's client is built from. */
export const handoverServerApi: HandoverServerApi = {
  getSidebarData,
  addHandover,
  listHandovers,
  loadInbox,
  acknowledgeHandover,
  acknowledgeHandovers,
  closeFollowUp,
  setAuthorName,
  findSavedDraft,
};
