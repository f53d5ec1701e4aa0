// People × days grids as people make them (our own fixtures, after the shapes seen in real workbooks): identity
// columns, sections and totals, broken date headers, typed dates, weekday rows, few days, a legend in the tab.
import { checkWorkbook } from "../../../src/core/check/check";
import { readingReport } from "../../../src/core/planning/reading-report";
import type { CellValue } from "../../../src/core/workbook";
import { brief, days, read, shiftsByName, snapshot } from "./helpers";

const blank = (n: number): string[] => Array(n).fill("");

describe("identity columns: Matricule | Nom | Prénom | Fonction | Service", () => {
  /** An absence register of a foyer: staff number, name in two columns, count columns, section rows. */
  const register: CellValue[][] = [
    ["Foyer Les Tilleuls — absences"],
    [],
    ["", "", "", "P", "CA", "MA", "F", "TP", ...blank(31)],
    [
      "Matricule",
      "Nom",
      "Prénom",
      "PRÉSENCE",
      "CONGÉS ANNUELS",
      "MALADIE",
      "FORMATION",
      "Tps partiel",
      ...days(31),
    ],
    ["ÉQUIPE ÉDUCATIVE"],
    ["E0412", "DURAND ", " Paul", 0, 2, 0, 1, 0, "CA", "CA", "F", ...blank(28)],
    ["E0877", "LEROY", "Nadia", 0, 0, 1, 0, 1, "", "", "", "MA", "TP", ...blank(26)],
    ["E1190", "PETIT", "Sam", 0, 0, 0, 0, 0],
    ["VEILLEURS DE NUIT"],
    ["V0033", "BERNARD", "Luc", 0, 0, 0, 0, 0, ...blank(30), "CA"],
    [],
    ["", "", "", "", "", "", "", "", ...blank(5), "P"],
  ];

  test("the name is Nom + Prénom (never the staff number), sections and count columns are not people", () => {
    const t = read(snapshot([["Mars 2026", register]]));
    expect(t.persons.map((p) => p.name).sort()).toEqual([
      "BERNARD Luc",
      "DURAND Paul",
      "LEROY Nadia",
      "PETIT Sam",
    ]);
    expect(t.tabs[0]).toMatchObject({ status: "read", people: 4, shifts: 1, absences: 4, notUnderstood: 0 });
    expect(t.readingFindings).toEqual([]);
  });

  test("the tab's own legend (codes over their labels) wins: F is a training day worked here, TP a rest", () => {
    const t = read(snapshot([["Mars 2026", register]]));
    const durand = t.persons.find((p) => p.name === "DURAND Paul");
    expect(durand?.marks.map((m) => `${m.type} ${m.code}`)).toEqual(["absence CA", "absence CA", "work F"]);
    const leroy = t.persons.find((p) => p.name === "LEROY Nadia");
    expect(leroy?.marks.map((m) => `${m.type} ${m.code}`)).toEqual(["absence MA", "rest TP"]);
  });

  test("a person's row with nothing planned is still a person; a stray cell under the grid is nobody's", () => {
    const report = readingReport(read(snapshot([["Mars 2026", register]])), "fr");
    const petit = report.people.find((p) => p.name === "PETIT Sam");
    expect(petit).toEqual({ name: "PETIT Sam", rows: ["'Mars 2026'!B8"], shifts: [], absences: [] });
    expect(report.people.flatMap((p) => p.shifts.map((s) => s.cell))).toEqual(["'Mars 2026'!K6"]);
  });

  test("English headers: Staff ID | Surname | First name | Role, and the role is kept apart", () => {
    const rota: CellValue[][] = [
      ["Staff ID", "Surname", "First name", "Role", ...days(7)],
      ["1001", "Smith", "Anna", "Support worker", "E", "L", "", "N"],
      ["1002", "Jones", "Tom", "Night carer", "", "", "N", "N"],
    ];
    const legend: CellValue[][] = [
      ["E = Early 7:00-15:00"],
      ["L = Late 14:00-22:00"],
      ["N = Night 21:00-07:00"],
    ];
    const t = read(snapshot([["November 2026", [...rota, [], ...legend]]]), { lang: "en" });
    expect(t.persons.map((p) => `${p.name}/${p.role}`).sort()).toEqual([
      "Jones Tom/Night carer",
      "Smith Anna/Support worker",
    ]);
    expect(shiftsByName(t)["Smith Anna"]).toEqual([
      "2026-11-01 07:00-15:00 (480 min) E",
      "2026-11-02 14:00-22:00 (480 min) L",
      "2026-11-04 21:00-07:00+1 (600 min) N",
    ]);
  });
});

