// One replacement search: the vacancy, its window, the rule checker and each person's staff entry, shared by candidates and swaps.
import { makeSequence } from "../planning/sequence";
import type { CellRef, Person, Sequence } from "../planning/types";
import type { StaffMember } from "../rules/types";
import { hasQualification, staffMatcher } from "../tabs/staff-tab";
import { PersonChecker, personRuleSet } from "./person-check";
import { placeShift } from "./placement";
import type { CellWrite, ReplacementInput, ResolvedVacancy } from "./types";
import { type ChangeWindows, changeWindows } from "./window";

/** Everything a search computes once. */
export interface Search {
  input: ReplacementInput;
  vacancy: ResolvedVacancy;
  windows: ChangeWindows;
  checker: PersonChecker;
  staffOf(person: Person): StaffMember | undefined;
  /** Days before and after the vacancy a swap's handed-over shift may be on. */
  swapDays: number;
}

/** Prepares a search: the change window covers the vacancy and every day a swap may touch. */
export function createSearch(input: ReplacementInput, vacancy: ResolvedVacancy, swapDays: number): Search {
  const first = vacancy.day - swapDays;
  const lastPart = Math.max(...vacancy.parts.map((p) => Math.floor((p.endMinute - 1) / 1440)));
  const last = vacancy.day + Math.max(swapDays + 1, lastPart);
  const windows = changeWindows(first, last, input.timeline.zone);
  const match = staffMatcher(input.staff);
  const cache = new Map<Person, StaffMember | undefined>();
  const staffOf = (person: Person): StaffMember | undefined => {
    if (!cache.has(person)) cache.set(person, match(person.name));
    return cache.get(person);
  };
  const checker = new PersonChecker(input, windows, personRuleSet(input, first, last), staffOf);
  return { input, vacancy, windows, checker, staffOf, swapDays };
}

/** True / false when a qualification is required and the person holds it / not; null when none is required. */
export function qualifiedFor(search: Search, person: Person): boolean | null {
  const required = search.vacancy.qualification;
  if (required === null) return null;
  const held = [...(search.staffOf(person)?.qualifications ?? [])];
  if (person.role) held.push(...person.role.split(/[,;/+]/).map((s) => s.trim().toLowerCase()));
  return hasQualification(held, required);
}

/** The cell a person's new sequences point at: their placement, else the vacancy tab's first cell. */
function cellFor(search: Search, placement: CellWrite | null): CellRef {
  if (placement) return { tab: placement.tab, row: placement.row, col: placement.col };
  return { tab: search.vacancy.tab ?? "", row: 0, col: 0 };
}

/** The vacant shift as the person's sequences (one per part), and where it would be written. */
export function vacancySequences(
  search: Search,
  person: Person,
): { sequences: Sequence[]; placement: CellWrite | null } {
  const { vacancy, input } = search;
  const placement = placeShift(input, vacancy, person);
  const cell = cellFor(search, placement);
  const sequences = vacancy.parts.map((part) =>
    makeSequence(
      {
        personKey: person.key,
        name: person.name,
        day: vacancy.day,
        startMinute: part.startMinute,
        endMinute: part.endMinute,
        type: vacancy.type,
        breakMinutes: vacancy.breakMinutes,
        code: vacancy.code,
        cell,
      },
      input.timeline.zone,
    ),
  );
  return { sequences, placement };
}

/** A copy of someone's sequence for another person (a swap's taker), pointing at `cell`. */
export function sequenceFor(search: Search, person: Person, from: Sequence, cell: CellRef): Sequence {
  return makeSequence(
    {
      personKey: person.key,
      name: person.name,
      day: from.day,
      startMinute: from.startMinute,
      endMinute: from.endMinute,
      type: from.type,
      breakMinutes: from.breakMinutes,
      code: from.code,
      cell,
    },
    search.input.timeline.zone,
  );
}
