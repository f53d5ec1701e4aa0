// Cyclic patterns (trames, roulements, rota patterns): lines × the seven weekdays of shift codes, no names, no dates.
// Each line is one week and the last line leads back to the first, so the pattern is read as a loop on days from a
// Monday (the setting `lecture.<onglet>.début`, else a provisional one); totals, counts and unrolled copies are left.
import type { Finding } from "../../findings";
import { messages } from "../../i18n";
import { foldText } from "../../text";
import { type DayNumber, mondayOf } from "../../time";
import { a1, type CellValue, cellText } from "../../workbook";
import { firstWeekday } from "../axis/day-axis";
import type { CellOutcome, RowRecord } from "../collect";
import { cycleRelabeller } from "../cycle-days";
import { hasLetter } from "../fold";
import { tabLegend, tabLegendCodes } from "../tab-legend";
import type { HowPart } from "../types";
import { PROVISIONAL_MONDAY } from "./day-header";
import type { FoundAxis } from "./scan";
import type { LayoutOutcome, ReadingCounts, Recogniser, TabInput } from "./types";

const WEEK = 7;
/** Columns left of the days searched for the line numbers. */
const LABEL_REACH = 4;
/** The longest text a pattern cell holds (`Jca`, `7h-19h`, `N12`…). */
const CODE_LENGTH = 12;
/** `1`, `L1`, `S2`, `Semaine 3`, `Week 4`, `Ligne 5`, `Line 6`, `Rotation 7`. */
const LINE_LABEL =
  /^(?:(?:semaine|sem|week|wk|ligne|line|rang|row|cycle|rotation|roulement|trame|pattern|l|s|w)\.?\s*)?(\d{1,3})$/;

/** One pattern found in a tab: its seven day columns, its line rows and where its line numbers are. */
interface Pattern {
  /** The row of its weekdays (a twin's is its neighbour's). */
  header: number;
  cols: number[];
  rows: number[];
  labelCol: number | null;
  /** The weekday (Monday = 0) of the first day column. */
  first: number;
}

/** Cyclic patterns. */
export const cyclicPattern: Recogniser = { layout: "cyclic-pattern", read: readCyclicPattern };

/** The line number a label cell gives (`3`, `Semaine 3`, `L3`), or null. */
function lineNumber(value: CellValue | undefined): number | null {
  if (typeof value === "number") return Number.isInteger(value) && value > 0 ? value : null;
  if (typeof value !== "string" || value.length > 16) return null;
  const match = LINE_LABEL.exec(foldText(value).trim());
  return match ? Number(match[1]) : null;
}

/** True when a cell may be a pattern code: a short text that is not a number (a count column is no day). */
function isCodeCell(value: CellValue | undefined): boolean {
  if (typeof value !== "string") return false;
  const text = value.trim();
  return text !== "" && text.length <= CODE_LENGTH && !/^[\d\s.,]+$/.test(text);
}

