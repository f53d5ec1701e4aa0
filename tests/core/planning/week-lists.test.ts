// Shift lists without dates: rows giving a week (`S41`, `Semaine 41`, `W41`, `41`) and a weekday, dated with the
// year from the week label, the tab name, a title, the setting `année` or the workbook's other dates; else undated.
import { checkWorkbook } from "../../../src/core/check/check";
import { describeHow, describeReason } from "../../../src/core/planning/reading-words";
import { civilDate } from "../../../src/core/time";
import type { CellValue } from "../../../src/core/workbook";
import { brief, read, shiftsByName, snapshot } from "./helpers";

const t = (h: number, m = 0): Date => new Date(Date.UTC(1899, 11, 30, h, m));

/** A shop's list: rows sorted by weekday name (alphabetically), two weeks interleaved, a typed total column. */
function shopRows(): CellValue[][] {
  return [
    ["Nom vendeur ", "Semaine ", "Jour ", "Heure début ", "Heure fin ", "Total jour "],
    ["Julie ", "S41", "DIMANCHE ", null, null, t(0)],
    ["Karim", "S41", "DIMANCHE ", t(10), t(13), t(3)],
    ["Julie ", "S42", "DIMANCHE ", t(10), t(13), t(3)],
    ["Karim", "S42", "DIMANCHE ", null, null, t(0)],
    ["Julie ", "S41", "JEUDI", t(11, 30), t(19), t(7, 30)],
    ["Karim", "S41", "JEUDI", null, null, t(0)],
    ["Julie ", "S42", "JEUDI", t(10), t(19), t(9)],
    // A typed total that is wrong (0:00 for a 9-hour day): never a shift.
    ["Karim", "S42", "JEUDI", t(10), t(19), t(0)],
    ["Julie ", "S41", "LUNDI", t(10), t(19), t(9)],
    ["Karim", "S41", "LUNDI", t(10), t(19), t(9)],
    ["Julie ", "S42", "LUNDI", null, null, t(0)],
    ["Karim", "S42", "LUNDI", t(10, 30), t(19), t(8, 30)],
  ];
}

