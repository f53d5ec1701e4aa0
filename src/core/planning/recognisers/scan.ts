// One pass over a tab shared by every recogniser: the day axes along its rows and down its first columns.
import type { CellValue } from "../../workbook";
import {
  type AxisCell,
  type AxisKind,
  axisKind,
  columnCells,
  longestRun,
  longestRunInRow,
  resolveAxis,
} from "../axis/day-axis";
import type { DayMarker } from "../axis/day-marker";
import { weekLabelOf } from "../axis/month-context";
import { identityRoleOfLabel } from "../identity";
import { isDayByDay } from "./day-header";

/** A day axis found in a tab, with its kind. */
export interface FoundAxis {
  /** The row (days across) or column (days down). */
  line: number;
  cells: AxisCell[];
  kind: AxisKind;
}

/** A week's label between the days of a column (`Semaine 45`, `S46`, `Week 2`): the days go on after it. */
function isWeekLine(value: CellValue): boolean {
  return typeof value === "string" && weekLabelOf(value) !== null;
}

/**
 * True when a run of fewer than five days is a header (a month tab holding only the 1st and 2nd): its cells all of
 * one kind, after a name label (`Nom`, `Agent`…) — a person's row quoting two dates is not one.
 */
function isShortHeader(row: readonly CellValue[] | undefined, cells: readonly AxisCell[]): boolean {
  const first = cells[0];
  if (
    !row ||
    !first ||
    cells.some((c) => c.marker.kind !== first.marker.kind) ||
    first.marker.kind === "error"
  )
    return false;
  for (let c = 0; c < first.pos; c++) {
    const v = row[c];
    const role = typeof v === "string" ? identityRoleOfLabel(v) : undefined;
    if (role === "full" || role === "last" || role === "first") return true;
  }
  return false;
}

/**
 * False when the days of a run are whole months apart (a table of month starts, contract dates): no day axis. A
 * run whose days cannot be put in order stays, so its problem (a day twice) is reported.
 */
function runsDaily(cells: readonly AxisCell[]): boolean {
  const resolved = resolveAxis(cells, { month: 1, year: 2004, firstDay: 0 });
  return !resolved.ok || isDayByDay(resolved.days);
}

/** Columns searched for days running down. */
const DOWN_COLUMNS = 8;

/** The day axes of one tab, computed once and shared by the recognisers. */
export class TabScan {
  private rows?: FoundAxis[];
  private columns?: FoundAxis[];

  constructor(
    readonly values: readonly (readonly CellValue[])[],
    readonly markerOf: (value: CellValue | undefined) => DayMarker | null,
  ) {}

  /** Rows holding a day axis of at least two cells (weekdays alone: at least three, in the week's order). */
  get rowAxes(): FoundAxis[] {
    if (!this.rows) {
      this.rows = [];
      for (let r = 0; r < this.values.length; r++) {
        const row = this.values[r];
        const cells = longestRunInRow(row, this.markerOf);
        const kind = axisKind(cells, 2);
        if (kind && (cells.length >= 5 || isShortHeader(row, cells)) && runsDaily(cells))
          this.rows.push({ line: r, cells, kind });
      }
    }
    return this.rows;
  }

  /** Columns among the first few holding a day axis of at least five cells running down. */
  get columnAxes(): FoundAxis[] {
    if (!this.columns) {
      this.columns = [];
      for (let c = 0; c < DOWN_COLUMNS; c++) {
        const cells = longestRun(columnCells(this.values, c), this.markerOf, isWeekLine);
        const kind = axisKind(cells, 5);
        if (kind && runsDaily(cells)) this.columns.push({ line: c, cells, kind });
      }
    }
    return this.columns;
  }
}
