// xlsx benchmark: writes a 300-person × 1-year workbook, then times reading it (exceljs + snapshot) and checking it.
import { spawnSync } from "node:child_process";
import { mkdtempSync, rmSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { performance } from "node:perf_hooks";
import ExcelJS from "exceljs";
import { loadXlsx, snapshotOfWorkbook } from "../../src/cli/xlsx-snapshot";
import { checkWorkbook } from "../../src/core/check/check";
import { table } from "./measure";
import { syntheticWorkbook } from "./synthetic";

/** Options of `benchXlsx`. */
export interface XlsxBenchOptions {
  people?: number;
  months?: number;
  /** Timed runs per step (the median is reported). */
  runs?: number;
}

/** The measured times, in ms (medians), and the file. */
export interface XlsxBenchResult {
  people: number;
  days: number;
  fileBytes: number;
  shifts: number;
  findings: number;
  loadMs: number;
  snapshotMs: number;
  checkMs: number;
  /** `releve check --json` end to end in a child process (Node start-up included), when the CLI is built. */
  commandMs: number | null;
  /** (load + snapshot) / (load + snapshot + check). */
  readShare: number;
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

/**
 * Writes a synthetic workbook (monthly grids, `people` × `months`, default 300 × 12) to a temporary .xlsx, times
 * exceljs loading, the snapshot, the check and the whole command, and returns the figures with a text table.
 */
export async function benchXlsx(options: XlsxBenchOptions = {}): Promise<XlsxBenchResult> {
  const people = options.people ?? 300;
  const months = options.months ?? 12;
  const runs = options.runs ?? 3;
  const dir = mkdtempSync(join(tmpdir(), "releve-bench-"));
  try {
    const source = syntheticWorkbook(people, months);
    const book = new ExcelJS.Workbook();
    for (const tab of source.tabs) book.addWorksheet(tab.name).addRows(tab.values);
    const path = join(dir, `bench-${people}x${months}.xlsx`);
    await book.xlsx.writeFile(path);

    let workbook = await loadXlsx(path);
    const loadMs = await medianAsync(runs, async () => {
      workbook = await loadXlsx(path);
    });
    let snapshot = snapshotOfWorkbook(workbook);
    const snapshotMs = await medianAsync(runs, () => {
      snapshot = snapshotOfWorkbook(workbook);
    });
    let result = checkWorkbook(snapshot);
    const checkMs = await medianAsync(runs, () => {
      result = checkWorkbook(snapshot);
    });
    const bin = join(__dirname, "..", "..", "bin", "releve.cjs");
    const built = join(__dirname, "..", "..", "dist", "cli", "releve.cjs");
    let commandMs: number | null = null;
    try {
      statSync(built);
      commandMs = await medianAsync(runs, () => spawnSync(process.execPath, [bin, "check", path, "--json"]));
    } catch {
      commandMs = null;
    }
    const days = result.timeline.plannedRanges.reduce((n, [a, b]) => n + b - a + 1, 0);
    const readMs = loadMs + snapshotMs;
    const readShare = readMs / (readMs + checkMs);
    const fileBytes = statSync(path).size;
    const shifts = result.summary.shifts;
    const findings = result.findings.length;
    const text = table(
      [
        "people × days",
        "xlsx KB",
        "shifts",
        "load ms",
        "snapshot ms",
        "check ms",
        "read share",
        "command ms",
      ],
      [
        [
          `${people} × ${days}`,
          (fileBytes / 1024).toFixed(0),
          String(shifts),
          loadMs.toFixed(0),
          snapshotMs.toFixed(0),
          checkMs.toFixed(0),
          `${(readShare * 100).toFixed(0)} %`,
          commandMs === null ? "(not built)" : commandMs.toFixed(0),
        ],
      ],
    );
    const summary = `${text}\nReading the xlsx takes ${(readMs / checkMs).toFixed(1)}× the time of the check.`;
    return {
      people,
      days,
      fileBytes,
      shifts,
      findings,
      loadMs,
      snapshotMs,
      checkMs,
      commandMs,
      readShare,
      table: summary,
    };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
