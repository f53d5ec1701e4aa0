// Reads the text of a planning cell: empty, a legend code, explicit time ranges, a code with times, or a problem.

import { foldText } from "../text";
import { MINUTES_PER_DAY, readClock } from "./clock";
import type { Legend, LegendCode } from "./types";

/** One time range of a cell, in minutes after midnight of the cell's day; `end` > `start` (past 1440 = next day). */
export interface TimeRange {
  start: number;
  end: number;
}

/** Why a time range cannot be real. */
export type BadTimeReason = "hour" | "startAt24" | "minute" | "same" | "missingEnd" | "missingStart";

/** What a planning cell says. Results are shared between cells: never mutate them. */
export type ParsedCell =
  | { kind: "empty" }
  | { kind: "code"; code: LegendCode }
  /** Explicit times; `code` set when a work code was written with them (`M 7h-14h`: times win, type from the code). */
  | { kind: "times"; ranges: readonly TimeRange[]; code: LegendCode | null }
  | { kind: "unknown" /** set when an absence or rest code was written with times */; code?: LegendCode }
  | { kind: "bad-time"; reason: BadTimeReason };

const EMPTY: ParsedCell = { kind: "empty" };
const UNKNOWN: ParsedCell = { kind: "unknown" };

const FILLER = /^[-\u2010-\u2015_./*\s]*$/;
const RANGE_LIST_SEPARATOR = /\s*(?:\/|\+|;|,|&|\||\bet\b|\band\b|\n)\s*/;
const RANGE_SEPARATOR = /\s*(?:-+|>|\s(?:a|au|to|jusqu'a)\s)\s*/;
const RANGE_PREFIX = /^(?:de|from)\s+/;
const FIRST_DIGIT = /\d/;
const CODE_PREFIX_TRIM = /[\s:(]+$/;
const WRAPPING_PARENS = /^\(\s*|\s*\)$/g;
const TRAILING_CODE = /^(.*\d[^(]*?)\s*\(\s*([^()]+?)\s*\)$/;

type RangeResult = { ok: true; range: TimeRange } | { ok: false; bad?: BadTimeReason };

function readRange(part: string): RangeResult {
  const text = part.replace(RANGE_PREFIX, "");
  const pieces = text.split(RANGE_SEPARATOR);
  if (pieces.length === 1) {
    const alone = readClock(text);
    // A lone time written like a time (`7h`, `07:00`) is a range without its end; bare digits are not times.
    if (alone && (!alone.ok || !alone.bare))
      return { ok: false, bad: alone.ok ? "missingEnd" : alone.reason };
    return { ok: false };
  }
  if (pieces.length !== 2) return { ok: false };
  const [left, right] = pieces as [string, string];
  const start = left === "" ? null : readClock(left);
  const end = right === "" ? null : readClock(right);
  if (left === "" && end) return { ok: false, bad: "missingStart" };
  if (right === "" && start) return { ok: false, bad: start.ok ? "missingEnd" : start.reason };
  if (!start || !end) return { ok: false };
  if (!start.ok) return { ok: false, bad: start.reason };
  if (!end.ok) return { ok: false, bad: end.reason };
  // 24:00 is midnight at the end of the day: only an end may be 24:00, and `0h-24h` is a 24-hour range.
  if (start.minutes === MINUTES_PER_DAY) return { ok: false, bad: "startAt24" };
  if (start.minutes === end.minutes) return { ok: false, bad: "same" };
  const endMinutes = end.minutes > start.minutes ? end.minutes : end.minutes + MINUTES_PER_DAY;
  return { ok: true, range: { start: start.minutes, end: endMinutes } };
}

/** Reads folded text made only of time ranges (`7h30-12h / 17h-21h`); null when it is not time ranges. */
function readRanges(folded: string): ParsedCell | null {
  const parts = folded.replace(WRAPPING_PARENS, "").split(RANGE_LIST_SEPARATOR);
  const ranges: TimeRange[] = [];
  let bad: BadTimeReason | undefined;
  for (const part of parts) {
    if (part === "") continue;
    const result = readRange(part);
    if (result.ok) ranges.push(result.range);
    else if (result.bad) bad ??= result.bad;
    else return null;
  }
  if (bad) return { kind: "bad-time", reason: bad };
  if (ranges.length === 0) return null;
  // A later range that starts before the previous one's start is on the next day (`22h-2h / 3h-6h`).
  for (let i = 1; i < ranges.length; i++) {
    const prev = ranges[i - 1] as TimeRange;
    const range = ranges[i] as TimeRange;
    while (range.start < prev.start) {
      range.start += MINUTES_PER_DAY;
      range.end += MINUTES_PER_DAY;
    }
  }
  return { kind: "times", ranges, code: null };
}

function withCode(ranges: ParsedCell | null, code: LegendCode | undefined): ParsedCell {
  if (!ranges || !code) return UNKNOWN;
  if (ranges.kind !== "times") return ranges;
  if (code.type === "absence" || code.type === "rest") return { kind: "unknown", code };
  return { kind: "times", ranges: ranges.ranges, code };
}

/** Parses the text of one planning cell against a legend (uncached; see `cellParser`). */
export function parseCell(text: string, legend: Legend): ParsedCell {
  const trimmed = text.trim();
  if (FILLER.test(trimmed)) return EMPTY;
  const code = legend.lookup(trimmed);
  if (code) return { kind: "code", code };
  const folded = foldText(trimmed);
  const digit = FIRST_DIGIT.exec(folded);
  if (!digit) return UNKNOWN;
  if (digit.index > 0) {
    // A code written before the times: `M 7h-14h`, `M: 7h-14h`, `M (7h-14h)`.
    const prefixCode = legend.lookup(folded.slice(0, digit.index).replace(CODE_PREFIX_TRIM, ""));
    if (prefixCode) return withCode(readRanges(folded.slice(digit.index)), prefixCode);
  }
  const trailing = TRAILING_CODE.exec(folded);
  if (trailing) return withCode(readRanges(trailing[1] as string), legend.lookup(trailing[2] as string));
  return readRanges(folded) ?? UNKNOWN;
}

/** A cached parser: each distinct cell text is parsed once (the same strings repeat thousands of times). */
export function cellParser(legend: Legend): (text: string) => ParsedCell {
  const cache = new Map<string, ParsedCell>();
  return (text) => {
    let parsed = cache.get(text);
    if (parsed === undefined) {
      parsed = parseCell(text, legend);
      cache.set(text, parsed);
    }
    return parsed;
  };
}
