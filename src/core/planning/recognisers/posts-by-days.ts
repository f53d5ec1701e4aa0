// Posts × days plannings ("planning par poste"): one row or column per post (`Nuit 20h-8h`, `Day Reg 8-18`), the
// days across or down, and in each cell who holds the post that day; the post's header gives the hours.
import { foldText } from "../../text";
import { type DayNumber, partsFromDay, weekdayOf } from "../../time";
import type { CellValue } from "../../workbook";
import { resolveAxis } from "../axis/day-axis";
import type { RowRecord } from "../collect";
import { nameKey } from "../names";
import type { HowPart, Legend } from "../types";
import { type DatedAxis, dateAxis, isDayByDay } from "./day-header";
import { type PostCell, postCellReader } from "./names-in-cells";
import { type PostHours, postHours } from "./post-hours";
import type { FoundAxis } from "./scan";
import type { LayoutOutcome, ReadingCounts, ReadOutcome, Recogniser, TabInput } from "./types";

/** One post of a block: its label, its hours by weekday and its row (days across) or column (days down). */
interface Post {
  label: string;
  /** Read from the label when first needed (most rows of a grid that is no posts planning never are). */
  readonly hours: PostHours;
  line: number;
}

/** A post whose hours are read from its label on first use, once per distinct label of the tab. */
function post(label: string, line: number, hoursOf: (label: string) => PostHours): Post {
  let hours: PostHours | undefined;
  return {
    label,
    line,
    get hours(): PostHours {
      hours ??= hoursOf(label);
      return hours;
    },
  };
}

/** `postHours` once per distinct label. */
function hoursReader(legend: Legend): (label: string) => PostHours {
  const cache = new Map<string, PostHours>();
  return (label) => {
    let hours = cache.get(label);
    if (!hours) {
      hours = postHours(label, legend);
      cache.set(label, hours);
    }
    return hours;
  };
}

/** A block of a posts × days planning: dated days, posts, and the cell of a day and a post. */
interface PostBlock {
  dated: DatedAxis;
  posts: Post[];
  /** The row and column of the cell of day `i` and post `j`. */
  at: (i: number, j: number) => [number, number];
  /** Blocks of one layout share it (day columns and header labels): a report section differs. */
  signature: string;
  /** The first row of the block, for the rows left aside. */
  row: number;
  /** Where the posts are named: the header row (days down) or the first label column (days across). */
  postsLine: number;
}

/** Rows above the first day searched for the posts' header (days down). */
const HEADER_SEARCH = 4;
/** Rows above a later block searched for its title (`Week commencing 07/06/2026`). */
const TITLE_ABOVE = 3;
/** Axis rows this close are one header (dates over weekdays). */
const HEADER_GAP = 2;

/** Posts × days plannings, names in the cells. */
export const postsByDays: Recogniser = { layout: "posts-days", read: readPostsByDays };

function readPostsByDays(input: TabInput): LayoutOutcome {
  const read = postCellReader(input.collector.legend, input.collector.parse);
  const down = readBlocks(input, daysDownBlocks(input, read), "down", read);
  const across = readBlocks(input, daysAcrossBlocks(input, read), "across", read);
  if (down.kind === "read" && (across.kind !== "read" || down.score >= across.score)) return down;
  if (across.kind === "read") return across;
  return { kind: "none" };
}

const text = (v: CellValue | undefined): string => (typeof v === "string" ? v.trim() : "");
const postName = (label: string): string => (label.split("\n")[0] ?? "").trim().slice(0, 40);

