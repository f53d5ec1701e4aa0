// Reads a shift list: a header row (Date, Nom, Début, Fin, optional Code and Poste) and one row per shift.
import type { DayNumber } from "../time";
import { dayFromParts } from "../time";
import { type CellValue, cellText, type TabSnapshot } from "../workbook";
import { monthYearOf } from "./calendar-words";
import { MINUTES_PER_DAY, timeOfCell } from "./clock";
import type { Collector, RowRecord } from "./collect";
import { dayOfSerial, parseDayText } from "./dates";
import { foldText } from "../text";
import type { LayoutOutcome } from "./layout-common";

/** Rows searched for the list header. */
const HEADER_SCAN_ROWS = 10;

type Field = "date" | "name" | "firstName" | "start" | "end" | "code" | "unit";

const FIELD_HEADERS: Record<Field, readonly string[]> = {
  date: ["date", "jour", "day", "date du poste", "date de travail"],
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

/** The list header: its row and the column of each field found. */
function findListHeader(
  values: readonly (readonly CellValue[])[],
): { row: number; cols: Map<Field, number> } | null {
  const last = Math.min(values.length, HEADER_SCAN_ROWS);
  for (let r = 0; r < last; r++) {
    const cols = new Map<Field, number>();
    (values[r] ?? []).forEach((v, c) => {
      if (typeof v !== "string") return;
      const field = FIELD_OF_HEADER.get(foldText(v));
      if (field && !cols.has(field)) cols.set(field, c);
    });
    const hasTimes = cols.has("start") && cols.has("end");
    if (cols.has("date") && (cols.has("name") || cols.has("firstName")) && (hasTimes || cols.has("code"))) {
      return { row: r, cols };
    }
  }
  return null;
}

/** Reads a tab as a shift list; `none` when it has no list header. */
export function readShiftList(tab: TabSnapshot, collector: Collector): LayoutOutcome {
  const values = tab.values;
  const header = findListHeader(values);
  if (!header) return { kind: "none" };
  const { cols } = header;
  const context = monthYearOf(tab.name);
  const records = new Map<string, RowRecord>();
  let firstDay = Number.POSITIVE_INFINITY;
  let lastDay = Number.NEGATIVE_INFINITY;
  let recognized = 0;

  const colOf = (field: Field): number | undefined => cols.get(field);
  for (let r = header.row + 1; r < values.length; r++) {
    const row = values[r];
    if (!row) continue;
    const at = (field: Field): CellValue => {
      const c = colOf(field);
      return c === undefined ? null : (row[c] ?? null);
    };
    const last = cellText(at("name"));
    const first = cellText(at("firstName"));
    const name = last && first ? `${last} ${first}` : last || first;
    if (name === "") continue;
    const startValue = at("start");
    const endValue = at("end");
    const codeValue = at("code");
    const dateValue = at("date");
    const blank = (v: CellValue): boolean => v === null || (typeof v === "string" && v.trim() === "");
    if (blank(startValue) && blank(endValue) && blank(codeValue) && blank(dateValue)) continue;

    let record = records.get(name);
    if (!record) {
      const nameCol = (colOf("name") ?? colOf("firstName")) as number;
      record = collector.record(tab.name, name, r, nameCol, true);
      records.set(name, record);
    }
    const before = record.sequences.length + record.marks.length;
    const dateCol = colOf("date") as number;
    const day = dayOfValue(dateValue, context.year, collector);
    if (day === undefined) {
      collector.badTime(record, null, r, dateCol, cellText(dateValue) || String(dateValue ?? ""), "date");
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
      const shown = `${cellText(startValue) || String(startValue ?? "")} – ${cellText(endValue) || String(endValue ?? "")}`;
      if (start === null) collector.badTime(record, day, r, startCol, shown, "missingStart");
      else if (end === null) collector.badTime(record, day, r, endCol, shown, "missingEnd");
      else if (start === undefined || start >= MINUTES_PER_DAY)
        collector.badTime(record, day, r, startCol, shown, "hour");
      else if (end === undefined) collector.badTime(record, day, r, endCol, shown, "hour");
      else if (end % MINUTES_PER_DAY === start) collector.badTime(record, day, r, endCol, shown, "same");
      else {
        const legendCode = code?.kind === "code" ? code.code : code?.kind === "times" ? code.code : null;
        const endMinutes = end > start ? end : (end % MINUTES_PER_DAY) + MINUTES_PER_DAY;
        collector.times(record, day, r, startCol, [{ start, end: endMinutes }], legendCode);
      }
    }
    recognized += record.sequences.length + record.marks.length - before;
  }
  if (!Number.isFinite(firstDay)) return { kind: "none" };
  return {
    kind: "read",
    layout: "shift-list",
    records: [...records.values()],
    firstDay,
    lastDay,
    recognized,
  };
}

/** The civil day of a list's date cell: a Date, a serial number, or text (`24/11/2026`, `2026-11-24`, `24/11`). */
function dayOfValue(
  value: CellValue,
  contextYear: number | undefined,
  collector: Collector,
): DayNumber | undefined {
  if (value instanceof Date) {
    const p = collector.dates.wall(value);
    return Number.isNaN(p.year) || p.year < 1900 ? undefined : dayFromParts(p.year, p.month, p.day);
  }
  if (typeof value === "number")
    return value > 366 && Number.isFinite(value) ? dayOfSerial(value) : undefined;
  if (typeof value !== "string") return undefined;
  const text = parseDayText(foldText(value));
  if (!text || text.month === undefined) return undefined;
  const year = text.year ?? contextYear;
  return year === undefined ? undefined : dayFromParts(year, text.month, text.day);
}
