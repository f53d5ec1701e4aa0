// Which Excel number formats show a date or a time, and the Date a serial number stands for (dateBasis `utc`).

/** Built-in format ids that show a date or a time (the CJK ids 27–36 and 50–58 are dates too). */
const BUILT_IN_DATE_IDS = new Set([
  14, 15, 16, 17, 18, 19, 20, 21, 22, 27, 28, 29, 30, 31, 32, 33, 34, 35, 36, 45, 46, 47, 50, 51, 52, 53, 54,
  55, 56, 57, 58,
]);

/** True when a built-in format id (one with no `numFmt` of its own in styles.xml) shows a date or a time. */
export function isBuiltInDateFormat(id: number): boolean {
  return BUILT_IN_DATE_IDS.has(id);
}

/**
 * True when a format code shows a date or a time, as Excel and Sheets decide it: a y, m, d, h or s token, or
 * AM/PM, outside quoted text, escaped characters, fill and padding characters and bracketed colours or locales
 * (`[h]`, `[mm]`, `[ss]` elapsed times count). `General` and number formats are not dates.
 */
export function isDateFormatCode(code: string): boolean {
  let i = 0;
  while (i < code.length) {
    const c = code[i] as string;
    if (c === '"') {
      const close = code.indexOf('"', i + 1);
      i = close < 0 ? code.length : close + 1;
    } else if (c === "\\" || c === "_" || c === "*") i += 2;
    else if (c === "[") {
      const close = code.indexOf("]", i + 1);
      const inside = code.slice(i + 1, close < 0 ? code.length : close);
      if (/^(?:h+|m+|s+)$/i.test(inside)) return true;
      i = close < 0 ? code.length : close + 1;
    } else if (/^general/i.test(code.slice(i, i + 7))) i += 7;
    else if (/[ymdhs]/i.test(c)) return true;
    else if (/^(?:am\/pm|a\/p)/i.test(code.slice(i, i + 5)) || code.startsWith("上午/下午", i)) return true;
    else i += 1;
  }
  return false;
}

const DAY_MS = 86_400_000;
/** Days from 1899-12-30 (serial 0) to 1970-01-01. */
const UNIX_EPOCH_SERIAL = 25_569;
/** Days between the 1900 and the 1904 date systems. */
const DAYS_1904 = 1_462;
/** The largest time a JavaScript Date holds. */
const MAX_DATE_MS = 8.64e15;

/**
 * The Date of an Excel serial number with its wall-clock time in the UTC fields (dateBasis `utc`), to the second;
 * a serial below 1 is a time of day on 1899-12-30, as Sheets gives it. `date1904` for workbooks in the 1904 date
 * system (Excel for Mac). A serial no Date can hold (1e308) stays a number: the core reports it.
 */
export function dateOfSerial(serial: number, date1904: boolean): Date | number {
  const ms = (serial - UNIX_EPOCH_SERIAL + (date1904 ? DAYS_1904 : 0)) * DAY_MS;
  if (!Number.isFinite(ms) || Math.abs(ms) > MAX_DATE_MS) return serial;
  return new Date(Math.round(ms / 1000) * 1000);
}
