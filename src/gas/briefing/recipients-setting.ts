// Writes `briefing.destinataires` from the sidebar: one cell of the settings tab, found by key, under the lock.
import { briefingTexts, isEmailAddress, recipientsOfText } from "../../core/briefing";
import type { RecipientsResult } from "../../core/briefing/api";
import { asCellText } from "../../core/handovers";
import { type Lang, langOf } from "../../core/i18n";
import { findSettingKey } from "../../core/settings/keys";
import { readEmails } from "../../core/settings/values";
import { a1, type CellValue, cellText } from "../../core/workbook";
import { briefingStatus } from "./status";
import { readSettingsTab, type SettingsTabRead } from "./workbook";

/** The French key of the recipients setting (its English key `briefing.recipients` is found too). */
const RECIPIENTS_KEY = "briefing.destinataires";
/** Longer than any real list of 50 addresses; a longer text is refused before anything is read. */
const MAX_TEXT = 5_000;
const LOCK_TIMEOUT_MS = 10_000;

/** Where the recipients setting is in the settings tab: its 1-based row (null when absent) and its text. */
export interface RecipientsCell {
  row: number | null;
  text: string;
}

/**
 * The row of `briefing.destinataires` (or `briefing.recipients`) in the settings tab's values, and its value as
 * text. When the key is there twice, the last row is the one the settings reader keeps, so it is that one.
 */
export function recipientsCellOf(values: readonly (readonly unknown[])[]): RecipientsCell {
  let found: RecipientsCell = { row: null, text: "" };
  values.forEach((row, i) => {
    const key = cellText((row[0] ?? null) as CellValue);
    if (key !== "" && findSettingKey(key)?.fr === RECIPIENTS_KEY)
      found = { row: i + 1, text: cellText((row[1] ?? null) as CellValue).trim() };
  });
  return found;
}

function parseRequest(request: unknown, lang: Lang): { recipients: string; expected: string | undefined } {
  const t = briefingTexts(lang).error;
  const r = (typeof request === "object" && request !== null ? request : {}) as Record<string, unknown>;
  if (typeof r.recipients !== "string" || r.recipients.length > MAX_TEXT)
    throw new Error(t.recipientsRefused(String(r.recipients ?? "").slice(0, 80)));
  if (r.expected !== undefined && typeof r.expected !== "string")
    throw new Error(t.recipientsRefused(r.recipients.slice(0, 80)));
  return { recipients: r.recipients, expected: r.expected as string | undefined };
}

/**
 * Saves the recipients typed in the sidebar in `briefing.destinataires`. Every address must be valid (for the
 * e-mail and for the settings reader, which drops the whole list for one bad address), else nothing is written.
 * Under the document lock, the settings tab is read again and only the value cell of that key's row is written;
 * when the cell no longer holds `expected` (a colleague changed it meanwhile), nothing is written. Without the key,
 * one row (key, value, explanation) is added below the last one. Returns the status as it now is.
 */
export function saveRecipients(request: unknown): RecipientsResult {
  const spreadsheet = SpreadsheetApp.getActiveSpreadsheet();
  const lang = langOf(spreadsheet.getSpreadsheetLocale());
  const t = briefingTexts(lang);
  const { recipients, expected } = parseRequest(request, lang);
  const { valid, invalid } = recipientsOfText(recipients);
  const refused = [...invalid, ...valid.filter((a) => !isEmailAddress(a) || readEmails(a).bad.length > 0)];
  if (refused.length > 0) throw new Error(t.error.recipientsRefused(refused.join(", ")));
  const text = valid.join(", ");

  const lock = LockService.getDocumentLock();
  if (!lock.tryLock(LOCK_TIMEOUT_MS)) throw new Error(t.error.busy);
  let where: string;
  let tab: string;
  try {
    const read: SettingsTabRead = readSettingsTab(spreadsheet);
    const sheet = read.sheet;
    if (!sheet) throw new Error(t.error.noSettingsTab);
    tab = sheet.getName();
    const cell = recipientsCellOf(read.values);
    if (expected !== undefined && cell.text !== expected.trim())
      throw new Error(t.error.recipientsChanged(cell.text));
    if (cell.row !== null) {
      sheet.getRange(cell.row, 2).setValue(asCellText(text));
      where = a1(cell.row - 1, 1);
    } else {
      const key = findSettingKey(RECIPIENTS_KEY);
      const row = sheet.getLastRow() + 1;
      sheet
        .getRange(row, 1, 1, 3)
        .setValues([
          [lang === "en" ? key?.en : key?.fr, asCellText(text), key?.explanation(lang) ?? ""].map(
            (v) => v ?? "",
          ),
        ]);
      where = a1(row - 1, 1);
    }
  } finally {
    lock.releaseLock();
  }
  return { message: t.status.recipientsSaved(tab, where), status: briefingStatus() };
}
