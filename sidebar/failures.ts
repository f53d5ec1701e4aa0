// Server failures in plain words where the user looks: no "NetworkError…" nor Google's English, ever.
import type { SidebarTexts } from "./i18n";

/** What the user was doing when it failed: writing (their text is kept) or reading. */
export type FailureContext = "write" | "read";

const NETWORK =
  /networkerror|network error|failed to fetch|http 0\b|connection failure|net::|offline|load failed/i;
const BUSY =
  /timed out|timeout|server error occurred|service (?:unavailable|invoked too many times)|too many|try again|rate limit|internal error|exceeded maximum execution time|quota/i;
const AUTH =
  /authori[sz]ation is required|permission|not authori[sz]ed|access denied|you do not have access|login required/i;
/** A message Relève wrote itself (in the user's language) is shown as it is. */
const OURS =
  /^(?:Transmission non enregistrée|Entry not saved|Recherche impossible|Search not possible|La colonne|The column|L'onglet|The "|Un collègue|A colleague|Votre|Your|Cette transmission|This entry|La transmission|Entry )/;

/** The message of a failure from google.script.run, without the runtime's "Exception:"/"Error:" prefix. */
function rawMessage(error: unknown): string {
  const text = error instanceof Error ? error.message : typeof error === "string" ? error : "";
  return text.replace(/^(?:Exception|Error|ScriptError|TypeError)\s*:\s*/i, "").trim();
}

/**
 * A sentence for the user: Relève's own messages as they are; a lost connection, a busy or failing Google, an
 * authorisation to renew, in plain words; when writing, it says the text is kept.
 */
export function plainFailure(error: unknown, texts: SidebarTexts, context: FailureContext): string {
  const f = texts.ui.failure;
  const message = rawMessage(error);
  if (message !== "" && OURS.test(message)) return message;
  if (message === "" || NETWORK.test(message)) return context === "write" ? f.offlineWrite : f.offlineRead;
  if (AUTH.test(message)) return f.authorisation;
  if (BUSY.test(message)) return context === "write" ? f.busyWrite : f.busyRead;
  return context === "write" ? f.otherWrite : f.otherRead;
}