describe("a list of weeks and weekdays (no dates)", () => {
  test("with the setting `année`, every row falls on its weekday of its ISO week, in any row order", () => {
    const tl = read(snapshot([["Feuil1", shopRows()]]), { settings: { year: 2025 } });
    expect(tl.tabs[0]).toMatchObject({ status: "read", layout: "shift-list", people: 2, shifts: 8 });
    expect(civilDate(tl.tabs[0]?.firstDay ?? 0)).toBe("2025-10-06");
    expect(civilDate(tl.tabs[0]?.lastDay ?? 0)).toBe("2025-10-19");
    expect(shiftsByName(tl)).toEqual({
      Julie: [
        "2025-10-06 10:00-19:00 (540 min) -",
        "2025-10-09 11:30-19:00 (450 min) -",
        "2025-10-16 10:00-19:00 (540 min) -",
        "2025-10-19 10:00-13:00 (180 min) -",
      ],
      Karim: [
        "2025-10-06 10:00-19:00 (540 min) -",
        "2025-10-12 10:00-13:00 (180 min) -",
        "2025-10-13 10:30-19:00 (510 min) -",
        "2025-10-16 10:00-19:00 (540 min) -",
      ],
    });
    // Empty times are days off: counted as rest, never a finding.
    expect(tl.tabs[0]?.notUnderstood).toBe(0);
    expect(tl.readingFindings).toEqual([]);
    expect(describeHow(tl.tabs[0]?.how ?? [], "fr")).toBe(
      "colonnes A, B, C, D, E ; mois : le numéro de semaine ; année : les paramètres",
    );
  });

  test("without a year anywhere the tab is undated, its people apart, and the year is what to supply", () => {
    const tl = read(snapshot([["Feuil1", shopRows()]]));
    expect(tl.tabs[0]).toMatchObject({ status: "undated", layout: "shift-list", shifts: 8 });
    expect(tl.persons).toEqual([]);
    expect(tl.undatedPersons.map((p) => p.name)).toEqual(["Julie", "Karim"]);
    expect(describeReason(tl.tabs[0]?.reason ?? { kind: "empty" }, "Feuil1", "fr")).toContain("« année »");
    expect(brief(tl.readingFindings)).toEqual(["unread-tab - - Feuil1 B1"]);
    // Undated weeks keep their order on provisional days: S42's Monday comes a week after S41's.
    const julie = tl.undatedPersons[0]?.sequences.map((s) => s.day) ?? [];
    expect(julie[2] ?? 0).toBe((julie[0] ?? 0) + 10);
  });

  test("the year comes from a title above the list, or from the tab name", () => {
    const titled = read(snapshot([["Planning", [["Planning vendeurs — automne 2025"], [], ...shopRows()]]]));
    expect(titled.tabs[0]).toMatchObject({ status: "read" });
    expect(civilDate(titled.tabs[0]?.firstDay ?? 0)).toBe("2025-10-06");
    expect(describeHow(titled.tabs[0]?.how ?? [], "fr")).toContain("année : un titre au-dessus des jours");
    const named = read(snapshot([["Vendeurs 2024", shopRows()]]));
    expect(civilDate(named.tabs[0]?.firstDay ?? 0)).toBe("2024-10-07");
  });

  test("the year comes from the workbook's other dates: the one placing the weeks nearest them", () => {
    const tl = read(
      snapshot([
        ["Feuil1", shopRows()],
        // A list of days off typed as dates, late in 2025: S41 is in October 2025, not in 2024 or 2026.
        [
          "Congés",
          [
            ["Nom", "Du"],
            ["Julie", new Date(Date.UTC(2025, 11, 22))],
          ],
        ],
      ]),
    );
    expect(tl.tabs[0]).toMatchObject({ status: "read" });
    expect(civilDate(tl.tabs[0]?.firstDay ?? 0)).toBe("2025-10-06");
    expect(describeHow(tl.tabs[0]?.how ?? [], "fr")).toContain("année : les autres dates du classeur");
  });

  test("week labels written `Semaine 41`, `41`, or with their own year, and `jeudi 29`, are read alike", () => {
    const rows: CellValue[][] = [
      ["Nom", "N° semaine", "Jour", "Début", "Fin"],
      ["Léa Martin", "Semaine 41", "Lundi", "7:00", "14:00"],
      ["Léa Martin", 42, "mardi", "7:00", "14:00"],
      ["Léa Martin", "S43 - 2026", "Mercredi", "14:00", "21:00"],
      ["Léa Martin", "S44", "jeudi 29", "7:00", "14:00"],
    ];
    const tl = read(snapshot([["Équipe", rows]]), { settings: { year: 2026 } });
    expect(shiftsByName(tl)["Léa Martin"]).toEqual([
      "2026-10-05 07:00-14:00 (420 min) -",
      "2026-10-13 07:00-14:00 (420 min) -",
      "2026-10-21 14:00-21:00 (420 min) -",
      "2026-10-29 07:00-14:00 (420 min) -",
    ]);
  });

  test("English: Employee name | Week | Day | Start | End, `W41` and `Week 42`", () => {
    const rows: CellValue[][] = [
      ["Rota 2026"],
      ["Employee name", "Week", "Day", "Start", "End"],
      ["Anna Smith", "W41", "Sunday", "8:00", "16:00"],
      ["Anna Smith", "Week 42", "Monday", "8:00", "16:00"],
      ["Tom Jones", "W41", "Saturday", "", ""],
      ["Tom Jones", "Week 42", "Tuesday", "22:00", "6:00"],
    ];
    const tl = read(snapshot([["Rota", rows]]), { lang: "en" });
    expect(tl.tabs[0]).toMatchObject({ status: "read", people: 2, shifts: 3 });
    expect(shiftsByName(tl)).toEqual({
      "Anna Smith": ["2026-10-11 08:00-16:00 (480 min) -", "2026-10-12 08:00-16:00 (480 min) -"],
      "Tom Jones": ["2026-10-13 22:00-06:00+1 (480 min) -"],
    });
    expect(describeHow(tl.tabs[0]?.how ?? [], "en")).toContain("title");
  });

  test("a week written once above its rows (`Semaine 42` on a line of its own) dates the rows under it", () => {
    const rows: CellValue[][] = [
      ["Nom", "Jour", "Début", "Fin"],
      ["Semaine 41"],
      ["Léa Martin", "Lundi", "7:00", "14:00"],
      ["Paul Bernard", "Lundi", "14:00", "21:00"],
      ["Semaine 42"],
      ["Léa Martin", "Vendredi", "7:00", "14:00"],
    ];
    const tl = read(snapshot([["Planning", rows]]), { settings: { year: 2026 } });
    expect(shiftsByName(tl)).toEqual({
      "Léa Martin": ["2026-10-05 07:00-14:00 (420 min) -", "2026-10-16 07:00-14:00 (420 min) -"],
      "Paul Bernard": ["2026-10-05 14:00-21:00 (420 min) -"],
    });
    expect(tl.readingFindings).toEqual([]);
  });

  test("a weekday with no week anywhere is no date: each row's date is reported, the tab not read", () => {
    const rows: CellValue[][] = [
      ["Nom", "Jour", "Début", "Fin"],
      ["Léa Martin", "Lundi", "7:00", "14:00"],
      ["Léa Martin", "Mardi", "7:00", "14:00"],
    ];
    const tl = read(snapshot([["Planning", rows]]), { settings: { year: 2026 } });
    expect(tl.tabs[0]?.status).toBe("unread");
    expect(brief(tl.readingFindings)).toEqual([
      "bad-time Léa Martin - Planning B2",
      "bad-time Léa Martin - Planning B3",
    ]);
  });

  test("checked once dated: a Sunday ending at 23:00 then the next week's Monday at 4:00 is 5 h of rest", () => {
    const rows: CellValue[][] = [
      ["Nom", "Semaine", "Jour", "Début", "Fin"],
      ["Léa Martin", "S42", "Lundi", "4:00", "12:00"],
      ["Léa Martin", "S41", "Dimanche", "14:00", "23:00"],
    ];
    const result = checkWorkbook({
      locale: "fr_FR",
      timeZone: "Europe/Paris",
      dateBasis: "utc",
      tabs: [
        {
          name: "Paramètres",
          values: [
            ["clé", "valeur"],
            ["année", "2026"],
          ],
        },
        { name: "Planning", values: rows },
      ],
    });
    const rest = result.findings.filter((f) => f.ruleId === "daily-rest");
    // Rows out of order, two weeks apart in the list: the rest between S41's Sunday and S42's Monday is checked.
    expect(rest.map((f) => [f.date, f.cells])).toEqual([["2026-10-11", ["D3", "D2"]]]);
  });
});

