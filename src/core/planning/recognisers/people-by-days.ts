// People × days grids as people make them: one or more blocks, each a day header (dates, day numbers, typed dates,
// broken formulas) over one row per person, the name in identity columns (`Nom | Prénom`), totals and notes aside.

import { foldText } from "../../text";
import type { DayNumber } from "../../time";
import { type CellValue, cellText } from "../../workbook";
import { isErrorValue } from "../axis/day-marker";
import type { CellOutcome, RowRecord } from "../collect";
import { cleanName, type IdentityColumns, identityColumns, neverAPerson } from "../identity";
import { isNotesStart, isPersonName, oddPersonName, sameValue } from "../layout-common";
import { doubtfulDefaults, tabLegend, tabLegendCodes } from "../tab-legend";
import type { HowPart, TabReason } from "../types";
import { type DatedAxis, dateAxis } from "./day-header";
import type { FoundAxis } from "./scan";
import type { LayoutOutcome, LayoutProblem, ReadingCounts, Recogniser, TabInput } from "./types";

/** Axis rows this close (with no planning row between) are one header (dates over day numbers, a weekday row). */
const HEADER_GAP = 8;

interface HeaderGroup {
  rows: number[];
  axes: FoundAxis[];
}

/** One block of a grid: its dated header and the rows under it. */
interface Block {
  dated: DatedAxis;
  identity: IdentityColumns;
  from: number;
  to: number;
  labelRows: number[];
}

/** People × days grids. */
export const peopleByDays: Recogniser = { layout: "grid-people-days", read: readPeopleByDays };

function readPeopleByDays(input: TabInput): LayoutOutcome {
  const { tab, collector, scan, override } = input;
  const values = tab.values;
  let axes = scan.rowAxes;
  if (override.dayRow !== undefined) axes = axes.filter((a) => a.line === override.dayRow);
  if (axes.length === 0) return { kind: "none" };
  const groups = headerGroups(axes, values, collector.parse);

  const blocks: Block[] = [];
  let problem: LayoutProblem | undefined;
  let failure: TabReason | undefined;
  let previousEnd = 0;
  groups.forEach((group, i) => {
    const first = group.rows[0] as number;
    const last = group.rows[group.rows.length - 1] as number;
    const to = i + 1 < groups.length ? ((groups[i + 1] as HeaderGroup).rows[0] as number) : values.length;
    const weekdayRows = [...group.rows, first - 1, first - 2, last + 1, last + 2];
    const dated = dateAxis(input, group.axes, previousEnd, weekdayRows);
    previousEnd = to;
    if (!dated) return;
    const firstDayCol = (dated.axis.cells[0] as { pos: number }).pos;
    const labelRows = [...group.rows, first - 1].filter((r) => r >= 0);
    const identity = identityColumns(
      values,
      labelRows,
      { from: last + 1, to },
      firstDayCol,
      collector.legend,
      override.nameColumns,
    );
    if (!identity) {
      failure ??= { kind: "noNames", cell: { tab: tab.name, row: dated.axis.line, col: firstDayCol } };
      return;
    }
    if (dated.problem && dated.days.length === 0) {
      problem ??= dated.problem;
      failure ??= dated.reason;
      return;
    }
    if (dated.problem) problem ??= dated.problem;
    blocks.push({ dated, identity, from: last + 1, to, labelRows });
  });
  if (blocks.length === 0) {
    // Only a header problem under names is a sign of a planning; a day header with no names is left to the others.
    return failure && problem
      ? { kind: "unread", layout: "grid-people-days", score: 0.4, reason: failure, problem }
      : { kind: "none" };
  }

  // The tab's own legend (codes over labels in the header, `X = …` lines), outside the planning's cells.
  const own = tabLegendCodes(
    tab.name,
    values,
    blocks.flatMap((b) => b.labelRows),
    Math.min(...blocks.map((b) => (b.dated.axis.cells[0] as { pos: number }).pos)),
    (r, c) =>
      blocks.some((b) => r >= b.from && r < b.to && c >= (b.dated.axis.cells[0] as { pos: number }).pos),
  );
  const used = dayTexts(values, blocks);
  const doubtful = doubtfulDefaults(new Set(used.keys()), tabLegend(collector.workbookLegend, own), own);
  collector.useLegend(tabLegend(collector.workbookLegend, [...own, ...doubtful]));
  const where =
    doubtful.length > 0 ? dayTexts(values, blocks, new Set(doubtful.map((c) => foldText(c.code)))) : used;
  for (const code of doubtful) {
    const cells = where.get(foldText(code.code)) ?? [];
    collector.tabWarning(tab.name, cells, collector.text.doubtfulCode(code.code, code.label, cells.length), {
      text: code.code,
      assumed: code.type,
    });
  }

  const counts: ReadingCounts = { work: 0, absence: 0, rest: 0, notUnderstood: 0 };
  const records: RowRecord[] = [];
  const dayHeaderCells = new Map<DayNumber, { row: number; col: number }>();
  let unreadBetween = 0;
  let firstDay = Number.POSITIVE_INFINITY;
  let lastDay = Number.NEGATIVE_INFINITY;
  let dated = true;
  let reason: TabReason | undefined;
  for (const block of blocks) {
    const read = readBlock(input, block, counts);
    records.push(...read.records);
    unreadBetween += read.unreadBetween;
    if (!block.dated.dated) {
      dated = false;
      reason ??= block.dated.reason;
    }
    block.dated.axis.cells.forEach((cell, i) => {
      const day = block.dated.days[i] as DayNumber;
      if (!dayHeaderCells.has(day)) dayHeaderCells.set(day, { row: block.dated.axis.line, col: cell.pos });
      firstDay = Math.min(firstDay, day);
      lastDay = Math.max(lastDay, day);
    });
  }
  const understood = counts.work + counts.absence + counts.rest;
  const notUnderstood = counts.notUnderstood + unreadBetween;
  const score =
    records.length === 0
      ? 0.3
      : 0.5 + (understood + notUnderstood === 0 ? 0.1 : (0.5 * understood) / (understood + notUnderstood));
  const first = blocks[0] as Block;
  const how: HowPart[] = [{ kind: "names", cols: first.identity.nameCols }, ...first.dated.how];
  if (blocks.length > 1) how.push({ kind: "blocks", count: blocks.length });
  if (own.length > 0) how.push({ kind: "tabLegend", codes: own.length });
  if (failure && !reason) reason = failure;
  return {
    kind: "read",
    layout: "grid-people-days",
    score,
    status: !dated ? "undated" : failure ? "partial" : "read",
    records,
    counts,
    how,
    ...(reason && (!dated || failure) ? { reason } : {}),
    ...(dated ? { firstDay, lastDay, dayHeaderCells } : {}),
    ...(problem ? { problem } : {}),
  };
}

