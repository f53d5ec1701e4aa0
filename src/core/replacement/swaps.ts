// Swaps when nobody is suitable: a giver takes the vacancy and hands one of their nearby shifts to a taker, no error created.
import type { Finding } from "../findings";
import { messages } from "../i18n";
import { formatDayMonth } from "../i18n/format";
import type { Person, Sequence } from "../planning/types";
import { timesLabel } from "../rules/finding";
import { civilDate } from "../time";
import { a1 } from "../workbook";
import { cellChange, personCell, vacancyPieces } from "./placement";
import { type Search, sequenceFor, vacancySequences } from "./search";
import type { Candidate, CellWrite, Swap, SwapSearch } from "./types";

const hasError = (findings: readonly Finding[]): boolean => findings.some((f) => f.severity === "error");

/** The label of a shift: its code, or its times. */
function labelOf(s: Sequence): string {
  return s.code ?? timesLabel(s);
}

/** True when a person can be handed `given` at all: no shift of theirs overlaps it and they are not absent that day. */
function free(search: Search, person: Person, given: Sequence): boolean {
  const windowed = search.checker.windowed(person);
  if (windowed.marks.some((m) => m.day === given.day && m.type === "absence")) return false;
  return !windowed.sequences.some((s) => s.start < given.end && s.end > given.start);
}

/** The cells to write for a swap, or [] when one of them cannot be placed (then it is done by hand). */
function swapWrites(
  search: Search,
  giver: Person,
  given: Sequence,
  takerCell: CellWrite | null,
): CellWrite[] {
  const { input, vacancy } = search;
  if (vacancy.tab === null || takerCell === null) return [];
  const remove = new Set([given]);
  const giverTakes = cellChange(input, giver, vacancy.tab, vacancy.day, {
    add: vacancyPieces(vacancy),
    given: vacancy.shift,
    remove,
  });
  if (!giverTakes) return [];
  const writes = [giverTakes];
  const sameCell =
    given.cell.tab === giverTakes.tab &&
    given.cell.row === giverTakes.row &&
    given.cell.col === giverTakes.col;
  if (!sameCell) {
    const giverGives = cellChange(input, giver, given.cell.tab, given.day, { remove });
    if (!giverGives) return [];
    writes.push(giverGives);
  }
  writes.push(takerCell);
  return writes;
}

/**
 * Searches swaps: each giver (qualified candidates, fairest first) with a shift from `swapDays` before to after the
 * vacancy takes the vacancy without a new error, and the fairest taker free at that time takes the giver's shift
 * without a new error. At most `maxSwaps` swaps (one per handed-over shift) and `maxChecks` combinations.
 */
export function searchSwaps(
  search: Search,
  candidates: readonly Candidate[],
  limits: { maxSwaps: number; maxChecks: number },
): { swaps: Swap[]; swapSearch: SwapSearch } {
  const { input, vacancy, checker } = search;
  const t = messages(input.lang).replacement.swap;
  const byKey = new Map(input.timeline.persons.map((p) => [p.key, p]));
  const fairest = [...candidates].sort(
    (a, b) => a.hours.monthRatio - b.hours.monthRatio || a.hours.weekRatio - b.hours.weekRatio,
  );
  const swaps: Swap[] = [];
  let tried = 0;
  let capped = false;
  const from = vacancy.day - search.swapDays;
  const to = vacancy.day + search.swapDays;
  scan: for (const giverCandidate of fairest) {
    if (giverCandidate.qualified === false) continue;
    const giver = byKey.get(giverCandidate.key);
    if (!giver) continue;
    const { sequences: taken } = vacancySequences(search, giver);
    for (const given of checker.windowed(giver).sequences) {
      if (given.day < from || given.day > to) continue;
      if (taken.some((s) => s.start === given.start && s.end === given.end)) continue;
      if (tried >= limits.maxChecks) {
        capped = true;
        break scan;
      }
      tried += 1;
      const giverFindings = checker.newFindings(giver, { add: taken, remove: new Set([given]) });
      if (hasError(giverFindings)) continue;
      for (const takerCandidate of fairest) {
        if (takerCandidate.key === giver.key) continue;
        const taker = byKey.get(takerCandidate.key);
        if (!taker || !free(search, taker, given)) continue;
        if (tried >= limits.maxChecks) {
          capped = true;
          break scan;
        }
        tried += 1;
        const place = personCell(input, taker, given.cell.tab, given.day);
        const cell = place ? { tab: given.cell.tab, ...place } : given.cell;
        const handed = sequenceFor(search, taker, given, cell);
        const takerFindings = checker.newFindings(taker, { add: [handed] });
        if (hasError(takerFindings)) continue;
        const takerCell = place
          ? cellChange(input, taker, given.cell.tab, given.day, {
              add: [{ code: given.code, startMinute: given.startMinute, endMinute: given.endMinute }],
            })
          : null;
        swaps.push({
          giver: giver.name,
          taker: taker.name,
          given: {
            date: civilDate(given.day),
            label: labelOf(given),
            tab: given.cell.tab,
            a1: a1(given.cell.row, given.cell.col),
          },
          giverFindings,
          takerFindings,
          description: t.describe(
            giver.name,
            t.shiftOn(vacancy.shift, formatDayMonth(vacancy.day, input.lang)),
            t.shiftOn(labelOf(given), formatDayMonth(given.day, input.lang)),
            taker.name,
          ),
          writes: swapWrites(search, giver, given, takerCell),
        });
        if (swaps.length >= limits.maxSwaps) break scan;
        break;
      }
    }
  }
  swaps.sort(
    (a, b) =>
      a.giverFindings.length + a.takerFindings.length - (b.giverFindings.length + b.takerFindings.length),
  );
  const status: SwapSearch["status"] = swaps.length > 0 ? "found" : capped ? "capped" : "none";
  const message = status === "none" ? t.none(tried) : status === "capped" ? t.capped(tried) : "";
  return { swaps, swapSearch: { status, tried, message } };
}
