// Test builder: a Timeline from compact specs ("Léa", "2026-11-24", "S" or "14:00-22:00", "Foyer A!F12").
import type { Lang } from "../../../src/core/i18n";
import { makeSequence } from "../../../src/core/planning/sequence";
import type {
  CellRef,
  CodeType,
  DayMark,
  Person,
  Sequence,
  TabReading,
  Timeline,
} from "../../../src/core/planning/types";
import type { RuleContext } from "../../../src/core/rules/types";
import { defaultSettings, type PresetId, type Settings } from "../../../src/core/settings";
import { type DayNumber, dayNumber, partsFromDay, zone } from "../../../src/core/time";

/** The zone of every built timeline. */
export const PARIS = zone("Europe/Paris");

/** A legend-like code: times `HH:MM`, type and unpaid break. */
export interface CodeDef {
  start?: string;
  end?: string;
  type: CodeType;
  breakMinutes?: number;
}

/** The catalogue's codes with its times and no break (so its worked examples add up as written). */
export const CATALOGUE_CODES: Record<string, CodeDef> = {
  M: { start: "07:00", end: "14:00", type: "work" },
  S: { start: "14:00", end: "22:00", type: "work" },
  J: { start: "09:00", end: "17:00", type: "work" },
  N: { start: "21:00", end: "07:00", type: "night" },
  CV: { start: "22:00", end: "07:00", type: "sleep-in" },
  CA: { type: "absence" },
  RTT: { type: "absence" },
  AM: { type: "absence" },
  F: { type: "absence" },
  R: { type: "rest" },
  RH: { type: "rest" },
};

/** One planned cell: a person, a date and what the cell says. */
export interface Entry {
  person: string;
  date: string;
  /** A code (`M`), times (`14:00-22:00`, split with `/`), or a code with times (`M 07:00-14:00`). */
  what: string;
  /** `Tab!A1`, `Tab` alone, or nothing (tab `Planning`, row per person, column per day of month). */
  where?: string;
}

/** Shorthand for an entry. */
export function at(person: string, date: string, what: string, where?: string): Entry {
  return where === undefined ? { person, date, what } : { person, date, what, where };
}

/** Options of `buildTimeline`. */
export interface BuildOptions {
  codes?: Record<string, CodeDef>;
  /** Planned date ranges (inclusive); default: the first to the last date of the entries. */
  ranges?: Array<[string, string]>;
}

const minutesOf = (hhmm: string): number => {
  const match = /^(\d{1,2}):(\d{2})$/.exec(hhmm.trim());
  if (!match) throw new Error(`bad time ${hhmm}`);
  return Number(match[1]) * 60 + Number(match[2]);
};

const TIMES = /^\d{1,2}:\d{2}\s*[-–]\s*\d{1,2}:\d{2}(\s*\/\s*\d{1,2}:\d{2}\s*[-–]\s*\d{1,2}:\d{2})*$/;

function parseTimes(text: string): Array<[number, number]> {
  return text.split("/").map((part) => {
    const [a, b] = part.split(/[-–]/).map((t) => minutesOf(t));
    return [a as number, b as number];
  });
}

function parseA1(ref: string): { row: number; col: number } {
  const match = /^([A-Z]+)(\d+)$/.exec(ref);
  if (!match) throw new Error(`bad A1 ${ref}`);
  let col = 0;
  for (const ch of match[1] as string) col = col * 26 + (ch.charCodeAt(0) - 64);
  return { row: Number(match[2]) - 1, col: col - 1 };
}

/** The person key the reader would give: trimmed, lower-case, accents dropped. */
export function keyOf(name: string): string {
  return name
    .trim()
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase();
}

