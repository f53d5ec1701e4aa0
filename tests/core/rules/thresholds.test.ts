// Every rule at and around its threshold: strict comparisons, warning bands, per-preset values.
import type { Finding } from "../../../src/core/findings";
import { runRules } from "../../../src/core/rules/registry";
import type { PresetId, Settings } from "../../../src/core/settings";
import { ofRule, summary } from "../support/findings-view";
import { at, buildTimeline, type CodeDef, contextOf, type Entry } from "../support/timeline-builder";

const check = (
  entries: Entry[],
  preset: PresetId = "code-du-travail",
  adjust?: (s: Settings) => void,
): Finding[] => runRules(contextOf(buildTimeline(entries, { codes: CODES }), preset, "fr", adjust));

const CODES: Record<string, CodeDef> = {
  CV: { start: "22:00", end: "07:00", type: "sleep-in" },
  W: { start: "09:00", end: "17:00", type: "work", breakMinutes: 30 },
  NW: { start: "22:00", end: "07:00", type: "work", breakMinutes: 30 },
  L: { start: "08:00", end: "14:00", type: "work", breakMinutes: 19 },
  L20: { start: "08:00", end: "14:00", type: "work", breakMinutes: 20 },
  L5: { start: "08:00", end: "13:59", type: "work" },
  CA: { type: "absence" },
  R: { type: "rest" },
};

const monToFri = (person: string, dates: string[], what: string): Entry[] =>
  dates.map((d) => at(person, d, what));
const WEEK = ["2026-11-16", "2026-11-17", "2026-11-18", "2026-11-19", "2026-11-20"];

describe("daily-rest", () => {
  test("exactly 11 h passes, 10 h 59 is an error (Code du travail)", () => {
    expect(check([at("A", "2026-11-16", "12:00-20:00"), at("A", "2026-11-17", "07:00-12:00")])).toEqual([]);
    const [f] = check([at("A", "2026-11-16", "12:00-20:01"), at("A", "2026-11-17", "07:00-12:00")]);
    expect(f).toMatchObject({ ruleId: "daily-rest", severity: "error", details: { restMinutes: 659 } });
    expect(f?.message).toBe(
      "Repos quotidien de 10 h 59 entre le 16/11 20:01 et le 17/11 07:00 (minimum 11 h).",
    );
  });
  test("ccn66: exactly 9 h is a warning (minimum 11 h), 8 h 59 an error (minimum 9 h), 11 h passes", () => {
    const rest = (end: string) =>
      check([at("A", "2026-11-16", `14:00-${end}`), at("A", "2026-11-17", "07:00-12:00")], "ccn66");
    expect(rest("20:00")).toEqual([]);
    expect(rest("22:00")[0]).toMatchObject({
      severity: "warning",
      details: { restMinutes: 540, minimumMinutes: 660 },
    });
    expect(rest("22:01")[0]).toMatchObject({
      severity: "error",
      details: { restMinutes: 539, minimumMinutes: 540 },
    });
  });
  test("the gap between two sequences of one working day is a break, not a rest", () => {
    expect(check([at("A", "2026-11-16", "07:00-10:00/13:00-17:00")])).toEqual([]);
  });
  test("a sleep-in is presence: it ends the rest", () => {
    const findings = check([at("A", "2026-11-16", "10:00-18:00"), at("A", "2026-11-17", "CV 04:00-07:00")]);
    expect(summary(findings)).toEqual(["daily-rest:error"]);
  });
});

describe("daily-max", () => {
  test("exactly 10 h passes, 10 h 01 is an error; a split day sums its sequences", () => {
    expect(check([at("A", "2026-11-16", "08:00-18:00")])).toEqual([]);
    expect(summary(check([at("A", "2026-11-16", "08:00-18:01")]))).toEqual(["daily-max:error"]);
    const [f] = check([at("A", "2026-11-16", "07:00-12:00/13:00-18:30")]);
    expect(f).toMatchObject({ ruleId: "daily-max", details: { workMinutes: 630 } });
  });
  test("ccn51: 10 h–12 h is a warning, above 12 h an error", () => {
    expect(check([at("A", "2026-11-16", "08:00-18:00")], "ccn51")).toEqual([]);
    expect(summary(check([at("A", "2026-11-16", "08:00-20:00")], "ccn51"))).toEqual(["daily-max:warning"]);
    expect(summary(check([at("A", "2026-11-16", "08:00-20:01")], "ccn51"))).toEqual(["daily-max:error"]);
  });
  test("the legend's break is not work; a sleep-in counts 3 h for 9 h", () => {
    expect(check([at("A", "2026-11-16", "W 07:00-17:30")])).toEqual([]);
    // 9 h + sleep-in 22:00–07:00 (3 h) = 12 h on one working day.
    const f = ofRule(check([at("A", "2026-11-16", "12:00-21:00"), at("A", "2026-11-16", "CV")]), "daily-max");
    expect(f[0]?.details.workMinutes).toBe(12 * 60);
  });
});

