// Reads every planning tab of a workbook into one timeline per person, with the findings raised while reading:
// each tab goes through the registry of layout recognisers and ends read, partial, undated, unread or ignored.
import type { Finding } from "../findings";
import { compareFindings } from "../findings";
import type { Lang } from "../i18n";
import type { ReadingOverride, Settings } from "../settings";
import { foldText } from "../text";
import { type DayNumber, dayNumber, isCivilDate, type Zone, zone } from "../time";
import { a1, type TabSnapshot, type WorkbookSnapshot } from "../workbook";
import { markerReader } from "./axis/day-axis";
import { workbookHints } from "./axis/month-context";
import { Collector, displayOf, type RowRecord } from "./collect";
import { dateReader } from "./dates";
import { resolvePersonKeys } from "./names";
import { recogniseTab } from "./recognisers/registry";
import { TabScan } from "./recognisers/scan";
import type { CycleReading, LayoutProblem, ReadOutcome, TabInput, TabOverride } from "./recognisers/types";
import { rosterSign } from "./roster-sign";
import type {
  CyclePattern,
  DayMark,
  Legend,
  Person,
  PlanningLayout,
  Sequence,
  TabReading,
  Timeline,
} from "./types";
import { unreadTabFinding } from "./unread-tab";

/** What `readPlannings` needs besides the snapshot. */
export interface ReadOptions {
  legend: Legend;
  settings: Settings;
  /** Tabs never read as plannings (the add-on's own tabs). */
  skipTabs: ReadonlySet<string>;
  lang: Lang;
}

const LAYOUTS: readonly PlanningLayout[] = [
  "grid-people-days",
  "grid-days-people",
  "shift-list",
  "grid-subcolumns",
  "posts-days",
  "cyclic-pattern",
];

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

/** A tab's corrections from the settings, as the recognisers take them. */
function overrideOf(setting: ReadingOverride | undefined): TabOverride {
  const override: TabOverride = {};
  if (!setting) return override;
  if (setting.layout && (LAYOUTS as readonly string[]).includes(setting.layout))
    override.layout = setting.layout as PlanningLayout;
  if (setting.nameColumns) override.nameColumns = setting.nameColumns;
  if (setting.dayRow !== undefined) override.dayRow = setting.dayRow;
  if (setting.month) override.month = setting.month;
  if (setting.start && isCivilDate(setting.start)) override.start = dayNumber(setting.start);
  if (setting.ignore) override.ignore = true;
  return override;
}

/**
 * Reads the planning tabs of a snapshot: every tab not in `skipTabs` (or only those `settings.planningTabs` names)
 * goes through the layout recognisers; the best reading wins. Returns one timeline per person across the dated
 * tabs (sequences sorted by start, day marks by day), the people of undated tabs apart, every tab with its status
 * and how it was read, the planned day ranges and the reading findings (`unknown-code`, `bad-time`,
 * `duplicate-person`, `bad-layout`, `unread-tab`), sorted.
 */
