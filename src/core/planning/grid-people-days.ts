// Reads a people × days grid: a header row of days, one row per person (name, optional role), one column per day.

import { foldText } from "../text";
import { type CellValue, cellText, type TabSnapshot } from "../workbook";
import { type Collector, displayOf, type RowRecord } from "./collect";
import { classifyDayCell, type DayCell, resolveDays, tabMonthYear } from "./day-header";
import { hasLetter } from "./fold";
import {
  isNotesStart,
  isPersonName,
  type LayoutOutcome,
  oddPersonName,
  sameValue,
  showsPlanning,
} from "./layout-common";

/** Rows searched for the day header. */
const HEADER_SCAN_ROWS = 40;
/** Day cells a header needs (a week without its weekend still has five). */
export const MIN_DAY_CELLS = 5;
/** Rows sampled to find the name and role columns. */
const SAMPLE_ROWS = 200;

const NAME_HEADERS = new Set([
  "nom",
  "noms",
  "name",
  "names",
  "nom prenom",
  "nom et prenom",
  "prenom nom",
  "nom - prenom",
  "agent",
  "agents",
  "salarie",
  "salaries",
  "employe",
  "employes",
  "employee",
  "employees",
  "personnel",
  "staff",
  "intervenant",
  "intervenants",
  "professionnel",
  "professionnels",
  "collaborateur",
  "equipe",
  "team",
]);

const ROLE_HEADERS = new Set([
  "fonction",
  "fonctions",
  "poste",
  "qualification",
  "qualif",
  "qualifications",
  "role",
  "grade",
  "metier",
  "job",
  "job title",
  "position",
  "emploi",
  "statut",
  "title",
  "categorie",
]);

/** The first row of the tab holding at least `MIN_DAY_CELLS` day cells, with those cells. */
export function findDayHeaderRow(
  values: readonly (readonly CellValue[])[],
  collector: Collector,
): { row: number; cols: number[]; cells: DayCell[] } | null {
  const last = Math.min(values.length, HEADER_SCAN_ROWS);
  for (let r = 0; r < last; r++) {
    const row = values[r] ?? [];
    const cols: number[] = [];
    const cells: DayCell[] = [];
    for (let c = 0; c < row.length; c++) {
      const cell = classifyDayCell(row[c] ?? null, collector.dates);
      if (cell) {
        cols.push(c);
        cells.push(cell);
      }
    }
    if (cells.length >= MIN_DAY_CELLS) return { row: r, cols, cells };
  }
  return null;
}

/** Picks the name and role columns among the columns left of the days. */
function nameAndRoleColumns(
  values: readonly (readonly CellValue[])[],
  headerRow: number,
  firstDayCol: number,
  collector: Collector,
): { nameCol: number; roleCol?: number } | null {
  const header = values[headerRow] ?? [];
  let nameCol: number | undefined;
  let roleCol: number | undefined;
  for (let c = 0; c < firstDayCol; c++) {
    const label = foldText(cellText(header[c] ?? null));
    if (nameCol === undefined && NAME_HEADERS.has(label)) nameCol = c;
    else if (roleCol === undefined && ROLE_HEADERS.has(label)) roleCol = c;
  }
  // Text columns left of the days: how many rows hold a name-like text, and how many distinct ones.
  const counts: number[] = [];
  const distinct: Set<string>[] = [];
  const end = Math.min(values.length, headerRow + 1 + SAMPLE_ROWS);
  for (let c = 0; c < firstDayCol; c++) {
    counts.push(0);
    distinct.push(new Set());
  }
  for (let r = headerRow + 1; r < end; r++) {
    const row = values[r] ?? [];
    for (let c = 0; c < firstDayCol; c++) {
      const text = cellText(row[c] ?? null);
      if (typeof row[c] === "string" && hasLetter(text) && isPersonName(text, collector.legend)) {
        counts[c] = (counts[c] as number) + 1;
        (distinct[c] as Set<string>).add(foldText(text));
      }
    }
  }
  if (nameCol === undefined) {
    let best = -1;
    for (let c = 0; c < firstDayCol; c++) {
      if (c === roleCol || (counts[c] as number) === 0) continue;
      if (best < 0 || (distinct[c] as Set<string>).size > (distinct[best] as Set<string>).size) best = c;
    }
    if (best < 0) return null;
    nameCol = best;
  }
  if (roleCol === undefined) {
    const named = counts[nameCol] as number;
    for (const c of [nameCol + 1, nameCol - 1]) {
      if (c >= 0 && c < firstDayCol && (counts[c] as number) * 2 >= named && named > 0) {
        roleCol = c;
        break;
      }
    }
  }
  return roleCol === undefined ? { nameCol } : { nameCol, roleCol };
}

