// Handover log benchmark under the fake: listHandovers (last day), loadInbox, addHandover and acknowledgeHandover
// on logs of 1,000, 5,000 and 100,000 entries, in the order written and sorted newest first (calls, cells, time).
import { acknowledgeHandover, addHandover, listHandovers, loadInbox } from "../../src/gas/main";
import { createFakeAppsScript, type FakeAppsScript } from "../../tests/fakes";
import { buildHandoverLog, measureReads } from "../../tests/gas/handovers-log";
import { table } from "./measure";

const PER_DAY = 20;

type Cost = { calls: number; cells: number; ms: number };

/** The median run of `fn` (5 runs). */
function median(fake: FakeAppsScript, fn: () => unknown): Cost {
  const runs = [0, 1, 2, 3, 4].map(() => measureReads(fake, fn));
  runs.sort((a, b) => a.ms - b.ms);
  return runs[2] ?? (runs[0] as Cost);
}

/** Runs the handover log benchmark and returns its table. */
export function benchHandovers(): string {
  const rows: string[][] = [];
  for (const count of [1_000, 5_000, 100_000]) {
    for (const sorted of count === 5_000 ? [false, true] : [false]) {
      const fake = createFakeAppsScript({
        userEmail: "lea@example.org",
        sheets: { Résidents: [["Nom"], ["Martin Léa"]] },
      });
      fake.install();
      try {
        const now = Date.now();
        const entries = buildHandoverLog(fake, count, now, PER_DAY);
        if (sorted) {
          const tab = fake.spreadsheet.getSheetByName("Transmissions");
          tab?.setFrozenRows(1);
          tab?.sort(2, false);
        }
        const since = new Date(now - 86_400_000).toISOString().slice(0, 10);
        listHandovers({ since }); // warm the zone caches (and, sorted, find out the order once)
        const label = `${count.toLocaleString("en")}${sorted ? " sorted newest first" : ""}`;
        const ops: Array<[string, () => unknown]> = [
          ["listHandovers (last day)", () => listHandovers({ since })],
          ["loadInbox", () => loadInbox()],
          ["acknowledgeHandover", () => acknowledgeHandover(entries[entries.length - 3]?.id)],
          [
            "addHandover",
            () => addHandover({ person: "Martin Léa", category: "Santé", severity: "info", data: "x" }),
          ],
        ];
        for (const [name, fn] of ops) {
          const m = median(fake, fn);
          rows.push([label, name, String(m.calls), String(m.cells), m.ms.toFixed(1)]);
        }
      } finally {
        fake.uninstall();
      }
    }
  }
  return table(["log entries", "operation", "service calls", "cells read", "ms (fake)"], rows);
}
