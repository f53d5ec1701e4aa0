// The morning e-mail: under the document lock, at most once per civil date, errors recorded where people look.
import {
  type BriefingEmail,
  briefingTexts,
  emailBodyBytes,
  fullEmail,
  MAX_EMAIL_BODY_BYTES,
  planRecipients,
  privateMinimalEmail,
} from "../../core/briefing";
import type { SendOutcome, SendResult } from "../../core/briefing/api";
import { langOf } from "../../core/i18n";
import { isoSecondsWithOffset, isTimeZone, zone } from "../../core/time";
import { currentUser } from "../triggers";
import { civilDateAt, runBriefing, statusLineOf } from "./generate";
import { readSentDate, recordLastRun, recordLastSend, recordSentDate } from "./state";
import { findBriefingSheet, writeStatusLine } from "./tab";
import { readSettings } from "./workbook";

/** How long a sending waits for a generation or another sending to finish. */
export const SEND_LOCK_TIMEOUT_MS = 30_000;

/**
 * Generates today's briefing and e-mails it to the configured recipients, at most once per civil date (the date
 * sent is recorded under the document lock, so a trigger firing twice or a manual run after it sends nothing
 * twice). Minimal mode by default; full mode only to editors. Checks the quota before sending anything. Any
 * failure is recorded (sidebar status and the Briefing tab's status line), since add-on triggers e-mail nobody.
 */
export function sendMorning(nowMs: number = Date.now()): SendResult {
  // Whatever follows (sent, already sent, failed), this run is the trigger's sign of life.
  recordLastRun(currentUser(), nowMs);
  const spreadsheet = SpreadsheetApp.getActiveSpreadsheet();
  const lang = langOf(spreadsheet.getSpreadsheetLocale());
  const t = briefingTexts(lang);
  const settings = readSettings(spreadsheet);
  const z = zone(isTimeZone(settings.timeZone) ? settings.timeZone : "Europe/Paris");
  const date = civilDateAt(nowMs, z);
  const at = isoSecondsWithOffset(nowMs, z);

  const fail = (message: string, sent = 0, problems: string[] = []): SendResult => {
    const outcome: SendOutcome = { ok: false, date, at, sent, message, problems };
    recordLastSend(outcome);
    const sheet = findBriefingSheet(spreadsheet);
    if (sheet) writeStatusLine(sheet, statusLineOf(outcome, date, lang, z).text, true);
    return { status: "failed", date, sent, message, problems };
  };

  const lock = LockService.getDocumentLock();
  if (!lock.tryLock(SEND_LOCK_TIMEOUT_MS)) return fail(t.error.busy);
  try {
    if (readSentDate() === date)
      return { status: "already-sent", date, sent: 0, message: t.status.alreadySent(date), problems: [] };

    let run: ReturnType<typeof runBriefing>;
    try {
      run = runBriefing(date, nowMs);
    } catch (error) {
      return fail(t.error.sendFailed(error instanceof Error ? error.message : String(error)));
    }
    const mode = run.settings.briefing.mode;
    const editors = mode === "full" ? spreadsheet.getEditors().map((u) => u.getEmail()) : [];
    const plan = planRecipients(run.settings.briefing.recipients, mode, editors, lang);
    const problems = plan.problems.filter((p) => p !== t.error.noRecipients);
    if (plan.full.length + plan.minimal.length === 0) return fail(t.error.noRecipients, 0, problems);

    let full: BriefingEmail | null = plan.full.length > 0 ? fullEmail(run.model, run.link) : null;
    if (full && emailBodyBytes(full) > MAX_EMAIL_BODY_BYTES) {
      plan.minimal.push(...plan.full);
      plan.full = [];
      full = null;
      problems.push(t.error.tooBig);
    }
    const minimal = privateMinimalEmail(run.model, run.link, run.privateNames);
    const messages: Array<{ to: string; email: BriefingEmail }> = [
      ...(full ? plan.full.map((to) => ({ to, email: full as BriefingEmail })) : []),
      ...plan.minimal.map((to) => ({ to, email: minimal })),
    ];

    const left = MailApp.getRemainingDailyQuota();
    if (left < messages.length) return fail(t.error.quota(messages.length, left), 0, problems);

    let sent = 0;
    try {
      for (const { to, email } of messages) {
        mailTo(to, email);
        sent += 1;
      }
    } catch (error) {
      // Whoever already got it must not get it twice: the date counts as sent as soon as one message left.
      if (sent > 0) recordSentDate(date);
      return fail(t.error.sendFailed(error instanceof Error ? error.message : String(error)), sent, problems);
    }
    recordSentDate(date);
    const outcome: SendOutcome = { ok: true, date, at, sent, message: t.status.sent(sent), problems };
    recordLastSend(outcome);
    const line = statusLineOf(outcome, date, lang, z);
    writeStatusLine(run.sheet, line.text, false);
    return { status: "sent", date, sent, message: outcome.message, problems };
  } finally {
    lock.releaseLock();
  }
}

export type { SendResult };

/** Sends one briefing e-mail to one address, from "Relève" (one MailApp call). */
export function mailTo(to: string, email: BriefingEmail): void {
  MailApp.sendEmail({
    to,
    subject: email.subject,
    body: email.body,
    htmlBody: email.htmlBody,
    name: "Relève",
  });
}
