// Cell values that are not plausible plannings (far dates, huge numbers, 24:00, staff numbers as names) become findings.
import { checkWorkbook } from "../../../src/core/check/check";
import { monthYearOf } from "../../../src/core/planning/calendar-words";
import { dayOfSerial, improbableDays } from "../../../src/core/planning/dates";
import { civilDate, dayNumber } from "../../../src/core/time";
import type { CellValue } from "../../../src/core/workbook";
import { brief, days, read, shiftsByName, snapshot } from "./helpers";

const LIST_HEAD: CellValue[] = ["Date", "Nom", "Début", "Fin"];
const GOOD_ROW: CellValue[] = ["03/11/2026", "Léa", "7:00", "14:00"];

/** Checks a one-tab shift list made of the good row and `row`. */
function checkList(row: CellValue[], tabName = "Liste") {
  return checkWorkbook(snapshot([[tabName, [LIST_HEAD, GOOD_ROW, row]]]));
}

/** The planned day range of a result, as civil dates. */
const planned = (ranges: Array<[number, number]>): string[][] =>
  ranges.map(([a, b]) => [civilDate(a), civilDate(b)]);

describe("shift list: dates out of range are bad-time findings, never planned days", () => {
  test.each<[string, CellValue]>([
    ["the number 1e308", 1e308],
    ["a serial past 2200", 200_000],
    ["a negative number", -5],
    ["NaN", Number.NaN],
    ["Infinity", Number.POSITIVE_INFINITY],
    ["a typed year 9999", "03/11/9999"],
    ["a typed year 0206 (typo for 2026)", "03/11/0206"],
    ["an ISO year 9999", "9999-11-03"],
    ["a date three years off (typo 2029)", "03/11/2029"],
    ["a Date cell in year 3000", new Date(Date.UTC(3000, 10, 3))],
    ["a Date cell in year 1850", new Date(Date.UTC(1850, 10, 3))],
    ["an invalid Date cell", new Date(Number.NaN)],
  ])("%s", (_, date) => {
    const result = checkList([date, "Léa", "7:00", "14:00"]);
    const bad = result.findings.filter((f) => f.ruleId === "bad-time");
    expect(bad.map((f) => f.cells)).toEqual([["A3"]]);
    expect(bad[0]?.message).toMatch(/^Date illisible ou improbable : « .+ »/);
    expect(planned(result.timeline.plannedRanges)).toEqual([["2026-11-03", "2026-11-03"]]);
    expect(result.timeline.persons[0]?.sequences).toHaveLength(1);
  });

  test("date 1e308 with start 1e308 and end -5: one finding on the date, no crash", () => {
    const result = checkList([1e308, "Léa", 1e308, -5]);
    expect(brief(result.findings.filter((f) => f.ruleId === "bad-time"))).toEqual([
      "bad-time Léa - Liste A3",
    ]);
  });

  test("times 1e308, negative or NaN on a good date are bad-time findings on the time cell", () => {
    for (const [start, end, cell] of [
      [1e308, "14:00", "C3"],
      ["7:00", -5, "D3"],
      [Number.NaN, "14:00", "C3"],
      ["7:00", Number.POSITIVE_INFINITY, "D3"],
    ] as Array<[CellValue, CellValue, string]>) {
      const result = checkList(["04/11/2026", "Léa", start, end]);
      expect(brief(result.findings.filter((f) => f.ruleId === "bad-time"))).toEqual([
        `bad-time Léa 2026-11-04 Liste ${cell}`,
      ]);
    }
  });

  test("dates within two years of the others are read (a list over a year and a half)", () => {
    const result = checkList(["20/04/2028", "Léa", "7:00", "14:00"]);
    expect(result.findings.filter((f) => f.ruleId === "bad-time")).toEqual([]);
    expect(result.timeline.persons[0]?.sequences).toHaveLength(2);
  });

  test("the odd one out is the typo, whichever row it is on; English message too", () => {
    const rows: CellValue[][] = [
      LIST_HEAD,
      ["03/11/2062", "Léa", "7:00", "14:00"],
      ["04/11/2026", "Léa", "7:00", "14:00"],
      ["05/11/2026", "Marc", "7:00", "14:00"],
    ];
    const t = read(snapshot([["Liste", rows]]), { lang: "en" });
    expect(brief(t.readingFindings)).toEqual(["bad-time Léa - Liste A2"]);
    expect(t.readingFindings[0]?.message).toMatch(/^Unreadable or improbable date: "03\/11\/2062"/);
    expect(planned(t.plannedRanges)).toEqual([["2026-11-04", "2026-11-05"]]);
  });

  test("a tab named with an impossible year gives no year to dates typed without one", () => {
    const rows: CellValue[][] = [LIST_HEAD, ["03/11", "Léa", "7:00", "14:00"]];
    const t = read(snapshot([["Liste 11-9999", rows]]));
    expect(brief(t.readingFindings)).toEqual(["bad-time Léa - Liste 11-9999 A2"]);
  });
});

