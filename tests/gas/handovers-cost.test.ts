// The cost of the log stays flat as it grows (1,000 vs 20,000 entries); a lost or stale index is healed.
import { acknowledgeHandover, addHandover, listHandovers } from "../../src/gas/main";
import type { FakeAppsScript } from "../fakes";
import { buildHandoverLog, measureReads as measure } from "./handovers-log";
import { handoverTab, INPUT, setUp, tearDown } from "./handovers-setup";

const PER_DAY = 20;
const NOW = "2026-11-24T21:30:00+01:00";
const WIDTH = 23;
const buildLog = (fake: FakeAppsScript, count: number) =>
  buildHandoverLog(fake, count, new Date(NOW).getTime(), PER_DAY);

describe("cost of the handover log", () => {
  type Cost = { calls: number; cells: number; ms: number };
  const results: Record<number, { list: Cost; ack: Cost; add: Cost }> = {};
  let fake: FakeAppsScript;
  afterEach(() => tearDown(fake));

  it.each([1_000, 20_000])(
    "reads only the last day of a log of %i entries, and acknowledges and adds in a few calls",
    (count) => {
      fake = setUp({ sheets: { Résidents: [["Nom"], ["Martin Léa"]] } }, NOW);
      const entries = buildLog(fake, count);
      listHandovers({ since: "2026-11-24" }); // warm the zone caches
      const list = measure(fake, () => {
        const found = listHandovers({ since: "2026-11-24" });
        expect(found.map((e) => e.id)).toEqual(
          entries
            .slice(-PER_DAY)
            .reverse()
            .map((e) => e.id),
        );
      });
      expect(list.cells).toBeLessThanOrEqual((PER_DAY + 2) * WIDTH + WIDTH + 10);
      const ack = measure(fake, () => acknowledgeHandover(entries[entries.length - 5]?.id));
      expect(ack.cells).toBeLessThan((PER_DAY + 2) * WIDTH + WIDTH + 10);
      const add = measure(fake, () => addHandover({ ...INPUT, data: "Nouvelle." }));
      results[count] = { list, ack, add };
    },
    60_000,
  );

  it("stays flat: 20,000 entries cost what 1,000 cost (calls equal, cells within 1.2×)", () => {
    const small = results[1_000];
    const large = results[20_000];
    expect(small && large).toBeTruthy();
    if (!small || !large) return;
    for (const op of ["list", "ack", "add"] as const) {
      expect(`${op}: ${large[op].calls} calls`).toBe(`${op}: ${small[op].calls} calls`);
      expect(large[op].cells).toBeLessThanOrEqual(Math.ceil(small[op].cells * 1.2));
    }
    process.stderr.write(
      `handover log — 1,000 / 20,000 entries: listHandovers(last day) ${small.list.calls}/${large.list.calls} calls, ` +
        `${small.list.cells}/${large.list.cells} cells; acknowledgeHandover ${small.ack.calls}/${large.ack.calls} calls; ` +
        `addHandover ${small.add.calls}/${large.add.calls} calls\n`,
    );
  });

  it("a lost day index or a sorted tab costs one read of the ID column, then the index is healed", () => {
    fake = setUp({ sheets: { Résidents: [["Nom"], ["Martin Léa"]] } }, NOW);
    const entries = buildLog(fake, 5_000);
    for (const key of fake.properties.document.getKeys()) {
      if (key.startsWith("releve.handovers.")) fake.properties.document.deleteProperty(key);
    }
    const lastDays = entries
      .slice(-5 * PER_DAY)
      .reverse()
      .map((e) => e.id);
    const lost = measure(fake, () => {
      expect(listHandovers({ since: "2026-11-20" }).map((e) => e.id)).toEqual(lastDays);
    });
    expect(lost.cells).toBeLessThan(5_000 + 6 * PER_DAY * WIDTH + 2 * WIDTH);
    const healed = measure(fake, () => {
      expect(listHandovers({ since: "2026-11-20" }).map((e) => e.id)).toEqual(lastDays);
    });
    expect(healed.calls).toBeLessThanOrEqual(lost.calls);
    expect(healed.cells).toBeLessThan(5 * PER_DAY * WIDTH + 3 * WIDTH);

    const sheet = handoverTab(fake);
    sheet.setFrozenRows(1);
    sheet.sort(2, false);
    const sorted = measure(fake, () => {
      expect(listHandovers({ since: "2026-11-20" }).map((e) => e.id)).toEqual(lastDays);
    });
    expect(sorted.calls).toBeLessThanOrEqual(lost.calls + 2);
  });
});
