// Severity of a measured value against a warning/error threshold pair ("above" and "below" are strict).
import type { Severity } from "../findings";

/** The thresholds a judgement reads (null: that level is not raised). */
export interface Limits {
  warning: number | null;
  error: number | null;
}

/** A verdict: the severity and the threshold that was crossed. */
export interface Verdict {
  severity: Severity;
  limit: number;
}

/** True when at least one level of the pair is set. */
export function hasLimit(limits: Limits): boolean {
  return limits.warning !== null || limits.error !== null;
}

/** Error when `value` is strictly above the error threshold, else warning when strictly above the warning one. */
export function judgeAbove(value: number, limits: Limits): Verdict | null {
  if (limits.error !== null && value > limits.error) return { severity: "error", limit: limits.error };
  if (limits.warning !== null && value > limits.warning)
    return { severity: "warning", limit: limits.warning };
  return null;
}

/** Error when `value` is strictly below the error threshold, else warning when strictly below the warning one. */
export function judgeBelow(value: number, limits: Limits): Verdict | null {
  if (limits.error !== null && value < limits.error) return { severity: "error", limit: limits.error };
  if (limits.warning !== null && value < limits.warning)
    return { severity: "warning", limit: limits.warning };
  return null;
}
