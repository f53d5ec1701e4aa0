// The three planning layouts of contract §4, read without configuration, and the tabs that are not plannings.
import type { CellValue } from "../../../src/core/workbook";
import { brief, days, read, shiftsByName, snapshot } from "./helpers";

/** A November 2026 people × days grid with a few cells filled on given days. */
function novemberGrid(cells: Record<string, Record<number, string>>): CellValue[][] {
  const rows: CellValue[][] = [["Nom", ...days(30)]];
  for (const [name, byDay] of Object.entries(cells)) {
    const row: CellValue[] = [name, ...days(30).map(() => "")];
    for (const [day, text] of Object.entries(byDay)) row[Number(day)] = text;
    rows.push(row);
  }
  return rows;
}

describe("people × days grid", () => {
  test.each(["Novembre 2026", "nov. 26", "11-2026", "Planning nov. 26", "November 2026", "NOVEMBRE 2026"])(
    "the month comes from the tab name %s",
    (tabName) => {
      const t = read(snapshot([[tabName, novemberGrid({ "Martin Léa": { 24: "M", 25: "S" } })]]));
      expect(t.tabs[0]).toMatchObject({ name: tabName, layout: "grid-people-days", people: 1, shifts: 2 });
      expect(shiftsByName(t)).toEqual({
        "Martin Léa": ["2026-11-24 07:00-14:00 (420 min) M", "2026-11-25 14:00-22:00 (480 min) S"],
      });
      expect(t.readingFindings).toEqual([]);
    },
  );

  test("Planning novembre with a title cell Novembre 2026 above the header", () => {
    const values: CellValue[][] = [
      ["Foyer Les Tilleuls", "", "Novembre 2026"],
      [],
      ...novemberGrid({ "Martin Léa": { 3: "N" } }),
    ];
    const t = read(snapshot([["Planning novembre", values]]));
    expect(shiftsByName(t)["Martin Léa"]).toEqual(["2026-11-03 21:00-07:00+1 (600 min) N"]);
  });

  test("a header of real date cells (a week across two months)", () => {
    const week = days(7).map((i) => new Date(Date.UTC(2026, 10, 29 + i, 0, 0)));
    const t = read(
      snapshot([
        [
          "Semaine 49",
          [
            ["Agent", ...week],
            ["Martin Léa", "M", "", "", "", "", "", "J"],
          ],
        ],
      ]),
    );
    expect(t.tabs[0]).toMatchObject({ layout: "grid-people-days" });
    expect(shiftsByName(t)["Martin Léa"]).toEqual([
      "2026-11-30 07:00-14:00 (420 min) M",
      "2026-12-06 09:00-17:00 (480 min) J",
    ]);
  });

  test("text dates like 24/11 and lun. 24/11, the year from the tab name", () => {
    const header = [
      "Nom",
      "lun. 23/11",
      "mar. 24/11",
      "mer. 25/11",
      "jeu. 26/11",
      "ven. 27/11",
      "sam. 28/11",
      "dim. 29/11",
    ];
    const t = read(snapshot([["Semaine 48 - 2026", [header, ["Martin Léa", "", "7h-14h"]]]]));
    expect(shiftsByName(t)["Martin Léa"]).toEqual(["2026-11-24 07:00-14:00 (420 min) -"]);
    const plain = ["Nom", "23/11", "24/11", "25/11", "26/11", "27/11"];
    const t2 = read(snapshot([["Planning 2026", [plain, ["Martin Léa", "", "", "S"]]]]));
    expect(shiftsByName(t2)["Martin Léa"]).toEqual(["2026-11-25 14:00-22:00 (480 min) S"]);
  });

  test("weekday rows, blank rows, sections, a role column, totals and notes do not confuse it", () => {
    const letters = "DLMMJVSDLMMJVSDLMMJVSDLMMJVSDL".split("");
    const values: CellValue[][] = [
      ["PLANNING DU FOYER", "", "Novembre 2026"],
      ["", "", ...letters, ""],
      ["Nom", "Fonction", ...days(30), "Total", "Heures"],
      ["Jours", "", ...letters, "", ""],
      [],
      ["Foyer A"],
      ["MARTIN Léa", "AS", "M", "", "S", ...Array(27).fill(""), "15", "15 h"],
      ["Dupont Marc", "ES", "", "N", ...Array(28).fill(""), "10"],
      [],
      ["Foyer B"],
      ["Nom", "Fonction", ...days(30)],
      ["Bernard Chloé", "IDE", "", "", "", "CV"],
      ["Total présents", "", 1, 1, 1, 1],
      [],
      ["Légende :"],
      ["M", "Matin", "7h-14h"],
      ["Remarque : Dupont en formation", "", "XX"],
    ];
    const t = read(snapshot([["Novembre 2026", values]]));
    expect(t.readingFindings).toEqual([]);
    expect(t.persons.map((p) => `${p.name}/${p.role}`).sort()).toEqual([
      "Bernard Chloé/IDE",
      "Dupont Marc/ES",
      "MARTIN Léa/AS",
    ]);
    expect(shiftsByName(t)).toEqual({
      "MARTIN Léa": ["2026-11-01 07:00-14:00 (420 min) M", "2026-11-03 14:00-22:00 (480 min) S"],
      "Dupont Marc": ["2026-11-02 21:00-07:00+1 (600 min) N"],
      "Bernard Chloé": ["2026-11-04 22:00-07:00+1 (540 min) CV"],
    });
  });

  test("absence and rest codes become day marks, not work", () => {
    const t = read(
      snapshot([["Novembre 2026", novemberGrid({ "Martin Léa": { 1: "CA", 2: "RH", 3: "AM", 4: "M" } })]]),
    );
    const person = t.persons[0];
    expect(person?.sequences).toHaveLength(1);
    expect(person?.marks.map((m) => `${m.day - (person?.marks[0]?.day ?? 0)} ${m.type} ${m.code}`)).toEqual([
      "0 absence CA",
      "1 rest RH",
      "2 absence AM",
    ]);
    expect(person?.marks[0]?.cell).toEqual({ tab: "Novembre 2026", row: 1, col: 1 });
  });
});

