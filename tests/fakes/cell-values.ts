// How the fake stores what a script writes (Sheets' typed-input parsing) and shows it back (display values).
import { dateInZone, zonedParts } from "./zoned";

/** What a cell holds: "" when empty. */
export type StoredValue = string | number | boolean | Date;

/** The result of writing one value: the stored value and, for `=` text, the formula. */
export interface ParsedInput {
  value: StoredValue;
  formula: string;
}

/** Sheets' limit on one cell's content. */
export const MAX_CELL_CHARS = 50000;

/** Default number format of a cell (what `getNumberFormat` returns when none was set). */
export const DEFAULT_NUMBER_FORMAT = "0.###############";

const NUMBER = /^[+-]?(\d+\.?\d*|\.\d+)(e[+-]?\d+)?$/i;
const FRENCH_NUMBER = /^[+-]?\d+,\d+$/;
const PERCENT = /^[+-]?(\d+\.?\d*|\.\d+)%$/;
const ISO_DATE = /^(\d{4})-(\d{1,2})-(\d{1,2})(?:[ T](\d{1,2}):(\d{2})(?::(\d{2}))?)?$/;
const SLASH_DATE = /^(\d{1,2})\/(\d{1,2})\/(\d{4})(?: (\d{1,2}):(\d{2})(?::(\d{2}))?)?$/;
const TIME = /^(\d{1,2}):(\d{2})(?::(\d{2}))?$/;
// Day and month without a year (`1/2`, the current year), or with two digits (`1/2/26`: 00–29 → 20xx, else 19xx).
const SHORT_DATE = /^(\d{1,2})\/(\d{1,2})(?:\/(\d{2}))?$/;

function realDate(y: number, m: number, d: number): boolean {
  const probe = new Date(Date.UTC(2000, m - 1, d));
  return m >= 1 && m <= 12 && d >= 1 && probe.getUTCMonth() === m - 1 && probe.getUTCDate() === d && y > 0;
}

function clockOk(h: number, mi: number, s: number): boolean {
  return h <= 23 && mi <= 59 && s <= 59;
}

function tooLong(length: number): void {
  if (length > MAX_CELL_CHARS) {
    throw new Error(
      `Your input contains more than the maximum of ${MAX_CELL_CHARS} characters in a single cell.`,
    );
  }
}

/** True for the locales that write dates month first (`11/24/2026`). */
function monthFirst(locale: string): boolean {
  return /^en_(US|PH)$|^en$/.test(locale);
}

/**
 * Stores a value as Sheets does when a script writes it (setValue/setValues/appendRow):
 * - text beginning with `=` (and longer than `=`) becomes a formula (the fake computes nothing: value "");
 * - text beginning with `'` is kept as text without the apostrophe;
 * - with the plain-text format `@`, text is stored as given;
 * - otherwise trimmed text that looks like a number (`12`, `-1.5`, `1e3`, `007`; `1,5` in a French locale)
 *   becomes a number, `12%` becomes 0.12, `TRUE`/`FALSE` (any case; `VRAI`/`FAUX` in French) a boolean,
 *   `2026-11-24[ 07:30[:00]]` and the locale's `24/11/2026[ 07:30]` (`11/24/2026` in en_US) a Date in the
 *   spreadsheet's zone, as do `1/2` (the current year) and `1/2/26`; `07:30[:00]` a time (a Date on 30/12/1899);
 * - numbers, booleans and Dates are stored as given (Dates copied); null/undefined empty the cell.
 */
export function parseInput(
  input: unknown,
  context: { locale: string; timeZone: string; plainText: boolean },
): ParsedInput {
  if (input === null || input === undefined) return { value: "", formula: "" };
  if (input instanceof Date) return { value: new Date(input.getTime()), formula: "" };
  if (typeof input === "number" || typeof input === "boolean") return { value: input, formula: "" };
  const text = typeof input === "string" ? input : String(input);
  tooLong(text.length);
  if (context.plainText) return { value: text, formula: "" };
  if (text.startsWith("=") && text.length > 1) return { value: "", formula: text };
  if (text.startsWith("'")) return { value: text.slice(1), formula: "" };
  const t = text.trim();
  const french = context.locale.startsWith("fr");
  if (NUMBER.test(t)) return { value: Number(t), formula: "" };
  if (french && FRENCH_NUMBER.test(t)) return { value: Number(t.replace(",", ".")), formula: "" };
  if (PERCENT.test(t)) return { value: Number(t.slice(0, -1)) / 100, formula: "" };
  const upper = t.toUpperCase();
  if (upper === "TRUE" || (french && upper === "VRAI")) return { value: true, formula: "" };
  if (upper === "FALSE" || (french && upper === "FAUX")) return { value: false, formula: "" };
  const date = parseDateText(t, context.locale, context.timeZone);
  if (date) return { value: date, formula: "" };
  return { value: text, formula: "" };
}

