// The privacy-safe projection of a briefing for the minimal e-mail: counts and staff only, resident names redacted.
import { holdsPrivateName, nameMatcher, REDACTED, redactNames } from "./redact";
import type { BriefingModel, MinimalSummary, SlotGroup } from "./types";

export { REDACTED };

/**
 * The minimal summary of a briefing: counts, follow-up counts, today's team per slot, coverage gaps, today's
 * planning errors and the link. It is built without touching any entry, so no entry text can reach it.
 */
export function minimalSummary(model: BriefingModel, link: string | null): MinimalSummary {
  return {
    date: model.date,
    lang: model.lang,
    establishment: model.establishment,
    counts: model.counts,
    slots: model.staffing.slots.map((s) => ({ slot: s.slot, people: s.people.map((p) => ({ ...p })) })),
    planned: model.staffing.planned,
    gaps: model.staffing.gaps.map((g) => g.message),
    errorsToday: model.staffing.findings
      .filter((f) => f.severity === "error" && f.date === model.date)
      .map((f) => f.message),
    link,
  };
}

/**
 * A function that replaces every occurrence of the given names by `•••`, whatever their accents, case, spaces and
 * word order (whole words only). Names shorter than 2 letters are ignored.
 */
export function redactor(names: readonly string[]): (text: string) => string {
  const matcher = nameMatcher(names);
  return (text) => redactNames(text, matcher);
}

/**
 * The summary with every private name (residents, persons concerned) redacted from what it prints, in any spelling:
 * a staff member, a role, a category or a finding message that quotes one cannot leak it. An establishment name
 * that holds one is dropped, so the title is neutral (`Briefing du …`).
 */
export function redactSummary(summary: MinimalSummary, privateNames: readonly string[]): MinimalSummary {
  const matcher = nameMatcher(privateNames);
  const redact = (text: string): string => redactNames(text, matcher);
  const slots: SlotGroup[] = summary.slots.map((s) => ({
    slot: s.slot,
    people: s.people.map((p) => ({
      ...p,
      name: redact(p.name),
      role: p.role === null ? null : redact(p.role),
      code: p.code === null ? null : redact(p.code),
    })),
  }));
  return {
    ...summary,
    establishment: holdsPrivateName(summary.establishment, matcher) ? "" : summary.establishment,
    counts: {
      ...summary.counts,
      byCategory: summary.counts.byCategory.map((c) => ({ ...c, category: redact(c.category) })),
    },
    slots,
    gaps: summary.gaps.map(redact),
    errorsToday: summary.errorsToday.map(redact),
  };
}
