// Whether a person can take the shift (suitable, possible, unavailable) and the one line that says why.
import type { Finding, Severity } from "../findings";
import { type Lang, messages } from "../i18n";
import type { Availability, SameDay } from "./types";

/** What availability is judged on. */
export interface AvailabilityParts {
  newFindings: readonly Finding[];
  qualification: string | null;
  qualified: boolean | null;
  qualifications: readonly string[];
  sameDay: SameDay;
}

const firstOf = (findings: readonly Finding[], severity: Severity): Finding | undefined =>
  findings.find((f) => f.severity === severity);

/**
 * `unavailable` when the person is absent that day, lacks the required qualification or the change creates an
 * error; `possible` when it creates warnings only; `suitable` otherwise (informations are notes, not problems).
 */
export function availabilityOf(parts: AvailabilityParts): Availability {
  if (parts.sameDay.absence !== null || parts.qualified === false) return "unavailable";
  if (parts.newFindings.some((f) => f.severity === "error")) return "unavailable";
  if (parts.newFindings.some((f) => f.severity === "warning")) return "possible";
  return "suitable";
}

/**
 * The one line shown next to the name: for an unavailable person the first reason among absent that day, already
 * working then, the missing qualification, the first new error; for a possible one the first new warning; for a
 * suitable one the new informations (e.g. hours against the contract); "" when there is nothing to say.
 */
export function availabilityNote(availability: Availability, parts: AvailabilityParts, lang: Lang): string {
  const r = messages(lang).replacement.reasons;
  const findings = parts.newFindings;
  if (availability === "unavailable") {
    if (parts.sameDay.absence !== null) return r.absentThatDay(parts.sameDay.absence);
    const overlap = findings.find((f) => f.ruleId === "overlap");
    if (overlap)
      return parts.sameDay.works.length > 0
        ? r.alreadyWorks(parts.sameDay.works.join(", "))
        : overlap.message;
    if (parts.qualified === false && parts.qualification !== null)
      return r.qualificationMissing(parts.qualification, parts.qualifications.join(", "));
    return firstOf(findings, "error")?.message ?? "";
  }
  if (availability === "possible") return firstOf(findings, "warning")?.message ?? "";
  return findings
    .filter((f) => f.severity === "info")
    .map((f) => f.message)
    .join(" ");
}
