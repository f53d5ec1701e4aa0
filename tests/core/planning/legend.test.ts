// The default legend and the `Codes` tab: times as text, time cells and day fractions, bad rows as findings.
import { dateReader } from "../../../src/core/planning/dates";
import { defaultLegend, describeLegend, legendFromCodesTab } from "../../../src/core/planning/legend";
import type { CellValue } from "../../../src/core/workbook";

const H = 60;

describe("defaultLegend", () => {
  test("holds the documented French codes with the catalogue's times", () => {
    const legend = defaultLegend();
    expect(legend.source).toBe("default");
    const rows = describeLegend(legend);
    const byCode = Object.fromEntries(rows.map((r) => [r.code, r]));
    expect(byCode.M).toMatchObject({ label: "Matin", typeName: "travail", start: "07:00", end: "14:00" });
    expect(byCode.S).toMatchObject({ label: "Soir", start: "14:00", end: "22:00" });
    expect(byCode.J).toMatchObject({ label: "Journée", start: "09:00", end: "17:00", breakMinutes: 60 });
    expect(byCode.N).toMatchObject({ type: "night", start: "21:00", end: "07:00" });
    expect(byCode.CV).toMatchObject({ type: "sleep-in", typeName: "veille", aliases: ["Veille"] });
    for (const code of ["R", "RH", "RC"]) expect(byCode[code]?.type).toBe("rest");
    for (const code of ["CA", "RTT", "AM", "F", "JF"])
      expect(byCode[code]).toMatchObject({ type: "absence", start: "" });
  });

  test("English labels and type names, same codes", () => {
    const rows = describeLegend(defaultLegend("en"), "en");
    expect(rows.find((r) => r.code === "M")).toMatchObject({ label: "Morning", typeName: "work" });
    expect(rows.map((r) => r.code)).toEqual(describeLegend(defaultLegend()).map((r) => r.code));
  });

  test("lookup ignores case, spaces, dots and accents, and finds aliases and labels", () => {
    const legend = defaultLegend();
    expect(legend.lookup(" rh ")?.code).toBe("RH");
    expect(legend.lookup("C.A.")?.code).toBe("CA");
    expect(legend.lookup("VEILLE")?.code).toBe("CV");
    expect(legend.lookup("récup")?.code).toBe("RC");
    expect(legend.lookup("recup")?.code).toBe("RC");
    expect(legend.lookup("journee")?.code).toBe("J");
    expect(legend.lookup("XYZ")).toBeUndefined();
  });
});

