// The demo workbook's briefing of a date, composed as the add-on composes it at 07:05 that morning.
import { join } from "node:path";
import { RESIDENTS } from "../../../scripts/demo/handovers";
import { readXlsxSnapshot } from "../../../src/cli/xlsx-snapshot";
import { type BriefingModel, briefingOfWorkbook, entriesOfSnapshot } from "../../../src/core/briefing";
import { zone } from "../../../src/core/time";
import type { WorkbookSnapshot } from "../../../src/core/workbook";

/** The committed demo workbook (tests/cli/demo.test.ts keeps it current). */
export const DEMO_WORKBOOK = join(__dirname, "../../../examples/foyer-demo.xlsx");

let snapshot: Promise<WorkbookSnapshot> | null = null;

/** The demo's snapshot, read once per test file. */
export function demoSnapshot(): Promise<WorkbookSnapshot> {
  snapshot ??= readXlsxSnapshot(DEMO_WORKBOOK).then((r) => r.snapshot);
  return snapshot;
}

/** The demo's briefing of `date` as generated at 07:05 that day, and the names the minimal e-mail must not show. */
export async function demoBriefing(date: string): Promise<{ model: BriefingModel; privateNames: string[] }> {
  const snap = await demoSnapshot();
  const { model } = briefingOfWorkbook(snap, { date, nowMs: Date.parse(`${date}T07:05:00+01:00`) });
  const persons = entriesOfSnapshot(snap, zone("Europe/Paris")).map((e) => e.person);
  return {
    model,
    privateNames: [...RESIDENTS.map((r) => r.name), ...persons.filter((p) => p !== "Service")],
  };
}
