// Reads the values a coordinator types in the settings and staff tabs: numbers, durations, yes/no, lists, e-mails.
import * as z from "zod/mini";
import { foldText } from "../text";
import { isTimeZone, type WallParts } from "../time";
import type { CellValue } from "../workbook";

/** The result of reading one cell value: the value, or a failure (the caller says what was expected). */
export type Read<T> = { ok: true; value: T } | { ok: false };

const ok = <T>(value: T): Read<T> => ({ ok: true, value });
const fail: { ok: false } = { ok: false };

/** How a Date cell (a time typed in Sheets or Excel) is turned into wall-clock parts. */
export type DateReader = (date: Date) => WallParts;

/** Reads Date cells from their UTC fields (how exceljs gives times). */
export const utcDateReader: DateReader = (date) => ({
  year: date.getUTCFullYear(),
  month: date.getUTCMonth() + 1,
  day: date.getUTCDate(),
  hour: date.getUTCHours(),
  minute: date.getUTCMinutes(),
  second: date.getUTCSeconds(),
});

/** A cell value shown back to the user in a message. */
export function displayValue(value: CellValue): string {
  if (value === null) return "";
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? "?" : value.toISOString();
  return String(value).trim();
}

/** True when a cell holds nothing (null, empty or blank text). */
export function isBlank(value: CellValue | undefined): boolean {
  return value === null || value === undefined || (typeof value === "string" && value.trim() === "");
}

const finiteNonNegative = z.number().check(z.nonnegative());
const percentSchema = z.number().check(z.nonnegative(), z.maximum(1000));

const YES = new Set(["oui", "o", "yes", "y", "vrai", "true", "on", "1", "actif", "active", "activee", "x"]);
const NO = new Set([
  "non",
  "n",
  "no",
  "faux",
  "false",
  "off",
  "0",
  "inactif",
  "inactive",
  "desactivee",
  "desactive",
]);

/** Reads yes/no: Sheets booleans, 1/0, `oui/non`, `yes/no`, `vrai/faux`, `true/false`, `on/off`. */
export function readBoolean(value: CellValue): Read<boolean> {
  if (typeof value === "boolean") return ok(value);
  if (typeof value === "number") return value === 1 ? ok(true) : value === 0 ? ok(false) : fail;
  if (typeof value !== "string") return fail;
  const folded = foldText(value);
  if (YES.has(folded)) return ok(true);
  if (NO.has(folded)) return ok(false);
  return fail;
}

/** Words that switch a threshold level off (`non`, `aucun`, `no`, `none`, `off`, `-`). */
export function isOffWord(value: CellValue): boolean {
  if (typeof value === "boolean") return value === false;
  if (typeof value !== "string") return false;
  return ["non", "no", "aucun", "aucune", "none", "off", "-", "—", "faux", "false"].includes(foldText(value));
}

/** Reads a plain number: numbers, or text with a decimal point or comma (`17,5`). */
export function readNumber(value: CellValue): Read<number> {
  if (typeof value === "number") return Number.isFinite(value) ? ok(value) : fail;
  if (typeof value !== "string") return fail;
  const text = value.trim().replace(/\s+/g, "").replace(",", ".");
  if (!/^-?\d+(\.\d+)?$/.test(text)) return fail;
  return ok(Number(text));
}

/**
 * Reads a duration in minutes. A bare number is in `unit` (hours or minutes); text may say its unit:
 * `11 h`, `11h`, `10h30`, `10:30`, `10.5 h`, `11 heures`, `20 min`, `1h30min`. A time cell (a Date, as Sheets
 * gives `10:30` typed in a time-formatted cell) counts as hours and minutes.
 */
