// The privacy-safe projection of a briefing for the minimal e-mail: counts and staff only, resident names redacted.
import type { BriefingModel, MinimalSummary, SlotGroup } from "./types";

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

/** The mark that replaces a private name found where none may appear. */
export const REDACTED = "•••";

const escapeRegExp = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

/**
 * A function that replaces every whole-word occurrence of the given names (case-insensitive) by `•••`.
 * Names shorter than 2 characters are ignored.
 */
export function redactor(names: readonly string[]): (text: string) => string {
  const terms = [...new Set(names.map((n) => n.trim()).filter((n) => n.length >= 2))].sort(
    (a, b) => b.length - a.length,
  );
  if (terms.length === 0) return (text) => text;
  const pattern = new RegExp(
    `(^|[^\\p{L}\\p{N}])(${terms.map(escapeRegExp).join("|")})(?=$|[^\\p{L}\\p{N}])`,
    "giu",
  );
  return (text) => text.replace(pattern, (_m, before: string) => `${before}${REDACTED}`);
}

/**
 * The summary with every private name (residents, persons concerned) redacted from what it prints: a staff member
 * who shares a resident's name, or a finding message quoting one, cannot leak it. The establishment stays.
 */
export function redactSummary(summary: MinimalSummary, privateNames: readonly string[]): MinimalSummary {
  const redact = redactor(privateNames);
  const slots: SlotGroup[] = summary.slots.map((s) => ({
    slot: s.slot,
    people: s.people.map((p) => ({
      ...p,
      name: redact(p.name),
      role: p.role === null ? null : redact(p.role),
    })),
  }));
  return {
    ...summary,
    counts: {
      ...summary.counts,
      byCategory: summary.counts.byCategory.map((c) => ({ ...c, category: redact(c.category) })),
    },
    slots,
    gaps: summary.gaps.map(redact),
    errorsToday: summary.errorsToday.map(redact),
  };
}
