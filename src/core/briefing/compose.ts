// Composes the briefing model of a date from entries, follow-ups, the planning timeline and the findings.

import type { Finding } from "../findings";
import { CATEGORY_KEYS, categoryKeyOf, SERVICE_PERSON } from "../handovers/categories";
import { personsOf } from "../handovers/persons";
import type { Lang } from "../i18n";
import { formatDayTime } from "../i18n/format";
import type { Timeline } from "../planning/types";
import { foldText as fold } from "../text";
import {
  type CivilDate,
  dayNumber,
  epochMsOfIso,
  isCivilDate,
  isoSecondsWithOffset,
  type Zone,
} from "../time";
import { composeStaffing } from "./staffing";
import type {
  BriefingCounts,
  BriefingEntry,
  BriefingModel,
  EntryItem,
  FollowUpItem,
  PersonGroup,
} from "./types";
import type { BriefingWindow } from "./window";

/** Everything a briefing is composed from. */
export interface BriefingInput {
  date: CivilDate;
  lang: Lang;
  zone: Zone;
  establishment: string;
  window: BriefingWindow;
  /** Entries written in the window (others are ignored here). */
  entries: readonly BriefingEntry[];
  /** Entries with an open follow-up, whatever their age (duplicates of `entries` are fine). */
  openFollowUps?: readonly BriefingEntry[];
  /** The planning timeline, or null when there is no planning. */
  timeline: Timeline | null;
  /** Every finding of the planning check. */
  findings: readonly Finding[];
  generatedAtMs: number;
}

const SEVERITY_RANK = { urgent: 0, watch: 1, info: 2 } as const;

/** Epoch ms an entry was written (entries read back always have a valid instant; 0 otherwise). */
const writtenMs = (entry: BriefingEntry): number => epochMsOfIso(entry.writtenAt) ?? 0;

/** The civil day an entry was written, in the zone. */
const writtenDay = (entry: BriefingEntry, zone: Zone): number =>
  zone.toWall(Math.floor(writtenMs(entry) / 60000)).day;

const chronological = (a: BriefingEntry, b: BriefingEntry): number =>
  writtenMs(a) - writtenMs(b) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

/** True when the entry is an appointment (category Rendez-vous, in either language). */
export function isAppointment(entry: BriefingEntry): boolean {
  return categoryKeyOf(entry.category) === "appointment";
}

/** The briefing model of `input.date`: the five sections and their counts. */
export function composeBriefing(input: BriefingInput): BriefingModel {
  const { zone, lang } = input;
  const day = dayNumber(input.date);
  const all = new Map<string, BriefingEntry>();
  for (const entry of [...input.entries, ...(input.openFollowUps ?? [])]) all.set(entry.id, entry);
  const corrected = new Set<string>();
  for (const entry of all.values()) {
    if (entry.corrects) corrected.add(entry.corrects);
    if (entry.correctedBy && entry.correctedBy.length > 0) corrected.add(entry.id);
  }
  const item = (entry: BriefingEntry): EntryItem => ({
    entry,
    when: formatDayTime(Math.floor(writtenMs(entry) / 60000), zone, lang),
    unacknowledged: entry.readBy.length === 0 && !corrected.has(entry.id),
    corrected: corrected.has(entry.id),
  });

  const inWindow = [...all.values()]
    .filter((e) => {
      const ms = writtenMs(e);
      return ms >= input.window.sinceMs && ms <= input.window.untilMs;
    })
    .sort(chronological);

  const alerts = inWindow
    .filter((e) => e.severity !== "info")
    .map(item)
    .sort(
      (a, b) =>
        Number(b.unacknowledged) - Number(a.unacknowledged) ||
        SEVERITY_RANK[a.entry.severity] - SEVERITY_RANK[b.entry.severity] ||
        chronological(a.entry, b.entry),
    );

  const appointmentEntries = [...all.values()]
    .filter((e) => {
      if (!isAppointment(e) || corrected.has(e.id)) return false;
      const due = e.followUp?.due;
      return due && isCivilDate(due) ? dayNumber(due) === day : writtenDay(e, zone) === day;
    })
    .sort(chronological);
  const appointmentIds = new Set(appointmentEntries.map((e) => e.id));

  const followUps: FollowUpItem[] = [];
  for (const entry of [...all.values()].sort(chronological)) {
    const followUp = entry.followUp;
    if (
      !followUp ||
      entry.followUpStatus === "done" ||
      corrected.has(entry.id) ||
      appointmentIds.has(entry.id)
    ) {
      continue;
    }
    const due = followUp.due && isCivilDate(followUp.due) ? followUp.due : null;
    const dueDay = due ? dayNumber(due) : writtenDay(entry, zone);
    if (dueDay > day) continue;
    followUps.push({
      entry,
      what: followUp.what,
      due,
      overdueDays: day - dueDay,
      owner: followUp.owner ?? null,
      shift: followUp.shift ?? null,
      since: formatDayTime(Math.floor(writtenMs(entry) / 60000), zone, lang),
    });
  }
  followUps.sort((a, b) => b.overdueDays - a.overdueDays || chronological(a.entry, b.entry));

  const shown = new Set([...alerts.map((a) => a.entry.id), ...appointmentIds]);
  const others = groupByPerson(inWindow.filter((e) => !shown.has(e.id)).map(item));
  const staffing = composeStaffing(input.timeline, input.findings, day);

  return {
    date: input.date,
    lang,
    establishment: input.establishment,
    timeZone: zone.name,
    since: isoSecondsWithOffset(input.window.sinceMs, zone),
    until: isoSecondsWithOffset(input.window.untilMs, zone),
    generatedAt: isoSecondsWithOffset(input.generatedAtMs, zone),
    alerts,
    followUps,
    appointments: appointmentEntries.map(item),
    staffing,
    others,
    counts: countsOf(inWindow, alerts, followUps, appointmentEntries.length, staffing, input.date),
  };
}

