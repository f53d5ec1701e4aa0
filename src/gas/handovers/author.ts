// Who writes or reads: the account's e-mail when Apps Script gives it, else a name typed once and remembered.

import type { AuthorInfo } from "../../core/handovers";
import { handoverTexts, LIMITS } from "../../core/handovers";
import type { Lang } from "../../core/i18n";
import { foldText as fold } from "../../core/text";

/** User property holding the name typed by a user whose account gives no e-mail. */
export const AUTHOR_NAME_KEY = "releve.authorName";

const SHARED_NAMES = new Set([
  "anonyme",
  "anonymous",
  "anon",
  "inconnu",
  "inconnue",
  "unknown",
  "equipe",
  "team",
  "staff",
  "personnel",
  "personne",
  "nobody",
  "moi",
  "me",
  "user",
  "utilisateur",
  "service",
  "test",
]);

/** The account's e-mail, or "" when Apps Script does not give it (consumer accounts, some contexts). */
export function accountEmail(): string {
  try {
    return Session.getActiveUser().getEmail().trim();
  } catch {
    return "";
  }
}

/** True when a typed name could sign entries: not blank, not too long, not a shared or anonymous name. */
export function isPersonalName(name: string): boolean {
  const folded = fold(name);
  return (
    folded.length >= 2 &&
    name.trim().length <= LIMITS.authorName &&
    !SHARED_NAMES.has(folded) &&
    /\p{L}/u.test(name)
  );
}

/** Remembers the name of a user without e-mail (refuses anonymous or shared names). */
export function rememberAuthorName(name: string, lang: Lang): string {
  const trimmed = name.trim().replace(/\s+/g, " ");
  if (!isPersonalName(trimmed)) throw new Error(handoverTexts(lang).error.anonymousName);
  const props = PropertiesService.getUserProperties();
  if (props.getProperty(AUTHOR_NAME_KEY) !== trimmed) props.setProperty(AUTHOR_NAME_KEY, trimmed);
  return trimmed;
}

/** What the sidebar shows about its user. */
export function authorInfo(): AuthorInfo {
  const email = accountEmail();
  if (email) return { email, needsName: false };
  const name = PropertiesService.getUserProperties().getProperty(AUTHOR_NAME_KEY) ?? undefined;
  return name ? { name, needsName: false } : { needsName: true };
}

/** The signature of the current user; `typedName` is remembered when the account gives no e-mail. Never anonymous. */
export function requireAuthor(lang: Lang, typedName?: string): string {
  const email = accountEmail();
  if (email) return email;
  if (typedName && typedName.trim() !== "") return rememberAuthorName(typedName, lang);
  const stored = PropertiesService.getUserProperties().getProperty(AUTHOR_NAME_KEY);
  if (stored && isPersonalName(stored)) return stored;
  throw new Error(handoverTexts(lang).error.needName);
}

/** The current user's signature, or "" when unknown (reading is allowed, writing asks for a name). */
export function readerIdentity(): string {
  const info = authorInfo();
  return info.email ?? info.name ?? "";
}
