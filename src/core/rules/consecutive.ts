// Rule `consecutive-days`: runs of dates on which a working day starts, across weeks and tabs.
import type { Finding } from "../findings";
import { formatDayMonth } from "../i18n/format";
import { analyses, ruleText } from "./context";
import { makeFinding, refsOf } from "./finding";
import { judgeAbove } from "./judge";
import type { RuleContext } from "./types";
import type { WorkingDay } from "./working-days";

/** Maximal runs of consecutive worked dates as `[first index, length]` into the working days, in order. */
export function workedRuns(workingDays: readonly WorkingDay[]): Array<[number, number]> {
  const runs: Array<[number, number]> = [];
  let start = 0;
  for (let i = 1; i <= workingDays.length; i++) {
    const prev = workingDays[i - 1] as WorkingDay;
    const next = workingDays[i];
    if (next && next.day === prev.day + 1) continue;
    runs.push([start, i - start]);
    start = i;
  }
  return runs;
}

/** One finding per run longer than the limits (a night's morning tail does not make the next date worked). */
export function checkConsecutiveDays(ctx: RuleContext): Finding[] {
  const limits = ctx.settings.rules["consecutive-days"];
  const text = ruleText(ctx);
  const findings: Finding[] = [];
  for (const { person, workingDays } of analyses(ctx)) {
    if (workingDays.length === 0) continue;
    for (const [start, length] of workedRuns(workingDays)) {
      const verdict = judgeAbove(length, limits);
      if (!verdict) continue;
      const run = workingDays.slice(start, start + length);
      const first = run[0] as WorkingDay;
      const last = run[length - 1] as WorkingDay;
      findings.push(
        makeFinding({
          ruleId: "consecutive-days",
          severity: verdict.severity,
          person: person.name,
          day: first.day,
          refs: run.flatMap((wd) => refsOf(wd.sequences)),
          message: text.consecutiveDays({
            first: formatDayMonth(first.day, ctx.lang),
            last: formatDayMonth(last.day, ctx.lang),
            days: length,
            limit: verdict.limit,
          }),
          details: { days: length, maximumDays: verdict.limit },
        }),
      );
    }
  }
  return findings;
}
