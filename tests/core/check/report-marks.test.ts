// The report rows (summary, one row per finding, colours, links) and the cell marks (worst severity, notes).
import type { CheckResult } from "../../../src/core/check/check";
import { isMarkNote, MARK_COLOURS, marksFromFindings, parseCellRef } from "../../../src/core/check/marks";
import { REPORT_WIDTH, reportSheet } from "../../../src/core/check/report";
import type { Finding } from "../../../src/core/findings";
import { defaultSettings } from "../../../src/core/settings";

const finding = (over: Partial<Finding>): Finding => ({
  ruleId: "daily-rest",
  severity: "error",
  person: "Martin Léa",
  date: "2026-11-24",
  tab: "Novembre 2026",
  cells: ["F12", "G12"],
  message: "Repos quotidien de 9 h entre le 24/11 22:00 et le 25/11 07:00 (minimum 11 h).",
  details: {},
  ...over,
});

const FINDINGS: Finding[] = [
  finding({}),
  finding({
    ruleId: "overlap",
    date: "2026-11-25",
    cells: ["'Novembre 2026'!C3", "'IME'!D4"],
    message: "Deux postes se chevauchent pendant 5 h.",
  }),
  finding({
    ruleId: "coverage",
    severity: "error",
    person: null,
    date: "2026-11-28",
    cells: ["AC1"],
    message: "Couverture insuffisante.",
  }),
  finding({ ruleId: "amplitude", severity: "warning", cells: ["G12"], message: "Amplitude de 14 h." }),
  finding({
    ruleId: "contract-hours",
    severity: "info",
    date: "2026-11-01",
    cells: [],
    message: "Heures au contrat.",
  }),
  finding({
    ruleId: "bad-setting",
    severity: "warning",
    person: null,
    date: null,
    tab: "Paramètres",
    cells: ["B4"],
    message: "Paramètre.",
  }),
];

function resultOf(findings: Finding[]): CheckResult {
  return {
    findings,
    summary: {
      errors: findings.filter((f) => f.severity === "error").length,
      warnings: findings.filter((f) => f.severity === "warning").length,
      infos: findings.filter((f) => f.severity === "info").length,
      tabs: ["Novembre 2026", "IME"],
      ignoredTabs: ["Notes"],
      people: 12,
      shifts: 340,
      preset: "ccn66",
      hoursPerPersonWeek: [],
    },
    timeline: {
      zone: undefined as never,
      persons: [{ key: "martin lea", name: "Martin Léa", sequences: [], marks: [] }],
      undatedPersons: [],
      tabs: [
        {
          name: "Novembre 2026",
          status: "read",
          layout: "grid-people-days",
          how: [{ kind: "names", cols: [0] }],
          people: 12,
          shifts: 340,
          absences: 4,
          notUnderstood: 1,
        },
        {
          name: "Notes",
          status: "ignored",
          layout: null,
          how: [],
          reason: { kind: "notPlanning" },
          people: 0,
          shifts: 0,
          absences: 0,
          notUnderstood: 0,
        },
      ],
      ignoredTabs: [],
      plannedRanges: [],
      readingFindings: [],
    },
    settings: defaultSettings("ccn66"),
    legend: { source: "default", codes: [], lookup: () => undefined },
    staff: [],
    lang: "fr",
  };
}

// 24/11/2026 08:15 in Paris (UTC+1).
const GENERATED = new Date(Date.UTC(2026, 10, 24, 7, 15));