export function readPlannings(snapshot: WorkbookSnapshot, options: ReadOptions): Timeline {
  const { legend, settings, skipTabs, lang } = options;
  const tz = zoneOf(settings, snapshot);
  const dates = dateReader(snapshot.dateBasis, snapshot.timeZone);
  const collector = new Collector(legend, tz, dates, lang);
  const markerOf = markerReader(dates);
  const wanted = settings.planningTabs === "auto" ? null : new Set(settings.planningTabs.map(foldText));
  const hints = workbookHints(snapshot, dates, settings.year ?? undefined, skipTabs);

  const tabs: TabReading[] = [];
  const dated: RowRecord[] = [];
  const undated: RowRecord[] = [];
  const layouts = new Map<string, PlanningLayout>();
  const ranges: Array<[DayNumber, DayNumber]> = [];
  const cycles: CyclePattern[] = [];

  for (const tab of snapshot.tabs) {
    if (skipTabs.has(tab.name)) continue;
    const override = overrideOf(settings.reading[foldText(tab.name)]);
    if (override.ignore || (wanted && !wanted.has(foldText(tab.name)))) {
      tabs.push(ignored(tab.name, { kind: "setting", key: override.ignore ? "ignore" : "planningTabs" }));
      continue;
    }
    const input: TabInput = { tab, collector, hints, scan: new TabScan(tab.values, markerOf), override };
    const recognition = recogniseTab(input, override.layout);
    if (recognition.kind === "read") {
      const outcome = recognition.outcome;
      collector.findings.push(...recognition.findings);
      layouts.set(tab.name, outcome.layout);
      const isDated = outcome.status !== "undated" && outcome.firstDay !== undefined;
      if (outcome.cycle) cycles.push(...cyclePatterns(tab.name, outcome.cycle, isDated));
      else {
        (isDated ? dated : undated).push(...outcome.records);
        if (isDated) ranges.push([outcome.firstDay as DayNumber, outcome.lastDay as DayNumber]);
      }
      const reading = readingOf(tab.name, outcome);
      tabs.push(reading);
      reportProblems(tab, reading, outcome.problem, collector);
      continue;
    }
    if (recognition.kind === "unread") {
      collector.findings.push(...recognition.findings);
      const reading: TabReading = {
        name: tab.name,
        status: "unread",
        layout: null,
        how: [],
        reason: recognition.outcome.reason,
        people: 0,
        shifts: 0,
        absences: 0,
        notUnderstood: 0,
      };
      tabs.push(reading);
      if (!recognition.outcome.explained)
        reportProblems(tab, reading, recognition.outcome.problem, collector);
      continue;
    }
    const sign = rosterSign(input);
    if (sign || wanted) {
      const reading: TabReading = {
        name: tab.name,
        status: "unread",
        layout: null,
        how: [],
        reason: sign ?? { kind: "unknownLayout" },
        people: 0,
        shifts: 0,
        absences: 0,
        notUnderstood: 0,
      };
      tabs.push(reading);
      reportProblems(
        tab,
        reading,
        wanted ? { problem: "noDays", row: 0, col: 0, text: "" } : undefined,
        collector,
      );
      continue;
    }
    tabs.push(ignored(tab.name, isEmpty(tab) ? { kind: "empty" } : { kind: "notPlanning" }));
  }

  const persons = joinPersons(dated, tabs);
  const undatedPersons = joinPersons(undated, tabs);
  collector.findings.push(...duplicates([...dated, ...undated], layouts, collector));

  return {
    zone: tz,
    persons,
    undatedPersons,
    tabs,
    ignoredTabs: tabs.filter((t) => t.status === "ignored").map((t) => t.name),
    plannedRanges: mergeRanges(ranges),
    readingFindings: collector.findings.sort(compareFindings),
    ...(cycles.length > 0 ? { cycles } : {}),
  };
}

/** A tab's cyclic patterns, each line a pseudo-person (never one of the timeline's people). */
function cyclePatterns(tab: string, cycle: CycleReading, dated: boolean): CyclePattern[] {
  return cycle.patterns.map(({ records, range }) => ({
    tab,
    range,
    start: cycle.start,
    dated,
    lines: persons(records.map((r) => ({ ...r, key: `${range}\u0000${r.nameRow}` }))).sort(
      (a, b) => (a.rows?.[0]?.row ?? 0) - (b.rows?.[0]?.row ?? 0),
    ),
  }));
}

function ignored(name: string, reason: TabReading["reason"]): TabReading {
  const reading: TabReading = {
    name,
    status: "ignored",
    layout: null,
    how: [],
    people: 0,
    shifts: 0,
    absences: 0,
    notUnderstood: 0,
  };
  if (reason) reading.reason = reason;
  return reading;
}

function isEmpty(tab: TabSnapshot): boolean {
  for (const row of tab.values) {
    if (!row) continue;
    for (const v of row) if (v !== null && v !== undefined && v !== "") return false;
  }
  return true;
}

