// Post rules `coverage` and `qualification`: people present on each slot of each planned day against the settings.
import type { Finding } from "../findings";
import { messages } from "../i18n";
import { formatDayMonth } from "../i18n/format";
import type { Person, Sequence, Timeline } from "../planning/types";
import type { CoverageRule } from "../settings";
import type { Slot } from "../settings/coverage-key";
import { hasQualification, splitQualifications, staffMatcher } from "../tabs/staff-tab";
import { civilDate, type DayNumber, weekdayOf } from "../time";
import { a1, qualifiedA1 } from "../workbook";
import type { RuleContext, RuleDefinition } from "./types";

const DAY = 1440;
const NOON = 12 * 60;
const FIVE_PM = 17 * 60;
const NINE_PM = 21 * 60;

/**
 * The slot a work sequence fills, by its type and wall-clock times (the legend's own times for a code):
 * - `nuit`: a night shift (legend type `nuit`, or explicit times with ≥ 3 h between 21:00 and 06:00), a sleep-in
 *   (`veille`), or any sequence starting at 21:00 or later;
 * - `journée`: starts before 12:00 and ends at 17:00 or later (the default `J` 09:00–17:00);
 * - `matin`: starts before 12:00 and ends before 17:00 (the default `M`);
 * - `soir`: starts from 12:00 to 20:59 (the default `S`).
 * A split day (`7h30-12h / 17h-21h`) fills the slot of each of its sequences. Each sequence fills one slot only.
 */
export function slotOf(sequence: Sequence): Slot {
  if (sequence.type !== "work" || sequence.isNight) return "nuit";
  const start = sequence.startMinute % DAY;
  if (start >= NINE_PM) return "nuit";
  if (start < NOON) return sequence.endMinute >= FIVE_PM ? "journée" : "matin";
  return "soir";
}

/** Who fills each slot on each planned day: day → slot → person keys (and the people themselves). */
interface DayCover {
  bySlot: Map<Slot, Map<string, Person>>;
}

function inRanges(ranges: ReadonlyArray<readonly [DayNumber, DayNumber]>, day: DayNumber): boolean {
  for (const [a, b] of ranges) if (a <= day && day <= b) return true;
  return false;
}

function plannedDays(timeline: Timeline): DayNumber[] {
  const days: DayNumber[] = [];
  for (const [a, b] of timeline.plannedRanges) for (let d = a; d <= b; d++) days.push(d);
  return days;
}

const coverCache = new WeakMap<Timeline, Map<DayNumber, DayCover>>();

/** Who fills each slot on each planned day (computed once per timeline, shared by both rules). */
function coverByDay(timeline: Timeline): Map<DayNumber, DayCover> {
  const cached = coverCache.get(timeline);
  if (cached) return cached;
  const byDay = new Map<DayNumber, DayCover>();
  coverCache.set(timeline, byDay);
  for (const person of timeline.persons) {
    for (const s of person.sequences) {
      const day = s.day + Math.floor(s.startMinute / DAY);
      if (!inRanges(timeline.plannedRanges, day)) continue;
      let cover = byDay.get(day);
      if (!cover) {
        cover = { bySlot: new Map() };
        byDay.set(day, cover);
      }
      const slot = slotOf(s);
      let people = cover.bySlot.get(slot);
      if (!people) {
        people = new Map();
        cover.bySlot.set(slot, people);
      }
      people.set(person.key, person);
    }
  }
  return byDay;
}

/**
 * Where a tab-level finding of a day points: the day's header cell in each planning tab that has one (qualified
 * `'Tab'!A1` when several tabs do); `tab` is the first tab covering the day.
 */
export function dayCells(timeline: Timeline, day: DayNumber): { tab: string | null; cells: string[] } {
  const withCell: Array<{ tab: string; row: number; col: number }> = [];
  let firstTab: string | null = null;
  for (const tab of timeline.tabs) {
    if (tab.layout === null) continue;
    const covers =
      tab.firstDay !== undefined && tab.lastDay !== undefined && tab.firstDay <= day && day <= tab.lastDay;
    const cell = tab.dayHeaderCells?.get(day);
    if (cell) withCell.push({ tab: tab.name, ...cell });
    if (firstTab === null && (covers || cell)) firstTab = tab.name;
  }
  const several = withCell.length > 1;
  const cells = withCell.map((c) => (several ? qualifiedA1(c.tab, c.row, c.col) : a1(c.row, c.col)));
  return { tab: withCell[0]?.tab ?? firstTab, cells };
}

/**
 * The minimum rule that applies to a slot on a day: among rules without a qualification, the one limited to the
 * fewest weekdays including that day (`couverture.samedi.matin` beats `couverture.matin` on Saturdays), the last
 * one written on a tie.
 */
