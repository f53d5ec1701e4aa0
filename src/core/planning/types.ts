// Types of the planning model: legend codes, cells read from tabs, work sequences and per-person timelines.
import type { Finding } from "../findings";
import type { DayNumber, EpochMinutes, Zone } from "../time";

/**
 * Legend types of contract §5, in their English internal form:
 * `work` (travail), `night` (nuit), `sleep-in` (veille), `absence`, `rest` (repos).
 */
export type CodeType = "work" | "night" | "sleep-in" | "absence" | "rest";

/** Work types: the ones that are presence at work. */
export type WorkType = "work" | "night" | "sleep-in";

/** One legend code (a row of the `Codes` tab, or of the default legend). */
export interface LegendCode {
  /** The code as written in the legend, e.g. `M`, `CA`, `Veille`. */
  code: string;
  /** Other spellings that mean the same code (e.g. `Veille` for `CV`), looked up like the code. */
  aliases?: string[];
  label: string;
  type: CodeType;
  /** Start as minutes after midnight; absent for absence/rest codes. */
  start?: number;
  /** End as minutes after midnight; not after `start` means the next day. */
  end?: number;
  /** Unpaid break inside the shift, in minutes. */
  breakMinutes: number;
  /** The cell of the `Codes` tab that defines the code (absent for the built-in legend). */
  definedAt?: { tab: string; row: number; col: number };
}

/** The legend: codes looked up case-, accent- and space-insensitively. */
export interface Legend {
  /** Where it came from: the workbook's `Codes` tab or the built-in default. */
  source: "tab" | "default";
  codes: LegendCode[];
  /** Finds a code as typed in a cell (`m`, ` M `, `cv`…), or undefined. */
  lookup(text: string): LegendCode | undefined;
}

/** A cell of a planning tab (0-based row and column). */
export interface CellRef {
  tab: string;
  row: number;
  col: number;
}

/**
 * How a tab was read, one id per layout family (see docs/layouts.md): people × days grids, days × people grids,
 * shift lists (dated, or by week and weekday), grids whose days span sub-columns (activity | start | end | hours),
 * posts × days with the people's names in the cells, and cyclic patterns (*trames*: lines × weekdays).
 */
export type PlanningLayout =
  | "grid-people-days"
  | "grid-days-people"
  | "shift-list"
  | "grid-subcolumns"
  | "posts-days"
  | "cyclic-pattern";

/**
 * Where a tab ended: `read` (every planning cell read), `partial` (read, but some blocks with content left aside),
 * `undated` (understood, but its dates cannot be known from the workbook: what to supply is said), `unread` (it
 * holds what looks like a roster but could not be read) or `ignored` (not a planning: a staff list, notes, empty).
 */
export type TabStatus = "read" | "partial" | "undated" | "unread" | "ignored";

/** One continuous stretch of presence of one person (a shift, or one part of a split shift). */
export interface Sequence {
  /** The person's timeline key (see `Person.key`). */
  personKey: string;
  /** The working day: the civil day on which the sequence starts. */
  day: DayNumber;
  /** Wall-clock start and end in minutes after midnight of `day` (`endMinute` > 1440 past midnight). */
  startMinute: number;
  endMinute: number;
  /** Real instants (elapsed minutes are `end - start`, true across daylight-saving changes). */
  start: EpochMinutes;
  end: EpochMinutes;
  type: WorkType;
  /** A night shift per the counting conventions (type `night`, or ≥ 3 h between 21:00 and 06:00; never a sleep-in). */
  isNight: boolean;
  /** Unpaid break inside the sequence from the legend, in minutes (0 for explicit times). */
  breakMinutes: number;
  /** The legend code, or null for explicit times. */
  code: string | null;
  cell: CellRef;
  /** The name as written on that row. */
  name: string;
}

/**
 * A day-level fact of a person from a code without times: absent (CA, AM…), resting (R, RH), or working without
 * known times (`FO` formation, a name in a post without hours): a worked day that counts as a day, not in hours.
 */
export interface DayMark {
  personKey: string;
  day: DayNumber;
  type: "absence" | "rest" | "work";
  code: string;
  cell: CellRef;
  name: string;
}

/** One person's whole timeline across every planning tab. */
export interface Person {
  /** Normalised identity: trimmed, case- and accent-insensitive, word order resolved when unambiguous. */
  key: string;
  /** The name as first written in the planning (trimmed). */
  name: string;
  /** The role/qualification column's value when the grid has one. */
  role?: string;
  /** The cells holding the person's name, one per row (or column) of a grid; absent when built otherwise. */
  rows?: CellRef[];
  /** Work sequences sorted by start. */
  sequences: Sequence[];
  /** Absence and rest days sorted by day. */
  marks: DayMark[];
}

