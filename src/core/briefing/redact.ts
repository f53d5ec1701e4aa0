// Finds private names in text however they are spelled (accents, case, spaces, word order) and blanks them out.
import { foldText } from "../text";

/** The mark that replaces a private name found where none may appear. */
export const REDACTED = "•••";

/** A word of a text (a run of letters, combining marks and digits), with where it lies and its folded form. */
interface Word {
  start: number;
  end: number;
  folded: string;
}

const WORD = /[\p{L}\p{M}\p{N}]+/gu;
/** What may stand between two words of one name: spaces of any kind, a hyphen, an apostrophe, a dot or a comma. */
const NAME_GAP = /^[\s.,'`´\u2018\u2019\u02bc\u2010-\u2015-]{1,4}$/u;

/** The words of a text; each folded with the engine's folding (accents, case) so that spellings compare equal. */
function wordsOf(text: string): Word[] {
  const out: Word[] = [];
  for (const match of text.matchAll(WORD)) {
    const folded = foldText(match[0]);
    if (folded !== "") out.push({ start: match.index, end: match.index + match[0].length, folded });
  }
  return out;
}

/** Every word order a name may be written in: as listed, reversed, and each rotation (family name first or last). */
function ordersOf(words: readonly string[]): string[][] {
  const orders = [[...words].reverse()];
  for (let i = 0; i < words.length; i += 1) orders.push([...words.slice(i), ...words.slice(0, i)]);
  const seen = new Set<string>();
  return orders.filter((o) => {
    const key = o.join(" ");
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/** A matcher of private names: the folded word sequences to look for, indexed by their first word. */
export interface NameMatcher {
  /** Sequences by first word, longest first. */
  readonly byFirst: ReadonlyMap<string, readonly (readonly string[])[]>;
}

/**
 * A matcher for the given names (residents, persons concerned). Each name matches in any word order, whatever
 * its accents, case and spaces (the engine's `foldText`). Names with fewer than 2 letters are ignored.
 */
export function nameMatcher(names: readonly string[]): NameMatcher {
  const byFirst = new Map<string, string[][]>();
  const seen = new Set<string>();
  for (const name of names) {
    const words = wordsOf(name).map((w) => w.folded);
    if (words.join("").length < 2) continue;
    for (const order of ordersOf(words)) {
      const key = order.join(" ");
      if (seen.has(key)) continue;
      seen.add(key);
      const first = order[0] as string;
      const list = byFirst.get(first) ?? [];
      list.push(order);
      byFirst.set(first, list);
    }
  }
  for (const list of byFirst.values()) list.sort((a, b) => b.length - a.length);
  return { byFirst };
}

/** The spans `[start, end)` of the text where a private name is written. */
function nameSpans(text: string, matcher: NameMatcher): Array<[number, number]> {
  if (matcher.byFirst.size === 0) return [];
  const words = wordsOf(text);
  const spans: Array<[number, number]> = [];
  let i = 0;
  while (i < words.length) {
    const candidates = matcher.byFirst.get((words[i] as Word).folded) ?? [];
    const length = candidates.find((order) => matchesAt(text, words, i, order))?.length ?? 0;
    if (length === 0) {
      i += 1;
      continue;
    }
    spans.push([(words[i] as Word).start, (words[i + length - 1] as Word).end]);
    i += length;
  }
  return spans;
}

function matchesAt(text: string, words: readonly Word[], at: number, order: readonly string[]): boolean {
  for (let k = 0; k < order.length; k += 1) {
    const word = words[at + k];
    if (!word || word.folded !== order[k]) return false;
    if (k > 0 && !NAME_GAP.test(text.slice((words[at + k - 1] as Word).end, word.start))) return false;
  }
  return true;
}

/** True when the text holds one of the matcher's names, in any spelling. */
export function holdsPrivateName(text: string, matcher: NameMatcher): boolean {
  return nameSpans(text, matcher).length > 0;
}

/** The text with every private name, in any spelling, replaced by `•••`. */
export function redactNames(text: string, matcher: NameMatcher): string {
  const spans = nameSpans(text, matcher);
  if (spans.length === 0) return text;
  let out = "";
  let from = 0;
  for (const [start, end] of spans) {
    out += `${text.slice(from, start)}${REDACTED}`;
    from = end;
  }
  return out + text.slice(from);
}
