// The cost of reading the last day stays flat as the log grows (1,000 vs 100,000 entries), via the day index.
import {
  entryToRow,
  type HandoverEntry,
  headerRow,
  monthKeyOf,
  parseMonthIndex,
  recordDay,
} from "../../src/core/handovers";
import { isoSecondsWithOffset, zone } from "../../src/core/time";
import { acknowledgeHandover, listHandovers } from "../../src/gas/main";
import type { FakeAppsScript } from "../fakes";
import { FakeRange } from "../fakes/range";
import { setUp, tearDown } from "./handovers-setup";

const paris = zone("Europe/Paris");
const PER_DAY = 20;
const NOW = "2026-11-24T21:30:00+01:00";

/** Builds (test side, uncounted) a Transmissions tab of `count` entries, PER_DAY a day up to today, and its day index. */
function buildLog(fake: FakeAppsScript, count: number): HandoverEntry[] {
  const end = new Date(NOW).getTime();
  const days = Math.ceil(count / PER_DAY);
  const entries: HandoverEntry[] = [];
  for (let i = 0; i < count; i++) {
    const day = days - 1 - Math.floor(i / PER_DAY);
    const ms = end - day * 86_400_000 - (PER_DAY - (i % PER_DAY)) * 600_000;
    const iso = isoSecondsWithOffset(ms, paris);
    entries.push({
      id: `${iso.slice(0, 10).replace(/-/g, "")}-${iso.slice(11, 19).replace(/:/g, "")}-${i.toString(16).padStart(6, "0")}`,
      writtenAt: iso,
      author: "lea@example.org",
      shift: "soir",
      person: "Martin Léa",
      category: "Santé",
      severity: i % 7 === 0 ? "urgent" : "info",
      data: `Observation ${i}`,
      readBy: [],
    });
  }
  const sheet = fake.spreadsheet.addSheetWithValues("Transmissions", [headerRow("fr")]);
  sheet.addDeveloperMetadata("releve.role", "handovers");
  sheet.insertRowsAfter(sheet.getMaxRows(), count);
  sheet.getRange(2, 1, count, headerRow("fr").length).setValues(entries.map((e) => entryToRow(e, "fr")));
  const props = fake.properties.document;
  entries.forEach((e, i) => {
    const day = paris.toWall(Math.floor(new Date(e.writtenAt).getTime() / 60000)).day;
    const next = recordDay(parseMonthIndex(props.getProperty(monthKeyOf(day))), day, i + 2);
    if (next) props.setProperty(monthKeyOf(day), JSON.stringify(next));
  });
  return entries;
}

/** Calls and cells read by `fn`. */
function measure(fake: FakeAppsScript, fn: () => unknown): { calls: number; cells: number; ms: number } {
  let cells = 0;
  const getValues = FakeRange.prototype.getValues;
  const getValue = FakeRange.prototype.getValue;
  const spyValues = jest.spyOn(FakeRange.prototype, "getValues").mockImplementation(function (
    this: FakeRange,
  ) {
    cells += this.numRows * this.numCols;
    return getValues.call(this);
  });
  const spyValue = jest.spyOn(FakeRange.prototype, "getValue").mockImplementation(function (this: FakeRange) {
    cells += 1;
    return getValue.call(this);
  });
  fake.calls.reset();
  const start = performance.now();
  fn();
  const ms = performance.now() - start;
  spyValues.mockRestore();
  spyValue.mockRestore();
  return { calls: fake.calls.total(), cells, ms };
}

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