function readCyclicPattern(input: TabInput): LayoutOutcome {
  const { tab, collector, override } = input;
  const values = tab.values;
  const patterns: Pattern[] = [];
  const taken = (r: number, c: number): boolean =>
    patterns.some((p) => p.rows.includes(r) && p.cols.includes(c));
  for (const axis of input.scan.rowAxes) {
    if (override.dayRow !== undefined && axis.line !== override.dayRow) continue;
    const found = patternUnder(values, axis);
    if (!found || taken(found.rows[0] as number, found.cols[0] as number)) continue;
    patterns.push(found);
    for (const twin of twinsOf(values, found))
      if (!taken(twin.rows[0] as number, twin.cols[0] as number)) patterns.push(twin);
  }
  if (patterns.length === 0) return { kind: "none" };

  // The tab's own legend (`J = 7h-19h`, a `Code | Signification` block), outside the pattern's cells.
  const own = tabLegendCodes(tab.name, values, [], 0, (r, c) => taken(r, c));
  collector.useLegend(tabLegend(collector.workbookLegend, own));

  const dated = override.start !== undefined;
  const start = override.start === undefined ? PROVISIONAL_MONDAY : mondayOf(override.start);
  const counts: ReadingCounts = { work: 0, absence: 0, rest: 0, notUnderstood: 0 };
  const read = patterns.map((pattern, i) => ({
    records: readPattern(input, pattern, i + 1, start, counts),
    range: `${a1(pattern.rows[0] as number, pattern.cols[0] as number)}:${a1(
      pattern.rows[pattern.rows.length - 1] as number,
      pattern.cols[WEEK - 1] as number,
    )}`,
  }));
  const first = patterns[0] as Pattern;
  const longest = patterns.reduce((n, p) => Math.max(n, p.rows.length), 0);
  collector.findings = cycleFindings(collector.findings, {
    tab: tab.name,
    start,
    lines: longest,
    dated,
    text: collector.text,
    lang: collector.lang,
  });

  const understood = counts.work + counts.absence + counts.rest;
  const score = understood === 0 ? 0.3 : 0.5 + (0.5 * understood) / (understood + counts.notUnderstood);
  const how: HowPart[] = [
    { kind: "lines", count: first.rows.length, col: first.labelCol ?? (first.cols[0] as number) },
    { kind: "daysRow", row: first.header },
  ];
  if (patterns.length > 1) how.push({ kind: "blocks", count: patterns.length });
  if (own.length > 0) how.push({ kind: "tabLegend", codes: own.length });
  if (dated) how.push({ kind: "override" });
  return {
    kind: "read",
    layout: "cyclic-pattern",
    score,
    status: dated ? "read" : "undated",
    records: read.flatMap((p) => p.records),
    counts,
    how,
    cycle: { lines: first.rows.length, start, patterns: read },
    ...(dated
      ? { firstDay: start + first.first, lastDay: start + first.first + WEEK * longest - 1 }
      : { reason: { kind: "cycle", lines: first.rows.length } }),
  };
}

/** More lines than two years of weeks is a list of something else, not a pattern a team repeats. */
const MAX_LINES = 104;

/**
 * The pattern under a header of the seven weekdays alone (`L M M J V S D`, `Mon … Sun`) in seven columns: the rows
 * numbered 1, 2, 3… in a column just left of the days (empty lines of an unfinished pattern included), or, with no
 * numbers, the rows of codes right under it with nothing on their left. A longer run of weekdays is an unrolled copy.
 */
function patternUnder(values: readonly (readonly CellValue[])[], axis: FoundAxis): Pattern | null {
  if (axis.kind !== "weekdays" || axis.cells.length !== WEEK) return null;
  const cols = axis.cells.map((c) => c.pos);
  const c0 = cols[0] as number;
  if ((cols[WEEK - 1] as number) - c0 !== WEEK - 1) return null;
  const masks = axis.cells.map((c) => (c.marker.kind === "weekday" ? c.marker.weekdays : 0));
  const first = firstWeekday(masks) ?? 0;
  for (let r = axis.line + 1; r <= axis.line + 2 && r < values.length; r++) {
    const row = values[r];
    if (!row) continue;
    for (let c = c0 - 1; c >= Math.max(0, c0 - LABEL_REACH); c--) {
      if (lineNumber(row[c]) !== 1) continue;
      const rows = [r];
      while (lineNumber(values[r + rows.length]?.[c]) === rows.length + 1) {
        rows.push(r + rows.length);
        if (rows.length > MAX_LINES) return null;
      }
      // Numbered rows with a name beside them (`N° | Nom`, `Nom | N°`) are people, not lines.
      if (rows.length >= 2 && !rows.some((k) => hasLeft(values[k] ?? [], c0, c)))
        return { header: axis.line, cols, rows, labelCol: c, first };
      return null;
    }
    if (codesIn(row, cols) === 0) continue;
    const rows: number[] = [];
    for (let k = r; k < values.length; k++) {
      const line = values[k];
      if (!line || codesIn(line, cols) < 2 || hasLeft(line, c0)) break;
      rows.push(k);
      if (rows.length > MAX_LINES) return null;
    }
    return rows.length >= 2 ? { header: axis.line, cols, rows, labelCol: null, first } : null;
  }
  return null;
}

function codesIn(row: readonly CellValue[], cols: readonly number[]): number {
  let n = 0;
  for (const c of cols) if (isCodeCell(row[c])) n++;
  return n;
}

/** True when a row holds a word left of `before`, outside the line numbers' column `skip`. */
function hasLeft(row: readonly CellValue[], before: number, skip = -1): boolean {
  for (let c = 0; c < before; c++) if (c !== skip && hasLetter(cellText(row[c]))) return true;
  return false;
}