describe("reportSheet", () => {
  const sheet = reportSheet(resultOf(FINDINGS), { generatedAt: GENERATED });

  test("a summary header: title, date in the establishment's zone, preset, tabs read and ignored, counts", () => {
    const firstColumns = sheet.rows.slice(0, 11).map((r) => [r[0], r[1]]);
    expect(firstColumns).toEqual([
      ["Contrôle planning", ""],
      ["Vérifié le", "24/11/2026 08:15"],
      ["Référentiel", "CCN 66 (ccn66)"],
      ["Onglets lus", "Novembre 2026, IME"],
      ["Onglets ignorés", "Notes"],
      ["Personnes", 12],
      ["Séquences de travail", 340],
      ["Erreurs", 3],
      ["Avertissements", 2],
      ["Informations", 1],
      ["", ""],
    ]);
    expect(sheet.rows[sheet.columnHeaderRow]).toEqual([
      "Gravité",
      "Règle",
      "Personne",
      "Date",
      "Onglet",
      "Cellules",
      "Message",
    ]);
    expect(sheet.headerRows).toBe(sheet.columnHeaderRow + 1);
  });

  test("the reading block: the verdict, then each tab's status, layout, how, people, dates and counts", () => {
    const block = sheet.rows.slice(11, sheet.columnHeaderRow);
    expect(block[0]?.slice(0, 2)).toEqual(["Lecture des onglets", "1 onglet lu, 1 personne, 340 postes"]);
    expect(block[1]?.[0]).toBe("Onglet");
    expect(block[2]).toEqual([
      "Novembre 2026",
      "lu",
      "personnes × jours",
      "noms : colonne A",
      12,
      "",
      "340 · 4 · 1",
    ]);
    expect(block[3]?.slice(0, 4)).toEqual(["Notes", "ignoré", "", "ce n'est pas un planning"]);
    expect(block[4]?.every((v) => v === "")).toBe(true);
  });

  test("one row per finding, in the given (sorted) order, every row as wide as the table", () => {
    const body = sheet.rows.slice(sheet.headerRows);
    expect(body).toHaveLength(FINDINGS.length);
    expect(body[0]).toEqual([
      "Erreur",
      "Repos quotidien (daily-rest)",
      "Martin Léa",
      "24/11/2026",
      "Novembre 2026",
      "F12, G12",
      FINDINGS[0]?.message,
    ]);
    expect(body[5]?.slice(2, 6)).toEqual(["", "", "Paramètres", "B4"]);
    expect(sheet.rows.every((r) => r.length === REPORT_WIDTH)).toBe(true);
  });

  test("severities per row colour the finding rows only", () => {
    expect(sheet.severities.slice(0, sheet.headerRows).every((s) => s === null)).toBe(true);
    expect(sheet.severities.slice(sheet.headerRows)).toEqual([
      "error",
      "error",
      "error",
      "warning",
      "info",
      "warning",
    ]);
  });

  test("each row's tab name links to the cells: a person's flagged cells on the tab, or the row's own", () => {
    const h = sheet.headerRows;
    const martin = { tab: "Novembre 2026", a1: "C3:G12" };
    const link = (row: number, tab: string, a1: string) => ({
      row,
      col: 4,
      texts: [tab],
      targets: [{ tab, a1 }],
    });
    expect(sheet.links).toEqual([
      link(h, martin.tab, martin.a1),
      link(h + 1, martin.tab, martin.a1),
      link(h + 2, "Novembre 2026", "AC1"),
      link(h + 3, martin.tab, martin.a1),
      link(h + 4, martin.tab, martin.a1),
      link(h + 5, "Paramètres", "B4"),
    ]);
    expect(sheet.rows[h + 1]?.[5]).toBe("C3, 'IME'!D4");
  });

  test("repeated findings are one row: the count in the message, first → last in the date, the list in a note", () => {
    const nights = [2, 4, 6].map((d) =>
      finding({
        ruleId: "night-max",
        severity: "warning",
        date: `2026-11-0${d}`,
        cells: [`${String.fromCharCode(66 + d)}5`],
        message: `Poste de nuit de 10 h entre le 0${d}/11 21:00 et le 0${d + 1}/11 07:00 (maximum 8 h).`,
        details: { nightMinutes: 600, maximumMinutes: 480 },
      }),
    );
    const report = reportSheet(resultOf(nights), { generatedAt: GENERATED });
    const body = report.rows.slice(report.headerRows);
    expect(body).toEqual([
      [
        "Avertissement",
        "Durée d'une nuit (night-max)",
        "Martin Léa",
        "02/11/2026 → 06/11/2026",
        "Novembre 2026",
        "D5, F5, H5",
        "3 nuits de 10 h (maximum 8 h)",
      ],
    ]);
    expect(report.notes).toEqual([
      {
        row: report.headerRows,
        col: 6,
        text: nights.map((n, i) => `0${2 * i + 2}/11 · ${n.cells[0]} · ${n.message}`).join("\n"),
      },
    ]);
  });

  test("the summary is a list of sections: more blocks slot in before the findings", () => {
    const report = reportSheet(resultOf(FINDINGS), {
      generatedAt: GENERATED,
      sections: [{ id: "extra", rows: [["Autre bloc"], ["Novembre 2026", "lu"], []] }],
    });
    // After the summary (11 rows) and the reading block (5 rows), the extra block, then the column header.
    expect(report.rows.slice(16, 19).map((r) => r.slice(0, 2))).toEqual([
      ["Autre bloc", ""],
      ["Novembre 2026", "lu"],
      ["", ""],
    ]);
    expect(report.columnHeaderRow).toBe(19);
    expect(report.rows.slice(report.headerRows)).toEqual(sheet.rows.slice(sheet.headerRows));
  });

  test("no finding: one row saying so; English labels", () => {
    const empty = reportSheet(resultOf([]), { generatedAt: GENERATED, lang: "en" });
    expect(empty.rows[empty.headerRows]?.[0]).toBe("No problem found.");
    expect(empty.rows[1]?.slice(0, 2)).toEqual(["Checked on", "24 Nov 2026 08:15"]);
    expect(empty.links).toEqual([]);
  });
});