describe("grids: far days in the header are a bad-layout naming the cell", () => {
  test("a header of Date cells ending on a year-3000 date", () => {
    const header: CellValue[] = [
      "Nom",
      ...days(5).map((d) => new Date(Date.UTC(2026, 10, d))),
      new Date(Date.UTC(3000, 10, 6)),
    ];
    const t = read(snapshot([["Semaine", [header, ["Martin Léa", "M", "M", "", "", "", "M"]]]]));
    expect(brief(t.readingFindings)).toEqual(["bad-layout - - Semaine G1"]);
    expect(t.readingFindings[0]?.message).toContain("« 06/11/3000 » est une date improbable");
    expect(t.plannedRanges).toEqual([]);
  });

  test("typed day-month headers with a year typo (2062 among 2026), and a typed year 9999", () => {
    for (const last of ["06/11/2062", "06/11/9999"]) {
      const header = ["Nom", "01/11/2026", "02/11/2026", "03/11/2026", "04/11/2026", "05/11/2026", last];
      const t = read(snapshot([["Planning", [header, ["Martin Léa", "M", "", "", "", "", "M"]]]]));
      expect(brief(t.readingFindings)).toEqual(["bad-layout - - Planning G1"]);
      expect(t.plannedRanges).toEqual([]);
    }
  });

  test("a days × people grid with a far date in its date column", () => {
    const values: CellValue[][] = [
      ["Date", "Martin Léa"],
      ...days(5).map((d): CellValue[] => [`${d}/11/2026`, "M"]),
      ["06/11/2090", "M"],
    ];
    const t = read(snapshot([["Planning", values]]));
    expect(brief(t.readingFindings)).toEqual(["bad-layout - - Planning A7"]);
  });

  test("a title cell with an impossible year gives no year: the month is unknown", () => {
    const values: CellValue[][] = [
      [new Date(Date.UTC(9999, 10, 1))],
      ["Nom", ...days(30)],
      ["Martin Léa", "M"],
    ];
    const t = read(snapshot([["Planning novembre", values]]));
    expect(t.readingFindings.map((f) => f.details.problem)).toEqual(["monthUnknown"]);
  });
});

describe("date helpers", () => {
  test("serials: plausible ones are days, 1e308, NaN and far serials are not", () => {
    expect(civilDate(dayOfSerial(46329) as number)).toBe("2026-11-03");
    for (const serial of [1e308, Number.NaN, Number.POSITIVE_INFINITY, 200_000, -5])
      expect(dayOfSerial(serial)).toBeUndefined();
  });

  test("a long export (four years, a row every week) stays whole; a typo far from it does not", () => {
    const weekly = Array.from({ length: 210 }, (_, i) => dayNumber("2023-01-02") + 7 * i);
    const typo = dayNumber("2062-03-04");
    const flags = improbableDays([...weekly, typo]);
    expect(flags.slice(0, -1).every((f) => !f)).toBe(true);
    expect(flags[flags.length - 1]).toBe(true);
  });

  test("improbableDays flags days far from the others and outside 1900–2200", () => {
    const d = (text: string): number => dayNumber(text);
    expect(
      improbableDays([d("2026-11-03"), d("2026-11-30"), d("2029-01-01"), d("2026-12-01"), d("2300-01-01")]),
    ).toEqual([false, false, true, false, true]);
    expect(improbableDays([d("2026-11-03"), d("2028-10-01")])).toEqual([false, false]);
  });

  test("monthYearOf ignores impossible years", () => {
    expect(monthYearOf("Novembre 0206")).toEqual({ month: 11 });
    expect(monthYearOf("Planning 9999")).toEqual({});
    expect(monthYearOf("2026-11")).toEqual({ month: 11, year: 2026 });
  });
});

