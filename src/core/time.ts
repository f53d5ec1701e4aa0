// Civil dates and zoned instants: the only module that does calendar and time-zone arithmetic.

/** A civil date as `YYYY-MM-DD`. */
export type CivilDate = string;
/** Days since 1970-01-01 of a civil date (proleptic Gregorian); day 0 is a Thursday. */
export type DayNumber = number;
/** An instant as whole minutes since the Unix epoch (UTC). */
export type EpochMinutes = number;

/** Wall-clock parts of a date-time. */
export interface WallParts {
  year: number;
  month: number;
  day: number;
  hour: number;
  minute: number;
  second: number;
}

const MINUTES_PER_DAY = 1440;

/** Days since the epoch of a year, month (1–12) and day, without validation. */
export function dayFromParts(year: number, month: number, day: number): DayNumber {
  // Howard Hinnant's days_from_civil.
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yoe = y - era * 400;
  const mp = (month + 9) % 12;
  const doy = Math.floor((153 * mp + 2) / 5) + day - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146097 + doe - 719468;
}

/** Year, month (1–12) and day of a day number. */
export function partsFromDay(dayNumber: DayNumber): { year: number; month: number; day: number } {
  const z = dayNumber + 719468;
  const era = Math.floor(z / 146097);
  const doe = z - era * 146097;
  const yoe = Math.floor(
    (doe - Math.floor(doe / 1460) + Math.floor(doe / 36524) - Math.floor(doe / 146096)) / 365,
  );
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const day = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const month = mp < 10 ? mp + 3 : mp - 9;
  return { year: yoe + era * 400 + (month <= 2 ? 1 : 0), month, day };
}

/** Number of days in a month (1–12) of a year. */
export function daysInMonth(year: number, month: number): number {
  return (
    dayFromParts(month === 12 ? year + 1 : year, month === 12 ? 1 : month + 1, 1) -
    dayFromParts(year, month, 1)
  );
}

/** True when year/month/day name a real calendar date. */
export function isRealDate(year: number, month: number, day: number): boolean {
  return (
    Number.isInteger(year) &&
    Number.isInteger(month) &&
    Number.isInteger(day) &&
    month >= 1 &&
    month <= 12 &&
    day >= 1 &&
    day <= daysInMonth(year, month)
  );
}

const pad2 = (n: number): string => (n < 10 ? `0${n}` : String(n));

/** Cache of `civilDate` results (findings date every day they name); cleared when it grows past a bound. */
const civilDates = new Map<DayNumber, CivilDate>();
const CACHE_BOUND = 100_000;

/** The `YYYY-MM-DD` form of a day number. */
export function civilDate(dayNumber: DayNumber): CivilDate {
  let text = civilDates.get(dayNumber);
  if (text === undefined) {
    const { year, month, day } = partsFromDay(dayNumber);
    text = `${year}-${pad2(month)}-${pad2(day)}`;
    if (civilDates.size >= CACHE_BOUND) civilDates.clear();
    civilDates.set(dayNumber, text);
  }
  return text;
}

/** The day number of a `YYYY-MM-DD` civil date; throws on anything else. */
export function dayNumber(date: CivilDate): DayNumber {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date);
  if (!match) throw new RangeError(`Not a civil date: ${date}`);
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  if (!isRealDate(year, month, day)) throw new RangeError(`Not a real date: ${date}`);
  return dayFromParts(year, month, day);
}

/** True when the text is a real `YYYY-MM-DD` date. */
export function isCivilDate(text: string): boolean {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  return match !== null && isRealDate(Number(match[1]), Number(match[2]), Number(match[3]));
}

/** Weekday of a day number, Monday = 0 … Sunday = 6. */
export function weekdayOf(dayNumber: DayNumber): number {
  return (((dayNumber + 3) % 7) + 7) % 7;
}

/** The Monday that starts the week (Monday 00:00 – Sunday 24:00) holding this day. */
export function mondayOf(dayNumber: DayNumber): DayNumber {
  return dayNumber - weekdayOf(dayNumber);
}

