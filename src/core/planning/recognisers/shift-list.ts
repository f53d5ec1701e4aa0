// Reads a shift list: a header row (Date, Nom, Début, Fin, optional Code and Poste) and one row per shift; the date
// may be a weekday with a week number (`S41 | LUNDI`), the year then from the tab, a title or the workbook.

import { foldText } from "../../text";
import type { DayNumber } from "../../time";
import { dayFromParts, partsFromDay } from "../../time";
import { type CellValue, cellText } from "../../workbook";
import { type WeekLabel, weekLabelOf, weekStart } from "../axis/month-context";
import { isPlausibleYear, monthYearOf, weekdayMask } from "../calendar-words";
import { MINUTES_PER_DAY, timeOfCell } from "../clock";
import { type Collector, displayOf, type RowRecord } from "../collect";
import { dayOfSerial, improbableDays, parseDayText } from "../dates";
import { cleanName } from "../identity";
import type { HowPart, MonthSource } from "../types";
import { provisionalWeekStart, weekdayFrom } from "./day-header";
import type { LayoutOutcome, ReadingCounts, Recogniser, TabInput } from "./types";

/** Rows searched for the list header. */
const HEADER_SCAN_ROWS = 10;

/** What a column of a list (or a day's sub-column) holds, as its header names it. */
export type ListField = "date" | "week" | "name" | "firstName" | "start" | "end" | "code" | "unit";
type Field = ListField;

const FIELD_HEADERS: Record<Field, readonly string[]> = {
  date: [
    "date",
    "jour",
    "day",
    "date du poste",
    "date de travail",
    "jour de la semaine",
    "weekday",
    "day of week",
    "day of the week",
  ],
  week: [
    "semaine",
    "sem",
    "sem.",
    "n semaine",
    "no semaine",
    "n de semaine",
    "num semaine",
    "numero de semaine",
    "week",
    "wk",
    "week no",
    "week number",
    "week no.",
    "semaine du",
    "week commencing",
    "week beginning",
    "week starting",
    "week of",
    "w/c",
    "wc",
    "n° semaine",
    "n°semaine",
    "no. semaine",
  ],
  name: [
    "nom",
    "name",
    "nom prenom",
    "nom et prenom",
    "prenom nom",
    "nom complet",
    "full name",
    "salarie",
    "salariee",
    "employe",
    "employee",
    "agent",
    "personne",
    "person",
    "intervenant",
    "intervenante",
    "professionnel",
    "collaborateur",
    "staff",
    "last name",
    "surname",
  ],
  firstName: ["prenom", "first name", "given name"],
  start: [
    "debut",
    "start",
    "heure de debut",
    "heure debut",
    "h debut",
    "de",
    "from",
    "arrivee",
    "begin",
    "start time",
  ],
  end: ["fin", "end", "heure de fin", "heure fin", "h fin", "a", "to", "depart", "finish", "end time"],
  code: ["code", "horaire", "horaires", "shift", "code horaire", "poste horaire"],
  unit: ["poste", "unite", "service", "unit", "post", "lieu", "site", "ward", "position"],
};

const FIELD_OF_HEADER = new Map<string, Field>();
for (const field of Object.keys(FIELD_HEADERS) as Field[]) {
  for (const header of FIELD_HEADERS[field]) FIELD_OF_HEADER.set(header, field);
}

/** The field a column header names (`Début`, `Start`, `Heure de fin`, `Code`…), if any. */
export function listFieldOf(header: string): ListField | undefined {
  return fieldOfHeader(foldText(header));
}

/**
 * The field a folded header names: one of the known headers, or a name column qualified by a role (`Nom vendeur`,
 * `Nom de l'agent`, `Employee name`).
 */
function fieldOfHeader(folded: string): Field | undefined {
  const field = FIELD_OF_HEADER.get(folded);
  if (field) return field;
  if (/^(?:nom|name)\b/.test(folded) && !folded.includes("prenom")) return "name";
  if (/\bname$/.test(folded) && !/\b(?:first|given|shift|post|site|unit)\b/.test(folded)) return "name";
  return undefined;
}

/** The list header: its row and the column of each field found. */
function findListHeader(
  values: readonly (readonly CellValue[])[],
): { row: number; cols: Map<Field, number> } | null {
  const last = Math.min(values.length, HEADER_SCAN_ROWS);
  for (let r = 0; r < last; r++) {
    const cols = new Map<Field, number>();
    (values[r] ?? []).forEach((v, c) => {
      if (typeof v !== "string") return;
      const field = fieldOfHeader(foldText(v));
      if (field && !cols.has(field)) cols.set(field, c);
    });
    const hasTimes = cols.has("start") && cols.has("end");
    if (cols.has("date") && (cols.has("name") || cols.has("firstName")) && (hasTimes || cols.has("code"))) {
      return { row: r, cols };
    }
  }
  return null;
}

