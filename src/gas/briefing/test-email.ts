// "M'envoyer un essai": today's minimal e-mail, marked as a test, to the current user only; nothing is recorded.
import { briefingTexts, isEmailAddress, markedAsTest, privateMinimalEmail } from "../../core/briefing";
import type { TestEmailResult } from "../../core/briefing/api";
import { langOf } from "../../core/i18n";
import { isKnownUser } from "../triggers";
import { composeBriefingRun } from "./generate";
import { mailTo } from "./send";
import { findBriefingSheet } from "./tab";

const LOCK_TIMEOUT_MS = 30_000;

/**
 * Sends today's briefing e-mail, in minimal mode and marked as a test, to the current user alone. It writes no
 * tab, records no generation, no sending date and no outcome: the day's e-mail still goes out at its hour.
 * Sending is not held under the lock (one message; the day's sending has its own once-per-date record).
 */
export function sendTestEmail(nowMs: number = Date.now()): TestEmailResult {
  const spreadsheet = SpreadsheetApp.getActiveSpreadsheet();
  const lang = langOf(spreadsheet.getSpreadsheetLocale());
  const t = briefingTexts(lang);
  const to = (Session.getActiveUser().getEmail() || Session.getEffectiveUser().getEmail() || "").trim();
  if (!isKnownUser(to) || !isEmailAddress(to)) throw new Error(t.error.noEmailForTest);
  const left = MailApp.getRemainingDailyQuota();
  if (left < 1) throw new Error(t.error.quota(1, left));
  // Reading the log may heal its index or adopt its tab: under the lock, like every other reader that may write.
  const lock = LockService.getDocumentLock();
  if (!lock.tryLock(LOCK_TIMEOUT_MS)) throw new Error(t.error.busy);
  let composed: ReturnType<typeof composeBriefingRun>;
  try {
    composed = composeBriefingRun(undefined, nowMs);
  } finally {
    lock.releaseLock();
  }
  const sheet = findBriefingSheet(spreadsheet);
  const link = sheet ? `${spreadsheet.getUrl()}#gid=${sheet.getSheetId()}` : spreadsheet.getUrl();
  const email = markedAsTest(privateMinimalEmail(composed.model, link, composed.privateNames), lang);
  mailTo(to, email);
  return { to, message: t.status.testSent(to) };
}
