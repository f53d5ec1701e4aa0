// Week-level rules: `weekly-max`, `weekly-average`, `weekly-rest` (with the two-rest-days warning), `days-per-week`.
import type { Finding } from "../findings";
import { formatDayMonth } from "../i18n/format";
import type { CellRef, Sequence } from "../planning/types";
import type { DayNumber, EpochMinutes } from "../time";
import { civilDate, hhmm, mondayOf } from "../time";
import { analyses, duration, ruleText } from "./context";
import { makeFinding, refsOf } from "./finding";
import { judgeAbove } from "./judge";
import type { RuleContext } from "./types";
import { wholeWeekRuns } from "./weeks";
import { mergeRanges, type PersonAnalysis, type WeekTotal, type WorkingDay } from "./working-days";

const DAY = 1440;

/** `weekly-max`: counted minutes inside each week (partial weeks judged on what is known), dated the Monday. */
export function checkWeeklyMax(ctx: RuleContext): Finding[] {
  const limits = ctx.settings.rules["weekly-max"];
  const text = ruleText(ctx);
  const findings: Finding[] = [];
  for (const { person, weeks } of analyses(ctx)) {
    for (const week of weeks) {
      const minutes = Math.round(week.minutes);
      const verdict = judgeAbove(minutes, limits);
      if (!verdict) continue;
      findings.push(
        makeFinding({
          ruleId: "weekly-max",
          severity: verdict.severity,
          person: person.name,
          day: week.monday,
          refs: refsOf(week.sequences),
          message: text.weeklyMax({
            duration: duration(ctx, minutes),
            monday: formatDayMonth(week.monday, ctx.lang),
            limit: duration(ctx, verdict.limit),
          }),
          details: { workMinutes: minutes, maximumMinutes: verdict.limit },
        }),
      );
    }
  }
  return findings;
}

/**
 * `weekly-average`: the average over every window of `weeks` consecutive whole planned weeks. One finding per
 * run of consecutive windows above the limit, for the worst window of the run, dated its first Monday.
 */
export function checkWeeklyAverage(ctx: RuleContext): Finding[] {
  const setting = ctx.settings.rules["weekly-average"];
  const size = Math.max(1, Math.round(setting.weeks));
  const runs = wholeWeekRuns(mergeRanges(ctx.timeline.plannedRanges)).filter((run) => run.length >= size);
  if (runs.length === 0) return [];
  const text = ruleText(ctx);
  const findings: Finding[] = [];
  for (const { person, weeks } of analyses(ctx)) {
    if (weeks.length === 0) continue;
    for (const run of runs) {
      const weekAt = weeksOfRun(weeks, run);
      let sum = 0;
      let worst: { start: number; average: number; severity: Finding["severity"]; limit: number } | null =
        null;
      let windows = 0;
      const flush = (): void => {
        if (!worst) return;
        const sequences: Sequence[] = [];
        for (let k = worst.start; k < worst.start + size && k < run.length; k++)
          for (const s of weekAt[k]?.sequences ?? []) sequences.push(s);
        findings.push(
          makeFinding({
            ruleId: "weekly-average",
            severity: worst.severity,
            person: person.name,
            day: run[worst.start] ?? null,
            refs: refsOf(sequences),
            message: text.weeklyAverage({
              duration: duration(ctx, worst.average),
              weeks: size,
              monday: formatDayMonth(run[worst.start] ?? 0, ctx.lang),
              limit: duration(ctx, worst.limit),
            }),
            details: { averageMinutes: worst.average, maximumMinutes: worst.limit, weeks: size, windows },
          }),
        );
        worst = null;
        windows = 0;
      };
      for (let i = 0; i < weekAt.length; i++) {
        sum += weekAt[i]?.minutes ?? 0;
        if (i >= size) sum -= weekAt[i - size]?.minutes ?? 0;
        if (i < size - 1) continue;
        const start = i - size + 1;
        const average = Math.round(sum / size);
        const verdict = judgeAbove(average, setting);
        if (!verdict) {
          flush();
          continue;
        }
        windows += 1;
        if (!worst || average > worst.average) worst = { start, average, ...verdict };
      }
      flush();
    }
  }
  return findings;
}

/** The week total of each Monday of a run (undefined for a week without work); both lists in date order. */
function weeksOfRun(weeks: readonly WeekTotal[], run: readonly DayNumber[]): Array<WeekTotal | undefined> {
  const result: Array<WeekTotal | undefined> = new Array(run.length);
  let p = 0;
  for (let i = 0; i < run.length; i++) {
    const monday = run[i] as DayNumber;
    while (p < weeks.length && (weeks[p] as WeekTotal).monday < monday) p++;
    const week = weeks[p];
    result[i] = week !== undefined && week.monday === monday ? week : undefined;
  }
  return result;
}

