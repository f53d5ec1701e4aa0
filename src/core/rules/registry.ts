// The one registry of rules: every rule id with its family, default severity and check; runs the enabled checks.
import { compareFindings, type Finding, type RuleId } from "../findings";
import { type Lang, messages } from "../i18n";
import type { RuleSettings } from "../settings";
import { checkAbsenceConflict } from "./absence";
import { checkConsecutiveDays } from "./consecutive";
import { contractHoursRule } from "./contract-hours";
import { coverageRule, qualificationRule } from "./coverage";
import { checkAmplitude, checkBreak, checkDailyMax, checkDailyRest, checkSplitShift } from "./daily";
import { hasLimit, type Limits } from "./judge";
import { checkNightMax, checkSleepInMax } from "./night";
import { checkOverlap } from "./overlap";
import type { RuleContext, RuleDefinition } from "./types";
import { checkDaysPerWeek, checkWeeklyAverage, checkWeeklyMax, checkWeeklyRest } from "./weekly";

/**
 * Every rule, in catalogue order. Structure rules and `bad-setting` have no check (their findings come from
 * reading the tabs and the settings); `contract-hours`, `coverage` and `qualification` are defined in their own
 * files and plugged in here, one entry each.
 */
export const RULES: readonly RuleDefinition[] = [
  { id: "unknown-code", family: "structure", defaultSeverity: "warning" },
  { id: "bad-time", family: "structure", defaultSeverity: "error" },
  { id: "duplicate-person", family: "structure", defaultSeverity: "warning" },
  { id: "bad-layout", family: "structure", defaultSeverity: "warning" },
  { id: "unread-tab", family: "structure", defaultSeverity: "warning" },
  { id: "overlap", family: "person", defaultSeverity: "error", check: checkOverlap },
  { id: "absence-conflict", family: "person", defaultSeverity: "error", check: checkAbsenceConflict },
  { id: "daily-rest", family: "person", defaultSeverity: "error", check: checkDailyRest },
  { id: "daily-max", family: "person", defaultSeverity: "error", check: checkDailyMax },
  { id: "amplitude", family: "person", defaultSeverity: "warning", check: checkAmplitude },
  { id: "weekly-max", family: "person", defaultSeverity: "error", check: checkWeeklyMax },
  { id: "weekly-average", family: "person", defaultSeverity: "warning", check: checkWeeklyAverage },
  { id: "weekly-rest", family: "person", defaultSeverity: "error", check: checkWeeklyRest },
  { id: "days-per-week", family: "person", defaultSeverity: "error", check: checkDaysPerWeek },
  { id: "consecutive-days", family: "person", defaultSeverity: "warning", check: checkConsecutiveDays },
  { id: "night-max", family: "person", defaultSeverity: "warning", check: checkNightMax },
  { id: "sleep-in-max", family: "person", defaultSeverity: "error", check: checkSleepInMax },
  { id: "split-shift", family: "person", defaultSeverity: "warning", check: checkSplitShift },
  { id: "break", family: "person", defaultSeverity: "info", check: checkBreak },
  contractHoursRule,
  coverageRule,
  qualificationRule,
  { id: "bad-setting", family: "settings", defaultSeverity: "warning" },
];

const byId = new Map<RuleId, RuleDefinition>(RULES.map((r) => [r.id, r]));

/** The registry entry of a rule id (every id of `RULE_IDS` has one). */
export function ruleDefinition(id: RuleId): RuleDefinition {
  const rule = byId.get(id);
  if (!rule) throw new RangeError(`Unknown rule id: ${id}`);
  return rule;
}

/** The one-line description of a rule in a language. */
export function ruleDescription(id: RuleId, lang: Lang): string {
  return messages(lang).rules.descriptions[id];
}

/**
 * True when the settings let a rule run: its `enabled` flag, and for threshold rules at least one of the
 * warning/error thresholds set. Ids without settings (structure, `bad-setting`) are always enabled.
 */
export function isRuleEnabled(id: RuleId, rules: RuleSettings): boolean {
  if (!(id in rules)) return true;
  const setting = rules[id as keyof RuleSettings] as { enabled: boolean } & Partial<Limits>;
  if (!setting.enabled) return false;
  if ("warning" in setting && "error" in setting) return hasLimit(setting as Limits);
  return true;
}

/** Runs every enabled rule's check on the timeline; findings sorted with `compareFindings`. */
export function runRules(ctx: RuleContext): Finding[] {
  const findings: Finding[] = [];
  for (const rule of RULES) {
    if (!rule.check || !isRuleEnabled(rule.id, ctx.settings.rules)) continue;
    for (const f of rule.check(ctx)) findings.push(f);
  }
  return findings.sort(compareFindings);
}
