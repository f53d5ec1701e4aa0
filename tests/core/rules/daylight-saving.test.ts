// Real elapsed time across both 2026 daylight-saving changes in Europe/Paris (29 March and 25 October).
import { runRules } from "../../../src/core/rules/registry";
import type { PresetId } from "../../../src/core/settings";
import { ofRule } from "../support/findings-view";
import { at, buildTimeline, contextOf, type Entry } from "../support/timeline-builder";

const check = (entries: Entry[], preset: PresetId = "code-du-travail") =>
  runRules(contextOf(buildTimeline(entries), preset));

describe("night-max on the nights of the change", () => {
  test("N 21:00→07:00 lasts 9 h on Sat 28 March and 11 h on Sat 24 October (10 h otherwise)", () => {
    const minutes = (date: string) =>
      ofRule(check([at("A", date, "N")]), "night-max")[0]?.details.nightMinutes;
    expect(minutes("2026-03-28")).toBe(9 * 60);
    expect(minutes("2026-10-24")).toBe(11 * 60);
    expect(minutes("2026-10-17")).toBe(10 * 60);
  });
  test("a 22:00→06:00 night passes normally but warns in October (9 h) under the Code du travail", () => {
    expect(ofRule(check([at("A", "2026-10-17", "22:00-06:00")]), "night-max")).toEqual([]);
    const [f] = ofRule(check([at("A", "2026-10-24", "22:00-06:00")]), "night-max");
    expect(f).toMatchObject({ severity: "warning", date: "2026-10-24", details: { nightMinutes: 540 } });
    expect(f?.message).toBe("Poste de nuit de 9 h entre le 24/10 22:00 et le 25/10 06:00 (maximum 8 h).");
  });
  test("ccn66: 19:00→07:00 is 12 h (passes) normally, 13 h (error) in October; 19:00→07:30 is 11 h 30 in March", () => {
    expect(ofRule(check([at("A", "2026-10-17", "19:00-07:00")], "ccn66"), "night-max")).toEqual([]);
    expect(ofRule(check([at("A", "2026-10-24", "19:00-07:00")], "ccn66"), "night-max")[0]?.severity).toBe(
      "error",
    );
    expect(ofRule(check([at("A", "2026-03-21", "19:00-07:30")], "ccn66"), "night-max")[0]?.severity).toBe(
      "error",
    );
    expect(ofRule(check([at("A", "2026-03-28", "19:00-07:30")], "ccn66"), "night-max")).toEqual([]);
  });
});

describe("daily-rest across the change", () => {
  test("March: 20:00 → 07:00 is 11 h on an ordinary weekend but 10 h on the night of the change", () => {
    const rest = (sat: string, sun: string) =>
      check([at("A", sat, "12:00-20:00"), at("A", sun, "07:00-12:00")]);
    expect(rest("2026-03-21", "2026-03-22")).toEqual([]);
    const [f] = rest("2026-03-28", "2026-03-29");
    expect(f).toMatchObject({ ruleId: "daily-rest", severity: "error", details: { restMinutes: 600 } });
    expect(f?.message).toBe("Repos quotidien de 10 h entre le 28/03 20:00 et le 29/03 07:00 (minimum 11 h).");
  });
  test("October: 21:00 → 07:00 is 10 h on an ordinary weekend but 11 h on the night of the change", () => {
    const rest = (sat: string, sun: string) =>
      check([at("A", sat, "13:00-21:00"), at("A", sun, "07:00-12:00")]);
    expect(ofRule(rest("2026-10-17", "2026-10-18"), "daily-rest")[0]?.details.restMinutes).toBe(600);
    expect(rest("2026-10-24", "2026-10-25")).toEqual([]);
  });
});