function minimumFor(rules: readonly CoverageRule[], slot: string, weekday: number): CoverageRule | undefined {
  let best: CoverageRule | undefined;
  let bestSpan = Number.POSITIVE_INFINITY;
  for (const rule of rules) {
    if (rule.slot !== slot || rule.qualification !== undefined) continue;
    const span = rule.weekdays ? (rule.weekdays.includes(weekday) ? rule.weekdays.length : -1) : 7.5;
    if (span < 0) continue;
    if (span <= bestSpan) {
      best = rule;
      bestSpan = span;
    }
  }
  return best;
}

/** `coverage`: an error on each planned day where a slot has fewer people than its minimum. */
export function checkCoverage(ctx: RuleContext): Finding[] {
  if (!ctx.settings.rules.coverage.enabled) return [];
  const rules = ctx.settings.coverage.filter((r) => r.qualification === undefined);
  if (rules.length === 0) return [];
  const t = messages(ctx.lang).check;
  const slots = [...new Set(rules.map((r) => r.slot))] as Slot[];
  const byDay = coverByDay(ctx.timeline);
  const findings: Finding[] = [];
  for (const day of plannedDays(ctx.timeline)) {
    const weekday = weekdayOf(day);
    for (const slot of slots) {
      const rule = minimumFor(rules, slot, weekday);
      if (!rule) continue;
      const people = [...(byDay.get(day)?.bySlot.get(slot)?.values() ?? [])];
      if (people.length >= rule.minimum) continue;
      const names = people.map((p) => p.name).sort((a, b) => a.localeCompare(b));
      const slotName = t.slotNames[slot] ?? slot;
      findings.push({
        ruleId: "coverage",
        severity: "error",
        person: null,
        date: civilDate(day),
        ...dayCells(ctx.timeline, day),
        message: t.coverage(
          formatDayMonth(day, ctx.lang),
          slotName,
          people.length,
          rule.minimum,
          names.join(", "),
        ),
        details: { slot, present: people.length, minimum: rule.minimum, people: names.join(", ") },
      });
    }
  }
  return findings;
}

/** `qualification`: a warning on each planned day where nobody on a slot holds a qualification the settings require. */
export function checkQualification(ctx: RuleContext): Finding[] {
  if (!ctx.settings.rules.qualification.enabled) return [];
  const rules = ctx.settings.coverage.filter((r) => r.qualification !== undefined);
  if (rules.length === 0) return [];
  const t = messages(ctx.lang).check;
  const matchStaff = staffMatcher(ctx.staff);
  const held = new Map<string, string[]>();
  const qualificationsOf = (person: Person): string[] => {
    let q = held.get(person.key);
    if (!q) {
      q = [...(matchStaff(person.name)?.qualifications ?? []), ...splitQualifications(person.role ?? "")];
      held.set(person.key, q);
    }
    return q;
  };
  const verdicts = new Map<string, boolean>();
  const holds = (person: Person, required: string): boolean => {
    const key = `${person.key}\u0000${required}`;
    let verdict = verdicts.get(key);
    if (verdict === undefined) {
      verdict = hasQualification(qualificationsOf(person), required);
      verdicts.set(key, verdict);
    }
    return verdict;
  };
  const byDay = coverByDay(ctx.timeline);
  const findings: Finding[] = [];
  for (const day of plannedDays(ctx.timeline)) {
    const weekday = weekdayOf(day);
    const done = new Set<string>();
    for (const rule of rules) {
      const required = rule.qualification as string;
      if (rule.weekdays && !rule.weekdays.includes(weekday)) continue;
      const id = `${rule.slot}\u0000${required.toLowerCase()}`;
      if (done.has(id)) continue;
      done.add(id);
      const people = [
        ...(byDay
          .get(day)
          ?.bySlot.get(rule.slot as Slot)
          ?.values() ?? []),
      ];
      if (people.some((p) => holds(p, required))) continue;
      const slotName = t.slotNames[rule.slot as Slot] ?? rule.slot;
      findings.push({
        ruleId: "qualification",
        severity: "warning",
        person: null,
        date: civilDate(day),
        ...dayCells(ctx.timeline, day),
        message: t.qualification(formatDayMonth(day, ctx.lang), slotName, required),
        details: { slot: rule.slot, qualification: required, present: people.length },
      });
    }
  }
  return findings;
}

/** The `coverage` rule (family post, error). */
export const coverageRule: RuleDefinition = {
  id: "coverage",
  family: "post",
  defaultSeverity: "error",
  check: checkCoverage,
};

/** The `qualification` rule (family post, warning). */
export const qualificationRule: RuleDefinition = {
  id: "qualification",
  family: "post",
  defaultSeverity: "warning",
  check: checkQualification,
};
