// Types of "Qui peut remplacer ?": the vacancy asked about, the candidates, the swaps and the cells to write.
import type { Finding, Severity } from "../findings";
import type { Lang } from "../i18n";
import type { Legend, Timeline } from "../planning/types";
import type { StaffMember } from "../rules/types";
import type { Settings } from "../settings";
import type { CivilDate, DayNumber } from "../time";
import type { WorkbookSnapshot } from "../workbook";

/** What placing a shift in a cell needs: the planning read, its legend, and the workbook's values when at hand. */
export interface PlacementInput {
  timeline: Timeline;
  legend: Legend;
  /**
   * The workbook read (optional): finds the row (or column) of a person who has no readable cell in the vacancy's
   * tab — a row with nothing planned this month — by their name, so they can be chosen like the others.
   */
  workbook?: WorkbookSnapshot;
}

/** What the planning engine read (a `checkWorkbook` result has all of it, plus the workbook when at hand). */
export interface ReplacementInput extends PlacementInput {
  settings: Settings;
  staff: StaffMember[];
  lang: Lang;
}

/** The shift to fill, as the user gives it. */
export interface VacancyRequest {
  /** The civil date of the shift (`2026-11-15`). */
  date: CivilDate;
  /** A legend code (`S`, `N`), a legend label (`soir`, `Nuit`) or explicit times (`14h-22h`, `7h30-12h / 17h-21h`). */
  shift: string;
  /** The planning tab (unit) of the shift; default: the absent person's tab that day, else the first covering the date. */
  tab?: string;
  /** A qualification the person must hold (`veilleur`, `IDE`), checked against the staff tab. */
  qualification?: string;
  /** The absent person (as written in the planning): never a candidate. */
  absent?: string;
}

/** One stretch of the vacant shift (a split shift has two). */
export interface VacancyPart {
  /** Wall-clock minutes after midnight of the date; `endMinute` > `startMinute` (past 1440 = next day). */
  startMinute: number;
  endMinute: number;
}

/** The vacancy once checked against the planning. */
export interface ResolvedVacancy {
  date: CivilDate;
  day: DayNumber;
  /** The shift to write: the legend code when one was asked for (by code or label), else the times as given. */
  shift: string;
  /** The legend code when the shift is one (or was written with times), else null. */
  code: string | null;
  type: "work" | "night" | "sleep-in";
  breakMinutes: number;
  parts: VacancyPart[];
  /** `14:00–22:00` (and ` / ` between the parts of a split shift). */
  times: string;
  /** The tab whose cell is to be written, or null when no grid tab covers the date. */
  tab: string | null;
  qualification: string | null;
  /** The absent person's name as written in the planning, and their timeline key. */
  absent: string | null;
  absentKey: string | null;
}

/** A cell to write to give a shift to someone (or to take one away), for the sidebar's click. */
export interface CellWrite {
  tab: string;
  /** 0-based row and column, and the A1 reference. */
  row: number;
  col: number;
  a1: string;
  /** The person whose row (grid people × days) or column (grid days × people) it is. */
  person: string;
  /** What to write: a legend code, times (`7h-12h / 17h-21h`), or "" to clear the cell. */
  text: string;
  /** What the planning read in that cell (codes or times), "" when it was empty. */
  previous: string;
}

/** Hours of a candidate against their contract (minutes; sleep-ins by their equivalence). */
export interface CandidateHours {
  /** Weekly contract hours from the staff tab, or null when unknown (compared with 35 h then). */
  weeklyHours: number | null;
  weekMinutes: number;
  weekAfterMinutes: number;
  weekContractMinutes: number;
  monthMinutes: number;
  monthAfterMinutes: number;
  monthContractMinutes: number;
  /** `monthAfterMinutes / monthContractMinutes`: lower is a fairer choice. */
  monthRatio: number;
  weekRatio: number;
}

