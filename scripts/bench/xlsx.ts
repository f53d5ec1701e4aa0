// Workbook-file benchmark: the reader's speed on generated .xlsx workbooks, the check, and `releve check` cold.
import { spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, rmSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { performance } from "node:perf_hooks";
import ExcelJS from "exceljs";
import { readXlsxSnapshot } from "../../src/cli/xlsx-snapshot";
import { checkWorkbook } from "../../src/core/check/check";
import { table } from "./measure";
import { syntheticWorkbook } from "./synthetic";

/** Options of `benchXlsx`. */
export interface XlsxBenchOptions {
  /** People of the planning workbook (checked) and of the large one (only read). */
  people?: number;
  largePeople?: number;
  months?: number;
  /** Timed runs per step (the median is reported). */
  runs?: number;
}

/** The figures of one workbook. */
export interface XlsxBenchRow {
  label: string;
  fileBytes: number;
  cells: number;
  readMs: number;
  checkMs: number | null;
  /** `releve check --json` end to end in a child process (Node start-up included), when the CLI is built. */
  commandMs: number | null;
}

/** The measured rows and the text table. */
export interface XlsxBenchResult {
  rows: XlsxBenchRow[];
  /** `releve check examples/foyer-demo.xlsx` cold (median wall time of fresh processes), when built. */
  demoColdMs: number | null;
  table: string;
}

async function medianAsync(runs: number, fn: () => Promise<unknown> | unknown): Promise<number> {
  const times: number[] = [];
  for (let i = 0; i < runs; i += 1) {
    const start = performance.now();
    await fn();
    times.push(performance.now() - start);
  }
  times.sort((a, b) => a - b);
  return times[Math.floor(times.length / 2)] ?? 0;
}

const root = join(__dirname, "..", "..");
const bin = join(root, "bin", "releve.cjs");
const built = existsSync(join(root, "dist", "cli", "releve.cjs"));

/** Writes the synthetic workbook with exceljs's streaming writer (as Excel would store it: shared strings). */
async function writeSynthetic(path: string, people: number, months: number): Promise<number> {
  const writer = new ExcelJS.stream.xlsx.WorkbookWriter({ filename: path, useSharedStrings: true });
  let cells = 0;
  for (const tab of syntheticWorkbook(people, months).tabs) {
    const sheet = writer.addWorksheet(tab.name);
    for (const row of tab.values) {
      sheet.addRow(row).commit();
      cells += row.filter((v) => v !== null && v !== "").length;
    }
    sheet.commit();
  }
  await writer.commit();
  return cells;
}

async function measure(
  dir: string,
  label: string,
  people: number,
  months: number,
  runs: number,
  check: boolean,
): Promise<XlsxBenchRow> {
  const path = join(dir, `bench-${people}x${months}.xlsx`);
  const cells = await writeSynthetic(path, people, months);
  let snapshot = (await readXlsxSnapshot(path)).snapshot;
  const readMs = await medianAsync(runs, async () => {
    snapshot = (await readXlsxSnapshot(path)).snapshot;
  });
  const checkMs = check ? await medianAsync(runs, () => checkWorkbook(snapshot)) : null;
  const commandMs =
    check && built
      ? await medianAsync(runs, () => spawnSync(process.execPath, [bin, "check", path, "--json"]))
      : null;
  return { label, fileBytes: statSync(path).size, cells, readMs, checkMs, commandMs };
}

/**
 * Writes two synthetic workbooks (monthly grids: `people` × `months`, default 300 × 12, checked; and a large one,
 * default 2,500 × 12, about 975,000 cells, just under the reader's limit, only read), times the reader, the check
 * and the whole command, and `releve check` on the demo from a cold start; returns the figures with a text table.
 */
export async function benchXlsx(options: XlsxBenchOptions = {}): Promise<XlsxBenchResult> {
  const people = options.people ?? 300;
  const largePeople = options.largePeople ?? 2_500;
  const months = options.months ?? 12;
  const runs = options.runs ?? 3;
  const dir = mkdtempSync(join(tmpdir(), "releve-bench-"));
  try {
    const rows = [
      await measure(dir, `${people} people × ${months} months`, people, months, runs, true),
      await measure(dir, `${largePeople} people × ${months} months`, largePeople, months, runs, false),
    ];
    const demo = join(root, "examples", "foyer-demo.xlsx");
    const demoColdMs = built
      ? await medianAsync(Math.max(runs, 5), () => spawnSync(process.execPath, [bin, "check", demo]))
      : null;
    const ms = (n: number | null) => (n === null ? "—" : n.toFixed(0));
    const text = table(
      ["workbook", "xlsx KB", "cells", "read ms", "cells/s", "check ms", "command ms"],
      rows.map((r) => [
        r.label,
        (r.fileBytes / 1024).toFixed(0),
        String(r.cells),
        ms(r.readMs),
        `${(((r.cells / r.readMs) * 1000) / 1e6).toFixed(2)} M`,
        ms(r.checkMs),
        ms(r.commandMs),
      ]),
    );
    const cold = demoColdMs === null ? "(CLI not built)" : `${demoColdMs.toFixed(0)} ms`;
    return { rows, demoColdMs, table: `${text}\n\n\`releve check examples/foyer-demo.xlsx\` cold: ${cold}` };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
