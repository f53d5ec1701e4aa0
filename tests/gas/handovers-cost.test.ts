// The cost of reading the last day stays flat as the log grows (1,000 vs 100,000 entries), via the day index.
import { headerRow } from "../../src/core/handovers";
import { acknowledgeHandover, listHandovers } from "../../src/gas/main";
import type { FakeAppsScript } from "../fakes";
import { buildHandoverLog, measureReads as measure } from "./handovers-log";
import { setUp, tearDown } from "./handovers-setup";

const PER_DAY = 20;
const NOW = "2026-11-24T21:30:00+01:00";
const buildLog = (fake: FakeAppsScript, count: number) =>
  buildHandoverLog(fake, count, new Date(NOW).getTime(), PER_DAY);

describe("cost of listHandovers for the last day", () => {
  const results: Record<number, { calls: number; cells: number; ms: number }> = {};
  let fake: FakeAppsScript;
  afterEach(() => tearDown(fake));

  it.each([1_000, 100_000])(
    "reads only the last day of a log of %i entries",
    (count) => {
      fake = setUp({ sheets: { Résidents: [["Nom"], ["Martin Léa"]] } }, NOW);
      const entries = buildLog(fake, count);
      listHandovers({ since: "2026-11-24" }); // warm the zone caches
      const cost = measure(fake, () => {
        const found = listHandovers({ since: "2026-11-24" });
        expect(found.map((e) => e.id)).toEqual(
          entries
            .slice(-PER_DAY)
            .reverse()
            .map((e) => e.id),
        );
      });
      results[count] = cost;
      expect(cost.cells).toBeLessThanOrEqual((PER_DAY + 2) * headerRow("fr").length + 10);
      const ack = measure(fake, () => acknowledgeHandover(entries[entries.length - 5]?.id));
      expect(ack.cells).toBeLessThan(60 * headerRow("fr").length);
    },
    120_000,
  );

  it("stays flat: 100,000 entries cost what 1,000 cost (calls and cells within 1.2×)", () => {
    const small = results[1_000];
    const large = results[100_000];
    expect(small && large).toBeTruthy();
    if (!small || !large) return;
    expect(large.calls).toBeLessThanOrEqual(Math.ceil(small.calls * 1.2));
    expect(large.cells).toBeLessThanOrEqual(Math.ceil(small.cells * 1.2));
    process.stderr.write(
      `listHandovers last day — 1,000 entries: ${small.calls} calls, ${small.cells} cells, ${small.ms.toFixed(1)} ms; ` +
        `100,000 entries: ${large.calls} calls, ${large.cells} cells, ${large.ms.toFixed(1)} ms\n`,
    );
  });

  it("still finds the right rows when the day index is missing or stale (binary search)", () => {
    fake = setUp({ sheets: { Résidents: [["Nom"], ["Martin Léa"]] } }, NOW);
    const entries = buildLog(fake, 5_000);
    for (const key of fake.properties.document.getKeys()) {
      if (key.startsWith("releve.handovers.days.")) fake.properties.document.deleteProperty(key);
    }
    const cost = measure(fake, () => {
      expect(listHandovers({ since: "2026-11-20" }).length).toBe(5 * PER_DAY);
    });
    expect(cost.cells).toBeLessThan(5 * PER_DAY * headerRow("fr").length + 40);
    fake.properties.document.setProperty("releve.handovers.days.2026-11", JSON.stringify({ "24": 3 }));
    expect(listHandovers({ since: "2026-11-24" }).map((e) => e.id)).toEqual(
      entries
        .slice(-PER_DAY)
        .reverse()
        .map((e) => e.id),
    );
  });
});
