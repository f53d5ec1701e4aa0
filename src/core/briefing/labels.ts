// Words the renderers share: the long date of a briefing, severity and slot labels, an entry's text lines.
import type { Lang } from "../i18n";
import { messages } from "../i18n";
import { formatCivilDate, monthName, weekdayName } from "../i18n/format";
import { type CivilDate, dayNumber, isCivilDate, partsFromDay } from "../time";
import { readState } from "./readers";
import type { BriefingModel, EntryItem, FollowUpItem, SlotGroup, StaffLine } from "./types";

/** The briefing texts of a language. */
export function briefingTexts(lang: Lang) {
  return messages(lang).briefing;
}

/** A civil date in words: `mardi 24 novembre 2026` / `Tuesday 24 November 2026`. */
export function longDate(date: CivilDate, lang: Lang): string {
  const t = briefingTexts(lang);
  const day = dayNumber(date);
  const p = partsFromDay(day);
  return t.longDate(weekdayName(day, lang), p.day, monthName(p.month, lang), p.year);
}

/** The lines of an entry's text: cible, then D / A / R, then its follow-up (plain text, not escaped). */
export function entryLines(it: EntryItem, lang: Lang): string[] {
  const t = briefingTexts(lang).label;
  const e = it.entry;
  const lines: string[] = [];
  if (e.target) lines.push(`${t.target}${t.colon}${e.target}`);
  lines.push(e.actions || e.results ? `${t.data}${t.colon}${e.data}` : e.data);
  if (e.actions) lines.push(`${t.actions}${t.colon}${e.actions}`);
  if (e.results) lines.push(`${t.results}${t.colon}${e.results}`);
  if (e.followUp) {
    const parts = [e.followUp.what];
    if (e.followUp.due) parts.push(`${t.due} ${formatDue(e.followUp.due, lang)}`);
    if (e.followUp.shift) parts.push(`${t.shift} ${e.followUp.shift}`);
    if (e.followUp.owner) parts.push(`${t.owner} ${e.followUp.owner}`);
    lines.push(`${t.followUp}${t.colon}${parts.join(", ")}`);
  }
  return lines;
}

/**
 * The small print under an entry: author, shift, who read it and who of today's team (`team`, the planning's names)
 * has not, and correction marks.
 */
export function entryMeta(it: EntryItem, lang: Lang, team: readonly string[] = []): string {
  const t = briefingTexts(lang).label;
  const e = it.entry;
  const parts = [`${t.author} ${e.author}`];
  if (e.shift) parts.push(e.shift);
  parts.push(...readParts(e, team, lang));
  if (it.corrected) parts.push(t.corrected);
  if (e.corrects) parts.push(t.corrects);
  if (e.editedInSheet) parts.push(t.editedInSheet);
  return parts.join(" · ");
}

/**
 * Who read an entry and who of today's team has not, in the shorter form: `lu par Paul · non lu par Léa, Hugo`,
 * `non lu par l'équipe du jour`, `lu par Paul · non lu par le reste de l'équipe du jour` (when most have not),
 * `lu par toute l'équipe du jour`; without a team, `lu par Paul` or `lu par personne`.
 */
function readParts(entry: EntryItem["entry"], team: readonly string[], lang: Lang): string[] {
  const t = briefingTexts(lang).label;
  const state = readState(entry, team);
  const read = state.readBy.length > 0 ? [t.readBy(state.readBy.join(", "))] : [];
  if (state.unreadBy.length + state.readByTeam.length === 0) return read.length > 0 ? read : [t.readByNobody];
  if (state.unreadBy.length === 0) return [t.readByTeam];
  if (state.readByTeam.length === 0) return [...read, t.unreadByTeam];
  if (state.unreadBy.length > state.readByTeam.length) return [...read, t.unreadByRest];
  return [...read, t.unreadBy(state.unreadBy.join(", "))];
}

/** Today's team: everyone at work in the briefing's staffing, once each, in the order of the slots. */
export function teamOf(model: BriefingModel): string[] {
  return [...new Set(model.staffing.slots.flatMap((s) => s.people.map((p) => p.name)))];
}

/**
 * One shift's team on one line: its label with the head count, the hours most of them work, and the names (with
 * their own hours when they differ): `Matin (4)`, `07:00–14:00`, `Bernard Hugo, Gauthier Emma (09:00–17:00)`.
 */
export function teamLine(group: SlotGroup, lang: Lang): { label: string; hours: string; names: string } {
  const t = briefingTexts(lang);
  const range = (p: StaffLine): string => `${p.from}–${p.to}`;
  const tally = new Map<string, number>();
  for (const p of group.people) tally.set(range(p), (tally.get(range(p)) ?? 0) + 1);
  const hours = [...tally].sort((a, b) => b[1] - a[1])[0]?.[0] ?? "";
  return {
    label: t.label.staffingOf(t.slot[group.slot], group.people.length),
    hours,
    names: group.people.map((p) => (range(p) === hours ? p.name : `${p.name} (${range(p)})`)).join(", "),
  };
}

/** When a follow-up is due: `aujourd'hui`, `en retard de 2 jours`. */
export function dueText(f: FollowUpItem, lang: Lang): string {
  const t = briefingTexts(lang).label;
  return f.overdueDays === 0 ? t.dueToday : t.overdue(f.overdueDays);
}

/** Who and since when, for a follow-up: `par Paul · écrit le 22/11 21:30`. */
export function followUpMeta(f: FollowUpItem, lang: Lang): string {
  const t = briefingTexts(lang).label;
  const parts: string[] = [];
  if (f.owner) parts.push(`${t.owner} ${f.owner}`);
  if (f.shift) parts.push(`${t.shift} ${f.shift}`);
  parts.push(f.due ? `${t.due} ${formatCivilDate(f.due, lang)}` : t.noDue);
  parts.push(t.writtenOn(f.since));
  return parts.join(" · ");
}

/** A follow-up's due date as written for a reader (`24/11/2026`), or as typed when it is not a date. */
function formatDue(due: string, lang: Lang): string {
  return isCivilDate(due) ? formatCivilDate(due, lang) : due;
}
