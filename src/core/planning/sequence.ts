// Builds one work sequence from a wall-clock start and end: real instants, the night-shift test, provenance.
import type { DayNumber, Zone } from "../time";
import type { CellRef, Sequence, WorkType } from "./types";

const NIGHT_WINDOW_START = 21 * 60;
const NIGHT_WINDOW_END = 6 * 60;
const MIN_NIGHT_MINUTES = 3 * 60;

/** Wall-clock minutes of [startMinute, endMinute) that fall between 21:00 and 06:00. */
export function nightWindowMinutes(startMinute: number, endMinute: number): number {
  let total = 0;
  // Windows: previous evening's tail (-180..360), this night (1260..1800), the next (2700..3240).
  for (let k = -1; k <= 2; k++) {
    const from = k * 1440 + NIGHT_WINDOW_START;
    const to = (k + 1) * 1440 + NIGHT_WINDOW_END;
    total += Math.max(0, Math.min(endMinute, to) - Math.max(startMinute, from));
  }
  return total;
}

/**
 * True when a sequence is a night shift per the counting conventions: legend type `night`, or explicit times
 * (no legend code) with at least 3 h between 21:00 and 06:00. A sleep-in is never a night shift.
 */
export function isNightShift(
  type: WorkType,
  fromLegend: boolean,
  startMinute: number,
  endMinute: number,
): boolean {
  if (type === "night") return true;
  if (type === "sleep-in" || fromLegend) return false;
  return nightWindowMinutes(startMinute, endMinute) >= MIN_NIGHT_MINUTES;
}

/** What `makeSequence` needs. `endMinute` not after `startMinute` means the next day. */
export interface SequenceSpec {
  personKey: string;
  name: string;
  day: DayNumber;
  startMinute: number;
  endMinute: number;
  type: WorkType;
  breakMinutes: number;
  /** The legend code, or null for explicit times. */
  code: string | null;
  cell: CellRef;
}

/** A sequence with real instants in `zone` (a night across a daylight-saving change lasts 9 h or 11 h). */
export function makeSequence(spec: SequenceSpec, zone: Zone): Sequence {
  const endMinute = spec.endMinute <= spec.startMinute ? spec.endMinute + 1440 : spec.endMinute;
  return {
    personKey: spec.personKey,
    day: spec.day,
    startMinute: spec.startMinute,
    endMinute,
    start: zone.toInstant(spec.day, spec.startMinute),
    end: zone.toInstant(spec.day, endMinute),
    type: spec.type,
    isNight: isNightShift(spec.type, spec.code !== null, spec.startMinute, endMinute),
    breakMinutes: spec.breakMinutes,
    code: spec.code,
    cell: spec.cell,
    name: spec.name,
  };
}