/** A time zone: conversions between wall-clock times and instants, with offsets cached per day. */
export interface Zone {
  readonly name: string;
  /**
   * The instant of a wall-clock time: `minuteOfDay` minutes after midnight of `day` (it may exceed 1440 to
   * reach the next days). A time skipped by a daylight-saving change moves forward by the gap; a time that
   * occurs twice is the first occurrence.
   */
  toInstant(day: DayNumber, minuteOfDay: number): EpochMinutes;
  /** The wall-clock day and minute of the day of an instant. */
  toWall(instant: EpochMinutes): { day: DayNumber; minute: number };
  /** UTC offset in minutes at an instant (Paris: 60 in winter, 120 in summer). */
  offsetAt(instant: EpochMinutes): number;
  /** Wall-clock parts of a JavaScript Date in this zone (seconds included). */
  partsOf(date: Date): WallParts;
}

const zones = new Map<string, Zone>();

/** True when `name` is an IANA time zone this runtime knows. */
export function isTimeZone(name: string): boolean {
  try {
    new Intl.DateTimeFormat("en-US", { timeZone: name });
    return name.length > 0;
  } catch {
    return false;
  }
}

/** The zone of an IANA name (cached); throws RangeError for an unknown name. */
export function zone(name: string): Zone {
  let found = zones.get(name);
  if (!found) {
    found = createZone(name);
    zones.set(name, found);
  }
  return found;
}

function createZone(name: string): Zone {
  const format = new Intl.DateTimeFormat("en-US", {
    timeZone: name,
    hourCycle: "h23",
    year: "numeric",
    month: "numeric",
    day: "numeric",
    hour: "numeric",
    minute: "numeric",
    second: "numeric",
    era: "short",
  });

  const partsOfMs = (ms: number): WallParts => {
    const out: WallParts = { year: 0, month: 0, day: 0, hour: 0, minute: 0, second: 0 };
    let bc = false;
    for (const part of format.formatToParts(new Date(ms))) {
      switch (part.type) {
        case "year":
          out.year = Number(part.value);
          break;
        case "month":
          out.month = Number(part.value);
          break;
        case "day":
          out.day = Number(part.value);
          break;
        case "hour":
          out.hour = Number(part.value);
          break;
        case "minute":
          out.minute = Number(part.value);
          break;
        case "second":
          out.second = Number(part.value);
          break;
        case "era":
          bc = part.value === "BC" || part.value === "B";
          break;
      }
    }
    if (bc) out.year = 1 - out.year;
    return out;
  };

  // Offsets per quarter hour of UTC time: every real zone changes offset on a quarter hour.
  const offsetCache = new Map<number, number>();
  const offsetAt = (instant: EpochMinutes): number => {
    const key = Math.floor(instant / 15);
    let offset = offsetCache.get(key);
    if (offset === undefined) {
      const p = partsOfMs(key * 15 * 60000);
      const wall = dayFromParts(p.year, p.month, p.day) * MINUTES_PER_DAY + p.hour * 60 + p.minute;
      offset = wall - key * 15;
      offsetCache.set(key, offset);
    }
    return offset;
  };

  const resolve = (wall: number): EpochMinutes => {
    // Try the offsets in force just before and just after; keep the earliest instant that shows this wall time.
    const before = offsetAt(wall - 1440);
    const after = offsetAt(wall + 1440);
    const candidates: number[] = [];
    for (const offset of before === after ? [before] : [before, after]) {
      const instant = wall - offset;
      if (offsetAt(instant) === offset) candidates.push(instant);
    }
    if (candidates.length > 0) return Math.min(...candidates);
    // Skipped wall time (spring forward): move forward by the gap.
    return wall - before;
  };

  // Per civil day: one offset for the whole day, or null when the offset changes that day.
  const dayOffsets = new Map<number, number | null>();
  const toInstant = (day: DayNumber, minuteOfDay: number): EpochMinutes => {
    const wholeDays = Math.floor(minuteOfDay / MINUTES_PER_DAY);
    const d = day + wholeDays;
    const m = minuteOfDay - wholeDays * MINUTES_PER_DAY;
    let offset = dayOffsets.get(d);
    if (offset === undefined) {
      const wallStart = d * MINUTES_PER_DAY;
      const a = offsetAt(wallStart - 1440);
      const b = offsetAt(wallStart + 2 * MINUTES_PER_DAY);
      const c = offsetAt(wallStart + MINUTES_PER_DAY / 2);
      offset = a === b && b === c ? a : null;
      dayOffsets.set(d, offset);
    }
    const wall = d * MINUTES_PER_DAY + m;
    return offset === null ? resolve(wall) : wall - offset;
  };

  return {
    name,
    toInstant,
    offsetAt,
    toWall(instant) {
      const wall = instant + offsetAt(instant);
      const day = Math.floor(wall / MINUTES_PER_DAY);
      return { day, minute: wall - day * MINUTES_PER_DAY };
    },
    partsOf(date) {
      return partsOfMs(date.getTime());
    },
  };
}

