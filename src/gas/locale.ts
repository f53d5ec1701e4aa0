// The user's language in Google Sheets: the spreadsheet's locale (French when it cannot be read).
import { type Lang, langOf, type Messages, messages } from "../core/i18n";

/** The active spreadsheet's language; French when no spreadsheet can be read (e.g. in AuthMode.NONE). */
export function sheetLang(): Lang {
  try {
    return langOf(SpreadsheetApp.getActiveSpreadsheet().getSpreadsheetLocale());
  } catch {
    return "fr";
  }
}

/** The message catalogue of the active spreadsheet's language. */
export function sheetMessages(): Messages {
  return messages(sheetLang());
}
