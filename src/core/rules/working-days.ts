// A person's sequences grouped into working days and weeks: the counting conventions shared by every rule.
import type { Person, Sequence, Timeline } from "../planning/types";
import { type SleepInEquivalence, sleepInCountedMinutes } from "../settings";
import { type DayNumber, type EpochMinutes, mondayOf, type Zone } from "../time";

const DAY = 1440;

/** Chronological order of sequences, ties broken by end, tab, row and column (independent of input order). */
export function compareSequences(a: Sequence, b: Sequence): number {
  return (
    a.start - b.start ||
    a.end - b.end ||
    (a.cell.tab < b.cell.tab ? -1 : a.cell.tab > b.cell.tab ? 1 : 0) ||
    a.cell.row - b.cell.row ||
    a.cell.col - b.cell.col
  );
}

/** A sorted copy of sequences (chronological, deterministic); one linear pass when already in order. */
export function sortSequences(sequences: readonly Sequence[]): Sequence[] {
  const copy = sequences.slice();
  for (let i = 1; i < copy.length; i++) {
    if (compareSequences(copy[i - 1] as Sequence, copy[i] as Sequence) > 0)
      return copy.sort(compareSequences);
  }
  return copy;
}

/**
 * Minutes a sequence counts for in hour totals: elapsed time less the legend's break, or for a sleep-in its
 * equivalence (3 h for the first 9 h, then 30 min per further hour by default).
 */
export function countedMinutes(sequence: Sequence, sleepIn: SleepInEquivalence): number {
  const elapsed = sequence.end - sequence.start;
  if (sequence.type === "sleep-in") return sleepInCountedMinutes(elapsed, sleepIn);
  return Math.max(0, elapsed - sequence.breakMinutes);
}

/**
 * Calls `share(day, minutes)` with the counted minutes of a sequence inside each civil date it covers, split at
 * real midnights (a night across Sunday midnight thus splits between two weeks, across the 31st between months).
 */
export function forEachDateShare(
  sequence: Sequence,
  zone: Zone,
  sleepIn: SleepInEquivalence,
  share: (day: DayNumber, minutes: number) => void,
): void {
  const counted = countedMinutes(sequence, sleepIn);
  const firstDay = sequence.day + Math.floor(sequence.startMinute / DAY);
  const lastDay = sequence.day + Math.floor((sequence.endMinute - 1) / DAY);
  if (lastDay <= firstDay) {
    share(firstDay, counted);
    return;
  }
  const elapsed = sequence.end - sequence.start;
  let from: EpochMinutes = sequence.start;
  for (let day = firstDay; day <= lastDay; day++) {
    const to = day === lastDay ? sequence.end : Math.min(sequence.end, zone.toInstant(day + 1, 0));
    if (to > from) share(day, (counted * (to - from)) / elapsed);
    from = Math.max(from, to);
  }
}

/** All the work sequences of one person that start on the same civil date. */
export interface WorkingDay {
  day: DayNumber;
  /** Its sequences, chronological. */
  sequences: Sequence[];
  /** The sequence that starts first and the one that ends last. */
  first: Sequence;
  last: Sequence;
  /** First start and last end (real instants). */
  firstStart: EpochMinutes;
  lastEnd: EpochMinutes;
  /** Minutes of work, sleep-ins by their equivalence. */
  countedMinutes: number;
}

/** The civil date on which a sequence starts (its working day). */
function startDay(s: Sequence): DayNumber {
  const m = s.startMinute;
  return m < DAY && m >= 0 ? s.day : s.day + Math.floor(m / DAY);
}

/** Groups chronologically sorted sequences into working days, in date order. */
export function groupWorkingDays(sorted: readonly Sequence[], sleepIn: SleepInEquivalence): WorkingDay[] {
  const days: WorkingDay[] = [];
  const n = sorted.length;
  let ordered = true;
  let previous = Number.NEGATIVE_INFINITY;
  // Each run of sequences starting on one date becomes a working day, its sequences sliced in one go.
  for (let i = 0; i < n; ) {
    const first = sorted[i] as Sequence;
    const day = startDay(first);
    let last = first;
    let lastEnd = first.end;
    let counted = countedMinutes(first, sleepIn);
    let j = i + 1;
    for (; j < n; j++) {
      const s = sorted[j] as Sequence;
      if (startDay(s) !== day) break;
      if (s.end > lastEnd) {
        last = s;
        lastEnd = s.end;
      }
      counted += countedMinutes(s, sleepIn);
    }
    if (day < previous) ordered = false;
    previous = day;
    days.push({
      day,
      sequences: j === i + 1 ? [first] : sorted.slice(i, j),
      first,
      last,
      firstStart: first.start,
      lastEnd,
      countedMinutes: counted,
    });
    i = j;
  }
  return ordered ? days : mergeSameDays(days);
}

