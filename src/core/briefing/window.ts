// The window of entries a briefing covers: since the previous briefing (or 24 h), until now or the briefing hour.
import { type CivilDate, dayNumber, type Zone } from "../time";

/** A window of time in epoch milliseconds, `since` inclusive, `until` inclusive. */
export interface BriefingWindow {
  sinceMs: number;
  untilMs: number;
}

const HOUR_MS = 3_600_000;
const DAY_MS = 24 * HOUR_MS;
/** The longest window a previous briefing may open (a long weekend, a holiday). */
export const MAX_WINDOW_MS = 7 * DAY_MS;

/** What `briefingWindow` needs. */
export interface WindowSpec {
  date: CivilDate;
  zone: Zone;
  nowMs: number;
  /** The briefing hour (0–23) of the settings: a past date's window ends at that hour. */
  hour: number;
  /** When the previous briefing (for an earlier date) was generated, if known. */
  previousMs?: number | null;
}

/**
 * The window of a briefing for `date`: it ends now when `date` is today, else at the briefing hour of `date`
 * (a past date shows what that morning's briefing showed; a later date what it will show so far). It starts at the previous briefing when one was
 * generated less than 7 days before the end, else 24 h before the end.
 */
export function briefingWindow(spec: WindowSpec): BriefingWindow {
  const day = dayNumber(spec.date);
  const startMs = spec.zone.toInstant(day, 0) * 60000;
  const endMs = spec.zone.toInstant(day + 1, 0) * 60000;
  const today = spec.nowMs >= startMs && spec.nowMs < endMs;
  const end = today ? spec.nowMs : spec.zone.toInstant(day, spec.hour * 60) * 60000;
  const previous = spec.previousMs;
  const sinceMs =
    previous !== null && previous !== undefined && previous < end && end - previous <= MAX_WINDOW_MS
      ? previous
      : end - DAY_MS;
  return { sinceMs, untilMs: end };
}