function parseDateText(t: string, locale: string, timeZone: string): Date | null {
  let y: number;
  let mo: number;
  let d: number;
  let rest: (string | undefined)[];
  const iso = ISO_DATE.exec(t);
  const slash = SLASH_DATE.exec(t);
  const short = SHORT_DATE.exec(t);
  const time = TIME.exec(t);
  if (short) {
    const [a, b] = [Number(short[1]), Number(short[2])];
    [d, mo] = monthFirst(locale) ? [b, a] : [a, b];
    const yy = short[3] === undefined ? null : Number(short[3]);
    y = yy === null ? zonedParts(Date.now(), timeZone).year : yy < 30 ? 2000 + yy : 1900 + yy;
    return realDate(y, mo, d) ? dateInZone(timeZone, y, mo, d, 0, 0, 0) : null;
  }
  if (iso) {
    [y, mo, d] = [Number(iso[1]), Number(iso[2]), Number(iso[3])];
    rest = [iso[4], iso[5], iso[6]];
  } else if (slash) {
    const [a, b] = [Number(slash[1]), Number(slash[2])];
    [d, mo] = monthFirst(locale) ? [b, a] : [a, b];
    y = Number(slash[3]);
    rest = [slash[4], slash[5], slash[6]];
  } else if (time) {
    const [h, mi, s] = [Number(time[1]), Number(time[2]), Number(time[3] ?? 0)];
    return clockOk(h, mi, s) ? dateInZone(timeZone, 1899, 12, 30, h, mi, s) : null;
  } else {
    return null;
  }
  const [h, mi, s] = rest.map((x) => Number(x ?? 0)) as [number, number, number];
  if (!realDate(y, mo, d) || !clockOk(h, mi, s)) return null;
  return dateInZone(timeZone, y, mo, d, h, mi, s);
}

/** Checks a note or rich text against the cell limit. */
export function checkCellText(text: string): void {
  tooLong(text.length);
}

const p2 = (n: number): string => String(n).padStart(2, "0");

/** Formats a Date with a Sheets number format (a subset: d dd mm yyyy yy hh h mm ss; `mm` after h is minutes). */
function formatDateWithPattern(date: Date, pattern: string, timeZone: string): string {
  const p = zonedParts(date.getTime(), timeZone);
  const tokens = pattern.match(/yyyy|yy|dd|d|mm|m|hh|h|ss|s|"[^"]*"|./gi) ?? [];
  let sawHour = false;
  return tokens
    .map((token, index) => {
      const lower = token.toLowerCase();
      if (token.startsWith('"')) return token.slice(1, -1);
      if (lower === "yyyy") return String(p.year);
      if (lower === "yy") return p2(p.year % 100);
      if (lower === "dd") return p2(p.day);
      if (lower === "d") return String(p.day);
      if (lower === "hh" || lower === "h") {
        sawHour = true;
        return lower === "hh" ? p2(p.hour) : String(p.hour);
      }
      if (lower === "ss" || lower === "s") return lower === "ss" ? p2(p.second) : String(p.second);
      if (lower === "mm" || lower === "m") {
        const next = tokens.slice(index + 1).find((x) => /^[a-z]/i.test(x));
        const minutes = sawHour || next?.toLowerCase().startsWith("s");
        sawHour = false;
        const n = minutes ? p.minute : p.month;
        return lower === "mm" ? p2(n) : String(n);
      }
      return token;
    })
    .join("");
}

/**
 * The display value of a stored value: text as stored, numbers with `String` (or a fixed `0.00`-style
 * format), booleans TRUE/FALSE, Dates `dd/MM/yyyy`, `dd/MM/yyyy HH:mm:ss` when there is a time, `HH:mm:ss`
 * for a time-only value (30/12/1899), in the spreadsheet's zone; a date number format is honoured.
 */
export function displayOf(value: StoredValue, numberFormat: string | null, timeZone: string): string {
  if (typeof value === "string") return value;
  if (typeof value === "boolean") return value ? "TRUE" : "FALSE";
  if (typeof value === "number") {
    const fixed = numberFormat ? /^0(?:\.(0+))?$/.exec(numberFormat) : null;
    if (fixed) return value.toFixed(fixed[1]?.length ?? 0);
    return String(value);
  }
  if (numberFormat && numberFormat !== DEFAULT_NUMBER_FORMAT && /[dmyhs]/i.test(numberFormat)) {
    return formatDateWithPattern(value, numberFormat, timeZone);
  }
  const p = zonedParts(value.getTime(), timeZone);
  const time = `${p2(p.hour)}:${p2(p.minute)}:${p2(p.second)}`;
  if (p.year === 1899 && p.month === 12 && p.day === 30) return time;
  const day = `${p2(p.day)}/${p2(p.month)}/${p.year}`;
  return p.hour === 0 && p.minute === 0 && p.second === 0 ? day : `${day} ${time}`;
}

/** A fresh copy of a stored value (Dates are cloned). */
export function copyValue(value: StoredValue): StoredValue {
  return value instanceof Date ? new Date(value.getTime()) : value;
}

const NAMED_COLORS: Record<string, string> = {
  white: "#ffffff",
  black: "#000000",
  red: "#ff0000",
  green: "#008000",
  blue: "#0000ff",
  yellow: "#ffff00",
  orange: "#ffa500",
  gray: "#808080",
  grey: "#808080",
  purple: "#800080",
  pink: "#ffc0cb",
  cyan: "#00ffff",
  magenta: "#ff00ff",
};

/** A CSS colour as Sheets returns it: lower-case `#rrggbb`; null stays null (reset). */
export function normalizeColor(color: string | null | undefined): string | null {
  if (color === null || color === undefined || color === "") return null;
  const c = color.trim().toLowerCase();
  if (NAMED_COLORS[c]) return NAMED_COLORS[c] as string;
  const short = /^#([0-9a-f])([0-9a-f])([0-9a-f])$/.exec(c);
  if (short) return `#${short[1]}${short[1]}${short[2]}${short[2]}${short[3]}${short[3]}`;
  if (/^#[0-9a-f]{6}$/.test(c) || /^[a-z]+$/.test(c)) return c;
  throw new Error(`Invalid color: ${color}`);
}
