// Types of the briefing model: what each of the five sections holds, and the privacy-safe summary of the e-mail.
import type { HandoverEntry } from "../handovers/schema";
import type { Lang } from "../i18n";
import type { Slot } from "../settings/coverage-key";
import type { CivilDate } from "../time";

/** A handover entry as the briefing reads it (the stored entry of contract §1). */
export type BriefingEntry = HandoverEntry;

/** The briefing's e-mail mode (settings `briefing.mode`). */
export type BriefingMode = "minimal" | "full";

/** Slots of the day the team is grouped by: the coverage settings' slots (`matin`, `journée`, `soir`, `nuit`). */
export type StaffSlot = Slot;

/** An entry shown in the briefing, with what the renderers print beside its text. */
export interface EntryItem {
  entry: BriefingEntry;
  /** Day and time it was written, in the establishment's zone: `24/11 06:40`. */
  when: string;
  /** An urgent entry nobody has acknowledged yet. */
  unacknowledged: boolean;
  /** A later entry corrects this one. */
  corrected: boolean;
}

/** A follow-up due today or overdue (section 2). */
export interface FollowUpItem {
  entry: BriefingEntry;
  what: string;
  /** The due date, or null when the follow-up has none (then it is due from the day it was written). */
  due: CivilDate | null;
  /** Days past due (0 = due today). */
  overdueDays: number;
  owner: string | null;
  shift: string | null;
  /** Day and time the entry was written: `22/11 21:30`. */
  since: string;
}

/** One person at work today. */
export interface StaffLine {
  name: string;
  role: string | null;
  /** `07:00` */
  from: string;
  /** `14:30` (the next day's time for a night). */
  to: string;
  code: string | null;
}

/** The team of one slot. */
export interface SlotGroup {
  slot: StaffSlot;
  people: StaffLine[];
}

/** A planning finding as the briefing prints it. */
export interface FindingLine {
  severity: "error" | "warning" | "info";
  date: CivilDate | null;
  message: string;
  ruleId: string;
}

/** Section 4: today's team, absences, coverage gaps and planning findings for today and the next two days. */
export interface Staffing {
  /** False when no planning tab covers the date. */
  planned: boolean;
  slots: SlotGroup[];
  absent: Array<{ name: string; code: string }>;
  /** Coverage gaps from today to two days later. */
  gaps: FindingLine[];
  /** Every other planning finding from today to two days later. */
  findings: FindingLine[];
}

/** Entries of section 5 about one person (or the unit: "Service"). */
export interface PersonGroup {
  person: string;
  items: EntryItem[];
}

/** Counts of the e-mail and the JSON summary: they never carry names or text. */
export interface BriefingCounts {
  /** Entries written in the window (corrections included). */
  entries: number;
  bySeverity: { urgent: number; watch: number; info: number };
  /** Per category, in the order of the default list, then others alphabetically. */
  byCategory: Array<{ category: string; count: number }>;
  unacknowledgedUrgent: number;
  followUpsDueToday: number;
  followUpsOverdue: number;
  appointments: number;
  staffToday: number;
  coverageGaps: number;
  planningErrorsToday: number;
}

/** The whole briefing for one date. */
export interface BriefingModel {
  date: CivilDate;
  lang: Lang;
  establishment: string;
  timeZone: string;
  /** The window of entries: ISO instants with offset. */
  since: string;
  until: string;
  generatedAt: string;
  alerts: EntryItem[];
  followUps: FollowUpItem[];
  appointments: EntryItem[];
  staffing: Staffing;
  others: PersonGroup[];
  counts: BriefingCounts;
}

/**
 * What the minimal e-mail may say (privacy): counts, follow-up counts, staff per slot, coverage gaps and today's
 * planning errors (about staff), and the link. Built from the model without any entry, so no resident name or
 * entry text can reach it.
 */
export interface MinimalSummary {
  date: CivilDate;
  lang: Lang;
  establishment: string;
  counts: BriefingCounts;
  slots: SlotGroup[];
  planned: boolean;
  gaps: string[];
  errorsToday: string[];
  /** Link to the briefing tab (`…/edit#gid=…`), or null when unknown (CLI). */
  link: string | null;
}
