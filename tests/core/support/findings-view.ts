// Test helpers to look at findings: `rule:severity` summaries and findings of one rule.
import type { Finding, RuleId } from "../../../src/core/findings";

/** Sorted `ruleId:severity` strings, one per finding. */
export function summary(findings: readonly Finding[]): string[] {
  return findings.map((f) => `${f.ruleId}:${f.severity}`).sort();
}

/** The findings of one rule. */
export function ofRule(findings: readonly Finding[], ruleId: RuleId): Finding[] {
  return findings.filter((f) => f.ruleId === ruleId);
}
