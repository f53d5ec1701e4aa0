// Handover log benchmark: listHandovers for the last day on logs of 1,000 and 100,000 entries (calls, cells, time).
import { listHandovers } from "../../src/gas/main";
import { createFakeAppsScript } from "../../tests/fakes";
import { buildHandoverLog, measureReads } from "../../tests/gas/handovers-log";
import { table } from "./measure";

const PER_DAY = 20;

/** Runs the handover log benchmark and returns its table. */
export function benchHandovers(): string {
  const rows: string[][] = [];
  const figures: Array<{ calls: number; cells: number; ms: number }> = [];
  for (const count of [1_000, 100_000]) {
    const fake = createFakeAppsScript({
      userEmail: "lea@example.org",
      sheets: { Résidents: [["Nom"], ["Martin Léa"]] },
    });
    fake.install();
    try {
      const now = Date.now();
      buildHandoverLog(fake, count, now, PER_DAY);
      const since = new Date(now - 86_400_000).toISOString().slice(0, 10);
      listHandovers({ since }); // warm the zone caches
      const runs = [0, 1, 2, 3, 4].map(() => measureReads(fake, () => listHandovers({ since })));
      runs.sort((a, b) => a.ms - b.ms);
      const mid = runs[2] ?? runs[0];
      if (!mid) continue;
      figures.push(mid);
      rows.push([count.toLocaleString("en"), String(mid.calls), String(mid.cells), mid.ms.toFixed(1)]);
    } finally {
      fake.uninstall();
    }
  }
  const [small, large] = figures;
  const ratio =
    small && large
      ? `\n100,000 vs 1,000 entries: cells ×${(large.cells / small.cells).toFixed(2)}, time ×${(large.ms / small.ms).toFixed(2)}`
      : "";
  return `${table(["log entries", "service calls", "cells read", "ms (fake)"], rows)}${ratio}`;
}
