// The `coverage` and `qualification` rules on small timelines: slots, weekday minimums, header cells, qualifications.
import { checkCoverage, checkQualification, slotOf } from "../../../src/core/rules/coverage";
import type { RuleContext, StaffMember } from "../../../src/core/rules/types";
import type { CoverageRule } from "../../../src/core/settings";
import { at, buildTimeline, contextOf, type Entry } from "../support/timeline-builder";

/** A context with coverage rules, staff and header cells in row 1 (column = day of month) of every tab. */
function ctxOf(
  entries: Entry[],
  coverage: CoverageRule[],
  options: { ranges?: Array<[string, string]>; staff?: StaffMember[] } = {},
) {
  const timeline = buildTimeline(entries, options.ranges ? { ranges: options.ranges } : {});
  for (const tab of timeline.tabs) {
    tab.dayHeaderCells = new Map();
    for (let d = tab.firstDay as number; d <= (tab.lastDay as number); d++) {
      tab.dayHeaderCells.set(d, { row: 0, col: d - (tab.firstDay as number) + 1 });
    }
  }
  const ctx: RuleContext = contextOf(timeline, "code-du-travail", "fr", (s) => {
    s.coverage = coverage;
  });
  ctx.staff = options.staff ?? [];
  return ctx;
}

describe("slotOf", () => {
  const timeline = buildTimeline([
    at("A", "2026-11-02", "M"),
    at("B", "2026-11-02", "S"),
    at("C", "2026-11-02", "J"),
    at("D", "2026-11-02", "N"),
    at("E", "2026-11-02", "CV"),
    at("F", "2026-11-02", "20:00-08:00"),
    at("G", "2026-11-02", "07:30-12:00/17:00-21:00"),
    at("H", "2026-11-02", "21:30-23:30"),
    at("I", "2026-11-02", "11:00-16:30"),
  ]);
  const slots = (name: string) => timeline.persons.find((p) => p.name === name)?.sequences.map(slotOf);
  test.each([
    ["A", ["matin"]],
    ["B", ["soir"]],
    ["C", ["journée"]],
    ["D", ["nuit"]],
    ["E", ["nuit"]],
    ["F", ["nuit"]],
    ["G", ["matin", "soir"]],
    ["H", ["nuit"]],
    ["I", ["matin"]],
  ])("%s fills %p", (name, expected) => {
    expect(slots(name)).toEqual(expected);
  });
});

describe("coverage", () => {
  const week = (names: string[], code: string, dates: string[]) =>
    names.flatMap((n) => dates.map((d) => at(n, d, code)));

  test("an error on each day a slot has fewer people than its minimum, on the day's header cell", () => {
    const ctx = ctxOf(
      [
        ...week(["Léa", "Paul"], "M", ["2026-11-02", "2026-11-03"]),
        at("Léa", "2026-11-04", "M"),
        ...week(["Anne"], "N", ["2026-11-02", "2026-11-03", "2026-11-04"]),
      ],
      [
        { slot: "matin", minimum: 2 },
        { slot: "nuit", minimum: 1 },
      ],
    );
    const findings = checkCoverage(ctx);
    expect(findings).toEqual([
      {
        ruleId: "coverage",
        severity: "error",
        person: null,
        date: "2026-11-04",
        tab: "Planning",
        cells: ["D1"],
        message: "Couverture insuffisante le 04/11 (matin) : 1 personne pour 2 minimum (Léa).",
        details: { slot: "matin", present: 1, minimum: 2, people: "Léa" },
      },
    ]);
  });

  test("every planned day counts, even one where nobody is planned; days outside the ranges do not", () => {
    const ctx = ctxOf(
      [at("Anne", "2026-11-02", "N"), at("Anne", "2026-11-04", "N")],
      [{ slot: "nuit", minimum: 1 }],
      {
        ranges: [["2026-11-02", "2026-11-04"]],
      },
    );
    const findings = checkCoverage(ctx);
    expect(findings.map((f) => [f.date, f.details.present])).toEqual([["2026-11-03", 0]]);
    expect(findings[0]?.message).toBe("Couverture insuffisante le 03/11 (nuit) : 0 personne pour 1 minimum.");
  });

  test("a weekday minimum replaces the every-day minimum on that weekday only", () => {
    // 2026-11-06 is a Friday, 2026-11-07 a Saturday.
    const ctx = ctxOf(
      [at("Léa", "2026-11-06", "M"), at("Léa", "2026-11-07", "M")],
      [
        { slot: "matin", minimum: 1 },
        { slot: "matin", minimum: 2, weekdays: [5] },
      ],
    );
    expect(checkCoverage(ctx).map((f) => [f.date, f.details.minimum])).toEqual([["2026-11-07", 2]]);
  });

  test("one person counts once per slot, even with two sequences in it", () => {
    const ctx = ctxOf([at("Léa", "2026-11-02", "07:00-09:00/09:30-11:00")], [{ slot: "matin", minimum: 2 }]);
    expect(checkCoverage(ctx)[0]?.details.present).toBe(1);
  });

  test("a day shown in two planning tabs points at both header cells, qualified", () => {
    const ctx = ctxOf(
      [at("Léa", "2026-11-02", "M", "Foyer A"), at("Paul", "2026-11-02", "S", "IME")],
      [{ slot: "nuit", minimum: 1 }],
    );
    const [finding] = checkCoverage(ctx);
    expect(finding?.tab).toBe("Foyer A");
    expect(finding?.cells).toEqual(["'Foyer A'!B1", "'IME'!B1"]);
  });

  test("without header cells (a shift list) the finding has the tab and no cell", () => {
    const ctx = ctxOf([at("Léa", "2026-11-02", "M")], [{ slot: "nuit", minimum: 1 }]);
    for (const tab of ctx.timeline.tabs) delete tab.dayHeaderCells;
    expect(checkCoverage(ctx)).toEqual([
      expect.objectContaining({ tab: "Planning", cells: [], date: "2026-11-02" }),
    ]);
  });

  test("switched off, or with no minimum set, the rule says nothing", () => {
    const entries = [at("Léa", "2026-11-02", "M")];
    const off = ctxOf(entries, [{ slot: "matin", minimum: 3 }]);
    off.settings.rules.coverage.enabled = false;
    expect(checkCoverage(off)).toEqual([]);
    expect(checkCoverage(ctxOf(entries, []))).toEqual([]);
  });

  test("English message", () => {
    const ctx = ctxOf([at("Léa", "2026-11-02", "M")], [{ slot: "matin", minimum: 2 }]);
    ctx.lang = "en";
    expect(checkCoverage(ctx)[0]?.message).toBe(
      "Coverage too low on 2 Nov (morning): 1 person for a minimum of 2 (Léa).",
    );
  });
});