/** What was read from one tab. */
export interface TabReading {
  name: string;
  status: TabStatus;
  /** The layout family recognised; null when none was (unread or ignored tabs). */
  layout: PlanningLayout | null;
  /** How it was read, in parts the i18n layer puts in words (`noms : colonnes B+C ; jours : ligne 4`). */
  how: HowPart[];
  /** Why the tab is partial, undated, unread or ignored (absent when read). */
  reason?: TabReason;
  /** First and last day the tab covers (inclusive), when dated. */
  firstDay?: DayNumber;
  lastDay?: DayNumber;
  /** People of the tab (a row with nothing planned still counts). */
  people: number;
  /** Work entries as laid out (a cell, or a person-day for sub-column grids). */
  shifts: number;
  /** Absence entries. */
  absences: number;
  /** Cells in the planning's area that could not be understood (unknown codes, impossible times). */
  notUnderstood: number;
  /**
   * For grids: the header cell (0-based row/col) of each day the tab covers, where tab-level findings of that
   * day (coverage, qualification) point. Absent for shift lists.
   */
  dayHeaderCells?: Map<DayNumber, { row: number; col: number }>;
}

/** One part of how a tab was read (see `TabReading.how`). */
export type HowPart =
  | { kind: "names"; cols: number[] }
  | { kind: "namesInCells" }
  | { kind: "namesRow"; row: number }
  | { kind: "daysRow"; row: number }
  | { kind: "daysColumn"; col: number }
  | { kind: "dayCells"; broken: number }
  | { kind: "month"; source: MonthSource; month?: number; year?: number }
  | { kind: "postsColumn"; col: number }
  | { kind: "postsRow"; row: number }
  | { kind: "postHours" }
  | { kind: "listColumns"; cols: number[] }
  | { kind: "subcolumns"; perDay: number }
  | { kind: "lines"; count: number; col: number }
  | { kind: "blocks"; count: number }
  | { kind: "tabLegend"; codes: number }
  | { kind: "override" };

/** Where the month and year of a tab's days came from. */
export type MonthSource =
  | "dates"
  | "tab-name"
  | "title"
  | "setting"
  | "weekdays"
  | "workbook"
  | "week-label"
  | "file-name";

/** Why a tab is not simply `read`; `cell` (0-based) shows it when there is one. */
export type TabReason =
  | { kind: "noYear"; cell?: CellRef }
  | { kind: "noMonth"; cell?: CellRef }
  | { kind: "cycle"; lines: number }
  | { kind: "blocksLeft"; rows: number[] }
  | { kind: "daysUnreadable"; problem: string; cell?: CellRef }
  | { kind: "noNames"; cell?: CellRef }
  | { kind: "unknownLayout"; cell?: CellRef }
  | { kind: "notPlanning" }
  | { kind: "empty" }
  | { kind: "setting"; key: string };

/** One cyclic pattern of a tab: its lines on days from `start` (line 1's Monday; provisional unless `dated`). */
export interface CyclePattern {
  tab: string;
  /** The pattern's cells (`C3:I12`). */
  range: string;
  start: DayNumber;
  dated: boolean;
  /** One pseudo-person per line (`Ligne 1`…), line k on the week from `start + 7 × (k − 1)`. */
  lines: Person[];
}

/** Everything the planning tabs say, joined into one timeline per person. */
export interface Timeline {
  zone: Zone;
  /** People of the dated planning tabs, one timeline each (checked by the rules). */
  persons: Person[];
  /**
   * People of tabs whose dates cannot be known, on provisional days (never checked as dated; `read` lists what was
   * understood with no date).
   */
  undatedPersons: Person[];
  /**
   * Cyclic patterns (trames): their lines are not people and are never on the dated timeline; the rules check each
   * pattern as a loop (`rules/cycle.ts`). Absent when the workbook has none.
   */
  cycles?: CyclePattern[];
  /** Every tab that is not one of the add-on's own, in workbook order, with how it ended. */
  tabs: TabReading[];
  /** Tabs that are neither plannings nor the add-on's own tabs. */
  ignoredTabs: string[];
  /** Inclusive day ranges covered by the planning tabs, sorted and merged. */
  plannedRanges: Array<[DayNumber, DayNumber]>;
  /** Findings produced while reading (`unknown-code`, `bad-time`, `duplicate-person`, `bad-layout`). */
  readingFindings: Finding[];
}
