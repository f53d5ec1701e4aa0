// Text folding for matching what people type: accents, case, spacing and dash variants removed or unified.

const COMBINING_MARKS = /[\u0300-\u036f]/g;
const WHITESPACE_RUN = /\s+/g;
const ALL_SPACE_AND_DOTS = /[\s.]+/g;
const DASHES = /[\u2010-\u2015\u2212]/g;
const APOSTROPHES = /[\u2018\u2019\u02bc`´]/g;
const NO_BREAK_SPACES = /[\u00a0\u202f]/g;

const BACKTICK = /`/g;
const PLAIN_ASCII = /^[\x21-\x7e]*(?: [\x21-\x7e]+)*$/;
const CACHE_LIMIT = 20000;
const cache = new Map<string, string>();

/** Lower-case, accent-free, trimmed text with single spaces, unified dashes (`–` → `-`) and apostrophes. */
export function fold(text: string): string {
  // Names and codes repeat across rows and tabs: fold each distinct text once.
  let folded = cache.get(text);
  if (folded === undefined) {
    folded = PLAIN_ASCII.test(text) ? text.toLowerCase().replace(BACKTICK, "'") : foldSlow(text);
    if (cache.size >= CACHE_LIMIT) cache.clear();
    cache.set(text, folded);
  }
  return folded;
}

function foldSlow(text: string): string {
  return text
    .normalize("NFD")
    .replace(COMBINING_MARKS, "")
    .replace(NO_BREAK_SPACES, " ")
    .replace(DASHES, "-")
    .replace(APOSTROPHES, "'")
    .toLowerCase()
    .replace(WHITESPACE_RUN, " ")
    .trim();
}

/** A legend lookup key: folded, with every space and dot removed (`C. V.` → `cv`). */
export function codeKey(text: string): string {
  return fold(text).replace(ALL_SPACE_AND_DOTS, "");
}

const HAS_LETTER = /\p{L}/u;

/** True when the text holds at least one letter. */
export function hasLetter(text: string): boolean {
  return HAS_LETTER.test(text);
}
