// People × days grids whose days each span sub-columns (`activité | début | fin | heures`), people down the rows,
// a person possibly on a block of rows (segments of a day, a name split or written mid-block, a row of day totals).

import { foldText } from "../../text";
import type { DayNumber } from "../../time";
import { type CellValue, cellText } from "../../workbook";
import { type AxisCell, axisKind } from "../axis/day-axis";
import { MINUTES_PER_DAY, timeOfCell } from "../clock";
import { displayOf, type RowRecord } from "../collect";
import { cleanName, identityColumns, identityRoleOfLabel, neverAPerson } from "../identity";
import { isNotesStart, isPersonName } from "../layout-common";
import type { HowPart, TabReason } from "../types";
import { dateAxis } from "./day-header";
import type { FoundAxis } from "./scan";
import { listFieldOf } from "./shift-list";
import type { LayoutOutcome, ReadingCounts, Recogniser, TabInput } from "./types";

/** Days in sub-columns. */
export const peopleByDaysSubcolumns: Recogniser = { layout: "grid-subcolumns", read: readSubcolumns };

/** Rows above a sub-header searched for the day header. */
const DAY_ROW_REACH = 3;

/** Hours labels beyond the count columns' words (`Heures`, `Hrs`, `Total`, `Nb h`: `identityRoleOfLabel`). */
const HOURS_LABELS = new Set(["h", "hr", "duree", "temps", "time", "tps", "nb h"]);
const ACTIVITY_LABELS = new Set([
  "activite",
  "activites",
  "activity",
  "activities",
  "tache",
  "taches",
  "task",
  "mission",
  "poste",
  "post",
  "role",
  "type",
]);

/** The sub-columns of one day. */
interface DayGroup {
  activity?: number;
  start: number;
  end: number;
  hours?: number;
  /** The first and last column of the day (the day's label may sit over any of them). */
  from: number;
  to: number;
}

/** A sub-header: its row and its days' sub-columns, left to right. */
interface SubHeader {
  row: number;
  groups: DayGroup[];
}

type SubLabel = "start" | "end" | "hours" | "activity" | null;

/** What a sub-header label names; `seen` caches each distinct text of the tab (codes repeat in every row). */
function subLabelOf(value: CellValue | undefined, seen: Map<string, SubLabel>): SubLabel {
  if (typeof value !== "string" || value === "" || value.length > 24) return null;
  let kind = seen.get(value);
  if (kind === undefined) {
    // `H. début`, `Heure début :` are `heure debut`.
    const folded = foldText(value).replace(/[.:]/g, " ").replace(/\s+/g, " ").trim();
    const field = listFieldOf(folded);
    kind =
      field === "start" || field === "end"
        ? field
        : HOURS_LABELS.has(folded) || identityRoleOfLabel(folded) === "count"
          ? "hours"
          : field === "code" || ACTIVITY_LABELS.has(folded)
            ? "activity"
            : null;
    seen.set(value, kind);
  }
  return kind;
}

/** The days' sub-columns named by a row (`Début | Fin | Heures` repeated), or null when fewer than two days. */
function subHeaderOf(
  row: readonly CellValue[] | undefined,
  r: number,
  seen: Map<string, SubLabel>,
): SubHeader | null {
  if (!row) return null;
  let starts = 0;
  for (let c = 0; c < row.length && starts < 2; c++) if (subLabelOf(row[c], seen) === "start") starts++;
  if (starts < 2) return null;
  const kinds = row.map((v) => subLabelOf(v, seen));
  const groups: DayGroup[] = [];
  for (let c = 0; c < kinds.length; c++) {
    if (kinds[c] !== "start") continue;
    const end = kinds[c + 1] === "end" ? c + 1 : kinds[c + 2] === "end" ? c + 2 : -1;
    if (end < 0) continue;
    const group: DayGroup = { start: c, end, from: c, to: end };
    if (kinds[end + 1] === "hours") group.hours = group.to = end + 1;
    if (kinds[c - 1] === "activity") group.activity = group.from = c - 1;
    groups.push(group);
  }
  return groups.length >= 2 ? { row: r, groups } : null;
}

/**
 * Gives each day its unlabelled activity column (the text column between the previous day and the start, as in
 * `| Début | Fin | Heures` after an unlabelled one), when the days after the first all have one: then the first
 * day has one too. Each day's span then runs from just after the previous day.
 */