describe("day headers as they really are", () => {
  test("a broken date header (#VALUE!) takes its days from the tab name, column after column", () => {
    const values: CellValue[][] = [
      ["Sat, 01 Aug 2026 00:00:00 GMT"],
      ["Nom", ...Array(31).fill("#VALUE!")],
      ["Martin Léa", "CA", ...blank(29), "CA"],
    ];
    const t = read(snapshot([["Août 2026", values]]));
    expect(t.tabs[0]).toMatchObject({ status: "read", shifts: 0, absences: 2 });
    expect(t.persons[0]?.marks.map((m) => m.day - (t.tabs[0]?.firstDay ?? 0))).toEqual([0, 30]);
    expect(t.readingFindings).toEqual([]);
  });

  test("a header of typed dates (`lun. 3`, `Sunday 31`) and a title giving the month", () => {
    const fr = read(
      snapshot([
        [
          "Planning",
          [
            ["Semaine du 2 au 8 novembre 2026"],
            ["Nom", "lun. 2", "mar. 3", "mer. 4", "jeu. 5", "ven. 6"],
            ["Martin Léa", "M", "", "S"],
          ],
        ],
      ]),
    );
    expect(shiftsByName(fr)["Martin Léa"]).toEqual([
      "2026-11-02 07:00-14:00 (420 min) M",
      "2026-11-04 14:00-22:00 (480 min) S",
    ]);
    const en = read(
      snapshot([
        [
          "Rota",
          [
            ["Week commencing 31/05/2026"],
            ["Name", "Sunday 31", "Monday 01", "Tuesday 02", "Wednesday 03", "Thursday 04"],
            ["Anna Smith", "", "7h-15h", "", "", "7h-15h"],
          ],
        ],
      ]),
      { lang: "en" },
    );
    expect(shiftsByName(en)["Anna Smith"]).toEqual([
      "2026-06-01 07:00-15:00 (480 min) -",
      "2026-06-04 07:00-15:00 (480 min) -",
    ]);
  });

  test("a month tab holding only the 1st and 2nd is read", () => {
    const t = read(
      snapshot([
        [
          "Janvier 2027",
          [
            ["Nom", 1, 2],
            ["Martin Léa", "M", "N"],
          ],
        ],
      ]),
    );
    expect(t.tabs[0]).toMatchObject({ status: "read", shifts: 2 });
  });

  test("the weekday row fixes the month among those near the workbook's other dates", () => {
    const letters = ["D", "L", "M", "M", "J", "V", "S"];
    const values: CellValue[][] = [
      ["", ...letters],
      ["Nom", ...days(7)],
      ["Martin Léa", "M", "S"],
    ];
    const other: CellValue[][] = [
      ["Nom", new Date(Date.UTC(2026, 9, 1)), new Date(Date.UTC(2026, 9, 2))],
      ["Petit Zoé", "M", "M"],
    ];
    const t = read(
      snapshot([
        ["Octobre", other],
        ["Planning du mois", values],
      ]),
    );
    // November 2026 starts on a Sunday (D L M M J V S) and is next to October 2026.
    expect(t.tabs[1]).toMatchObject({ status: "read", layout: "grid-people-days" });
    expect(shiftsByName(t)["Martin Léa"]).toEqual([
      "2026-11-01 07:00-14:00 (420 min) M",
      "2026-11-02 14:00-22:00 (480 min) S",
    ]);
  });

  test("without a month anywhere: undated, the people listed, what to supply said", () => {
    const values: CellValue[][] = [
      ["Nom", 1, 2, 3, 4, 8],
      ["Martin Léa", "M", "S", "", "", "N"],
    ];
    const result = checkWorkbook(snapshot([["Sheet1", values]]));
    expect(result.timeline.tabs[0]).toMatchObject({ status: "undated", people: 1 });
    expect(result.timeline.persons).toEqual([]);
    const report = readingReport(result.timeline, "fr");
    expect(report.tabs[0]?.reason).toContain("lecture.Sheet1.mois");
    expect(report.people[0]?.shifts.map((s) => [s.date, s.start, s.end])).toEqual([
      [null, "07:00", "14:00"],
      [null, "14:00", "22:00"],
      [null, "21:00", "07:00"],
    ]);
    expect(brief(result.findings)).toEqual(["bad-layout - - Sheet1 B1"]);
  });
});

describe("codes the tab makes doubtful", () => {
  test("MA among shifts S, SE, N and no M is a morning, and the reading says so", () => {
    const values: CellValue[][] = [
      ["Nom", "Fonction", ...days(5)],
      ["Goddard Y.", "AS", "MA", "MA", "N", "", "S"],
      ["Blair F.", "ASH", "SE", "", "MA", "MA", "SE"],
    ];
    const t = read(snapshot([["Novembre 2026", values]]));
    const goddard = t.persons.find((p) => p.name === "Goddard Y.");
    expect(goddard?.marks.map((m) => `${m.type} ${m.code}`)).toEqual(["work MA", "work MA"]);
    const doubt = t.readingFindings.find((f) => f.details.assumed === "work");
    expect(doubt).toMatchObject({
      ruleId: "unknown-code",
      severity: "warning",
      cells: ["C2", "D2", "E3", "F3"],
    });
    expect(doubt?.message).toContain("« MA » (4 cases) est lu comme « Matin (MA) »");
  });

  test("MA next to M is sick leave, as the default legend says", () => {
    const values: CellValue[][] = [
      ["Nom", ...days(3)],
      ["Martin Léa", "M", "MA", "S"],
    ];
    const t = read(snapshot([["Novembre 2026", values]]));
    expect(t.persons[0]?.marks.map((m) => `${m.type} ${m.code}`)).toEqual(["absence MA"]);
    expect(t.readingFindings).toEqual([]);
  });
});
