// Week arithmetic on day numbers shared by the week rules: whole weeks inside the planned ranges.
import { type DayNumber, mondayOf, weekdayOf } from "../time";

/** Runs of consecutive whole weeks inside the merged planned ranges: the Mondays of each run, in order. */
export function wholeWeekRuns(merged: ReadonlyArray<readonly [DayNumber, DayNumber]>): DayNumber[][] {
  const runs: DayNumber[][] = [];
  for (const [from, to] of merged) {
    const first = weekdayOf(from) === 0 ? from : mondayOf(from) + 7;
    const run: DayNumber[] = [];
    for (let monday = first; monday + 6 <= to; monday += 7) run.push(monday);
    if (run.length > 0) runs.push(run);
  }
  return runs;
}