function completeGroups(header: SubHeader, values: readonly (readonly CellValue[])[]): void {
  const { groups } = header;
  const gapBefore = (i: number): boolean => {
    const g = groups[i] as DayGroup;
    const previous = groups[i - 1] as DayGroup;
    return (
      g.activity === undefined && g.start - previous.to === 2 && holdsText(values, header.row, g.start - 1)
    );
  };
  let unlabelled = true;
  for (let i = 1; i < groups.length; i++)
    if ((groups[i] as DayGroup).activity === undefined && !gapBefore(i)) unlabelled = false;
  groups.forEach((g, i) => {
    if (
      g.activity === undefined &&
      unlabelled &&
      g.start >= 2 &&
      (i > 0 || holdsText(values, header.row, g.start - 1))
    )
      g.activity = g.from = g.start - 1;
    if (i > 0) g.from = Math.min(g.from, (groups[i - 1] as DayGroup).to + 1);
  });
}

/** True when a column holds letters in a few rows under the sub-header (an activity, not an empty spacer). */
function holdsText(values: readonly (readonly CellValue[])[], headerRow: number, col: number): boolean {
  const end = Math.min(values.length, headerRow + 60);
  for (let r = headerRow + 1; r < end; r++) {
    const v = values[r]?.[col];
    if (typeof v === "string" && /\p{L}{2}/u.test(v)) return true;
  }
  return false;
}

/** The day header over the days: the nearest row above with a day in most days' span, as an axis. */
function dayAxisOver(input: TabInput, header: SubHeader): FoundAxis | null {
  const { values } = input.tab;
  const rows =
    input.override.dayRow !== undefined
      ? [input.override.dayRow]
      : Array.from({ length: DAY_ROW_REACH }, (_, i) => header.row - 1 - i).filter((r) => r >= 0);
  for (const r of rows) {
    const row = values[r];
    if (!row) continue;
    const cells: AxisCell[] = [];
    for (const g of header.groups) {
      for (let c = g.from; c <= g.to; c++) {
        const marker = input.scan.markerOf(row[c]);
        if (marker) {
          cells.push({ pos: c, marker });
          break;
        }
      }
    }
    if (cells.length !== header.groups.length) continue;
    const kind = axisKind(cells, 2);
    if (kind) return { line: r, cells, kind };
  }
  return null;
}

/** Lines of a cell (a PDF's or a typist's multi-line cell), trimmed, empty ones dropped. */
function linesOf(value: CellValue | undefined): CellValue[] {
  if (typeof value !== "string") return value === null || value === undefined ? [] : [value];
  return value
    .split("\n")
    .map((l) => l.trim())
    .filter((l) => l !== "");
}

/** Placeholder rows: an unassigned shift (`zzz_Cover shift`, `Vacant`, `À pourvoir`, `Unfilled`, `TBC`). */
const PLACEHOLDER =
  /^(?:z{2,}|x{2,})|\bcover ?shift|^(?:vacant|a pourvoir|non pourvu|unfilled|tbc|poste vacant)\b/;

/** One person's rows: their name (in parts) and rows, and whether a total row or day totals closed them. */
interface PersonBlock {
  parts: string[];
  nameRow: number;
  rows: number[];
  closed: boolean;
}

