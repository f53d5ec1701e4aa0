// A candidate's hours in the vacancy's week and month against their contract, and their rest around the new shift.

import type { Person, Sequence } from "../planning/types";
import { minutesPerDate } from "../rules/contract-hours";
import type { StaffMember } from "../rules/types";
import { forEachDateShare } from "../rules/working-days";
import { type DayNumber, dayFromParts, daysInMonth, mondayOf, partsFromDay, weekdayOf } from "../time";
import type { CandidateHours, ReplacementInput } from "./types";

/** Hours a week when the staff tab gives none (the legal full time). */
export const NOMINAL_WEEKLY_HOURS = 35;

/**
 * Counted minutes in the week and the calendar month of `day`, before and after adding `added`, against the
 * contract (weekly hours × days / 7 for the month). As in `contract-hours`, an absence day (CA, AM…) from Monday
 * to Friday counts a fifth of the weekly contract. `weekPerson` must hold that week and `monthPerson` that month.
 */
export function candidateHours(
  weekPerson: Person,
  monthPerson: Person,
  added: readonly Sequence[],
  day: DayNumber,
  input: ReplacementInput,
  member: StaffMember | undefined,
): CandidateHours {
  const weeklyHours = member?.weeklyHours !== undefined && member.weeklyHours > 0 ? member.weeklyHours : null;
  const weeklyMinutes = (weeklyHours ?? NOMINAL_WEEKLY_HOURS) * 60;
  const monday = mondayOf(day);
  const p = partsFromDay(day);
  const first = dayFromParts(p.year, p.month, 1);
  const last = first + daysInMonth(p.year, p.month) - 1;
  const inWeek = (d: DayNumber): boolean => monday <= d && d <= monday + 6;
  const inMonth = (d: DayNumber): boolean => first <= d && d <= last;

  let week = 0;
  let month = 0;
  for (const [d, minutes] of minutesPerDate(weekPerson, input.timeline, input.settings))
    if (inWeek(d)) week += minutes;
  for (const [d, minutes] of minutesPerDate(monthPerson, input.timeline, input.settings))
    if (inMonth(d)) month += minutes;
  if (weeklyHours !== null) {
    week += absenceCredit(weekPerson, inWeek, weeklyMinutes);
    month += absenceCredit(monthPerson, inMonth, weeklyMinutes);
  }
  let weekAdded = 0;
  let monthAdded = 0;
  for (const s of added) {
    forEachDateShare(s, input.timeline.zone, input.settings.sleepIn, (d, minutes) => {
      if (inWeek(d)) weekAdded += minutes;
      if (inMonth(d)) monthAdded += minutes;
    });
  }
  const monthContract = (weeklyMinutes * (last - first + 1)) / 7;
  return {
    weeklyHours,
    weekMinutes: Math.round(week),
    weekAfterMinutes: Math.round(week + weekAdded),
    weekContractMinutes: Math.round(weeklyMinutes),
    monthMinutes: Math.round(month),
    monthAfterMinutes: Math.round(month + monthAdded),
    monthContractMinutes: Math.round(monthContract),
    monthRatio: (month + monthAdded) / monthContract,
    weekRatio: (week + weekAdded) / weeklyMinutes,
  };
}

/** A fifth of the weekly contract for each absence day from Monday to Friday (as `contract-hours` counts them). */
function absenceCredit(person: Person, inside: (day: DayNumber) => boolean, weeklyMinutes: number): number {
  const credited = new Set<DayNumber>();
  for (const mark of person.marks)
    if (mark.type === "absence" && weekdayOf(mark.day) < 5 && inside(mark.day)) credited.add(mark.day);
  return (credited.size * weeklyMinutes) / 5;
}

/**
 * Minutes of rest before the first added sequence and after the last one: the gap to the nearest other sequence
 * (0 when one overlaps), null when there is none in `sequences` on that side.
 */
export function restAround(
  sequences: readonly Sequence[],
  added: readonly Sequence[],
): { before: number | null; after: number | null } {
  let start = Number.POSITIVE_INFINITY;
  let end = Number.NEGATIVE_INFINITY;
  for (const s of added) {
    start = Math.min(start, s.start);
    end = Math.max(end, s.end);
  }
  let before: number | null = null;
  let after: number | null = null;
  for (const s of sequences) {
    if (s.start < end && s.end > start) return { before: 0, after: 0 };
    if (s.end <= start) before = before === null ? start - s.end : Math.min(before, start - s.end);
    else if (s.start >= end) after = after === null ? s.start - end : Math.min(after, s.start - end);
  }
  return { before, after };
}
