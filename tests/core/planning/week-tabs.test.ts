// Week tabs: one tab per week (`SEMAINE 1`, `S42`, `Week 3`, `Semaine du 6 au 12 octobre`) whose day header holds
// only weekdays (or day numbers), dated from the tab name and joined into one timeline; undated when no year.
import { checkWorkbook } from "../../../src/core/check/check";
import { describeHow, describeReason } from "../../../src/core/planning/reading-words";
import type { Timeline } from "../../../src/core/planning/types";
import { civilDate } from "../../../src/core/time";
import type { CellValue, WorkbookSnapshot } from "../../../src/core/workbook";
import { brief, read, shiftsByName, snapshot } from "./helpers";

const FR = ["Nom", "lun.", "mar.", "mer.", "jeu.", "ven.", "sam.", "dim."];
const EN = ["Name", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"];

/** Each tab's status and first and last days. */
function spans(tl: Timeline): string[] {
  return tl.tabs.map(
    (tab) =>
      `${tab.name}: ${tab.status} ${tab.firstDay === undefined ? "-" : civilDate(tab.firstDay)} → ${
        tab.lastDay === undefined ? "-" : civilDate(tab.lastDay)
      }`,
  );
}

/** Three French week tabs, the first ending on a Sunday night shift and the second opening on Monday morning. */
function frenchWeeks(): Array<[string, CellValue[][]]> {
  return [
    [
      "SEMAINE 1",
      [
        FR,
        ["Martin Léa", "7h-14h", "7h-14h", "", "", "", "", "14h-22h"],
        ["Bernard Paul", "", "", "M", "M", "", "", ""],
      ],
    ],
    [
      "Semaine 2",
      [
        ["Nom", "Lundi", "Mardi", "Mercredi", "Jeudi", "Vendredi", "Samedi", "Dimanche"],
        ["MARTIN Léa", "6h-13h", "", "", "", "", "", ""],
      ],
    ],
    [
      "S3",
      [
        ["Nom", "L", "M", "M", "J", "V", "S", "D"],
        ["Bernard Paul", "", "", "", "", "S", "", ""],
      ],
    ],
  ];
}

describe("one tab per week, weekdays alone in the header", () => {
  test("with the year set, each tab is its ISO week and one person across tabs is one timeline", () => {
    const tl = read(snapshot(frenchWeeks()), { settings: { year: 2026 } });
    expect(spans(tl)).toEqual([
      "SEMAINE 1: read 2025-12-29 → 2026-01-04",
      "Semaine 2: read 2026-01-05 → 2026-01-11",
      "S3: read 2026-01-12 → 2026-01-18",
    ]);
    expect(shiftsByName(tl)).toEqual({
      "Bernard Paul": [
        "2025-12-31 07:00-14:00 (420 min) M",
        "2026-01-01 07:00-14:00 (420 min) M",
        "2026-01-16 14:00-22:00 (480 min) S",
      ],
      "Martin Léa": [
        "2025-12-29 07:00-14:00 (420 min) -",
        "2025-12-30 07:00-14:00 (420 min) -",
        "2026-01-04 14:00-22:00 (480 min) -",
        "2026-01-05 06:00-13:00 (420 min) -",
      ],
    });
    expect(tl.readingFindings).toEqual([]);
    // Weekdays are no broken cells: the how says the week gave the month and the setting the year.
    expect(describeHow(tl.tabs[0]?.how ?? [], "fr")).toBe(
      "noms : colonne A ; jours : ligne 1 ; mois : le numéro de semaine ; année : les paramètres",
    );
  });

  test("the rest between week 1's Sunday and week 2's Monday, on two tabs, is checked", () => {
    const snap: WorkbookSnapshot = snapshot([
      [
        "Paramètres",
        [
          ["clé", "valeur"],
          ["année", "2026"],
        ],
      ],
      ...frenchWeeks(),
    ]);
    const result = checkWorkbook(snap);
    const rest = result.findings.filter((f) => f.ruleId === "daily-rest");
    expect(rest.map((f) => [f.person, f.date])).toEqual([["Martin Léa", "2026-01-04"]]);
  });

  test("without a year anywhere the tabs are undated and ask for the year, their weeks kept in order", () => {
    const tl = read(snapshot(frenchWeeks()));
    expect(tl.tabs.map((tab) => tab.status)).toEqual(["undated", "undated", "undated"]);
    expect(tl.persons).toEqual([]);
    expect(describeReason(tl.tabs[0]?.reason ?? { kind: "empty" }, "SEMAINE 1", "fr")).toContain("« année »");
    expect(brief(tl.readingFindings)).toEqual([
      "unread-tab - - S3 B1",
      "unread-tab - - SEMAINE 1 B1",
      "unread-tab - - Semaine 2 B1",
    ]);
    const lea = tl.undatedPersons.find((p) => p.name === "Martin Léa")?.sequences.map((s) => s.day) ?? [];
    // Week 2's Monday is the day after week 1's Sunday on the provisional days too.
    expect((lea[3] ?? 0) - (lea[2] ?? 0)).toBe(1);
  });

  test("`Semaine du 6 au 12 octobre` takes its year from a title in the tab", () => {
    const tl = read(
      snapshot([
        ["Semaine du 6 au 12 octobre", [["Planning accueil 2025"], FR, ["Martin Léa", "", "9h-17h"]]],
        ["Semaine du 13 au 19 octobre", [["Planning accueil 2025"], FR, ["Martin Léa", "9h-17h"]]],
      ]),
    );
    expect(spans(tl)).toEqual([
      "Semaine du 6 au 12 octobre: read 2025-10-06 → 2025-10-12",
      "Semaine du 13 au 19 octobre: read 2025-10-13 → 2025-10-19",
    ]);
    expect(shiftsByName(tl)["Martin Léa"]).toEqual([
      "2025-10-07 09:00-17:00 (480 min) -",
      "2025-10-13 09:00-17:00 (480 min) -",
    ]);
  });

  test("a week tab's day numbers take their month from the week, across a month's end", () => {
    const tl = read(
      snapshot([
        [
          "S40",
          [
            ["Nom", 29, 30, 1, 2, 3, 4, 5],
            ["Martin Léa", "M", "", "", "", "", "", "S"],
          ],
        ],
      ]),
      { settings: { year: 2025 } },
    );
    expect(spans(tl)).toEqual(["S40: read 2025-09-29 → 2025-10-05"]);
    expect(shiftsByName(tl)["Martin Léa"]).toEqual([
      "2025-09-29 07:00-14:00 (420 min) M",
      "2025-10-05 14:00-22:00 (480 min) S",
    ]);
  });

  test("English week tabs take the year nearest the workbook's other dates", () => {
    const tl = read(
      snapshot([
        ["Week 52", [EN, ["Anna Smith", "8:00-16:00", "", "", "", "", "", ""]]],
        ["Week 1", [EN, ["Anna Smith", "", "8:00-16:00"], ["Tom Jones", "", "", "20:00-8:00"]]],
        [
          "Leave",
          [
            ["Name", "From"],
            ["Tom Jones", new Date(Date.UTC(2026, 0, 20))],
          ],
        ],
      ]),
      { lang: "en" },
    );
    // Week 52 is the one just before January 2026, not a year later.
    expect(spans(tl)).toEqual([
      "Week 52: read 2025-12-22 → 2025-12-28",
      "Week 1: read 2025-12-29 → 2026-01-04",
      "Leave: ignored - → -",
    ]);
    expect(shiftsByName(tl)).toEqual({
      "Anna Smith": ["2025-12-22 08:00-16:00 (480 min) -", "2025-12-30 08:00-16:00 (480 min) -"],
      "Tom Jones": ["2025-12-31 20:00-08:00+1 (720 min) -"],
    });
    expect(describeHow(tl.tabs[1]?.how ?? [], "en")).toContain("the workbook's other dates");
  });

  test("a month name without a week never dates weekdays alone from the 1st", () => {
    const tl = read(snapshot([["Octobre 2025", [FR, ["Martin Léa", "7h-14h"]]]]));
    expect(tl.tabs[0]?.status).toBe("undated");
  });
});