describe("amplitude", () => {
  test("exactly 13 h passes, 13 h 01 is a warning", () => {
    expect(check([at("A", "2026-11-16", "07:00-10:00/17:00-20:00")])).toEqual([]);
    const [f] = check([at("A", "2026-11-16", "07:00-10:00/17:00-20:01")]);
    expect(f).toMatchObject({ ruleId: "amplitude", severity: "warning", details: { amplitudeMinutes: 781 } });
    expect(f?.cells).toEqual(["Q2"]);
  });
});

describe("weekly-max", () => {
  const week = (lastEnd: string) => [
    ...monToFri("A", WEEK.slice(0, 4), "08:00-17:36"),
    at("A", "2026-11-20", `08:00-${lastEnd}`),
  ];
  test("exactly 48 h passes, 48 h 01 is an error dated the Monday", () => {
    expect(check(week("17:36"))).toEqual([]);
    const [f] = check(week("17:37"));
    expect(f).toMatchObject({ ruleId: "weekly-max", severity: "error", date: "2026-11-16" });
    expect(f?.details).toEqual({ workMinutes: 48 * 60 + 1, maximumMinutes: 48 * 60 });
    expect(f?.message).toBe("48 h 01 de travail la semaine du 16/11 (maximum 48 h).");
  });
  test("ccn66: above 44 h is an error", () => {
    const at44 = [...monToFri("A", WEEK.slice(0, 4), "08:00-16:48"), at("A", "2026-11-20", "08:00-16:48")];
    expect(check(at44, "ccn66")).toEqual([]);
    const over = [...monToFri("A", WEEK.slice(0, 4), "08:00-16:48"), at("A", "2026-11-20", "08:00-16:49")];
    expect(summary(check(over, "ccn66"))).toEqual(["weekly-max:error"]);
  });
});

describe("days-per-week and consecutive-days", () => {
  test("6 days in a week pass, 7 fail; 6 days in a row pass, 7 warn from the first date, across weeks", () => {
    const six = ["2026-11-16", "2026-11-17", "2026-11-18", "2026-11-19", "2026-11-20", "2026-11-21"];
    expect(check(six.map((d) => at("A", d, "09:00-12:00")))).toEqual([]);
    const acrossWeeks = ["26", "27", "28", "29", "30"]
      .map((d) => `2026-11-${d}`)
      .concat(["2026-12-01", "2026-12-02"]);
    const findings = check(acrossWeeks.map((d) => at("A", d, "09:00-12:00")));
    expect(summary(findings)).toEqual(["consecutive-days:warning"]);
    expect(findings[0]).toMatchObject({ date: "2026-11-26", details: { days: 7, maximumDays: 6 } });
    expect(check(acrossWeeks.slice(1).map((d) => at("A", d, "09:00-12:00")))).toEqual([]);
  });
  test("a night's morning tail does not make the next date worked; a sleep-in makes its date worked", () => {
    // Six nights Wednesday → Monday: six dates worked, the Tuesday tail does not count.
    const nights = ["18", "19", "20", "21", "22", "23"].map((d) => at("A", `2026-11-${d}`, "22:00-06:00"));
    expect(check(nights)).toEqual([]);
    const sleepIns = ["18", "19", "20", "21", "22", "23", "24"].map((d) => at("A", `2026-11-${d}`, "CV"));
    expect(summary(check(sleepIns))).toEqual(["consecutive-days:warning"]);
  });
});

describe("night-max and sleep-in-max", () => {
  test("Code du travail: a night of exactly 8 h passes, 8 h 01 warns, 12 h warns, 12 h 01 is an error", () => {
    expect(check([at("A", "2026-11-16", "22:00-06:00")])).toEqual([]);
    expect(summary(check([at("A", "2026-11-16", "22:00-06:01")]))).toEqual(["night-max:warning"]);
    expect(summary(check([at("A", "2026-11-16", "19:00-07:00")]))).toEqual([
      "daily-max:error",
      "night-max:warning",
    ]);
    expect(ofRule(check([at("A", "2026-11-16", "19:00-07:01")]), "night-max")[0]?.severity).toBe("error");
  });
  test("ccn66: only above 12 h", () => {
    expect(ofRule(check([at("A", "2026-11-16", "19:00-07:00")], "ccn66"), "night-max")).toEqual([]);
    expect(ofRule(check([at("A", "2026-11-16", "19:00-07:01")], "ccn66"), "night-max")[0]?.severity).toBe(
      "error",
    );
  });
  test("a legend `travail` shift at night and a sleep-in are not night shifts", () => {
    expect(ofRule(check([at("A", "2026-11-16", "NW")]), "night-max")).toEqual([]);
    expect(check([at("A", "2026-11-16", "CV")])).toEqual([]);
  });
  test("a sleep-in of exactly 12 h passes, 12 h 01 is an error", () => {
    expect(check([at("A", "2026-11-16", "CV 19:00-07:00")])).toEqual([]);
    const [f] = check([at("A", "2026-11-16", "CV 19:00-07:01")]);
    expect(f).toMatchObject({ ruleId: "sleep-in-max", severity: "error", details: { sleepInMinutes: 721 } });
  });
});

