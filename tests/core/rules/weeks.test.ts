// Week conventions: Sunday-night splits, weekly rest runs, whole planned weeks, 12-week averages, rest days.
import { runRules } from "../../../src/core/rules/registry";
import { analysePerson } from "../../../src/core/rules/working-days";
import { defaultSettings, type PresetId, type Settings } from "../../../src/core/settings";
import { civilDate, dayNumber } from "../../../src/core/time";
import { ofRule, summary } from "../support/findings-view";
import { at, type BuildOptions, buildTimeline, contextOf, type Entry } from "../support/timeline-builder";

const check = (entries: Entry[], preset: PresetId = "code-du-travail", options: BuildOptions = {}) =>
  runRules(contextOf(buildTimeline(entries, options), preset));

/** Dates from `first` for `count` days, as `YYYY-MM-DD`. */
const dates = (first: string, count: number): string[] =>
  Array.from({ length: count }, (_, i) => civilDate(dayNumber(first) + i));

describe("a night across Sunday midnight splits between the two weeks", () => {
  const entries = [
    ...dates("2026-11-16", 5).map((d) => at("A", d, "09:00-18:12")),
    at("A", "2026-11-22", "22:00-06:00"),
    ...dates("2026-11-24", 5).map((d) => at("A", d, "08:00-16:36")),
  ];
  test("2 h in the first week, 6 h in the second", () => {
    const timeline = buildTimeline(entries);
    const person = timeline.persons[0];
    if (!person) throw new Error("no person");
    const weeks = analysePerson(person, timeline, defaultSettings().sleepIn).weeks;
    expect(weeks.map((w) => [civilDate(w.monday), Math.round(w.minutes)])).toEqual([
      ["2026-11-16", 46 * 60 + 2 * 60],
      ["2026-11-23", 6 * 60 + 43 * 60],
    ]);
    expect(weeks[1]?.sequences[0]?.day).toBe(dayNumber("2026-11-22"));
  });
  test("so the first week passes at 48 h and the second fails at 49 h", () => {
    const findings = check(entries);
    expect(summary(findings)).toEqual(["weekly-max:error"]);
    expect(findings[0]).toMatchObject({ date: "2026-11-23", details: { workMinutes: 49 * 60 } });
  });
});

