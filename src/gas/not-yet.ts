// The honest answer of an entry point whose feature is not built yet: says so, never pretends.
import { sheetMessages } from "./locale";

/** Tells the user (alert when a UI is there) that a feature is not available yet, and throws with the same text. */
export function notYetAvailable(feature: (t: ReturnType<typeof sheetMessages>) => string): never {
  const t = sheetMessages();
  const text = t.common.notYetAvailable(feature(t));
  try {
    SpreadsheetApp.getUi().alert(text);
  } catch {
    // No UI (trigger or editor run): the thrown error carries the message.
  }
  throw new Error(text);
}