/** `days-per-week`: dates on which a working day starts, per week (partial weeks judged on what is known). */
export function checkDaysPerWeek(ctx: RuleContext): Finding[] {
  const limits = ctx.settings.rules["days-per-week"];
  const text = ruleText(ctx);
  const findings: Finding[] = [];
  for (const { person, workingDays } of analyses(ctx)) {
    const n = workingDays.length;
    // Working days are in date order: each week is one run of them, counted before anything is built.
    for (let i = 0; i < n; ) {
      const monday = mondayOf((workingDays[i] as WorkingDay).day);
      let j = i + 1;
      while (j < n && mondayOf((workingDays[j] as WorkingDay).day) === monday) j++;
      const count = j - i;
      const verdict = judgeAbove(count, limits);
      if (verdict) {
        const refs: CellRef[] = [];
        for (let k = i; k < j; k++)
          for (const sq of (workingDays[k] as WorkingDay).sequences) refs.push(sq.cell);
        findings.push(
          makeFinding({
            ruleId: "days-per-week",
            severity: verdict.severity,
            person: person.name,
            day: monday,
            refs,
            message: text.daysPerWeek({
              monday: formatDayMonth(monday, ctx.lang),
              days: count,
              limit: verdict.limit,
            }),
            details: { days: count, maximumDays: verdict.limit },
          }),
        );
      }
      i = j;
    }
  }
  return findings;
}

/** The verdict of one judged week for `weekly-rest`. */
interface RestWeek {
  monday: DayNumber;
  start: EpochMinutes;
  end: EpochMinutes;
  passes: boolean;
  /** The run without work with the most time inside the week: its part inside the week… */
  longestInside: number;
  /** …its whole length, and where it lies (a run open before the first / after the last work is cut at the week). */
  longest: number;
  longestFrom: EpochMinutes;
  longestTo: EpochMinutes;
}

/**
 * `weekly-rest`: an error for each whole planned week with work but no run without work of `runMinutes` having
 * `insideWeekMinutes` inside the week; otherwise, when `minRestDays` > 0, a warning for a week with fewer dates
 * without a minute of work (weeks holding an absence day are not judged for that).
 */
export function checkWeeklyRest(ctx: RuleContext): Finding[] {
  const setting = ctx.settings.rules["weekly-rest"];
  const merged = mergeRanges(ctx.timeline.plannedRanges);
  const text = ruleText(ctx);
  const findings: Finding[] = [];
  const table = wholeWeekTable(ctx, merged);
  for (const analysis of analyses(ctx)) {
    const judged = restWeeks(ctx, analysis, table);
    if (judged.length === 0) continue;
    const person = analysis.person;
    const restDays = setting.minRestDays > 0 ? restDaysByWeek(analysis) : null;
    for (const week of judged) {
      const rest = week.passes ? restDays?.get(week.monday) : undefined;
      const restShort = rest !== undefined && rest !== null && rest < setting.minRestDays;
      if (week.passes && !restShort) continue;
      const refs = weekRefs(analysis, week.monday);
      const monday = formatDayMonth(week.monday, ctx.lang);
      if (!week.passes) {
        const from = ctx.timeline.zone.toWall(week.longestFrom);
        const to = ctx.timeline.zone.toWall(week.longestTo);
        findings.push(
          makeFinding({
            ruleId: "weekly-rest",
            severity: "error",
            person: person.name,
            day: week.monday,
            refs,
            message: text.weeklyRest({
              monday,
              longest: duration(ctx, week.longest),
              longestInside: week.longestInside < week.longest ? duration(ctx, week.longestInside) : null,
              from: `${formatDayMonth(from.day, ctx.lang)} ${hhmm(from.minute)}`,
              to: `${formatDayMonth(to.day, ctx.lang)} ${hhmm(to.minute)}`,
              run: duration(ctx, setting.runMinutes),
              inside: duration(ctx, setting.insideWeekMinutes),
            }),
            details: {
              longestRestMinutes: week.longest,
              longestRestInsideMinutes: week.longestInside,
              longestRestFrom: `${civilDate(from.day)}T${hhmm(from.minute)}`,
              longestRestTo: `${civilDate(to.day)}T${hhmm(to.minute)}`,
              minimumMinutes: setting.runMinutes,
              insideWeekMinutes: setting.insideWeekMinutes,
            },
          }),
        );
        continue;
      }
      findings.push(
        makeFinding({
          ruleId: "weekly-rest",
          severity: "warning",
          person: person.name,
          day: week.monday,
          refs,
          message: text.restDays({ monday, restDays: rest ?? 0, minimum: setting.minRestDays }),
          details: { restDays: rest ?? 0, minimumRestDays: setting.minRestDays },
        }),
      );
    }
  }
  return findings;
}

/** The bounding instants of each whole planned week, indexed by weeks from the first whole Monday (NaN: not whole). */
interface WholeWeekTable {
  first: DayNumber;
  starts: number[];
  ends: number[];
}