describe("qualification", () => {
  const staff: StaffMember[] = [
    { name: "Anne Petit", qualifications: ["veilleur"], row: 1 },
    { name: "Paul Durand", qualifications: ["ide"], row: 2 },
  ];
  const rule: CoverageRule = { slot: "nuit", minimum: 1, qualification: "veilleur" };

  test("a warning on each day nobody on the slot holds the required qualification (staff tab)", () => {
    const ctx = ctxOf(
      [
        at("PETIT Anne", "2026-11-02", "N"),
        at("PETIT Anne", "2026-11-03", "N"),
        at("Paul Durand", "2026-11-04", "N"),
        at("PETIT Anne", "2026-11-04", "M"),
      ],
      [rule],
      { staff },
    );
    expect(checkQualification(ctx)).toEqual([
      {
        ruleId: "qualification",
        severity: "warning",
        person: null,
        date: "2026-11-04",
        tab: "Planning",
        cells: ["D1"],
        message: "Qualification manquante le 04/11 (nuit) : personne avec la qualification « veilleur ».",
        details: { slot: "nuit", qualification: "veilleur", present: 1 },
      },
    ]);
  });

  test("the role column of the planning counts as a qualification too", () => {
    const ctx = ctxOf([at("Zoé", "2026-11-02", "N")], [rule]);
    expect(checkQualification(ctx)).toHaveLength(1);
    const zoe = ctx.timeline.persons[0];
    if (zoe) zoe.role = "Veilleur de nuit";
    expect(checkQualification(ctx)).toEqual([]);
  });

  test("a weekday-limited requirement applies on that weekday only; coverage minimums ignore it", () => {
    const ctx = ctxOf(
      [at("Paul Durand", "2026-11-02", "N"), at("Paul Durand", "2026-11-07", "N")],
      [{ ...rule, weekdays: [5, 6] }],
      {
        staff,
      },
    );
    expect(checkQualification(ctx).map((f) => f.date)).toEqual(["2026-11-07"]);
    expect(checkCoverage(ctx)).toEqual([]);
  });

  test("checked over planned days only, and not at all when switched off", () => {
    const ctx = ctxOf([at("Anne Petit", "2026-11-02", "N")], [rule], {
      staff,
      ranges: [["2026-11-02", "2026-11-03"]],
    });
    expect(checkQualification(ctx).map((f) => f.date)).toEqual(["2026-11-03"]);
    ctx.settings.rules.qualification.enabled = false;
    expect(checkQualification(ctx)).toEqual([]);
  });

  test("dates are the civil dates of the planned range, across the spring daylight-saving change", () => {
    const ctx = ctxOf([], [rule], { ranges: [["2026-03-28", "2026-03-30"]] });
    const dates = checkQualification(ctx).map((f) => f.date);
    expect(dates).toEqual(["2026-03-28", "2026-03-29", "2026-03-30"]);
  });
});
