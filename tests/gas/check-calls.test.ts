// The cost of checkPlanning in service calls: constant in rows, linear in tabs, writes independent of the findings.
import { benchWorld, breakdown, ownTabs } from "../../scripts/bench/addon";
import { checkPlanning, clearPlanningFlags } from "../../src/gas/main";
import type { FakeAppsScript } from "../fakes";

/** The calls of the first and the second check (steady state: the report and the marks store exist) of a world. */
function twoChecks(
  tabs: number,
  people: number,
  mistakes = true,
): {
  first: Record<string, number>;
  second: Record<string, number>;
  firstKinds: ReturnType<typeof breakdown>;
  secondKinds: ReturnType<typeof breakdown>;
  findings: number;
} {
  const fake: FakeAppsScript = benchWorld(tabs, people, mistakes);
  try {
    checkPlanning();
    const first = fake.calls.byMethod();
    const firstKinds = breakdown(first, fake.writes, ownTabs(fake));
    fake.calls.reset();
    const summary = checkPlanning();
    const second = fake.calls.byMethod();
    return {
      first,
      second,
      firstKinds,
      secondKinds: breakdown(second, fake.writes, ownTabs(fake)),
      findings: summary.errors + summary.warnings + summary.infos,
    };
  } finally {
    fake.uninstall();
  }
}

/** Round trips to the spreadsheet: every call but the local rich-text builders. */
const roundTrips = (byMethod: Record<string, number>): Record<string, number> =>
  Object.fromEntries(
    Object.entries(byMethod).filter(([m]) => !/^(RichTextValueBuilder|SpreadsheetApp\.new)/.test(m)),
  );

describe("checkPlanning's service calls", () => {
  test("do not grow with rows: 20 and 2,000 people per tab make the same round trips, marks included", () => {
    const small = twoChecks(2, 20);
    const large = twoChecks(2, 2000);
    expect(large.findings).toBeGreaterThan(small.findings * 50);
    // The first report of 2,000 people needs more rows than a new tab has: one call more, once.
    const { "Sheet.insertRowsAfter": grown, ...firstLarge } = roundTrips(large.first);
    expect(grown).toBe(1);
    expect(firstLarge).toEqual(roundTrips(small.first));
    expect(roundTrips(large.second)).toEqual(roundTrips(small.second));
    // The first check marks hundreds of cells with a few RangeList calls (one per colour, bold, underline).
    expect(large.first["RangeList.setFontColor"]).toBeLessThanOrEqual(2 * 3);
    expect(large.firstKinds.markWrites).toBe(small.firstKinds.markWrites);
  });

  test("grow linearly with tabs: each marked planning tab costs 8 reads; a second check rewrites no mark", () => {
    const totals = [1, 2, 4].map((tabs) => twoChecks(tabs, 30).secondKinds);
    const [one, two, four] = totals as [
      ReturnType<typeof breakdown>,
      ReturnType<typeof breakdown>,
      ReturnType<typeof breakdown>,
    ];
    expect(two.tabReads - one.tabReads).toBe(8);
    expect(four.tabReads - two.tabReads).toBe(16);
    expect(totals.map((t) => t.markWrites)).toEqual([0, 0, 0]);
    expect(four.total - four.builders - (two.total - two.builders)).toBe(
      2 * (two.total - two.builders - (one.total - one.builders)),
    );
    expect(four.once).toBe(one.once);
  });

  test("write the report and the store in a constant number of calls, whatever the findings", () => {
    const clean = twoChecks(3, 60, false);
    const faulty = twoChecks(3, 60, true);
    expect(faulty.findings).toBeGreaterThan(clean.findings + 20);
    // 15 writes and once-per-check reads, plus the spreadsheet's name (it may give a year).
    expect(faulty.secondKinds.otherWrites).toBe(16);
    // Without marks, no marks store to write.
    expect(clean.secondKinds.otherWrites).toBeLessThanOrEqual(16);
    for (const method of ["Range.getValues", "Sheet.getDataRange"]) expect(faulty.second[method]).toBe(6);
    expect(faulty.second["Range.setValues"]).toBe(2);
    expect(faulty.second["Range.setRichTextValues"]).toBe(1);
  });

  test("never read or write a cell at a time", () => {
    const { first, second } = twoChecks(2, 200);
    for (const byMethod of [first, second]) {
      for (const method of [
        "Range.getValue",
        "Range.setValue",
        "Range.setBackground",
        "Range.setNote",
        "Range.setFontColor",
        "Range.getNote",
        "Sheet.appendRow",
      ]) {
        expect(byMethod[method]).toBeUndefined();
      }
    }
  });

  test("clear costs a constant number of calls per tab, whatever its rows", () => {
    const counts = [
      [1, 100],
      [3, 100],
      [3, 1000],
    ].map(([tabs, people]) => {
      const fake = benchWorld(tabs as number, people as number);
      try {
        checkPlanning();
        fake.calls.reset();
        clearPlanningFlags();
        return fake.calls.total();
      } finally {
        fake.uninstall();
      }
    });
    const [one, three, large] = counts as [number, number, number];
    expect((three - one) / 2).toBeLessThanOrEqual(20);
    expect(large).toBe(three);
  });
});
