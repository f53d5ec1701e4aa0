// Checks a vacancy request against the planning: the shift (code or times), the date, the tab and the absent person.
import { messages } from "../i18n";
import { formatCivilDate } from "../i18n/format";
import { parseCell } from "../planning/cell";
import type { LegendCode, Person, TabReading, Timeline, WorkType } from "../planning/types";
import { coversDays } from "../rules/working-days";
import { wordsKey } from "../tabs/staff-tab";
import { foldText } from "../text";
import { civilDate, type DayNumber, dayNumber, hhmm, isCivilDate } from "../time";
import { codesByLabel } from "./shift-label";
import type { ReplacementInput, ResolvedVacancy, VacancyPart, VacancyRequest } from "./types";

const DAY = 1440;

/** Why a vacancy request cannot be answered. */
export type ReplacementErrorKind =
  | "bad-date"
  | "unknown-shift"
  | "not-work"
  | "unknown-tab"
  | "date-outside"
  | "unknown-person";

/** A vacancy request the planning cannot answer; the message is in the workbook's language. */
export class ReplacementError extends Error {
  constructor(
    readonly kind: ReplacementErrorKind,
    message: string,
  ) {
    super(message);
    this.name = "ReplacementError";
  }
}

/** `14:00–22:00`, parts of a split shift joined by ` / `. */
export function partsLabel(parts: readonly VacancyPart[]): string {
  return parts.map((p) => `${hhmm(p.startMinute % DAY)}–${hhmm(p.endMinute % DAY)}`).join(" / ");
}

/** The person of the timeline with this name (word order, case and accents do not matter), or undefined. */
export function findPerson(timeline: Timeline, name: string): Person | undefined {
  const key = wordsKey(name);
  return timeline.persons.find((p) => wordsKey(p.name) === key);
}

/** The planning tab with this name (exact, else case- and accent-insensitive), read or not. */
function findTab(timeline: Timeline, name: string): TabReading | undefined {
  const exact = timeline.tabs.find((t) => t.name === name && t.layout !== null);
  if (exact) return exact;
  const folded = foldText(name);
  return timeline.tabs.find((t) => t.layout !== null && foldText(t.name) === folded);
}

function covers(tab: TabReading, day: DayNumber): boolean {
  return tab.firstDay !== undefined && tab.lastDay !== undefined && tab.firstDay <= day && day <= tab.lastDay;
}

/** A shift read from the request: its parts, type, code, break, and the text to write (the code for a code). */
interface ReadShift {
  parts: VacancyPart[];
  type: WorkType;
  code: string | null;
  breakMinutes: number;
  text: string;
}

/** The shift of a legend code; throws `ReplacementError` for an absence or rest code. */
function codeShift(input: ReplacementInput, code: LegendCode, asked: string): ReadShift {
  const e = messages(input.lang).replacement.errors;
  if (code.type === "absence" || code.type === "rest" || code.start === undefined || code.end === undefined)
    throw new ReplacementError("not-work", e.notWork(asked));
  const end = code.end <= code.start ? code.end + DAY : code.end;
  return {
    parts: [{ startMinute: code.start, endMinute: end }],
    type: code.type,
    code: code.code,
    breakMinutes: code.breakMinutes,
    text: code.code,
  };
}

/**
 * The shift from a legend code (`S`), its label (`soir`, `Nuit` for `Nuit (veille active)`) or times (`14h-22h`);
 * throws `ReplacementError` otherwise (an unknown text, an ambiguous label, an absence or rest code).
 */
function readShift(input: ReplacementInput, shift: string): ReadShift {
  const e = messages(input.lang).replacement.errors;
  const parsed = parseCell(shift, input.legend);
  if (parsed.kind === "code") return codeShift(input, parsed.code, shift);
  if (parsed.kind === "times") {
    const work =
      parsed.code && parsed.code.type !== "absence" && parsed.code.type !== "rest" ? parsed.code : null;
    return {
      parts: parsed.ranges.map((r) => ({ startMinute: r.start, endMinute: r.end })),
      type: work ? (work.type as WorkType) : "work",
      code: work ? work.code : null,
      breakMinutes: 0,
      text: shift,
    };
  }
  if (parsed.kind === "unknown" && parsed.code) throw new ReplacementError("not-work", e.notWork(shift));
  const labelled = codesByLabel(input.legend, shift);
  const only = labelled[0];
  if (only && labelled.length === 1) return codeShift(input, only, shift);
  if (labelled.length > 1)
    throw new ReplacementError(
      "unknown-shift",
      e.ambiguousShift(shift, labelled.map((c) => c.code).join(", ")),
    );
  throw new ReplacementError("unknown-shift", e.unknownShift(shift));
}

