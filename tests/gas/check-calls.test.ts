// The cost of checkPlanning in service calls: constant in rows, linear in tabs, writes independent of the findings.
import { benchWorld, breakdown } from "../../scripts/bench/addon";
import { checkPlanning, clearPlanningFlags } from "../../src/gas/main";
import type { FakeAppsScript } from "../fakes";

/** The calls of the second check (steady state: the report and the marks store exist) of a world. */
function secondCheck(
  tabs: number,
  people: number,
  mistakes = true,
): { byMethod: Record<string, number>; findings: number } {
  const fake: FakeAppsScript = benchWorld(tabs, people, mistakes);
  try {
    checkPlanning();
    fake.calls.reset();
    const summary = checkPlanning();
    return { byMethod: fake.calls.byMethod(), findings: summary.errors + summary.warnings + summary.infos };
  } finally {
    fake.uninstall();
  }
}

/** Round trips to the spreadsheet: every call but the local rich-text builders (one per linked report row). */
const roundTrips = (byMethod: Record<string, number>): Record<string, number> =>
  Object.fromEntries(
    Object.entries(byMethod).filter(([m]) => !/^(RichTextValueBuilder|SpreadsheetApp\.new)/.test(m)),
  );

describe("checkPlanning's service calls", () => {
  test("do not grow with rows: 20 and 2,000 people per tab make the same round trips", () => {
    const small = secondCheck(2, 20);
    const large = secondCheck(2, 2000);
    expect(large.findings).toBeGreaterThan(small.findings * 50);
    expect(roundTrips(large.byMethod)).toEqual(roundTrips(small.byMethod));
  });

  test("grow linearly with tabs: each planning tab costs 6 reads and 2 mark writes", () => {
    const totals = [1, 2, 4].map((tabs) => breakdown(roundTrips(secondCheck(tabs, 30).byMethod)));
    const [one, two, four] = totals as [
      ReturnType<typeof breakdown>,
      ReturnType<typeof breakdown>,
      ReturnType<typeof breakdown>,
    ];
    expect(two.tabReads - one.tabReads).toBe(6);
    expect(four.tabReads - two.tabReads).toBe(12);
    expect(two.markWrites - one.markWrites).toBe(2);
    expect(four.total - two.total).toBe(2 * (two.total - one.total));
    expect(four.once).toBe(one.once);
  });

  test("reads each tab with at most 6 calls and writes the report and the store in 10, whatever the findings", () => {
    const clean = secondCheck(3, 60, false);
    const faulty = secondCheck(3, 60, true);
    expect(faulty.findings).toBeGreaterThan(clean.findings + 20);
    const c = breakdown(roundTrips(clean.byMethod));
    const f = breakdown(roundTrips(faulty.byMethod));
    expect(f.otherWrites).toBe(10);
    expect(c.otherWrites).toBeLessThanOrEqual(10);
    // 7 tabs: the empty first tab, Paramètres, 3 plannings, the marks store, the report (never read).
    expect(f.tabReads).toBeLessThanOrEqual(6 * 7);
    for (const method of ["Range.getValues", "Sheet.getDataRange"]) {
      expect(faulty.byMethod[method]).toBe(6);
    }
    expect(faulty.byMethod["Range.setValues"]).toBe(2);
    expect(faulty.byMethod["Range.setRichTextValues"]).toBe(1);
  });

  test("never read or write a cell at a time", () => {
    const { byMethod } = secondCheck(2, 200);
    for (const method of [
      "Range.getValue",
      "Range.setValue",
      "Range.setBackground",
      "Range.setNote",
      "Sheet.appendRow",
    ]) {
      expect(byMethod[method]).toBeUndefined();
    }
  });

  test("clear costs a constant number of calls per marked tab", () => {
    const counts = [1, 3].map((tabs) => {
      const fake = benchWorld(tabs, 100);
      try {
        checkPlanning();
        fake.calls.reset();
        clearPlanningFlags();
        return fake.calls.total();
      } finally {
        fake.uninstall();
      }
    });
    const [one, three] = counts as [number, number];
    expect((three - one) / 2).toBeLessThanOrEqual(8);
  });
});