function readingOf(name: string, outcome: ReadOutcome): TabReading {
  const reading: TabReading = {
    name,
    status: outcome.status,
    layout: outcome.layout,
    how: outcome.how,
    people: 0,
    shifts: outcome.counts.work,
    absences: outcome.counts.absence,
    notUnderstood: outcome.counts.notUnderstood,
  };
  if (outcome.reason) reading.reason = outcome.reason;
  if (outcome.status !== "undated" && outcome.firstDay !== undefined) {
    reading.firstDay = outcome.firstDay;
    reading.lastDay = outcome.lastDay as DayNumber;
  }
  if (outcome.dayHeaderCells && reading.firstDay !== undefined)
    reading.dayHeaderCells = outcome.dayHeaderCells;
  return reading;
}

/**
 * The findings a tab's ending calls for: a header problem is a `bad-layout` (days out of order, no month…); any
 * other partial, undated or unread tab is an `unread-tab` warning saying why and what to supply.
 */
function reportProblems(
  tab: TabSnapshot,
  reading: TabReading,
  problem: LayoutProblem | undefined,
  collector: Collector,
): void {
  if (problem) {
    collector.findings.push(badLayout(tab, problem, collector));
    return;
  }
  if (reading.status === "read") return;
  collector.findings.push(unreadTabFinding(tab, reading, collector.lang));
}

function badLayout(tab: TabSnapshot, problem: LayoutProblem, collector: Collector): Finding {
  const reasons = collector.text.badLayoutReasons;
  const cell = a1(problem.row, problem.col);
  const text =
    problem.text || displayOf(tab.values[problem.row]?.[problem.col] ?? null, collector.dates, true);
  const reason =
    problem.problem === "monthUnknown" || problem.problem === "yearUnknown" || problem.problem === "noAnchor"
      ? reasons.monthUnknown
      : problem.problem === "noDays"
        ? reasons.noDays
        : problem.problem === "notADay" || problem.problem === "improbableDay"
          ? reasons[problem.problem](text, cell)
          : problem.problem === "notInOrder" || problem.problem === "dayTwice"
            ? reasons[problem.problem](cell)
            : reasons.monthUnknown;
  // Rows may be ragged (the xlsx reader stops each row at its last value): a cell exists within the tab's extent.
  const width = tab.values.reduce((w, row) => Math.max(w, row?.length ?? 0), 0);
  const exists = problem.row < tab.values.length && problem.col < width;
  return {
    ruleId: "bad-layout",
    severity: "warning",
    person: null,
    date: null,
    tab: tab.name,
    cells: exists ? [cell] : [],
    message: collector.text.badLayout(tab.name, reason),
    details: { problem: problem.problem },
  };
}

/** One person per key across the given records (names resolved across tabs), with the people counted per tab. */
function joinPersons(records: RowRecord[], tabs: TabReading[]): Person[] {
  const keys = resolvePersonKeys(records.map((r) => ({ name: r.name, tab: r.tab })));
  for (const record of records) {
    const key = keys.get(record.key) ?? record.key;
    if (key === record.key) continue;
    record.key = key;
    for (const s of record.sequences) s.personKey = key;
    for (const m of record.marks) m.personKey = key;
  }
  const perTab = new Map<string, Set<string>>();
  for (const record of records) {
    let set = perTab.get(record.tab);
    if (!set) {
      set = new Set();
      perTab.set(record.tab, set);
    }
    set.add(record.key);
  }
  for (const reading of tabs) {
    const set = perTab.get(reading.name);
    if (set) reading.people = set.size;
  }
  return persons(records);
}

/** `duplicate-person` warnings: one person on several planned rows (or columns) of one grid (an empty row is harmless). */
function duplicates(
  records: readonly RowRecord[],
  layouts: Map<string, PlanningLayout>,
  collector: Collector,
): Finding[] {
  const groups = new Map<string, RowRecord[]>();
  for (const record of records) {
    if (record.fromList || (record.sequences.length === 0 && record.marks.length === 0)) continue;
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
      person = { key: record.key, name: record.name, sequences: [], marks: [], rows: [] };
      byKey.set(record.key, person);
    }
    person.rows?.push({ tab: record.tab, row: record.nameRow, col: record.nameCol });
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
