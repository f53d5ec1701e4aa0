// The stretch of a person's timeline a replacement can change: ±2 weeks and the whole months around the vacancy.
import type { DayMark, Person, Sequence, Timeline } from "../planning/types";
import { compareSequences } from "../rules/working-days";
import {
  type DayNumber,
  dayFromParts,
  daysInMonth,
  type EpochMinutes,
  mondayOf,
  partsFromDay,
  type Zone,
} from "../time";

/** Inclusive days, and the instants of their bounds (`toInstant` is midnight after `to`). */
export interface DayWindow {
  from: DayNumber;
  to: DayNumber;
  fromInstant: EpochMinutes;
  toInstant: EpochMinutes;
}

function monthFirst(day: DayNumber): DayNumber {
  const p = partsFromDay(day);
  return dayFromParts(p.year, p.month, 1);
}

function monthLast(day: DayNumber): DayNumber {
  const p = partsFromDay(day);
  return dayFromParts(p.year, p.month, daysInMonth(p.year, p.month));
}

/** The two windows a change between `first` and `last` is checked on. */
export interface ChangeWindows {
  /** The two weeks before the first day's week to the two weeks after the last day's (day and week rules). */
  week: DayWindow;
  /** The whole calendar months holding them, and the day before (a night ending on the 1st): `contract-hours`. */
  month: DayWindow;
}

function dayWindow(from: DayNumber, to: DayNumber, zone: Zone): DayWindow {
  return { from, to, fromInstant: zone.toInstant(from, 0), toInstant: zone.toInstant(to + 1, 0) };
}

/**
 * The days whose rules a change between `first` and `last` (the days of the shifts moved, a night's morning
 * included) can affect, with margin: ±2 weeks around their weeks for the day and week rules, their whole months
 * for the month rule. What a rule says about the edges of a window is the same before and after the change.
 */
export function changeWindows(first: DayNumber, last: DayNumber, zone: Zone): ChangeWindows {
  return {
    week: dayWindow(mondayOf(first) - 15, mondayOf(last) + 20, zone),
    month: dayWindow(monthFirst(first) - 1, monthLast(last + 1), zone),
  };
}

/** First index whose value is not below `target` in an ascending array (by `key`). */
function lowerBound<T>(items: readonly T[], target: number, key: (item: T) => number): number {
  let lo = 0;
  let hi = items.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (key(items[mid] as T) < target) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** The person's sequences starting inside the window (they are sorted by start: two binary searches). */
export function sequencesIn(person: Person, window: DayWindow): Sequence[] {
  const start = (s: Sequence): number => s.start;
  const a = lowerBound(person.sequences, window.fromInstant, start);
  const b = lowerBound(person.sequences, window.toInstant, start);
  return person.sequences.slice(a, b);
}

function marksIn(person: Person, window: DayWindow): DayMark[] {
  const day = (m: DayMark): number => m.day;
  const a = lowerBound(person.marks, window.from, day);
  const b = lowerBound(person.marks, window.to + 1, day);
  return person.marks.slice(a, b);
}

/** A change to a timeline: sequences added and (for a swap's giver) sequences taken away. */
export interface TimelineChange {
  add: readonly Sequence[];
  remove?: ReadonlySet<Sequence>;
}

/** Sequences with a change applied, chronological (`remove` by identity, `add` merged in order). */
export function applyChange(sequences: readonly Sequence[], change: TimelineChange): Sequence[] {
  const kept = change.remove ? sequences.filter((s) => !change.remove?.has(s)) : sequences.slice();
  for (const s of change.add) {
    let at = kept.length;
    while (at > 0 && compareSequences(kept[at - 1] as Sequence, s) > 0) at--;
    kept.splice(at, 0, s);
  }
  return kept;
}

/** The person restricted to the window, with an optional change applied (a new object: the original is untouched). */
export function windowPerson(person: Person, window: DayWindow, change?: TimelineChange): Person {
  const inside = sequencesIn(person, window);
  return {
    key: person.key,
    name: person.name,
    ...(person.role !== undefined ? { role: person.role } : {}),
    sequences: change ? applyChange(inside, change) : inside,
    marks: marksIn(person, window),
  };
}

/** The person's whole timeline with a change applied (a new object). */
export function changedPerson(person: Person, change: TimelineChange): Person {
  return { ...person, sequences: applyChange(person.sequences, change) };
}

/** A timeline holding only one person, with the planning's tabs, zone and planned ranges (what week and month rules judge). */
export function singlePersonTimeline(timeline: Timeline, person: Person): Timeline {
  return {
    zone: timeline.zone,
    undatedPersons: [],
    persons: [person],
    tabs: timeline.tabs,
    ignoredTabs: timeline.ignoredTabs,
    plannedRanges: timeline.plannedRanges,
    readingFindings: [],
  };
}
