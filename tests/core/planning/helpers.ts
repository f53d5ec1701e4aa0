// Test helpers for the planning reader: snapshots from rows, reading with defaults, shifts as readable strings.
import type { Finding } from "../../../src/core/findings";
import { defaultLegend } from "../../../src/core/planning/legend";
import { readPlannings } from "../../../src/core/planning/read";
import type { Legend, Sequence, Timeline } from "../../../src/core/planning/types";
import { defaultSettings, type Settings } from "../../../src/core/settings";
import { civilDate, hhmm } from "../../../src/core/time";
import type { CellValue, DateBasis, TabSnapshot, WorkbookSnapshot } from "../../../src/core/workbook";

/** A snapshot of tabs given as rows. */
export function snapshot(
  tabs: Array<[string, CellValue[][]]>,
  dateBasis: DateBasis = "utc",
): WorkbookSnapshot {
  return {
    tabs: tabs.map(([name, values]): TabSnapshot => ({ name, values })),
    locale: "fr_FR",
    timeZone: "Europe/Paris",
    dateBasis,
  };
}

/** Reads a snapshot with the default legend and settings (overridable). */
export function read(
  snap: WorkbookSnapshot,
  options: { legend?: Legend; settings?: Partial<Settings>; skip?: string[]; lang?: "fr" | "en" } = {},
): Timeline {
  return readPlannings(snap, {
    legend: options.legend ?? defaultLegend(),
    settings: { ...defaultSettings(), ...options.settings },
    skipTabs: new Set(options.skip ?? []),
    lang: options.lang ?? "fr",
  });
}

/** A sequence as `2026-11-24 07:00-14:00 (420 min) M @Tab!B3`. */
export function describe(s: Sequence): string {
  const end = s.endMinute >= 1440 ? `${hhmm(s.endMinute)}+1` : hhmm(s.endMinute);
  return `${civilDate(s.day)} ${hhmm(s.startMinute)}-${end} (${s.end - s.start} min) ${s.code ?? "-"}`;
}

/** Every person's shifts, described, by person name. */
export function shiftsByName(t: Timeline): Record<string, string[]> {
  const out: Record<string, string[]> = {};
  for (const p of t.persons) out[p.name] = p.sequences.map(describe);
  return out;
}

/** Findings as `ruleId person date tab cells`. */
export function brief(findings: readonly Finding[]): string[] {
  return findings.map(
    (f) => `${f.ruleId} ${f.person ?? "-"} ${f.date ?? "-"} ${f.tab ?? "-"} ${f.cells.join(",")}`,
  );
}

/** Day-number header 1..n. */
export function days(n: number): number[] {
  return Array.from({ length: n }, (_, i) => i + 1);
}