function readSubcolumns(input: TabInput): LayoutOutcome {
  const { tab, collector, override } = input;
  const values = tab.values;
  const headers: SubHeader[] = [];
  const seen = new Map<string, SubLabel>();
  for (let r = 0; r < values.length; r++) {
    const header = subHeaderOf(values[r], r, seen);
    if (header) headers.push(header);
  }
  if (headers.length === 0) return { kind: "none" };

  const counts: ReadingCounts = { work: 0, absence: 0, rest: 0, notUnderstood: 0 };
  const records: RowRecord[] = [];
  const dayHeaderCells = new Map<DayNumber, { row: number; col: number }>();
  const how: HowPart[] = [];
  let firstDay = Number.POSITIVE_INFINITY;
  let lastDay = Number.NEGATIVE_INFINITY;
  let dated = true;
  let reason: TabReason | undefined;
  let read = 0;
  let previousEnd = 0;
  const earlier = new Map<string, RowRecord>();
  const axes = headers.map((header) => {
    completeGroups(header, values);
    return dayAxisOver(input, header);
  });
  headers.forEach((header, i) => {
    const axis = axes[i];
    // A block runs down to the next one's day header (stacked weeks, one block each).
    const next = headers[i + 1];
    const to = next ? (axes[i + 1]?.line ?? next.row) : values.length;
    if (!axis) return;
    const found = dateAxis(input, [axis], previousEnd, [axis.line - 1, axis.line + 1, header.row + 1]);
    // The next block's title (`Week commencing 09/11/2026`) is looked for below this block's sub-header.
    previousEnd = header.row + 1;
    if (!found || found.days.length !== header.groups.length) return;
    const firstCol = (header.groups[0] as DayGroup).from;
    const identity = identityColumns(
      values,
      [header.row, axis.line],
      { from: header.row + 1, to },
      firstCol,
      collector.legend,
      override.nameColumns,
    );
    if (!identity) return;
    read++;
    if (!found.dated) {
      dated = false;
      reason ??= found.reason;
    }
    if (how.length === 0) {
      how.push({ kind: "names", cols: identity.nameCols }, ...found.how, {
        kind: "subcolumns",
        perDay: (header.groups[0] as DayGroup).to - (header.groups[0] as DayGroup).from + 1,
      });
    }
    header.groups.forEach((g, d) => {
      const day = found.days[d] as DayNumber;
      if (!dayHeaderCells.has(day)) dayHeaderCells.set(day, { row: axis.line, col: g.start });
      firstDay = Math.min(firstDay, day);
      lastDay = Math.max(lastDay, day);
    });
    const nameCol = identity.nameCols[0] as number;
    // The same name in another block (the next week) is the same record; twice in one block, a duplicate.
    const inBlock = new Set<string>();
    for (const block of personBlocks(input, header, identity.nameCols, header.row + 1, to)) {
      const name = cleanName(block.parts.join(" "));
      if (PLACEHOLDER.test(foldText(name))) continue;
      let record = inBlock.has(name) ? undefined : earlier.get(name);
      if (!record) {
        record = collector.record(tab.name, name, block.nameRow, nameCol, false);
        records.push(record);
        if (!earlier.has(name)) earlier.set(name, record);
      }
      inBlock.add(name);
      for (let d = 0; d < header.groups.length; d++) {
        const g = header.groups[d] as DayGroup;
        readPersonDay(input, record, block.rows, g, found.days[d] as DayNumber, counts);
      }
    }
  });
  if (read === 0 || records.length === 0) return { kind: "none" };
  if (headers.length > 1 && read > 1) how.push({ kind: "blocks", count: read });
  const understood = counts.work + counts.absence + counts.rest;
  const total = understood + counts.notUnderstood;
  return {
    kind: "read",
    layout: "grid-subcolumns",
    score: 0.6 + (total === 0 ? 0 : (0.4 * understood) / total),
    status: dated ? "read" : "undated",
    records,
    counts,
    how,
    ...(reason && !dated ? { reason } : {}),
    ...(dated ? { firstDay, lastDay, dayHeaderCells } : {}),
  };
}

/**
 * The people of a block of rows, each with their rows. Rows without a name belong to the person being read; a
 * person's rows end at a blank row, a row of day totals only, or a row whose hours cells end with the day's total
 * (one line more than its segments). A name written mid-block takes the unnamed rows above it since the last end;
 * a name row with nothing planned after a named one is the rest of that name (`Carlos` ⏎ `Durand`). A `Total(s)`
 * row or the start of notes ends the table: nothing under it is a person.
 */
function personBlocks(
  input: TabInput,
  header: SubHeader,
  nameCols: readonly number[],
  from: number,
  to: number,
): PersonBlock[] {
  const { values } = input.tab;
  const { legend } = input.collector;
  const blocks: PersonBlock[] = [];
  let open: PersonBlock | undefined;
  const close = (): void => {
    if (open) open.closed = true;
  };
  for (let r = from; r < to; r++) {
    const row = values[r] ?? [];
    const text = nameCols
      .map((c) => cellText(row[c]))
      .filter((t) => t !== "")
      .join(" ");
    const folded = foldText(text);
    if (text !== "" && (isNotesStart(text) || /^(?:totals?|totaux|sous-totals?)\b/.test(folded))) break;
    let planned = false;
    let hoursOnly = false;
    let dayTotals = false;
    for (const g of header.groups) {
      const segments = Math.max(linesOf(row[g.start]).length, linesOf(row[g.end]).length);
      const labelled = g.activity === undefined ? 0 : linesOf(row[g.activity]).length;
      if (segments + labelled > 0) planned = true;
      if (g.hours !== undefined) {
        const hours = linesOf(row[g.hours]).length;
        if (hours > 0 && segments + labelled === 0) hoursOnly = true;
        if (segments > 0 && hours > segments) dayTotals = true;
      }
    }
    const name = text !== "" && isPersonName(text, legend) && !neverAPerson(text, legend) ? text : "";
    if (!planned) {
      if (hoursOnly && name === "") close();
      else if (name !== "" && open && !open.closed && open.parts.length > 0 && isNamePart(text)) {
        open.parts.push(text);
      } else if (name !== "" && open && !open.closed && open.parts.length === 0) {
        open.parts.push(text);
        open.nameRow = r;
      } else if (name === "") {
        if (text === "") close();
      } else {
        // A name with nothing planned yet: a person of its own (or a label, dropped if nothing follows).
        close();
        open = { parts: [text], nameRow: r, rows: [], closed: false };
        blocks.push(open);
      }
      continue;
    }
    if (!open || open.closed || (name !== "" && open.parts.length > 0)) {
      open = { parts: [], nameRow: r, rows: [], closed: false };
      blocks.push(open);
    }
    if (name !== "" && open.parts.length === 0) {
      open.parts.push(text);
      open.nameRow = r;
    }
    open.rows.push(r);
    if (dayTotals) close();
  }
  return blocks.filter((b) => b.parts.length > 0 && b.rows.length > 0);
}

