// Days in sub-columns (grid-subcolumns): each day spans activity | start | end | hours under a merged or repeated
// day header, a person on one row or on a block of rows; read without configuration, counted in person-days.
import { checkWorkbook } from "../../../src/core/check/check";
import type { CellValue } from "../../../src/core/workbook";
import { brief, read, shiftsByName, snapshot } from "./helpers";

/** A French week: the day repeated over its three sub-columns `Début | Fin | Heures`, no activity column. */
function frenchWeek(): CellValue[][] {
  const days = ["lundi 9", "mardi 10", "mercredi 11"];
  return [
    ["Planning équipe éducative — semaine du 09/11/2026"],
    ["", ...days.flatMap((d) => [d, d, d]), "Total"],
    ["Nom", ...days.flatMap(() => ["Début", "Fin", "Heures"]), "Heures"],
    ["MARTIN Léa", "07:00", "14:00", 7, "", "", "", "13:30", "21:00", 7.5, 14.5],
    // A split day on two rows: the second row has no name, it is still Paul's.
    ["DUPONT Paul", "08:30", "12:30", 4, "21:00", "07:00", 10, "", "", "", 20],
    ["", "16:30", "20:30", 4, "", "", "", "", "", "", ""],
    // Times as time cells (day fractions), as Sheets holds them.
    ["LEROY Nadia", 0.25, 0.5, 6, "", "", "", 0.5625, 0.875, 7.5, 13.5],
    ["Total", "", "", 21, "", "", 10, "", "", 15, 48],
    [],
    ["Ménage : Léa - bureau, Paul - cuisine"],
  ];
}

/**
 * An English weekly rota as a PDF export leaves it: the day label merged over Start:End (so only in the Start cell)
 * with the unlabelled activity column on its left; a name split over two rows, a name in the middle of its block,
 * multi-line cells (segments, then the day total in Hrs), truncated activity names, a holiday, a cover placeholder,
 * a totals row and duty notes naming first names.
 */
function englishRota(): CellValue[][] {
  const row = (cells: Record<number, CellValue>, width = 14): CellValue[] =>
    Array.from({ length: width }, (_, c) => cells[c] ?? null);
  return [
    row({ 0: "Weekly rota — Riverside Café", 5: "W/C 02/11/2026" }),
    row({ 2: "Mon 02 Nov", 6: "Tue 03 Nov", 9: "Wed 04 Nov", 13: "Total" }),
    row({ 0: "Front of house", 2: "Start", 3: "End", 4: "Hrs", 6: "Start", 7: "End", 8: "Hrs" }),
    // Wednesday's columns J:M have their labels one column right of the others in row 3: on purpose, the same.
    row({ 0: "Amy Booth", 1: "Opening", 2: "06:30", 3: "14:00", 4: "7.50\n7.50", 5: "Holiday", 6: "00:00" }),
    // Ben Carter's block: rows 5-8, first name on row 6, surname alone on row 7; row 8 holds only his day totals.
    row({ 1: "Training", 2: "09:00", 3: "11:00", 4: 2, 5: "Closing", 6: "14:00", 7: "22:00", 8: 8 }),
    row({ 0: "Ben", 1: "Closing", 2: "11:00", 3: "17:00", 4: 6 }),
    row({ 0: "Carter" }),
    row({ 4: 8, 8: 8 }),
    // Cleo Dunn's block: her name in the middle, rows 9-11, then her totals.
    row({ 1: "Stock ch", 2: "07:00", 3: "08:00", 4: 1 }),
    row({ 0: "Cleo Dunn", 1: "Opening", 2: "08:00", 3: "15:00", 4: 7 }),
    row({ 1: "Deep Cle", 2: "15:00", 3: "16:00", 4: 1, 5: "Opening", 6: "06:00", 7: "12:00", 8: 6 }),
    row({ 4: 9, 8: 6 }),
    row({
      0: "Dev\nPatel",
      1: "Opening\nClosing",
      2: "06:00\n17:00",
      3: "10:00\n22:00",
      4: "4.00\n5.00\n9.00",
    }),
    row({ 0: "zzz_Agency Cover_12", 5: "Closing", 6: "14:00", 7: "22:00", 8: "8.00\n8.00" }),
    row({ 0: "Totals", 4: 35.5, 8: 22, 13: 57.5 }),
    row({ 0: "Deep Cleaning - 1 hr" }),
    row({ 0: "Amy - Fridges and coffee machine" }),
    row({ 0: "Ben - Bins, with Cleo" }),
  ].map((r, i) => {
    // Wednesday: activity | Start | End | Hrs in J:M, labelled like the others, and Amy's Wednesday shift.
    if (i === 2) Object.assign(r, { 10: "Start", 11: "End", 12: "Hrs", 13: "Hours" });
    if (i === 3) Object.assign(r, { 7: "23:59", 9: "Closing", 10: "15:00", 11: "23:00", 12: "8.00\n8.00" });
    return r;
  });
}

