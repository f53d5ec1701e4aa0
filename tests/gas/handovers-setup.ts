// Test helpers for the handover server functions: a fake spreadsheet with residents, a fixed clock, tab access.
import { COLUMNS, type HandoverEntry } from "../../src/core/handovers";
import { createFakeAppsScript, type FakeAppsScript, type FakeOptions, type FakeSheet } from "../fakes";

/** Residents of the fake's Résidents tab. */
export const RESIDENTS = [
  ["Nom", "Unité", "Actif"],
  ["Martin Léa", "Les Tilleuls", "oui"],
  ["Petit Zoé", "Les Chênes", "oui"],
  ["Bernard Noé", "Les Chênes", "non"],
];

/** A minimal valid input. */
export const INPUT = {
  person: "Martin Léa",
  category: "Santé",
  severity: "info",
  data: "A bien dormi.",
};

/** A fake with a Résidents tab, installed on globalThis; the clock is fixed at `now` (ISO). */
export function setUp(options: FakeOptions = {}, now = "2026-11-24T21:30:00+01:00"): FakeAppsScript {
  const fake = createFakeAppsScript({
    userEmail: "lea@example.org",
    uuidSeed: 7,
    sheets: { Planning: [["Nom", "1"]], Résidents: RESIDENTS },
    ...options,
  });
  fake.install();
  setNow(now);
  return fake;
}

/** Moves the fixed clock. */
export function setNow(iso: string): void {
  jest.spyOn(Date, "now").mockReturnValue(new Date(iso).getTime());
}

/** Uninstalls the fake and restores the clock. */
export function tearDown(fake: FakeAppsScript): void {
  fake.uninstall();
  jest.restoreAllMocks();
}

/** The raw Transmissions tab (test side, uncounted). */
export function handoverTab(fake: FakeAppsScript): FakeSheet {
  const sheet = fake.spreadsheet
    .getSheets()
    .find((s) => s.getDeveloperMetadata().some((m) => m.getValue() === "handovers"));
  if (!sheet) throw new Error("no Transmissions tab");
  return sheet;
}

/** 1-based column of a key. */
export const col = (key: (typeof COLUMNS)[number]): number => COLUMNS.indexOf(key) + 1;

/** The stored value of a cell of the entry row `row` (test side). */
export function cellValue(fake: FakeAppsScript, row: number, key: (typeof COLUMNS)[number]): unknown {
  return handoverTab(fake).cellAt(row, col(key))?.value;
}

/** Only the ids of entries. */
export const ids = (entries: HandoverEntry[]): string[] => entries.map((e) => e.id);