describe("24:00 is midnight at the end of the day", () => {
  test("0h-24h in a grid is a 24-hour shift the rules then judge", () => {
    const values: CellValue[][] = [
      ["Nom", ...days(30)],
      ["Martin Léa", "", "0h-24h"],
    ];
    const result = checkWorkbook(snapshot([["Novembre 2026", values]]));
    expect(shiftsByName(result.timeline)["Martin Léa"]).toEqual(["2026-11-02 00:00-00:00+1 (1440 min) -"]);
    expect(result.findings.filter((f) => f.ruleId === "bad-time")).toEqual([]);
    expect(result.findings.some((f) => f.ruleId !== "bad-time" && f.person === "Martin Léa")).toBe(true);
  });

  test("in a shift list: 0:00 to 24:00 (text or the number 24) is 24 h; 24:00 as a start is not", () => {
    const rows: CellValue[][] = [
      LIST_HEAD,
      ["02/11/2026", "Léa", "0:00", "24:00"],
      ["04/11/2026", "Léa", 0, 24],
      ["06/11/2026", "Léa", "24:00", "8:00"],
    ];
    const t = read(snapshot([["Liste", rows]]));
    expect(shiftsByName(t).Léa).toEqual([
      "2026-11-02 00:00-00:00+1 (1440 min) -",
      "2026-11-04 00:00-00:00+1 (1440 min) -",
    ]);
    expect(brief(t.readingFindings)).toEqual(["bad-time Léa 2026-11-06 Liste C4"]);
    expect(t.readingFindings[0]?.message).toContain("24 h ne peut être qu'une fin");
  });

  test("24h-8h says 24 h can only be an end; 99999h-7h is an impossible hour, not an unknown code", () => {
    const values: CellValue[][] = [
      ["Nom", ...days(30)],
      ["Martin Léa", "24h-8h", "", "99999h-7h"],
    ];
    const t = read(snapshot([["Novembre 2026", values]]));
    expect(brief(t.readingFindings)).toEqual([
      "bad-time Martin Léa 2026-11-01 Novembre 2026 B2",
      "bad-time Martin Léa 2026-11-03 Novembre 2026 D2",
    ]);
    expect(t.readingFindings[0]?.message).toBe(
      "Horaire impossible « 24h-8h » le 01/11 : 24 h ne peut être qu'une fin.",
    );
    expect(t.readingFindings[1]?.message).toContain("heure au-delà de 24 h");
  });

  test("a legend code from 0h to 24h is a 24-hour code", () => {
    const codes: CellValue[][] = [
      ["Code", "Libellé", "Début", "Fin", "Pause (min)", "Type"],
      ["G", "Garde", "0h", "24h", 0, "travail"],
    ];
    const grid: CellValue[][] = [
      ["Nom", ...days(30)],
      ["Martin Léa", "G"],
    ];
    const result = checkWorkbook(
      snapshot([
        ["Codes", codes],
        ["Novembre 2026", grid],
      ]),
    );
    expect(result.findings.filter((f) => f.ruleId === "bad-setting")).toEqual([]);
    expect(shiftsByName(result.timeline)["Martin Léa"]).toEqual(["2026-11-01 00:00-00:00+1 (1440 min) G"]);
  });
});

describe("rows named by a number or an odd text are still people", () => {
  /** A November 2026 grid: a night on the 2nd then a morning on the 3rd (8 h of rest: a daily-rest error). */
  const shortRest = (name: CellValue): CellValue[][] => [
    ["Nom", ...days(30)],
    ["Martin Léa", "M"],
    [name, "", "21h-7h", "M"],
  ];

  test.each<[string, CellValue, string]>([
    ["a staff number", 12, "12"],
    ["a staff number typed as text", "0042", "0042"],
    ["a name typed with =", " =Léa ", "=Léa"],
    ["a one-letter name", "X", "X"],
  ])("%s keeps its row and its daily-rest error", (_, name, read_) => {
    const result = checkWorkbook(snapshot([["Novembre 2026", shortRest(name)]]));
    expect(result.timeline.persons.map((p) => p.name).sort()).toEqual(["Martin Léa", read_].sort());
    const rest = result.findings.filter((f) => f.ruleId === "daily-rest");
    expect(rest.map((f) => f.person)).toEqual([read_]);
  });

  test("labels, totals and legend codes in the name column stay skipped, even with codes beside them", () => {
    const values: CellValue[][] = [
      ["Nom", ...days(7)],
      ["Jour", "D", "L", "M", "M", "J", "V", "S"],
      ["Martin Léa", "M"],
      ["Total", "M", "M"],
      ["M", "M", "S"],
      [3, 1, 2, 2],
    ];
    const t = read(snapshot([["Novembre 2026", values]]));
    expect(t.persons.map((p) => p.name)).toEqual(["Martin Léa"]);
  });

  test("numbered rows under a label below the people (a rotation template) are not staff", () => {
    const values: CellValue[][] = [
      ["Nom", ...days(7)],
      ["Martin Léa", "M", "M"],
      ["Petit Zoé", "S", "S"],
      [],
      ["Cycle", "", "", "", "", "", "", ""],
      [1, "M", "M", "S", "S", "R", "R", "M"],
      [2, "S", "S", "R", "R", "M", "M", "S"],
    ];
    const result = checkWorkbook(snapshot([["Novembre 2026", values]]));
    expect(result.timeline.persons.map((p) => p.name).sort()).toEqual(["Martin Léa", "Petit Zoé"]);
    expect(result.findings.filter((f) => f.person === "1" || f.person === "2")).toEqual([]);
  });

  test("a days × people column headed by a staff number", () => {
    const values: CellValue[][] = [
      ["Date", "Martin Léa", 12],
      ...days(7).map((d): CellValue[] => [`${d}/11/2026`, "M", d === 2 ? "S" : ""]),
    ];
    const t = read(snapshot([["Planning", values]]));
    expect(shiftsByName(t)).toEqual({
      "Martin Léa": days(7).map((d) => `2026-11-0${d} 07:00-14:00 (420 min) M`),
      "12": ["2026-11-02 14:00-22:00 (480 min) S"],
    });
  });
});