test("the year of a file named `Planning vendeurs 2025.xlsx` dates a list of weeks, said in the how", () => {
  const rows: CellValue[][] = [
    ["Nom", "Semaine", "Jour", "Début", "Fin"],
    ["Léa Martin", "S41", "Lundi", "7:00", "14:00"],
  ];
  const snap = { ...snapshot([["Feuil1", rows]]), name: "Planning vendeurs 2025.xlsx" };
  const tl = read(snap);
  expect(shiftsByName(tl)["Léa Martin"]).toEqual(["2025-10-06 07:00-14:00 (420 min) -"]);
  expect(describeHow(tl.tabs[0]?.how ?? [], "fr")).toContain("année : le nom du fichier");
  // The setting `année` wins over the file name.
  expect(shiftsByName(read(snap, { settings: { year: 2026 } }))["Léa Martin"]).toEqual([
    "2026-10-05 07:00-14:00 (420 min) -",
  ]);
});

test("a week given by its first day (`W/C | 29/09/2025`, a date cell) dates the weekdays of its rows", () => {
  const rows: CellValue[][] = [
    ["W/C", "Day", "Name", "Start", "End"],
    ["29/09/2025", "Wed", "Anna Smith", "9:00", "17:00"],
    [new Date(Date.UTC(2025, 9, 6)), "Sun", "Anna Smith", "9:00", "13:00"],
  ];
  const tl = read(snapshot([["Rota", rows]]), { lang: "en" });
  expect(tl.tabs[0]).toMatchObject({ status: "read" });
  expect(shiftsByName(tl)["Anna Smith"]).toEqual([
    "2025-10-01 09:00-17:00 (480 min) -",
    "2025-10-12 09:00-13:00 (240 min) -",
  ]);
  expect(describeHow(tl.tabs[0]?.how ?? [], "en")).toBe("columns A, B, C, D, E; month: the cells' dates");
});
