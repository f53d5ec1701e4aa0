// Days × people grids: the days down one of the first columns, one column per person named in a header row.
import type { DayNumber } from "../../time";
import { type CellValue, cellText } from "../../workbook";
import type { CellOutcome, RowRecord } from "../collect";
import { hasLetter } from "../fold";
import { cleanName } from "../identity";
import { isNonPersonHeader, oddPersonName } from "../layout-common";
import { dateAxis } from "./day-header";
import type { FoundAxis } from "./scan";
import type { LayoutOutcome, ReadingCounts, Recogniser, TabInput } from "./types";

/** Days × people grids. */
export const daysByPeople: Recogniser = { layout: "grid-days-people", read: readDaysByPeople };

function readDaysByPeople(input: TabInput): LayoutOutcome {
  const { tab, collector, scan } = input;
  const values = tab.values;
  for (const axis of scan.columnAxes) {
    const firstRow = (axis.cells[0] as { pos: number }).pos;
    const header = personHeader(values, axis, firstRow, input);
    if (!header) continue;
    const dated = dateAxis(
      input,
      [axis],
      0,
      [],
      () => header.row,
      (a) => ({ kind: "daysColumn", col: a.line }),
    );
    if (!dated) continue;
    if (dated.days.length === 0) {
      return {
        kind: "unread",
        layout: "grid-days-people",
        score: 0.4,
        reason: dated.reason ?? { kind: "unknownLayout" },
        ...(dated.problem ? { problem: dated.problem } : {}),
      };
    }
    const counts: ReadingCounts = { work: 0, absence: 0, rest: 0, notUnderstood: 0 };
    const records: RowRecord[] = [];
    const headerValues = values[header.row] ?? [];
    for (const c of header.cols) {
      const name = cleanName(cellText(headerValues[c]));
      const record = collector.record(tab.name, name, header.row, c, false);
      axis.cells.forEach((cell, i) => {
        const outcome: CellOutcome = collector.cell(
          record,
          dated.days[i] as DayNumber,
          cell.pos,
          c,
          values[cell.pos]?.[c] ?? null,
        );
        if (outcome === "work") counts.work++;
        else if (outcome === "absence") counts.absence++;
        else if (outcome === "rest") counts.rest++;
        else if (outcome === "unknown") counts.notUnderstood++;
      });
      records.push(record);
    }
    const understood = counts.work + counts.absence + counts.rest;
    const total = understood + counts.notUnderstood;
    return {
      kind: "read",
      layout: "grid-days-people",
      score: 0.5 + (total === 0 ? 0.05 : (0.5 * understood) / total),
      status: dated.dated ? "read" : "undated",
      records,
      counts,
      how: [{ kind: "namesRow", row: header.row }, ...dated.how],
      ...(dated.reason ? { reason: dated.reason } : {}),
      ...(dated.problem ? { problem: dated.problem } : {}),
      ...(dated.dated
        ? {
            firstDay: dated.days[0] as DayNumber,
            lastDay: dated.days[dated.days.length - 1] as DayNumber,
            dayHeaderCells: new Map(
              dated.days.map((day, i) => [
                day,
                { row: (axis.cells[i] as { pos: number }).pos, col: axis.line },
              ]),
            ),
          }
        : {}),
    };
  }
  return { kind: "none" };
}

/**
 * The header naming people right of the day column: the nearest row above the first day holding names (a column
 * headed by a staff number or an odd text with shifts below counts too).
 */
function personHeader(
  values: readonly (readonly CellValue[])[],
  axis: FoundAxis,
  firstRow: number,
  input: TabInput,
): { row: number; cols: number[] } | null {
  const { collector } = input;
  for (let r = firstRow - 1; r >= 0; r--) {
    const row = values[r] ?? [];
    const cols: number[] = [];
    for (let c = axis.line + 1; c < row.length; c++) {
      const v = row[c];
      if (typeof v === "string" && hasLetter(v) && !isNonPersonHeader(v.trim(), collector.legend))
        cols.push(c);
    }
    if (cols.length === 0) continue;
    const named = new Set(cols);
    for (let c = axis.line + 1; c < row.length; c++) {
      if (named.has(c)) continue;
      const below = axis.cells.map((cell) => values[cell.pos]?.[c]);
      if (oddPersonName(row[c], below, collector.legend, collector.parse) !== null) cols.push(c);
    }
    return { row: r, cols: cols.sort((a, b) => a - b) };
  }
  return null;
}
