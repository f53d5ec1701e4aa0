// The Finding of contract §3: what the check reports, with its cells and the numbers behind it.
import type { CivilDate } from "./time";

/** Severity of a finding. */
export type Severity = "error" | "warning" | "info";

/** Severities from the most to the least serious. */
export const SEVERITIES: readonly Severity[] = ["error", "warning", "info"];

/** Every rule id of `planning-rules.md` (stable: they appear in JSON, settings and reports), plus `bad-setting`. */
export const RULE_IDS = [
  "unknown-code",
  "bad-time",
  "duplicate-person",
  "bad-layout",
  "unread-tab",
  "overlap",
  "absence-conflict",
  "daily-rest",
  "daily-max",
  "amplitude",
  "weekly-max",
  "weekly-average",
  "weekly-rest",
  "days-per-week",
  "consecutive-days",
  "night-max",
  "sleep-in-max",
  "split-shift",
  "break",
  "contract-hours",
  "coverage",
  "qualification",
  "bad-setting",
] as const;

/** A rule id. */
export type RuleId = (typeof RULE_IDS)[number];

/** A JSON-safe detail value. */
export type DetailValue = string | number | boolean | null;

/** One problem found in the workbook (contract §3). */
export interface Finding {
  ruleId: RuleId;
  severity: Severity;
  /** The name as written in the planning (trimmed); null for tab-level findings. */
  person: string | null;
  /** Civil date on which the problem starts, in the establishment's time zone; null when none applies. */
  date: CivilDate | null;
  /** The tab the finding belongs to (the first tab when its cells span several); null when none. */
  tab: string | null;
  /** A1 references in `tab`, or `'Tab name'!A1` for every cell when they span several tabs. */
  cells: string[];
  message: string;
  details: Record<string, DetailValue>;
}

const severityRank: Record<Severity, number> = { error: 0, warning: 1, info: 2 };

/** Orders findings by severity, then date (undated last), tab, person, rule and first cell. */
export function compareFindings(a: Finding, b: Finding): number {
  return (
    severityRank[a.severity] - severityRank[b.severity] ||
    compareNullable(a.date, b.date) ||
    compareNullable(a.tab, b.tab) ||
    compareNullable(a.person, b.person) ||
    a.ruleId.localeCompare(b.ruleId) ||
    compareNullable(a.cells[0] ?? null, b.cells[0] ?? null) ||
    a.message.localeCompare(b.message)
  );
}

function compareNullable(a: string | null, b: string | null): number {
  if (a === b) return 0;
  if (a === null) return 1;
  if (b === null) return -1;
  return a < b ? -1 : 1;
}

/** Counts of findings per severity. */
export function countBySeverity(findings: readonly Finding[]): Record<Severity, number> {
  const counts: Record<Severity, number> = { error: 0, warning: 0, info: 0 };
  for (const f of findings) counts[f.severity] += 1;
  return counts;
}
