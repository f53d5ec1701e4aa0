// Reads every planning tab of a workbook into one timeline per person, with the findings raised while reading.
import type { Finding } from "../findings";
import { compareFindings } from "../findings";
import type { Lang } from "../i18n";
import type { Settings } from "../settings";
import { foldText } from "../text";
import { type DayNumber, type Zone, zone } from "../time";
import { a1, type TabSnapshot, type WorkbookSnapshot } from "../workbook";
import { Collector, type RowRecord } from "./collect";
import { dateReader } from "./dates";
import type { DayProblem } from "./day-header";
import { hasLetter } from "./fold";
import { readDaysPeopleGrid } from "./grid-days-people";
import { readPeopleDaysGrid } from "./grid-people-days";
import type { LayoutOutcome } from "./layout-common";
import { resolvePersonKeys } from "./names";
import { readShiftList } from "./shift-list";
import type { DayMark, Legend, Person, PlanningLayout, Sequence, TabReading, Timeline } from "./types";

/** What `readPlannings` needs besides the snapshot. */
export interface ReadOptions {
  legend: Legend;
  settings: Settings;
  /** Tabs never read as plannings (the add-on's own tabs). */
  skipTabs: ReadonlySet<string>;
  lang: Lang;
}

/** The zone of the settings, falling back to the spreadsheet's, then to Europe/Paris. */
function zoneOf(settings: Settings, snapshot: WorkbookSnapshot): Zone {
  for (const name of [settings.timeZone, snapshot.timeZone, "Europe/Paris"]) {
    try {
      return zone(name);
    } catch {
      // try the next one
    }
  }
  return zone("UTC");
}

/** Tries the three layouts of contract §4 on a tab, the shift list first (its header is the most specific). */
function readTab(tab: TabSnapshot, collector: Collector): LayoutOutcome {
  const list = readShiftList(tab, collector);
  if (list.kind !== "none") return list;
  const grid = readPeopleDaysGrid(tab, collector);
  if (grid.kind !== "none") return grid;
  return readDaysPeopleGrid(tab, collector);
}

/**
 * Reads the planning tabs of a snapshot: every tab not in `skipTabs` (or only those `settings.planningTabs`
 * names), each as a people × days grid, a days × people grid or a shift list. Returns one timeline per person
 * across tabs (sequences sorted by start, absence/rest days by day), the tabs read and ignored, the planned
 * day ranges and the reading findings (`unknown-code`, `bad-time`, `duplicate-person`, `bad-layout`), sorted.
 */
export function readPlannings(snapshot: WorkbookSnapshot, options: ReadOptions): Timeline {
  const { legend, settings, skipTabs, lang } = options;
  const tz = zoneOf(settings, snapshot);
  const collector = new Collector(legend, tz, dateReader(snapshot.dateBasis, snapshot.timeZone), lang);
  const wanted = settings.planningTabs === "auto" ? null : new Set(settings.planningTabs.map(foldText));

  const tabs: TabReading[] = [];
  const ignoredTabs: string[] = [];
  const records: RowRecord[] = [];
  const layouts = new Map<string, PlanningLayout>();
  const ranges: Array<[DayNumber, DayNumber]> = [];

  for (const tab of snapshot.tabs) {
    if (skipTabs.has(tab.name)) continue;
    if (wanted && !wanted.has(foldText(tab.name))) {
      ignoredTabs.push(tab.name);
      continue;
    }
    const findingsBefore = collector.findings.length;
    let outcome = readTab(tab, collector);
    if (
      outcome.kind === "read" &&
      outcome.recognized === 0 &&
      !intentFound(collector.findings, findingsBefore)
    ) {
      collector.findings.length = findingsBefore;
      outcome = { kind: "none" };
    }
    if (outcome.kind === "none" && wanted) {
      outcome = { kind: "bad-layout", problem: "noDays", row: 0, col: 0, text: "" };
    }
    if (outcome.kind === "none") {
      ignoredTabs.push(tab.name);
      continue;
    }
    if (outcome.kind === "bad-layout") {
      collector.findings.push(badLayout(tab, outcome, collector));
      tabs.push({ name: tab.name, layout: null, people: 0, shifts: 0 });
      continue;
    }
    layouts.set(tab.name, outcome.layout);
    records.push(...outcome.records);
    ranges.push([outcome.firstDay, outcome.lastDay]);
    tabs.push({
      name: tab.name,
      layout: outcome.layout,
      firstDay: outcome.firstDay,
      lastDay: outcome.lastDay,
      people: 0,
      shifts: outcome.records.reduce((n, r) => n + r.sequences.length, 0),
      ...(outcome.dayHeaderCells ? { dayHeaderCells: outcome.dayHeaderCells } : {}),
    });
  }

  const keys = resolvePersonKeys(records.map((r) => ({ name: r.name, tab: r.tab })));
  for (const record of records) {
    const key = keys.get(record.key) ?? record.key;
    record.key = key;
    for (const s of record.sequences) s.personKey = key;
    for (const m of record.marks) m.personKey = key;
  }
  for (const reading of tabs) {
    reading.people = new Set(records.filter((r) => r.tab === reading.name).map((r) => r.key)).size;
  }
  collector.findings.push(...duplicates(records, layouts, collector));

  return {
    zone: tz,
    persons: persons(records),
    tabs,
    ignoredTabs,
    plannedRanges: mergeRanges(ranges),
    readingFindings: collector.findings.sort(compareFindings),
  };
}

