import { defaultLegend } from "./src/core/planning/legend";
import { readPlannings } from "./src/core/planning/read";
import { defaultSettings } from "./src/core/settings";
import { daysInMonth } from "./src/core/time";
import type { CellValue, WorkbookSnapshot } from "./src/core/workbook";
const MONTHS = ["Janvier","Février","Mars","Avril","Mai","Juin","Juillet","Août","Septembre","Octobre","Novembre","Décembre"];
const CODES = ["M","S","J","N","RH","M","S","CV","7h-14h30","14h-21h30","7h30-12h / 17h-21h","CA","M","S","R"];
function build(people: number): WorkbookSnapshot {
  let seed = 1;
  const rnd = () => ((seed = (seed * 1103515245 + 12345) & 0x7fffffff) / 0x7fffffff);
  const tabs = MONTHS.map((m, i) => {
    const n = daysInMonth(2026, i + 1);
    const values: CellValue[][] = [["Nom", "Fonction", ...Array.from({ length: n }, (_, d) => d + 1), "Total"]];
    for (let p = 0; p < people; p++) {
      const row: CellValue[] = [`Agent${p} Nom${p}`, "AS"];
      for (let d = 0; d < n; d++) row.push(CODES[Math.floor(rnd() * CODES.length)] as string);
      row.push(151);
      values.push(row);
    }
    return { name: `${m} 2026`, values };
  });
  return { tabs, locale: "fr_FR", timeZone: "Europe/Paris", dateBasis: "utc" };
}
const options = { legend: defaultLegend(), settings: defaultSettings(), skipTabs: new Set<string>(), lang: "fr" as const };
for (const people of [300, 600]) {
  const snap = build(people);
  let shifts = 0;
  const times: number[] = [];
  for (let i = 0; i < 12; i++) {
    const c0 = process.cpuUsage();
    const t = readPlannings(snap, options);
    const c1 = process.cpuUsage(c0);
    times.push((c1.user + c1.system) / 1000);
    shifts = t.persons.reduce((n, p) => n + p.sequences.length, 0);
  }
  times.sort((a, b) => a - b);
  console.log(`${people} people × 365 days: ${shifts} sequences; first ${times[times.length-1]?.toFixed(1)} ms (cold max), median ${times[6]?.toFixed(1)} ms, min ${times[0]?.toFixed(1)} ms`);
}