describe("days × people grid", () => {
  test("dates down the first column, one column per person, weekday and total columns skipped", () => {
    const values: CellValue[][] = [
      ["Planning novembre 2026"],
      ["Date", "Jour", "Martin Léa", "Dupont Marc", "Total"],
      ["01/11/2026", "dim.", "M", "", "1"],
      ["02/11/2026", "lun.", "S", "N", "2"],
      ["03/11/2026", "mar.", "", "7h-14h", "1"],
      ["Semaine 45"],
      ["04/11/2026", "mer.", "CA", "", "0"],
      ["05/11/2026", "jeu.", "", "", "0"],
    ];
    const t = read(snapshot([["Novembre", values]]));
    expect(t.tabs[0]).toMatchObject({ layout: "grid-days-people", people: 2, shifts: 4 });
    expect(shiftsByName(t)).toEqual({
      "Martin Léa": ["2026-11-01 07:00-14:00 (420 min) M", "2026-11-02 14:00-22:00 (480 min) S"],
      "Dupont Marc": ["2026-11-02 21:00-07:00+1 (600 min) N", "2026-11-03 07:00-14:00 (420 min) -"],
    });
    expect(t.persons.find((p) => p.name === "Martin Léa")?.marks.map((m) => m.code)).toEqual(["CA"]);
  });

  test("day numbers down the column take the month from the tab name", () => {
    const values: CellValue[][] = [
      ["Jour", "Martin Léa"],
      ...days(7).map((d): CellValue[] => [d, d === 3 ? "N" : ""]),
    ];
    const t = read(snapshot([["Décembre 2026", values]]));
    expect(shiftsByName(t)["Martin Léa"]).toEqual(["2026-12-03 21:00-07:00+1 (600 min) N"]);
  });
});

describe("shift list", () => {
  test("French headers, values as text", () => {
    const values: CellValue[][] = [
      ["Date", "Nom", "Début", "Fin", "Code", "Unité"],
      ["24/11/2026", "Martin Léa", "7h", "14h", "", "Foyer A"],
      ["24/11/2026", "Dupont Marc", "21:00", "07:00", "N", "Foyer B"],
      ["25/11/2026", "Martin Léa", "", "", "S", "Foyer A"],
      ["26/11/2026", "Martin Léa", "", "", "CA", ""],
      [],
      ["27/11/2026", "Dupont Marc", "7h30", "12h", "", ""],
      ["27/11/2026", "Dupont Marc", "17h", "21h", "", ""],
    ];
    const t = read(snapshot([["Liste", values]]));
    expect(t.tabs[0]).toMatchObject({ layout: "shift-list", people: 2, shifts: 5 });
    expect(shiftsByName(t)).toEqual({
      "Martin Léa": ["2026-11-24 07:00-14:00 (420 min) -", "2026-11-25 14:00-22:00 (480 min) S"],
      "Dupont Marc": [
        "2026-11-24 21:00-07:00+1 (600 min) N",
        "2026-11-27 07:30-12:00 (270 min) -",
        "2026-11-27 17:00-21:00 (240 min) -",
      ],
    });
    expect(t.persons.find((p) => p.name === "Martin Léa")?.marks.map((m) => m.code)).toEqual(["CA"]);
    expect(t.readingFindings).toEqual([]);
  });

  test("English headers, Date values and numbers (serial dates, day fractions)", () => {
    const values: CellValue[][] = [
      ["Employee", "Date", "Start", "End", "Unit"],
      [
        "Martin Léa",
        new Date(Date.UTC(2026, 10, 24)),
        new Date(Date.UTC(1899, 11, 30, 7)),
        new Date(Date.UTC(1899, 11, 30, 14)),
        "A",
      ],
      ["Martin Léa", 46351, 0.875, 0.2916666667, "A"],
    ];
    const t = read(snapshot([["Shifts", values]]));
    expect(shiftsByName(t)["Martin Léa"]).toEqual([
      "2026-11-24 07:00-14:00 (420 min) -",
      "2026-11-25 21:00-07:00+1 (600 min) -",
    ]);
  });

  test("a Horaire column alone (codes or times), the year of text dates from the tab name", () => {
    const values: CellValue[][] = [
      ["Jour", "Intervenant", "Horaire"],
      ["24/11", "Martin Léa", "M"],
      ["25/11", "Martin Léa", "7h-14h30"],
      ["26/11", "Martin Léa", "RH"],
    ];
    const t = read(snapshot([["Liste 2026", values]]));
    expect(t.tabs[0]?.layout).toBe("shift-list");
    expect(shiftsByName(t)["Martin Léa"]).toEqual([
      "2026-11-24 07:00-14:00 (420 min) M",
      "2026-11-25 07:00-14:30 (450 min) -",
    ]);
    expect(t.persons[0]?.marks.map((m) => m.code)).toEqual(["RH"]);
  });

  test("unreadable dates and times are bad-time errors on their cell", () => {
    const values: CellValue[][] = [
      ["Date", "Salarié", "Début", "Fin"],
      ["bientôt", "Martin Léa", "7h", "14h"],
      ["24/11/2026", "Martin Léa", "25h", "7h"],
      ["25/11/2026", "Martin Léa", "7h", ""],
      ["26/11/2026", "Martin Léa", "7h", "7h"],
      ["27/11/2026", "Martin Léa", "7h", "14h"],
    ];
    const t = read(snapshot([["Liste", values]]));
    expect(brief(t.readingFindings)).toEqual([
      "bad-time Martin Léa 2026-11-24 Liste C3",
      "bad-time Martin Léa 2026-11-25 Liste D4",
      "bad-time Martin Léa 2026-11-26 Liste D5",
      "bad-time Martin Léa - Liste A2",
    ]);
    expect(t.persons[0]?.sequences).toHaveLength(1);
  });
});

