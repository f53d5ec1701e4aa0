// readPlannings across tabs: one timeline per person, month boundaries, daylight saving, date bases and findings.
import { zone } from "../../../src/core/time";
import type { CellValue } from "../../../src/core/workbook";
import { brief, days, read, shiftsByName, snapshot } from "./helpers";

function monthGrid(n: number, rows: Array<[string, Record<number, string>]>): CellValue[][] {
  return [
    ["Nom", ...days(n)],
    ...rows.map(([name, byDay]): CellValue[] => {
      const row: CellValue[] = [name, ...days(n).map(() => "")];
      for (const [day, text] of Object.entries(byDay)) row[Number(day)] = text;
      return row;
    }),
  ];
}

describe("one timeline per person across tabs", () => {
  test("months in separate tabs join up: a night on the 31st meets the 1st of the next tab", () => {
    const t = read(
      snapshot([
        ["Décembre 2026", monthGrid(31, [["MARTIN Léa", { 31: "N" }]])],
        ["Janvier 2027", monthGrid(31, [["Léa Martin", { 1: "M" }]])],
      ]),
    );
    expect(t.persons).toHaveLength(1);
    const [night, morning] = t.persons[0]?.sequences ?? [];
    expect(shiftsByName(t)["MARTIN Léa"]).toEqual([
      "2026-12-31 21:00-07:00+1 (600 min) N",
      "2027-01-01 07:00-14:00 (420 min) M",
    ]);
    // The night ends at the very minute the morning starts.
    expect(night?.end).toBe(morning?.start);
    expect(night?.cell.tab).toBe("Décembre 2026");
    expect(morning?.cell.tab).toBe("Janvier 2027");
    expect(morning?.personKey).toBe(night?.personKey);
    expect(t.plannedRanges).toHaveLength(1);
  });

  test("two units on the same month: sequences sorted by start, cells in both tabs", () => {
    const t = read(
      snapshot([
        ["Foyer A", [["Planning novembre 2026"], ...monthGrid(30, [["Martin Léa", { 24: "M" }]])]],
        ["IME", [["Novembre 2026"], ...monthGrid(30, [["martin lea", { 24: "J", 23: "S" }]])]],
      ]),
    );
    const seq = t.persons[0]?.sequences ?? [];
    expect(seq.map((s) => `${s.code}@${s.cell.tab}`)).toEqual(["S@IME", "M@Foyer A", "J@IME"]);
    expect(t.persons[0]?.name).toBe("Martin Léa");
    expect(seq.map((s) => s.name)).toEqual(["martin lea", "Martin Léa", "martin lea"]);
  });

  test("plannedRanges merges adjacent and overlapping tabs and keeps gaps", () => {
    const t = read(
      snapshot([
        ["Janvier 2027", monthGrid(31, [["A B", { 1: "M" }]])],
        ["Novembre 2026", monthGrid(30, [["A B", { 1: "M" }]])],
        ["Décembre 2026", monthGrid(31, [["A B", { 1: "M" }]])],
        ["Mars 2027", monthGrid(31, [["A B", { 1: "M" }]])],
      ]),
    );
    const z = zone("UTC");
    const civil = (d: number): string => new Date(z.toInstant(d, 0) * 60000).toISOString().slice(0, 10);
    expect(t.plannedRanges.map(([a, b]) => `${civil(a)}..${civil(b)}`)).toEqual([
      "2026-11-01..2027-01-31",
      "2027-03-01..2027-03-31",
    ]);
  });
});

describe("daylight saving (Europe/Paris, 2026)", () => {
  test("a night 21:00→07:00 lasts 9 h on 28→29 March and 11 h on 24→25 October", () => {
    const t = read(
      snapshot([
        ["Mars 2026", monthGrid(31, [["Martin Léa", { 27: "N", 28: "N" }]])],
        ["Octobre 2026", monthGrid(31, [["Martin Léa", { 24: "21h-7h", 25: "21h-7h" }]])],
      ]),
    );
    expect(shiftsByName(t)["Martin Léa"]).toEqual([
      "2026-03-27 21:00-07:00+1 (600 min) N",
      "2026-03-28 21:00-07:00+1 (540 min) N",
      "2026-10-24 21:00-07:00+1 (660 min) -",
      "2026-10-25 21:00-07:00+1 (600 min) -",
    ]);
    expect(t.persons[0]?.sequences.map((s) => s.isNight)).toEqual([true, true, true, true]);
  });
});

