// The `contract-hours` rule: whole planned months only, strict 10 % threshold, absences, sleep-ins, month-end nights.
import { checkContractHours, wholePlannedMonths } from "../../../src/core/rules/contract-hours";
import type { StaffMember } from "../../../src/core/rules/types";
import { civilDate, dayNumber, weekdayOf } from "../../../src/core/time";
import { at, buildTimeline, contextOf, type Entry } from "../support/timeline-builder";

const NOVEMBER: Array<[string, string]> = [["2026-11-01", "2026-11-30"]];
const lea: StaffMember = { name: "MARTIN Léa", qualifications: [], weeklyHours: 35, row: 1 };

/** Every Monday–Friday date of November 2026 (21 days). */
const weekdays = (): string[] => {
  const out: string[] = [];
  for (let d = dayNumber("2026-11-01"); d <= dayNumber("2026-11-30"); d++)
    if (weekdayOf(d) < 5) out.push(civilDate(d));
  return out;
};

function run(
  entries: Entry[],
  options: { ranges?: Array<[string, string]>; staff?: StaffMember[]; gap?: number } = {},
) {
  const timeline = buildTimeline(entries, { ranges: options.ranges ?? NOVEMBER });
  const ctx = contextOf(timeline, "code-du-travail", "fr", (s) => {
    if (options.gap !== undefined) s.rules["contract-hours"].info = options.gap;
  });
  ctx.staff = options.staff ?? [lea];
  return checkContractHours(ctx);
}

describe("contract-hours", () => {
  test("21 weekdays of 7 h (147 h) against 150 h (35 h × 30/7) is within 10 %: nothing", () => {
    expect(weekdays()).toHaveLength(21);
    expect(run(weekdays().map((d) => at("Léa Martin", d, "M")))).toEqual([]);
  });

  test("15 days of 7 h (105 h) is 30 % under: one info dated the 1st, in the person's name as planned", () => {
    const findings = run(
      weekdays()
        .slice(0, 15)
        .map((d) => at("Léa Martin", d, "M")),
    );
    expect(findings).toEqual([
      {
        ruleId: "contract-hours",
        severity: "info",
        person: "Léa Martin",
        date: "2026-11-01",
        tab: "Planning",
        cells: [],
        message:
          "Léa Martin : 105 h planifiées en novembre 2026 pour 150 h au contrat (35 h/semaine), écart de -30 %.",
        details: {
          plannedMinutes: 6300,
          absenceMinutes: 0,
          contractMinutes: 9000,
          weeklyHours: 35,
          deviationPercent: -30,
          thresholdPercent: 10,
        },
      },
    ]);
  });

  test("exactly 10 % under passes, a minute more is flagged (strict threshold)", () => {
    const days = weekdays();
    const exactly = days.slice(0, 15).map((d) => at("Léa Martin", d, "07:00-16:00")); // 135 h
    expect(run(exactly)).toEqual([]);
    const under = [
      ...days.slice(0, 14).map((d) => at("Léa Martin", d, "07:00-16:00")),
      at("Léa Martin", days[14] as string, "07:00-15:59"),
    ];
    expect(run(under).map((f) => f.details.deviationPercent)).toEqual([-10]);
  });

  test("over the contract too, with the threshold from the settings", () => {
    const long = weekdays().map((d) => at("Léa Martin", d, "07:00-16:00")); // 189 h, +26 %
    expect(run(long)[0]?.message).toContain("écart de +26 %");
    expect(run(long, { gap: 30 })).toEqual([]);
  });

  test("absence days from Monday to Friday count a fifth of the weekly contract each", () => {
    const days = weekdays();
    const entries = [
      ...days.slice(0, 15).map((d) => at("Léa Martin", d, "M")),
      ...days.slice(15).map((d) => at("Léa Martin", d, "CA")),
      at("Léa Martin", "2026-11-28", "CA"), // a Saturday: no credit
    ];
    // 105 h + 6 × 7 h = 147 h: within 10 %.
    expect(run(entries)).toEqual([]);
    const fewer = [
      ...days.slice(0, 10).map((d) => at("Léa Martin", d, "M")),
      ...days.slice(15).map((d) => at("Léa Martin", d, "CA")),
    ];
    const [finding] = run(fewer);
    expect(finding?.details.absenceMinutes).toBe(6 * 7 * 60);
    expect(finding?.message).toContain("112 h planifiées en novembre 2026 (dont 42 h d'absences)");
  });

  test("a sleep-in counts with its equivalence (9 h of presence = 3 h)", () => {
    const days = weekdays();
    const findings = run(days.slice(0, 20).map((d) => at("Léa Martin", d, "CV")));
    expect(findings[0]?.details.plannedMinutes).toBe(20 * 180);
  });

  test("a night across the month's end counts only its November part", () => {
    const days = weekdays();
    const entries = [
      ...days.slice(0, 20).map((d) => at("Léa Martin", d, "M")),
      at("Léa Martin", "2026-11-30", "N"),
    ];
    const findings = run(entries, { gap: 0 });
    expect(findings[0]?.details.plannedMinutes).toBe(20 * 420 + 180);
  });

  test("months not wholly planned, people without contract hours and people absent from the month are not judged", () => {
    const few = weekdays()
      .slice(0, 5)
      .map((d) => at("Léa Martin", d, "M"));
    expect(run(few, { ranges: [["2026-11-02", "2026-11-30"]] })).toEqual([]);
    expect(run(few, { staff: [{ ...lea, weeklyHours: undefined }] })).toEqual([]);
    expect(run([at("Paul", "2026-11-02", "M")])).toEqual([]);
  });

  test("whole months are found inside merged ranges, across tabs", () => {
    const timeline = buildTimeline([], {
      ranges: [
        ["2026-10-15", "2026-12-31"],
        ["2027-02-01", "2027-02-27"],
      ],
    });
    expect(wholePlannedMonths(timeline).map((m) => `${m.year}-${m.month}`)).toEqual(["2026-11", "2026-12"]);
  });

  test("English message", () => {
    const timeline = buildTimeline([at("Léa Martin", "2026-11-02", "M")], { ranges: NOVEMBER });
    const ctx = contextOf(timeline, "code-du-travail", "en");
    ctx.staff = [lea];
    expect(checkContractHours(ctx)[0]?.message).toBe(
      "Léa Martin: 7 h planned in November 2026 for 150 h in the contract (35 h/week), a gap of -95.3 %.",
    );
  });
});