/** True when a finding raised on a tab shows a planning: an impossible time or an unknown code with letters. */
function intentFound(findings: readonly Finding[], from: number): boolean {
  for (let i = from; i < findings.length; i++) {
    const f = findings[i] as Finding;
    if (f.ruleId === "bad-time" || (f.ruleId === "unknown-code" && hasLetter(String(f.details.text))))
      return true;
  }
  return false;
}

function badLayout(
  tab: TabSnapshot,
  outcome: { problem: DayProblem; row: number; col: number; text: string },
  collector: Collector,
): Finding {
  const reasons = collector.text.badLayoutReasons;
  const cell = a1(outcome.row, outcome.col);
  const reason =
    outcome.problem === "monthUnknown"
      ? reasons.monthUnknown
      : outcome.problem === "noDays"
        ? reasons.noDays
        : outcome.problem === "notADay" || outcome.problem === "improbableDay"
          ? reasons[outcome.problem](outcome.text, cell)
          : reasons[outcome.problem](cell);
  // Rows may be ragged (the xlsx reader stops each row at its last value): a cell exists within the tab's extent.
  const width = tab.values.reduce((w, row) => Math.max(w, row.length), 0);
  const exists = outcome.row < tab.values.length && outcome.col < width;
  return {
    ruleId: "bad-layout",
    severity: "warning",
    person: null,
    date: null,
    tab: tab.name,
    cells: exists ? [cell] : [],
    message: collector.text.badLayout(tab.name, reason),
    details: { problem: outcome.problem },
  };
}

/** `duplicate-person` warnings: one person on several rows (or columns) of one grid. */
function duplicates(
  records: readonly RowRecord[],
  layouts: Map<string, PlanningLayout>,
  collector: Collector,
): Finding[] {
  const groups = new Map<string, RowRecord[]>();
  for (const record of records) {
    if (record.fromList) continue;
    const id = `${record.tab}\u0000${record.key}`;
    const group = groups.get(id);
    if (group) group.push(record);
    else groups.set(id, [record]);
  }
  const findings: Finding[] = [];
  for (const group of groups.values()) {
    if (group.length < 2) continue;
    group.sort((a, b) => a.nameRow - b.nameRow || a.nameCol - b.nameCol);
    const first = group[0] as RowRecord;
    const byColumn = layouts.get(first.tab) === "grid-days-people";
    const where = byColumn
      ? collector.text.columnsWord(group.map((r) => a1(0, r.nameCol).replace(/\d+$/, "")).join(", "))
      : collector.text.rowsWord(group.map((r) => String(r.nameRow + 1)).join(", "));
    findings.push({
      ruleId: "duplicate-person",
      severity: "warning",
      person: first.name,
      date: null,
      tab: first.tab,
      cells: group.map((r) => a1(r.nameRow, r.nameCol)),
      message: collector.text.duplicatePerson(first.name, first.tab, where),
      details: { count: group.length },
    });
  }
  return findings;
}

const compareCells = (a: Sequence | DayMark, b: Sequence | DayMark): number =>
  a.cell.tab < b.cell.tab
    ? -1
    : a.cell.tab > b.cell.tab
      ? 1
      : a.cell.row - b.cell.row || a.cell.col - b.cell.col;

/** One person per key: the name and role as first written, every sequence and mark sorted. */
function persons(records: readonly RowRecord[]): Person[] {
  const byKey = new Map<string, Person>();
  for (const record of records) {
    let person = byKey.get(record.key);
    if (!person) {
      person = { key: record.key, name: record.name, sequences: [], marks: [] };
      byKey.set(record.key, person);
    }
    if (person.role === undefined && record.role) person.role = record.role;
    for (const s of record.sequences) person.sequences.push(s);
    for (const m of record.marks) person.marks.push(m);
  }
  const out = [...byKey.values()].sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
  for (const person of out) {
    person.sequences.sort((a, b) => a.start - b.start || a.end - b.end || compareCells(a, b));
    person.marks.sort((a, b) => a.day - b.day || compareCells(a, b));
  }
  return out;
}

/** Sorted, merged inclusive day ranges (adjacent ranges join). */
export function mergeRanges(ranges: ReadonlyArray<[DayNumber, DayNumber]>): Array<[DayNumber, DayNumber]> {
  const sorted = [...ranges].sort((a, b) => a[0] - b[0] || a[1] - b[1]);
  const out: Array<[DayNumber, DayNumber]> = [];
  for (const [from, to] of sorted) {
    const last = out[out.length - 1];
    if (last && from <= last[1] + 1) last[1] = Math.max(last[1], to);
    else out.push([from, to]);
  }
  return out;
}
