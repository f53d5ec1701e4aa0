// Finds the add-on's own tabs: by developer metadata `releve.role` first, then by their default names.

import type { Lang } from "../i18n";
import { foldText as fold } from "../text";
import type { AddonRole, TabSnapshot, WorkbookSnapshot } from "../workbook";

/** Default tab names per role and language (contract §5). */
export const DEFAULT_TAB_NAMES: Record<AddonRole, Record<Lang, string>> = {
  settings: { fr: "Paramètres", en: "Settings" },
  codes: { fr: "Codes", en: "Codes" },
  staff: { fr: "Équipe", en: "Staff" },
  residents: { fr: "Résidents", en: "Residents" },
  handovers: { fr: "Transmissions", en: "Handovers" },
  report: { fr: "Contrôle planning", en: "Planning check" },
  briefing: { fr: "Briefing", en: "Briefing" },
};

/** The default name of an add-on tab in a language. */
export function defaultTabName(role: AddonRole, lang: Lang): string {
  return DEFAULT_TAB_NAMES[role][lang];
}

/** The first of `base`, `base (Relève)`, `base (Relève 2)`… that no tab uses (case-insensitive, as Sheets compares). */
export function freeTabName(base: string, taken: readonly string[]): string {
  const used = new Set(taken.map((n) => n.toLowerCase()));
  if (!used.has(base.toLowerCase())) return base;
  for (let n = 1; ; n++) {
    const name = n === 1 ? `${base} (Relève)` : `${base} (Relève ${n})`;
    if (!used.has(name.toLowerCase())) return name;
  }
}

/** True when a tab name is one of the default names of a role (either language, case- and accent-insensitive). */
export function isDefaultNameOf(role: AddonRole, name: string): boolean {
  const folded = fold(name);
  return Object.values(DEFAULT_TAB_NAMES[role]).some((n) => fold(n) === folded);
}

/** The tab of a role: the one whose metadata says so, else the first one with a default name of that role. */
export function findAddonTab(snapshot: WorkbookSnapshot, role: AddonRole): TabSnapshot | undefined {
  return (
    snapshot.tabs.find((t) => t.role === role) ??
    snapshot.tabs.find((t) => t.role === undefined && isDefaultNameOf(role, t.name))
  );
}

/** Names of every add-on tab present (never read as plannings). */
export function addonTabNames(snapshot: WorkbookSnapshot): Set<string> {
  const names = new Set<string>();
  for (const tab of snapshot.tabs) {
    if (tab.role !== undefined) names.add(tab.name);
  }
  for (const role of Object.keys(DEFAULT_TAB_NAMES) as AddonRole[]) {
    const tab = findAddonTab(snapshot, role);
    if (tab) names.add(tab.name);
  }
  return names;
}