/**
 * The short texts of the named rows' day cells (folded), each with its cells: what codes the tab uses. Each
 * distinct text is folded once; cells are kept only for the texts `wanted` names.
 */
function dayTexts(
  values: readonly (readonly CellValue[])[],
  blocks: readonly Block[],
  wanted: ReadonlySet<string> = new Set(),
): Map<string, Array<[number, number]>> {
  const raw = new Map<string, string>();
  const used = new Map<string, Array<[number, number]>>();
  for (const block of blocks) {
    const cols = block.dated.axis.cells.map((c) => c.pos);
    for (let r = block.from; r < block.to; r++) {
      const row = values[r];
      if (!row || block.identity.nameCols.every((c) => cellText(row[c]) === "")) continue;
      for (const c of cols) {
        const v = row[c];
        if (typeof v !== "string" || v.length > 6 || v === "") continue;
        let key = raw.get(v);
        if (key === undefined) {
          key = foldText(v);
          raw.set(v, key);
        }
        if (key === "") continue;
        let cells = used.get(key);
        if (!cells) {
          cells = [];
          used.set(key, cells);
        }
        if (wanted.has(key)) cells.push([r, c]);
      }
    }
  }
  return used;
}

/** Groups axis rows that are one header: close together, over the same columns, with no planning row between. */
function headerGroups(
  axes: readonly FoundAxis[],
  values: readonly (readonly CellValue[])[],
  parse: TabInput["collector"]["parse"],
): HeaderGroup[] {
  const groups: HeaderGroup[] = [];
  for (const axis of axes) {
    const group = groups[groups.length - 1];
    const previous = group?.axes[group.axes.length - 1];
    if (
      group &&
      previous &&
      axis.line - previous.line <= HEADER_GAP &&
      overlaps(previous, axis) &&
      !planningRowBetween(values, previous, axis, parse)
    ) {
      group.rows.push(axis.line);
      group.axes.push(axis);
    } else groups.push({ rows: [axis.line], axes: [axis] });
  }
  return groups;
}

function overlaps(a: FoundAxis, b: FoundAxis): boolean {
  const cols = new Set(a.cells.map((c) => c.pos));
  const shared = b.cells.filter((c) => cols.has(c.pos)).length;
  return shared * 2 >= Math.min(a.cells.length, b.cells.length);
}

/** True when a row between two axes holds shifts in at least two of the first axis's columns (a person's row). */
function planningRowBetween(
  values: readonly (readonly CellValue[])[],
  a: FoundAxis,
  b: FoundAxis,
  parse: TabInput["collector"]["parse"],
): boolean {
  for (let r = a.line + 1; r < b.line; r++) {
    const row = values[r];
    if (!row) continue;
    let shifts = 0;
    for (const { pos } of a.cells) {
      const v = row[pos];
      if (typeof v !== "string") continue;
      const kind = parse(v).kind;
      if (kind === "code" || kind === "times") shifts++;
    }
    if (shifts >= 2) return true;
  }
  return false;
}

interface Candidate {
  r: number;
  name: string;
  role?: string;
  content: number;
  fields: number;
  /** Candidates of one group follow each other with no blank or other row between. */
  group: number;
}