/** The tab of the vacancy: the one asked for, else the absent person's that day, else the first grid covering it. */
function vacancyTab(
  input: ReplacementInput,
  request: VacancyRequest,
  day: DayNumber,
  absent: Person | undefined,
): string | null {
  const e = messages(input.lang).replacement.errors;
  const timeline = input.timeline;
  const dateText = formatCivilDate(request.date, input.lang);
  if (request.tab !== undefined && request.tab.trim() !== "") {
    const tab = findTab(timeline, request.tab.trim());
    if (!tab) {
      const names = timeline.tabs.filter((t) => t.layout !== null).map((t) => t.name);
      throw new ReplacementError("unknown-tab", e.unknownTab(request.tab.trim(), names.join(", ")));
    }
    if (!covers(tab, day)) throw new ReplacementError("date-outside", e.dateOutsideTab(dateText, tab.name));
    return tab.name;
  }
  if (!coversDays(timeline.plannedRanges, day, day))
    throw new ReplacementError("date-outside", e.dateOutside(dateText));
  const own = absent?.sequences.find((s) => s.day === day) ?? absent?.marks.find((m) => m.day === day);
  if (own) return own.cell.tab;
  const grid = timeline.tabs.find((t) => t.layout !== null && t.layout !== "shift-list" && covers(t, day));
  const any = grid ?? timeline.tabs.find((t) => t.layout !== null && covers(t, day));
  return any ? any.name : null;
}

/** Checks a vacancy request against the planning; throws `ReplacementError` with a message in the workbook's language. */
export function resolveVacancy(input: ReplacementInput, request: VacancyRequest): ResolvedVacancy {
  const e = messages(input.lang).replacement.errors;
  if (!isCivilDate(request.date)) throw new ReplacementError("bad-date", e.badDate(request.date));
  const day = dayNumber(request.date);
  const read = readShift(input, request.shift.trim());
  let absent: Person | undefined;
  if (request.absent !== undefined && request.absent.trim() !== "") {
    absent = findPerson(input.timeline, request.absent);
    if (!absent) throw new ReplacementError("unknown-person", e.unknownPerson(request.absent.trim()));
  }
  const tab = vacancyTab(input, request, day, absent);
  const qualification = request.qualification?.trim() ?? "";
  return {
    date: request.date,
    day,
    shift: read.text,
    code: read.code,
    type: read.type,
    breakMinutes: read.breakMinutes,
    parts: read.parts,
    times: partsLabel(read.parts),
    tab,
    qualification: qualification === "" ? null : qualification,
    absent: absent ? absent.name : null,
    absentKey: absent ? absent.key : null,
  };
}

/**
 * The vacancy of a planning cell (the sidebar's selected cell): the person whose shift it holds is the absent one,
 * the shift is its code (or times) and the date its day. Null when the cell holds no work shift.
 */
export function vacancyFromCell(
  timeline: Timeline,
  cell: { tab: string; row: number; col: number },
): VacancyRequest | null {
  for (const person of timeline.persons) {
    const here = person.sequences.filter(
      (s) => s.cell.tab === cell.tab && s.cell.row === cell.row && s.cell.col === cell.col,
    );
    const first = here[0];
    if (!first) continue;
    const shift =
      here.length === 1 && first.code !== null
        ? first.code
        : here.map((s) => `${clockText(s.startMinute)}-${clockText(s.endMinute)}`).join(" / ");
    return { date: civilDate(first.day), shift, tab: cell.tab, absent: person.name };
  }
  return null;
}

/** A wall-clock minute as a planner writes it: `7h`, `7h30`, `21h` (past midnight wraps). */
export function clockText(minute: number): string {
  const m = ((minute % DAY) + DAY) % DAY;
  const h = Math.floor(m / 60);
  const rest = m % 60;
  return rest === 0 ? `${h}h` : `${h}h${rest < 10 ? `0${rest}` : rest}`;
}
