// The person-level rules run on ONE person's timeline, and the findings a change to it creates (before/after diff).
import type { DetailValue, Finding, Severity } from "../findings";
import type { Person } from "../planning/types";
import { isRuleEnabled, RULES } from "../rules/registry";
import type { RuleContext, RuleDefinition, StaffMember } from "../rules/types";
import { wholeWeekRuns } from "../rules/weeks";
import { mergeRanges } from "../rules/working-days";
import { type DayNumber, mondayOf } from "../time";
import type { ReplacementInput } from "./types";
import {
  changedPerson,
  type DayWindow,
  singlePersonTimeline,
  type TimelineChange,
  windowPerson,
} from "./window";

/**
 * The person rules that a change can affect, split by how much of the timeline they need: `window` rules judge
 * days, weeks and months (they run on the change window); `full` rules (`weekly-average`, over 12 whole weeks)
 * need the whole timeline. `break` is left out: it judges legend codes, not people (its finding has no person).
 */
export interface PersonRuleSet {
  window: RuleDefinition[];
  full: RuleDefinition[];
}

/** The enabled person rules for a change touching the days `first`…`last` (the full-timeline ones only when they judge those weeks). */
export function personRuleSet(input: ReplacementInput, first: DayNumber, last: DayNumber): PersonRuleSet {
  const set: PersonRuleSet = { window: [], full: [] };
  for (const rule of RULES) {
    if (rule.family !== "person" || !rule.check || rule.id === "break") continue;
    if (!isRuleEnabled(rule.id, input.settings.rules)) continue;
    if (rule.id === "weekly-average") {
      if (averageJudges(input, first, last)) set.full.push(rule);
      continue;
    }
    set.window.push(rule);
  }
  return set;
}

/** True when `weekly-average` judges some week from `first`'s to `last`'s (a run of enough whole planned weeks holds it). */
function averageJudges(input: ReplacementInput, first: DayNumber, last: DayNumber): boolean {
  const size = Math.max(1, Math.round(input.settings.rules["weekly-average"].weeks));
  const runs = wholeWeekRuns(mergeRanges(input.timeline.plannedRanges)).filter((run) => run.length >= size);
  for (let monday = mondayOf(first); monday <= mondayOf(last); monday += 7)
    if (runs.some((run) => run.includes(monday))) return true;
  return false;
}

/**
 * Runs rules on one person alone (a timeline holding only them, with the planning's zone, tabs and planned
 * ranges): the per-person entry point of the rule registry. `member` is their staff-tab entry, if any.
 */
export function runPersonRules(
  rules: readonly RuleDefinition[],
  person: Person,
  input: ReplacementInput,
  member: StaffMember | undefined,
): Finding[] {
  const ctx: RuleContext = {
    timeline: singlePersonTimeline(input.timeline, person),
    settings: input.settings,
    staff: member ? [member] : [],
    lang: input.lang,
  };
  const findings: Finding[] = [];
  for (const rule of rules) for (const f of rule.check?.(ctx) ?? []) findings.push(f);
  return findings;
}

/** Detail keys that measure how bad a finding is, and whether more is worse. */
const MAGNITUDES: ReadonlyArray<readonly [string, "higher" | "lower" | "absolute"]> = [
  ["restMinutes", "lower"],
  ["longestRestMinutes", "lower"],
  ["restDays", "lower"],
  ["workMinutes", "higher"],
  ["amplitudeMinutes", "higher"],
  ["averageMinutes", "higher"],
  ["overlapMinutes", "higher"],
  ["nightMinutes", "higher"],
  ["sleepInMinutes", "higher"],
  ["days", "higher"],
  ["sequences", "higher"],
  ["deviationPercent", "absolute"],
];

/** True when `after` is no worse than `before` (same rule, severity and date) by their measure. */
function noWorse(before: Finding, after: Finding): boolean {
  for (const [key, direction] of MAGNITUDES) {
    const a: DetailValue | undefined = after.details[key];
    const b: DetailValue | undefined = before.details[key];
    if (typeof a !== "number" || typeof b !== "number") continue;
    if (direction === "higher") return a <= b;
    if (direction === "lower") return a >= b;
    return Math.abs(a) <= Math.abs(b);
  }
  return false;
}

const keyOf = (f: Finding): string => `${f.ruleId}\u0000${f.severity}\u0000${f.date ?? ""}`;

/**
 * The findings of `after` that `before` did not have: a finding is old when one of the same rule, severity and date
 * had the same message, or a measure no better (a rest no longer, hours no fewer…). A worsened finding is new.
 */
export function diffFindings(before: readonly Finding[], after: readonly Finding[]): Finding[] {
  const byKey = new Map<string, Finding[]>();
  for (const f of before) {
    const list = byKey.get(keyOf(f));
    if (list) list.push(f);
    else byKey.set(keyOf(f), [f]);
  }
  const fresh: Finding[] = [];
  for (const f of after) {
    const olds = byKey.get(keyOf(f));
    if (!olds) {
      fresh.push(f);
      continue;
    }
    const same = olds.findIndex((o) => o.message === f.message);
    const index = same >= 0 ? same : olds.findIndex((o) => noWorse(o, f));
    if (index < 0) fresh.push(f);
    else olds.splice(index, 1);
  }
  return fresh;
}

/** The worst severity of some findings, or null when none. */
export function worstSeverity(findings: readonly Finding[]): Severity | null {
  let worst: Severity | null = null;
  for (const f of findings) {
    if (f.severity === "error") return "error";
    if (f.severity === "warning") worst = "warning";
    else if (worst === null) worst = "info";
  }
  return worst;
}

/** Checks changes to people's timelines inside one window, caching each person's findings before any change. */
export class PersonChecker {
  private readonly before = new Map<Person, Finding[]>();
  private readonly windows = new Map<Person, Person>();
  /** Rule runs made (for the benchmark and the swap cap). */
  runs = 0;

  constructor(
    private readonly input: ReplacementInput,
    private readonly window: DayWindow,
    private readonly rules: PersonRuleSet,
    private readonly staffOf: (person: Person) => StaffMember | undefined,
  ) {}

  /** The person restricted to the window (cached). */
  windowed(person: Person): Person {
    let w = this.windows.get(person);
    if (!w) {
      w = windowPerson(person, this.window);
      this.windows.set(person, w);
    }
    return w;
  }

  private findings(windowed: Person, full: Person, member: StaffMember | undefined): Finding[] {
    this.runs += 1;
    const found = runPersonRules(this.rules.window, windowed, this.input, member);
    if (this.rules.full.length > 0)
      for (const f of runPersonRules(this.rules.full, full, this.input, member)) found.push(f);
    return found;
  }

  /** The person's findings as planned (window rules on the window, full rules on the whole timeline), cached. */
  findingsBefore(person: Person): Finding[] {
    let found = this.before.get(person);
    if (!found) {
      found = this.findings(this.windowed(person), person, this.staffOf(person));
      this.before.set(person, found);
    }
    return found;
  }

  /** The findings a change would create for this person (those they already had left out). */
  newFindings(person: Person, change: TimelineChange): Finding[] {
    const before = this.findingsBefore(person);
    const windowed = windowPerson(person, this.window, change);
    const full = this.rules.full.length > 0 ? changedPerson(person, change) : person;
    return diffFindings(before, this.findings(windowed, full, this.staffOf(person)));
  }
}
