// A toast in the spreadsheet for the check and the clear, silent where there is no UI (trigger, editor run).
import { type Lang, messages } from "../../core/i18n";

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

/** Shows a toast; silently does nothing where no UI exists (the returned summary carries the same information). */
export function toast(spreadsheet: Spreadsheet, message: string, lang: Lang, seconds = 10): void {
  try {
    spreadsheet.toast(message, messages(lang).addon.check.toastTitle, seconds);
  } catch {
    // No UI here.
  }
}