/** Days running down a column, posts across the header row above the first day. */
function daysDownBlocks(input: TabInput, read: (t: string) => PostCell): PostBlock[] {
  const { tab, scan } = input;
  const values = tab.values;
  const axes = scan.columnAxes;
  if (axes.length === 0) return [];
  const axisCols = new Set(axes.map((a) => a.line));
  const lastAxisCol = Math.max(...axes.map((a) => a.line));
  // Axes over the same rows (a weekday column beside a date column) are one; the best is dated.
  const first = axes[0] as FoundAxis;
  const same = axes.filter(
    (a) => (a.cells[0] as { pos: number }).pos === (first.cells[0] as { pos: number }).pos,
  );
  const firstRow = (first.cells[0] as { pos: number }).pos;
  let headerRow = -1;
  for (let r = firstRow - 1; r >= Math.max(0, firstRow - HEADER_SEARCH) && headerRow < 0; r--) {
    const row = values[r] ?? [];
    let labels = 0;
    for (let c = lastAxisCol + 1; c < row.length; c++) if (/\p{L}/u.test(text(row[c]))) labels++;
    if (labels >= 2) headerRow = r;
  }
  if (headerRow < 0) return [];
  const headerTexts = (values[headerRow] ?? []).slice(lastAxisCol + 1).map(text);
  if (namesPeople(headerTexts, read)) return [];
  const glanceCols: number[] = [];
  for (let c = lastAxisCol + 1; c < (values[headerRow] ?? []).length; c++) glanceCols.push(c);
  const glanceRows = first.cells.map((c) => c.pos);
  if (!namesAtAGlance(values, glanceRows, glanceCols, read, { cells: 0, strong: 0 })) return [];
  const dated = dateAxis(
    input,
    same,
    0,
    [],
    () => headerRow,
    (a) => ({ kind: "daysColumn", col: a.line }),
  );
  if (!dated || dated.days.length === 0) return [];
  const rows = dated.axis.cells.map((c) => c.pos);
  let width = (values[headerRow] ?? []).length;
  for (const r of rows) width = Math.max(width, (values[r] ?? []).length);
  const posts: Post[] = [];
  const hoursOf = hoursReader(input.collector.legend);
  const header = values[headerRow] ?? [];
  for (let c = dated.axis.line + 1; c < width; c++) {
    if (axisCols.has(c)) continue;
    const label = text(header[c]);
    posts.push(post(label, c, hoursOf));
  }
  return [
    {
      dated,
      posts,
      at: (i, j) => [rows[i] as number, (posts[j] as Post).line],
      signature: "",
      row: headerRow,
      postsLine: headerRow,
    },
  ];
}

/** Days across a header row, one post per row below it (its label left of the days, carried down), in blocks. */
function daysAcrossBlocks(input: TabInput, read: (t: string) => PostCell): PostBlock[] {
  const { tab, scan, override } = input;
  const values = tab.values;
  let axes = scan.rowAxes;
  if (override.dayRow !== undefined) axes = axes.filter((a) => a.line === override.dayRow);
  const groups: FoundAxis[][] = [];
  for (const axis of axes) {
    const group = groups[groups.length - 1];
    const last = group?.[group.length - 1];
    if (group && last && axis.line - last.line <= HEADER_GAP) group.push(axis);
    else groups.push([axis]);
  }
  const blocks: PostBlock[] = [];
  const hoursOf = hoursReader(input.collector.legend);
  let previous: DatedAxis | undefined;
  const seen = { cells: 0, strong: 0 };
  let codes = false;
  groups.forEach((group, g) => {
    if (codes) return;
    const top = (group[0] as FoundAxis).line;
    const bottom = (group[group.length - 1] as FoundAxis).line;
    const end = g + 1 < groups.length ? ((groups[g + 1] as FoundAxis[])[0] as FoundAxis).line : values.length;
    const rows: number[] = [];
    const labels: string[] = [];
    const labelCols = ((group[0] as FoundAxis).cells[0] as { pos: number }).pos;
    // Only rows holding something are posts (a stray cell far below leaves a million empty rows).
    for (let r = bottom + 1; r < end; r++) {
      const row = values[r];
      if (!row || row.length === 0) continue;
      rows.push(r);
      for (let c = 0; c < labelCols && labels.length < LABELS_LOOKED_AT; c++) labels.push(text(row[c]));
    }
    if (namesPeople(labels, read)) {
      codes = true;
      return;
    }
    const widest = group.reduce((a, b) => (b.cells.length > a.cells.length ? b : a));
    if (
      !namesAtAGlance(
        values,
        rows,
        widest.cells.map((c) => c.pos),
        read,
        seen,
      )
    ) {
      codes = true;
      return;
    }
    const rowsAround = [top - 1, bottom + 1];
    let dated = dateAxis(input, group, blocks.length > 0 ? top - TITLE_ABOVE : 0, rowsAround);
    // A section under a dated block (study days of the same week) takes that block's week.
    if (dated && !dated.dated && previous?.dated) dated = sameWeek(group, previous) ?? dated;
    if (!dated || dated.days.length === 0) return;
    previous = dated;
    const dayCols = dated.axis.cells.map((c) => c.pos);
    const firstDayCol = dayCols[0] as number;
    if (hasSubcolumns(values, [dated.axis.line, bottom + 1], dayCols)) return;
    const headerValues = values[dated.axis.line] ?? [];
    const headerLabels: string[] = [];
    for (let c = 0; c < firstDayCol; c++) headerLabels.push(foldText(text(headerValues[c])));
    const carried: string[] = [];
    const posts: Post[] = [];
    for (const r of rows) {
      const row = values[r] ?? [];
      for (let c = 0; c < firstDayCol; c++) {
        const t = text(row[c]);
        if (t === "" || /^\d+([.,]\d+)?$/.test(t)) continue;
        carried[c] = t;
        // A new post group in a column resets the finer labels on its right.
        for (let k = c + 1; k < firstDayCol; k++) if (text(row[k]) === "") carried[k] = "";
      }
      const label = carried.filter((t) => t !== undefined && t !== "").join(" ");
      posts.push(post(label, r, hoursOf));
    }
    blocks.push({
      dated,
      posts,
      at: (i, j) => [(posts[j] as Post).line, dayCols[i] as number],
      signature: `${dayCols.join(",")}|${headerLabels.join("|")}`,
      row: top,
      postsLine: Math.max(
        0,
        carried.findIndex((t) => t !== undefined && t !== ""),
      ),
    });
  });
  return codes ? [] : blocks;
}

