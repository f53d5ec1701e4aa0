// Builds rule findings: the cells involved (qualified when they span tabs), civil dates and wall-clock labels.
import type { DetailValue, Finding, RuleId, Severity } from "../findings";
import type { Lang } from "../i18n";
import { formatDayMonth } from "../i18n/format";
import type { CellRef, Sequence } from "../planning/types";
import { civilDate, type DayNumber, hhmm } from "../time";
import { a1, qualifiedA1 } from "../workbook";

const DAY = 1440;

/**
 * The finding's `tab` and `cells` for cells in order of involvement: duplicates dropped, A1 references when
 * they all sit in one tab, every cell as `'Tab'!A1` when they span several; `tab` is the first cell's tab.
 */
export function cellsOf(refs: readonly CellRef[]): { tab: string | null; cells: string[] } {
  const first = refs[0];
  if (!first) return { tab: null, cells: [] };
  const unique: CellRef[] = [];
  const seen = refs.length > 24 ? new Set<string>() : null;
  let severalTabs = false;
  for (const ref of refs) {
    if (seen) {
      const key = `${ref.tab}\u0000${ref.row}\u0000${ref.col}`;
      if (seen.has(key)) continue;
      seen.add(key);
    } else if (unique.some((u) => u.row === ref.row && u.col === ref.col && u.tab === ref.tab)) continue;
    unique.push(ref);
    if (ref.tab !== first.tab) severalTabs = true;
  }
  const cells = unique.map((r) => (severalTabs ? qualifiedA1(r.tab, r.row, r.col) : a1(r.row, r.col)));
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

/** A wall-clock moment as written in the planning: `24/11 22:00` (minutes may run past midnight). */
export function wallLabel(day: DayNumber, minuteOfDay: number, lang: Lang): string {
  const extra = Math.floor(minuteOfDay / DAY);
  return `${formatDayMonth(day + extra, lang)} ${hhmm(minuteOfDay - extra * DAY)}`;
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
