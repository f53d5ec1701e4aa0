// Add-on bench: service calls and time of checkPlanning under the in-memory Apps Script fake, by kind of call.
import { performance } from "node:perf_hooks";
import { checkPlanning, clearPlanningFlags } from "../../src/gas/main";
import { createFakeAppsScript, type FakeAppsScript, type WriteRecord } from "../../tests/fakes";
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

/** Calls that read one tab: its values, then its notes and text styles (at most eight per planning tab). */
const TAB_READS = new Set([
  "Sheet.getName",
  "Sheet.getSheetId",
  "Sheet.getDataRange",
  "Range.getValues",
  "Range.getNotes",
  "Range.getFontColors",
  "Range.getFontWeights",
  "Range.getFontLines",
  "Range.getBackgrounds",
]);

/** Calls that only prepare a mark write (the RangeList of the cells, the rectangle of the notes). */
const MARK_PREP = new Set(["Sheet.getRangeList", "Range.offset"]);

/** Local value builders (rich text for links): no round trip to the spreadsheet. */
const BUILDERS = /^(RichTextValueBuilder|RichTextValue|DataValidationBuilder)\.|^SpreadsheetApp\.new/;

/** The calls of one check, by kind. */
export interface CallBreakdown {
  total: number;
  once: number;
  /** Per-tab reads, all tabs together. */
  tabReads: number;
  /** Mark writes on the tabs (RangeList styles, notes, and the calls preparing them), all tabs together. */
  markWrites: number;
  /** Every other write: the report tab, the marks store, tab creation. */
  otherWrites: number;
  builders: number;
}

/**
 * Sorts a `byMethod` count into kinds. `markWrites` are the writes logged on other tabs than the report and the
 * marks store (`ownTabs`), with the calls preparing them; without a write log, the RangeList writes alone.
 */
export function breakdown(
  byMethod: Record<string, number>,
  writes: readonly WriteRecord[] = [],
  ownTabs: readonly string[] = [],
): CallBreakdown {
  const out: CallBreakdown = { total: 0, once: 0, tabReads: 0, markWrites: 0, otherWrites: 0, builders: 0 };
  const own = ownTabs.map((name) => `'${name.replace(/'/g, "''")}'`);
  const markWrites = writes.filter(
    (w) => w.target.startsWith("'") && !own.some((o) => w.target.startsWith(o)),
  );
  const onMarks = new Map<string, number>();
  for (const w of markWrites) onMarks.set(w.method, (onMarks.get(w.method) ?? 0) + 1);
  for (const [method, n] of Object.entries(byMethod)) {
    out.total += n;
    if (ONCE.has(method)) out.once += n;
    else if (TAB_READS.has(method)) out.tabReads += n;
    else if (BUILDERS.test(method)) out.builders += n;
    else if (MARK_PREP.has(method) || (writes.length === 0 && method.startsWith("RangeList.")))
      out.markWrites += n;
    else {
      const marks = Math.min(n, onMarks.get(method) ?? 0);
      out.markWrites += marks;
      out.otherWrites += n - marks;
    }
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

/** The names of the add-on's report and marks store tabs (found by their metadata). */
export function ownTabs(fake: FakeAppsScript): string[] {
  return fake.spreadsheet
    .getSheets()
    .filter((s) =>
      s
        .getDeveloperMetadata()
        .some((m) => m.getKey() === "releve.role" && ["report", "marks"].includes(m.getValue() ?? "")),
    )
    .map((s) => s.getName());
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
  /** Calls of the clear after the second check. */
  clearCalls: number;
  /** Whether the workbook had the planted mistakes (marks) or not. */
  mistakes: boolean;
}

/** Measures two consecutive checks of a `tabs` × `people` × month workbook. */
export function measureCheck(tabs: number, people: number, mistakes = true): AddonBenchRow {
  const fake = benchWorld(tabs, people, mistakes);
  try {
    fake.calls.reset();
    const summary = checkPlanning();
    const own = ownTabs(fake);
    const first = breakdown(fake.calls.byMethod(), fake.writes, own);
    fake.calls.reset();
    const start = performance.now();
    checkPlanning();
    const cpuMs = performance.now() - start;
    const second = breakdown(fake.calls.byMethod(), fake.writes, own);
    fake.calls.reset();
    clearPlanningFlags();
    const clearCalls = fake.calls.total();
    return {
      mistakes,
      clearCalls,
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
  const rows = [
    measureCheck(1, 30),
    measureCheck(1, 30, false),
    measureCheck(12, 300),
    measureCheck(12, 300, false),
  ];
  // One more planning tab costs this many reads (the marginal cost, the same whatever the rows).
  const readsPerTab = measureCheck(2, 30).tabReads - (rows[0] as AddonBenchRow).tabReads;
  if (print) {
    const text = table(
      [
        "tabs × people",
        "mistakes",
        "findings",
        "calls 1st/2nd",
        "once",
        "reads/planning tab",
        "mark writes 1st/2nd",
        "other writes 1st/2nd",
        "builders",
        "clear calls",
        "CPU ms",
        "est. Apps Script s",
      ],
      rows.map((r) => [
        `${r.tabs} × ${r.people}`,
        r.mistakes ? "yes" : "no",
        String(r.findings),
        `${r.first.total}/${r.second.total}`,
        String(r.second.once),
        String(readsPerTab),
        `${r.first.markWrites}/${r.second.markWrites}`,
        `${r.first.otherWrites}/${r.second.otherWrites}`,
        String(r.second.builders),
        String(r.clearCalls),
        r.cpuMs.toFixed(0),
        (r.estimatedMs / 1000).toFixed(1),
      ]),
    );
    process.stdout.write(`Add-on checkPlanning under the fake (second run; calls × 3 ms + CPU)\n\n${text}\n`);
  }
  return rows;
}
