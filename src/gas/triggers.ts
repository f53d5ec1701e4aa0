// The morning briefing's daily trigger: one per user and spreadsheet, at the configured hour, replaceable.
import { briefingTexts } from "../core/briefing";
import type { TriggerResult } from "../core/briefing/api";
import { langOf } from "../core/i18n";
import { isTimeZone } from "../core/time";
import { readSettings } from "./briefing/workbook";

/** The function the daily trigger runs (a top-level entry point of dist/Code.js). */
export const MORNING_HANDLER = "sendMorningBriefing";
/** Document property describing the installed trigger (hour, who installed it, when). */
export const TRIGGER_KEY = "releve.briefing.trigger";

/** What is remembered of the installed trigger. */
export interface TriggerInfo {
  hour: number;
  installedBy: string;
  installedAt: string;
  timeZone: string;
}

/** The current user's morning triggers in this spreadsheet (add-on triggers are per user and document). */
function morningTriggers(): GoogleAppsScript.Script.Trigger[] {
  return ScriptApp.getUserTriggers(SpreadsheetApp.getActiveSpreadsheet()).filter(
    (t) => t.getHandlerFunction() === MORNING_HANDLER,
  );
}

/** The e-mail of whoever runs this (the installer of a trigger), or a placeholder when the account gives none. */
function currentUser(): string {
  return Session.getEffectiveUser().getEmail() || Session.getActiveUser().getEmail() || "?";
}

/** What the document remembers of the trigger, or null. */
export function readTriggerInfo(): TriggerInfo | null {
  const text = PropertiesService.getDocumentProperties().getProperty(TRIGGER_KEY);
  if (!text) return null;
  try {
    const info = JSON.parse(text) as TriggerInfo;
    return typeof info.hour === "number" ? info : null;
  } catch {
    return null;
  }
}

/**
 * Installs the daily trigger at `hour` (0–23; default: the settings' `briefing.heure`, else 7) in the
 * spreadsheet's time zone. Idempotent: the current user's previous morning triggers are removed first, and a new
 * hour replaces the old. Never two: refuses (throws, naming the installer) when the document records another
 * user's trigger, which this user can neither see nor delete. Remembers who installed it. Throws on an invalid
 * hour.
 */
export function installMorningTrigger(hour?: unknown): TriggerResult {
  const spreadsheet = SpreadsheetApp.getActiveSpreadsheet();
  const lang = langOf(spreadsheet.getSpreadsheetLocale());
  const t = briefingTexts(lang);
  let chosen: number;
  if (typeof hour === "number" || (typeof hour === "string" && hour.trim() !== "")) {
    chosen = Number(hour);
    if (!Number.isInteger(chosen) || chosen < 0 || chosen > 23)
      throw new Error(t.error.badHour(String(hour)));
  } else {
    chosen = readSettings(spreadsheet).briefing.hour;
  }
  const lock = LockService.getDocumentLock();
  if (!lock.tryLock(10_000)) throw new Error(t.error.busy);
  try {
    const previous = readTriggerInfo();
    const existing = morningTriggers();
    const me = currentUser();
    // Another user's trigger cannot be seen nor deleted from here: while the document records another installer
    // and this user has none, that installer's trigger is taken to be there, and a second one is refused.
    if (previous && previous.installedBy !== me && existing.length === 0)
      throw new Error(t.error.installedByOther(previous.installedBy, previous.installedAt));
    for (const trigger of existing) ScriptApp.deleteTrigger(trigger);
    const zoneName = spreadsheet.getSpreadsheetTimeZone();
    const timeZone = isTimeZone(zoneName) ? zoneName : "Europe/Paris";
    ScriptApp.newTrigger(MORNING_HANDLER)
      .timeBased()
      .atHour(chosen)
      .everyDays(1)
      .inTimezone(timeZone)
      .create();
    const info: TriggerInfo = {
      hour: chosen,
      installedBy: me,
      installedAt: new Date().toISOString(),
      timeZone,
    };
    PropertiesService.getDocumentProperties().setProperty(TRIGGER_KEY, JSON.stringify(info));
    const parts = [
      existing.length > 0 && previous?.hour !== chosen
        ? t.status.replaced(chosen)
        : t.status.installedResult(chosen, timeZone),
    ];
    return { installed: true, hour: chosen, message: parts.join(" ") };
  } finally {
    lock.releaseLock();
  }
}

/**
 * Removes the current user's morning trigger(s). The recorded installer also clears the document's record, so
 * another user may then install one; anyone else is told who alone can stop it.
 */
export function removeMorningTrigger(): TriggerResult {
  const lang = langOf(SpreadsheetApp.getActiveSpreadsheet().getSpreadsheetLocale());
  const t = briefingTexts(lang);
  const existing = morningTriggers();
  for (const trigger of existing) ScriptApp.deleteTrigger(trigger);
  const info = readTriggerInfo();
  const me = currentUser();
  if (info?.installedBy === me) {
    PropertiesService.getDocumentProperties().deleteProperty(TRIGGER_KEY);
  }
  let message = t.status.removed;
  if (existing.length === 0)
    message =
      info && info.installedBy !== me ? t.status.onlyInstaller(info.installedBy) : t.status.nothingToRemove;
  return { installed: false, hour: null, message };
}

/** True when the current user has a morning trigger in this spreadsheet. */
export function hasMorningTrigger(): boolean {
  return morningTriggers().length > 0;
}

export type { TriggerResult };
