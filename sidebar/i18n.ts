// The sidebar's texts: French first, English when the spreadsheet's locale says so (remembered locally).

import type { Lang } from "../src/core/i18n";
import { handovers as enHandovers } from "../src/core/i18n/en/handovers";
import { sidebar as enSidebar } from "../src/core/i18n/en/sidebar";
import { handovers as frHandovers } from "../src/core/i18n/fr/handovers";
import { sidebar as frSidebar } from "../src/core/i18n/fr/sidebar";

/** The sidebar's texts in one language. */
export interface SidebarTexts {
  lang: Lang;
  ui: typeof frSidebar;
  handovers: typeof frHandovers;
}

/** The texts of a language. */
export function textsFor(lang: Lang): SidebarTexts {
  return lang === "en"
    ? { lang, ui: enSidebar, handovers: enHandovers }
    : { lang, ui: frSidebar, handovers: frHandovers };
}

/** Day/month and time of an ISO date-time, as written (the spreadsheet's wall clock): `24/11 22:00`. */
export function shortDateTime(iso: string, lang: Lang): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})/.exec(iso);
  if (!m) return iso;
  return lang === "en" ? `${m[3]}/${m[2]} ${m[4]}:${m[5]}` : `${m[3]}/${m[2]} ${m[4]}:${m[5]}`;
}

/** A `YYYY-MM-DD` date as `24/11/2026`. */
export function shortDate(date: string): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date);
  return m ? `${m[3]}/${m[2]}/${m[1]}` : date;
}

/** The time `HH:MM` of an ISO date-time. */
export function timeOf(iso: string): string {
  const m = /T(\d{2}):(\d{2})/.exec(iso);
  return m ? `${m[1]}:${m[2]}` : iso;
}
