// Time-zone helpers of the fake (independent of src/core/time.ts so the fake can check it): wall clock ⇄ Date.

/** Wall-clock parts in a zone, to the second; `weekday` 0 = Sunday … 6 = Saturday. */
export interface ZonedParts {
  year: number;
  month: number;
  day: number;
  hour: number;
  minute: number;
  second: number;
  millisecond: number;
  weekday: number;
}

const formats = new Map<string, Intl.DateTimeFormat>();

/** True when the runtime knows this IANA zone. */
export function knownZone(timeZone: string): boolean {
  try {
    new Intl.DateTimeFormat("en-US", { timeZone });
    return timeZone.length > 0;
  } catch {
    return false;
  }
}

function formatFor(timeZone: string): Intl.DateTimeFormat {
  let format = formats.get(timeZone);
  if (!format) {
    format = new Intl.DateTimeFormat("en-US", {
      timeZone,
      hourCycle: "h23",
      year: "numeric",
      month: "numeric",
      day: "numeric",
      hour: "numeric",
      minute: "numeric",
      second: "numeric",
      weekday: "short",
      era: "short",
    });
    formats.set(timeZone, format);
  }
  return format;
}

const WEEKDAYS = ["Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"];

/** Wall-clock parts of an instant (epoch ms) in a zone. */
export function zonedParts(ms: number, timeZone: string): ZonedParts {
  const out: ZonedParts = {
    year: 0,
    month: 0,
    day: 0,
    hour: 0,
    minute: 0,
    second: 0,
    millisecond: 0,
    weekday: 0,
  };
  let bc = false;
  for (const part of formatFor(timeZone).formatToParts(new Date(ms))) {
    if (part.type === "weekday") out.weekday = WEEKDAYS.indexOf(part.value);
    else if (part.type === "era") bc = part.value.startsWith("B");
    else if (part.type in out) (out as unknown as Record<string, number>)[part.type] = Number(part.value);
  }
  if (bc) out.year = 1 - out.year;
  out.millisecond = ((ms % 1000) + 1000) % 1000;
  return out;
}

/** UTC offset of a zone at an instant, in milliseconds (Paris in 1899: +9 min 21 s). */
export function offsetMs(ms: number, timeZone: string): number {
  const p = zonedParts(ms, timeZone);
  const wall = utcMs(p.year, p.month, p.day, p.hour, p.minute, p.second) + p.millisecond;
  return wall - ms;
}

/** Epoch ms of a wall-clock reading taken as UTC (works for years 0–99 too). */
function utcMs(year: number, month: number, day: number, hour = 0, minute = 0, second = 0): number {
  const d = new Date(Date.UTC(2000, month - 1, day, hour, minute, second));
  d.setUTCFullYear(year);
  return d.getTime();
}

/** The Date of a wall-clock time in a zone (the earlier one when it occurs twice, shifted past a gap). */
export function dateInZone(
  timeZone: string,
  year: number,
  month: number,
  day: number,
  hour = 0,
  minute = 0,
  second = 0,
): Date {
  const wall = utcMs(year, month, day, hour, minute, second);
  const candidates = new Set([offsetMs(wall - 86400000, timeZone), offsetMs(wall + 86400000, timeZone)]);
  const fits = [...candidates].map((o) => wall - o).filter((ms) => offsetMs(ms, timeZone) === wall - ms);
  if (fits.length > 0) return new Date(Math.min(...fits));
  return new Date(wall - offsetMs(wall - 86400000, timeZone));
}