describe("exceljs-style and Sheets-style dates give the same shifts", () => {
  const paris = zone("Europe/Paris");
  /** A Sheets Date: the instant of a wall-clock time in Paris (time-only cells on 30/12/1899, PMT +0:09:21). */
  const sheetsDate = (y: number, m: number, d: number, h = 0, min = 0): Date => {
    const wallMs = Date.UTC(y, m - 1, d, h, min);
    const guess = wallMs - paris.offsetAt(Math.floor(wallMs / 60000)) * 60000;
    if (y < 1900) return new Date(wallMs - (9 * 60 + 21) * 1000);
    return new Date(guess);
  };
  const excelDate = (y: number, m: number, d: number, h = 0, min = 0): Date =>
    new Date(Date.UTC(y, m - 1, d, h, min));

  function workbook(make: typeof excelDate): Array<[string, CellValue[][]]> {
    const header = days(7).map((i) => make(2026, 3, 25 + i));
    return [
      [
        "Semaine",
        [
          ["Nom", ...header],
          ["Martin Léa", "", "", "", "N", "M", "", ""],
        ],
      ],
      [
        "Liste",
        [
          ["Date", "Nom", "Début", "Fin"],
          ["Dupont Marc", "", "", ""].map((v, i) =>
            i === 0 ? make(2026, 3, 28) : i === 1 ? "Dupont Marc" : v,
          ),
          [make(2026, 3, 28), "Dupont Marc", make(1899, 12, 30, 21), make(1899, 12, 30, 7)],
          [make(2026, 10, 24), "Dupont Marc", make(1899, 12, 30, 21, 30), make(1899, 12, 30, 7, 15)],
        ],
      ],
    ];
  }

  test("same timeline from both bases", () => {
    const excel = read(snapshot(workbook(excelDate), "utc"));
    const sheets = read(snapshot(workbook(sheetsDate), "zone"));
    expect(brief(excel.readingFindings)).toEqual(brief(sheets.readingFindings));
    expect(shiftsByName(sheets)).toEqual(shiftsByName(excel));
    expect(shiftsByName(excel)).toEqual({
      "Martin Léa": ["2026-03-29 21:00-07:00+1 (600 min) N", "2026-03-30 07:00-14:00 (420 min) M"],
      "Dupont Marc": ["2026-03-28 21:00-07:00+1 (540 min) -", "2026-10-24 21:30-07:15+1 (645 min) -"],
    });
  });
});