export function readDuration(
  value: CellValue,
  unit: "hours" | "minutes",
  readDate: DateReader = utcDateReader,
): Read<number> {
  let minutes: number | null = null;
  if (typeof value === "number") {
    minutes = unit === "hours" ? value * 60 : value;
  } else if (value instanceof Date) {
    if (Number.isNaN(value.getTime())) return fail;
    const parts = readDate(value);
    minutes = parts.hour * 60 + parts.minute + Math.round(parts.second / 60);
  } else if (typeof value === "string") {
    minutes = durationFromText(value, unit);
  }
  if (minutes === null) return fail;
  const checked = finiteNonNegative.safeParse(minutes);
  return checked.success ? ok(Math.round(checked.data * 1000) / 1000) : fail;
}

function durationFromText(raw: string, unit: "hours" | "minutes"): number | null {
  const text = foldText(raw)
    .replace(/\s+/g, "")
    .replace(",", ".")
    .replace(/(heures?|hours?|hrs?)/g, "h")
    .replace(/(minutes?|mins?|mn)/g, "m");
  let m = /^(\d+(?:\.\d+)?)$/.exec(text);
  if (m) return unit === "hours" ? Number(m[1]) * 60 : Number(m[1]);
  m = /^(\d+(?:\.\d+)?)h$/.exec(text);
  if (m) return Number(m[1]) * 60;
  m = /^(\d+)[h:](\d{1,2})m?$/.exec(text);
  if (m) return Number(m[2]) < 60 ? Number(m[1]) * 60 + Number(m[2]) : null;
  m = /^(\d+(?:\.\d+)?)m$/.exec(text);
  if (m) return Number(m[1]);
  return null;
}

/** Reads a whole number from `min` to `max`, allowing a unit word after it (`6 jours`, `2 personnes`). */
export function readWholeNumber(value: CellValue, min: number, max: number): Read<number> {
  let n: number | null = null;
  if (typeof value === "number") n = value;
  else if (typeof value === "string") {
    const m =
      /^(\d+)\s*(jours?|j|days?|d|semaines?|sem|weeks?|w|personnes?|pers|people|persons?|sequences?|fois|times)?$/.exec(
        foldText(value),
      );
    if (m) n = Number(m[1]);
  }
  if (n === null) return fail;
  const checked = z.int().check(z.minimum(min), z.maximum(max)).safeParse(n);
  return checked.success ? ok(checked.data) : fail;
}

/**
 * Reads a percentage: `10`, `10 %`, `10,5%`. A number cell below 1 (Sheets' percent format gives 0.1 for 10 %)
 * is read as a fraction.
 */
export function readPercent(value: CellValue): Read<number> {
  let n: number | null = null;
  if (typeof value === "number") n = value > 0 && value < 1 ? value * 100 : value;
  else if (typeof value === "string") {
    const m = /^(\d+(?:[.,]\d+)?)\s*%?$/.exec(value.trim());
    if (m) n = Number(m[1]?.replace(",", "."));
  }
  if (n === null) return fail;
  const checked = percentSchema.safeParse(n);
  return checked.success ? ok(Math.round(checked.data * 1000) / 1000) : fail;
}

/** Splits a list typed in one cell on commas and semicolons (and line breaks), dropping blanks. */
export function splitList(text: string): string[] {
  return text
    .split(/[,;\n]/)
    .map((s) => s.trim())
    .filter((s) => s.length > 0);
}

const emailSchema = z.email();

/** Reads e-mail addresses separated by commas, semicolons or spaces; `bad` lists the invalid ones. */
export function readEmails(value: CellValue): { emails: string[]; bad: string[] } {
  const text = typeof value === "string" ? value : displayValue(value);
  const parts = text
    .split(/[,;\s]+/)
    .map((s) => s.trim())
    .filter((s) => s.length > 0);
  const emails: string[] = [];
  const bad: string[] = [];
  for (const part of parts) {
    if (emailSchema.safeParse(part).success) emails.push(part);
    else bad.push(part);
  }
  return { emails, bad };
}

/** Reads an IANA time zone name (`Europe/Paris`). */
export function readTimeZone(value: CellValue): Read<string> {
  if (typeof value !== "string") return fail;
  const name = value.trim();
  return name.length > 0 && isTimeZone(name) ? ok(name) : fail;
}
