// The briefing's status for the sidebar: daily sending on or off, hour, installer, recipients, last outcome.
import { briefingTexts, planRecipients, recipientsOfText } from "../../core/briefing";
import type { BriefingStatus } from "../../core/briefing/api";
import { langOf } from "../../core/i18n";
import { formatDayTime } from "../../core/i18n/format";
import { readEmails } from "../../core/settings/values";
import { epochMsOfIso, isTimeZone, zone } from "../../core/time";
import { currentUser, hasMorningTrigger, readTriggerInfo, sameUser } from "../triggers";
import { recipientsCellOf } from "./recipients-setting";
import { readLastSend } from "./state";
import { findBriefingSheet } from "./tab";
import { readSettingsTab } from "./workbook";

/**
 * The status of the briefing e-mail for the current user. Its first line says, in one sentence, whether the
 * e-mail goes out: off, off for want of a recipient, on, or on but with nobody to send to (never "on" and "no
 * recipient" in two places that contradict each other).
 */
export function briefingStatus(): BriefingStatus {
  const spreadsheet = SpreadsheetApp.getActiveSpreadsheet();
  const lang = langOf(spreadsheet.getSpreadsheetLocale());
  const t = briefingTexts(lang);
  const { settings, values } = readSettingsTab(spreadsheet);
  const z = zone(isTimeZone(settings.timeZone) ? settings.timeZone : "Europe/Paris");
  const mine = hasMorningTrigger();
  const info = readTriggerInfo();
  const on = mine || (info !== null && !sameUser(info.installedBy, currentUser()));
  const mode = settings.briefing.mode;
  const editors = mode === "full" ? spreadsheet.getEditors().map((u) => u.getEmail()) : [];
  const plan = planRecipients(settings.briefing.recipients, mode, editors, lang);
  const ready = plan.full.length + plan.minimal.length > 0;
  const recipientsText = recipientsCellOf(values).text;
  // The settings reader drops the whole list for one bad address: say which, and that nothing goes out.
  const typed = recipientsOfText(recipientsText);
  const bad = [...typed.invalid, ...typed.valid.filter((a) => readEmails(a).bad.length > 0)];
  const problems = [
    ...(bad.length > 0 ? [t.error.badAddressBlocks(bad.join(", "))] : []),
    ...plan.problems.filter((p) => p !== t.error.noRecipients),
  ];
  const lastSend = readLastSend();
  const s = t.status;
  const lines = [
    on && info
      ? ready
        ? s.installed(info.hour, info.installedBy)
        : s.installedNoRecipient(info.hour, info.installedBy)
      : ready
        ? s.notInstalled
        : s.notInstalledNoRecipient,
  ];
  if (lastSend) {
    const when = formatDayTime(Math.floor((epochMsOfIso(lastSend.at) ?? 0) / 60000), z, lang);
    lines.push(lastSend.ok ? s.lastOk(when, lastSend.sent) : s.lastError(when, lastSend.message));
  }
  const sheet = findBriefingSheet(spreadsheet);
  return {
    on,
    mine,
    hour: on && info ? info.hour : null,
    installedBy: on && info ? info.installedBy : null,
    timeZone: on && info ? info.timeZone : null,
    settingsHour: settings.briefing.hour,
    mode,
    recipients: [...plan.full, ...plan.minimal],
    recipientsText,
    ready,
    problems,
    lastSend,
    lines,
    tab: sheet ? sheet.getName() : null,
  };
}

export type { BriefingStatus };
