// Warning-only protection of the Transmissions tab: anyone may still edit, Sheets asks them to confirm first.
import { handoverTexts } from "../../core/handovers";
import type { Lang } from "../../core/i18n";

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

/** Document property remembering which tab was checked for its protection (checked once per tab). */
export const PROTECTED_KEY = "releve.handovers.protected";

/**
 * Protects the tab with a warning (nobody is locked out: the log is the team's) unless it already has a sheet
 * protection (the establishment's own is kept as it is). One property read on later calls.
 */
export function ensureProtection(sheet: Sheet, lang: Lang): void {
  const props = PropertiesService.getDocumentProperties();
  const id = String(sheet.getSheetId());
  if (props.getProperty(PROTECTED_KEY) === id) return;
  if (sheet.getProtections(SpreadsheetApp.ProtectionType.SHEET).length === 0) {
    sheet.protect().setWarningOnly(true).setDescription(handoverTexts(lang).protection);
  }
  props.setProperty(PROTECTED_KEY, id);
}
