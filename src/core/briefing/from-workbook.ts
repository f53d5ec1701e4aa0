// The briefing of a whole workbook snapshot (the CLI's path): the check, the Transmissions tab, the model.

import { type CheckResult, checkWorkbook } from "../check/check";
import { columnMapOf, isHeaderRow } from "../handovers/columns";
import { rowToEntry } from "../handovers/rows";
import type { HandoverEntry } from "../handovers/schema";
import { findAddonTab } from "../tabs/addon-tabs";
import { type CivilDate, civilDate, isTimeZone, type Zone, zone } from "../time";
import type { WorkbookSnapshot } from "../workbook";
import { composeBriefing } from "./compose";
import type { BriefingModel } from "./types";
import { briefingWindow } from "./window";

/** What `briefingOfWorkbook` needs beyond the snapshot. */
export interface WorkbookBriefingOptions {
  /** The briefing date; default today in the establishment's zone. */
  date?: CivilDate;
  nowMs: number;
}

/** The entries of the workbook's Transmissions tab (rows that are not valid entries are skipped). */
export function entriesOfSnapshot(snapshot: WorkbookSnapshot, z: Zone): HandoverEntry[] {
  const tab = findAddonTab(snapshot, "handovers");
  if (!tab) return [];
  // Columns are found by their header (people insert, move and widen them), whatever the row order.
  const header = tab.values.findIndex((row) => isHeaderRow(row));
  if (header < 0) return [];
  const map = columnMapOf(tab.values[header] ?? []);
  const out: HandoverEntry[] = [];
  for (const row of tab.values.slice(header + 1)) {
    const entry = rowToEntry(row, z, map);
    if (entry) out.push(entry);
  }
  return out;
}

/**
 * Checks the workbook and composes the briefing of a date from its plannings and its Transmissions tab, exactly
 * as the add-on does (the window is the 24 h before now for today, before the briefing hour for another date).
 */
export function briefingOfWorkbook(
  snapshot: WorkbookSnapshot,
  options: WorkbookBriefingOptions,
): { model: BriefingModel; check: CheckResult } {
  const check = checkWorkbook(snapshot);
  const settings = check.settings;
  const z = zone(isTimeZone(settings.timeZone) ? settings.timeZone : "Europe/Paris");
  const date = options.date ?? civilDate(z.toWall(Math.floor(options.nowMs / 60000)).day);
  const entries = entriesOfSnapshot(snapshot, z);
  const window = briefingWindow({ date, zone: z, nowMs: options.nowMs, hour: settings.briefing.hour });
  const model = composeBriefing({
    date,
    lang: check.lang,
    zone: z,
    establishment: settings.establishment,
    window,
    entries,
    openFollowUps: entries.filter((e) => e.followUpStatus === "open"),
    timeline: check.timeline,
    findings: check.findings,
    generatedAtMs: options.nowMs,
  });
  return { model, check };
}