describe("split-shift", () => {
  test("off under the Code du travail", () => {
    expect(check([at("A", "2026-11-16", "07:00-08:00/09:00-10:00/11:00-12:00/13:00-14:00")])).toEqual([]);
  });
  test("ccn66: 3 sequences of 2 h pass; 4 sequences or one of 1 h 59 warn", () => {
    expect(check([at("A", "2026-11-16", "07:00-09:00/11:00-13:00/17:00-19:00")], "ccn66")).toEqual([]);
    const four = check([at("A", "2026-11-16", "07:00-09:00/10:00-12:00/13:00-15:00/16:00-18:00")], "ccn66");
    expect(four[0]).toMatchObject({ ruleId: "split-shift", severity: "warning", details: { sequences: 4 } });
    const short = check([at("A", "2026-11-16", "07:00-08:59/17:00-19:00")], "ccn66");
    expect(short[0]).toMatchObject({ ruleId: "split-shift", details: { shortestSequenceMinutes: 119 } });
    expect(check([at("A", "2026-11-16", "07:00-08:00")], "ccn66")).toEqual([]);
  });
  test("ccn51: 2 sequences of 3 h pass; 3 sequences or one of 2 h 59 warn", () => {
    expect(check([at("A", "2026-11-16", "07:00-10:00/16:00-19:00")], "ccn51")).toEqual([]);
    expect(summary(check([at("A", "2026-11-16", "07:00-10:00/11:00-14:00/16:00-19:00")], "ccn51"))).toEqual([
      "split-shift:warning",
    ]);
    expect(summary(check([at("A", "2026-11-16", "07:00-09:59/16:00-19:00")], "ccn51"))).toEqual([
      "split-shift:warning",
    ]);
  });
});

describe("break", () => {
  test("a 6 h legend shift needs 20 min: 19 min is an info, once per code however often it is used", () => {
    const findings = check(WEEK.map((d) => at("A", d, "L")).concat([at("B", "2026-11-17", "L")]));
    expect(summary(findings)).toEqual(["break:info"]);
    // It points at the first use, in A's row: A is named, as for anything in a person's row.
    expect(findings[0]).toMatchObject({
      person: "A",
      date: "2026-11-16",
      details: { code: "L", shiftMinutes: 360, breakMinutes: 19, minimumBreakMinutes: 20, uses: 6 },
    });
    expect(check([at("A", "2026-11-16", "L20"), at("A", "2026-11-17", "L5")])).toEqual([]);
  });
  test("explicit times carry no legend break and are not judged", () => {
    expect(check([at("A", "2026-11-16", "08:00-16:00")])).toEqual([]);
  });
});

describe("overlap", () => {
  test("touching shifts do not overlap; one shared minute does", () => {
    expect(
      check([at("A", "2026-11-16", "07:00-10:00", "X!B2"), at("A", "2026-11-16", "10:00-12:00", "X!B3")]),
    ).toEqual([]);
    const findings = check([
      at("A", "2026-11-16", "07:00-10:01", "X!B2"),
      at("A", "2026-11-16", "10:00-12:00", "X!B3"),
    ]);
    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({
      ruleId: "overlap",
      cells: ["B2", "B3"],
      details: { overlapMinutes: 1 },
    });
  });
  test("one finding per overlapping pair, dated the day the overlap begins", () => {
    const findings = ofRule(
      check([
        at("A", "2026-11-16", "20:00-06:00", "X!B2"),
        at("A", "2026-11-16", "23:00-04:00", "Y!B2"),
        at("A", "2026-11-17", "01:00-03:00", "Z!C2"),
      ]),
      "overlap",
    );
    expect(findings.map((f) => [f.date, f.details.overlapMinutes])).toEqual([
      ["2026-11-16", 300],
      ["2026-11-17", 120],
      ["2026-11-17", 120],
    ]);
  });
});

describe("absence-conflict", () => {
  test("work on an absence day is an error; on a rest (R) day it is not; a night's tail on an absence day is not", () => {
    expect(summary(check([at("A", "2026-11-16", "CA", "T1"), at("A", "2026-11-16", "W", "T2")]))).toEqual([
      "absence-conflict:error",
    ]);
    expect(check([at("A", "2026-11-16", "R", "T1"), at("A", "2026-11-16", "W", "T2")])).toEqual([]);
    expect(check([at("A", "2026-11-16", "22:00-06:00"), at("A", "2026-11-17", "CA")])).toEqual([]);
  });
  test("a sleep-in is presence", () => {
    expect(summary(check([at("A", "2026-11-16", "CV", "T1"), at("A", "2026-11-16", "CA", "T2")]))).toEqual([
      "absence-conflict:error",
    ]);
  });
});
