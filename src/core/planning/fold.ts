// Planning text helpers on top of `foldText`: legend lookup keys and the letter test.
import { foldText } from "../text";

const ALL_SPACE_AND_DOTS = /[\s.]+/g;

/** A legend lookup key: folded, with every space and dot removed (`C. V.` → `cv`). */
export function codeKey(text: string): string {
  return foldText(text).replace(ALL_SPACE_AND_DOTS, "");
}

const HAS_LETTER = /\p{L}/u;

/** True when the text holds at least one letter. */
export function hasLetter(text: string): boolean {
  return HAS_LETTER.test(text);
}
