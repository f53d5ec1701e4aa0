// The words of a candidate: why they are or are not possible, and one line of hours and rests, with numbers.
import { type Finding, SEVERITIES } from "../findings";
import { type Lang, messages } from "../i18n";
import { formatDuration } from "../i18n/format";
import type { CandidateHours, SameDay } from "./types";

/** What the reasons are made of. */
export interface ReasonParts {
  newFindings: readonly Finding[];
  qualification: string | null;
  qualified: boolean | null;
  qualifications: readonly string[];
  sameDay: SameDay;
  /** The vacancy's tab when the person has no cell in it, else null. */
  missingRowIn: string | null;
}

/** Why, one sentence each: the missing qualification, the new findings (worst first, with their severity), the day. */
export function candidateReasons(parts: ReasonParts, lang: Lang): string[] {
  const t = messages(lang);
  const r = t.replacement.reasons;
  const reasons: string[] = [];
  if (parts.qualified === false && parts.qualification !== null)
    reasons.push(r.qualificationMissing(parts.qualification, parts.qualifications.join(", ")));
  const sorted = [...parts.newFindings].sort(
    (a, b) => SEVERITIES.indexOf(a.severity) - SEVERITIES.indexOf(b.severity),
  );
  const colon = lang === "fr" ? " : " : ": ";
  for (const f of sorted) reasons.push(`${t.common.severity[f.severity]}${colon}${f.message}`);
  const conflict = parts.newFindings.some((f) => f.ruleId === "absence-conflict");
  if (parts.sameDay.absence !== null && !conflict) reasons.push(r.absentThatDay(parts.sameDay.absence));
  if (parts.sameDay.works.length > 0) reasons.push(r.alreadyWorks(parts.sameDay.works.join(", ")));
  if (parts.sameDay.rest !== null) reasons.push(r.restThatDay(parts.sameDay.rest));
  if (parts.missingRowIn !== null) reasons.push(r.notInTab(parts.missingRowIn));
  return reasons;
}

/** `semaine 28 h → 36 h sur 35 h ; mois 120 h → 128 h sur 151 h 40 ; repos avant 14 h ; repos après 33 h`. */
export function candidateSummary(
  hours: CandidateHours,
  rest: { before: number | null; after: number | null },
  lang: Lang,
): string {
  const t = messages(lang).replacement;
  const d = (m: number): string => formatDuration(m, lang);
  const parts = [
    t.hours.week(d(hours.weekMinutes), d(hours.weekAfterMinutes), d(hours.weekContractMinutes)),
    t.hours.month(d(hours.monthMinutes), d(hours.monthAfterMinutes), d(hours.monthContractMinutes)),
  ];
  const overlapping = rest.before === 0 && rest.after === 0;
  if (overlapping) parts.push(t.rest.overlap);
  else {
    parts.push(rest.before === null ? t.rest.noneBefore : t.rest.before(d(rest.before)));
    parts.push(rest.after === null ? t.rest.noneAfter : t.rest.after(d(rest.after)));
  }
  if (hours.weeklyHours === null) parts.push(t.hours.noContract);
  return parts.join(t.separator);
}
