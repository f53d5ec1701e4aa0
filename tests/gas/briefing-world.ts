// A fake spreadsheet for the briefing tests: settings, residents, a November planning and a handover log.
import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import type { HandoverEntry } from "../../src/core/handovers";
import { entryToRow, headerRow } from "../../src/core/handovers";
import { civilDate } from "../../src/core/time";
import { STATE_KEY } from "../../src/gas/handovers/log-state";
import { OPEN_KEY } from "../../src/gas/handovers/open-follow-ups";
import { ENTRIES, PARIS, RESIDENTS } from "../core/briefing/fixtures";
import { createFakeAppsScript, type FakeAppsScript, type FakeOptions } from "../fakes";
import { logStateJson } from "./handovers-log";

/** The staff grid of November 2026 (contract §4 layout 1): codes on the 23rd and 24th. */
function planning(): unknown[][] {
  const header: unknown[] = ["Nom", ...Array.from({ length: 30 }, (_, i) => i + 1)];
  const row = (name: string, codes: Record<number, string>): unknown[] => [
    name,
    ...Array.from({ length: 30 }, (_, i) => codes[i + 1] ?? ""),
  ];
  return [
    header,
    row("Martin Léa", { 23: "M", 24: "M" }),
    row("Dubois Paul", { 23: "S", 24: "S" }),
    row("Roux Sophie", { 24: "J" }),
    row("Garcia Karim", { 23: "N", 24: "N" }),
    row("Fontaine Anne", { 24: "CA" }),
  ];
}

/** Settings rows (key, value, explanation); `extra` adds keys or replaces the defaults' values. */
export function settingsRows(extra: Array<[string, string]> = []): unknown[][] {
  const values = new Map<string, string>([
    ["établissement", "MECS Les Tilleuls"],
    ["briefing.destinataires", "coord@example.org, infirmiere@example.org"],
    ["couverture.soir", "2"],
  ]);
  for (const [key, value] of extra) values.set(key, value);
  return [["clé", "valeur", "explication"], ...[...values].map(([k, v]) => [k, v, ""])];
}

/** Older entries to make the log long: one per hour, the last one on 19 November (before the fixtures' days). */
export function oldEntries(count: number): HandoverEntry[] {
  const start = Date.parse("2026-11-19T20:00:00+01:00") - count * 3600_000;
  return Array.from({ length: count }, (_, i) => {
    const ms = start + i * 3600_000;
    const d = new Date(ms);
    const iso = `${d.toISOString().slice(0, 19)}Z`;
    const stamp = d.toISOString().slice(0, 19).replace(/[-:]/g, "").replace("T", "-");
    return {
      id: `${stamp}-old${String(i).padStart(4, "0")}`,
      writtenAt: iso,
      author: "ancien@example.org",
      shift: "matin",
      person: "Service",
      category: "Logistique",
      severity: "info",
      data: `Ancienne transmission ${i}`,
      readBy: [],
    } as HandoverEntry;
  });
}

/** Options of `briefingWorld`. */
export interface WorldOptions extends FakeOptions {
  settings?: Array<[string, string]>;
  /** Older entries before the fixtures (the log's age). */
  old?: number;
  extraEntries?: HandoverEntry[];
  /** A tab named "Briefing" the user made themselves. */
  userBriefingTab?: boolean;
}

/**
 * The fake world, installed on globalThis: tabs Paramètres, Résidents, Novembre 2026, Transmissions (entries
 * sorted by time, the day index and the open follow-up list filled as the handover code keeps them).
 */
export function briefingWorld(options: WorldOptions = {}): FakeAppsScript {
  const fake = createFakeAppsScript({
    userEmail: "coord@example.org",
    editors: ["coord@example.org"],
    ...options,
  });
  fake.spreadsheet.addSheetWithValues("Paramètres", settingsRows(options.settings));
  fake.spreadsheet.addSheetWithValues("Résidents", [
    ["Nom", "Unité", "Actif"],
    ...RESIDENTS.map((r) => [r, "A", "oui"]),
  ]);
  fake.spreadsheet.addSheetWithValues("Novembre 2026", planning());
  const entries = [...oldEntries(options.old ?? 0), ...ENTRIES, ...(options.extraEntries ?? [])].sort(
    (a, b) => Date.parse(a.writtenAt) - Date.parse(b.writtenAt),
  );
  fake.spreadsheet.addSheetWithValues("Transmissions", [
    headerRow("fr"),
    ...entries.map((e) => entryToRow(e, "fr")),
  ]);
  if (options.userBriefingTab)
    fake.spreadsheet.addSheetWithValues("Briefing", [["Mes notes à moi"], ["ne pas effacer"]]);

  // The indexes the handover code maintains: first row of each day (per month), and the open follow-ups.
  const months = new Map<string, Record<string, number>>();
  entries.forEach((e, i) => {
    const local = civilDate(PARIS.toWall(Math.floor(Date.parse(e.writtenAt) / 60000)).day);
    const key = `releve.handovers.days.${local.slice(0, 7)}`;
    const day = String(Number(local.slice(8, 10)));
    const index = months.get(key) ?? {};
    if (index[day] === undefined) index[day] = i + 2;
    months.set(key, index);
  });
  for (const [key, index] of months) fake.properties.document.setProperty(key, JSON.stringify(index));
  const open = entries
    .map((e, i) => ({ e, row: i + 2 }))
    .filter(({ e }) => e.followUpStatus === "open")
    .map(({ e, row }) => `${row}:${e.id}`)
    .join(",");
  fake.properties.document.setProperty(OPEN_KEY, `1|${open}`);
  const tab = fake.spreadsheet.getSheetByName("Transmissions");
  const last = entries[entries.length - 1];
  if (tab && last) fake.properties.document.setProperty(STATE_KEY, logStateJson(tab.getSheetId(), entries));
  fake.install();
  return fake;
}

/** Writes a file under test-output/ (for a reviewer to look at). */
export function saveOutput(name: string, content: string): string {
  const dir = join(__dirname, "..", "..", "test-output");
  mkdirSync(dir, { recursive: true });
  const path = join(dir, name);
  writeFileSync(path, content);
  return path;
}
