// The shift an entry belongs to, derived from the wall-clock time it is written (editable in the sidebar).
import type { Lang } from "../i18n";
import type { DayNumber, EpochMinutes, Zone } from "../time";
import { handoverTexts } from "./validate";

/** The three shifts of a day. */
export type ShiftKey = "morning" | "evening" | "night";

/**
 * Where each shift starts, in minutes after midnight. People write at the end of their shift, so a morning
 * shift (typically 7:00–14:30) keeps "matin" until 14:59, an evening shift (14:00–21:30) keeps "soir" until 21:59.
 */
export const SHIFT_STARTS: Readonly<Record<ShiftKey, number>> = {
  morning: 7 * 60,
  evening: 15 * 60,
  night: 22 * 60,
};

/** The shift of a minute of the day (0–1439). */
export function shiftOfMinute(minuteOfDay: number): ShiftKey {
  if (minuteOfDay >= SHIFT_STARTS.night || minuteOfDay < SHIFT_STARTS.morning) return "night";
  return minuteOfDay >= SHIFT_STARTS.evening ? "evening" : "morning";
}

/** The shift label (`matin`, `soir`, `nuit`) at an instant in a zone. */
export function shiftLabelAt(instant: EpochMinutes, zone: Zone, lang: Lang): string {
  return handoverTexts(lang).shifts[shiftOfMinute(zone.toWall(instant).minute)];
}

/** The shift labels in a language, in the order of the day. */
export function shiftLabels(lang: Lang): string[] {
  const s = handoverTexts(lang).shifts;
  return [s.morning, s.evening, s.night];
}

/** The instant the shift running at `instant` started (a night that began yesterday evening starts yesterday). */
export function shiftStartAt(instant: EpochMinutes, zone: Zone): EpochMinutes {
  const { day, minute } = zone.toWall(instant);
  const key = shiftOfMinute(minute);
  const startDay: DayNumber = key === "night" && minute < SHIFT_STARTS.morning ? day - 1 : day;
  return zone.toInstant(startDay, SHIFT_STARTS[key]);
}
