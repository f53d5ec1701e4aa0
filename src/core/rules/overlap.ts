// Rule `overlap`: two sequences of one person sharing at least one minute, in one tab or across tabs.
import type { Finding } from "../findings";
import type { Sequence } from "../planning/types";
import { analyses, duration, ruleText } from "./context";
import { makeFinding, spanLabel, startDayOf } from "./finding";
import type { RuleContext } from "./types";

/** One error per overlapping pair, dated the day the overlap begins, with both cells. */
export function checkOverlap(ctx: RuleContext): Finding[] {
  const text = ruleText(ctx);
  const findings: Finding[] = [];
  for (const { person, sequences } of analyses(ctx)) {
    // Sweep in start order, keeping the sequences still running at the current start.
    const running: Sequence[] = [];
    let count = 0;
    for (const s of sequences) {
      let kept = 0;
      for (let i = 0; i < count; i++) {
        const r = running[i] as Sequence;
        if (r.end > s.start) running[kept++] = r;
      }
      count = kept;
      for (let i = 0; i < count; i++) {
        const r = running[i] as Sequence;
        const minutes = Math.min(r.end, s.end) - s.start;
        findings.push(
          makeFinding({
            ruleId: "overlap",
            severity: "error",
            person: person.name,
            day: startDayOf(s),
            refs: [r.cell, s.cell],
            message: text.overlap({
              duration: duration(ctx, minutes),
              first: spanLabel(r, ctx.lang),
              second: spanLabel(s, ctx.lang),
            }),
            details: { overlapMinutes: minutes },
          }),
        );
      }
      running[count++] = s;
    }
  }
  return findings;
}