/** Every whole planned week's Monday 00:00 and next Monday 00:00, computed once for all persons. */
function wholeWeekTable(
  ctx: RuleContext,
  merged: ReadonlyArray<readonly [DayNumber, DayNumber]>,
): WholeWeekTable {
  const zone = ctx.timeline.zone;
  const runs = wholeWeekRuns(merged);
  const first = runs[0]?.[0] ?? 0;
  const starts: number[] = [];
  const ends: number[] = [];
  for (const run of runs) {
    for (const monday of run) {
      const index = (monday - first) / 7;
      while (starts.length < index) {
        starts.push(Number.NaN);
        ends.push(Number.NaN);
      }
      starts.push(zone.toInstant(monday, 0));
      ends.push(zone.toInstant(monday + 7, 0));
    }
  }
  return { first, starts, ends };
}

/** Whole planned weeks in which a working day starts, with their 35 h run verdict (one sweep over the gaps). */
function restWeeks(ctx: RuleContext, analysis: PersonAnalysis, table: WholeWeekTable): RestWeek[] {
  const { runMinutes, insideWeekMinutes } = ctx.settings.rules["weekly-rest"];
  const { first, starts, ends } = table;
  const weeks: RestWeek[] = [];
  let lastMonday = Number.NaN;
  for (const wd of analysis.workingDays) {
    const monday = mondayOf(wd.day);
    if (monday === lastMonday) continue;
    lastMonday = monday;
    // A week is judged only when it lies wholly in one merged planned range (the table holds those weeks).
    const index = (monday - first) / 7;
    if (!(index >= 0 && index < starts.length)) continue;
    const start = starts[index] as number;
    if (Number.isNaN(start)) continue;
    const end = ends[index] as number;
    weeks.push({
      monday,
      start,
      end,
      passes: false,
      longestInside: 0,
      longest: 0,
      longestFrom: start,
      longestTo: start,
    });
  }
  if (weeks.length === 0) return weeks;
  let pointer = 0;
  const visit = (from: number, to: number): void => {
    while (pointer < weeks.length && (weeks[pointer] as RestWeek).end <= from) pointer++;
    for (let i = pointer; i < weeks.length; i++) {
      const week = weeks[i] as RestWeek;
      if (week.start >= to) break;
      const a = Math.max(from, week.start);
      const b = Math.min(to, week.end);
      if (b <= a) continue;
      const open = !Number.isFinite(from) || !Number.isFinite(to);
      if (b - a > week.longestInside) {
        week.longestInside = b - a;
        week.longestFrom = Number.isFinite(from) ? from : a;
        week.longestTo = Number.isFinite(to) ? to : b;
        week.longest = week.longestTo - week.longestFrom;
      }
      if ((open || to - from >= runMinutes) && b - a >= insideWeekMinutes) week.passes = true;
    }
  };
  // Runs without work: before the first sequence, between merged busy stretches, after the last one.
  let busyEnd = Number.NEGATIVE_INFINITY;
  for (const s of analysis.sequences) {
    if (s.start > busyEnd) visit(busyEnd, s.start);
    if (s.end > busyEnd) busyEnd = s.end;
  }
  visit(busyEnd, Number.POSITIVE_INFINITY);
  return weeks;
}

/** The cells of the sequences with a share in a week. */
function weekRefs(analysis: PersonAnalysis, monday: DayNumber): CellRef[] {
  const week = analysis.weeks.find((w) => w.monday === monday);
  return week ? refsOf(week.sequences) : [];
}

/**
 * Rest days per week: dates with no minute of work; null for a week holding an absence day (not judged).
 * Only weeks with some work are listed. Weeks are indexed by day arithmetic from the first worked Monday.
 */
function restDaysByWeek(analysis: PersonAnalysis): Map<DayNumber, number | null> {
  const result = new Map<DayNumber, number | null>();
  const first = analysis.sequences[0];
  if (!first) return result;
  const base = mondayOf(first.day + Math.floor(first.startMinute / DAY));
  const masks: number[] = [];
  for (const s of analysis.sequences) {
    const from = s.day + Math.floor(s.startMinute / DAY) - base;
    const to = s.day + Math.floor((s.endMinute - 1) / DAY) - base;
    for (let d = from; d <= to; d++) {
      const w = Math.floor(d / 7);
      masks[w] = (masks[w] ?? 0) | (1 << (d - w * 7));
    }
  }
  masks.forEach((mask, w) => {
    let worked = 0;
    for (let bit = mask; bit; bit &= bit - 1) worked++;
    result.set(base + w * 7, 7 - worked);
  });
  for (const mark of analysis.person.marks) {
    if (mark.type === "absence" && result.has(mondayOf(mark.day))) result.set(mondayOf(mark.day), null);
  }
  return result;
}
