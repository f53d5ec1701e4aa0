// The person-level rules run on ONE person's timeline, and the findings a change to it creates (before/after diff).
import { compareFindings, type DetailValue, type Finding, type RuleId, type Severity } from "../findings";
import type { Person, Sequence } from "../planning/types";
import { minutesPerDate } from "../rules/contract-hours";
import { isRuleEnabled, RULES } from "../rules/registry";
import type { RuleContext, RuleDefinition, StaffMember } from "../rules/types";
import { wholeWeekRuns } from "../rules/weeks";
import { analysePerson, forEachDateShare, mergeRanges } from "../rules/working-days";
import { type DayNumber, dayFromParts, daysInMonth, mondayOf, partsFromDay, weekdayOf } from "../time";
import type { ReplacementInput } from "./types";
import {
  type ChangeWindows,
  changedPerson,
  singlePersonTimeline,
  type TimelineChange,
  windowPerson,
} from "./window";

/**
 * The person rules that a change can affect, split by how much of the timeline they need: `week` rules judge
 * days and weeks (they run on ±2 weeks), `month` rules (`contract-hours`) whole months, `full` rules
 * (`weekly-average`, over 12 whole weeks) the whole timeline. `break` is left out: it judges legend codes, not people (its finding has no person).
 */
export interface PersonRuleSet {
  week: RuleDefinition[];
  month: RuleDefinition[];
  full: RuleDefinition[];
}

