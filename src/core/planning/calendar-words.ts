// French and English month and weekday words, and the month and year a tab name or title cell gives.
import { foldText } from "../text";

const MONTH_FORMS: readonly (readonly string[])[] = [
  ["janvier", "janv", "jan", "january"],
  ["fevrier", "fevr", "fev", "feb", "febr", "february"],
  ["mars", "mar", "march"],
  ["avril", "avr", "apr", "april"],
  ["mai", "may"],
  ["juin", "jun", "june"],
  ["juillet", "juil", "juill", "jul", "july"],
  ["aout", "aou", "aug", "august"],
  ["septembre", "sept", "sep", "september"],
  ["octobre", "oct", "october"],
  ["novembre", "nov", "november"],
  ["decembre", "dec", "december"],
];

const MONTH_OF_WORD = new Map<string, number>();
MONTH_FORMS.forEach((forms, index) => {
  for (const form of forms) MONTH_OF_WORD.set(form, index + 1);
});

/** The month (1–12) of a folded month word or abbreviation (`nov`, `novembre`, `november`), else undefined. */
export function monthOfWord(word: string): number | undefined {
  return MONTH_OF_WORD.get(word);
}

// Weekday tokens, Monday = 0. Single letters are ambiguous (M: mardi/mercredi/Monday; S: samedi/Saturday/Sunday).
const WEEKDAY_FORMS: readonly (readonly string[])[] = [
  ["l", "lu", "lun", "lundi", "m", "mo", "mon", "monday"],
  ["m", "ma", "mar", "mardi", "t", "tu", "tue", "tues", "tuesday"],
  ["m", "me", "mer", "mercredi", "w", "we", "wed", "wednesday"],
  ["j", "je", "jeu", "jeudi", "t", "th", "thu", "thur", "thurs", "thursday"],
  ["v", "ve", "ven", "vendredi", "f", "fr", "fri", "friday"],
  ["s", "sa", "sam", "samedi", "sat", "saturday"],
  ["d", "di", "dim", "dimanche", "s", "su", "sun", "sunday"],
];

const WEEKDAY_MASKS = new Map<string, number>();
WEEKDAY_FORMS.forEach((forms, weekday) => {
  for (const form of forms) WEEKDAY_MASKS.set(form, (WEEKDAY_MASKS.get(form) ?? 0) | (1 << weekday));
});

/** True when a folded word (dot removed) names a weekday, in French or English, in any usual abbreviation. */
export function isWeekdayWord(word: string): boolean {
  return WEEKDAY_MASKS.has(word);
}

/**
 * The weekdays a folded word may name, as a bit mask (bit 0 = Monday … bit 6 = Sunday): one bit for `lundi` or
 * `mon`, several for an ambiguous letter (`m`: Monday, mardi or mercredi); 0 when it names none.
 */
export function weekdayMask(word: string): number {
  return WEEKDAY_MASKS.get(word) ?? 0;
}

/** A month and/or year found in a text. */
export interface MonthYear {
  month?: number;
  year?: number;
}

/** The first and last years a planning date may fall in; anything else is a typo (`03/11/0206`, `9999`). */
export const FIRST_PLAUSIBLE_YEAR = 1900;
export const LAST_PLAUSIBLE_YEAR = 2200;

/** True when a year may be a planning's year (1900–2200). */
export function isPlausibleYear(year: number): boolean {
  return Number.isInteger(year) && year >= FIRST_PLAUSIBLE_YEAR && year <= LAST_PLAUSIBLE_YEAR;
}

const WORD_OR_NUMBER = /[a-z]+|\d+/g;
const FULL_DATE = /(?:^|\D)(\d{1,2})[/.-](\d{1,2})[/.-](\d{4}|\d{2})(?!\d)/;
const MONTH_SLASH_YEAR = /(?:^|\D)(\d{1,2})[-/._](\d{4})(?!\d)/;
const YEAR_DASH_MONTH = /(?:^|\D)(\d{4})[-/._](\d{1,2})(?!\d)/;
const MONTH_DASH_SHORT_YEAR = /^(\d{1,2})[-/.](\d{2})$/;

const validMonth = (m: number): boolean => m >= 1 && m <= 12;
const fullYear = (y: string): number => (y.length === 2 ? 2000 + Number(y) : Number(y));

/**
 * The month and year a tab name or title gives: `Novembre 2026`, `nov. 26`, `Planning novembre`, `11-2026`,
 * `2026-11`, `November 2026`, `01/11/2026`. Either part may be missing.
 */
export function monthYearOf(text: string): MonthYear {
  const folded = foldText(text);
  const out: MonthYear = {};
  const numeric =
    FULL_DATE.exec(folded) ?? MONTH_SLASH_YEAR.exec(folded) ?? MONTH_DASH_SHORT_YEAR.exec(folded) ?? null;
  if (numeric) {
    const [month, year] = numeric.length === 4 ? [numeric[2], numeric[3]] : [numeric[1], numeric[2]];
    if (validMonth(Number(month)) && year !== undefined && isPlausibleYear(fullYear(year)))
      return { month: Number(month), year: fullYear(year) };
  }
  const isoLike = YEAR_DASH_MONTH.exec(folded);
  if (isoLike && validMonth(Number(isoLike[2])) && isPlausibleYear(Number(isoLike[1])))
    return { month: Number(isoLike[2]), year: Number(isoLike[1]) };

  const tokens = folded.match(WORD_OR_NUMBER) ?? [];
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i] as string;
    const month = monthOfWord(token);
    if (month !== undefined && out.month === undefined) {
      out.month = month;
      const next = tokens[i + 1];
      if (next !== undefined && /^\d{2}$/.test(next) && out.year === undefined)
        out.year = 2000 + Number(next);
      continue;
    }
    if (/^\d{4}$/.test(token)) {
      const year = Number(token);
      if (isPlausibleYear(year) && out.year === undefined) out.year = year;
    }
  }
  return out;
}