/** Reads a tab as a people × days grid; `none` when it has no day header row or no name column. */
export function readPeopleDaysGrid(tab: TabSnapshot, collector: Collector): LayoutOutcome {
  const values = tab.values;
  const header = findDayHeaderRow(values, collector);
  if (!header) return { kind: "none" };
  const firstDayCol = header.cols[0] as number;
  const columns = nameAndRoleColumns(values, header.row, firstDayCol, collector);
  if (!columns) return { kind: "none" };
  const { nameCol, roleCol } = columns;

  const context = tabMonthYear(tab.name, values, header.row, collector.dates);
  const resolution = resolveDays(header.cells, context);
  if (!resolution.ok) {
    if (!looksPlanned(values, header.row, header.cols, nameCol, collector)) return { kind: "none" };
    const col = header.cols[resolution.index] as number;
    return {
      kind: "bad-layout",
      problem: resolution.problem,
      row: header.row,
      col,
      text: displayOf(values[header.row]?.[col] ?? null, collector.dates, true),
    };
  }
  const days = resolution.days;
  const dayCols = header.cols;
  const headerValues = values[header.row] ?? [];

  const records: RowRecord[] = [];
  let recognized = 0;
  // Odd names (staff numbers, `=Léa`) are people only inside the person block: right under the header or after
  // another person's row. After a label row ("Cycle", a legend title…) numbered rows are a template, not staff.
  let inPersonBlock = true;
  for (let r = header.row + 1; r < values.length; r++) {
    const row = values[r];
    if (!row) continue;
    let name = cellText(row[nameCol] ?? null);
    if (name === "") continue;
    if (isNotesStart(name)) break;
    if (typeof row[nameCol] !== "string" || !isPersonName(name, collector.legend)) {
      // A staff number or an odd text (`12`, `=Léa`) with shifts in its day cells is still a person's row.
      const odd = inPersonBlock
        ? oddPersonName(row[nameCol], dayValuesOf(row, dayCols), collector.legend, collector.parse)
        : null;
      if (odd === null) {
        inPersonBlock = false;
        continue;
      }
      name = odd;
    }
    if (isRepeatedHeader(row, headerValues, dayCols)) continue;
    let filled = false;
    for (const c of dayCols) {
      const v = row[c];
      if (v !== null && v !== undefined && v !== "" && v !== false) {
        filled = true;
        break;
      }
    }
    if (!filled) {
      inPersonBlock = false;
      continue;
    }
    inPersonBlock = true;
    const role = roleCol === undefined ? undefined : cellText(row[roleCol] ?? null) || undefined;
    const record = collector.record(tab.name, name, r, nameCol, false, role);
    const before = record.sequences.length + record.marks.length;
    for (let i = 0; i < dayCols.length; i++) {
      const c = dayCols[i] as number;
      collector.cell(record, days[i] as number, r, c, row[c] ?? null);
    }
    recognized += record.sequences.length + record.marks.length - before;
    records.push(record);
  }
  return {
    kind: "read",
    layout: "grid-people-days",
    records,
    firstDay: days[0] as number,
    lastDay: days[days.length - 1] as number,
    recognized,
    dayHeaderCells: new Map(days.map((day, i) => [day, { row: header.row, col: dayCols[i] as number }])),
  };
}

/** The values of a row's day cells. */
function* dayValuesOf(
  row: readonly CellValue[],
  dayCols: readonly number[],
): Generator<CellValue | undefined> {
  for (const c of dayCols) yield row[c];
}

/** True when a row repeats the header's day cells (a second block's header under a section label). */
function isRepeatedHeader(
  row: readonly CellValue[],
  header: readonly CellValue[],
  dayCols: readonly number[],
): boolean {
  let same = 0;
  let filled = 0;
  for (const c of dayCols) {
    const v = row[c] ?? null;
    if (v === null || v === "") continue;
    filled++;
    if (sameValue(v, header[c] ?? null)) same++;
    else if (filled - same > filled / 5 + 1) return false;
  }
  return filled >= 3 && same * 5 >= filled * 4;
}

/** True when some person row below the header holds a legend code or times: the tab is meant as a planning. */
function looksPlanned(
  values: readonly (readonly CellValue[])[],
  headerRow: number,
  dayCols: readonly number[],
  nameCol: number,
  collector: Collector,
): boolean {
  for (let r = headerRow + 1; r < values.length; r++) {
    const row = values[r] ?? [];
    const name = cellText(row[nameCol] ?? null);
    if (!isPersonName(name, collector.legend)) continue;
    for (const c of dayCols) {
      const v = row[c];
      if (typeof v !== "string") continue;
      const parsed = collector.parse(v);
      if (parsed.kind !== "empty" && showsPlanning(parsed, v)) return true;
    }
  }
  return false;
}
