// Whether a tab no recogniser read still looks like a roster (a run of days, times typed in cells): then it is
// reported as unread, never silently ignored.

import { resolveAxis } from "./axis/day-axis";
import { isDayByDay } from "./recognisers/day-header";
import type { TabInput } from "./recognisers/types";
import type { TabReason } from "./types";

/** Cells with times that make a tab look like a roster even without a day header. */
const TIME_CELLS = 10;

/**
 * The sign that a tab is a roster no layout fits: a run of at least five days along a row or down a column, or at
 * least ten cells of time ranges; null when there is none (a staff list, notes, settings).
 */
export function rosterSign(input: TabInput): TabReason | null {
  const { tab, scan, collector } = input;
  for (const axis of scan.rowAxes) {
    if (axis.cells.length < (axis.kind === "numbers" ? 7 : 5) || axis.kind === "errors") continue;
    const resolved = resolveAxis(axis.cells, { month: 1, year: 2004, firstDay: 0 });
    if (resolved.ok && !isDayByDay(resolved.days)) continue;
    const first = axis.cells[0] as { pos: number };
    return { kind: "unknownLayout", cell: { tab: tab.name, row: axis.line, col: first.pos } };
  }
  for (const axis of scan.columnAxes) {
    if (axis.kind === "errors") continue;
    const resolved = resolveAxis(axis.cells, { month: 1, year: 2004, firstDay: 0 });
    if (resolved.ok && !isDayByDay(resolved.days)) continue;
    const first = axis.cells[0] as { pos: number };
    return { kind: "unknownLayout", cell: { tab: tab.name, row: first.pos, col: axis.line } };
  }
  let times = 0;
  for (let r = 0; r < tab.values.length; r++) {
    const row = tab.values[r];
    if (!row) continue;
    for (let c = 0; c < row.length; c++) {
      const v = row[c];
      if (typeof v !== "string" || v.length > 40) continue;
      if (collector.parse(v).kind === "times" && ++times >= TIME_CELLS) {
        return { kind: "unknownLayout", cell: { tab: tab.name, row: r, col: c } };
      }
    }
  }
  return null;
}
