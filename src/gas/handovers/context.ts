// The spreadsheet, language and time zone a handover call works in.
import type { Lang } from "../../core/i18n";
import { isTimeZone, type Zone, zone } from "../../core/time";
import { sheetLang } from "../locale";

/** What every handover function needs from the active spreadsheet. */
export interface HandoverContext {
  spreadsheet: GoogleAppsScript.Spreadsheet.Spreadsheet;
  lang: Lang;
  zone: Zone;
}

/** The context of the active spreadsheet (Europe/Paris when its time zone is unknown to the runtime). */
export function handoverContext(): HandoverContext {
  const spreadsheet = SpreadsheetApp.getActiveSpreadsheet();
  const name = spreadsheet.getSpreadsheetTimeZone();
  return { spreadsheet, lang: sheetLang(), zone: zone(isTimeZone(name) ? name : "Europe/Paris") };
}
