// What a layout recogniser is given (a tab and the reading's shared state) and what it gives back (a scored reading).
import type { DayNumber } from "../../time";
import type { TabSnapshot } from "../../workbook";
import type { MonthGuess, WorkbookHints } from "../axis/month-context";
import type { MonthYear } from "../calendar-words";
import type { Collector, RowRecord } from "../collect";
import type { HowPart, PlanningLayout, TabReason } from "../types";
import type { TabScan } from "./scan";

/** The settings `lecture.<onglet>.<clé>` of one tab: what the coordinator says of its reading. */
export interface TabOverride {
  /** Read the tab with this layout only. */
  layout?: PlanningLayout;
  /** The columns of the names (0-based), in the order they make a name (`B+C`). */
  nameColumns?: number[];
  /** The row of the days (0-based). */
  dayRow?: number;
  /** The month and year of its days. */
  month?: MonthYear;
  /** The first day of a cyclic pattern's line 1 (a Monday). */
  start?: DayNumber;
  /** Never read it. */
  ignore?: boolean;
}

/** Everything a recogniser may use to read one tab. */
export interface TabInput {
  tab: TabSnapshot;
  collector: Collector;
  hints: WorkbookHints;
  scan: TabScan;
  override: TabOverride;
}

/** What was counted while reading a tab, in the layout's own unit (a cell; a person-day for sub-columns). */
export interface ReadingCounts {
  work: number;
  absence: number;
  rest: number;
  notUnderstood: number;
}

/** A `bad-layout` problem to report on a header cell (days not in order, a day twice, no month…). */
export interface LayoutProblem {
  problem: string;
  row: number;
  col: number;
  text: string;
}

/** A reading of a tab by one recogniser. */
export interface ReadOutcome {
  kind: "read";
  layout: PlanningLayout;
  /** 0–1: how sure the recogniser is (structure found, share of the planning's cells understood). */
  score: number;
  status: "read" | "partial" | "undated";
  records: RowRecord[];
  counts: ReadingCounts;
  how: HowPart[];
  reason?: TabReason;
  /** Dated tabs: the first and last day covered. */
  firstDay?: DayNumber;
  lastDay?: DayNumber;
  /** For grids: the header cell of each day (tab-level findings of that day point at it). */
  dayHeaderCells?: Map<DayNumber, { row: number; col: number }>;
  /** A header problem reported as `bad-layout` (the tab is undated or unread because of it). */
  problem?: LayoutProblem;
  /** For a cyclic pattern: the lines read, checked as a loop. */
  cycle?: CycleReading;
}

/**
 * A tab's cyclic patterns: one record per line, line k on the week from `start + 7 × (k − 1)` (`start` is a Monday:
 * the setting `lecture.<onglet>.début`, else a provisional one). Two patterns side by side are two loops.
 */
export interface CycleReading {
  /** Lines of the first pattern. */
  lines: number;
  start: DayNumber;
  /** Each pattern's line records, in line order, with its cells (`C3:I12`). */
  patterns: Array<{ records: RowRecord[]; range: string }>;
}

/** A tab that shows a planning's structure but could not be read. */
export interface UnreadOutcome {
  kind: "unread";
  layout?: PlanningLayout;
  score: number;
  reason: TabReason;
  problem?: LayoutProblem;
  /** True when the recogniser's own findings already say why (every list row's date unreadable). */
  explained?: boolean;
}

/** What a recogniser made of a tab. */
export type LayoutOutcome = ReadOutcome | UnreadOutcome | { kind: "none" };

/** One layout family: scores a tab and reads it. */
export interface Recogniser {
  layout: PlanningLayout;
  read(input: TabInput): LayoutOutcome;
}

/** A month guess with where it came from, as the recognisers pass it to `how`. */
export type { MonthGuess };
