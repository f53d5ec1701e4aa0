// Text folding for matching what people type: accents, case, spacing, dash and apostrophe variants unified.

const COMBINING_MARKS = /[\u0300-\u036f]/g;
const WHITESPACE_RUN = /\s+/g;
const DASHES = /[\u2010-\u2015\u2212]/g;
const APOSTROPHES = /[\u2018\u2019\u02bc`´]/g;
const NO_BREAK_SPACES = /[\u00a0\u202f]/g;

const BACKTICK = /`/g;
const PLAIN_ASCII = /^[\x21-\x7e]+(?: [\x21-\x7e]+)*$/;
const CACHE_LIMIT = 20000;
const cache = new Map<string, string>();

/** Lower-case, accent-free, trimmed text with single spaces, unified dashes (`–` → `-`) and apostrophes. */
export function foldText(text: string): string {
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
