// Times of day as people write them (`7h`, `07:00`, `7 h 30`, `0730`, `midi`) and as time cells hold them.

import { foldText } from "../text";
import type { CellValue } from "../workbook";
import { type DateReader, LAST_PLAUSIBLE_SERIAL } from "./dates";

/** Minutes in a day. */
export const MINUTES_PER_DAY = 1440;

/**
 * A time of day read from text: minutes after midnight (1440 for `24h`, midnight at the end of the day, which
 * only an end time may be), or why it cannot be real.
 */
export type ClockReading =
  | { ok: true; minutes: number /** written as bare digits (`7`), with no `h` or `:` */; bare: boolean }
  | { ok: false; reason: "hour" | "minute" };

const CLOCK = /^(\d{1,2})\s*(?:(h|:|\.)\s*(\d{2})?\s*(?:mn|min)?)?$/;
const CLOCK_HHMM = /^(\d{2})(\d{2})$/;
/** An hour of three digits or more written like a time (`99999h`, `120:00`): a time, but an impossible one. */
const CLOCK_LONG_HOUR = /^\d{3,}\s*(?:h|:)\s*(?:\d{2})?\s*(?:mn|min)?$/;

/** Reads one time of day from folded text; null when the text is not a time at all. */
export function readClock(folded: string): ClockReading | null {
  if (folded === "midi" || folded === "noon") return { ok: true, minutes: 720, bare: false };
  if (folded === "minuit" || folded === "midnight") return { ok: true, minutes: 0, bare: false };
  let match = CLOCK.exec(folded);
  let bare = false;
  let hour: number;
  let minute: number;
  if (match) {
    hour = Number(match[1]);
    minute = match[3] === undefined ? 0 : Number(match[3]);
    bare = match[2] === undefined;
  } else {
    match = CLOCK_HHMM.exec(folded);
    if (!match) return CLOCK_LONG_HOUR.test(folded) ? { ok: false, reason: "hour" } : null;
    hour = Number(match[1]);
    minute = Number(match[2]);
  }
  if (minute > 59) return { ok: false, reason: "minute" };
  if (hour > 24 || (hour === 24 && minute > 0)) return { ok: false, reason: "hour" };
  return { ok: true, minutes: hour * 60 + minute, bare };
}

/**
 * Minutes after midnight of a time cell: a Date (time-only cells sit on 30/12/1899; read through their
 * wall-clock parts, rounded to the minute), a number (a day fraction below 1, whole hours up to 24, or the
 * fraction of a date-time serial), or text (`7h`, `07:00`, `7:00`). Null when empty, undefined when unreadable.
 */
export function timeOfCell(value: CellValue, dates: DateReader): number | null | undefined {
  if (value === null || value === "") return null;
  if (value instanceof Date) {
    const p = dates.wall(value);
    if (Number.isNaN(p.hour)) return undefined;
    return p.hour * 60 + p.minute + (p.second >= 30 ? 1 : 0);
  }
  if (typeof value === "number") {
    if (!Number.isFinite(value) || value < 0) return undefined;
    if (value < 1) return Math.round(value * MINUTES_PER_DAY);
    if (value <= 24) return Math.round(value * 60);
    // The time of a date-time serial, when the serial is a plausible day (not `1e308`).
    if (value > 366 && value < LAST_PLAUSIBLE_SERIAL)
      return Math.round((value - Math.floor(value)) * MINUTES_PER_DAY);
    return undefined;
  }
  if (typeof value !== "string") return undefined;
  const text = foldText(value);
  if (text === "") return null;
  const clock = readClock(text);
  return clock?.ok ? clock.minutes : undefined;
}
