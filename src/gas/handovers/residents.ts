// Reads the Résidents tab (metadata `releve.role = residents`, else its default name) for the person picker.
import { isDefaultNameOf } from "../../core/tabs/addon-tabs";
import { type Resident, readResidents } from "../../core/tabs/residents-tab";
import { sheetWithRole } from "../roles";

/** The residents listed in the spreadsheet (empty when there is no Résidents tab). One read of the tab. */
export function residentsOf(spreadsheet: GoogleAppsScript.Spreadsheet.Spreadsheet): Resident[] {
  const sheet =
    sheetWithRole(spreadsheet, "residents") ??
    spreadsheet.getSheets().find((s) => isDefaultNameOf("residents", s.getName()));
  if (!sheet || sheet.getLastRow() === 0) return [];
  return readResidents(sheet.getDataRange().getValues());
}
