// "À lire" for one reader: what they have not acknowledged yet, most important first, and follow-ups by due day.
import { foldText as fold } from "../text";
import { type DayNumber, dayNumber, epochMsOfIso, isCivilDate } from "../time";
import { personsOf } from "./persons";
import type { HandoverEntry } from "./schema";

/** Everything a reader may be written as: account e-mail, name in the Équipe tab, name typed once. */
export type ReaderIdentities = readonly string[];

/** True when a name or address (`Lu par`, author, follow-up owner) is one of the reader's identities. */
export function isReader(text: string | undefined, identities: ReaderIdentities): boolean {
  if (!text) return false;
  const folded = fold(text);
  return folded !== "" && identities.some((id) => fold(id) === folded);
}

/**
 * True when the reader still has to read this entry: they did not write it, their name is not in `Lu par`,
 * and no later entry corrects it (the correction is what they read). Nothing depends on when they last
 * opened the sidebar.
 */
export function isUnreadBy(entry: HandoverEntry, identities: ReaderIdentities): boolean {
  if (identities.length === 0) return !entry.correctedBy?.length;
  if (isReader(entry.author, identities)) return false;
  if (entry.readBy.some((r) => isReader(r, identities))) return false;
  return !entry.correctedBy?.length;
}

const RANK = { urgent: 0, watch: 1, info: 2 } as const;

/** Most important first: urgent, then à surveiller, then info; newest first within each. */
export function importanceOrder(a: HandoverEntry, b: HandoverEntry): number {
  return (
    RANK[a.severity] - RANK[b.severity] ||
    (epochMsOfIso(b.writtenAt) ?? 0) - (epochMsOfIso(a.writtenAt) ?? 0) ||
    (a.id < b.id ? 1 : a.id > b.id ? -1 : 0)
  );
}

/** When a follow-up is due compared with today: overdue (by `days`), today, later, or closed. */
export type FollowUpTiming =
  | { kind: "overdue"; days: number }
  | { kind: "today" }
  | { kind: "later"; days: number }
  | { kind: "done" };

/**
 * Where an entry's follow-up stands on `today`. A follow-up without a due date is due from the day it was
 * written (as the briefing counts it): the date of `writtenAt`, which is written in the spreadsheet's zone.
 */
export function followUpTiming(entry: HandoverEntry, today: DayNumber): FollowUpTiming | null {
  if (!entry.followUp) return null;
  if (entry.followUpStatus === "done") return { kind: "done" };
  const due = entry.followUp.due;
  const written = entry.writtenAt.slice(0, 10);
  const dueDay = due && isCivilDate(due) ? dayNumber(due) : isCivilDate(written) ? dayNumber(written) : today;
  if (dueDay < today) return { kind: "overdue", days: today - dueDay };
  if (dueDay === today) return { kind: "today" };
  return { kind: "later", days: dueDay - today };
}

/** True when a follow-up is for the reader (its owner is one of their identities). */
export function isForReader(entry: HandoverEntry, identities: ReaderIdentities): boolean {
  return isReader(entry.followUp?.owner, identities);
}

/** True when an entry concerns a person (any of its people; accents and case ignored). */
export function concerns(entry: HandoverEntry, person: string): boolean {
  const want = fold(person);
  return personsOf(entry).some((p) => fold(p) === want);
}

/** The counts of the summary strip: urgent unread entries, follow-ups overdue, due today, and of those for the reader. */
export interface InboxSummary {
  urgentUnread: number;
  overdue: number;
  dueToday: number;
  dueTodayForReader: number;
}

/** The summary strip of "À lire" ("2 urgentes non lues · 1 suivi en retard · 2 suivis aujourd'hui (1 pour vous)"). */
export function inboxSummary(
  unread: readonly HandoverEntry[],
  openFollowUps: readonly HandoverEntry[],
  today: DayNumber,
  identities: ReaderIdentities,
): InboxSummary {
  const timings = openFollowUps.map((e) => ({ e, t: followUpTiming(e, today) }));
  const dueToday = timings.filter(({ t }) => t?.kind === "today");
  return {
    urgentUnread: unread.filter((e) => e.severity === "urgent").length,
    overdue: timings.filter(({ t }) => t?.kind === "overdue").length,
    dueToday: dueToday.length,
    dueTodayForReader: dueToday.filter(({ e }) => isForReader(e, identities)).length,
  };
}