/** A second line of a name split over two rows: one or two words, no digits, no dash between words. */
function isNamePart(text: string): boolean {
  return !/\d/.test(text) && !/\s[-–]\s/.test(text) && text.trim().split(/\s+/).length <= 2;
}

type Segment = { kind: "work" | "absence" | "rest" | "unknown" };

/**
 * Reads one person's day: every segment of its rows (the n-th line of the activity, start and end cells), as
 * shifts (the activity's code gives the type; an absence or rest activity makes the day absent or a rest,
 * whatever its times). Counts one person-day.
 */
function readPersonDay(
  input: TabInput,
  record: RowRecord,
  rows: readonly number[],
  g: DayGroup,
  day: DayNumber,
  counts: ReadingCounts,
): void {
  const { collector, tab } = input;
  const outcomes: Segment[] = [];
  for (const r of rows) {
    const row = tab.values[r] ?? [];
    const activities = g.activity === undefined ? [] : linesOf(row[g.activity]);
    const starts = linesOf(row[g.start]);
    const ends = linesOf(row[g.end]);
    const n = Math.max(activities.length, starts.length, ends.length);
    const at = g.activity ?? g.start;
    for (let i = 0; i < n; i++) {
      const activity = activities[i];
      const parsed = typeof activity === "string" ? collector.parse(activity) : null;
      const code = parsed?.kind === "code" ? parsed.code : parsed?.kind === "times" ? parsed.code : null;
      if (code && (code.type === "absence" || code.type === "rest")) {
        collector.mark(record, day, r, at, code.type, code.code);
        outcomes.push({ kind: code.type });
        continue;
      }
      const startValue = starts[i] ?? null;
      const endValue = ends[i] ?? null;
      if (startValue === null && endValue === null) {
        if (parsed && parsed.kind !== "empty" && typeof activity === "string") {
          const outcome = collector.parsed(record, day, r, at, parsed, activity);
          outcomes.push({ kind: outcome === "empty" ? "unknown" : outcome });
        }
        continue;
      }
      const start = timeOfCell(startValue, collector.dates);
      const end = timeOfCell(endValue, collector.dates);
      const shown = `${displayOf(startValue, collector.dates)} – ${displayOf(endValue, collector.dates)}`;
      let bad: "missingStart" | "missingEnd" | "startAt24" | "hour" | "same" | undefined;
      if (start === null) bad = "missingStart";
      else if (end === null) bad = "missingEnd";
      else if (start === undefined || end === undefined || start > MINUTES_PER_DAY) bad = "hour";
      else if (start === MINUTES_PER_DAY) bad = "startAt24";
      else if (start === end) bad = "same";
      if (bad || start === null || start === undefined || end === null || end === undefined) {
        collector.badTime(record, day, r, g.start, shown, bad ?? "hour");
        outcomes.push({ kind: "unknown" });
        continue;
      }
      const workCode = code ?? null;
      collector.times(
        record,
        day,
        r,
        at,
        [{ start, end: end > start ? end : end + MINUTES_PER_DAY }],
        workCode,
      );
      outcomes.push({ kind: "work" });
    }
  }
  if (outcomes.some((o) => o.kind === "work")) counts.work++;
  else if (outcomes.some((o) => o.kind === "absence")) counts.absence++;
  else if (outcomes.some((o) => o.kind === "rest")) counts.rest++;
  counts.notUnderstood += outcomes.filter((o) => o.kind === "unknown").length;
}
