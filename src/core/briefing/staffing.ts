// Section 4 of the briefing: who works on a day per slot, who is absent, coverage gaps and near planning findings.
import type { Finding } from "../findings";
import { compareFindings } from "../findings";
import type { Timeline } from "../planning/types";
import { slotOf } from "../rules/coverage";
import { SLOTS } from "../settings/coverage-key";
import { type CivilDate, civilDate, type DayNumber, hhmm } from "../time";
import type { FindingLine, SlotGroup, Staffing, StaffLine, StaffSlot } from "./types";

const findingLine = (f: Finding): FindingLine => ({
  severity: f.severity,
  date: f.date,
  message: f.message,
  ruleId: f.ruleId,
});

/** True when a day lies in one of the timeline's planned ranges. */
function isPlanned(timeline: Timeline, day: DayNumber): boolean {
  return timeline.plannedRanges.some(([from, to]) => day >= from && day <= to);
}

/**
 * Section 4 for `day`: the sequences starting that day grouped by the coverage rule's slots (in order of start), the
 * people marked absent that day, the coverage gaps and every other finding dated from that day to two days later
 * (each sorted by severity then date).
 */
export function composeStaffing(
  timeline: Timeline | null,
  findings: readonly Finding[],
  day: DayNumber,
): Staffing {
  const today: CivilDate = civilDate(day);
  const last: CivilDate = civilDate(day + 2);
  // What the coordinator can still act on: the next two days' gaps are gaps too (a night uncovered tomorrow).
  const near = findings.filter((f) => f.date !== null && f.date >= today && f.date <= last);
  const gaps = near.filter((f) => f.ruleId === "coverage");
  const slots: SlotGroup[] = [];
  const absent: Array<{ name: string; code: string }> = [];
  if (timeline) {
    const bySlot = new Map<StaffSlot, Array<{ line: StaffLine; start: number }>>();
    for (const person of timeline.persons) {
      for (const sequence of person.sequences) {
        if (sequence.day + Math.floor(sequence.startMinute / 1440) !== day) continue;
        const slot = slotOf(sequence);
        const list = bySlot.get(slot) ?? [];
        list.push({
          start: sequence.startMinute,
          line: {
            name: person.name,
            role: person.role ?? null,
            from: hhmm(sequence.startMinute),
            to: hhmm(sequence.endMinute),
            code: sequence.code,
          },
        });
        bySlot.set(slot, list);
      }
      for (const mark of person.marks) {
        if (mark.day === day && mark.type === "absence") absent.push({ name: person.name, code: mark.code });
      }
    }
    for (const slot of SLOTS) {
      const list = bySlot.get(slot);
      if (!list) continue;
      list.sort((a, b) => a.start - b.start || a.line.name.localeCompare(b.line.name, "fr"));
      slots.push({ slot, people: list.map((x) => x.line) });
    }
    absent.sort((a, b) => a.name.localeCompare(b.name, "fr"));
  }
  return {
    planned: timeline !== null && (isPlanned(timeline, day) || slots.length > 0),
    slots,
    absent,
    gaps: [...gaps].sort(compareFindings).map(findingLine),
    findings: near
      .filter((f) => f.ruleId !== "coverage")
      .sort(compareFindings)
      .map(findingLine),
  };
}
