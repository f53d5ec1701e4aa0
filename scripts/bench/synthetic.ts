// Synthetic plannings for the benchmarks: monthly people × days grids of a rotating roster, as coordinators write them.
import { monthTitle } from "../../src/core/i18n/format";
import { dayFromParts, daysInMonth, weekdayOf } from "../../src/core/time";
import type { CellValue, WorkbookSnapshot } from "../../src/core/workbook";

const LETTERS = ["L", "M", "M", "J", "V", "S", "D"];
/** Day rotation: 5 working days a week (two of them split), 38 h, two rest days in a row, never S then M. */
const SPLIT = "8h-12h / 16h-20h";
const DAY_CYCLE = ["M", "M", SPLIT, SPLIT, "S", "R", "R"];
/** Night rotation of the night watchers. */
const NIGHT_CYCLE = ["N", "N", "N", "R", "R", "R", "R"];

/** One monthly grid tab: title row, weekday-letter row, header of day numbers, one row per person. */
export function monthTab(
  year: number,
  month: number,
  people: number,
): { name: string; values: CellValue[][] } {
  const days = daysInMonth(year, month);
  const first = dayFromParts(year, month, 1);
  const title: CellValue[] = [`Planning ${monthTitle(month, "fr")} ${year}`];
  const letters: CellValue[] = ["", ""];
  const header: CellValue[] = ["Nom", "Fonction"];
  for (let d = 0; d < days; d++) {
    letters.push(LETTERS[weekdayOf(first + d)] ?? "");
    header.push(d + 1);
  }
  header.push("Total");
  const rows: CellValue[][] = [title, letters, header];
  for (let p = 0; p < people; p++) {
    const night = p % 10 === 9;
    const cycle = night ? NIGHT_CYCLE : DAY_CYCLE;
    const row: CellValue[] = [`NOM${p} Prénom${p}`, night ? "Veilleur" : "Éducateur"];
    for (let d = 0; d < days; d++) row.push(cycle[(first + d + p) % cycle.length] ?? "R");
    row.push("");
    rows.push(row);
  }
  return { name: `${monthTitle(month, "fr")} ${year}`, values: rows };
}

/** A workbook of `months` monthly tabs (from January 2026) for `people` people. */
export function syntheticWorkbook(people: number, months: number): WorkbookSnapshot {
  const tabs = [];
  for (let m = 0; m < months; m++) tabs.push(monthTab(2026 + Math.floor(m / 12), (m % 12) + 1, people));
  return { tabs, locale: "fr_FR", timeZone: "Europe/Paris", dateBasis: "zone" };
}
