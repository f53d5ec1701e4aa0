// Rule `consecutive-days`: runs of dates on which a working day starts, across weeks and tabs.
import type { Finding } from "../findings";
import { formatDayMonth } from "../i18n/format";
import { analyses, ruleText } from "./context";
import { makeFinding, refsOf } from "./finding";
import { judgeAbove } from "./judge";
import type { RuleContext } from "./types";
import type { WorkingDay } from "./working-days";

/** Maximal runs of consecutive worked dates (a night's morning tail does not make the next date worked). */
export function workedRuns(workingDays: readonly WorkingDay[]): WorkingDay[][] {
  const runs: WorkingDay[][] = [];
  let run: WorkingDay[] = [];
  for (const wd of workingDays) {
    const last = run[run.length - 1];
    if (last && wd.day === last.day + 1) run.push(wd);
    else {
      if (run.length > 0) runs.push(run);
      run = [wd];
    }
  }
  if (run.length > 0) runs.push(run);
  return runs;
}

/** One finding per run longer than the limits, dated the run's first date. */
export function checkConsecutiveDays(ctx: RuleContext): Finding[] {
  const limits = ctx.settings.rules["consecutive-days"];
  const text = ruleText(ctx);
  const findings: Finding[] = [];
  for (const { person, workingDays } of analyses(ctx)) {
    for (const run of workedRuns(workingDays)) {
      const verdict = judgeAbove(run.length, limits);
      const first = run[0];
      const last = run[run.length - 1];
      if (!verdict || !first || !last) continue;
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
            days: run.length,
            limit: verdict.limit,
          }),
          details: { days: run.length, maximumDays: verdict.limit },
        }),
      );
    }
  }
  return findings;
}
