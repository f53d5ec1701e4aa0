// Rule `absence-conflict`: a working day on a date the same person is absent (CA, RTT, AM, F…) in any tab.
import type { Finding } from "../findings";
import { formatDayMonth } from "../i18n/format";
import type { DayMark, Sequence } from "../planning/types";
import type { DayNumber } from "../time";
import { analyses, ruleText } from "./context";
import { makeFinding, timesLabel } from "./finding";
import type { RuleContext } from "./types";

const compareMarks = (a: DayMark, b: DayMark): number =>
  (a.cell.tab < b.cell.tab ? -1 : a.cell.tab > b.cell.tab ? 1 : 0) ||
  a.cell.row - b.cell.row ||
  a.cell.col - b.cell.col;

/** What a sequence is, for a message: its code, or its times when written as times. */
function workLabel(s: Sequence): string {
  return s.code ?? timesLabel(s);
}

/** One error per working day on an absence date, with the work cells and the absence cells. */
export function checkAbsenceConflict(ctx: RuleContext): Finding[] {
  const text = ruleText(ctx);
  const findings: Finding[] = [];
  for (const { person, workingDays } of analyses(ctx)) {
    if (person.marks.length === 0) continue;
    const absences = new Map<DayNumber, DayMark[]>();
    for (const mark of person.marks) {
      if (mark.type !== "absence") continue;
      const list = absences.get(mark.day);
      if (list) list.push(mark);
      else absences.set(mark.day, [mark]);
    }
    if (absences.size === 0) continue;
    for (const wd of workingDays) {
      const marks = absences.get(wd.day);
      if (!marks) continue;
      marks.sort(compareMarks);
      const codes = [...new Set(marks.map((m) => m.code))];
      findings.push(
        makeFinding({
          ruleId: "absence-conflict",
          severity: "error",
          person: person.name,
          day: wd.day,
          refs: [...wd.sequences.map((s) => s.cell), ...marks.map((m) => m.cell)],
          message: text.absenceConflict({
            date: formatDayMonth(wd.day, ctx.lang),
            work: wd.sequences.map(workLabel).join(", "),
            absence: codes.join(", "),
          }),
          details: { absenceCode: codes.join(","), workSequences: wd.sequences.length },
        }),
      );
    }
  }
  return findings;
}
