// The team as the sidebar shows it: names from the Équipe tab, linked to Google accounts by its E-mail column.
import type { TeamMember } from "../../core/handovers";
import type { Lang } from "../../core/i18n";
import { isDefaultNameOf } from "../../core/tabs/addon-tabs";
import { parseStaffTab } from "../../core/tabs/staff-tab";
import { foldText as fold } from "../../core/text";
import { sheetWithRole } from "../roles";

/** The members of the Équipe tab (empty when there is none). One read of the tab. */
export function teamOf(spreadsheet: GoogleAppsScript.Spreadsheet.Spreadsheet, lang: Lang): TeamMember[] {
  const sheet =
    sheetWithRole(spreadsheet, "staff") ??
    spreadsheet.getSheets().find((s) => isDefaultNameOf("staff", s.getName()));
  if (!sheet || sheet.getLastRow() === 0) return [];
  const { staff } = parseStaffTab(sheet.getDataRange().getValues(), sheet.getName(), lang);
  return staff.map((m) => (m.email ? { name: m.name, email: m.email } : { name: m.name }));
}

/** The team member an account or a typed name is (by e-mail, else by name), if any. */
export function memberOf(team: readonly TeamMember[], who: string): TeamMember | undefined {
  const key = fold(who);
  if (key === "") return undefined;
  return team.find((m) => (m.email && fold(m.email) === key) || fold(m.name) === key);
}
