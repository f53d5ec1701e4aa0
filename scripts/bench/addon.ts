// Add-on bench: service calls and time of checkPlanning under the in-memory Apps Script fake, by kind of call.
import { performance } from "node:perf_hooks";
import { checkPlanning } from "../../src/gas/main";
import { createFakeAppsScript, type FakeAppsScript } from "../../tests/fakes";
import { table } from "./measure";
import { monthTab } from "./synthetic";

/** Calls made once per check, whatever the number of tabs (spreadsheet, locale, zone, metadata, lock, toasts). */
const ONCE = new Set([
  "SpreadsheetApp.getActiveSpreadsheet",
  "Spreadsheet.getSpreadsheetLocale",
  "Spreadsheet.getSpreadsheetTimeZone",
  "Spreadsheet.getSheets",
  "Spreadsheet.createDeveloperMetadataFinder",
  "DeveloperMetadataFinder.withKey",
  "DeveloperMetadataFinder.find",
  "DeveloperMetadata.getValue",
  "DeveloperMetadata.getLocation",
  "DeveloperMetadataLocation.getSheet",
  "LockService.getDocumentLock",
  "Lock.tryLock",
  "Lock.releaseLock",
  "Spreadsheet.toast",
  "SpreadsheetApp.flush",
  "Sheet.getMaxRows",
]);

/** Calls that read one tab (at most these six per planning tab). */
const TAB_READS = new Set([
  "Sheet.getName",
  "Sheet.getSheetId",
  "Sheet.getDataRange",
  "Range.getValues",
  "Range.getBackgrounds",
  "Range.getNotes",
]);

/** Writes of the marks on a tab (two per tab that changes). */
const MARK_WRITES = new Set(["Range.setBackgrounds", "Range.setNotes"]);

/** Local value builders (rich text for links): no round trip to the spreadsheet. */
const BUILDERS = /^(RichTextValueBuilder|RichTextValue|DataValidationBuilder)\.|^SpreadsheetApp\.new/;

/** The calls of one check, by kind. */
export interface CallBreakdown {
  total: number;
  once: number;
  /** Per-tab reads, all tabs together. */
  tabReads: number;
  /** Mark writes (setBackgrounds/setNotes), all tabs together. */
  markWrites: number;
  /** Every other write: the report tab, the marks store, tab creation. */
  otherWrites: number;
  builders: number;
}

/** Sorts a `byMethod` count into kinds. The report's `setBackgrounds` counts as an "other" write. */
export function breakdown(byMethod: Record<string, number>): CallBreakdown {
  const out: CallBreakdown = { total: 0, once: 0, tabReads: 0, markWrites: 0, otherWrites: 0, builders: 0 };
  for (const [method, n] of Object.entries(byMethod)) {
    out.total += n;
    if (ONCE.has(method)) out.once += n;
    else if (TAB_READS.has(method)) out.tabReads += n;
    else if (MARK_WRITES.has(method)) out.markWrites += n;
    else if (BUILDERS.test(method)) out.builders += n;
    else out.otherWrites += n;
  }
  // The report's one setBackgrounds call is not a mark.
  if ((byMethod["Range.setBackgrounds"] ?? 0) > 0) {
    out.markWrites -= 1;
    out.otherWrites += 1;
  }
  return out;
}

/**
 * A fake spreadsheet with `tabs` monthly grids of `people` people (from January 2026) and a settings tab. With
 * `mistakes`, every seventh person works an evening then a morning on the 10th/11th (a daily-rest error each).
 */
export function benchWorld(tabs: number, people: number, mistakes = true): FakeAppsScript {
  const fake = createFakeAppsScript({ userEmail: "coord@example.org" });
  fake.spreadsheet.addSheetWithValues("Paramètres", [
    ["clé", "valeur", "explication"],
    ["preset", "ccn66", ""],
    ["couverture.nuit", 1, ""],
  ]);
  for (let m = 0; m < tabs; m++) {
    const tab = monthTab(2026 + Math.floor(m / 12), (m % 12) + 1, people);
    if (mistakes) {
      tab.values.slice(3).forEach((row, p) => {
        if (p % 7 !== 0) return;
        row[11] = "S";
        row[12] = "M";
      });
    }
    fake.spreadsheet.addSheetWithValues(tab.name, tab.values);
  }
  fake.install();
  return fake;
}

/** One measured configuration. */
export interface AddonBenchRow {
  tabs: number;
  people: number;
  findings: number;
  /** Calls of the first check (creates the report and the marks store). */
  first: CallBreakdown;
  /** Calls of a second check (steady state: undoes the first one's marks). */
  second: CallBreakdown;
  /** Reads of all tabs together (steady state). */
  tabReads: number;
  /** Node time of the second check under the fake (an upper bound of the CPU part). */
  cpuMs: number;
  /** Estimated Apps Script time: every call × 3 ms (builders included, pessimistic) + CPU. */
  estimatedMs: number;
}

/** Measures two consecutive checks of a `tabs` × `people` × month workbook. */
export function measureCheck(tabs: number, people: number, mistakes = true): AddonBenchRow {
  const fake = benchWorld(tabs, people, mistakes);
  try {
    fake.calls.reset();
    const summary = checkPlanning();
    const first = breakdown(fake.calls.byMethod());
    fake.calls.reset();
    const start = performance.now();
    checkPlanning();
    const cpuMs = performance.now() - start;
    const second = breakdown(fake.calls.byMethod());
    return {
      tabs,
      people,
      findings: summary.errors + summary.warnings + summary.infos,
      first,
      second,
      tabReads: second.tabReads,
      cpuMs,
      estimatedMs: second.total * 3 + cpuMs,
    };
  } finally {
    fake.uninstall();
  }
}

/**
 * The add-on bench: 1 tab × 30 people × 31 days and 12 tabs × 300 people × 31 days (a year), printed as a table
 * (calls once, per planning tab read, mark writes per tab, other writes, builders, estimated time). Returns the rows.
 */
export function benchAddon(print = true): AddonBenchRow[] {
  const rows = [measureCheck(1, 30), measureCheck(12, 300)];
  // One more planning tab costs this many reads (the marginal cost, the same whatever the rows).
  const readsPerTab = measureCheck(2, 30).tabReads - (rows[0] as AddonBenchRow).tabReads;
  if (print) {
    const text = table(
      [
        "tabs × people",
        "findings",
        "calls",
        "once",
        "reads/planning tab",
        "mark writes",
        "other writes (1st/2nd)",
        "builders",
        "CPU ms",
        "est. Apps Script s",
      ],
      rows.map((r) => [
        `${r.tabs} × ${r.people}`,
        String(r.findings),
        String(r.second.total),
        String(r.second.once),
        String(readsPerTab),
        String(r.second.markWrites),
        `${r.first.otherWrites}/${r.second.otherWrites}`,
        String(r.second.builders),
        r.cpuMs.toFixed(0),
        (r.estimatedMs / 1000).toFixed(1),
      ]),
    );
    process.stdout.write(`Add-on checkPlanning under the fake (second run; calls × 3 ms + CPU)\n\n${text}\n`);
  }
  return rows;
}
