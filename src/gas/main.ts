// The Apps Script entry points of contract §1: each export becomes a top-level function in dist/Code.js.

import type { RecipientsResult, TestEmailResult } from "../core/briefing/api";
import type { AuthorInfo, HandoverEntry, InboxResult, SavedEntry, SidebarData } from "../core/handovers";
import {
  generateBriefingEntry,
  getBriefingStatusEntry,
  installMorningBriefingEntry,
  removeMorningBriefingEntry,
  sendBriefingTestEntry,
  sendMorningBriefingEntry,
  setBriefingRecipientsEntry,
} from "./briefing/api";
import type { BriefingSummary } from "./briefing/generate";
import type { SendResult } from "./briefing/send";
import type { BriefingStatus } from "./briefing/status";
import type { ClearSummary, CorrectionResult, PlanningCheckSummary, SelectResult } from "./check/api-types";
import { runClear } from "./check/clear";
import { appendLegendCode } from "./check/legend-code";
import { saveReadingSetting } from "./check/reading-setting";
import { runCheck } from "./check/run";
import { selectFindingCells } from "./check/select";
import * as handovers from "./handovers/api";
import { buildMenu } from "./menu";
import type { ApplyResult, ReplacementList, UndoResult } from "./replacement/api-types";
import { applyReplacementWrite, undoReplacementWrite } from "./replacement/apply";
import { replacementsFor, replacementsForSelection } from "./replacement/search";
import { runSetup, type SetupResult } from "./setup";
import { openSidebar } from "./sidebar";
import type { TriggerResult } from "./triggers";

/**
 * Simple trigger: builds the add-on menu. Touches no authorised service in AuthMode.NONE.
 * @param e the open event
 */
export function onOpen(e?: GoogleAppsScript.Events.SheetsOnOpen): void {
  buildMenu(e);
}

/**
 * Add-on install: builds the menu at once.
 * @param e the install event
 */
export function onInstall(e?: GoogleAppsScript.Events.AddonOnInstall): void {
  onOpen(e as GoogleAppsScript.Events.SheetsOnOpen | undefined);
}

/** Opens the sidebar. */
export function showSidebar(): void {
  openSidebar();
}

/** Creates the add-on's missing tabs (settings, codes, staff, residents, handovers); never touches an existing tab. */
export function setupWorkbook(): SetupResult {
  return runSetup();
}

/**
 * Reads every tab, runs the planning check, marks the flagged cells and writes the report tab; returns contract §1's
 * summary `{ errors, warnings, infos, findings, truncated }` (plus `reportTab`, `notice`, `marked`).
 */
export function checkPlanning(): PlanningCheckSummary {
  return runCheck();
}

/** Removes every mark the check added, and nothing else (a mark the user changed is left as the user made it). */
export function clearPlanningFlags(): ClearSummary {
  return runClear();
}

/**
 * Sidebar: selects a finding's cells in the sheet.
 * @param request `{ tab, cells }` of the finding
 */
export function selectCells(request: unknown): SelectResult {
  return selectFindingCells(request);
}

/**
 * Sidebar "Planning" → "Corriger": writes `lecture.<onglet>.<clé>` in the settings tab (that key's row, or one new
 * row; text, never a formula), then runs the check again; a bad value is refused with the field and the reason.
 * @param tab the planning tab
 * @param key `disposition`, `noms`, `ligne des jours`, `mois`, `début` or `ignorer` (or the English words, or
 *   the ids `layout`, `names`, `dayRow`, `month`, `start`, `ignore`)
 * @param value the value as typed (`C+D`, `4`, `2026-01`, `2026-01-05`, `oui`)
 */
export function setReadingSetting(tab: unknown, key: unknown, value: unknown): CorrectionResult {
  return saveReadingSetting(tab, key, value);
}

/**
 * Sidebar "Planning" → "Ajouter à la légende": appends one row to the Codes tab (never overwrites a code that is
 * there: says so), then runs the check again.
 * @param request `{ code, type: "travail" | "absence" | "repos", start?, end? }` (times for a worked code)
 */
export function addLegendCode(request: unknown): CorrectionResult {
  return appendLegendCode(request);
}

/**
 * Validates and appends one handover entry under the document lock; returns the stored entry (`alreadyStored`
 * when the same draft, by its `requestId`, had been saved before: nothing is written twice).
 */
