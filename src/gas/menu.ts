// The add-on menu built by onOpen: French labels, English when the spreadsheet's locale is English.
import { messages } from "../core/i18n";
import { sheetLang } from "./locale";

/** Builds the add-on menu. In AuthMode.NONE it touches nothing but the menu (labels stay French). */
export function buildMenu(e?: GoogleAppsScript.Events.SheetsOnOpen): void {
  const authNone = e?.authMode === ScriptApp.AuthMode.NONE;
  const t = messages(authNone ? "fr" : sheetLang()).gas.menu;
  SpreadsheetApp.getUi()
    .createAddonMenu()
    .addItem(t.open, "showSidebar")
    .addSeparator()
    .addItem(t.check, "checkPlanning")
    .addItem(t.clear, "clearPlanningFlags")
    .addSeparator()
    .addItem(t.briefing, "generateBriefing")
    .addItem(t.morning, "installMorningBriefing")
    .addSeparator()
    .addItem(t.setup, "setupWorkbook")
    .addToUi();
}
