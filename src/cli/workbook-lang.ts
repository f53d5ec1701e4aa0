// The language of a workbook, read from its own tab names: its add-on tabs' default names, else its month tabs.

import type { Lang } from "../core/i18n";
import { DEFAULT_TAB_NAMES } from "../core/tabs/addon-tabs";
import { foldText } from "../core/text";
import type { AddonRole } from "../core/workbook";

/** Roles whose default tab name differs between French and English (`Codes` and `Briefing` do not tell). */
const TELLING_ROLES: readonly AddonRole[] = ["settings", "staff", "residents", "handovers", "report"];

/** Full month names that only one language uses (abbreviations such as `nov` are shared). */
const MONTHS: Record<Lang, readonly string[]> = {
  fr: [
    "janvier",
    "fevrier",
    "mars",
    "avril",
    "mai",
    "juin",
    "juillet",
    "aout",
    "septembre",
    "octobre",
    "novembre",
    "decembre",
  ],
  en: [
    "january",
    "february",
    "march",
    "april",
    "may",
    "june",
    "july",
    "august",
    "september",
    "october",
    "november",
    "december",
  ],
};

/** The default name Excel, LibreOffice or Sheets gives a new tab (`Sheet1`, `Feuil1`, `Feuille 2`). */
const DEFAULT_SHEET: Record<Lang, RegExp> = { en: /^sheet ?\d+$/, fr: /^feuil(?:le)? ?\d+$/ };

/** The spreadsheet locale a language stands for in a snapshot. */
export const LOCALE_OF_LANG: Record<Lang, string> = { fr: "fr_FR", en: "en_US" };

/**
 * The language of a workbook from its tab names: English when its add-on tabs carry the English default names
 * (`Settings`, `Staff`, `Residents`, `Handovers`, `Planning check`) and none the French ones, French in the
 * opposite case; otherwise English when more tab names hold an English month name or default tab name (`Sheet1`)
 * than French ones (`Feuil1`); else French.
 */
export function workbookLang(tabNames: readonly string[]): Lang {
  const folded = tabNames.map((name) => foldText(name).trim());
  const addonTabs = (lang: Lang): number =>
    TELLING_ROLES.filter((role) => folded.includes(foldText(DEFAULT_TAB_NAMES[role][lang]))).length;
  const fr = addonTabs("fr");
  const en = addonTabs("en");
  if (en > 0 && fr === 0) return "en";
  if (fr > 0 && en === 0) return "fr";
  const months = (lang: Lang): number =>
    folded.filter((name) => name.split(/[^a-z]+/).some((word) => MONTHS[lang].includes(word))).length;
  // A spreadsheet program's default name for a new tab tells the language it was made in.
  const blank = (lang: Lang): number => folded.filter((name) => DEFAULT_SHEET[lang].test(name)).length;
  const enSigns = months("en") + blank("en");
  const frSigns = months("fr") + blank("fr");
  return enSigns > frSigns ? "en" : "fr";
}
