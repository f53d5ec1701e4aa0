// A realistic 12-week roster of a children's home that respects every rule: no finding at all, under each preset.
import { monthTitle } from "../../../src/core/i18n/format";
import { runRules } from "../../../src/core/rules/registry";
import { PRESETS } from "../../../src/core/settings";
import { civilDate, dayNumber, partsFromDay } from "../../../src/core/time";
import { at, buildTimeline, type CodeDef, contextOf, type Entry } from "../support/timeline-builder";

/** The home's legend, with the breaks its shifts carry. */
const CODES: Record<string, CodeDef> = {
  M: { start: "07:00", end: "14:30", type: "work", breakMinutes: 30 },
  S: { start: "13:30", end: "21:00", type: "work", breakMinutes: 30 },
  J: { start: "09:00", end: "17:00", type: "work", breakMinutes: 30 },
  N: { start: "22:00", end: "06:00", type: "night", breakMinutes: 20 },
  CV: { start: "22:00", end: "07:00", type: "sleep-in" },
  R: { type: "rest" },
  CA: { type: "absence" },
};

/** Four weekly patterns (Monday first) that educators rotate through: mornings, evenings, nights, short week. */
const PATTERNS = [
  ["M", "M", "M", "M", "M", "R", "R"],
  ["S", "S", "S", "S", "S", "R", "R"],
  ["N", "N", "N", "N", "R", "R", "R"],
  ["R", "R", "J", "J", "J", "R", "R"],
];
const FIRST_MONDAY = dayNumber("2026-09-07");
const WEEKS = 12;

/** One tab per month, as coordinators keep them. */
const tabOf = (day: number): string => {
  const p = partsFromDay(day);
  return `${monthTitle(p.month, "fr")} ${p.year}`;
};

function roster(): Entry[] {
  const entries: Entry[] = [];
  const educators = ["Martin Léa", "Durand Paul", "Petit Inès", "Moreau Karim"];
  for (let week = 0; week < WEEKS; week++) {
    for (let weekday = 0; weekday < 7; weekday++) {
      const day = FIRST_MONDAY + week * 7 + weekday;
      const date = civilDate(day);
      educators.forEach((name, i) => {
        const code = PATTERNS[(week + i) % 4]?.[weekday] ?? "R";
        entries.push(at(name, date, code, tabOf(day)));
      });
      // A split-shift educator: amplitude of exactly 13 h, rest of exactly 11 h, two sequences of 3 h 30 and 4 h 30.
      entries.push(at("Lefèvre Anne", date, weekday < 5 ? "07:30-11:00 / 16:00-20:30" : "R", tabOf(day)));
      // A night-watch with sleep-ins on Monday and Wednesday and a day on Friday; on leave for week 5.
      const watch = week === 5 ? "CA" : (["CV", "R", "CV", "R", "J", "R", "R"][weekday] ?? "R");
      entries.push(at("Bernard Sam", date, watch, tabOf(day)));
    }
  }
  return entries;
}

describe("a clean 12-week roster (six people, three monthly tabs, the October clock change inside)", () => {
  const timeline = buildTimeline(roster(), { codes: CODES });
  test("covers what it claims", () => {
    expect(timeline.persons).toHaveLength(6);
    expect(timeline.tabs.map((t) => t.name)).toEqual(["Septembre 2026", "Octobre 2026", "Novembre 2026"]);
    expect(timeline.persons.reduce((n, p) => n + p.sequences.length, 0)).toBeGreaterThan(300);
  });
  test.each(PRESETS)("yields no finding under %s", (preset) => {
    expect(runRules(contextOf(timeline, preset))).toEqual([]);
  });
  test("but one morning after an evening (S then M, 10 h of rest) is caught, and only that", () => {
    // Durand Paul works evenings in the first week; make his Tuesday a morning.
    const broken = roster().map((e) =>
      e.person === "Durand Paul" && e.date === "2026-09-08" ? { ...e, what: "M" } : e,
    );
    const findings = runRules(contextOf(buildTimeline(broken, { codes: CODES })));
    expect(findings.map((f) => `${f.ruleId}:${f.severity}:${f.person}:${f.date}`)).toEqual([
      "daily-rest:error:Durand Paul:2026-09-07",
    ]);
  });
});
