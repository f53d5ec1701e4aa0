// "Qui peut remplacer ?" as the sidebar sees it: plain JSON types of the server functions (no Apps Script types).
import type { Severity } from "../../core/findings";
import type { Availability } from "../../core/replacement/types";

/** A cell as the list read it: where, and its content then (raw text, "" when empty) to detect a later edit. */
export interface CellSnapshot {
  tab: string;
  a1: string;
  /** The cell's value when the list was computed, as text (what `applyReplacement` expects to find). */
  current: string;
}

/** Where a candidate's shift would be written. */
export interface PlacementJson extends CellSnapshot {
  /** What to write: a legend code (`S`) or times (`7h-14h / 14h-22h`). */
  text: string;
}

/** Hours (minutes) this week and month, before and after taking the shift, against the contract. */
export interface HoursJson {
  /** Weekly contract hours from the staff tab, or null when unknown (35 h assumed). */
  weeklyHours: number | null;
  weekBefore: number;
  weekAfter: number;
  weekContract: number;
  monthBefore: number;
  monthAfter: number;
  monthContract: number;
}

/** One person who could take the shift, ranked. */
export interface CandidateJson {
  name: string;
  /** True: the change creates no finding (and the person holds the required qualification). */
  clean: boolean;
  /** True: no new error or warning (an information is only a note), qualified, not absent that day. */
  suitable: boolean;
  /** `suitable`, `possible` (warnings only) or `unavailable` (absent, already working then, an error, unqualified). */
  availability: Availability;
  /** One line: why not available, the first warning, or the information noted; "" when nothing to say. */
  note: string;
  /** Their job (planning's role column or staff tab), for the filter; null when unknown. */
  job: string | null;
  /** Their unit (staff tab), for the filter; null when unknown. */
  unit: string | null;
  worst: Severity | null;
  /** Counts of the new findings by severity (`1 erreur, 2 avertissements`), "" when clean. */
  problems: string;
  /** Hours and rests on one line, in the workbook's language. */
  summary: string;
  /** Why: new findings, qualification, the day's situation, in the workbook's language. */
  reasons: string[];
  qualified: boolean | null;
  hours: HoursJson;
  restBeforeMinutes: number | null;
  restAfterMinutes: number | null;
  /** Their shifts that day (codes or times); empty when they do not work. */
  worksThatDay: string[];
  absenceThatDay: string | null;
  restThatDay: string | null;
  /** The cell of their row to write, or null (no row in the vacancy's tab: by hand). */
  placement: PlacementJson | null;
}

/** One swap of two shifts (written by hand: the cells are listed). */
export interface SwapJson {
  description: string;
  giver: string;
  taker: string;
  /** What the swap would create (warnings, informations), with their severity: `Avertissement : …`. */
  warnings: string[];
  writes: { tab: string; a1: string; text: string; previous: string }[];
}

/** The vacancy as resolved. */
export interface VacancyJson {
  date: string;
  /** `dimanche 29/11` (`Sunday 29 Nov`). */
  dayLabel: string;
  shift: string;
  times: string;
  tab: string | null;
  qualification: string | null;
  absent: string | null;
}

/** What `findReplacementsForSelection` / `findReplacementsFor` return. */
export interface ReplacementList {
  vacancy: VacancyJson;
  /** The absent person's cell (selection only), for "Marquer l'absent en AM"; null otherwise. */
  absentCell: CellSnapshot | null;
  /** The absence code offered first for the absent person (`AM` when the legend has it; "" when it has none). */
  absenceCode: string;
  /** Every absence code of the legend, to choose from (code and label), `absenceCode` first. */
  absenceCodes: { code: string; label: string }[];
  candidates: CandidateJson[];
  swaps: SwapJson[];
  /** `not-needed`, `found`, `none` or `capped`, and the sentence for the last two. */
  swapStatus: "not-needed" | "found" | "none" | "capped";
  swapMessage: string;
}

/** `findReplacementsFor`'s request: a date and a shift (and optionally the tab and a qualification). */
export interface ReplacementQuery {
  date: string;
  shift: string;
  tab?: string;
  qualification?: string;
}

/** `applyReplacement`'s request: the chosen candidate's cell, and optionally the absent person's. */
export interface ApplyRequest {
  tab: string;
  a1: string;
  /** The cell's content when the list was computed (`PlacementJson.current`). */
  expectedPrevious: string;
  text: string;
  markAbsent?: { tab: string; a1: string; code: string; expectedPrevious: string };
}

/** What `applyReplacement` returns. */
export interface ApplyResult {
  /** Give it to `undoReplacement` to put the previous values back. */
  token: string;
  message: string;
  written: { tab: string; a1: string; text: string }[];
}

/** What `undoReplacement` returns. */
export interface UndoResult {
  message: string;
  restored: { tab: string; a1: string }[];
}

/** The server functions the "Remplacer" panel calls through google.script.run. */
export interface ReplacementServerApi {
  findReplacementsForSelection(): ReplacementList;
  findReplacementsFor(query: ReplacementQuery): ReplacementList;
  applyReplacement(request: ApplyRequest): ApplyResult;
  undoReplacement(token: string): UndoResult;
}