describe("days in sub-columns", () => {
  test("a French week with a repeated day header: start and end per day, a split day on two rows", () => {
    const t = read(snapshot([["Semaine 46", frenchWeek()]]));
    expect(t.tabs[0]).toMatchObject({
      status: "read",
      layout: "grid-subcolumns",
      people: 3,
      // Person-days: Léa 2, Paul 2 (Monday's two rows are one day), Nadia 2.
      shifts: 6,
      absences: 0,
    });
    expect(shiftsByName(t)).toEqual({
      "MARTIN Léa": ["2026-11-09 07:00-14:00 (420 min) -", "2026-11-11 13:30-21:00 (450 min) -"],
      "DUPONT Paul": [
        "2026-11-09 08:30-12:30 (240 min) -",
        "2026-11-09 16:30-20:30 (240 min) -",
        "2026-11-10 21:00-07:00+1 (600 min) -",
      ],
      "LEROY Nadia": ["2026-11-09 06:00-12:00 (360 min) -", "2026-11-11 13:30-21:00 (450 min) -"],
    });
    // The hours columns and the Total row are not shifts, the notes name nobody.
    expect(brief(t.readingFindings)).toEqual([]);
  });

  test("an English PDF-export rota: blocks of rows, names split or mid-block, segments, day totals", () => {
    const t = read(snapshot([["Rota", englishRota()]]), { lang: "en" });
    expect(t.tabs[0]).toMatchObject({ status: "read", layout: "grid-subcolumns", people: 4 });
    expect(t.persons.map((p) => p.name).sort()).toEqual([
      "Amy Booth",
      "Ben Carter",
      "Cleo Dunn",
      "Dev Patel",
    ]);
    expect(shiftsByName(t)).toEqual({
      "Amy Booth": ["2026-11-02 06:30-14:00 (450 min) -", "2026-11-04 15:00-23:00 (480 min) -"],
      "Ben Carter": [
        "2026-11-02 09:00-11:00 (120 min) -",
        "2026-11-02 11:00-17:00 (360 min) -",
        "2026-11-03 14:00-22:00 (480 min) -",
      ],
      "Cleo Dunn": [
        "2026-11-02 07:00-08:00 (60 min) -",
        "2026-11-02 08:00-15:00 (420 min) -",
        "2026-11-02 15:00-16:00 (60 min) -",
        "2026-11-03 06:00-12:00 (360 min) -",
      ],
      "Dev Patel": ["2026-11-02 06:00-10:00 (240 min) -", "2026-11-02 17:00-22:00 (300 min) -"],
    });
    // Person-days: Amy 2, Ben 2, Cleo 2, Dev 1 worked; Amy's Tuesday holiday is one absence.
    expect(t.tabs[0]).toMatchObject({ shifts: 7, absences: 1 });
    const amy = t.persons.find((p) => p.name === "Amy Booth");
    expect(amy?.marks.map((m) => [m.type, m.code])).toEqual([["absence", "AL"]]);
    expect(brief(t.readingFindings)).toEqual([]);
  });

  test("two weeks stacked in one tab, each under its own day header, are one timeline", () => {
    const week = (title: string, days: string[], who: Array<[string, string, string]>): CellValue[][] => [
      [title],
      ["", ...days.flatMap((d) => [d, ""])],
      ["Staff", ...days.flatMap(() => ["Start", "End"])],
      ...who.map(([name, start, end]) => [name, start, end, ...days.slice(1).flatMap(() => ["", ""])]),
    ];
    const values = [
      ...week("Week commencing 02/11/2026", ["Mon 02 Nov", "Tue 03 Nov"], [["Amy Booth", "14:00", "22:00"]]),
      [],
      ...week("Week commencing 09/11/2026", ["Mon 09 Nov", "Tue 10 Nov"], [["Amy Booth", "06:00", "14:00"]]),
    ];
    const t = read(snapshot([["Rota", values]]), { lang: "en" });
    expect(t.tabs[0]).toMatchObject({ layout: "grid-subcolumns", people: 1, shifts: 2 });
    expect(shiftsByName(t)).toEqual({
      "Amy Booth": ["2026-11-02 14:00-22:00 (480 min) -", "2026-11-09 06:00-14:00 (480 min) -"],
    });
    // Amy in each week is one person, not a duplicate row; each week is dated by its own title.
    expect(brief(t.readingFindings)).toEqual([]);
    expect(t.tabs[0]).toMatchObject({ status: "read" });
  });

  test("a labelled activity column: its code gives the type, an absence or a rest whatever the times", () => {
    const values: CellValue[][] = [
      ["Planning décembre 2026"],
      ["", "1", "", "", "2", "", ""],
      ["Agent", "Activité", "Début", "Fin", "Activité", "H. début", "H. fin :"],
      ["Martin Léa", "N", "21:00", "07:00", "Repos", "", ""],
      ["Dupont Paul", "CA", "09:00", "17:00", "M", "", ""],
      ["Leroy Nadia", "Réunion", "14:00", "16:00", "Xyz", "", ""],
    ];
    const t = read(snapshot([["Équipe", values]]));
    expect(t.tabs[0]).toMatchObject({ layout: "grid-subcolumns", shifts: 3, absences: 1 });
    expect(shiftsByName(t)).toEqual({
      "Martin Léa": ["2026-12-01 21:00-07:00+1 (600 min) N"],
      "Dupont Paul": ["2026-12-02 07:00-14:00 (420 min) M"],
      "Leroy Nadia": ["2026-12-01 14:00-16:00 (120 min) -"],
    });
    const marks = t.persons.flatMap((p) => p.marks.map((m) => `${p.name} ${m.type} ${m.code}`));
    expect(marks.sort()).toEqual(["Dupont Paul absence CA", "Martin Léa rest R"]);
    // An unknown activity with no times is an unknown code; one with times is simply work.
    expect(brief(t.readingFindings)).toEqual(["unknown-code Leroy Nadia 2026-12-02 Équipe E6"]);
  });

  test("a segment with its end missing is an impossible time on the start cell", () => {
    const values = frenchWeek();
    (values[3] as CellValue[])[8] = "";
    const t = read(snapshot([["Semaine 46", values]]));
    expect(brief(t.readingFindings)).toEqual(["bad-time MARTIN Léa 2026-11-11 Semaine 46 H4"]);
  });

  test.each(["sous-colonnes", "Sous colonnes", "subcolumns", "début/fin par jour"])(
    "the settings' disposition %s chooses the family, and another one turns it away",
    (word) => {
      const forced = (layout: string): string | null | undefined =>
        checkWorkbook(
          snapshot([
            ["Semaine 46", frenchWeek()],
            [
              "Paramètres",
              [
                ["clé", "valeur"],
                ["lecture.Semaine 46.disposition", layout],
              ],
            ],
          ]),
        ).timeline.tabs.find((tab) => tab.name === "Semaine 46")?.layout;
      expect(forced(word)).toBe("grid-subcolumns");
      expect(forced("personnes x jours")).not.toBe("grid-subcolumns");
    },
  );

  test("an ordinary people × days grid is not read as sub-columns", () => {
    const t = read(
      snapshot([
        [
          "Novembre 2026",
          [
            ["Nom", 1, 2, 3, 4, 5],
            ["Martin Léa", "M", "S", "", "7h-14h", "N"],
          ],
        ],
      ]),
    );
    expect(t.tabs[0]?.layout).toBe("grid-people-days");
  });
});