describe("marksFromFindings", () => {
  const marks = marksFromFindings(FINDINGS, { lang: "fr", tabs: new Set(["Novembre 2026", "IME"]) });

  test("one mark per cell of the planning tabs, the worst severity's colour, sorted by tab, row, column", () => {
    expect(marks.map((m) => [m.tab, m.a1, m.severity, m.background])).toEqual([
      ["IME", "D4", "error", MARK_COLOURS.error],
      ["Novembre 2026", "AC1", "error", MARK_COLOURS.error],
      ["Novembre 2026", "C3", "error", MARK_COLOURS.error],
      ["Novembre 2026", "F12", "error", MARK_COLOURS.error],
      ["Novembre 2026", "G12", "error", MARK_COLOURS.error],
    ]);
    expect(marks.find((m) => m.a1 === "G12")).toMatchObject({
      row: 11,
      col: 6,
      ruleIds: ["daily-rest", "amplitude"],
    });
  });

  test("the note lists every finding on the cell, worst first, each line recognisably ours", () => {
    const note = marks.find((m) => m.a1 === "G12")?.note ?? "";
    expect(note.split("\n")).toEqual([
      `[Relève] Erreur — Repos quotidien (Martin Léa) : ${FINDINGS[0]?.message}`,
      "[Relève] Avertissement — Amplitude (Martin Léa) : Amplitude de 14 h.",
    ]);
    expect(isMarkNote(note)).toBe(true);
    expect(isMarkNote("Remplacement prévu")).toBe(false);
  });

  test("without a tab filter every cell named is marked, settings cells too; English notes", () => {
    const all = marksFromFindings(FINDINGS, { lang: "en" });
    expect(all.map((m) => `${m.tab}!${m.a1}`)).toContain("Paramètres!B4");
    expect(all.find((m) => m.a1 === "B4")?.note).toBe("[Relève] Warning — Setting: Paramètre.");
  });

  test("a cell with many findings spells out ten and counts the rest", () => {
    const many = Array.from({ length: 13 }, (_, i) => finding({ cells: ["B2"], message: `Problème ${i}` }));
    const [mark] = marksFromFindings(many, { lang: "fr" });
    const lines = mark?.note.split("\n") ?? [];
    expect(lines).toHaveLength(11);
    expect(lines[10]).toContain("3 autres");
  });
});

describe("parseCellRef", () => {
  test.each([
    ["F12", "Tab", { tab: "Tab", row: 11, col: 5, a1: "F12" }],
    ["'Novembre 2026'!AC1", null, { tab: "Novembre 2026", row: 0, col: 28, a1: "AC1" }],
    ["'L''atelier'!$B$3", null, { tab: "L'atelier", row: 2, col: 1, a1: "B3" }],
    ["IME!d4", null, { tab: "IME", row: 3, col: 3, a1: "D4" }],
  ])("%s", (ref, tab, expected) => {
    expect(parseCellRef(ref, tab)).toEqual(expected);
  });

  test("unreadable references and references without a tab give null", () => {
    expect(parseCellRef("F12", null)).toBeNull();
    expect(parseCellRef("12F", "Tab")).toBeNull();
    expect(parseCellRef("A0", "Tab")).toBeNull();
  });
});
