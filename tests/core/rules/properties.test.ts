// Property tests: plannings that satisfy the rules by construction yield nothing; input order changes nothing.
import * as fc from "fast-check";
import type { Person, Timeline } from "../../../src/core/planning/types";
import { runRules } from "../../../src/core/rules/registry";
import { PRESETS } from "../../../src/core/settings";
import { civilDate, dayNumber, hhmm } from "../../../src/core/time";
import { at, buildTimeline, CATALOGUE_CODES, contextOf, type Entry } from "../support/timeline-builder";

const FIRST_MONDAY = dayNumber("2026-10-05");
const NAMES = ["Martin Léa", "Durand Paul", "Petit Inès", "Moreau Karim"];
const times = (start: number, end: number): string => `${hhmm(start)}-${hhmm(end)}`;

/** A weekday's work: one shift of at most 8 h starting 06:00–10:00, or a split day of two ≥ 3 h sequences. */
const dayWork = fc.oneof(
  fc
    .record({ start: fc.integer({ min: 24, max: 40 }), length: fc.integer({ min: 4, max: 32 }) })
    .map(({ start, length }) => times(start * 15, start * 15 + length * 15)),
  fc
    .record({
      start: fc.integer({ min: 24, max: 28 }),
      first: fc.integer({ min: 12, max: 16 }),
      pause: fc.integer({ min: 2, max: 8 }),
      second: fc.integer({ min: 12, max: 20 }),
    })
    .map(({ start, first, pause, second }) => {
      const s1 = start * 15;
      const e1 = s1 + first * 15;
      const s2 = e1 + pause * 15;
      const e2 = s2 + Math.min(second * 15, 480 - first * 15);
      return `${times(s1, e1)} / ${times(s2, e2)}`;
    }),
);

/** Up to 13 weeks of Monday–Friday work per person (the October clock change inside), one tab per month. */
const cleanPlanning = fc
  .record({
    people: fc.integer({ min: 1, max: 3 }),
    weeks: fc.integer({ min: 1, max: 13 }),
    seed: fc.array(fc.option(dayWork, { nil: null }), { minLength: 3 * 13 * 5, maxLength: 3 * 13 * 5 }),
  })
  .map(({ people, weeks, seed }) => {
    const entries: Entry[] = [];
    for (let p = 0; p < people; p++) {
      for (let w = 0; w < weeks; w++) {
        for (let d = 0; d < 5; d++) {
          const what = seed[(p * 13 + w) * 5 + d];
          const date = civilDate(FIRST_MONDAY + w * 7 + d);
          if (what) entries.push(at(NAMES[p] as string, date, what, date.slice(0, 7)));
        }
      }
    }
    return { entries, last: civilDate(FIRST_MONDAY + weeks * 7 - 1) };
  });

test("a planning that satisfies every rule by construction yields no finding under any preset", () => {
  fc.assert(
    fc.property(cleanPlanning, ({ entries, last }) => {
      const timeline = buildTimeline(entries, { ranges: [[civilDate(FIRST_MONDAY), last]] });
      for (const preset of PRESETS) expect(runRules(contextOf(timeline, preset))).toEqual([]);
    }),
    { numRuns: 60 },
  );
});

/** Any planning: codes or times anywhere in six weeks around the October change, in two tabs. */
const anyPlanning = fc.array(
  fc.record({
    person: fc.constantFrom(...NAMES),
    day: fc.integer({ min: 0, max: 41 }),
    what: fc.oneof(
      fc.constantFrom(...Object.keys(CATALOGUE_CODES)),
      fc
        .record({ start: fc.integer({ min: 0, max: 287 }), end: fc.integer({ min: 0, max: 287 }) })
        .map(({ start, end }) => times(start * 5, end * 5)),
    ),
    tab: fc.constantFrom("Foyer A", "IME"),
  }),
  { maxLength: 60 },
);

/** A copy of the timeline with persons, sequences and marks in a shuffled order. */
function shuffled(timeline: Timeline, seed: number): Timeline {
  let state = seed >>> 0 || 1;
  const random = (n: number): number => {
    state = (Math.imul(state, 1664525) + 1013904223) >>> 0;
    return state % n;
  };
  const shuffle = <T>(items: readonly T[]): T[] => {
    const out = [...items];
    for (let i = out.length - 1; i > 0; i--) {
      const j = random(i + 1);
      [out[i], out[j]] = [out[j] as T, out[i] as T];
    }
    return out;
  };
  const persons: Person[] = shuffle(timeline.persons).map((p) => ({
    ...p,
    sequences: shuffle(p.sequences),
    marks: shuffle(p.marks),
  }));
  return { ...timeline, persons };
}

test("shuffling persons, sequences and marks changes no finding", () => {
  fc.assert(
    fc.property(anyPlanning, fc.integer(), fc.constantFrom(...PRESETS), (rows, seed, preset) => {
      const entries = rows.map((r) => at(r.person, civilDate(FIRST_MONDAY + r.day), r.what, r.tab));
      const timeline = buildTimeline(entries);
      const expected = runRules(contextOf(timeline, preset));
      expect(runRules(contextOf(shuffled(timeline, seed), preset))).toEqual(expected);
    }),
    { numRuns: 150 },
  );
});
