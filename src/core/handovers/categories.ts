// Default handover categories and severities (handovers-and-briefing.md), keyed so other parts can find them.

import type { Lang } from "../i18n";
import { handovers as en } from "../i18n/en/handovers";
import { handovers as fr } from "../i18n/fr/handovers";
import { foldText as fold } from "../text";

/** Stable keys of the default categories, in display order. */
export const CATEGORY_KEYS = [
  "health",
  "medication",
  "behaviour",
  "incident",
  "appointment",
  "family",
  "school",
  "daily",
  "logistics",
  "general",
] as const;

/** A default category key. */
export type CategoryKey = (typeof CATEGORY_KEYS)[number];

/** The severities of an entry, least to most serious. */
export const SEVERITIES = ["info", "watch", "urgent"] as const;

/** An entry's severity (I-PASS: stable / watcher / unstable). */
export type Severity = (typeof SEVERITIES)[number];

/** The person value for items about the unit (vehicle, building, team) rather than a resident. */
export const SERVICE_PERSON = "Service";

/** The default category labels in a language (the configured list until settings offer one). */
export function defaultCategories(lang: Lang): string[] {
  const labels = lang === "en" ? en.categories : fr.categories;
  return CATEGORY_KEYS.map((key) => labels[key]);
}

/** The key of a default category from its label in either language (accent- and case-insensitive). */
export function categoryKeyOf(label: string): CategoryKey | undefined {
  const folded = fold(label);
  return CATEGORY_KEYS.find(
    (key) => fold(fr.categories[key]) === folded || fold(en.categories[key]) === folded,
  );
}

/** The severity of a stored label or key (`urgent`, `à surveiller`, `watch`, `info`…), undefined when unknown. */
export function severityOf(text: string): Severity | undefined {
  const folded = fold(text);
  return SEVERITIES.find(
    (s) => s === folded || fold(fr.severity[s]) === folded || fold(en.severity[s]) === folded,
  );
}
