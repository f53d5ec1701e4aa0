// The five worked examples of the catalogue, with the severity each preset gives.
import { runRules } from "../../../src/core/rules/registry";
import { PRESETS, type PresetId } from "../../../src/core/settings";
import { ofRule, summary } from "../support/findings-view";
import { at, buildTimeline, contextOf } from "../support/timeline-builder";

// Codes M, S, N, J of the catalogue have no break in these examples, so each code ≥ 6 h used adds one `break` info.
const run = (preset: PresetId, entries: Parameters<typeof buildTimeline>[0]) =>
  runRules(contextOf(buildTimeline(entries), preset));

describe("worked example 1: S on Monday, M on Tuesday", () => {
  const entries = [at("Martin Léa", "2026-11-23", "S"), at("Martin Léa", "2026-11-24", "M")];
  const expected: Record<PresetId, string[]> = {
    "code-du-travail": ["break:info", "break:info", "daily-rest:error"],
    ccn66: ["break:info", "break:info", "daily-rest:warning"],
    ccn51: ["break:info", "break:info", "daily-rest:warning"],
  };
  test.each(PRESETS)("%s", (preset) => {
    const findings = run(preset, entries);
    expect(summary(findings)).toEqual(expected[preset]);
    const [rest] = ofRule(findings, "daily-rest");
    expect(rest?.details.restMinutes).toBe(540);
    expect(rest?.date).toBe("2026-11-23");
    expect(rest?.person).toBe("Martin Léa");
  });
});

describe("worked example 2: night on Monday, S on Tuesday", () => {
  const entries = [at("Léa", "2026-11-23", "N"), at("Léa", "2026-11-24", "S")];
  const expected: Record<PresetId, string[]> = {
    "code-du-travail": ["break:info", "break:info", "daily-rest:error", "night-max:warning"],
    ccn66: ["break:info", "break:info", "daily-rest:error"],
    ccn51: ["break:info", "break:info", "daily-rest:error"],
  };
  test.each(PRESETS)("%s", (preset) => {
    const findings = run(preset, entries);
    expect(summary(findings)).toEqual(expected[preset]);
    expect(ofRule(findings, "daily-rest")[0]?.details.restMinutes).toBe(7 * 60);
    // The rest starts when the night ends, on Tuesday.
    expect(ofRule(findings, "daily-rest")[0]?.date).toBe("2026-11-24");
    if (preset === "code-du-travail") {
      expect(ofRule(findings, "night-max")[0]?.details).toEqual({ nightMinutes: 600, maximumMinutes: 480 });
    }
  });
});

describe("worked example 3: Monday–Friday 09:00–19:00, M on Saturday and Sunday", () => {
  const entries = [
    ...["16", "17", "18", "19", "20"].map((d) => at("Léa", `2026-11-${d}`, "09:00-19:00")),
    at("Léa", "2026-11-21", "M"),
    at("Léa", "2026-11-22", "M"),
  ];
  test.each(PRESETS)("%s", (preset) => {
    const findings = run(preset, entries);
    expect(summary(findings)).toEqual([
      "break:info",
      "consecutive-days:warning",
      "days-per-week:error",
      "weekly-max:error",
      "weekly-rest:error",
    ]);
    expect(ofRule(findings, "weekly-max")[0]?.details.workMinutes).toBe(64 * 60);
    expect(ofRule(findings, "days-per-week")[0]?.details.days).toBe(7);
    expect(ofRule(findings, "consecutive-days")[0]?.details.days).toBe(7);
    for (const f of findings.filter((x) => x.ruleId !== "break")) expect(f.date).toBe("2026-11-16");
    expect(ofRule(findings, "weekly-max")[0]?.cells).toHaveLength(7);
  });
});

describe("worked example 4: M in Foyer A and J in IME on the same day", () => {
  const entries = [at("Léa", "2026-11-18", "M", "Foyer A!C4"), at("Léa", "2026-11-18", "J", "IME!E7")];
  test.each(PRESETS)("%s", (preset) => {
    const findings = run(preset, entries);
    // The two shifts of one working day also add up to 15 h of work.
    expect(summary(findings)).toEqual(["break:info", "break:info", "daily-max:error", "overlap:error"]);
    const [overlap] = ofRule(findings, "overlap");
    expect(overlap).toMatchObject({
      person: "Léa",
      date: "2026-11-18",
      tab: "Foyer A",
      cells: ["'Foyer A'!C4", "'IME'!E7"],
      details: { overlapMinutes: 300 },
    });
  });
});

describe("worked example 5: CA in one tab and M in another on the same Wednesday", () => {
  const entries = [at("Léa", "2026-11-18", "CA", "Foyer A!S3"), at("Léa", "2026-11-18", "M", "IME!S5")];
  test.each(PRESETS)("%s", (preset) => {
    const findings = run(preset, entries);
    expect(summary(findings)).toEqual(["absence-conflict:error", "break:info"]);
    expect(ofRule(findings, "absence-conflict")[0]).toMatchObject({
      date: "2026-11-18",
      tab: "IME",
      cells: ["'IME'!S5", "'Foyer A'!S3"],
      details: { absenceCode: "CA" },
    });
  });
});