describe("tabs that are not read", () => {
  test.each([
    ["month unknown", "Planning", novemberGrid({ "Martin Léa": { 1: "M" } }), "monthUnknown", "B1"],
    [
      "a day twice",
      "Novembre 2026",
      [
        ["Nom", 1, 2, 3, 3, 4, 5],
        ["Martin Léa", "M"],
      ],
      "dayTwice",
      "E1",
    ],
    [
      "days not in order",
      "Novembre 2026",
      [
        ["Nom", 1, 2, 5, 4, 6, 7],
        ["Martin Léa", "M"],
      ],
      "notInOrder",
      "E1",
    ],
    [
      "31 November",
      "Novembre 2026",
      [
        ["Nom", 27, 28, 29, 30, 31],
        ["Martin Léa", "M"],
      ],
      "notADay",
      "F1",
    ],
  ])(
    "a planning whose days cannot be read (%s) is a bad-layout warning, never checked as dated",
    (_, name, values, problem, cell) => {
      const t = read(snapshot([[name, values as CellValue[][]]]));
      expect(t.readingFindings).toHaveLength(1);
      expect(t.readingFindings[0]).toMatchObject({
        ruleId: "bad-layout",
        severity: "warning",
        person: null,
        date: null,
        tab: name,
        cells: [cell],
        details: { problem },
      });
      expect(t.persons).toEqual([]);
      // Without a month the tab is still understood (its people, provisionally dated); other problems leave it unread.
      expect(t.tabs).toMatchObject([
        problem === "monthUnknown"
          ? { name, status: "undated", layout: "grid-people-days", people: 1 }
          : { name, status: "unread", layout: null, people: 0, shifts: 0 },
      ]);
      expect(t.ignoredTabs).toEqual([]);
    },
  );

  test("tabs that are none of the layouts are ignored and listed; a day grid of hours is unread, never silent", () => {
    const notes: CellValue[][] = [["Réunion d'équipe le 24/11"], ["Penser aux commandes"]];
    const stats: CellValue[][] = [
      ["Mois", 1, 2, 3, 4, 5, 6],
      ["Heures", 151, 140, 160, 150, 151, 149],
    ];
    const hours: CellValue[][] = [
      ["Nom", ...days(30)],
      ["Martin Léa", ...days(30).map(() => 7)],
    ];
    const t = read(
      snapshot([
        ["Notes", notes],
        ["Stats 2026", stats],
        ["Heures novembre 2026", hours],
        ["Novembre 2026", novemberGrid({ "Martin Léa": { 1: "M" } })],
      ]),
    );
    expect(t.ignoredTabs).toEqual(["Notes", "Stats 2026"]);
    expect(t.tabs.filter((r) => r.status === "read").map((r) => r.name)).toEqual(["Novembre 2026"]);
    expect(t.tabs.find((r) => r.name === "Heures novembre 2026")?.status).toBe("unread");
    expect(brief(t.readingFindings)).toEqual(["unread-tab - - Heures novembre 2026 B1"]);
  });
});
