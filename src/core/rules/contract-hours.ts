// Person rule `contract-hours`: hours planned in each whole planned month against the staff tab's weekly contract.
import type { Finding } from "../findings";
import { type Lang, messages } from "../i18n";
import { formatDuration, monthName } from "../i18n/format";
import type { Person, Timeline } from "../planning/types";
import type { Settings } from "../settings";
import { staffMatcher } from "../tabs/staff-tab";
import { civilDate, type DayNumber, dayFromParts, daysInMonth, partsFromDay, weekdayOf } from "../time";
import type { RuleContext, RuleDefinition } from "./types";
import { coversDays, forEachDateShare } from "./working-days";

/** A calendar month wholly inside the planned ranges. */
export interface PlannedMonth {
  year: number;
  month: number;
  first: DayNumber;
  last: DayNumber;
}

/** The calendar months whose every date lies in the timeline's planned ranges, in order. */
export function wholePlannedMonths(timeline: Timeline): PlannedMonth[] {
  const months: PlannedMonth[] = [];
  for (const [a, b] of timeline.plannedRanges) {
    const start = partsFromDay(a);
    let year = start.year;
    let month = start.month;
    for (;;) {
      const first = dayFromParts(year, month, 1);
      const last = first + daysInMonth(year, month) - 1;
      if (first > b) break;
      if (coversDays(timeline.plannedRanges, first, last) && !months.some((m) => m.first === first)) {
        months.push({ year, month, first, last });
      }
      month += 1;
      if (month > 12) {
        month = 1;
        year += 1;
      }
    }
  }
  return months.sort((x, y) => x.first - y.first);
}

/** Counted minutes of a person's work per civil date (real minutes split at midnight, sleep-ins by their equivalence). */
export function minutesPerDate(
  person: Person,
  timeline: Timeline,
  settings: Settings,
): Map<DayNumber, number> {
  const perDate = new Map<DayNumber, number>();
  for (const s of person.sequences) {
    forEachDateShare(s, timeline.zone, settings.sleepIn, (day, minutes) => {
      perDate.set(day, (perDate.get(day) ?? 0) + minutes);
    });
  }
  return perDate;
}

/** A percentage with its sign, one decimal when not whole: `+12`, `-20`, `-10,5` (fr) / `-10.5` (en). */
function signedPercent(value: number, lang: Lang): string {
  const rounded = Math.round(value * 10) / 10;
  const text = Number.isInteger(rounded) ? String(Math.abs(rounded)) : Math.abs(rounded).toFixed(1);
  return `${rounded < 0 ? "-" : "+"}${lang === "fr" ? text.replace(".", ",") : text}`;
}

/**
 * `contract-hours`: for each person of the staff tab with weekly hours, and each calendar month wholly inside the
 * planned dates in which that person appears (a shift or an absence/rest day), the counted minutes of work in the
 * month (real minutes inside the month, sleep-ins by their equivalence) plus, for each absence day (CA, AM…)
 * from Monday to Friday, a fifth of the weekly contract, against the contract's share of the month
 * (weekly hours × days in month / 7). An info when they differ by strictly more than the threshold (10 %),
 * dated the month's first day; no cells (the finding is about a month of the person, not a cell).
 */
export function checkContractHours(ctx: RuleContext): Finding[] {
  const setting = ctx.settings.rules["contract-hours"];
  if (!setting.enabled || ctx.staff.length === 0) return [];
  const months = wholePlannedMonths(ctx.timeline);
  if (months.length === 0) return [];
  const t = messages(ctx.lang).check;
  const matchStaff = staffMatcher(ctx.staff);
  const findings: Finding[] = [];
  for (const person of ctx.timeline.persons) {
    const weeklyHours = matchStaff(person.name)?.weeklyHours;
    if (weeklyHours === undefined || weeklyHours <= 0) continue;
    const perDate = minutesPerDate(person, ctx.timeline, ctx.settings);
    for (const m of months) {
      const inMonth = (day: DayNumber): boolean => m.first <= day && day <= m.last;
      const firstSequence = person.sequences.find((s) => inMonth(s.day));
      const monthMarks = person.marks.filter((mark) => inMonth(mark.day));
      if (!firstSequence && monthMarks.length === 0) continue;
      let planned = 0;
      for (let d = m.first; d <= m.last; d++) planned += perDate.get(d) ?? 0;
      const absenceDays = new Set(
        monthMarks
          .filter((mark) => mark.type === "absence" && weekdayOf(mark.day) < 5)
          .map((mark) => mark.day),
      );
      const absenceMinutes = (absenceDays.size * weeklyHours * 60) / 5;
      const contractMinutes = (weeklyHours * 60 * (m.last - m.first + 1)) / 7;
      const deviation = ((planned + absenceMinutes - contractMinutes) / contractMinutes) * 100;
      if (!(Math.abs(deviation) > setting.info)) continue;
      const monthLabel = `${monthName(m.month, ctx.lang)} ${m.year}`;
      findings.push({
        ruleId: "contract-hours",
        severity: "info",
        person: person.name,
        date: civilDate(m.first),
        tab: firstSequence?.cell.tab ?? monthMarks[0]?.cell.tab ?? null,
        cells: [],
        message: t.contractHours(
          person.name,
          monthLabel,
          formatDuration(planned + absenceMinutes, ctx.lang),
          formatDuration(contractMinutes, ctx.lang),
          formatDuration(weeklyHours * 60, ctx.lang),
          signedPercent(deviation, ctx.lang),
          absenceMinutes > 0 ? formatDuration(absenceMinutes, ctx.lang) : "",
        ),
        details: {
          plannedMinutes: Math.round(planned),
          absenceMinutes: Math.round(absenceMinutes),
          contractMinutes: Math.round(contractMinutes),
          weeklyHours,
          deviationPercent: Math.round(deviation * 10) / 10,
          thresholdPercent: setting.info,
        },
      });
    }
  }
  return findings;
}

/** The `contract-hours` rule (family person, info). */
export const contractHoursRule: RuleDefinition = {
  id: "contract-hours",
  family: "person",
  defaultSeverity: "info",
  check: checkContractHours,
};
