// Builds rule findings: the cells involved (qualified when they span tabs), civil dates and wall-clock labels.
import type { DetailValue, Finding, RuleId, Severity } from "../findings";
import type { Lang } from "../i18n";
import { formatDayMonth } from "../i18n/format";
import type { CellRef, Sequence } from "../planning/types";
import { civilDate, type DayNumber, hhmm } from "../time";
import { a1, columnLetters, qualifiedA1 } from "../workbook";

const DAY = 1440;

/** A1 column letters per column index, built on first use (`a1` redone without rebuilding the letters). */
const columnTexts: string[] = [];

/** The A1 reference of a cell, as `a1(row, col)` gives it. */
function cellA1(row: number, col: number): string {
  const letters = columnTexts[col];
  if (letters !== undefined) return `${letters}${row + 1}`;
  if (!Number.isInteger(col) || col < 0 || col >= 1024) return a1(row, col);
  while (columnTexts.length <= col) columnTexts.push(columnLetters(columnTexts.length));
  return `${columnTexts[col]}${row + 1}`;
}

/** True when `ref` is the same cell as one of the first `count` cells of `list`. */
function listed(list: readonly CellRef[], count: number, ref: CellRef): boolean {
  for (let i = 0; i < count; i++) {
    const u = list[i] as CellRef;
    if (u.row === ref.row && u.col === ref.col && u.tab === ref.tab) return true;
  }
  return false;
}

/**
 * The finding's `tab` and `cells` for cells in order of involvement: duplicates dropped, A1 references when
 * they all sit in one tab, every cell as `'Tab'!A1` when they span several; `tab` is the first cell's tab.
 */
export function cellsOf(refs: readonly CellRef[]): { tab: string | null; cells: string[] } {
  const first = refs[0];
  if (!first) return { tab: null, cells: [] };
  if (refs.length === 1) return { tab: first.tab, cells: [cellA1(first.row, first.col)] };
  const unique: CellRef[] = [];
  const seen = refs.length > 24 ? new Set<string>() : null;
  let severalTabs = false;
  for (const ref of refs) {
    if (seen) {
      const key = `${ref.tab}\u0000${ref.row}\u0000${ref.col}`;
      if (seen.has(key)) continue;
      seen.add(key);
    } else if (listed(unique, unique.length, ref)) continue;
    unique.push(ref);
    if (ref.tab !== first.tab) severalTabs = true;
  }
  const cells: string[] = new Array(unique.length);
  for (let i = 0; i < unique.length; i++) {
    const r = unique[i] as CellRef;
    cells[i] = severalTabs ? qualifiedA1(r.tab, r.row, r.col) : cellA1(r.row, r.col);
  }
  return { tab: first.tab, cells };
}

/** What a person-level finding is made of. */
export interface FindingParts {
  ruleId: RuleId;
  severity: Severity;
  person: string | null;
  day: DayNumber | null;
  refs: readonly CellRef[];
  message: string;
  details: Record<string, DetailValue>;
}

/** A contract §3 finding from its parts. */
export function makeFinding(parts: FindingParts): Finding {
  const { tab, cells } = cellsOf(parts.refs);
  return {
    ruleId: parts.ruleId,
    severity: parts.severity,
    person: parts.person,
    date: parts.day === null ? null : civilDate(parts.day),
    tab,
    cells,
    message: parts.message,
    details: parts.details,
  };
}

/** The cells of some sequences, in order. */
export function refsOf(sequences: readonly Sequence[]): CellRef[] {
  return sequences.map((s) => s.cell);
}

/** Wall-clock labels already built, English and French (every other language), keyed by `day × 1440 + minute`. */
const wallLabelsEn = new Map<number, string>();
const wallLabelsFr = new Map<number, string>();
const CACHE_BOUND = 100_000;

/** A wall-clock moment as written in the planning: `24/11 22:00` (minutes may run past midnight). */
export function wallLabel(day: DayNumber, minuteOfDay: number, lang: Lang): string {
  const extra = Math.floor(minuteOfDay / DAY);
  const integral = Number.isInteger(day) && Number.isInteger(minuteOfDay);
  const cache = integral ? (lang === "en" ? wallLabelsEn : wallLabelsFr) : undefined;
  const key = day * DAY + minuteOfDay;
  let label = cache?.get(key);
  if (label === undefined) {
    label = `${formatDayMonth(day + extra, lang)} ${hhmm(minuteOfDay - extra * DAY)}`;
    if (cache) {
      if (cache.size >= CACHE_BOUND) cache.clear();
      cache.set(key, label);
    }
  }
  return label;
}

/** The civil date on which a sequence ends (a shift ending at 24:00 ends on the next date, at 00:00). */
export function endDayOf(sequence: Sequence): DayNumber {
  return sequence.day + Math.floor(sequence.endMinute / DAY);
}

/** The civil date on which a sequence starts. */
export function startDayOf(sequence: Sequence): DayNumber {
  return sequence.day + Math.floor(sequence.startMinute / DAY);
}

/** `24/11 22:00` for a sequence's start. */
export function startLabel(sequence: Sequence, lang: Lang): string {
  return wallLabel(sequence.day, sequence.startMinute, lang);
}

/** `25/11 07:00` for a sequence's end. */
export function endLabel(sequence: Sequence, lang: Lang): string {
  return wallLabel(sequence.day, sequence.endMinute, lang);
}

/** A sequence as `24/11 07:00–14:00`, or `24/11 21:00–25/11 07:00` across midnight. */
export function spanLabel(sequence: Sequence, lang: Lang): string {
  const sameDay = startDayOf(sequence) === endDayOf(sequence);
  const end = sameDay ? hhmm(sequence.endMinute % DAY) : endLabel(sequence, lang);
  return `${startLabel(sequence, lang)}–${end}`;
}

/** A sequence's wall-clock times alone: `07:00–14:00`, `21:00–07:00`. */
export function timesLabel(sequence: Sequence): string {
  return `${hhmm(sequence.startMinute % DAY)}–${hhmm(sequence.endMinute % DAY)}`;
}