/** What a person already has on the vacancy's date. */
export interface SameDay {
  /** Their shifts that day (codes, or times). */
  works: string[];
  /** An absence code that day (CA, AM…), or null. */
  absence: string | null;
  /** A rest code that day (R, RH…), or null. */
  rest: string | null;
}

/**
 * Whether a person can take the shift: `suitable` (no new error or warning — an information is only a note — and
 * the required qualification), `possible` (new warnings only), `unavailable` (absent that day, a new error, or the
 * required qualification missing).
 */
export type Availability = "suitable" | "possible" | "unavailable";

/** One person who could take the vacant shift. */
export interface Candidate {
  name: string;
  key: string;
  /** True when the change creates no finding at all and the person holds the required qualification. */
  clean: boolean;
  /** True when `availability` is `suitable` (a clean candidate, or one whose only new findings are informations). */
  suitable: boolean;
  availability: Availability;
  /**
   * One line, in the workbook's language: why an unavailable person is not available, the first warning of a
   * possible one, the information noted for a suitable one; "" for a clean one.
   */
  note: string;
  /** Their job: the planning's role column, else the staff tab's qualifications; null when neither says. */
  job: string | null;
  /** Their unit from the staff tab, or null. */
  unit: string | null;
  /** Null when no qualification is required. */
  qualified: boolean | null;
  qualifications: string[];
  /** The findings the change would create (none for a clean candidate), in the workbook's language. */
  newFindings: Finding[];
  /** The worst severity among the new findings (a missing qualification counts as a warning); null when clean. */
  worst: Severity | null;
  hours: CandidateHours;
  /** Minutes between their previous shift's end and the vacancy's start (0 when overlapping); null when none nearby. */
  restBeforeMinutes: number | null;
  restAfterMinutes: number | null;
  sameDay: SameDay;
  /** Why, in the workbook's language, with numbers: new findings' messages, qualification, the day's situation. */
  reasons: string[];
  /** One line of hours and rests (`semaine 28 h → 36 h sur 35 h ; …`). */
  summary: string;
  /** The cell of their row to write the shift in, or null when they have no row in the vacancy's grid tab. */
  placement: CellWrite | null;
}

/** One exchange: `giver` takes the vacancy and hands one of their shifts to `taker`. */
export interface Swap {
  giver: string;
  taker: string;
  /** The giver's shift handed over: its date, label (code or times) and cell. */
  given: { date: CivilDate; label: string; tab: string; a1: string };
  /** New findings for each person (never an error; warnings and infos are shown). */
  giverFindings: Finding[];
  takerFindings: Finding[];
  /** One sentence: `Durand Paul prend S du 15/11 et cède J du 16/11 à Petit Anne`. */
  description: string;
  /** The cells to write, in order (empty when a cell cannot be placed: then the change is made by hand). */
  writes: CellWrite[];
}

/** How the swap search went. */
export interface SwapSearch {
  /** `not-needed`: some candidate is suitable; `found`; `none`: every combination tried; `capped`: stopped at the cap. */
  status: "not-needed" | "found" | "none" | "capped";
  /** Combinations checked. */
  tried: number;
  /** A sentence for `none`/`capped`, else "". */
  message: string;
}

/** The whole answer. */
export interface ReplacementResult {
  vacancy: ResolvedVacancy;
  /**
   * Every person of the planning but the absent one: suitable, then possible, then unavailable; in each, those with a
   * cell to write in the vacancy's tab first, then by worst new severity, then the fairest hours.
   */
  candidates: Candidate[];
  swaps: Swap[];
  swapSearch: SwapSearch;
}

/** Tuning of the search (defaults are fine). */
export interface ReplacementOptions {
  /** `auto` (default): search swaps only when nobody is suitable. */
  swaps?: "auto" | "always" | "never";
  /** Most swaps returned (default 5). */
  maxSwaps?: number;
  /** Most combinations checked while searching swaps (default 3000). */
  maxSwapChecks?: number;
  /** A giver's shift may be this many days before or after the vacancy (default 2). */
  swapDays?: number;
}
