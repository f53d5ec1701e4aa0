// Every person who could take a vacant shift: what it would break, their hours and rests, ranked fairest first.
import { type Finding, SEVERITIES, type Severity } from "../findings";
import type { Person } from "../planning/types";
import { timesLabel } from "../rules/finding";
import { availabilityNote, availabilityOf } from "./availability";
import { candidateHours, restAround } from "./hours";
import { worstSeverity } from "./person-check";
import { candidateReasons, candidateSummary } from "./reasons";
import { qualifiedFor, type Search, vacancySequences } from "./search";
import type { Availability, Candidate, SameDay } from "./types";

/** What a person has on the vacancy's date: shifts starting that day, an absence or a rest code. */
function sameDayOf(person: Person, search: Search): SameDay {
  const day = search.vacancy.day;
  const windowed = search.checker.windowed(person);
  const works = windowed.sequences.filter((s) => s.day === day).map((s) => s.code ?? timesLabel(s));
  const marks = windowed.marks.filter((m) => m.day === day);
  return {
    works,
    absence: marks.find((m) => m.type === "absence")?.code ?? null,
    rest: marks.find((m) => m.type === "rest")?.code ?? null,
  };
}

/** Evaluates one person taking the vacant shift. */
export function evaluateCandidate(search: Search, person: Person): Candidate {
  const { input, vacancy, checker } = search;
  const { sequences, placement } = vacancySequences(search, person);
  const newFindings: Finding[] = checker.newFindings(person, { add: sequences });
  const qualified = qualifiedFor(search, person);
  const member = search.staffOf(person);
  const qualifications = [...(member?.qualifications ?? [])];
  const windowed = checker.windowed(person);
  const hours = candidateHours(
    windowed,
    checker.monthWindowed(person),
    sequences,
    vacancy.day,
    input,
    member,
  );
  const rest = restAround(windowed.sequences, sequences);
  const sameDay = sameDayOf(person, search);
  let worst = worstSeverity(newFindings);
  if (qualified === false && worst !== "error") worst = "warning";
  const judged = { newFindings, qualification: vacancy.qualification, qualified, qualifications, sameDay };
  const availability = availabilityOf(judged);
  return {
    name: person.name,
    key: person.key,
    clean: newFindings.length === 0 && qualified !== false,
    suitable: availability === "suitable",
    availability,
    note: availabilityNote(availability, judged, input.lang),
    job: person.role?.trim() || (qualifications.length > 0 ? qualifications.join(", ") : null),
    unit: member?.unit?.trim() || null,
    qualified,
    qualifications,
    newFindings,
    worst,
    hours,
    restBeforeMinutes: rest.before,
    restAfterMinutes: rest.after,
    sameDay,
    reasons: candidateReasons(
      {
        newFindings,
        qualification: vacancy.qualification,
        qualified,
        qualifications,
        sameDay,
        missingRowIn: placement === null ? vacancy.tab : null,
      },
      input.lang,
    ),
    summary: candidateSummary(hours, rest, input.lang),
    placement,
  };
}

/** Clean first (0), then by worst new severity: info 1, warning 2, error 3. */
function tier(worst: Severity | null): number {
  return worst === null ? 0 : 3 - SEVERITIES.indexOf(worst);
}

const AVAILABILITY_RANK: Record<Availability, number> = { suitable: 0, possible: 1, unavailable: 2 };

/**
 * The ranking: suitable, then possible, then unavailable; in each, those with a cell to write in the vacancy's tab
 * first (the unit's own staff), then by worst new severity (none, info, warning, error), then the fairest hours
 * (fewest planned hours against the contract this month, then this week), then by name.
 */
export function compareCandidates(a: Candidate, b: Candidate): number {
  return (
    AVAILABILITY_RANK[a.availability] - AVAILABILITY_RANK[b.availability] ||
    Number(a.placement === null) - Number(b.placement === null) ||
    tier(a.worst) - tier(b.worst) ||
    a.hours.monthRatio - b.hours.monthRatio ||
    a.hours.weekRatio - b.hours.weekRatio ||
    a.name.localeCompare(b.name, "fr")
  );
}

/** Every person of the planning but the absent one, evaluated and ranked. */
export function rankCandidates(search: Search): Candidate[] {
  const absentKey = search.vacancy.absentKey;
  const candidates: Candidate[] = [];
  for (const person of search.input.timeline.persons) {
    if (person.key === absentKey) continue;
    candidates.push(evaluateCandidate(search, person));
  }
  return candidates.sort(compareCandidates);
}