/** Wall-clock parts of a Date built by an adapter: from its UTC fields, or as shown in a zone. */
export function wallPartsOfDate(date: Date, basis: "utc" | Zone): WallParts {
  if (basis === "utc") {
    return {
      year: date.getUTCFullYear(),
      month: date.getUTCMonth() + 1,
      day: date.getUTCDate(),
      hour: date.getUTCHours(),
      minute: date.getUTCMinutes(),
      second: date.getUTCSeconds(),
    };
  }
  return basis.partsOf(date);
}

/** An ISO-8601 date-time with the zone's offset, e.g. `2026-11-24T22:00:00+01:00`. */
export function isoWithOffset(instant: EpochMinutes, z: Zone): string {
  const offset = z.offsetAt(instant);
  const { day, minute } = z.toWall(instant);
  const sign = offset < 0 ? "-" : "+";
  const abs = Math.abs(offset);
  return `${civilDate(day)}T${pad2(Math.floor(minute / 60))}:${pad2(minute % 60)}:00${sign}${pad2(Math.floor(abs / 60))}:${pad2(abs % 60)}`;
}

/** `HH:MM` of each whole minute of the day. */
const clockTexts: readonly string[] = Array.from(
  { length: MINUTES_PER_DAY },
  (_, m) => `${pad2(Math.floor(m / 60))}:${pad2(m % 60)}`,
);

/** `HH:MM` of a minute of the day (0–1439). */
export function hhmm(minuteOfDay: number): string {
  const m = ((minuteOfDay % MINUTES_PER_DAY) + MINUTES_PER_DAY) % MINUTES_PER_DAY;
  return clockTexts[m] ?? `${pad2(Math.floor(m / 60))}:${pad2(m % 60)}`;
}

/** An ISO-8601 date-time to the second with the zone's offset, e.g. `2026-11-24T22:00:15+01:00`. */
export function isoSecondsWithOffset(epochMs: number, z: Zone): string {
  const wholeSeconds = Math.floor(epochMs / 1000);
  const instant = Math.floor(wholeSeconds / 60);
  const seconds = wholeSeconds - instant * 60;
  return isoWithOffset(instant, z).replace(/:00([+-]\d{2}:\d{2})$/, `:${pad2(seconds)}$1`);
}

const ISO_INSTANT =
  /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2})(?:\.(\d{1,3})\d*)?)?(Z|([+-])(\d{2}):?(\d{2}))$/;

/**
 * Epoch milliseconds of an ISO-8601 date-time with an offset or `Z` (`2026-11-24T22:00:15+01:00`,
 * seconds and fractions optional); null for anything else.
 */
export function epochMsOfIso(text: string): number | null {
  const match = ISO_INSTANT.exec(text.trim());
  if (!match) return null;
  const n = (i: number): number => Number(match[i] ?? 0);
  const [year, month, day, hour, minute] = [n(1), n(2), n(3), n(4), n(5)];
  const second = Number(match[6] ?? 0);
  const ms = Number((match[7] ?? "0").padEnd(3, "0"));
  if (!isRealDate(year, month, day) || hour > 23 || minute > 59 || second > 59) return null;
  const offset =
    match[8] === "Z" ? 0 : (match[9] === "-" ? -1 : 1) * (Number(match[10]) * 60 + Number(match[11]));
  const wallMinutes = dayFromParts(year, month, day) * MINUTES_PER_DAY + hour * 60 + minute;
  return (wallMinutes - offset) * 60000 + second * 1000 + ms;
}