/** One list row worth reading: its cells by field and the day its date cell names (undefined when unreadable). */
interface ListRow {
  r: number;
  name: string;
  at: (field: Field) => CellValue;
  day: DayNumber | undefined;
}

const blank = (v: CellValue): boolean => v === null || (typeof v === "string" && v.trim() === "");

/** The rows below the header that name a person and hold a date, a time or a code, each with its day. */
function listRows(
  values: readonly (readonly CellValue[])[],
  headerRow: number,
  cols: Map<Field, number>,
  dayOf: (at: (field: Field) => CellValue, section: string) => DayNumber | undefined,
): ListRow[] {
  const rows: ListRow[] = [];
  // A row naming a week and nothing else (`Semaine 42` between the weeks' rows) gives the week of the rows below.
  let section = "";
  for (let r = headerRow + 1; r < values.length; r++) {
    const row = values[r];
    if (!row) continue;
    const at = (field: Field): CellValue => {
      const c = cols.get(field);
      return c === undefined ? null : (row[c] ?? null);
    };
    const empty = blank(at("start")) && blank(at("end")) && blank(at("code")) && blank(at("date"));
    if (empty) {
      const label = sectionWeek(row);
      if (label !== undefined) section = label;
      continue;
    }
    const last = cellText(at("name"));
    const first = cellText(at("firstName"));
    const name = cleanName(last && first ? `${last} ${first}` : last || first);
    if (name === "") continue;
    rows.push({ r, name, at, day: dayOf(at, section) });
  }
  // A date far from the tab's other dates (`03/11/2062` among November 2026) is a typo, not a planned day.
  const known = rows.filter((row) => row.day !== undefined);
  const improbable = improbableDays(known.map((row) => row.day as DayNumber));
  known.forEach((row, i) => {
    if (improbable[i]) row.day = undefined;
  });
  return rows;
}

/** The week label a row holds in its first filled cell (`Semaine 42`, `S42`, `Semaine du 13 au 19 octobre`). */
function sectionWeek(row: readonly CellValue[]): string | undefined {
  const first = row.find((v) => !blank(v ?? null));
  return typeof first === "string" && first.length <= 80 && weekLabelOf(first) ? first : undefined;
}

/** Shift lists: one row per shift under a Date | Nom | Début | Fin (| Code | Poste) header. */
export const shiftList: Recogniser = { layout: "shift-list", read: readShiftList };