describe("weekly-rest", () => {
  const monToSat = (first: string): Entry[] => dates(first, 6).map((d) => at("A", d, "07:00-14:00"));
  test("the Monday–Saturday worker who stops Saturday afternoon and resumes Monday passes", () => {
    const entries = [...monToSat("2026-11-16"), ...monToSat("2026-11-23"), ...monToSat("2026-11-30")];
    expect(check(entries, "code-du-travail", { ranges: [["2026-11-16", "2026-12-06"]] })).toEqual([]);
  });
  test("a run of exactly 35 h passes, 34 h 59 fails", () => {
    const week = (resume: string) => [
      ...dates("2026-11-16", 5).map((d) => at("A", d, "07:00-14:00")),
      at("A", "2026-11-21", "14:00-21:00"),
      at("A", "2026-11-23", `${resume}-12:00`),
    ];
    const options: BuildOptions = { ranges: [["2026-11-16", "2026-11-23"]] };
    expect(check(week("08:00"), "code-du-travail", options)).toEqual([]);
    const [f] = check(week("07:59"), "code-du-travail", options);
    expect(f).toMatchObject({ ruleId: "weekly-rest", severity: "error", date: "2026-11-16" });
    expect(f?.message).toBe(
      "Pas de repos hebdomadaire de 35 h d'affilée dont 24 h dans la semaine du 16/11 " +
        "(plus long repos : 34 h 59, du 21/11 21:00 au 23/11 07:59, dont 27 h dans la semaine).",
    );
    expect(f?.details).toEqual({
      longestRestMinutes: 35 * 60 - 1,
      longestRestInsideMinutes: 27 * 60,
      longestRestFrom: "2026-11-21T21:00",
      longestRestTo: "2026-11-23T07:59",
      minimumMinutes: 35 * 60,
      insideWeekMinutes: 24 * 60,
    });
  });
  test("the message gives the longest rest inside the week and where it lies, not a run mostly in the week before", () => {
    // Off from Friday 20/11 14:00 to Monday 23/11 06:00 (64 h, only 6 h of it in the week of 23/11), then every day.
    const entries = [
      ...dates("2026-11-16", 5).map((d) => at("A", d, "07:00-14:00")),
      at("A", "2026-11-23", "06:00-14:00"),
      ...dates("2026-11-24", 7).map((d) => at("A", d, "07:00-14:00")),
    ];
    const found = check(entries, "code-du-travail", { ranges: [["2026-11-16", "2026-11-30"]] });
    const [f] = ofRule(found, "weekly-rest");
    expect(f).toMatchObject({ ruleId: "weekly-rest", date: "2026-11-23" });
    expect(f?.message).toBe(
      "Pas de repos hebdomadaire de 35 h d'affilée dont 24 h dans la semaine du 23/11 " +
        "(plus long repos dans la semaine : 17 h, du 23/11 14:00 au 24/11 07:00).",
    );
    expect(f?.details).toMatchObject({
      longestRestMinutes: 17 * 60,
      longestRestInsideMinutes: 17 * 60,
      longestRestFrom: "2026-11-23T14:00",
      longestRestTo: "2026-11-24T07:00",
    });
  });
  test("the run needs 24 h inside the week: ending Saturday at 24:00 passes, at 00:01 fails", () => {
    const week = (end: string) => [
      ...dates("2026-11-16", 5).map((d) => at("A", d, "07:00-14:00")),
      at("A", "2026-11-21", `17:00-${end}`),
      at("A", "2026-11-24", "08:00-12:00"),
    ];
    const options: BuildOptions = { ranges: [["2026-11-16", "2026-11-24"]] };
    expect(check(week("00:00"), "code-du-travail", options)).toEqual([]);
    expect(summary(check(week("00:01"), "code-du-travail", options))).toEqual(["weekly-rest:error"]);
  });
  test("a week not wholly inside the planned dates is not judged, while weekly-max and days-per-week are", () => {
    const entries = [
      ...dates("2026-11-16", 5).map((d) => at("A", d, "09:00-19:00")),
      at("A", "2026-11-21", "07:00-14:00"),
      at("A", "2026-11-22", "07:00-14:00"),
    ];
    const partial = check(entries, "code-du-travail", { ranges: [["2026-11-17", "2026-11-30"]] });
    expect(summary(partial)).toEqual(["consecutive-days:warning", "days-per-week:error", "weekly-max:error"]);
    const whole = check(entries, "code-du-travail", { ranges: [["2026-11-16", "2026-11-30"]] });
    expect(ofRule(whole, "weekly-rest")).toHaveLength(1);
  });
  test("ccn66 warns when a week has fewer than 2 rest days, unless it holds an absence day", () => {
    const entries = (saturday: string) => [
      ...dates("2026-11-16", 5).map((d) => at("A", d, "07:00-14:00")),
      at("A", "2026-11-21", saturday),
      at("A", "2026-11-22", "07:00-14:00"),
    ];
    const [f] = check(entries("R"), "ccn66");
    expect(f).toMatchObject({ ruleId: "weekly-rest", severity: "warning", date: "2026-11-16" });
    expect(f?.details).toEqual({ restDays: 1, minimumRestDays: 2 });
    expect(f?.message).toBe("1 jour de repos la semaine du 16/11 (minimum 2 jours).");
    expect(check(entries("CA"), "ccn66")).toEqual([]);
    expect(check(entries("R"), "code-du-travail")).toEqual([]);
  });
  test("ccn66: a night's morning tail is work on its date, so four nights Monday–Thursday leave two rest days", () => {
    const nights = (count: number) => dates("2026-11-16", count).map((d) => at("A", d, "22:00-06:00"));
    expect(check(nights(4), "ccn66", { ranges: [["2026-11-16", "2026-11-22"]] })).toEqual([]);
    expect(summary(check(nights(5), "ccn66", { ranges: [["2026-11-16", "2026-11-22"]] }))).toEqual([
      "weekly-rest:warning",
    ]);
  });
});

