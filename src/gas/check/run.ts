// The check and the clear end to end: lock, read once, compute, write the store, the marks and the report, tell the user.

import { checkWorkbook, summaryForSidebar } from "../../core/check/check";
import { marksFromFindings } from "../../core/check/marks";
import { reportSheet } from "../../core/check/report";
import { type Lang, langOf, messages } from "../../core/i18n";
import { addonTabNames } from "../../core/tabs/addon-tabs";
import { MARKS_ROLE, rolesBySheetId } from "../roles";
import { readWorkbook, type TabRead } from "../snapshot";
import type { ClearSummary, PlanningCheckSummary } from "./api-types";
import { withCheckLock } from "./lock";
import { planMarks, writeMarks } from "./marks";
import { reportTarget, writeReport } from "./report-tab";
import { readStore, storeFromTabs, writeStore } from "./store";

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

/** Shows a toast; silently does nothing where no UI exists (trigger, editor run). */
function toast(spreadsheet: Spreadsheet, message: string, lang: Lang, seconds = 10): void {
  try {
    spreadsheet.toast(message, messages(lang).addon.check.toastTitle, seconds);
  } catch {
    // No UI here: the returned summary carries the same information.
  }
}

/** True when some cell of a tab holds something. */
function hasContent(values: readonly (readonly unknown[])[]): boolean {
  return values.some((row) => row.some((v) => v !== "" && v !== null));
}

/**
 * `checkPlanning()`: under the document lock, reads every tab (≤ 6 calls per planning tab), runs the check, records
 * what the marks replace (hidden store), undoes the previous marks still ours and puts the new ones (2 writes per
 * changed tab), writes the report tab (≤ 9 calls), and toasts the progress and the counts. Never changes a value.
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
    const markable = new Set(
      read.tabs.filter((tab) => tab.range !== null && tab.role !== MARKS_ROLE).map((tab) => tab.name),
    );
    const marks = marksFromFindings(result.findings, { lang, tabs: markable });
    const store = storeFromTabs(read.tabs);
    const plan = planMarks(read.tabs, marks, store.records);

    const names = read.tabs.map((tab) => tab.name);
    const target = reportTarget(read.tabs, lang);
    const before = store.sheet || plan.records.length === 0 ? null : spreadsheet.getActiveSheet();
    writeStore(spreadsheet, store, plan.records, lang, names);
    if (before) before.activate();
    writeMarks(plan);
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
    return { ...summaryForSidebar(result), reportTab, notice, marked: plan.records.length };
  });
}

/**
 * `clearPlanningFlags()`: under the document lock, finds every recorded mark (in place, or where the user's row or
 * column inserts, deletes or sorts moved it), restores each cell whose background/note is still the mark's (a
 * user's change is kept), and keeps in the store only the records whose mark was found nowhere, so a later clear
 * can try again. Per marked tab 7 calls (data range, 2 reads, the rectangle that changes, 2 writes), plus 5 when
 * a record lies outside the data range; values, borders and conditional formats are never touched.
 */
export function runClear(): ClearSummary {
  const spreadsheet = SpreadsheetApp.getActiveSpreadsheet();
  const lang = langOf(spreadsheet.getSpreadsheetLocale());
  const t = messages(lang).addon.clear;
  return withCheckLock(lang, () => {
    const storeId = [...rolesBySheetId(spreadsheet)].find(([, role]) => role === MARKS_ROLE)?.[0];
    const store = readStore(storeId === undefined ? null : spreadsheet.getSheetById(storeId));
    const tabs: TabRead[] = [];
    for (const id of new Set(store.records.map((r) => r.sheetId))) {
      const sheet = spreadsheet.getSheetById(id);
      if (sheet) tabs.push({ sheet, name: "", id, range: null, values: [] });
    }
    const plan = planMarks(tabs, [], store.records);
    writeMarks(plan, true);
    if (store.records.length > 0) writeStore(spreadsheet, store, plan.unresolved, lang, []);
    const missing = plan.unresolved.length;
    const message = [
      t.done(plan.restored),
      plan.kept > 0 ? t.kept(plan.kept) : "",
      missing > 0 ? t.missing(missing) : "",
    ]
      .filter(Boolean)
      .join(" ");
    toast(spreadsheet, message, lang);
    return { restored: plan.restored, kept: plan.kept + missing, message };
  });
}
