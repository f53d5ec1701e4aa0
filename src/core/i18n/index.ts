// Language selection and the message catalogue of each language (French first, English by locale).
import { en } from "./en";
import { fr } from "./fr";

/** A supported language. */
export type Lang = "fr" | "en";

/** The catalogue type: the French catalogue's shape, which every language follows. */
export type Messages = typeof fr;

/** The language of a spreadsheet or system locale (`fr_FR`, `en-US`, `en_GB.UTF-8`…): English for `en*`, else French. */
export function langOf(locale: string | undefined | null): Lang {
  return locale && /^en([_-]|$|\.)/i.test(locale.trim()) ? "en" : "fr";
}

/** The catalogue of a language. */
export function messages(lang: Lang): Messages {
  return lang === "en" ? en : fr;
}