/**
 * True when the labels of the rows or columns (left of the days, or the header over them) are mostly people's full
 * names (`Martin Léa`, `Smith, Ann`): a people grid whose cells hold places or tasks, not a posts planning.
 */
function namesPeople(labels: readonly string[], read: (t: string) => PostCell): boolean {
  let filled = 0;
  let people = 0;
  for (const label of labels) {
    if (label === "") continue;
    filled++;
    const cell = read(label);
    if (cell.kind === "names" && cell.names.length === 1 && /[\s,]/.test(cell.names[0] as string)) people++;
  }
  return people >= 2 && people * 3 > filled * 2;
}

/** Row labels looked at to tell posts from people. */
const LABELS_LOOKED_AT = 200;

/** Cells looked at before a tab whose cells are mostly not full names (a grid of codes) is given up. */
const EARLY_LOOK = 300;

/**
 * False as soon as the first cells looked at (across calls, counted in `seen`) show codes or labels rather than
 * names: fewer than a third of them name someone in full. A large grid of codes costs only a glance.
 */
function namesAtAGlance(
  values: readonly (readonly CellValue[])[],
  rows: readonly number[],
  cols: readonly number[],
  read: (t: string) => PostCell,
  seen: { cells: number; strong: number },
): boolean {
  for (const r of rows) {
    const row = values[r];
    if (!row) continue;
    for (const c of cols) {
      if (seen.cells >= EARLY_LOOK) return true;
      const v = row[c];
      if (typeof v !== "string") continue;
      const cell = read(v);
      if (cell.kind === "empty" || (cell.kind === "nobody" && cell.placeholder)) continue;
      seen.cells++;
      if (cell.kind === "names" && !cell.short) seen.strong++;
      if (seen.cells === EARLY_LOOK && seen.strong * 3 < seen.cells) return false;
    }
  }
  return true;
}

/**
 * True when the header (or the row under it) names columns between the days (`Start | End | Hrs` under each day):
 * a grid in sub-columns, not posts.
 */
function hasSubcolumns(
  values: readonly (readonly CellValue[])[],
  rows: readonly number[],
  dayCols: readonly number[],
): boolean {
  const days = new Set(dayCols);
  const last = dayCols[dayCols.length - 1] as number;
  return rows.some((r) => {
    const row = values[r] ?? [];
    for (let c = (dayCols[0] as number) + 1; c < Math.min(last, row.length); c++)
      if (!days.has(c) && /\p{L}/u.test(text(row[c]))) return true;
    return false;
  });
}

