// Locale-aware formatting of durations, dates and times for messages (French "9 h 30", "24/11 22:00").

import {
  type CivilDate,
  type DayNumber,
  type EpochMinutes,
  hhmm,
  partsFromDay,
  weekdayOf,
  type Zone,
} from "../time";
import { type Lang, messages } from "./index";

const pad2 = (n: number): string => (n < 10 ? `0${n}` : String(n));

/** A duration in minutes: `9 h`, `9 h 30` (fr) / `9 h`, `9 h 30 min` (en); rounds to the minute. */
export function formatDuration(minutes: number, lang: Lang): string {
  const total = Math.round(minutes);
  const sign = total < 0 ? "-" : "";
  const abs = Math.abs(total);
  const h = Math.floor(abs / 60);
  const m = abs % 60;
  if (m === 0) return `${sign}${h} h`;
  if (lang === "en") return h === 0 ? `${sign}${m} min` : `${sign}${h} h ${m} min`;
  return h === 0 ? `${sign}${m} min` : `${sign}${h} h ${pad2(m)}`;
}

/** Day-month labels already built, English and French (every other language): messages repeat the same days. */
const dayMonthEn = new Map<DayNumber, string>();
const dayMonthFr = new Map<DayNumber, string>();
const CACHE_BOUND = 100_000;

/** Day and month of a day number: `24/11` (fr) / `24 Nov` (en). */
export function formatDayMonth(day: DayNumber, lang: Lang): string {
  const cache = lang === "en" ? dayMonthEn : dayMonthFr;
  let label = cache.get(day);
  if (label === undefined) {
    const p = partsFromDay(day);
    label = lang === "en" ? `${p.day} ${EN_MONTHS[p.month - 1]}` : `${pad2(p.day)}/${pad2(p.month)}`;
    if (cache.size >= CACHE_BOUND) cache.clear();
    cache.set(day, label);
  }
  return label;
}

/** A full civil date: `24/11/2026` (fr) / `24 Nov 2026` (en). */
export function formatCivilDate(date: CivilDate, lang: Lang): string {
  const [y, m, d] = date.split("-").map(Number) as [number, number, number];
  if (lang === "en") return `${d} ${EN_MONTHS[m - 1]} ${y}`;
  return `${pad2(d)}/${pad2(m)}/${y}`;
}

/** An instant as day, month and wall-clock time in a zone: `24/11 22:00`. */
export function formatDayTime(instant: EpochMinutes, zone: Zone, lang: Lang): string {
  const wall = zone.toWall(instant);
  return `${formatDayMonth(wall.day, lang)} ${hhmm(wall.minute)}`;
}

const EN_MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];

/** The weekday's name of a day number: `lundi` (fr) / `Monday` (en). */
export function weekdayName(day: DayNumber, lang: Lang): string {
  return messages(lang).common.weekdays[weekdayOf(day)] ?? "";
}

/** The name of a month (1–12): `novembre` (fr) / `November` (en). */
export function monthName(month: number, lang: Lang): string {
  return messages(lang).common.months[month - 1] ?? "";
}

/** A month's name with a capital, as in tab names: `Novembre` (fr) / `November` (en). */
export function monthTitle(month: number, lang: Lang): string {
  const name = monthName(month, lang);
  return name.charAt(0).toUpperCase() + name.slice(1);
}
