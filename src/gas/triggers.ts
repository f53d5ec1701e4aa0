// The morning briefing's daily trigger: one per user and spreadsheet, at the configured hour, replaceable.
import { briefingTexts, planRecipients } from "../core/briefing";
import type { TriggerResult } from "../core/briefing/api";
import { langOf } from "../core/i18n";
import { formatDayTime } from "../core/i18n/format";
import { epochMsOfIso, isTimeZone, zone } from "../core/time";
import { readLastRuns } from "./briefing/state";
import { readSettings } from "./briefing/workbook";

/** The function the daily trigger runs (a top-level entry point of dist/Code.js). */
export const MORNING_HANDLER = "sendMorningBriefing";
/** Document property describing the installed trigger (hour, who installed it, when). */
export const TRIGGER_KEY = "releve.briefing.trigger";
/** Past this long without a run since the later of (installation, last run), a trigger counts as gone. */
export const SILENT_TRIGGER_MS = 48 * 3600_000;

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

/** The e-mail of whoever runs this (the installer of a trigger), or "" when the account gives none. */
export function currentUser(): string {
  return Session.getEffectiveUser().getEmail() || Session.getActiveUser().getEmail() || "";
}

/** True for an account's e-mail; false for an unknown identity ("" or the "?" older versions recorded). */
export function isKnownUser(who: string): boolean {
  return who.trim() !== "" && who.trim() !== "?";
}

/** True when both are the same known account: an unknown identity never matches another one. */
export function sameUser(a: string, b: string): boolean {
  return isKnownUser(a) && isKnownUser(b) && a.trim().toLowerCase() === b.trim().toLowerCase();
}

/**
 * The last sign of life (epoch ms) of the recorded installer's trigger: the later of its installation and its
 * owner's last run of the morning sending (a run by anyone else says nothing of that trigger).
 */
function lastSignOfLife(info: TriggerInfo): number {
  const installed = epochMsOfIso(info.installedAt) ?? 0;
  const runs = readLastRuns().filter((r) => sameUser(r.by, info.installedBy));
  return Math.max(installed, ...runs.map((r) => r.atMs));
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
 * user's trigger, which this user can neither see nor delete, unless that trigger has been silent (no run) for
 * more than 48 hours since the later of its installation and its last run: then this user takes over. Refuses
 * a user whose account gives no e-mail (an unknown identity cannot be told apart from another), and a spreadsheet
 * with no valid recipient (it would be "on" while nothing goes out). Remembers who installed it. Throws on an
 * invalid hour.
 */
export function installMorningTrigger(hour?: unknown): TriggerResult {
  const spreadsheet = SpreadsheetApp.getActiveSpreadsheet();
  const lang = langOf(spreadsheet.getSpreadsheetLocale());
  const t = briefingTexts(lang);
  const settings = readSettings(spreadsheet);
  let chosen: number;
  if (typeof hour === "number" || (typeof hour === "string" && hour.trim() !== "")) {
    chosen = Number(hour);
    if (!Number.isInteger(chosen) || chosen < 0 || chosen > 23)
      throw new Error(t.error.badHour(String(hour)));
  } else {
    chosen = settings.briefing.hour;
  }
  // A daily e-mail to nobody would say "on" while nothing goes out.
  const plan = planRecipients(settings.briefing.recipients, "minimal", [], lang);
  if (plan.minimal.length === 0) throw new Error(t.error.noRecipients);
  const lock = LockService.getDocumentLock();
  if (!lock.tryLock(10_000)) throw new Error(t.error.busy);
  try {
    const me = currentUser();
    if (!isKnownUser(me)) throw new Error(t.error.noEmail);
    const previous = readTriggerInfo();
    const existing = morningTriggers();
    const zoneName = spreadsheet.getSpreadsheetTimeZone();
    const timeZone = isTimeZone(zoneName) ? zoneName : "Europe/Paris";
    // Another user's trigger cannot be seen nor deleted from here: while the document records another installer,
    // that installer's trigger is taken to be there and a second one is refused, until it shows no sign of life
    // for 48 hours (its owner left, uninstalled the add-on or deleted it from the Apps Script dashboard). A
    // takeover cannot make that installer's recipients get two e-mails should the old trigger run again: the
    // date sent is recorded under the document lock, and each date is sent once whichever trigger fires.
    let replacedSilent: { who: string; sinceMs: number } | null = null;
    if (previous && !sameUser(previous.installedBy, me)) {
      const sinceMs = lastSignOfLife(previous);
      if (Date.now() - sinceMs <= SILENT_TRIGGER_MS)
        throw new Error(t.error.installedByOther(previous.installedBy, previous.installedAt));
      replacedSilent = { who: previous.installedBy, sinceMs };
    }
    for (const trigger of existing) ScriptApp.deleteTrigger(trigger);
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
      existing.length > 0 && previous?.hour !== chosen && !replacedSilent
        ? t.status.replaced(chosen)
        : t.status.installedResult(chosen, timeZone),
    ];
    if (replacedSilent)
      parts.unshift(
        t.status.tookOver(
          replacedSilent.who,
          formatDayTime(Math.floor(replacedSilent.sinceMs / 60_000), zone(timeZone), lang),
        ),
      );
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
  if (info && sameUser(info.installedBy, me)) {
    PropertiesService.getDocumentProperties().deleteProperty(TRIGGER_KEY);
  }
  let message = t.status.removed;
  if (existing.length === 0)
    message =
      info && !sameUser(info.installedBy, me)
        ? t.status.onlyInstaller(info.installedBy)
        : t.status.nothingToRemove;
  return { installed: false, hour: null, message };
}

/** True when the current user has a morning trigger in this spreadsheet. */
export function hasMorningTrigger(): boolean {
  return morningTriggers().length > 0;
}

export type { TriggerResult };