/** Rare path (a start written past midnight): sorts working days by date and joins those of one date. */
function mergeSameDays(days: WorkingDay[]): WorkingDay[] {
  days.sort((a, b) => a.day - b.day);
  const merged: WorkingDay[] = [];
  for (const wd of days) {
    const last = merged[merged.length - 1];
    if (!last || last.day !== wd.day) {
      merged.push(wd);
      continue;
    }
    for (const s of wd.sequences) last.sequences.push(s);
    last.sequences.sort(compareSequences);
    if (wd.firstStart < last.firstStart) {
      last.first = wd.first;
      last.firstStart = wd.firstStart;
    }
    if (wd.lastEnd > last.lastEnd) {
      last.last = wd.last;
      last.lastEnd = wd.lastEnd;
    }
    last.countedMinutes += wd.countedMinutes;
  }
  return merged;
}

/** The real minutes of work of one person inside one week (Monday 00:00 to Sunday 24:00). */
export interface WeekTotal {
  /** Day number of the week's Monday. */
  monday: DayNumber;
  /** Counted minutes inside the week (sleep-ins by their equivalence; may hold fractions). */
  minutes: number;
  /** The sequences with a share in the week, chronological. */
  sequences: Sequence[];
}

/** Per-week totals of chronologically sorted sequences, in week order (a Sunday night splits between weeks). */
export function weeklyTotals(
  sorted: readonly Sequence[],
  zone: Zone,
  sleepIn: SleepInEquivalence,
): WeekTotal[] {
  if (sorted.length === 0) return [];
  // Weeks indexed by day arithmetic from the earliest Monday; a sparse array, compacted at the end.
  let firstDay = Number.POSITIVE_INFINITY;
  for (const s of sorted) firstDay = Math.min(firstDay, startDay(s));
  // The earliest Monday: `mondayOf` never decreases, so it is the Monday of the earliest date.
  const base = mondayOf(firstDay);
  const weeks: Array<WeekTotal | undefined> = [];
  for (const s of sorted) {
    const start = startDay(s);
    const lastDay = s.day + Math.floor((s.endMinute - 1) / DAY);
    const monday = mondayOf(start);
    if (lastDay - monday < 7) addToWeek(weeks, base, monday, countedMinutes(s, sleepIn), s);
    else
      forEachDateShare(s, zone, sleepIn, (day, minutes) => addToWeek(weeks, base, mondayOf(day), minutes, s));
  }
  const result: WeekTotal[] = [];
  for (const week of weeks) if (week) result.push(week);
  return result;
}

/** Adds a sequence's share to the week of `monday` (index `(monday - base) / 7`), listing the sequence once. */
function addToWeek(
  weeks: Array<WeekTotal | undefined>,
  base: DayNumber,
  monday: DayNumber,
  minutes: number,
  s: Sequence,
): void {
  const index = (monday - base) / 7;
  let week = weeks[index];
  if (!week) {
    week = { monday, minutes: 0, sequences: [] };
    weeks[index] = week;
  }
  week.minutes += minutes;
  const list = week.sequences;
  if (list[list.length - 1] !== s) list.push(s);
}

/** Planned day ranges sorted and merged, adjacent ranges joined (the 31st meets the 1st). */
export function mergeRanges(
  ranges: ReadonlyArray<readonly [DayNumber, DayNumber]>,
): Array<[DayNumber, DayNumber]> {
  const sorted = ranges.map(([a, b]): [DayNumber, DayNumber] => [a, b]).sort((x, y) => x[0] - y[0]);
  const merged: Array<[DayNumber, DayNumber]> = [];
  for (const range of sorted) {
    const last = merged[merged.length - 1];
    if (last && range[0] <= last[1] + 1) last[1] = Math.max(last[1], range[1]);
    else merged.push(range);
  }
  return merged;
}

/**
 * True when every date from `from` to `to` (inclusive) lies in the planned ranges (sorted by start, as the
 * timeline gives them; overlapping or adjacent ranges join, so the 31st of one tab meets the 1st of the next).
 */
export function coversDays(
  ranges: ReadonlyArray<readonly [DayNumber, DayNumber]>,
  from: DayNumber,
  to: DayNumber,
): boolean {
  let reach = from;
  for (const [a, b] of ranges) {
    if (a > reach) break;
    if (b >= reach) reach = b + 1;
    if (reach > to) return true;
  }
  return false;
}

/** A person's timeline prepared once for every rule. */
export interface PersonAnalysis {
  person: Person;
  /** Work sequences, chronological. */
  sequences: Sequence[];
  workingDays: WorkingDay[];
  weeks: WeekTotal[];
}

const analyses = new WeakMap<Person, { zone: Zone; sleepIn: SleepInEquivalence; analysis: PersonAnalysis }>();

/** Sorts, groups and totals one person's sequences (cached per person, zone and sleep-in equivalence). */
export function analysePerson(
  person: Person,
  timeline: Timeline,
  sleepIn: SleepInEquivalence,
): PersonAnalysis {
  const cached = analyses.get(person);
  if (cached && cached.zone === timeline.zone && cached.sleepIn === sleepIn) return cached.analysis;
  const sequences = sortSequences(person.sequences);
  const analysis: PersonAnalysis = {
    person,
    sequences,
    workingDays: groupWorkingDays(sequences, sleepIn),
    weeks: weeklyTotals(sequences, timeline.zone, sleepIn),
  };
  analyses.set(person, { zone: timeline.zone, sleepIn, analysis });
  return analysis;
}
