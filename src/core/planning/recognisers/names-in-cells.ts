// Who a post's cell names: one person (`Léa Martin`, `Smith, Ann`), two (`A/B`), with an optional time line
// (`Smith, Ann\n08:00-16:00`), or no one (a team label `AAU`, `unfilled`, `TBC`, a note, a legend code).
import { foldText } from "../../text";
import type { ParsedCell, TimeRange } from "../cell";
import { hasLetter } from "../fold";
import { cleanName } from "../identity";
import { codeTypeOfLabel } from "../label-type";
import { isPersonName } from "../layout-common";
import type { Legend } from "../types";

/** What a post's cell holds. */
export type PostCell =
  | { kind: "empty" }
  /** `short`: a single word of four letters or fewer (`Paul`, `AAU`): a name only in a tab of such names. */
  | { kind: "names"; names: string[]; ranges: readonly TimeRange[] | null; short: boolean }
  /** No one: `placeholder` for a post left unfilled (`unfilled`, `TBC`, `vacant`), else a label or a note. */
  | { kind: "nobody"; placeholder: boolean };

const EMPTY: PostCell = { kind: "empty" };
const LABEL: PostCell = { kind: "nobody", placeholder: false };
const PLACEHOLDER: PostCell = { kind: "nobody", placeholder: true };

const FILLER = /^[-\u2010-\u2015_./*\s]*$/;
const NAME_THEN_TIMES = /^(.*?\p{L}.*?)\s+(\d.*)$/u;
const NOT_A_NAME = /[\d:=()?!@#%;*]/;
/** Words that say a post is not filled by a named person. */
const PLACEHOLDERS = new Set([
  "unfilled",
  "vacant",
  "vacancy",
  "tbc",
  "tba",
  "tbd",
  "nobody",
  "none",
  "personne",
  "aucun",
  "a pourvoir",
  "non pourvu",
  "libre",
  "locum",
  "agency",
  "interim",
]);
/** Words that make a cell a team or slot label, not a person. */
const LABEL_WORDS =
  /\b(?:team|teams|equipe|equipes|cover|on-call|on call|nights|astreinte|garde|unit|ward|service|pool)\b/;

/** A name part of a cell: the name as it is reported, or null when the part is no person's name. */
function nameOf(part: string, legend: Legend): string | null {
  const name = cleanName(part);
  if (name.length < 2 || name.length > 50 || !hasLetter(name) || NOT_A_NAME.test(name)) return null;
  if (name.split(" ").length > 5 || (name.match(/,/g)?.length ?? 0) > 1) return null;
  const folded = foldText(name);
  if (PLACEHOLDERS.has(folded) || LABEL_WORDS.test(folded)) return null;
  if (!isPersonName(name, legend) || codeTypeOfLabel(folded) !== undefined) return null;
  return name;
}

/**
 * Reads a post's cell: the names it holds (split on `/`), each a person, and the times of a line of its own that
 * override the post's hours (or the same line's, after the name). `parse` reads a time line as the planning cells are read.
 */
export function readPostCell(text: string, legend: Legend, parse: (text: string) => ParsedCell): PostCell {
  const trimmed = text.trim();
  if (FILLER.test(trimmed)) return EMPTY;
  if (PLACEHOLDERS.has(foldText(trimmed))) return PLACEHOLDER;
  const nameLines: string[] = [];
  let ranges: readonly TimeRange[] | null = null;
  for (const line of trimmed.split("\n")) {
    const clean = line.trim();
    if (clean === "") continue;
    const parsed = parse(clean);
    if (parsed.kind === "times" && ranges === null) {
      ranges = parsed.ranges;
      continue;
    }
    // `Léa Dubois 10h-16h`: a name then its times on one line.
    const split: RegExpExecArray | null = ranges === null ? NAME_THEN_TIMES.exec(clean) : null;
    const after: ParsedCell | null = split ? parse(split[2] as string) : null;
    if (split && after?.kind === "times") {
      ranges = after.ranges;
      nameLines.push(split[1] as string);
    } else nameLines.push(clean);
  }
  if (nameLines.length === 0 || nameLines.length > 2) return LABEL;
  const names: string[] = [];
  for (const part of nameLines.join(" ").split("/")) {
    const name = nameOf(part, legend);
    if (name === null) return LABEL;
    names.push(name);
  }
  const short = names.every((n) => !n.includes(" ") && !n.includes(",") && n.length <= 4);
  return { kind: "names", names, ranges, short };
}

/** A cached `readPostCell` for one tab's legend and parser. */
export function postCellReader(
  legend: Legend,
  parse: (text: string) => ParsedCell,
): (text: string) => PostCell {
  const cache = new Map<string, PostCell>();
  return (text) => {
    let cell = cache.get(text);
    if (cell === undefined) {
      cell = readPostCell(text, legend, parse);
      cache.set(text, cell);
    }
    return cell;
  };
}
