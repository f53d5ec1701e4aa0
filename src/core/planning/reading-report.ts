// What was read, per tab and per person, as `releve read --json` prints it (contract §2): nothing is judged here.
import type { Lang } from "../i18n";
import { messages } from "../i18n";
import { formatCivilDate, formatDayMonth } from "../i18n/format";
import { type CivilDate, civilDate, type DayNumber, hhmm, partsFromDay } from "../time";
import { qualifiedA1 } from "../workbook";
import { describeHow, describeReason } from "./reading-words";
import type { DayMark, Person, PlanningLayout, Sequence, TabReading, TabStatus, Timeline } from "./types";

/** One tab as `read --json` gives it. */
export interface TabReport {
  tab: string;
  status: TabStatus;
  layout: PlanningLayout | null;
  reason?: string;
  how: string;
  people: number;
  from: CivilDate | null;
  to: CivilDate | null;
  shifts: number;
  absences: number;
  notUnderstood: number;
}

/** One shift of a person (`start`/`end` null for a worked day whose hours are not given). */
export interface ShiftReport {
  date: CivilDate | null;
  start: string | null;
  end: string | null;
  minutes: number | null;
  type: string;
  code?: string;
  cell: string;
}

/** One person as `read --json` gives them: where their name is, their shifts and absences. */
export interface PersonReport {
  name: string;
  rows: string[];
  shifts: ShiftReport[];
  absences: Array<{ date: CivilDate | null; code: string; cell: string }>;
}

/** A cyclic pattern as `read --json` gives it: its cells and its lines (not people), dated only from a setting. */
export interface PatternReport {
  tab: string;
  range: string;
  lines: PersonReport[];
}

/** The whole reading (contract §2's `read --json`); `patterns` only when the workbook has cyclic patterns. */
export interface ReadingReport {
  tabs: TabReport[];
  people: PersonReport[];
  patterns?: PatternReport[];
}

/** A tab's reading in the contract's words. */
export function tabReport(reading: TabReading, lang: Lang): TabReport {
  const report: TabReport = {
    tab: reading.name,
    status: reading.status,
    layout: reading.layout,
    how: describeHow(reading.how, lang),
    people: reading.people,
    from: reading.firstDay === undefined ? null : civilDate(reading.firstDay),
    to: reading.lastDay === undefined ? null : civilDate(reading.lastDay),
    shifts: reading.shifts,
    absences: reading.absences,
    notUnderstood: reading.notUnderstood,
  };
  if (reading.reason && reading.status !== "read")
    report.reason = describeReason(reading.reason, reading.name, lang);
  return report;
}

/**
 * The reading of a timeline: every tab that is not the add-on's own, then every person of the dated tabs and of the
 * undated ones (whose dates are null), in name order, with their name cells, shifts and absences in time order; then
 * the lines of the cyclic patterns, apart (they are no people).
 */
export function readingReport(timeline: Timeline, lang: Lang): ReadingReport {
  const people = [
    ...timeline.persons.map((p) => personReport(p, true)),
    ...timeline.undatedPersons.map((p) => personReport(p, false)),
  ].sort((a, b) => a.name.localeCompare(b.name, lang));
  const report: ReadingReport = { tabs: timeline.tabs.map((t) => tabReport(t, lang)), people };
  if (timeline.cycles)
    report.patterns = timeline.cycles.map((c) => ({
      tab: c.tab,
      range: c.range,
      lines: c.lines.map((p) => personReport(p, c.dated)),
    }));
  return report;
}

function personReport(person: Person, dated: boolean): PersonReport {
  const date = (day: DayNumber): CivilDate | null => (dated ? civilDate(day) : null);
  const shifts: ShiftReport[] = [
    ...person.sequences.map((s) => shiftOf(s, date)),
    ...person.marks.filter((m) => m.type === "work").map((m) => untimedOf(m, date)),
  ].sort(
    (a, b) => (a.date ?? "").localeCompare(b.date ?? "") || (a.start ?? "").localeCompare(b.start ?? ""),
  );
  return {
    name: person.name,
    rows: (person.rows ?? []).map((r) => qualifiedA1(r.tab, r.row, r.col)),
    shifts,
    absences: person.marks
      .filter((m) => m.type === "absence")
      .map((m) => ({
        date: date(m.day),
        code: m.code,
        cell: qualifiedA1(m.cell.tab, m.cell.row, m.cell.col),
      })),
  };
}

function shiftOf(s: Sequence, date: (day: DayNumber) => CivilDate | null): ShiftReport {
  const shift: ShiftReport = {
    date: date(s.day),
    start: hhmm(s.startMinute % 1440),
    end: hhmm(s.endMinute % 1440),
    minutes: s.end - s.start,
    type: s.type,
    cell: qualifiedA1(s.cell.tab, s.cell.row, s.cell.col),
  };
  if (s.code) shift.code = s.code;
  return shift;
}

function untimedOf(m: DayMark, date: (day: DayNumber) => CivilDate | null): ShiftReport {
  return {
    date: date(m.day),
    start: null,
    end: null,
    minutes: null,
    type: "work",
    code: m.code,
    cell: qualifiedA1(m.cell.tab, m.cell.row, m.cell.col),
  };
}

/**
 * The verdict of what was checked: "3 onglets lus, 41 personnes, 1 210 postes, du 01/05 au 31/07", or that nothing
 * was read (never "no problem" about what was not read).
 */
export function readingVerdict(timeline: Timeline, lang: Lang): { read: boolean; text: string } {
  const t = messages(lang).reading.verdict;
  const read = timeline.tabs.filter((tab) => tab.status === "read" || tab.status === "partial");
  if (read.length === 0 || timeline.persons.length === 0) return { read: false, text: t.nothing };
  const shifts = read.reduce((n, tab) => n + tab.shifts, 0);
  const ranges = timeline.plannedRanges;
  const from = ranges[0]?.[0];
  const to = ranges[ranges.length - 1]?.[1];
  const sameYear =
    from !== undefined && to !== undefined && partsFromDay(from).year === partsFromDay(to).year;
  const show = (day: DayNumber): string =>
    sameYear ? formatDayMonth(day, lang) : formatCivilDate(civilDate(day), lang);
  const span = from === undefined || to === undefined ? "" : t.span(show(from), show(to));
  return { read: true, text: t.read(read.length, timeline.persons.length, shifts, span) };
}
