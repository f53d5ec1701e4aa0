// The briefing's server functions (menu, sidebar, trigger), exported as entry points by src/gas/main.ts.
import { briefingTexts } from "../../core/briefing";
import type { RecipientsResult, TestEmailResult } from "../../core/briefing/api";
import { langOf } from "../../core/i18n";
import { installMorningTrigger, removeMorningTrigger, type TriggerResult } from "../triggers";
import { type BriefingSummary, runBriefing } from "./generate";
import { saveRecipients } from "./recipients-setting";
import { type SendResult, sendMorning } from "./send";
import { type BriefingStatus, briefingStatus } from "./status";
import { sendTestEmail } from "./test-email";

/** Shows a short message in the spreadsheet when there is a UI (menu, sidebar); silent under a trigger. */
function toast(message: string): void {
  try {
    SpreadsheetApp.getActiveSpreadsheet().toast(message, briefingTexts("fr").title, 8);
  } catch {
    // No UI: the caller gets the message in the returned value.
  }
}

/** Writes the Briefing tab for a date (default today) under the document lock; returns the summary. */
export function generateBriefingEntry(dateIso?: unknown): BriefingSummary {
  const lang = langOf(SpreadsheetApp.getActiveSpreadsheet().getSpreadsheetLocale());
  const lock = LockService.getDocumentLock();
  if (!lock.tryLock(30_000)) throw new Error(briefingTexts(lang).error.busy);
  let summary: BriefingSummary;
  try {
    summary = runBriefing(dateIso).summary;
  } finally {
    lock.releaseLock();
  }
  toast(summary.message);
  return summary;
}

/** The trigger's target: e-mails today's briefing once per date; never throws (failures are recorded). */
export function sendMorningBriefingEntry(): SendResult {
  return sendMorning();
}

/** Installs the daily trigger (menu: the settings' hour; sidebar: the hour chosen). */
export function installMorningBriefingEntry(hour?: unknown): TriggerResult {
  const result = installMorningTrigger(typeof hour === "object" ? undefined : hour);
  toast(result.message);
  return result;
}

/** Removes the current user's daily trigger. */
export function removeMorningBriefingEntry(): TriggerResult {
  const result = removeMorningTrigger();
  toast(result.message);
  return result;
}

/** The sidebar's Briefing panel status. */
export function getBriefingStatusEntry(): BriefingStatus {
  return briefingStatus();
}

/** The sidebar's recipients field: writes `briefing.destinataires` (one cell, under the lock). */
export function setBriefingRecipientsEntry(request: unknown): RecipientsResult {
  return saveRecipients(request);
}

/** The sidebar's "M'envoyer un essai": today's minimal e-mail, marked as a test, to the current user only. */
export function sendBriefingTestEntry(): TestEmailResult {
  return sendTestEmail();
}
