// The Apps Script entry points of contract §1: each export becomes a top-level function in dist/Code.js.
import { buildMenu } from "./menu";
import { notYetAvailable } from "./not-yet";

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
  notYetAvailable((t) => t.gas.feature.sidebar);
}

/** Creates the add-on's missing tabs; never touches an existing tab. */
export function setupWorkbook(): void {
  notYetAvailable((t) => t.gas.feature.setup);
}

/** Reads every planning tab, writes the report tab and marks the flagged cells. */
export function checkPlanning(): unknown {
  return notYetAvailable((t) => t.gas.feature.check);
}

/** Removes every mark the check added, and nothing else. */
export function clearPlanningFlags(): void {
  notYetAvailable((t) => t.gas.feature.clear);
}

/** Validates and appends one handover entry under the document lock; returns the stored entry. */
export function addHandover(_input: unknown): unknown {
  return notYetAvailable((t) => t.gas.feature.addHandover);
}

/** Returns the handover entries matching a query. */
export function listHandovers(_query: unknown): unknown {
  return notYetAvailable((t) => t.gas.feature.listHandovers);
}

/** Writes the briefing tab for a date (default today in the spreadsheet's time zone). */
export function generateBriefing(_dateIso?: string): unknown {
  return notYetAvailable((t) => t.gas.feature.briefing);
}

/** Time-driven trigger: e-mails today's briefing, at most once per date. */
export function sendMorningBriefing(): void {
  notYetAvailable((t) => t.gas.feature.sendBriefing);
}

/** Installs the daily morning-briefing trigger (never two). */
export function installMorningBriefing(_hour?: number): void {
  notYetAvailable((t) => t.gas.feature.installBriefing);
}

/** Removes the daily morning-briefing trigger. */
export function removeMorningBriefing(): void {
  notYetAvailable((t) => t.gas.feature.removeBriefing);
}
