// Finds the add-on's own tabs: by developer metadata `releve.role` first, then by their default names.
import type { Lang } from "./i18n";
import type { AddonRole, TabSnapshot, WorkbookSnapshot } from "./workbook";

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

const fold = (s: string): string =>
  s
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .trim()
    .toLowerCase();

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
