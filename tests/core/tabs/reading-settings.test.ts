// The settings that correct a reading: `année` and `lecture.<onglet>.<clé>`, read into Settings and used by the reader.
import { checkWorkbook } from "../../../src/core/check/check";
import { parseSettingsTab } from "../../../src/core/tabs/settings-tab";
import type { CellValue, WorkbookSnapshot } from "../../../src/core/workbook";

const parse = (rows: CellValue[][]) => parseSettingsTab([["clé", "valeur"], ...rows], "Paramètres", "fr");

describe("reading settings", () => {
  test("année and lecture.<onglet>.<clé> (French and English keys) set the year and the tab's corrections", () => {
    const { settings, findings } = parse([
      ["année", 2025],
      ["lecture.Planning Nuit.mois", "2026-11"],
      ["lecture.Planning Nuit.noms", "B+C"],
      ["lecture.Planning Nuit.ligne des jours", 4],
      ["reading.Rota.layout", "shift-list"],
      ["lecture.Trame.début", "05/01/2026"],
      ["lecture.Notes.ignorer", "oui"],
    ]);
    expect(findings).toEqual([]);
    expect(settings.year).toBe(2025);
    expect(settings.reading).toEqual({
      "planning nuit": { month: { month: 11, year: 2026 }, nameColumns: [1, 2], dayRow: 3 },
      rota: { layout: "shift-list" },
      trame: { start: "2026-01-05" },
      notes: { ignore: true },
    });
  });

  test("a bad value is a bad-setting error on its cell, the rest still read", () => {
    const { settings, findings } = parse([
      ["lecture.Nuit.mois", "bientôt"],
      ["lecture.Nuit.noms", "B+C"],
    ]);
    expect(findings.map((f) => `${f.ruleId} ${f.severity} ${f.cells.join()}`)).toEqual([
      "bad-setting error B2",
    ]);
    expect(settings.reading.nuit).toEqual({ nameColumns: [1, 2] });
  });

  test("a tab without month or year is read once the coordinator gives them", () => {
    const grid: CellValue[][] = [
      ["Nom", 1, 2, 3, 4, 5],
      ["Martin Léa", "M", "S", "", "", "N"],
    ];
    const book = (settings: CellValue[][]): WorkbookSnapshot => ({
      tabs: [
        { name: "Planning", values: grid },
        { name: "Paramètres", values: [["clé", "valeur"], ...settings] },
      ],
      locale: "fr_FR",
      timeZone: "Europe/Paris",
      dateBasis: "utc",
    });
    const before = checkWorkbook(book([]));
    expect(before.timeline.tabs[0]?.status).toBe("undated");
    expect(before.timeline.persons).toEqual([]);
    const after = checkWorkbook(book([["lecture.Planning.mois", "novembre 2026"]]));
    expect(after.timeline.tabs[0]).toMatchObject({ status: "read", people: 1 });
    expect(
      after.timeline.persons[0]?.sequences.map((s) => s.day - (after.timeline.tabs[0]?.firstDay ?? 0)),
    ).toEqual([0, 1, 4]);
    expect(after.findings.filter((f) => f.ruleId === "bad-layout" || f.ruleId === "unread-tab")).toEqual([]);
  });
});