/** The enabled person rules for a change touching the days `first`…`last` (the full-timeline ones only when they judge those weeks). */
export function personRuleSet(input: ReplacementInput, first: DayNumber, last: DayNumber): PersonRuleSet {
  const set: PersonRuleSet = { week: [], month: [], full: [] };
  for (const rule of RULES) {
    if (rule.family !== "person" || !rule.check || rule.id === "break") continue;
    if (!isRuleEnabled(rule.id, input.settings.rules)) continue;
    if (rule.id === "weekly-average") {
      if (averageJudges(input, first, last)) set.full.push(rule);
      continue;
    }
    if (rule.id === "contract-hours") set.month.push(rule);
    else set.week.push(rule);
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
    legend: input.legend,
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

const SEVERITY_RANK: Record<Severity, number> = { error: 0, warning: 1, info: 2 };

/** True when `after` is no worse than `before` (same rule and date): no more severe, and no worse by their measure. */
function noWorse(before: Finding, after: Finding): boolean {
  if (SEVERITY_RANK[after.severity] < SEVERITY_RANK[before.severity]) return false;
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

const keyOf = (f: Finding): string => `${f.ruleId}\u0000${f.date ?? ""}`;
const identityOf = (f: Finding): string => `${keyOf(f)}\u0000${f.severity}\u0000${f.message}`;

/** Findings grouped by a key, in their order. */
function groupBy(findings: readonly Finding[], key: (f: Finding) => string): Map<string, Finding[]> {
  const groups = new Map<string, Finding[]>();
  for (const f of findings) {
    const list = groups.get(key(f));
    if (list) list.push(f);
    else groups.set(key(f), [f]);
  }
  return groups;
}

/**
 * The findings of `after` that `before` did not have, i.e. that the change creates. First, a finding identical to
 * one before (rule, severity, date, message) is old. Then, of the rest, a finding is old only when it is the ONE
 * left of its rule and date and no worse (no more severe, a rest no shorter, hours no more…) than one left before
 * of that rule and date: the same problem, measured again (a month's hours, a week's total). When several are left
 * on a rule and date (two short rests ending the same day), none is paired by its measure alone: the added shift
 * can split one rest into two, and a new rest no shorter than an old, different one is still new. A worsened
 * finding is new.
 */
export function diffFindings(before: readonly Finding[], after: readonly Finding[]): Finding[] {
  const identical = groupBy(before, identityOf);
  const changed: Finding[] = [];
  for (const f of after) {
    const same = identical.get(identityOf(f));
    if (same && same.length > 0) same.pop();
    else changed.push(f);
  }
  const left = groupBy([...identical.values()].flat(), keyOf);
  const fresh: Finding[] = [];
  for (const [key, group] of groupBy(changed, keyOf)) {
    const only = group.length === 1 ? group[0] : undefined;
    if (only && (left.get(key) ?? []).some((old) => noWorse(old, only))) continue;
    fresh.push(...group);
  }
  return fresh.sort(compareFindings);
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

/** The first day of the calendar month holding a day. */
function monthFirst(day: DayNumber): DayNumber {
  const p = partsFromDay(day);
  return dayFromParts(p.year, p.month, 1);
}

/** Counted minutes of sequences per week (Monday), real minutes split at midnights. */
function minutesByMonday(sequences: readonly Sequence[], input: ReplacementInput): Map<DayNumber, number> {
  const byMonday = new Map<DayNumber, number>();
  for (const s of sequences) {
    forEachDateShare(s, input.timeline.zone, input.settings.sleepIn, (day, minutes) => {
      const monday = mondayOf(day);
      byMonday.set(monday, (byMonday.get(monday) ?? 0) + minutes);
    });
  }
  return byMonday;
}

/**
 * Checks changes to people's timelines, caching each person's findings before any change, rule by rule. The
 * findings after the change are computed first: a rule that finds nothing after the change creates nothing, and
 * its findings before are then never needed. `weekly-average` runs only when some 12-week window holding a changed week could
 * go above its threshold (its sum before plus the minutes added).
 */
export class PersonChecker {
  private readonly before = new Map<Person, Map<RuleId, Finding[]>>();
  private readonly weeks = new Map<Person, Person>();
  private readonly months = new Map<Person, Person>();
  private readonly monthPlanned = new Map<Person, Map<DayNumber, number>>();
  private readonly averageRuns: DayNumber[][];
  private readonly averageSize: number;
  private readonly averageLimit: number;
  /** Rule runs made (one per person and state). */
  runs = 0;

  constructor(
    private readonly input: ReplacementInput,
    private readonly windows: ChangeWindows,
    private readonly rules: PersonRuleSet,
    private readonly staffOf: (person: Person) => StaffMember | undefined,
  ) {
    const setting = input.settings.rules["weekly-average"];
    this.averageSize = Math.max(1, Math.round(setting.weeks));
    this.averageLimit = Math.min(
      setting.warning ?? Number.POSITIVE_INFINITY,
      setting.error ?? Number.POSITIVE_INFINITY,
    );
    this.averageRuns =
      rules.full.length === 0
        ? []
        : wholeWeekRuns(mergeRanges(input.timeline.plannedRanges)).filter(
            (run) => run.length >= this.averageSize,
          );
  }

  /** The person restricted to the ±2-week window (cached): their shifts and days around the vacancy. */
  windowed(person: Person): Person {
    let w = this.weeks.get(person);
    if (!w) {
      w = windowPerson(person, this.windows.week);
      this.weeks.set(person, w);
    }
    return w;
  }

  /** The person restricted to the months window (cached). */
  monthWindowed(person: Person): Person {
    let w = this.months.get(person);
    if (!w) {
      w = windowPerson(person, this.windows.month);
      this.months.set(person, w);
    }
    return w;
  }

  /**
   * The week rules that can judge differently after adding `added` (the others give the same findings before and
   * after): `overlap` only when an added shift overlaps one of theirs, `absence-conflict` only on an absence day,
   * `night-max` / `sleep-in-max` only for an added night / sleep-in.
   */
  private weekRulesFor(person: Person, added: readonly Sequence[]): RuleDefinition[] {
    const windowed = this.windowed(person);
    return this.rules.week.filter((rule) => {
      switch (rule.id) {
        case "overlap":
          return added.some((a) => windowed.sequences.some((s) => s.start < a.end && s.end > a.start));
        case "absence-conflict":
          return added.some((a) =>
            windowed.marks.some(
              (m) => m.type === "absence" && m.day === a.day + Math.floor(a.startMinute / 1440),
            ),
          );
        case "night-max":
          return added.some((a) => a.isNight);
        case "sleep-in-max":
          return added.some((a) => a.type === "sleep-in");
        default:
          return true;
      }
    });
  }

  /** The person's findings of one rule before any change (cached per person and rule). */
  private beforeOf(person: Person, rule: RuleDefinition, scope: "week" | "month" | "full"): Finding[] {
    let byRule = this.before.get(person);
    if (!byRule) {
      byRule = new Map();
      this.before.set(person, byRule);
    }
    let found = byRule.get(rule.id);
    if (!found) {
      this.runs += 1;
      const subject =
        scope === "week" ? this.windowed(person) : scope === "month" ? this.monthWindowed(person) : person;
      found = runPersonRules([rule], subject, this.input, this.staffOf(person));
      byRule.set(rule.id, found);
    }
    return found;
  }

  /** Counted minutes of work per calendar month (keyed by its first day) in the months window, and absence credits. */
  monthTotals(person: Person, weeklyHours: number): Map<DayNumber, number> {
    let totals = this.monthPlanned.get(person);
    if (!totals) {
      totals = new Map();
      const windowed = this.monthWindowed(person);
      for (const [day, minutes] of minutesPerDate(windowed, this.input.timeline, this.input.settings)) {
        const first = monthFirst(day);
        totals.set(first, (totals.get(first) ?? 0) + minutes);
      }
      const credited = new Set<DayNumber>();
      for (const mark of windowed.marks)
        if (mark.type === "absence" && weekdayOf(mark.day) < 5) credited.add(mark.day);
      for (const day of credited) {
        const first = monthFirst(day);
        totals.set(first, (totals.get(first) ?? 0) + (weeklyHours * 60) / 5);
      }
      this.monthPlanned.set(person, totals);
    }
    return totals;
  }

  /**
   * True when `contract-hours` could find something new: some month the change touches ends up beyond the threshold
   * from the contract AND further from it than before (computed as the rule does: planned minutes and absence
   * credits against weekly hours × days / 7). Otherwise whatever it finds is no worse than before — even when the
   * rule said nothing before because the person had nothing planned that month (the rule judges only months a
   * person appears in): 8 h planned against 150 h is closer to the contract than nothing.
   */
  private contractMayChange(person: Person, change: TimelineChange, weeklyHours: number): boolean {
    const totals = this.monthTotals(person, weeklyHours);
    const after = new Map<DayNumber, number>();
    const shift = (s: Sequence, sign: number): void =>
      forEachDateShare(s, this.input.timeline.zone, this.input.settings.sleepIn, (day, minutes) => {
        const first = monthFirst(day);
        after.set(first, (after.get(first) ?? totals.get(first) ?? 0) + sign * minutes);
      });
    for (const s of change.add) shift(s, 1);
    for (const s of change.remove ?? []) shift(s, -1);
    const threshold = this.input.settings.rules["contract-hours"].info;
    for (const [first, planned] of after) {
      const p = partsFromDay(first);
      const contract = (weeklyHours * 60 * daysInMonth(p.year, p.month)) / 7;
      const gap = Math.abs(((planned - contract) / contract) * 100);
      const gapBefore = Math.abs((((totals.get(first) ?? 0) - contract) / contract) * 100);
      if (gap > threshold && gap > gapBefore) return true;
    }
    return false;
  }

  /** True when `weekly-average` could judge differently once `added` is added. */
  private averageMayChange(person: Person, added: readonly Sequence[]): boolean {
    if (this.averageRuns.length === 0 || added.length === 0) return false;
    const weeks = analysePerson(person, this.input.timeline, this.input.settings.sleepIn).weeks;
    const before = new Map(weeks.map((w) => [w.monday, w.minutes]));
    const extra = minutesByMonday(added, this.input);
    const size = this.averageSize;
    for (const run of this.averageRuns) {
      for (let start = 0; start + size <= run.length; start++) {
        let sum = 0;
        let touched = false;
        for (let i = start; i < start + size; i++) {
          const monday = run[i] as DayNumber;
          sum += (before.get(monday) ?? 0) + (extra.get(monday) ?? 0);
          if (extra.has(monday)) touched = true;
        }
        if (touched && Math.round(sum / size) > this.averageLimit) return true;
      }
    }
    return false;
  }

  /**
   * The findings a change would create for this person (those they already had left out). The rules that can
   * judge differently run on the changed timeline; only the rules that found something there run (once, cached)
   * on the timeline as planned, for the comparison.
   */
  newFindings(person: Person, change: TimelineChange): Finding[] {
    const member = this.staffOf(person);
    const scopes: Array<[RuleDefinition[], "week" | "month" | "full", Person]> = [
      [this.weekRulesFor(person, change.add), "week", windowPerson(person, this.windows.week, change)],
    ];
    const hours = member?.weeklyHours;
    if (
      this.rules.month.length > 0 &&
      hours !== undefined &&
      hours > 0 &&
      this.contractMayChange(person, change, hours)
    )
      scopes.push([this.rules.month, "month", windowPerson(person, this.windows.month, change)]);
    if (this.averageMayChange(person, change.add))
      scopes.push([this.rules.full, "full", changedPerson(person, change)]);
    this.runs += 1;
    const fresh: Finding[] = [];
    for (const [rules, scope, subject] of scopes) {
      for (const rule of rules) {
        const after = runPersonRules([rule], subject, this.input, member);
        if (after.length === 0) continue;
        for (const f of diffFindings(this.beforeOf(person, rule, scope), after)) fresh.push(f);
      }
    }
    return fresh.sort(compareFindings);
  }
}