/** Builds a Timeline in Europe/Paris from entries, with cell provenance and planned ranges. */
export function buildTimeline(entries: readonly Entry[], options: BuildOptions = {}): Timeline {
  const codes = options.codes ?? CATALOGUE_CODES;
  const persons = new Map<string, Person>();
  const rowOf = new Map<string, number>();
  const tabs = new Map<string, TabReading>();
  let minDay = Number.POSITIVE_INFINITY;
  let maxDay = Number.NEGATIVE_INFINITY;
  for (const entry of entries) {
    const key = keyOf(entry.person);
    let person = persons.get(key);
    if (!person) {
      person = { key, name: entry.person.trim(), sequences: [], marks: [] };
      persons.set(key, person);
      rowOf.set(key, rowOf.size + 1);
    }
    const day = dayNumber(entry.date);
    minDay = Math.min(minDay, day);
    maxDay = Math.max(maxDay, day);
    const cell = cellOf(entry, day, rowOf.get(key) as number);
    const tab: TabReading = tabs.get(cell.tab) ?? {
      name: cell.tab,
      status: "read",
      layout: "grid-people-days",
      how: [],
      people: 0,
      shifts: 0,
      absences: 0,
      notUnderstood: 0,
    };
    tab.firstDay = Math.min(tab.firstDay ?? day, day);
    tab.lastDay = Math.max(tab.lastDay ?? day, day);
    tabs.set(cell.tab, tab);
    const what = entry.what.trim();
    if (TIMES.test(what)) {
      for (const [start, end] of parseTimes(what))
        person.sequences.push(seq(person, day, start, end, "work", 0, null, cell));
      continue;
    }
    const [codeText = "", times] = what.split(/\s+(.+)/);
    const def = codes[codeText];
    if (!def) throw new Error(`unknown code ${codeText}`);
    if (def.type === "absence" || def.type === "rest") {
      const mark: DayMark = {
        personKey: key,
        day,
        type: def.type,
        code: codeText,
        cell,
        name: entry.person.trim(),
      };
      person.marks.push(mark);
      continue;
    }
    const ranges: Array<[number, number]> = times
      ? parseTimes(times)
      : [[minutesOf(def.start ?? ""), minutesOf(def.end ?? "")]];
    for (const [start, end] of ranges) {
      person.sequences.push(seq(person, day, start, end, def.type, def.breakMinutes ?? 0, codeText, cell));
    }
  }
  for (const person of persons.values()) {
    person.sequences.sort((a, b) => a.start - b.start);
    person.marks.sort((a, b) => a.day - b.day);
  }
  const plannedRanges: Array<[DayNumber, DayNumber]> = options.ranges
    ? options.ranges.map(([a, b]) => [dayNumber(a), dayNumber(b)])
    : entries.length > 0
      ? [[minDay, maxDay]]
      : [];
  return {
    zone: PARIS,
    undatedPersons: [],
    persons: [...persons.values()].sort((a, b) => (a.key < b.key ? -1 : 1)),
    tabs: [...tabs.values()],
    ignoredTabs: [],
    plannedRanges: plannedRanges.sort((a, b) => a[0] - b[0]),
    readingFindings: [],
  };
}

function seq(
  person: Person,
  day: DayNumber,
  startMinute: number,
  endMinute: number,
  type: Sequence["type"],
  breakMinutes: number,
  code: string | null,
  cell: CellRef,
): Sequence {
  return makeSequence(
    { personKey: person.key, name: person.name, day, startMinute, endMinute, type, breakMinutes, code, cell },
    PARIS,
  );
}

function cellOf(entry: Entry, day: DayNumber, personRow: number): CellRef {
  const defaultCell = { row: personRow, col: partsFromDay(day).day };
  if (entry.where === undefined) return { tab: "Planning", ...defaultCell };
  const bang = entry.where.lastIndexOf("!");
  if (bang < 0) return { tab: entry.where, ...defaultCell };
  return { tab: entry.where.slice(0, bang), ...parseA1(entry.where.slice(bang + 1)) };
}

/** A rule context for a timeline under a preset (default Code du travail, French). */
export function contextOf(
  timeline: Timeline,
  preset: PresetId = "code-du-travail",
  lang: Lang = "fr",
  adjust?: (settings: Settings) => void,
): RuleContext {
  const settings = defaultSettings(preset);
  adjust?.(settings);
  return { timeline, settings, staff: [], lang };
}
