// Engine benchmark: parse (readPlannings) and check (runRules) times on synthetic plannings, and their growth.
import { performance } from "node:perf_hooks";
import { defaultLegend } from "../../src/core/planning/legend";
import { readPlannings } from "../../src/core/planning/read";
import type { Timeline } from "../../src/core/planning/types";
import { runRules } from "../../src/core/rules/registry";
import { defaultSettings } from "../../src/core/settings";
import type { WorkbookSnapshot } from "../../src/core/workbook";
import { table } from "./measure";
import { syntheticWorkbook } from "./synthetic";

const RUNS = 7;
const settings = defaultSettings();
const legend = defaultLegend("fr");
const read = (snapshot: WorkbookSnapshot): Timeline =>
  readPlannings(snapshot, { legend, settings, skipTabs: new Set(), lang: "fr" });

/** Median parse and check times over fresh timelines (the rules cache per timeline, so each run gets a new one). */
function measure(snapshot: WorkbookSnapshot): {
  parse: number;
  check: number;
  shifts: number;
  findings: number;
} {
  const parses: number[] = [];
  const checks: number[] = [];
  let shifts = 0;
  let findings = 0;
  for (let i = 0; i < RUNS + 2; i++) {
    const t0 = performance.now();
    const timeline = read(snapshot);
    const t1 = performance.now();
    findings = runRules({ timeline, settings, staff: [], lang: "fr", legend }).length;
    const t2 = performance.now();
    shifts = timeline.persons.reduce((n, p) => n + p.sequences.length, 0);
    if (i >= 2) {
      parses.push(t1 - t0);
      checks.push(t2 - t1);
    }
  }
  const mid = (xs: number[]) => xs.sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? 0;
  return { parse: mid(parses), check: mid(checks), shifts, findings };
}

/** Runs the engine benchmark and returns its table. */
export function benchEngine(): string {
  const sizes: Array<[number, number]> = [
    [30, 1],
    [300, 3],
    [150, 12],
    [300, 12],
    [600, 12],
  ];
  const rows: string[][] = [];
  const totals = new Map<string, number>();
  for (const [people, months] of sizes) {
    const snapshot = syntheticWorkbook(people, months);
    const { parse, check, shifts, findings } = measure(snapshot);
    const days = read(snapshot).plannedRanges.reduce((n, [a, b]) => n + b - a + 1, 0);
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