/** The days of a header group in the week of the block above it (its first day anchors the first number). */
function sameWeek(group: readonly FoundAxis[], previous: DatedAxis): DatedAxis | null {
  const firstDay = previous.days[0] as DayNumber;
  const { month, year } = partsFromDay(firstDay);
  for (const axis of group) {
    const resolution = resolveAxis(axis.cells, { month, year, firstDay });
    if (
      resolution.ok &&
      isDayByDay(resolution.days) &&
      Math.abs((resolution.days[0] as number) - firstDay) <= 7
    )
      return { axis, days: resolution.days, dated: true, how: [{ kind: "daysRow", row: axis.line }] };
  }
  return null;
}

/** How many cells of each kind a block holds. */
interface Tally {
  named: number;
  /** Cells whose only name is a single short word (`AAU`, `Paul`). */
  short: number;
  /** Cells naming someone with a full or long name (two words, `Surname, First`, five letters or more). */
  strong: number;
  label: number;
  distinct: Set<string>;
}

/** Counts what a block's cells hold. */
function tally(
  block: PostBlock,
  values: readonly (readonly CellValue[])[],
  read: (t: string) => PostCell,
): Tally {
  const t: Tally = { named: 0, short: 0, strong: 0, label: 0, distinct: new Set() };
  const days = block.dated.days.length;
  for (let j = 0; j < block.posts.length; j++) {
    for (let i = 0; i < days; i++) {
      const [r, c] = block.at(i, j);
      const v = values[r]?.[c];
      if (typeof v !== "string") continue;
      const cell = read(v);
      if (cell.kind === "names") {
        t.named++;
        if (cell.short) t.short++;
        else t.strong++;
        for (const n of cell.names) t.distinct.add(nameKey(n));
      } else if (cell.kind === "nobody" && !cell.placeholder) t.label++;
    }
  }
  return t;
}

/** True when every post of a block that names someone makes them off (a study-day or leave section). */
function onlyOffPosts(
  block: PostBlock,
  values: readonly (readonly CellValue[])[],
  read: (t: string) => PostCell,
): boolean {
  return block.posts.every((post, j) => {
    if (post.hours.duties.every((d) => d.kind === "off")) return true;
    return block.dated.days.every((_, i) => {
      const [r, c] = block.at(i, j);
      const v = values[r]?.[c];
      return typeof v !== "string" || read(v).kind !== "names";
    });
  });
}

/**
 * Reads the blocks of one orientation: when their cells mostly name people (not codes), every name becomes a person
 * holding the post that day with the post's hours for that weekday (or the cell's own time line), off when the post
 * says so. Blocks laid out unlike the tab's main ones (a report section) are left aside unless they only say who is
 * off.
 */
