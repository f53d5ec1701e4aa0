// Property: a candidate listed as clean gets no new finding when the shift is really added and every rule is run.
import fc from "fast-check";
import type { Finding, RuleId, Severity } from "../../../src/core/findings";
import { makeSequence } from "../../../src/core/planning/sequence";
import type { Timeline } from "../../../src/core/planning/types";
import { type Candidate, findReplacements, type ReplacementResult } from "../../../src/core/replacement";
import { runRules } from "../../../src/core/rules/registry";
import { compareSequences } from "../../../src/core/rules/working-days";
import type { PresetId } from "../../../src/core/settings";
import { civilDate } from "../../../src/core/time";
import { checked, checkedMonths, monthTab } from "./support";

const CODES = ["", "", "", "R", "M", "S", "J", "N", "CV", "CA", "7h-12h / 17h-21h", "6h-13h"];
const SHIFTS = ["M", "S", "J", "N", "CV", "7h-12h / 17h-21h", "10h-20h"];
const NAMES = ["MARTIN Léa", "DURAND Paul", "PETIT Anne", "BERNARD Marc", "ROUX Julie"];

/** The timeline with the vacant shift really written for the candidate. */
function applied(timeline: Timeline, result: ReplacementResult, candidate: Candidate): Timeline {
  const v = result.vacancy;
  return {
    ...timeline,
    persons: timeline.persons.map((p) => {
      if (p.key !== candidate.key) return p;
      const cell = candidate.placement ?? { tab: v.tab ?? "", row: 0, col: 0 };
      const added = v.parts.map((part) =>
        makeSequence(
          {
            personKey: p.key,
            name: p.name,
            day: v.day,
            startMinute: part.startMinute,
            endMinute: part.endMinute,
            type: v.type,
            breakMinutes: v.breakMinutes,
            code: v.code,
            cell: { tab: cell.tab, row: cell.row, col: cell.col },
          },
          timeline.zone,
        ),
      );
      return { ...p, sequences: [...p.sequences, ...added].sort(compareSequences) };
    }),
  };
}

/**
 * How bad a finding of a period rule is (bigger is worse): these rules say at most one thing per person, rule and
 * date (the month, week, day or run they judge), so the finding of that date before is the same problem.
 */
const PERIOD_MEASURES: Partial<Record<RuleId, (f: Finding) => number>> = {
  "contract-hours": (f) => Math.abs(Number(f.details.deviationPercent)),
  "weekly-max": (f) => Number(f.details.workMinutes),
  "weekly-average": (f) => Number(f.details.averageMinutes),
  "weekly-rest": (f) => -Number(f.details.longestRestMinutes ?? f.details.restDays),
  "days-per-week": (f) => Number(f.details.days),
  "daily-max": (f) => Number(f.details.workMinutes),
  amplitude: (f) => Number(f.details.amplitudeMinutes),
  "consecutive-days": (f) => Number(f.details.days),
};
const RANK: Record<Severity, number> = { error: 2, warning: 1, info: 0 };

/**
 * Findings of `after` that the change creates: not an identical one (rule, severity, date, message) in `before`.
 * A period rule's finding that changed is new only when it is more severe, or as severe and worse by its measure
 * than the one of that date before: more work can bring someone closer to their contract, or close a rest that was
 * open at the planning's start (a week without weekly rest then shows a longer "longest rest"): not a new problem.
 * Other rules (a rest between two given shifts, an overlap…) can say several things on one date: any change of
 * message is a new finding.
 */
function strictlyNew(
  before: readonly Finding[],
  after: readonly Finding[],
  plannedIn: (monthFirst: string) => boolean,
): Finding[] {
  const left = before.map((f) => `${f.ruleId}|${f.severity}|${f.date}|${f.message}`);
  return after.filter((f) => {
    const at = left.indexOf(`${f.ruleId}|${f.severity}|${f.date}|${f.message}`);
    if (at >= 0) {
      left.splice(at, 1);
      return false;
    }
    const measure = PERIOD_MEASURES[f.ruleId];
    const old = measure && before.find((b) => b.ruleId === f.ruleId && b.date === f.date);
    // `contract-hours` judges only the months a person appears in: with nothing planned that month before, the
    // month was 100 % under the contract, and any shift brings it closer.
    if (f.ruleId === "contract-hours" && !old && f.date !== null && !plannedIn(f.date)) return false;
    if (!measure || !old) return true;
    if (f.severity !== old.severity) return RANK[f.severity] > RANK[old.severity];
    return measure(f) > measure(old);
  });
}

