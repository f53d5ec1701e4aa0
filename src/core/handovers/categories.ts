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

/** The default category labels in a language. */
export function defaultCategories(lang: Lang): string[] {
  const labels = lang === "en" ? en.categories : fr.categories;
  return CATEGORY_KEYS.map((key) => labels[key]);
}

/** The categories offered and accepted: the settings' list (`transmissions.catégories`), else the defaults. */
export function configuredCategories(configured: readonly string[], lang: Lang): string[] {
  return configured.length > 0 ? [...configured] : defaultCategories(lang);
}

/**
 * The configured label a typed category stands for (case- and accent-insensitive), or undefined. With the default
 * list, a default label in the other language is accepted too and given in the workbook's language.
 */
export function canonicalCategory(
  label: string,
  configured: readonly string[],
  lang: Lang,
): string | undefined {
  const folded = fold(label);
  const list = configuredCategories(configured, lang);
  const found = list.find((c) => fold(c) === folded);
  if (found || configured.length > 0) return found;
  const key = categoryKeyOf(label);
  return key ? (lang === "en" ? en.categories : fr.categories)[key] : undefined;
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
