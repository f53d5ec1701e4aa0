// Reads the text of a planning cell: empty, a legend code, explicit time ranges, a code with times, or a problem.

import { foldText } from "../text";
import { type ClockReading, MINUTES_PER_DAY, readClock } from "./clock";
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
/** A comma separates ranges unless it is a decimal comma (`7,5-17`: 7.5 h, `7,25`, `7,75`). */
const RANGE_LIST_SEPARATOR = /\s*(?:\/|\+|;|,(?!(?:\d|25|50|75)(?![\d:]))|&|\||\bet\b|\band\b|\n)\s*/;
const RANGE_SEPARATOR = /\s*(?:-+|>|\s(?:a|au|to|jusqu'a)\s)\s*/;
const RANGE_PREFIX = /^(?:de|from)\s+/;
const FIRST_DIGIT = /\d/;
const CODE_PREFIX_TRIM = /[\s:(]+$/;
const WRAPPING_PARENS = /^\(\s*|\s*\)$/g;
const TRAILING_CODE = /^(.*\d[^(]*?)\s*\(\s*([^()]+?)\s*\)$/;
/** Decimal hours (`7.5`, `7,5`, `7,25`, `7.75h`): hours and a fraction of an hour. */
const DECIMAL_HOURS = /^(\d{1,2})([.,])(\d{1,2})\s*h?$/;
/** One time of a list of times separated by spaces (`7`, `7h`, `7h30`, `15:30`). */
const SPACED_TOKEN = /^\d{1,2}(?:h(?:\d{2})?|:\d{2})?$/;
const BARE_TOKEN = /^\d{1,2}$/;
/** Ranges written apart (`7h-12h 17h-21h`): every word a range. */
const SPACED_RANGES = /^\S+-\S+(?: \S+-\S+)+$/;
const LONE_DECIMAL = /^\d{1,2}[.,]\d{1,2}$/;
/** `7 h` written apart from its `h` (`7 h 15 h`): joined before the times are split on spaces. */
const SPACED_H = /(\d)\s+h(?=\s|$)/g;
/** A work code then one bare hour, and perhaps a short tag (`C 20`, `C 20 E`). */
const CODE_START = /^(.*?\D)\s*\b(\d{1,2})(?:\s+([a-z]{1,3}))?$/;

/**
 * Reads one end of a range: a time (`7h`, `07:00`, `7`), or decimal hours (`7.5`, `7,5` = 07:30; a comma also
 * takes `,25` `,50` `,75`, a dot only `.75`: `20.30` is 20:30 as the UK writes it).
 */
function readEnd(text: string): ClockReading | null {
  const decimal = DECIMAL_HOURS.exec(text);
  if (decimal) {
    const [, hourText, separator, fraction] = decimal as unknown as [string, string, string, string];
    if (
      fraction.length === 1 ||
      fraction === "75" ||
      (separator === "," && (fraction === "25" || fraction === "50"))
    ) {
      const hour = Number(hourText);
      const minutes = hour * 60 + Math.round(Number(`0.${fraction}`) * 60);
      return hour >= 24 ? { ok: false, reason: "hour" } : { ok: true, minutes, bare: false };
    }
  }
  return readClock(text);
}

type RangeResult = { ok: true; range: TimeRange } | { ok: false; bad?: BadTimeReason };

function readRange(part: string): RangeResult {
  const text = part.replace(RANGE_PREFIX, "");
  const pieces = text.split(RANGE_SEPARATOR);
  if (pieces.length === 1) {
    // A lone time written like a time (`7h`, `07:00`) is a range without its end; bare digits and decimal numbers
    // are not times (`35`, `8.75`: a day's total, no impossible hour).
    const alone = BARE_TOKEN.test(text) || LONE_DECIMAL.test(text) ? null : readClock(text);
    if (alone && (!alone.ok || !alone.bare))
      return { ok: false, bad: alone.ok ? "missingEnd" : alone.reason };
    return { ok: false };
  }
  if (pieces.length !== 2) return { ok: false };
  const [left, right] = pieces as [string, string];
  const start = left === "" ? null : readEnd(left);
  const end = right === "" ? null : readEnd(right);
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

type SpacedResult = { ok: true; ranges: TimeRange[] } | { ok: false; bad?: BadTimeReason };

/**
 * Reads times separated by spaces, taken in pairs (`7 15:30`, `7h 14h`, `8:30 12:45 16:30 20:15`). Bare hours
 * (`20 7`: 20:00 to 07:00 the next day) only as exactly two of them and only when both are hours of a day, so a
 * lone number (a total) and lists of numbers stay numbers.
 */
function readSpaced(part: string): SpacedResult {
  const tokens = part.replace(SPACED_H, "$1h").split(/\s+/);
  if (tokens.length < 2 || !tokens.every((t) => SPACED_TOKEN.test(t))) return { ok: false };
  const bare = tokens.some((t) => BARE_TOKEN.test(t));
  if (bare && tokens.length !== 2) return { ok: false };
  const clocks = tokens.map((t) => readClock(t) as ClockReading);
  for (const clock of clocks) if (!clock.ok) return bare ? { ok: false } : { ok: false, bad: clock.reason };
  if (tokens.length % 2 === 1) return { ok: false, bad: "missingEnd" };
  const ranges: TimeRange[] = [];
  for (let i = 0; i < clocks.length; i += 2) {
    const start = (clocks[i] as { minutes: number }).minutes;
    const end = (clocks[i + 1] as { minutes: number }).minutes;
    if (start === MINUTES_PER_DAY) return bare ? { ok: false } : { ok: false, bad: "startAt24" };
    if (start === end) return bare ? { ok: false } : { ok: false, bad: "same" };
    ranges.push({ start, end: end > start ? end : end + MINUTES_PER_DAY });
  }
  return { ok: true, ranges };
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
    else if (SPACED_RANGES.test(part)) {
      // Ranges apart on one line or on lines of their own (`7h-12h 17h-21h`, folded from `7h-12h⏎17h-21h`).
      for (const piece of part.split(" ")) {
        const each = readRange(piece);
        if (each.ok) ranges.push(each.range);
        else if (each.bad) bad ??= each.bad;
        else return null;
      }
    } else {
      const spaced = readSpaced(part);
      if (spaced.ok) ranges.push(...spaced.ranges);
      else if (spaced.bad) bad ??= spaced.bad;
      else return null;
    }
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

/**
 * A work code then one bare hour (`C 20`, `C 20 E`, a short tag after it ignored): the code's shift moved to start
 * at that hour, as long as the legend gives its times (its length is kept). Anything else (an absence or rest code,
 * a code whose hours are unknown, a number that is no hour) is not understood.
 */
function codeWithStart(folded: string, code: LegendCode): ParsedCell {
  const match = CODE_START.exec(folded);
  const hour = match ? Number(match[2]) : Number.NaN;
  if (code.type === "absence" || code.type === "rest") return { kind: "unknown", code };
  if (!(hour < 24) || code.start === undefined || code.end === undefined) return UNKNOWN;
  const length = code.end > code.start ? code.end - code.start : code.end + MINUTES_PER_DAY - code.start;
  return { kind: "times", ranges: [{ start: hour * 60, end: hour * 60 + length }], code };
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
    if (prefixCode) {
      const withTimes = withCode(readRanges(folded.slice(digit.index)), prefixCode);
      return withTimes === UNKNOWN ? codeWithStart(folded, prefixCode) : withTimes;
    }
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