/** Section 5: entries grouped by person concerned (an entry about several people under each), "Service" last. */
function groupByPerson(items: readonly EntryItem[]): PersonGroup[] {
  const groups = new Map<string, PersonGroup>();
  for (const it of items) {
    for (const person of personsOf(it.entry)) {
      const key = fold(person);
      const group = groups.get(key) ?? { person: person.trim(), items: [] };
      group.items.push(it);
      groups.set(key, group);
    }
  }
  const service = fold(SERVICE_PERSON);
  return [...groups.entries()]
    .sort(
      ([ka, a], [kb, b]) =>
        Number(ka === service) - Number(kb === service) || a.person.localeCompare(b.person, "fr"),
    )
    .map(([, g]) => g);
}

function countsOf(
  inWindow: readonly BriefingEntry[],
  alerts: readonly EntryItem[],
  followUps: readonly FollowUpItem[],
  appointments: number,
  staffing: BriefingModel["staffing"],
  date: CivilDate,
): BriefingCounts {
  const bySeverity = { urgent: 0, watch: 0, info: 0 };
  const categories = new Map<string, { category: string; count: number }>();
  for (const entry of inWindow) {
    bySeverity[entry.severity] += 1;
    const key = fold(entry.category);
    const c = categories.get(key) ?? { category: entry.category.trim(), count: 0 };
    c.count += 1;
    categories.set(key, c);
  }
  const rank = (category: string): number => {
    const key = categoryKeyOf(category);
    return key === undefined ? CATEGORY_KEYS.length : CATEGORY_KEYS.indexOf(key);
  };
  const byCategory = [...categories.values()].sort(
    (a, b) => rank(a.category) - rank(b.category) || a.category.localeCompare(b.category, "fr"),
  );
  return {
    entries: inWindow.length,
    bySeverity,
    byCategory,
    unacknowledgedUrgent: alerts.filter((a) => a.unacknowledged && a.entry.severity === "urgent").length,
    followUpsDueToday: followUps.filter((f) => f.overdueDays === 0).length,
    followUpsOverdue: followUps.filter((f) => f.overdueDays > 0).length,
    appointments,
    staffToday: new Set(staffing.slots.flatMap((s) => s.people.map((p) => p.name))).size,
    coverageGaps: staffing.gaps.length,
    planningErrorsToday: staffing.findings.filter((f) => f.severity === "error" && f.date === date).length,
  };
}