/** Reads a tab as a shift list; `none` when it has no list header. */
function readShiftList(input: TabInput): LayoutOutcome {
  const { tab, collector } = input;
  const values = tab.values;
  const header = findListHeader(values);
  if (!header) return { kind: "none" };
  const { cols } = header;
  const context = monthYearOf(tab.name);
  const weeks = new WeekDays(input, header.row, context.year);
  const dayOf = (at: (field: Field) => CellValue, section: string): DayNumber | undefined =>
    dayOfValue(at("date"), context.year, collector) ??
    weeks.dayOf(at("date"), blank(at("week")) ? section : at("week"));
  const records = new Map<string, RowRecord>();
  let firstDay = Number.POSITIVE_INFINITY;
  let lastDay = Number.NEGATIVE_INFINITY;
  const counts: ReadingCounts = { work: 0, absence: 0, rest: 0, notUnderstood: 0 };

  const colOf = (field: Field): number | undefined => cols.get(field);
  for (const { r, name, at, day } of listRows(values, header.row, cols, dayOf)) {
    const startValue = at("start");
    const endValue = at("end");
    const codeValue = at("code");
    const dateValue = at("date");

    let record = records.get(name);
    if (!record) {
      const nameCol = (colOf("name") ?? colOf("firstName")) as number;
      record = collector.record(tab.name, name, r, nameCol, true);
      records.set(name, record);
    }
    const sequencesBefore = record.sequences.length;
    const marksBefore = record.marks.length;
    const dateCol = colOf("date") as number;
    if (day === undefined) {
      collector.badTime(record, null, r, dateCol, displayOf(dateValue, collector.dates, true), "date");
      counts.notUnderstood++;
      continue;
    }
    firstDay = Math.min(firstDay, day);
    lastDay = Math.max(lastDay, day);

    const code = typeof codeValue === "string" ? collector.parse(codeValue) : null;
    const codeCol = colOf("code") as number;
    if (blank(startValue) && blank(endValue)) {
      if (code) collector.parsed(record, day, r, codeCol, code, codeValue as string);
      else if (!blank(codeValue)) collector.cell(record, day, r, codeCol, codeValue);
    } else {
      const startCol = colOf("start") as number;
      const endCol = colOf("end") as number;
      const start = timeOfCell(startValue, collector.dates);
      const end = timeOfCell(endValue, collector.dates);
      const shown = `${displayOf(startValue, collector.dates)} – ${displayOf(endValue, collector.dates)}`;
      if (start === null) collector.badTime(record, day, r, startCol, shown, "missingStart");
      else if (end === null) collector.badTime(record, day, r, endCol, shown, "missingEnd");
      else if (start === MINUTES_PER_DAY) collector.badTime(record, day, r, startCol, shown, "startAt24");
      else if (start === undefined || start > MINUTES_PER_DAY)
        collector.badTime(record, day, r, startCol, shown, "hour");
      else if (end === undefined) collector.badTime(record, day, r, endCol, shown, "hour");
      // 24:00 is midnight at the end of the day: 0:00–24:00 is a 24-hour shift, not an empty one.
      else if (end === start) collector.badTime(record, day, r, endCol, shown, "same");
      else {
        const legendCode = code?.kind === "code" ? code.code : code?.kind === "times" ? code.code : null;
        const endMinutes = end > start ? end : end + MINUTES_PER_DAY;
        collector.times(record, day, r, startCol, [{ start, end: endMinutes }], legendCode);
      }
    }
    if (record.sequences.length > sequencesBefore) counts.work++;
    else if (record.marks.length > marksBefore) {
      const type = (record.marks[record.marks.length - 1] as { type: "absence" | "rest" | "work" }).type;
      counts[type]++;
    } else if (blank(startValue) && blank(endValue) && blank(codeValue)) counts.rest++;
    else counts.notUnderstood++;
  }
  if (!Number.isFinite(firstDay)) {
    // A list whose rows name people but whose dates can be read nowhere: not read, its bad dates reported.
    return records.size > 0
      ? {
          kind: "unread",
          layout: "shift-list",
          score: 0.4,
          explained: true,
          reason: { kind: "noYear", cell: { tab: tab.name, row: header.row, col: colOf("date") as number } },
        }
      : { kind: "none" };
  }
  const understood = counts.work + counts.absence + counts.rest;
  const total = understood + counts.notUnderstood;
  const how: HowPart[] = [
    { kind: "listColumns", cols: [...cols.values()].sort((a, b) => a - b) },
    ...weeks.how(firstDay),
  ];
  const weekCol = colOf("week") ?? (colOf("date") as number);
  return {
    kind: "read",
    layout: "shift-list",
    score: 0.6 + (total === 0 ? 0 : (0.4 * understood) / total),
    status: weeks.undated ? "undated" : "read",
    records: [...records.values()],
    counts,
    how,
    firstDay,
    lastDay,
    // Weeks whose year is known nowhere are placed in a provisional year: the year is what to supply.
    ...(weeks.undated
      ? { reason: { kind: "noYear", cell: { tab: tab.name, row: header.row, col: weekCol } } }
      : {}),
  };
}

/**
 * The civil day of a list's date cell: a Date, a serial number, or text (`24/11/2026`, `2026-11-24`, `24/11`);
 * undefined when unreadable or not in a plausible year (1900–2200).
 */
function dayOfValue(
  value: CellValue,
  contextYear: number | undefined,
  collector: Collector,
): DayNumber | undefined {
  if (value instanceof Date) {
    const p = collector.dates.wall(value);
    return isPlausibleYear(p.year) ? dayFromParts(p.year, p.month, p.day) : undefined;
  }
  if (typeof value === "number") return value > 366 ? dayOfSerial(value) : undefined;
  if (typeof value !== "string") return undefined;
  const text = parseDayText(foldText(value));
  if (!text || text.month === undefined) return undefined;
  const year = text.year ?? contextYear;
  return year === undefined || !isPlausibleYear(year) ? undefined : dayFromParts(year, text.month, text.day);
}

/** Rows above a list header searched for a title giving the week or the year (`Planning semaine 41 — 2025`). */
const TITLE_ROWS = 10;

/**
 * Dates list rows that give a weekday and a week (`S41 | LUNDI`, `Semaine 41`, `W41`, `41`, or one week for the
 * whole tab in its name or a title): the week's first day from its number (ISO weeks) or its label
 * (`du 6 au 12 octobre`), the year from the label, the tab name, a title, the setting `année` or the workbook's
 * other dates. Weeks whose year is known nowhere get provisional days (the same week of a leap year) and make
 * the tab undated.
 */
