// Test plannings for "Qui peut remplacer ?": a November 2026 grid (1st = Sunday) and an `Équipe` tab, checked.
import { type CheckResult, checkWorkbook } from "../../../src/core/check/check";
import { nameKey } from "../../../src/core/planning/names";
import type { Person } from "../../../src/core/planning/types";
import type { PresetId } from "../../../src/core/settings";
import type { CellValue, WorkbookSnapshot } from "../../../src/core/workbook";

/** The planning tab's name. */
export const TAB = "Novembre 2026";
const DAYS = 30;

/** Weekday of a November 2026 day (Monday = 0 … Sunday = 6; the 1st is a Sunday). */
export const weekdayOfNov = (day: number): number => (day + 5) % 7;

/** A row of 30 codes: `weekdays` on Monday–Friday, `weekend` on Saturday and Sunday, then `overrides` by day. */
export function row(weekdays: string, weekend: string, overrides: Record<number, string> = {}): string[] {
  return Array.from({ length: DAYS }, (_, i) => {
    const day = i + 1;
    return overrides[day] ?? (weekdayOfNov(day) < 5 ? weekdays : weekend);
  });
}

/** One member of the staff tab: name, qualification, weekly hours. */
export type StaffRow = [string, string, number];

/** A workbook with the November grid (Nom | Fonction | 1…30) and, when given, an `Équipe` tab. */
export function workbook(rows: Record<string, string[]>, staff: StaffRow[] = []): WorkbookSnapshot {
  const header: CellValue[] = ["Nom", "Fonction", ...Array.from({ length: DAYS }, (_, i) => i + 1)];
  const grid: CellValue[][] = [header];
  for (const [name, codes] of Object.entries(rows)) grid.push([name, "", ...codes]);
  const tabs = [{ name: TAB, values: grid }];
  if (staff.length > 0)
    tabs.push({ name: "Équipe", values: [["Nom", "Fonction", "Heures/semaine"], ...staff] as CellValue[][] });
  return { tabs, locale: "fr_FR", timeZone: "Europe/Paris", dateBasis: "utc" };
}

/** The workbook checked as the CLI does (the input of `findReplacements`). */
export function checked(
  rows: Record<string, string[]>,
  staff: StaffRow[] = [],
  preset?: PresetId,
): CheckResult {
  return checkWorkbook(workbook(rows, staff), preset ? { preset } : {});
}

/** A month grid tab (`Octobre 2026`…) of `days` day columns, rows by name. */
export function monthTab(
  name: string,
  days: number,
  rows: Record<string, string[]>,
): { name: string; values: CellValue[][] } {
  const values: CellValue[][] = [["Nom", "Fonction", ...Array.from({ length: days }, (_, i) => i + 1)]];
  for (const [person, codes] of Object.entries(rows)) values.push([person, "", ...codes.slice(0, days)]);
  return { name, values };
}

/** A workbook of several month tabs and an optional `Équipe` tab, checked. */
export function checkedMonths(
  tabs: Array<{ name: string; values: CellValue[][] }>,
  staff: StaffRow[] = [],
  preset?: PresetId,
): CheckResult {
  const all = [...tabs];
  if (staff.length > 0)
    all.push({ name: "Équipe", values: [["Nom", "Fonction", "Heures/semaine"], ...staff] as CellValue[][] });
  const snapshot: WorkbookSnapshot = {
    tabs: all,
    locale: "fr_FR",
    timeZone: "Europe/Paris",
    dateBasis: "utc",
  };
  return checkWorkbook(snapshot, preset ? { preset } : {});
}

/**
 * The workbook checked with, in the timeline, a person whose row holds nothing this month (no sequence, no mark) —
 * what the planning reader gives for an empty row. Today's reader drops such a row, so the person is added as it
 * will give it; once the reader keeps them, they are taken as read. Returned with the workbook, which places them.
 */
export function checkedWithEmptyRow(
  rows: Record<string, string[]>,
  emptyName: string,
  staff: StaffRow[] = [],
): CheckResult & { workbook: WorkbookSnapshot } {
  const snapshot = workbook({ ...rows, [emptyName]: Array.from({ length: DAYS }, () => "") }, staff);
  const result = checkWorkbook(snapshot);
  if (!result.timeline.persons.some((p) => p.name === emptyName)) {
    const empty: Person = { key: nameKey(emptyName), name: emptyName, sequences: [], marks: [] };
    result.timeline = { ...result.timeline, persons: [...result.timeline.persons, empty] };
  }
  return { ...result, workbook: snapshot };
}
