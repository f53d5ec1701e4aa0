// "Configurer le classeur": creates the add-on's missing tabs (contract §5); never touches an existing tab.

import { type Lang, langOf, messages } from "../core/i18n";
import { defaultLegend, describeLegend } from "../core/planning/legend";
import { defaultTabName, isDefaultNameOf } from "../core/tabs/addon-tabs";
import { RESIDENTS_HEADER } from "../core/tabs/residents-tab";
import { SETTING_KEYS, settingsTabRows } from "../core/tabs/settings-tab";
import type { AddonRole } from "../core/workbook";
import { withCheckLock } from "./check/lock";
import { asText } from "./check/report-tab";
import { ensureHandoverSheet, findHandoverSheet } from "./handovers/tab";
import { freeTabName, insertRoleSheet, ROLE_KEY, rolesBySheetId } from "./roles";

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;
type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;
type DataValidation = GoogleAppsScript.Spreadsheet.DataValidation;

/** What `setupWorkbook()` did, tab names in creation order. */
export interface SetupResult {
  /** Tabs created. */
  created: string[];
  /** Tabs with a default name and no metadata that got the metadata (nothing else changed). */
  adopted: string[];
  /** The sentence shown to the user. */
  message: string;
}

/** The tabs setup creates, in order (the report and the briefing are created when first written). */
const SETUP_ROLES: readonly AddonRole[] = ["settings", "codes", "staff", "residents"];

/** Rows a new tab gets validation dropdowns on (rows added later by the team keep them). */
const VALIDATED_ROWS = 500;

/** A dropdown rule that warns on other values (the check reports them with what is expected). */
function dropdown(values: string[]): DataValidation {
  return SpreadsheetApp.newDataValidation().requireValueInList(values, true).setAllowInvalid(true).build();
}

/** Writes a new tab's rows in one call, bolds and freezes its header. */
function writeRows(sheet: Sheet, rows: (string | number)[][]): void {
  const width = Math.max(...rows.map((r) => r.length));
  const padded = rows.map((r) => [...r.map(asText), ...Array.from({ length: width - r.length }, () => "")]);
  sheet.getRange(1, 1, padded.length, width).setValues(padded);
  sheet.getRange(1, 1, 1, width).setFontWeight("bold");
  sheet.setFrozenRows(1);
}

/** The settings tab: every key with the preset's value and its explanation; dropdowns for presets and yes/no. */
function fillSettings(sheet: Sheet, lang: Lang): void {
  const rows = settingsTabRows(lang);
  writeRows(sheet, rows);
  const yesNo = [messages(lang).addon.yes, messages(lang).addon.no];
  const rules = rows.slice(1).map((_, i): (DataValidation | null)[] => {
    const key = SETTING_KEYS[i];
    if (key?.kind === "preset") return [dropdown(["code-du-travail", "ccn66", "ccn51"])];
    if (key?.kind === "boolean") return [dropdown(yesNo)];
    if (key?.kind === "mode") return [dropdown(["minimal", lang === "en" ? "full" : "complet"])];
    return [null];
  });
  sheet.getRange(2, 2, rules.length, 1).setDataValidations(rules);
  sheet.setColumnWidth(1, 260);
  sheet.setColumnWidth(3, 520);
}

/** The codes tab, pre-filled with the default legend (one row per alias too, so `CP` keeps meaning `CA`). */
function fillCodes(sheet: Sheet, lang: Lang): void {
  const t = messages(lang);
  const rows: (string | number)[][] = [t.addon.setup.codesHeader];
  for (const code of describeLegend(defaultLegend(lang), lang)) {
    for (const name of [code.code, ...code.aliases]) {
      rows.push([name, code.label, code.start, code.end, code.breakMinutes, code.typeName]);
    }
  }
  writeRows(sheet, rows);
  sheet.getRange(2, 6, VALIDATED_ROWS, 1).setDataValidation(dropdown(Object.values(t.planning.codeTypes)));
}

/** A header-only tab whose yes/no column gets a dropdown. */
function fillHeader(sheet: Sheet, header: readonly string[], yesNoColumn: number, lang: Lang): void {
  writeRows(sheet, [[...header]]);
  const t = messages(lang).addon;
  sheet.getRange(2, yesNoColumn, VALIDATED_ROWS, 1).setDataValidation(dropdown([t.yes, t.no]));
}

function fill(role: AddonRole, sheet: Sheet, lang: Lang): void {
  if (role === "settings") fillSettings(sheet, lang);
  else if (role === "codes") fillCodes(sheet, lang);
  else if (role === "staff") fillHeader(sheet, messages(lang).addon.setup.staffHeader, 5, lang);
  else if (role === "residents") fillHeader(sheet, RESIDENTS_HEADER[lang], 3, lang);
}

/** Creates, adopts or leaves each add-on tab; the Transmissions tab through the handover code. */
function setUp(spreadsheet: Spreadsheet, lang: Lang): Omit<SetupResult, "message"> {
  const roles = rolesBySheetId(spreadsheet);
  const sheets = spreadsheet
    .getSheets()
    .map((sheet) => ({ sheet, name: sheet.getName(), id: sheet.getSheetId() }));
  const active = spreadsheet.getActiveSheet();
  const created: string[] = [];
  const adopted: string[] = [];
  const taken = sheets.map((s) => s.name);
  for (const role of SETUP_ROLES) {
    if ([...roles.values()].includes(role)) continue;
    const candidate = sheets.find((s) => !roles.has(s.id) && isDefaultNameOf(role, s.name));
    if (candidate) {
      candidate.sheet.addDeveloperMetadata(ROLE_KEY, role);
      roles.set(candidate.id, role);
      adopted.push(candidate.name);
      continue;
    }
    const name = freeTabName(defaultTabName(role, lang), taken);
    const sheet = insertRoleSheet(spreadsheet, name, role, taken.length);
    taken.push(name);
    fill(role, sheet, lang);
    created.push(name);
  }
  const hadHandovers = [...roles.values()].includes("handovers");
  const handovers = findHandoverSheet(spreadsheet, true);
  if (handovers && !hadHandovers) adopted.push(handovers.getName());
  if (!handovers) created.push(ensureHandoverSheet(spreadsheet, lang).getName());
  if (created.length > 0) active.activate();
  return { created, adopted };
}

/**
 * `setupWorkbook()`: under the document lock, creates the missing add-on tabs (Paramètres with explanations and
 * dropdowns, Codes pre-filled with the default legend, Équipe, Résidents, Transmissions) with a bold frozen header
 * and metadata `releve.role`; a tab with a default name but no metadata only gets the metadata; an existing tab is
 * never changed. Running it twice changes nothing. Shows and returns what it did.
 */
export function runSetup(): SetupResult {
  const spreadsheet = SpreadsheetApp.getActiveSpreadsheet();
  const lang = langOf(spreadsheet.getSpreadsheetLocale());
  const t = messages(lang).addon.setup;
  const done = withCheckLock(lang, () => setUp(spreadsheet, lang));
  const parts = [
    done.created.length > 0 ? t.created(done.created) : "",
    done.adopted.length > 0 ? t.adopted(done.adopted) : "",
  ].filter(Boolean);
  const message = parts.length > 0 ? parts.join("\n") : t.nothing;
  try {
    SpreadsheetApp.getUi().alert(t.title, message, SpreadsheetApp.getUi().ButtonSet.OK);
  } catch {
    // No UI (editor run, trigger): the result carries the same text.
  }
  return { ...done, message };
}