function readBlocks(
  input: TabInput,
  blocks: PostBlock[],
  orientation: "down" | "across",
  read: (t: string) => PostCell,
): LayoutOutcome {
  if (blocks.length === 0) return { kind: "none" };
  const { tab, collector } = input;
  const values = tab.values;
  const tallies = blocks.map((b) => tally(b, values, read));
  const total: Tally = { named: 0, short: 0, strong: 0, label: 0, distinct: new Set() };
  for (const t of tallies) {
    total.named += t.named;
    total.short += t.short;
    total.strong += t.strong;
    total.label += t.label;
    for (const n of t.distinct) total.distinct.add(n);
  }
  // Single short words are names only in a tab of such names (`Léa`, `Paul`); among full names they are labels.
  const shortIsName = total.short * 2 > total.named;
  const names = shortIsName ? total.named : total.strong;
  const labels = total.label + (shortIsName ? 0 : total.short);
  // A grid of codes (`M`, `S`, `CA`) is no posts planning: its cells must mostly be names, some of them full.
  if (names < 3 || total.distinct.size < 2 || names < labels || total.strong * 3 < names)
    return { kind: "none" };

  // The main layout is the one most blocks with names share; other blocks are read only when they say who is off.
  const bySignature = new Map<string, number>();
  blocks.forEach((b, i) => {
    if ((tallies[i] as Tally).named > 0)
      bySignature.set(b.signature, (bySignature.get(b.signature) ?? 0) + 1);
  });
  const main = [...bySignature.entries()].sort((a, b) => b[1] - a[1])[0]?.[0];
  const left: number[] = [];
  const kept = blocks.filter((b, i) => {
    if ((tallies[i] as Tally).named === 0 || b.signature === main) return true;
    if (onlyOffPosts(b, values, read)) return true;
    left.push(b.row);
    return false;
  });

  const counts: ReadingCounts = { work: 0, absence: 0, rest: 0, notUnderstood: 0 };
  const records = new Map<string, RowRecord>();
  const unread = new Map<string, Array<[number, number]>>();
  const dayHeaderCells = new Map<DayNumber, { row: number; col: number }>();
  let firstDay = Number.POSITIVE_INFINITY;
  let lastDay = Number.NEGATIVE_INFINITY;
  let dated = true;
  let timed = false;
  for (const block of kept) {
    if (!block.dated.dated) dated = false;
    const axis = block.dated.axis;
    block.dated.days.forEach((day, i) => {
      const pos = (axis.cells[i] as { pos: number }).pos;
      if (!dayHeaderCells.has(day))
        dayHeaderCells.set(
          day,
          orientation === "down" ? { row: pos, col: axis.line } : { row: axis.line, col: pos },
        );
      firstDay = Math.min(firstDay, day);
      lastDay = Math.max(lastDay, day);
      const weekday = weekdayOf(day);
      block.posts.forEach((post, j) => {
        const [r, c] = block.at(i, j);
        const v = values[r]?.[c];
        if (typeof v !== "string") return;
        const cell = read(v);
        if (cell.kind === "empty" || (cell.kind === "nobody" && cell.placeholder)) return;
        if (cell.kind === "nobody" || (cell.short && !shortIsName)) {
          counts.notUnderstood++;
          const key = v.trim();
          let cells = unread.get(key);
          if (!cells) {
            cells = [];
            unread.set(key, cells);
          }
          cells.push([r, c]);
          return;
        }
        const duty = post.hours.duties[weekday];
        if (!duty) return;
        if (duty.kind === "off") counts[duty.type]++;
        else counts.work++;
        for (const name of cell.names) {
          const key = nameKey(name);
          let record = records.get(key);
          if (!record) {
            record = collector.record(tab.name, name, r, c, false);
            records.set(key, record);
          }
          const code = postName(post.label) || null;
          if (duty.kind === "off") collector.mark(record, day, r, c, duty.type, code ?? duty.type);
          else if (cell.ranges) {
            timed = true;
            for (const range of cell.ranges)
              collector.shift(record, day, r, c, range.start, range.end, duty.type, code);
          } else if (duty.kind === "times") {
            timed = true;
            collector.shift(record, day, r, c, duty.start, duty.end, duty.type, code);
          } else collector.mark(record, day, r, c, "work", code ?? "work");
        }
      });
    });
  }
  for (const [shown, cells] of unread) {
    collector.tabWarning(
      tab.name,
      cells,
      collector.text.notAPerson(shown.replace(/\s+/g, " "), cells.length),
      {
        text: shown,
      },
    );
  }

  const first = kept[0] as PostBlock;
  const how: HowPart[] =
    orientation === "down"
      ? [{ kind: "postsRow", row: first.row }, { kind: "namesInCells" }, ...first.dated.how]
      : [{ kind: "postsColumn", col: first.postsLine }, { kind: "namesInCells" }, ...first.dated.how];
  if (timed && first.posts.some((p) => p.hours.timed)) how.push({ kind: "postHours" });
  if (kept.length > 1) how.push({ kind: "blocks", count: kept.length });
  const understood = counts.work + counts.absence + counts.rest;
  const outcome: ReadOutcome = {
    kind: "read",
    layout: "posts-days",
    score: 0.55 + (0.45 * understood) / Math.max(1, understood + counts.notUnderstood),
    status: !dated ? "undated" : left.length > 0 ? "partial" : "read",
    records: [...records.values()],
    counts,
    how,
  };
  if (!dated) {
    const reason = kept.find((b) => !b.dated.dated)?.dated.reason;
    if (reason) outcome.reason = reason;
  } else {
    if (left.length > 0) outcome.reason = { kind: "blocksLeft", rows: left };
    outcome.firstDay = firstDay;
    outcome.lastDay = lastDay;
    outcome.dayHeaderCells = dayHeaderCells;
  }
  return outcome;
}