export function addHandover(input: unknown): SavedEntry {
  return handovers.addHandover(input);
}

/** Returns the handover entries matching a query. */
export function listHandovers(query: unknown): HandoverEntry[] {
  return handovers.listHandovers(query);
}

/** Sidebar: persons, categories, shifts, the team and the author, in one call. */
export function getSidebarData(): SidebarData {
  return handovers.getSidebarData();
}

/** Sidebar "À lire": entries of the last days the user has not read, and open follow-ups, in one call. */
export function loadInbox(request?: unknown): InboxResult {
  return handovers.loadInbox(request);
}

/** Sidebar: records that the current user has read an entry. */
export function acknowledgeHandover(id: unknown): HandoverEntry {
  return handovers.acknowledgeHandover(id);
}

/** Sidebar: records that the current user has read each of these entries ("Tout marquer comme lu"). */
export function acknowledgeHandovers(ids: unknown): HandoverEntry[] {
  return handovers.acknowledgeHandovers(ids);
}

/** Sidebar: the entry already stored for a draft id (a save whose answer the sidebar did not see), or null. */
export function findSavedDraft(requestId: unknown): HandoverEntry | null {
  return handovers.findSavedDraft(requestId);
}

/** Sidebar: marks an entry's follow-up done by the current user. */
export function closeFollowUp(id: unknown): HandoverEntry {
  return handovers.closeFollowUp(id);
}

/** Sidebar: remembers the name of a user whose account gives no e-mail. */
export function setAuthorName(name: unknown): AuthorInfo {
  return handovers.setAuthorName(name);
}

/**
 * Writes the briefing tab for a date (default today in the spreadsheet's time zone); returns a JSON summary.
 * @param dateIso the date as YYYY-MM-DD (optional)
 */
export function generateBriefing(dateIso?: string): BriefingSummary {
  return generateBriefingEntry(dateIso);
}

/** Time-driven trigger: e-mails today's briefing, at most once per date; failures are recorded, not thrown. */
export function sendMorningBriefing(): SendResult {
  return sendMorningBriefingEntry();
}

/**
 * Installs the daily morning-briefing trigger (never two: a new hour replaces the old).
 * @param hour 0–23 (default: the settings' briefing hour, else 7)
 */
export function installMorningBriefing(hour?: number): TriggerResult {
  return installMorningBriefingEntry(hour);
}

/** Removes the daily morning-briefing trigger. */
export function removeMorningBriefing(): TriggerResult {
  return removeMorningBriefingEntry();
}

/** The sidebar's Briefing panel: daily sending on/off, hour, installer, last outcome, recipient problems. */
export function getBriefingStatus(): BriefingStatus {
  return getBriefingStatusEntry();
}

/**
 * Sidebar "Briefing": saves the morning e-mail's recipients in `briefing.destinataires` (that cell only, under the
 * document lock, refused when a colleague changed it meanwhile); returns the new status.
 * @param request `{ recipients, expected? }`
 */
export function setBriefingRecipients(request: unknown): RecipientsResult {
  return setBriefingRecipientsEntry(request);
}

/** Sidebar "Briefing": sends today's minimal e-mail, marked as a test, to the current user only (not the day's). */
export function sendBriefingTest(): TestEmailResult {
  return sendBriefingTestEntry();
}

/** Sidebar "Remplacer": who can take the shift in the selected planning cell (its person is the absent one). */
export function findReplacementsForSelection(): ReplacementList {
  return replacementsForSelection();
}

/**
 * Sidebar "Remplacer": who can take a shift given by date and code.
 * @param query `{ date: "YYYY-MM-DD", shift, tab?, qualification? }`
 */
export function findReplacementsFor(query: unknown): ReplacementList {
  return replacementsFor(query);
}

/**
 * Sidebar "Remplacer": writes the chosen person's code (and the absent person's code when asked) under the document
 * lock, refusing when a cell changed since the list; returns the undo token.
 * @param request `{ tab, a1, expectedPrevious, text, markAbsent? }`
 */
export function applyReplacement(request: unknown): ApplyResult {
  return applyReplacementWrite(request);
}

/**
 * Sidebar "Remplacer": puts back the values an `applyReplacement` replaced, when the cells still hold what it wrote.
 * @param token the token `applyReplacement` returned
 */
export function undoReplacement(token: unknown): UndoResult {
  return undoReplacementWrite(token);
}
