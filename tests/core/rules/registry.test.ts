// The rule registry: every rule id once, descriptions in both languages, settings switches, sorted output.
import { compareFindings, RULE_IDS } from "../../../src/core/findings";
import {
  isRuleEnabled,
  RULES,
  ruleDefinition,
  ruleDescription,
  runRules,
} from "../../../src/core/rules/registry";
import { defaultSettings } from "../../../src/core/settings";
import { summary } from "../support/findings-view";
import { at, buildTimeline, contextOf } from "../support/timeline-builder";

describe("registry", () => {
  test("holds every rule id exactly once, in catalogue order", () => {
    expect(RULES.map((r) => r.id)).toEqual([...RULE_IDS]);
  });
  test("structure rules and bad-setting have no check; every person rule has one", () => {
    const withoutCheck = RULES.filter((r) => !r.check).map((r) => r.id);
    expect(withoutCheck).toEqual([
      "unknown-code",
      "bad-time",
      "duplicate-person",
      "bad-layout",
      "unread-tab",
      "bad-setting",
    ]);
    expect(RULES.filter((r) => r.family === "person").every((r) => r.check)).toBe(true);
  });
  test("default severities follow the catalogue", () => {
    expect(ruleDefinition("daily-rest").defaultSeverity).toBe("error");
    expect(ruleDefinition("amplitude").defaultSeverity).toBe("warning");
    expect(ruleDefinition("break").defaultSeverity).toBe("info");
    expect(ruleDefinition("unknown-code").family).toBe("structure");
  });
  test("every rule has a one-line description in French and in English", () => {
    for (const id of RULE_IDS) {
      for (const lang of ["fr", "en"] as const) {
        const text = ruleDescription(id, lang);
        expect(text.length).toBeGreaterThan(10);
        expect(text).not.toContain("\n");
      }
      expect(ruleDescription(id, "fr")).not.toBe(ruleDescription(id, "en"));
    }
  });
});

describe("runRules", () => {
  const timeline = buildTimeline([
    at("Léa", "2026-11-23", "S"),
    at("Léa", "2026-11-24", "M"),
    at("Paul", "2026-11-23", "N"),
    at("Paul", "2026-11-24", "CA"),
    at("Paul", "2026-11-24", "S"),
  ]);
  test("returns the findings sorted with compareFindings", () => {
    const findings = runRules(contextOf(timeline));
    expect(findings.length).toBeGreaterThan(3);
    expect([...findings].sort(compareFindings)).toEqual(findings);
    expect(findings[0]?.severity).toBe("error");
  });
  test("skips a rule whose `enabled` is false, or whose thresholds are both null", () => {
    const all = summary(runRules(contextOf(timeline)));
    expect(all).toContain("daily-rest:error");
    expect(all).toContain("night-max:warning");
    const off = summary(
      runRules(
        contextOf(timeline, "code-du-travail", "fr", (s) => {
          s.rules["daily-rest"].enabled = false;
          s.rules["night-max"].warning = null;
          s.rules["night-max"].error = null;
          s.rules["absence-conflict"].enabled = false;
          s.rules.break.enabled = false;
        }),
      ),
    );
    expect(off).toEqual([]);
  });
  test("isRuleEnabled reads the switches, and ids without settings are always on", () => {
    const rules = defaultSettings("code-du-travail").rules;
    expect(isRuleEnabled("split-shift", rules)).toBe(false);
    expect(isRuleEnabled("split-shift", defaultSettings("ccn66").rules)).toBe(true);
    expect(isRuleEnabled("unknown-code", rules)).toBe(true);
    expect(isRuleEnabled("weekly-rest", rules)).toBe(true);
  });
  test("messages follow the language", () => {
    const en = runRules(contextOf(timeline, "code-du-travail", "en")).find((f) => f.ruleId === "daily-rest");
    expect(en?.message).toBe("Daily rest of 9 h between 23 Nov 22:00 and 24 Nov 07:00 (minimum 11 h).");
  });
});
