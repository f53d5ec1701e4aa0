// The check end to end: lock, read once, compute, mark tab by tab, record the marks, write the report, tell the user.

import { checkWorkbook, summaryForSidebar } from "../../core/check/check";
import { marksFromFindings } from "../../core/check/marks";
import { reportSheet } from "../../core/check/report";
import { langOf, messages } from "../../core/i18n";
import { addonTabNames } from "../../core/tabs/addon-tabs";
import { MARKS_ROLE } from "../roles";
import { readWorkbook } from "../snapshot";
import type { PlanningCheckSummary } from "./api-types";
import { withCheckLock } from "./lock";
import { markTabs } from "./mark-pass";
import { reportTarget, writeReport } from "./report-tab";
import { storeFromTabs, writeStore } from "./store";
import { toast } from "./toast";

/** True when some cell of a tab holds something. */
function hasContent(values: readonly (readonly unknown[])[]): boolean {
  return values.some((row) => row.some((v) => v !== "" && v !== null));
}

/**
 * `checkPlanning()`: under the document lock, reads every tab (≤ 4 calls per planning tab), runs the check, then
 * tab by tab reads the formats and writes only the cells that get, keep or lose a mark (see `markTab`: each tab's
 * notes and text styles are read right before they are written, so a colleague's edit made while the check ran
 * survives), records what the marks replaced (hidden store), writes the report tab (≤ 12 calls), and toasts the
 * progress and the counts. Never changes a value.
 */
export function runCheck(): PlanningCheckSummary {
  const spreadsheet = SpreadsheetApp.getActiveSpreadsheet();
  const locale = spreadsheet.getSpreadsheetLocale();
  const lang = langOf(locale);
  const t = messages(lang).addon.check;
  return withCheckLock(lang, () => {
    const read = readWorkbook(spreadsheet, locale);
    const ownTabs = addonTabNames(read.snapshot);
    const candidates = read.snapshot.tabs.filter(
      (tab) => !ownTabs.has(tab.name) && hasContent(tab.values),
    ).length;
    toast(spreadsheet, t.working(candidates), lang, 60);

    const result = checkWorkbook(read.snapshot);
    const targets = read.tabs.filter((tab) => tab.range !== null && tab.role !== MARKS_ROLE);
    const marks = marksFromFindings(result.findings, { lang, tabs: new Set(targets.map((tab) => tab.name)) });
    const store = storeFromTabs(read.tabs);
    const outcome = markTabs(targets, marks, store.records);

    const names = read.tabs.map((tab) => tab.name);
    const target = reportTarget(read.tabs, lang);
    const before = store.sheet || outcome.records.length === 0 ? null : spreadsheet.getActiveSheet();
    writeStore(spreadsheet, store, outcome.records, lang, names);
    if (before) before.activate();
    const tabCount = read.tabs.length + (before ? 1 : 0);
    const gids = new Map(read.tabs.map((tab) => [tab.name, tab.id]));
    const report = reportSheet(result, { generatedAt: new Date(), lang });
    const reportTab = writeReport(spreadsheet, target, report, gids, tabCount);

    const notice = target.taken ? t.reportRenamed(target.taken, reportTab) : null;
    const s = result.summary;
    const done = [t.counts(s.errors, s.warnings, s.infos), t.where(reportTab), notice]
      .filter(Boolean)
      .join(" ");
    toast(spreadsheet, done, lang, 30);
    return { ...summaryForSidebar(result), reportTab, notice, marked: outcome.records.length };
  });
}
