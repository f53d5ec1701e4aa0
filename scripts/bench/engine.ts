// Engine benchmark: parse (readPlannings) and check (runRules) times on synthetic plannings, and their growth.
import { defaultLegend } from "../../src/core/planning/legend";
import { readPlannings } from "../../src/core/planning/read";
import { runRules } from "../../src/core/rules/registry";
import { defaultSettings } from "../../src/core/settings";
import { median, table } from "./measure";
import { syntheticWorkbook } from "./synthetic";

/** Runs the engine benchmark and returns its table. */
export function benchEngine(): string {
  const settings = defaultSettings();
  const legend = defaultLegend("fr");
  const rows: string[][] = [];
  const sizes: Array<[number, number]> = [
    [30, 1],
    [300, 3],
    [150, 12],
    [300, 12],
    [600, 12],
  ];
  const totals = new Map<string, number>();
  for (const [people, months] of sizes) {
    const snapshot = syntheticWorkbook(people, months);
    let shifts = 0;
    let findings = 0;
    const parse = median(7, () => {
      const t = readPlannings(snapshot, { legend, settings, skipTabs: new Set(), lang: "fr" });
      shifts = t.persons.reduce((n, p) => n + p.sequences.length, 0);
      return t;
    });
    const timeline = readPlannings(snapshot, { legend, settings, skipTabs: new Set(), lang: "fr" });
    const check = median(7, () => {
      findings = runRules({ timeline, settings, staff: [], lang: "fr" }).length;
    });
    const days = timeline.plannedRanges.reduce((n, [a, b]) => n + b - a + 1, 0);
    totals.set(`${people}x${months}`, parse + check);
    rows.push([
      `${people} × ${days}`,
      String(shifts),
      String(findings),
      parse.toFixed(1),
      check.toFixed(1),
      (parse + check).toFixed(1),
      (check / parse).toFixed(2),
    ]);
  }
  const growth = (totals.get("600x12") ?? 0) / (totals.get("300x12") ?? 1);
  return `${table(["people × days", "shifts", "findings", "parse ms", "check ms", "total ms", "check/parse"], rows)}\n2× people (300 → 600, one year): ${growth.toFixed(2)}× time`;
}