/**
 * Patterns side by side with `main` on its rows, with no header of their own: runs of exactly seven columns where
 * most lines hold codes (a count column of numbers between them is no day; a longer run is an unrolled copy).
 */
function twinsOf(values: readonly (readonly CellValue[])[], main: Pattern): Pattern[] {
  const rows = main.rows.filter((r) => codesIn(values[r] ?? [], main.cols) > 0);
  if (rows.length < 2) return [];
  const width = rows.reduce((n, r) => Math.max(n, values[r]?.length ?? 0), 0);
  const twins: Pattern[] = [];
  let run: number[] = [];
  const close = (): void => {
    if (run.length === WEEK) twins.push({ ...main, cols: run });
    run = [];
  };
  for (let c = (main.cols[WEEK - 1] as number) + 1; c < width; c++) {
    const filled = rows.filter((r) => isCodeCell(values[r]?.[c])).length;
    if (filled * 2 > rows.length) run.push(c);
    else close();
  }
  close();
  return twins;
}

/**
 * Reads the lines of one pattern, line k on the week from `start + 7 × (k − 1)`: one record per line. A cell is a
 * legend code only when written as the code (`.Ca` is no `CA` in a pattern: unknown); a rest mark that reads as
 * nothing (`-`) counts as rest.
 */
function readPattern(
  input: TabInput,
  pattern: Pattern,
  index: number,
  start: DayNumber,
  counts: ReadingCounts,
): RowRecord[] {
  const { tab, collector } = input;
  const records: RowRecord[] = [];
  pattern.rows.forEach((r, k) => {
    const row = input.tab.values[r] ?? [];
    const name = messages(collector.lang).reading.cycleLine(k + 1, index);
    const record = collector.record(
      tab.name,
      name,
      r,
      pattern.labelCol ?? (pattern.cols[0] as number),
      false,
    );
    pattern.cols.forEach((c, i) => {
      const value = row[c] ?? null;
      const day = start + WEEK * k + pattern.first + i;
      let outcome: CellOutcome;
      if (typeof value === "string" && !writtenAsCode(input, value)) {
        collector.unknown(record, day, r, c, value.trim());
        outcome = "unknown";
      } else outcome = collector.cell(record, day, r, c, value);
      if (outcome === "work") counts.work++;
      else if (outcome === "absence") counts.absence++;
      else if (outcome === "rest" || (outcome === "empty" && cellText(value) !== "")) counts.rest++;
      else if (outcome === "unknown") counts.notUnderstood++;
    });
    records.push(record);
  });
  return records;
}

/** False when a text reads as a legend code without being written as it (or one of its aliases). */
function writtenAsCode(input: TabInput, text: string): boolean {
  const parsed = input.collector.parse(text);
  if (parsed.kind !== "code") return true;
  const folded = foldText(text.trim());
  const code = parsed.code;
  return foldText(code.code) === folded || (code.aliases ?? []).some((a) => foldText(a) === folded);
}

/**
 * The pattern's reading findings without provisional dates: the `unknown-code` warnings grouped by code (one per
 * code, every cell), the others dated null with their days said as weekday and line. Dated patterns keep dates.
 */
function cycleFindings(
  findings: readonly Finding[],
  p: {
    tab: string;
    start: DayNumber;
    lines: number;
    dated: boolean;
    text: TabInput["collector"]["text"];
    lang: TabInput["collector"]["lang"];
  },
): Finding[] {
  const relabel = cycleRelabeller(p, p.start, p.start + WEEK * p.lines - 1, p.lang);
  const out: Finding[] = [];
  const unknown = new Map<string, Finding>();
  for (const f of findings) {
    if (f.tab !== p.tab) {
      out.push(f);
      continue;
    }
    if (f.ruleId === "unknown-code" && !("assumed" in f.details)) {
      const text = String(f.details.text);
      const group = unknown.get(text);
      if (group) group.cells.push(...f.cells);
      else {
        const first: Finding = { ...f, person: null, date: null, cells: [...f.cells], details: { text } };
        unknown.set(text, first);
        out.push(first);
      }
      continue;
    }
    out.push({
      ...f,
      person: null,
      date: p.dated ? f.date : null,
      message: relabel(f.message, null),
    });
  }
  for (const group of unknown.values()) {
    group.message = p.text.cycleUnknownCode(String(group.details.text), group.cells.length, p.tab);
    group.details.count = group.cells.length;
  }
  return out;
}
