// Opens the Relève sidebar (dist/Sidebar.html, built from sidebar/).
import { sheetMessages } from "./locale";

/** Shows the sidebar in the active spreadsheet. */
export function openSidebar(): void {
  const html = HtmlService.createHtmlOutputFromFile("Sidebar").setTitle(sheetMessages().gas.sidebarTitle);
  SpreadsheetApp.getUi().showSidebar(html);
}