/** Runs every rule before and after each candidate's change and compares with what the search listed. */
function checkAgainstFullRules(input: ReturnType<typeof checked>, result: ReplacementResult): void {
  const ctx = {
    settings: input.settings,
    staff: input.staff,
    lang: input.lang,
    legend: input.legend,
  };
  const before = runRules({ ...ctx, timeline: input.timeline });
  for (const candidate of result.candidates) {
    const mine = (f: Finding): boolean => f.person === candidate.name;
    const after = runRules({ ...ctx, timeline: applied(input.timeline, result, candidate) });
    const person = input.timeline.persons.find((p) => p.key === candidate.key);
    const plannedIn = (monthFirst: string): boolean =>
      [...(person?.sequences ?? []), ...(person?.marks ?? [])].some((x) =>
        civilDate(x.day).startsWith(monthFirst.slice(0, 7)),
      );
    const fresh = strictlyNew(before.filter(mine), after.filter(mine), plannedIn);
    if (candidate.clean) expect(fresh).toEqual([]);
    expect(candidate.newFindings.map((f) => f.ruleId).sort()).toEqual(fresh.map((f) => f.ruleId).sort());
  }
}

describe("replacement properties", () => {
  test("clean means no new finding under the full rules, and findings listed means some new finding", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 2, max: 5 }),
        fc.array(fc.array(fc.constantFrom(...CODES), { minLength: 30, maxLength: 30 }), {
          minLength: 5,
          maxLength: 5,
        }),
        fc.integer({ min: 1, max: 30 }),
        fc.constantFrom(...SHIFTS),
        fc.constantFrom<PresetId>("code-du-travail", "ccn66", "ccn51"),
        (people, grid, day, shift, preset) => {
          const rows: Record<string, string[]> = {};
          for (let i = 0; i < people; i++) rows[NAMES[i] as string] = grid[i] as string[];
          const input = checked(rows, [], preset);
          if (input.timeline.persons.length === 0) return;
          const date = `2026-11-${String(day).padStart(2, "0")}`;
          const result = findReplacements(input, { date, shift, absent: input.timeline.persons[0]?.name });
          checkAgainstFullRules(input, result);
        },
      ),
      { numRuns: 150 },
    );
  });

  test("the same over three months (windows cut the timeline, 12-week average judged) with contracts", () => {
    const busy = ["M", "S", "J", "J", "N", "R", "", "10h-20h", "CA", "7h-12h / 17h-21h"];
    fc.assert(
      fc.property(
        fc.array(fc.array(fc.constantFrom(...busy), { minLength: 92, maxLength: 92 }), {
          minLength: 3,
          maxLength: 3,
        }),
        fc.array(fc.constantFrom(20, 28, 35, 39), { minLength: 3, maxLength: 3 }),
        fc.integer({ min: 0, max: 91 }),
        fc.constantFrom(...SHIFTS),
        (grid, hours, offset, shift) => {
          const names = NAMES.slice(0, 3);
          const part = (from: number, days: number): Record<string, string[]> =>
            Object.fromEntries(names.map((n, i) => [n, (grid[i] as string[]).slice(from, from + days)]));
          const input = checkedMonths(
            [
              monthTab("Octobre 2026", 31, part(0, 31)),
              monthTab("Novembre 2026", 30, part(31, 30)),
              monthTab("Décembre 2026", 31, part(61, 31)),
            ],
            names.map((n, i) => [n, "éducateur", hours[i] as number]),
          );
          const first = Date.UTC(2026, 9, 1) + offset * 86_400_000;
          const date = new Date(first).toISOString().slice(0, 10);
          checkAgainstFullRules(input, findReplacements(input, { date, shift, absent: names[0] }));
        },
      ),
      { numRuns: 40 },
    );
  });
});