describe("reading findings", () => {
  test("unknown-code and bad-time carry the person, the cell's date, the tab and the cell", () => {
    const t = read(
      snapshot([
        ["Novembre 2026", monthGrid(30, [["Martin Léa", { 24: "XX", 25: "25h-7h", 26: "14h30-" }]])],
      ]),
    );
    expect(t.readingFindings).toEqual([
      {
        ruleId: "bad-time",
        severity: "error",
        person: "Martin Léa",
        date: "2026-11-25",
        tab: "Novembre 2026",
        cells: ["Z2"],
        message: "Horaire impossible « 25h-7h » le 25/11 : heure au-delà de 24 h.",
        details: { text: "25h-7h", reason: "hour" },
      },
      {
        ruleId: "bad-time",
        severity: "error",
        person: "Martin Léa",
        date: "2026-11-26",
        tab: "Novembre 2026",
        cells: ["AA2"],
        message: "Horaire impossible « 14h30- » le 26/11 : il manque l'heure de fin.",
        details: { text: "14h30-", reason: "missingEnd" },
      },
      {
        ruleId: "unknown-code",
        severity: "warning",
        person: "Martin Léa",
        date: "2026-11-24",
        tab: "Novembre 2026",
        cells: ["Y2"],
        message: "Code « XX » inconnu le 24/11 : ce n'est ni un code de la légende ni un horaire lisible.",
        details: { text: "XX" },
      },
    ]);
  });

  test("a planning written only in codes the legend lacks is still read, every such cell flagged", () => {
    const t = read(snapshot([["Novembre 2026", monthGrid(30, [["Martin Léa", { 1: "Mat", 2: "Soi" }]])]]));
    expect(t.tabs.map((r) => r.layout)).toEqual(["grid-people-days"]);
    expect(brief(t.readingFindings)).toEqual([
      "unknown-code Martin Léa 2026-11-01 Novembre 2026 B2",
      "unknown-code Martin Léa 2026-11-02 Novembre 2026 C2",
    ]);
  });

  test("messages in English", () => {
    const t = read(snapshot([["November 2026", monthGrid(30, [["Martin Léa", { 23: "M", 24: "XX" }]])]]), {
      lang: "en",
    });
    expect(t.readingFindings[0]?.message).toBe(
      'Unknown code "XX" on 24 Nov: neither a legend code nor a readable time range.',
    );
  });

  test("duplicate-person: the same person on two rows of one tab, both rows' cells", () => {
    const values = monthGrid(30, [
      ["Martin Léa", { 1: "M" }],
      ["Dupont Marc", { 1: "S" }],
      ["MARTIN  LEA", { 2: "M" }],
    ]);
    const t = read(
      snapshot([
        ["Novembre 2026", values],
        ["Décembre 2026", monthGrid(31, [["Martin Léa", { 1: "M" }]])],
      ]),
    );
    expect(t.readingFindings).toEqual([
      {
        ruleId: "duplicate-person",
        severity: "warning",
        person: "Martin Léa",
        date: null,
        tab: "Novembre 2026",
        cells: ["A2", "A4"],
        message: "Martin Léa figure sur plusieurs lignes de l'onglet « Novembre 2026 » (lignes 2, 4).",
        details: { count: 2 },
      },
    ]);
    // Both rows are still read into the one timeline.
    expect(t.persons.find((p) => p.name === "Martin Léa")?.sequences).toHaveLength(3);
  });

  test("a person listed on many rows of a shift list is not a duplicate", () => {
    const values: CellValue[][] = [
      ["Date", "Nom", "Début", "Fin"],
      ["24/11/2026", "Martin Léa", "7h", "14h"],
      ["25/11/2026", "Martin Léa", "7h", "14h"],
    ];
    expect(read(snapshot([["Liste", values]])).readingFindings).toEqual([]);
  });
});

describe("which tabs are read", () => {
  const grid = monthGrid(30, [["Martin Léa", { 1: "M" }]]);

  test("skipTabs (the add-on's own tabs) are neither read nor listed as ignored", () => {
    const codes: CellValue[][] = [
      ["Code", "Libellé", "Début", "Fin", "Pause (min)", "Type"],
      ["M", "Matin", "7h", "14h", 0, "travail"],
    ];
    const t = read(
      snapshot([
        ["Codes", codes],
        ["Novembre 2026", grid],
      ]),
      { skip: ["Codes"] },
    );
    expect(t.tabs.map((r) => r.name)).toEqual(["Novembre 2026"]);
    expect(t.ignoredTabs).toEqual([]);
  });

  test("settings.planningTabs reads only the tabs it names; a named tab that is no planning is bad-layout", () => {
    const t = read(
      snapshot([
        ["Novembre 2026", grid],
        ["Copie", grid],
        ["Notes", [["rien"]]],
      ]),
      {
        settings: { planningTabs: ["novembre 2026", "Notes"] },
      },
    );
    expect(t.tabs.map((r) => `${r.name}:${r.layout}:${r.status}`)).toEqual([
      "Novembre 2026:grid-people-days:read",
      "Copie:null:ignored",
      "Notes:null:unread",
    ]);
    expect(t.ignoredTabs).toEqual(["Copie"]);
    expect(brief(t.readingFindings)).toEqual(["bad-layout - - Notes A1"]);
  });

  test("the zone comes from the settings", () => {
    const t = read(snapshot([["Novembre 2026", grid]]), { settings: { timeZone: "America/New_York" } });
    expect(t.zone.name).toBe("America/New_York");
    const s = t.persons[0]?.sequences[0];
    expect(s && s.start % 1440).toBe(12 * 60);
  });
});