describe("weekly-average", () => {
  // 44 h a week: Monday–Friday 08:00–16:48; `extra` minutes on the first Monday.
  const weeks = (count: number, extra = 0): Entry[] =>
    dates("2026-09-07", count * 7)
      .filter((d) => new Date(`${d}T12:00:00Z`).getUTCDay() % 6 !== 0)
      .map((d, i) => at("A", d, i === 0 ? `08:00-${extraEnd(extra)}` : "08:00-16:48"));
  const extraEnd = (extra: number): string => {
    const m = 16 * 60 + 48 + extra;
    return `${String(Math.floor(m / 60)).padStart(2, "0")}:${String(m % 60).padStart(2, "0")}`;
  };
  const withAdjust = (entries: Entry[], adjust?: (s: Settings) => void) =>
    runRules(
      contextOf(
        buildTimeline(entries, { ranges: [["2026-09-07", "2026-12-31"]] }),
        "code-du-travail",
        "fr",
        adjust,
      ),
    );
  test("12 whole weeks averaging exactly 44 h pass; 44 h 01 warns, dated the first Monday", () => {
    expect(withAdjust(weeks(12))).toEqual([]);
    const findings = withAdjust(weeks(12, 12));
    expect(summary(findings)).toEqual(["weekly-average:warning"]);
    expect(findings[0]).toMatchObject({
      date: "2026-09-07",
      details: { averageMinutes: 44 * 60 + 1, weeks: 12 },
    });
  });
  test("fewer than 12 whole weeks are not judged; one long excess gives one finding", () => {
    const heavy = (count: number) => weeks(count).map((e) => ({ ...e, what: "08:00-17:24" }));
    const judged = (entries: Entry[], to: string) =>
      ofRule(runRules(contextOf(buildTimeline(entries, { ranges: [["2026-09-07", to]] }))), "weekly-average");
    expect(judged(heavy(11), "2026-11-22")).toEqual([]);
    const [f, ...rest] = judged(heavy(14), "2026-12-13");
    expect(rest).toEqual([]);
    expect(f?.details).toMatchObject({ averageMinutes: 47 * 60, windows: 3 });
  });
  test("the window size is a setting", () => {
    const heavy = weeks(4).map((e) => ({ ...e, what: "08:00-17:24" }));
    const findings = withAdjust(heavy, (s) => {
      s.rules["weekly-average"].weeks = 4;
    });
    expect(summary(findings)).toEqual(["weekly-average:warning"]);
  });
});

describe("months in separate tabs join up", () => {
  test("a night on 31 October meets 1 November in the next tab: rest and overlap across tabs", () => {
    const rest = check([
      at("A", "2026-10-31", "N", "Octobre 2026!AF3"),
      at("A", "2026-11-01", "07:00-12:00", "Novembre 2026!B3"),
    ]);
    expect(ofRule(rest, "daily-rest")[0]).toMatchObject({
      date: "2026-11-01",
      tab: "Octobre 2026",
      cells: ["'Octobre 2026'!AF3", "'Novembre 2026'!B3"],
      details: { restMinutes: 0 },
    });
    const overlap = check([
      at("A", "2026-10-31", "N", "Octobre 2026!AF3"),
      at("A", "2026-11-01", "06:00-12:00", "Novembre 2026!B3"),
    ]);
    expect(ofRule(overlap, "overlap")[0]).toMatchObject({
      date: "2026-11-01",
      details: { overlapMinutes: 60 },
    });
  });
});
