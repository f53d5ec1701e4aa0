// Throwaway: hunts a counterexample of the three-month replacement property.
import fc from "fast-check";
import type { Finding } from "../src/core/findings";
import { makeSequence } from "../src/core/planning/sequence";
import type { Timeline } from "../src/core/planning/types";
import { type Candidate, findReplacements, type ReplacementResult } from "../src/core/replacement";
import { runRules } from "../src/core/rules/registry";
import { compareSequences } from "../src/core/rules/working-days";
import { checkedMonths, monthTab } from "../tests/core/replacement/support";

const SHIFTS = ["M", "S", "J", "N", "CV", "7h-12h / 17h-21h", "10h-20h"];
const NAMES = ["MARTIN Léa", "DURAND Paul", "PETIT Anne", "BERNARD Marc", "ROUX Julie"];

function applied(timeline: Timeline, result: ReplacementResult, candidate: Candidate): Timeline {
  const v = result.vacancy;
  return {
    ...timeline,
    persons: timeline.persons.map((p) => {
      if (p.key !== candidate.key) return p;
      const cell = candidate.placement ?? { tab: v.tab ?? "", row: 0, col: 0 };
      const added = v.parts.map((part) =>
        makeSequence(
          { personKey: p.key, name: p.name, day: v.day, startMinute: part.startMinute, endMinute: part.endMinute,
            type: v.type, breakMinutes: v.breakMinutes, code: v.code, cell: { tab: cell.tab, row: cell.row, col: cell.col } },
          timeline.zone,
        ),
      );
      return { ...p, sequences: [...p.sequences, ...added].sort(compareSequences) };
    }),
  };
}

function strictlyNew(before: readonly Finding[], after: readonly Finding[]): Finding[] {
  const left = before.map((f) => `${f.ruleId}|${f.severity}|${f.date}|${f.message}`);
  const gap = (f: Finding): number => Math.abs(Number(f.details.deviationPercent));
  return after.filter((f) => {
    if (f.ruleId === "contract-hours") {
      const old = before.find((b) => b.ruleId === f.ruleId && b.date === f.date);
      return old === undefined || gap(f) > gap(old);
    }
    const at = left.indexOf(`${f.ruleId}|${f.severity}|${f.date}|${f.message}`);
    if (at < 0) return true;
    left.splice(at, 1);
    return false;
  });
}

let verbose = false;
function run(grid: string[][], hours: number[], offset: number, shift: string): boolean {
  const names = NAMES.slice(0, 3);
  const part = (from: number, days: number): Record<string, string[]> =>
    Object.fromEntries(names.map((n, i) => [n, (grid[i] as string[]).slice(from, from + days)]));
  const input = checkedMonths(
    [monthTab("Octobre 2026", 31, part(0, 31)), monthTab("Novembre 2026", 30, part(31, 30)), monthTab("Décembre 2026", 31, part(61, 31))],
    names.map((n, i) => [n, "éducateur", hours[i] as number]),
  );
  const first = Date.UTC(2026, 9, 1) + offset * 86_400_000;
  const date = new Date(first).toISOString().slice(0, 10);
  const result = findReplacements(input, { date, shift, absent: names[0] });
  const ctx = { settings: input.settings, staff: input.staff, lang: input.lang, legend: input.legend };
  const before = runRules({ ...ctx, timeline: input.timeline });
  let ok = true;
  for (const candidate of result.candidates) {
    const mine = (f: Finding): boolean => f.person === candidate.name;
    const after = runRules({ ...ctx, timeline: applied(input.timeline, result, candidate) });
    const fresh = strictlyNew(before.filter(mine), after.filter(mine));
    const a = candidate.newFindings.map((f) => f.ruleId).sort().join(",");
    const b = fresh.map((f) => f.ruleId).sort().join(",");
    if (a !== b || (candidate.clean && fresh.length > 0)) {
      ok = false;
      if (verbose) {
        console.log("date", date, "shift", shift, "candidate", candidate.name);
        console.log("search:", JSON.stringify(candidate.newFindings.map((f) => [f.ruleId, f.severity, f.date, f.message, f.details]), null, 1));
        console.log("full:", JSON.stringify(fresh.map((f) => [f.ruleId, f.severity, f.date, f.message, f.details]), null, 1));
        const rb = (l: Finding[]) => l.filter(mine).filter((f) => f.ruleId === "daily-rest").map((f) => [f.severity, f.date, f.message]);
        console.log("before daily-rest:", JSON.stringify(rb(before), null, 1));
        console.log("after daily-rest:", JSON.stringify(rb(after), null, 1));
      }
    }
  }
  return ok;
}

const busy = ["M", "S", "J", "J", "N", "R", "", "10h-20h", "CA", "7h-12h / 17h-21h"];
const arb = fc.tuple(
  fc.array(fc.array(fc.constantFrom(...busy), { minLength: 92, maxLength: 92 }), { minLength: 3, maxLength: 3 }),
  fc.array(fc.constantFrom(20, 28, 35, 39), { minLength: 3, maxLength: 3 }),
  fc.integer({ min: 0, max: 91 }),
  fc.constantFrom(...SHIFTS),
);
const seed = Number(process.argv[2] ?? Date.now() % 1e9);
const numRuns = Number(process.argv[3] ?? 5000);
console.log("seed", seed);
const out = fc.check(fc.property(arb, ([g, h, o, s]) => run(g, h, o, s)), { numRuns, seed });
if (out.failed) {
  console.log("failed after", out.numRuns, "shrinks", out.numShrinks, "path", out.counterexamplePath);
  const [[g, h, o, s]] = out.counterexample as [[string[][], number[], number, string]];
  console.log(JSON.stringify({ grid: g, hours: h, offset: o, shift: s }));
  verbose = true;
  run(g, h, o, s);
} else console.log("passed", out.numRuns);
