// Writes one `lecture.<onglet>.<clé>` row of the settings tab from the Planning panel's "Corriger", then re-checks.
import * as z from "zod/mini";
import { asCellText } from "../../core/handovers";
import { type Lang, langOf, messages } from "../../core/i18n";
import type { ReadingOverride } from "../../core/settings";
import { applyReadingValue, type ReadingField, readingKeyOf } from "../../core/settings/reading-key";
import { utcDateReader } from "../../core/settings/values";
import { addonTabNames } from "../../core/tabs/addon-tabs";
import { foldText } from "../../core/text";
import { a1, type CellValue, cellText } from "../../core/workbook";
import { findSettingsSheet, namesSnapshot } from "../briefing/workbook";
import type { CorrectionResult } from "./api-types";
import { withCheckLock } from "./lock";
import { runCheck } from "./run";

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

const FIELDS: readonly ReadingField[] = ["layout", "names", "dayRow", "month", "start", "ignore"];
const MAX_VALUE = 100;
const MAX_TAB = 100;
const MAX_KEY = 40;

const requestSchema = z.object({
  tab: z.string().check(z.minLength(1), z.maxLength(MAX_TAB)),
  key: z.string().check(z.minLength(1), z.maxLength(MAX_KEY)),
  value: z.string().check(z.maxLength(MAX_VALUE)),
});

/** The texts of the corrections in a language. */
export const correctionTexts = (lang: Lang) => messages(lang).addon.corrections;

/** An error whose message names the field and says why (`Mois : « 13 » n'est pas un mois…`). */
export function refusal(lang: Lang, field: string, reason: string): Error {
  return new Error(correctionTexts(lang).refused(field, reason));
}

/** The reading field a key names: an id (`month`) or a key word in French or English (`mois`, `ligne des jours`). */
function fieldOf(key: string): ReadingField | undefined {
  if ((FIELDS as readonly string[]).includes(key)) return key as ReadingField;
  return readingKeyOf(`lecture.x.${key}`)?.field;
}

/** The value as it is written: the one the reader understands, in its plainest form (`C+D`, `2026-01`, `oui`). */
function canonicalValue(field: ReadingField, text: string, override: ReadingOverride, lang: Lang): string {
  switch (field) {
    case "names":
      return text
        .toUpperCase()
        .split(/[+,;&\s]+/)
        .filter(Boolean)
        .join("+");
    case "dayRow":
      return String(Number(text));
    case "month": {
      const m = override.month;
      return m?.year === undefined ? text : `${m.year}-${String(m.month).padStart(2, "0")}`;
    }
    case "start":
      return override.start ?? text;
    case "ignore":
      return override.ignore ? messages(lang).addon.yes : messages(lang).addon.no;
    case "layout":
      return override.layout ?? text;
  }
}

/** Checks the request: an existing planning tab, a reading key, a value that key takes. Throws field + reason. */
function validate(
  spreadsheet: Spreadsheet,
  lang: Lang,
  tab: unknown,
  key: unknown,
  value: unknown,
): { tab: string; field: ReadingField; value: string } {
  const t = correctionTexts(lang);
  const parsed = z.safeParse(requestSchema, { tab, key, value });
  if (!parsed.success) {
    const path = String(parsed.error.issues[0]?.path[0] ?? "value");
    const label =
      path === "tab"
        ? t.fields.tab
        : path === "key"
          ? t.fields.key
          : t.fields[fieldOf(String(key)) ?? "layout"];
    const shown = path === "tab" ? tab : path === "key" ? key : value;
    const max = path === "tab" ? MAX_TAB : path === "key" ? MAX_KEY : MAX_VALUE;
    const reason =
      typeof shown !== "string"
        ? t.reasons.notText
        : shown.length > max
          ? t.reasons.tooLong(max)
          : t.reasons.empty;
    throw refusal(lang, label, reason);
  }
  const request = parsed.data;
  const field = fieldOf(request.key.trim()) ?? fieldOf(foldText(request.key));
  if (!field) throw refusal(lang, t.fields.key, t.reasons.badKey(request.key));
  const { snapshot } = namesSnapshot(spreadsheet);
  if (!snapshot.tabs.some((s) => s.name === request.tab))
    throw refusal(lang, t.fields.tab, t.reasons.noTab(request.tab));
  if (addonTabNames(snapshot).has(request.tab))
    throw refusal(lang, t.fields.tab, t.reasons.addonTab(request.tab));
  const text = request.value.trim();
  if (text === "") throw refusal(lang, t.fields[field], t.reasons.empty);
  const override: ReadingOverride = {};
  if (!applyReadingValue(override, field, text, utcDateReader))
    throw refusal(lang, t.fields[field], t.reasons[field](text));
  return { tab: request.tab, field, value: canonicalValue(field, text, override, lang) };
}

/** The 1-based rows of the settings values whose key is this tab's field (the tab compared as the reader does). */
export function readingRowsOf(
  values: readonly (readonly unknown[])[],
  tab: string,
  field: ReadingField,
): number[] {
  const wanted = foldText(tab);
  const rows: number[] = [];
  values.forEach((row, i) => {
    const key = readingKeyOf(cellText((row[0] ?? null) as CellValue));
    if (key && key.field === field && foldText(key.tab) === wanted) rows.push(i + 1);
  });
  return rows;
}

/**
 * `setReadingSetting(tab, key, value)`: validates the correction (an existing tab that is not the add-on's, a key of
 * `lecture.<onglet>.<clé>`, a value that key takes — else an error naming the field and why), then under the
 * document lock writes it in the settings tab: the value cell of that key's row when it is there (every such row:
 * never a second row for one key), else one new row (key, value, explanation). Key and value are written as text,
 * never as a formula, a number or a date. The check then runs again, so the panel shows the new reading.
 */
export function saveReadingSetting(tab: unknown, key: unknown, value: unknown): CorrectionResult {
  const spreadsheet = SpreadsheetApp.getActiveSpreadsheet();
  const lang = langOf(spreadsheet.getSpreadsheetLocale());
  const t = correctionTexts(lang);
  const request = validate(spreadsheet, lang, tab, key, value);
  const keyText = `${lang === "en" ? "reading" : "lecture"}.${request.tab}.${t.keyWords[request.field]}`;
  const written = withCheckLock(lang, () => {
    const sheet = findSettingsSheet(spreadsheet);
    if (!sheet) throw refusal(lang, t.fields.tab, t.reasons.noSettingsTab);
    const values = sheet.getLastRow() === 0 ? [] : sheet.getDataRange().getValues();
    const rows = readingRowsOf(values, request.tab, request.field);
    for (const row of rows) sheet.getRange(row, 2).setValue(asCellText(request.value));
    if (rows.length > 0) return { sheet: sheet.getName(), cell: a1((rows.at(-1) as number) - 1, 1) };
    const row = sheet.getLastRow() + 1;
    const explanation = messages(lang).settings.explain.reading;
    sheet.getRange(row, 1, 1, 3).setValues([[asCellText(keyText), asCellText(request.value), explanation]]);
    return { sheet: sheet.getName(), cell: a1(row - 1, 1) };
  });
  const summary = runCheck();
  return { message: t.settingSaved(keyText, request.value, written.sheet, written.cell), summary };
}
