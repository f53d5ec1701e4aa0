// What the layout recognisers share: how to tell names from labels, totals and notes.

import { foldText } from "../text";
import type { CellValue } from "../workbook";
import type { ParsedCell } from "./cell";
import { hasLetter } from "./fold";
import type { Legend } from "./types";

const HEADER_LABELS = new Set([
  "jour",
  "jours",
  "day",
  "days",
  "date",
  "dates",
  "semaine",
  "week",
  "weekday",
  "nom",
  "noms",
  "name",
  "names",
  "mois",
  "month",
]);

const TOTAL_PREFIXES = [
  "total",
  "sous-total",
  "sous total",
  "subtotal",
  "effectif",
  "nb",
  "nombre",
  "count",
  "presents",
  "presence",
  "heures",
  "hours",
  "moyenne",
  "average",
];

const NOTES_PREFIXES = [
  "legende",
  "legend",
  "notes",
  "note",
  "remarque",
  "remarques",
  "observation",
  "observations",
  "commentaire",
  "commentaires",
  "comments",
  "n.b",
];

const WORD_END = /[\s:.(=-]/;

/** True when `folded` starts with the word(s) `prefix`. */
function startsWithWord(folded: string, prefix: string): boolean {
  return (
    folded.startsWith(prefix) &&
    (folded.length === prefix.length || WORD_END.test(folded[prefix.length] ?? ""))
  );
}

/** True when a first-column text starts the notes below a grid: nothing under it is read. */
export function isNotesStart(text: string): boolean {
  const folded = foldText(text);
  return NOTES_PREFIXES.some((p) => startsWithWord(folded, p));
}

/**
 * True when a text in a name position is a person's name: it has a letter, is not a header label, a total,
 * a note (`M = Matin`, `Horaires : …`) or a legend code.
 */
export function isPersonName(text: string, legend: Legend): boolean {
  if (text.length < 2 || !hasLetter(text)) return false;
  if (text.includes(":") || text.includes("=")) return false;
  const folded = foldText(text);
  if (HEADER_LABELS.has(folded)) return false;
  if (TOTAL_PREFIXES.some((p) => startsWithWord(folded, p))) return false;
  if (legend.lookup(text)) return false;
  return true;
}

/**
 * True when a text in a name position is never a person, whatever its cells hold: a header label, a total or
 * count line, the start of the notes, or a legend code. Other texts that fail `isPersonName` (`=Léa`, `12`, a
 * staff number) are a person when their cells hold shifts.
 */
export function isNeverPerson(text: string, legend: Legend): boolean {
  const folded = foldText(text);
  if (HEADER_LABELS.has(folded) || TOTAL_PREFIXES.some((p) => startsWithWord(folded, p))) return true;
  return isNotesStart(text) || legend.lookup(text) !== undefined;
}

/** True when a cell value holds a shift: a legend code, times, or impossible times (not a bare number). */
export function holdsShift(value: CellValue | undefined, parse: (text: string) => ParsedCell): boolean {
  if (typeof value !== "string") return false;
  const kind = parse(value).kind;
  return kind === "code" || kind === "times" || kind === "bad-time";
}

/**
 * The name of a person row or column whose name cell is not name-like (`12`, `=Léa`): the number or text as
 * written (trimmed), when some of its day cells hold shifts and it is no label, total, note or code; else null.
 */
export function oddPersonName(
  value: CellValue | undefined,
  dayValues: Iterable<CellValue | undefined>,
  legend: Legend,
  parse: (text: string) => ParsedCell,
): string | null {
  if (typeof value !== "string" && !(typeof value === "number" && Number.isFinite(value))) return null;
  const name = String(value).trim();
  if (name === "" || isNeverPerson(name, legend)) return null;
  for (const v of dayValues) if (holdsShift(v, parse)) return name;
  return null;
}

/** True when a column header is not a person (a weekday, total, hours or notes column). */
export function isNonPersonHeader(text: string, legend: Legend): boolean {
  return !isPersonName(text, legend) || isNotesStart(text);
}

/** True when two cell values are the same (Dates by instant). */
export function sameValue(a: CellValue, b: CellValue): boolean {
  if (a instanceof Date && b instanceof Date) return a.getTime() === b.getTime();
  return a === b;
}

/**
 * True when a cell shows the tab is meant as a planning: a legend code, times (even impossible ones), or an
 * unknown code with letters (a custom code the legend lacks). Numbers alone (hours, counts) do not.
 */
export function showsPlanning(parsed: ParsedCell, text: string): boolean {
  return parsed.kind === "code" || parsed.kind === "times" || parsed.kind === "bad-time" || hasLetter(text);
}