class WeekDays {
  /** True once a row was placed in the provisional year. */
  undated = false;
  private readonly starts = new Map<string, { day: DayNumber; source?: MonthSource } | null>();
  private readonly tabWeek: WeekLabel | null;
  private readonly year: { year: number; source: MonthSource } | undefined;
  private readonly sources = new Set<MonthSource>();

  constructor(
    private readonly input: TabInput,
    headerRow: number,
    tabYear: number | undefined,
  ) {
    const { tab } = input;
    let week = weekLabelOf(tab.name);
    let year: { year: number; source: MonthSource } | undefined =
      tabYear === undefined ? undefined : { year: tabYear, source: "tab-name" };
    for (let r = Math.max(0, headerRow - TITLE_ROWS); r < headerRow; r++) {
      for (const v of tab.values[r] ?? []) {
        if (typeof v !== "string" || v.length > 80) continue;
        week ??= weekLabelOf(v);
        const found = monthYearOf(v).year;
        if (year === undefined && found !== undefined) year = { year: found, source: "title" };
      }
    }
    this.tabWeek = week;
    this.year = year;
  }

  /** The day of a row's weekday cell in its week, or undefined when the cell names no single weekday or no week. */
  dayOf(dayValue: CellValue, weekValue: CellValue): DayNumber | undefined {
    if (typeof dayValue !== "string") return undefined;
    // A weekday alone (`LUNDI`, `lun.`, `Mon`) or with its day number (`jeudi 30`).
    const folded = foldText(dayValue).replace(/\.$/, "");
    const weekday = singleWeekday(weekdayMask(folded) || (parseDayText(folded)?.weekdays ?? 0));
    if (weekday === undefined) return undefined;
    const start = this.weekStartOf(weekValue);
    return start === undefined ? undefined : weekdayFrom(start, weekday);
  }

  /** How the weeks were dated (their numbers or labels), and where their year came from; `firstDay` the first read. */
  how(firstDay: DayNumber): HowPart[] {
    if (this.sources.size === 0) return [];
    const { month, year } = partsFromDay(firstDay);
    const labelled = [...this.sources].some((s) => s !== "dates");
    const parts: HowPart[] = [{ kind: "month", source: labelled ? "week-label" : "dates", month, year }];
    for (const source of this.sources)
      if (source !== "week-label" && source !== "dates") parts.push({ kind: "month", source, year });
    return parts;
  }

  private weekStartOf(weekValue: CellValue): DayNumber | undefined {
    // A week given by its first day (`Semaine du | 06/10/2025`, `W/C | 30/01/2023`).
    if (
      weekValue instanceof Date ||
      (typeof weekValue === "number" && weekValue > 366) ||
      isDateText(weekValue)
    ) {
      const day = dayOfValue(
        weekValue,
        this.year?.year ?? this.input.hints.settingYear,
        this.input.collector,
      );
      if (day !== undefined) this.sources.add("dates");
      return day;
    }
    const text =
      typeof weekValue === "number" && Number.isInteger(weekValue) ? `s${weekValue}` : cellText(weekValue);
    const key = text === "" ? "\u0000tab" : text;
    let start = this.starts.get(key);
    if (start === undefined) {
      const label = key === "\u0000tab" ? this.tabWeek : weekLabelOf(text);
      start = label ? this.startOf(label) : null;
      this.starts.set(key, start);
    }
    if (!start) return undefined;
    if (start.source) this.sources.add(start.source);
    else this.undated = true;
    return start.day;
  }

  private startOf(label: WeekLabel): { day: DayNumber; source?: MonthSource } {
    const known = label.year !== undefined ? label : this.year ? { ...label, year: this.year.year } : label;
    const source = label.year !== undefined ? "week-label" : (this.year?.source ?? "week-label");
    const found = weekStart(known, this.input.hints, source);
    return found ? { day: found.day, source: found.year.source } : { day: provisionalWeekStart(label) };
  }
}

/** True when a text looks like a date (`06/10/2025`, `6.10`, `2025-10-06`), not a week number or label. */
function isDateText(value: CellValue): boolean {
  return typeof value === "string" && /\d\s*[/.-]\s*\d/.test(value) && weekLabelOf(value) === null;
}

/** The weekday (Monday = 0) a mask names when it names exactly one, else undefined (`M`: Monday, mardi, mercredi). */
function singleWeekday(mask: number): number | undefined {
  if (mask === 0 || (mask & (mask - 1)) !== 0) return undefined;
  return 31 - Math.clz32(mask);
}