describe("legendFromCodesTab", () => {
  const header = ["Code", "Libellé", "Début", "Fin", "Pause (min)", "Type"];

  test("reads times as text, day fractions and 30/12/1899 time cells", () => {
    const values: CellValue[][] = [
      header,
      ["M", "Matin", "6h45", "14h", 20, "travail"],
      ["S", "Soir", 0.5833333333, 0.9166666667, "", "Travail"],
      [
        "N",
        "Nuit",
        new Date(Date.UTC(1899, 11, 30, 21, 0)),
        new Date(Date.UTC(1899, 11, 30, 7, 0)),
        0,
        "nuit",
      ],
      ["V", "Veille", "22:00", "7:00", null, "veille"],
      ["CA", "Congé", null, null, null, "Absence"],
      ["R", "Repos", null, null, null, "repos"],
    ];
    const { legend, findings } = legendFromCodesTab(values, "Codes", "fr");
    expect(findings).toEqual([]);
    expect(legend.source).toBe("tab");
    expect(legend.lookup("m")).toMatchObject({
      start: 6 * H + 45,
      end: 14 * H,
      breakMinutes: 20,
      type: "work",
    });
    expect(legend.lookup("S")).toMatchObject({ start: 14 * H, end: 22 * H, breakMinutes: 0 });
    expect(legend.lookup("N")).toMatchObject({ start: 21 * H, end: 7 * H, type: "night" });
    expect(legend.lookup("v")).toMatchObject({ type: "sleep-in", start: 22 * H, end: 7 * H });
    expect(legend.lookup("CA")?.type).toBe("absence");
    expect(legend.lookup("R")?.type).toBe("rest");
    // The tab replaces the default legend.
    expect(legend.lookup("RH")).toBeUndefined();
  });

  test("reads Sheets time cells through the spreadsheet's zone (Paris Mean Time in 1899)", () => {
    // 07:00 wall clock in Paris on 30/12/1899 was 06:50:39 UTC (offset +0:09:21).
    const seven = new Date(Date.UTC(1899, 11, 30, 7, 0) - (9 * 60 + 21) * 1000);
    const fourteen = new Date(Date.UTC(1899, 11, 30, 14, 0) - (9 * 60 + 21) * 1000);
    const values: CellValue[][] = [header, ["M", "Matin", seven, fourteen, 0, "travail"]];
    const sheets = legendFromCodesTab(values, "Codes", "fr", dateReader("zone", "Europe/Paris"));
    expect(sheets.legend.lookup("M")).toMatchObject({ start: 7 * H, end: 14 * H });
    // Read naively as UTC fields, the same Dates would be 9 minutes early.
    const naive = legendFromCodesTab(values, "Codes", "fr", dateReader("utc", "UTC"));
    expect(naive.legend.lookup("M")?.start).toBe(6 * H + 51);
  });

  test("English headers and types", () => {
    const values: CellValue[][] = [
      ["Code", "Label", "Start", "End", "Break (min)", "Type"],
      ["E", "Early", "7:00", "15:00", 30, "work"],
      ["SI", "Sleep-in", "22:00", "7:00", 0, "sleep-in"],
      ["H", "Holiday", "", "", "", "absence"],
      ["O", "Off", "", "", "", "rest"],
    ];
    const { legend, findings } = legendFromCodesTab(values, "Codes", "en");
    expect(findings).toEqual([]);
    expect(legend.codes.map((c) => `${c.code}:${c.type}`)).toEqual([
      "E:work",
      "SI:sleep-in",
      "H:absence",
      "O:rest",
    ]);
  });

  test("bad rows are skipped and reported as bad-setting on their cell", () => {
    const values: CellValue[][] = [
      ["Légende de l'établissement"],
      header,
      ["M", "Matin", "7h", "14h", 0, "travail"],
      ["", "Sans code", "7h", "14h", 0, "travail"],
      ["X", "Type inconnu", "7h", "14h", 0, "bizarre"],
      ["S", "Soir sans fin", "14h", "", 0, "travail"],
      ["T", "Début illisible", "quatorze", "22h", 0, "travail"],
      ["U", "Même heure", "7h", "7h", 0, "travail"],
      ["W", "Pause illisible", "7h", "14h", "vingt", "travail"],
      ["m", "Doublon", "8h", "15h", 0, "travail"],
      [],
      ["N", "Nuit", "21h", "7h", 0, "nuit"],
    ];
    const { legend, findings } = legendFromCodesTab(values, "Codes", "fr");
    expect(legend.codes.map((c) => c.code)).toEqual(["M", "N"]);
    expect(
      findings.map((f) => `${f.ruleId} ${f.severity} ${f.tab} ${f.cells.join()} ${f.details.reason}`),
    ).toEqual([
      "bad-setting warning Codes A4 no-code",
      "bad-setting warning Codes F5 bad-type",
      "bad-setting warning Codes D6 no-end",
      "bad-setting warning Codes C7 bad-start",
      "bad-setting warning Codes D8 same-times",
      "bad-setting warning Codes E9 bad-break",
      "bad-setting warning Codes A10 duplicate",
    ]);
    expect(findings[1]?.message).toBe(
      "Onglet « Codes », ligne 5 : type « bizarre » inconnu (travail, nuit, veille, absence ou repos). Ligne ignorée.",
    );
    expect(findings.every((f) => f.person === null && f.date === null)).toBe(true);
  });

  test("a tab without the header falls back to the default legend with one finding; an empty one silently", () => {
    const noHeader = legendFromCodesTab([["M", "Matin"]], "Codes", "fr");
    expect(noHeader.legend.source).toBe("default");
    expect(noHeader.findings.map((f) => f.cells)).toEqual([["A1"]]);
    const empty = legendFromCodesTab([header], "Codes", "fr");
    expect(empty.legend.source).toBe("default");
    expect(empty.findings).toEqual([]);
  });
});
