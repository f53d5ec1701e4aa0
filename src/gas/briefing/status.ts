// The briefing's status for the sidebar: daily sending on or off, hour, installer, last outcome, settings problems.
import { briefingTexts, planRecipients } from "../../core/briefing";
import type { BriefingStatus } from "../../core/briefing/api";
import { langOf } from "../../core/i18n";
import { formatDayTime } from "../../core/i18n/format";
import { epochMsOfIso, isTimeZone, zone } from "../../core/time";
import { currentUser, hasMorningTrigger, readTriggerInfo, sameUser } from "../triggers";
import { readLastSend } from "./state";
import { findBriefingSheet } from "./tab";
import { readSettings } from "./workbook";

/** The status of the briefing e-mail for the current user. */
export function briefingStatus(): BriefingStatus {
  const spreadsheet = SpreadsheetApp.getActiveSpreadsheet();
  const lang = langOf(spreadsheet.getSpreadsheetLocale());
  const t = briefingTexts(lang).status;
  const settings = readSettings(spreadsheet);
  const z = zone(isTimeZone(settings.timeZone) ? settings.timeZone : "Europe/Paris");
  const mine = hasMorningTrigger();
  const info = readTriggerInfo();
  const on = mine || (info !== null && !sameUser(info.installedBy, currentUser()));
  const mode = settings.briefing.mode;
  const editors = mode === "full" ? spreadsheet.getEditors().map((u) => u.getEmail()) : [];
  const plan = planRecipients(settings.briefing.recipients, mode, editors, lang);
  const lastSend = readLastSend();
  const lines = [on && info ? t.installed(info.hour, info.installedBy) : t.notInstalled];
  if (lastSend) {
    const when = formatDayTime(Math.floor((epochMsOfIso(lastSend.at) ?? 0) / 60000), z, lang);
    lines.push(lastSend.ok ? t.lastOk(when, lastSend.sent) : t.lastError(when, lastSend.message));
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
    problems: plan.problems,
    lastSend,
    lines,
    tab: sheet ? sheet.getName() : null,
  };
}

export type { BriefingStatus };
