// Which cell of a person's row (or column) holds a date in a grid tab, and what to write there to give or take a shift.
import type { Legend, Person, Sequence } from "../planning/types";
import type { DayNumber } from "../time";
import { a1, cellAt } from "../workbook";
import { findNameLine } from "./name-line";
import type { CellWrite, PlacementInput, ResolvedVacancy } from "./types";
import { clockText, findPerson } from "./vacancy";

/**
 * The cell of `person` for `day` in a grid tab: their row (people × days) or column (days × people) as the tab's
 * cells they fill show it, crossed with the day's header. A person with no readable cell in the tab (nothing
 * planned there) is found by their name in the workbook's values when `input.workbook` is given, and then only an
 * empty cell is offered. Null for a shift list, a day outside the tab, or a person the tab does not show.
 */
export function personCell(
  input: PlacementInput,
  person: Person,
  tab: string,
  day: DayNumber,
): { row: number; col: number } | null {
  const reading = input.timeline.tabs.find((t) => t.name === tab);
  if (!reading || (reading.layout !== "grid-people-days" && reading.layout !== "grid-days-people"))
    return null;
  const header = reading.dayHeaderCells?.get(day);
  if (!header) return null;
  const own =
    person.sequences.find((s) => s.cell.tab === tab)?.cell ??
    person.marks.find((m) => m.cell.tab === tab)?.cell;
  if (own)
    return reading.layout === "grid-people-days"
      ? { row: own.row, col: header.col }
      : { row: header.row, col: own.col };
  const values = input.workbook?.tabs.find((t) => t.name === tab)?.values;
  if (!values) return null;
  const line = findNameLine(values, reading, person.name);
  if (!line) return null;
  const cell = "row" in line ? { row: line.row, col: header.col } : { row: header.row, col: line.col };
  const current = cellAt(values, cell.row, cell.col);
  return current === null || current === undefined || current === "" ? cell : null;
}

/** One stretch of work to write in a cell. */
interface Piece {
  code: string | null;
  startMinute: number;
  endMinute: number;
}

/** True when a piece is exactly its legend code's times (so the code alone says it). */
function isPlainCode(piece: Piece, legend: Legend): boolean {
  if (piece.code === null) return false;
  const code = legend.lookup(piece.code);
  if (!code || code.start === undefined || code.end === undefined) return false;
  const end = code.end <= code.start ? code.end + 1440 : code.end;
  return code.start === piece.startMinute && end === piece.endMinute;
}

/** The text of a cell holding some pieces: a lone code, else times (`7h-12h / 17h-21h`); "" for none. */
function piecesText(pieces: readonly Piece[], legend: Legend): string {
  const only = pieces[0];
  if (!only) return "";
  if (pieces.length === 1 && isPlainCode(only, legend)) return only.code as string;
  return [...pieces]
    .sort((a, b) => a.startMinute - b.startMinute)
    .map((p) => `${clockText(p.startMinute)}-${clockText(p.endMinute)}`)
    .join(" / ");
}

/** What the planning read in a person's cell: their sequences there, or their absence/rest code, or "". */
function contentOf(
  person: Person,
  tab: string,
  row: number,
  col: number,
  legend: Legend,
): Sequence[] | string {
  const here = person.sequences.filter((s) => s.cell.tab === tab && s.cell.row === row && s.cell.col === col);
  if (here.length > 0) return here;
  const mark = person.marks.find((m) => m.cell.tab === tab && m.cell.row === row && m.cell.col === col);
  return mark ? mark.code : piecesText([], legend);
}

/**
 * The write that changes a person's cell for `day` in `tab`: their shifts already in it, less `remove`, plus
 * `add` (an absence or rest code there is replaced). `given` is the text to use when `add` ends up alone in the
 * cell (the shift as the user typed it). Null when the cell cannot be placed, or when an added piece overlaps a
 * shift already in the cell (writing both would mean nothing: the person is already there).
 */
export function cellChange(
  input: PlacementInput,
  person: Person,
  tab: string,
  day: DayNumber,
  change: { add?: readonly Piece[]; given?: string; remove?: ReadonlySet<Sequence> },
): CellWrite | null {
  const legend = input.legend;
  const cell = personCell(input, person, tab, day);
  if (!cell) return null;
  const content = contentOf(person, tab, cell.row, cell.col, legend);
  const existing = typeof content === "string" ? [] : content;
  const previous = typeof content === "string" ? content : piecesText(content, legend);
  const kept = existing.filter((s) => !change.remove?.has(s));
  const add = change.add ?? [];
  if (kept.some((s) => add.some((p) => p.startMinute < s.endMinute && s.startMinute < p.endMinute)))
    return null;
  const text =
    kept.length === 0 && add.length > 0 && change.given !== undefined
      ? change.given
      : piecesText([...kept, ...add], legend);
  return {
    tab,
    row: cell.row,
    col: cell.col,
    a1: a1(cell.row, cell.col),
    person: person.name,
    text,
    previous,
  };
}

/** The vacancy's pieces (its parts with its code). */
export function vacancyPieces(vacancy: ResolvedVacancy): Piece[] {
  return vacancy.parts.map((p) => ({
    code: vacancy.code,
    startMinute: p.startMinute,
    endMinute: p.endMinute,
  }));
}

/**
 * Where to write the vacant shift for a person: the cell of their row for the vacancy's date in the vacancy's
 * tab, and the text (the shift as given; with their other shifts of that cell as times when they already work
 * there). Null when the tab is not a grid or they have no row in it.
 */
export function placeShift(
  input: PlacementInput,
  vacancy: ResolvedVacancy,
  person: Person,
): CellWrite | null {
  if (vacancy.tab === null) return null;
  return cellChange(input, person, vacancy.tab, vacancy.day, {
    add: vacancyPieces(vacancy),
    given: vacancy.shift,
  });
}

/** `placeShift` for a person named as in the planning (the sidebar's chosen candidate); null when unknown. */
export function placementFor(
  input: PlacementInput,
  vacancy: ResolvedVacancy,
  name: string,
): CellWrite | null {
  const person = findPerson(input.timeline, name);
  return person ? placeShift(input, vacancy, person) : null;
}
