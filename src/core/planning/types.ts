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

/** How a tab was read. */
export type PlanningLayout = "grid-people-days" | "grid-days-people" | "shift-list";

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

/** A day a person is absent (CA, AM…) or resting (R, RH), from a legend code. */
export interface DayMark {
  personKey: string;
  day: DayNumber;
  type: "absence" | "rest";
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
  /** Work sequences sorted by start. */
  sequences: Sequence[];
  /** Absence and rest days sorted by day. */
  marks: DayMark[];
}

/** What was read from one tab. */
export interface TabReading {
  name: string;
  /** Null when the tab was ignored (not a planning) or could not be read (`bad-layout`). */
  layout: PlanningLayout | null;
  /** First and last day the tab covers (inclusive), when read. */
  firstDay?: DayNumber;
  lastDay?: DayNumber;
  people: number;
  shifts: number;
  /**
   * For grids: the header cell (0-based row/col) of each day the tab covers, where tab-level findings of that
   * day (coverage, qualification) point. Absent for shift lists.
   */
  dayHeaderCells?: Map<DayNumber, { row: number; col: number }>;
}

/** Everything the planning tabs say, joined into one timeline per person. */
export interface Timeline {
  zone: Zone;
  persons: Person[];
  /** Planning tabs read, in workbook order. */
  tabs: TabReading[];
  /** Tabs that are neither plannings nor the add-on's own tabs. */
  ignoredTabs: string[];
  /** Inclusive day ranges covered by the planning tabs, sorted and merged. */
  plannedRanges: Array<[DayNumber, DayNumber]>;
  /** Findings produced while reading (`unknown-code`, `bad-time`, `duplicate-person`, `bad-layout`). */
  readingFindings: Finding[];
}