/** Reads the person rows of one block into records, counting what the day cells held. */
function readBlock(
  input: TabInput,
  block: Block,
  counts: ReadingCounts,
): { records: RowRecord[]; unreadBetween: number } {
  const { tab, collector } = input;
  const values = tab.values;
  const { identity, dated } = block;
  const dayCols = dated.axis.cells.map((c) => c.pos);
  const dayOfCol = new Map(dayCols.map((c, i) => [c, dated.days[i] as DayNumber]));
  const header = values[dated.axis.line] ?? [];
  const minCol = dayCols[0] as number;
  const maxCol = dayCols[dayCols.length - 1] as number;
  // Columns between the day columns (a grid whose days span two columns) are counted as not understood.
  const contiguous = dayCols.length === maxCol - minCol + 1;

  const candidates: Candidate[] = [];
  let group = 0;
  let previous = -2;
  // Odd names (staff numbers, `=Léa`) are people only inside the person block: right under the header or after
  // another person's row. After a label row ("Cycle", a legend title…) numbered rows are a template, not staff.
  let inPersonBlock = true;
  for (let r = block.from; r < block.to; r++) {
    const row = values[r];
    if (!row) continue;
    let name = cleanName(
      identity.nameCols
        .map((c) => cellText(row[c]))
        .filter((t) => t !== "")
        .join(" "),
    );
    if (name === "") continue;
    if (isNotesStart(name)) break;
    const content = dayContent(row, dayCols);
    if (neverAPerson(name, collector.legend)) continue;
    if (
      identity.nameCols.length === 1 &&
      (typeof row[identity.nameCols[0] as number] !== "string" || !isPersonName(name, collector.legend))
    ) {
      const odd = inPersonBlock
        ? oddPersonName(
            row[identity.nameCols[0] as number],
            dayCols.map((c) => row[c]),
            collector.legend,
            collector.parse,
          )
        : null;
      if (odd === null) {
        inPersonBlock = false;
        continue;
      }
      name = odd;
    } else if (!isPersonName(name, collector.legend)) continue;
    if (isRepeatedHeader(row, header, dayCols)) continue;
    const fields = [...identity.nameCols, identity.idCol, identity.roleCol, identity.unitCol].filter(
      (c) => c !== undefined && cellText(row[c]) !== "",
    ).length;
    inPersonBlock = content > 0 || fields >= 2;
    if (r !== previous + 1) group++;
    previous = r;
    const candidate: Candidate = { r, name, content, fields, group };
    const role = identity.roleCol === undefined ? "" : cellText(row[identity.roleCol]);
    if (role) candidate.role = role;
    candidates.push(candidate);
  }
  // A row with nothing planned is still a person inside the list (a vacataire between colleagues), or with a
  // second identity cell (a staff number, a first name); a name alone apart from the list (a signature, a label)
  // is not. A block where nothing is planned yet (a blank month) keeps every name.
  // Inside means a planned row of its group above it and another below (a label heading a group is not a person).
  const planned = candidates.filter((c) => c.content > 0);
  const inside = (c: Candidate): boolean =>
    planned.some((p) => p.group === c.group && p.r < c.r) &&
    planned.some((p) => p.group === c.group && p.r > c.r);
  const people = candidates.filter(
    (c) => c.content > 0 || c.fields >= 2 || planned.length === 0 || inside(c),
  );

  const records: RowRecord[] = [];
  let unreadBetween = 0;
  for (const person of people) {
    const row = values[person.r] as readonly CellValue[];
    const record = collector.record(
      tab.name,
      person.name,
      person.r,
      identity.nameCols[0] as number,
      false,
      person.role,
    );
    for (const c of dayCols) {
      const outcome: CellOutcome = collector.cell(
        record,
        dayOfCol.get(c) as DayNumber,
        person.r,
        c,
        row[c] ?? null,
      );
      if (outcome === "work") counts.work++;
      else if (outcome === "absence") counts.absence++;
      else if (outcome === "rest") counts.rest++;
      else if (outcome === "unknown") counts.notUnderstood++;
    }
    for (let c = minCol + 1; !contiguous && c < Math.min(maxCol, row.length); c++) {
      if (dayOfCol.has(c)) continue;
      const v = row[c];
      if (v !== null && v !== undefined && v !== "") unreadBetween++;
    }
    records.push(record);
  }
  return { records, unreadBetween };
}

/** Day cells holding something (not a spreadsheet error). */
function dayContent(row: readonly CellValue[], dayCols: readonly number[]): number {
  let n = 0;
  for (const c of dayCols) {
    const v = row[c];
    if (v !== null && v !== undefined && v !== "" && v !== false && !isErrorValue(v)) n++;
  }
  return n;
}

/** True when a row repeats the header's day cells (a second block's header under a section label). */
function isRepeatedHeader(
  row: readonly CellValue[],
  header: readonly CellValue[],
  dayCols: readonly number[],
): boolean {
  let same = 0;
  let filled = 0;
  for (const c of dayCols) {
    const v = row[c] ?? null;
    if (v === null || v === "") continue;
    filled++;
    if (sameValue(v, header[c] ?? null)) same++;
    else if (filled - same > filled / 5 + 1) return false;
  }
  return filled >= 3 && same * 5 >= filled * 4;
}
