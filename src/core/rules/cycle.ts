// Cyclic patterns checked as loops: each pattern is unrolled as one agent working line 1, 2, … N then line 1 again,
// with lines before and after, and the person rules run on it; the findings of one turn are kept, on the pattern's cells.
import type { Finding, RuleId } from "../findings";
import { cycleRelabeller } from "../planning/cycle-days";
import { makeSequence } from "../planning/sequence";
import type { CyclePattern, DayMark, Person, Sequence, Timeline } from "../planning/types";
import { type DayNumber, dayNumber } from "../time";
import { isRuleEnabled, RULES } from "./registry";
import type { RuleContext } from "./types";

const WEEK = 7;
/** The most weeks an unrolled loop spans (its day labels stay unique within a year). */
const MOST_WEEKS = 50;

/**
 * The person rules a pattern is not checked with: `contract-hours` needs a named person's contract, and `break`
 * judges the legend's codes (the main check already does).
 */
const NOT_ON_LOOPS: ReadonlySet<RuleId> = new Set<RuleId>(["contract-hours", "break"]);

/**
 * The person-rule findings of every cyclic pattern of the timeline, each pattern checked as a loop: the rest between
 * the last line's Sunday and the first line's Monday counts like any other. Findings point at the pattern's cells, name
 * no person, and say their days as weekday and line (`mardi 19:00 (ligne 3)`); an undated pattern's have no date.
 */
export function checkCycles(ctx: RuleContext): Finding[] {
  const findings: Finding[] = [];
  for (const pattern of ctx.timeline.cycles ?? []) findings.push(...checkLoop(ctx, pattern));
  return findings;
}

function checkLoop(ctx: RuleContext, pattern: CyclePattern): Finding[] {
  const n = pattern.lines.length;
  if (n === 0) return [];
  const around = Math.max(1, Math.min(n, Math.floor((MOST_WEEKS - n) / 2)));
  const from = pattern.start - WEEK * around;
  const to = pattern.start + WEEK * (n + around) - 1;
  const loop = unrolled(pattern, around, ctx.timeline);
  const timeline: Timeline = {
    ...ctx.timeline,
    persons: [loop],
    undatedPersons: [],
    plannedRanges: [[from, to]],
  };
  delete timeline.cycles;
  const sub: RuleContext = { ...ctx, timeline };
  const days = { start: pattern.start, lines: n, dated: pattern.dated };
  const relabel = cycleRelabeller(days, from, to, ctx.lang);
  const turnEnd = pattern.start + WEEK * n;
  const seen = new Set<string>();
  const out: Finding[] = [];
  for (const rule of RULES) {
    if (!rule.check || rule.family !== "person" || NOT_ON_LOOPS.has(rule.id)) continue;
    if (!isRuleEnabled(rule.id, ctx.settings.rules)) continue;
    for (const f of rule.check(sub)) {
      const day = f.date === null ? null : dayNumber(f.date);
      if (day !== null && (day < pattern.start || day >= turnEnd)) continue;
      const key = `${f.ruleId}\u0000${f.cells.join(",")}\u0000${f.message}`;
      if (seen.has(key)) continue;
      seen.add(key);
      out.push({
        ...f,
        person: null,
        date: pattern.dated ? f.date : null,
        message: relabel(f.message, day),
        details: { ...f.details, pattern: pattern.range },
      });
    }
  }
  return out;
}

/** The pattern as one agent: lines `n − around + 1 … n`, then 1 … n, then 1 … `around`, week after week. */
function unrolled(pattern: CyclePattern, around: number, timeline: Timeline): Person {
  const n = pattern.lines.length;
  const key = `\u0000cycle\u0000${pattern.tab}\u0000${pattern.range}`;
  const name = `${pattern.tab} ${pattern.range}`;
  const sequences: Sequence[] = [];
  const marks: DayMark[] = [];
  for (let week = -around; week < n + around; week++) {
    const line = (((week % n) + n) % n) as number;
    const shift: DayNumber = WEEK * (week - line);
    const source = pattern.lines[line] as Person;
    for (const s of source.sequences) {
      sequences.push(
        makeSequence(
          {
            personKey: key,
            name,
            day: s.day + shift,
            startMinute: s.startMinute,
            endMinute: s.endMinute,
            type: s.type,
            breakMinutes: s.breakMinutes,
            code: s.code,
            cell: s.cell,
          },
          timeline.zone,
        ),
      );
    }
    for (const m of source.marks) marks.push({ ...m, personKey: key, name, day: m.day + shift });
  }
  sequences.sort((a, b) => a.start - b.start);
  return { key, name, sequences, marks };
}
