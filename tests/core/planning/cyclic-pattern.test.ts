// Cyclic patterns (trames, rota patterns): lines × weekdays read as a loop, checked around it, never as people.
import { checkWorkbook } from "../../../src/core/check/check";
import { readingReport } from "../../../src/core/planning/reading-report";
import type { CellValue, WorkbookSnapshot } from "../../../src/core/workbook";
import { read, snapshot } from "./helpers";

const WEEKDAYS_FR = ["L", "M", "M", "J", "V", "S", "D"];

/**
 * A French 5-line 12 h trame: line numbers in A, codes in B:H, a count column in I, totals under it, its own legend
 * and an unrolled copy below. Line 5 ends on a Sunday J (8h-20h) and line 1 starts on a Monday M (6h-18h): 10 h of
 * rest around the loop, the only short rest of the pattern.
 */
function trame(): CellValue[][] {
  return [
    ["Trame réanimation 12 h — 5 lignes"],
    ["", ...WEEKDAYS_FR, "Nb jours"],
    [1, "M", "M", "R", "R", "N", "N", "R", 4],
    [2, "R", "J", "J", "R", "R", "N", "N", 4],
    [3, "R", "R", "M", "M", "Jca", "R", "R", 2],
    [4, "N", "N", "R", "R", "J", "J", "R", 4],
    [5, "R", "R", "N", "N", "-", "J", "J", 4],
    [],
    ["Total", 2, 3, 3, 2, 2, 4, 2],
    [],
    ["Légende"],
    ["M = 6h-18h"],
    ["J = 8h-20h"],
    ["N = 20h-8h"],
    ["Jca = ?"],
    [],
    ["", ...WEEKDAYS_FR, ...WEEKDAYS_FR],
    ["", "M", "M", "R", "R", "N", "N", "R", "R", "J", "J", "R", "R", "N", "N"],
    ["", "R", "J", "J", "R", "R", "N", "N", "R", "R", "M", "M", "R", "R", "R"],
  ];
}

function withSettings(snap: WorkbookSnapshot, rows: CellValue[][]): WorkbookSnapshot {
  snap.tabs.push({ name: snap.locale.startsWith("en") ? "Settings" : "Paramètres", values: rows });
  return snap;
}

describe("a French 12 h trame", () => {
  test("is an undated cyclic pattern of 5 lines, its lines no people, totals, counts and copies left aside", () => {
    const timeline = read(snapshot([["Trame", trame()]]));
    const tab = timeline.tabs[0];
    expect(tab?.status).toBe("undated");
    expect(tab?.layout).toBe("cyclic-pattern");
    expect(tab?.reason).toEqual({ kind: "cycle", lines: 5 });
    expect(tab?.people).toBe(0);
    expect(readingReport(timeline, "fr").tabs[0]?.how).toBe(
      "5 lignes (colonne A) ; jours : ligne 2 ; 3 codes définis dans l'onglet",
    );
    expect(timeline.persons).toEqual([]);
    expect(timeline.undatedPersons).toEqual([]);
    const pattern = timeline.cycles?.[0];
    expect(pattern?.range).toBe("B3:H7");
    expect(pattern?.lines.map((l) => l.name)).toEqual([
      "Ligne 1",
      "Ligne 2",
      "Ligne 3",
      "Ligne 4",
      "Ligne 5",
    ]);
    // 18 shifts (M, J, N), nothing from the count column, the totals row or the unrolled copy (rows 18-19).
    expect(tab?.shifts).toBe(18);
    const cells = pattern?.lines.flatMap((l) => l.sequences.map((s) => s.cell)) ?? [];
    expect(cells).toHaveLength(18);
    expect(cells.every((c) => c.row >= 2 && c.row <= 6 && c.col >= 1 && c.col <= 7)).toBe(true);
  });

  test("reads the codes with the tab's own 12 h legend, on days line after line", () => {
    const timeline = read(snapshot([["Trame", trame()]]));
    const [line1, , , , line5] = timeline.cycles?.[0]?.lines ?? [];
    const monday = line1?.sequences[0];
    expect([monday?.startMinute, monday?.endMinute]).toEqual([6 * 60, 18 * 60]);
    const night = line1?.sequences.find((s) => s.code === "N");
    expect([night?.startMinute, night?.endMinute]).toEqual([20 * 60, 32 * 60]);
    // Line 5's Sunday is 4 weeks and 6 days after line 1's Monday.
    const sunday = line5?.sequences[line5.sequences.length - 1];
    expect((sunday?.day ?? 0) - (monday?.day ?? 0)).toBe(34);
  });

  test("checks the rest around the loop: line 5's Sunday to line 1's Monday, in weekday and line, no date", () => {
    const result = checkWorkbook(snapshot([["Trame", trame()]]));
    const rests = result.findings.filter((f) => f.ruleId === "daily-rest");
    expect(rests).toHaveLength(1);
    expect(rests[0]).toMatchObject({ tab: "Trame", person: null, date: null, cells: ["H7", "B3"] });
    expect(rests[0]?.message).toBe(
      "Repos quotidien de 10 h entre le dimanche 20:00 (ligne 5) et le lundi 06:00 (ligne 1) (minimum 11 h).",
    );
    // No finding of the pattern cites a provisional date.
    const mine = result.findings.filter((f) => f.tab === "Trame");
    expect(mine.some((f) => /\d{2}\/\d{2}/.test(f.message))).toBe(false);
    expect(mine.every((f) => f.date === null)).toBe(true);
  });

  test("groups an undefined code's cells into one unknown-code warning, dated nowhere", () => {
    const snap = snapshot([
      ["Trame", trame().map((row, r) => (r === 6 ? [5, "R", "R", "N", "N", "Jca", "J", "J"] : row))],
    ]);
    const result = checkWorkbook(snap);
    const unknown = result.findings.filter((f) => f.ruleId === "unknown-code");
    expect(unknown).toHaveLength(1);
    expect(unknown[0]).toMatchObject({ person: null, date: null, cells: ["F5", "F7"] });
    expect(unknown[0]?.message).toContain("« Jca »");
    expect(unknown[0]?.message).toContain("2 cases");
    const tab = result.timeline.tabs.find((t) => t.name === "Trame");
    expect(tab?.notUnderstood).toBe(2);
    const undated = result.findings.filter((f) => f.ruleId === "unread-tab");
    expect(undated[0]?.message).toContain("lecture.Trame.début");
  });

  test("with lecture.<onglet>.début the loop is dated from that Monday", () => {
    const snap = withSettings(snapshot([["Trame", trame()]]), [
      ["Clé", "Valeur"],
      ["lecture.Trame.début", "2026-01-05"],
    ]);
    const result = checkWorkbook(snap);
    const tab = result.timeline.tabs.find((t) => t.name === "Trame");
    expect(tab?.status).toBe("read");
    const report = readingReport(result.timeline, "fr");
    expect(report.tabs.find((t) => t.tab === "Trame")).toMatchObject({
      from: "2026-01-05",
      to: "2026-02-08",
    });
    expect(report.patterns?.[0]?.lines[0]?.shifts[0]).toMatchObject({ date: "2026-01-05", start: "06:00" });
    const rest = result.findings.find((f) => f.ruleId === "daily-rest");
    expect(rest?.date).toBe("2026-02-08");
    expect(rest?.message).toContain("dimanche 08/02 20:00 (ligne 5)");
    expect(result.findings.some((f) => f.ruleId === "unread-tab" && f.tab === "Trame")).toBe(false);
  });

  test("reads two patterns side by side, each its own loop, the count columns between them no days", () => {
    const rows = trame()
      .slice(0, 7)
      .map((row, r) => {
        if (r < 2) return row;
        const codes = row.slice(1, 8).map((c) => (c === "M" ? "J" : c === "Jca" ? "R" : c));
        return [...row, "", ...codes, codes.filter((c) => c === "J" || c === "N").length];
      });
    const timeline = read(snapshot([["Deux trames", rows]]));
    expect(timeline.cycles?.map((c) => c.range)).toEqual(["B3:H7", "K3:Q7"]);
    expect(timeline.cycles?.[1]?.lines[0]?.name).toBe("Trame 2, ligne 1");
    expect(timeline.tabs[0]?.status).toBe("undated");
  });

  test("reads lines labelled Semaine 1…6 under Lundi…Dimanche, blank cells as nothing", () => {
    const days = ["Lundi", "Mardi", "Mercredi", "Jeudi", "Vendredi", "Samedi", "Dimanche"];
    const codes = ["M", "S", "N", "", "R"];
    const rows: CellValue[][] = [
      ["Roulement IDE", ...days],
      ...Array.from({ length: 6 }, (_, k) => [
        `Semaine ${k + 1}`,
        ...days.map((_, d) => codes[(k + d) % codes.length] as string),
      ]),
    ];
    const timeline = read(snapshot([["Roulement", rows]]));
    expect(timeline.tabs[0]).toMatchObject({ layout: "cyclic-pattern", reason: { kind: "cycle", lines: 6 } });
    expect(timeline.cycles?.[0]?.range).toBe("B2:H7");
    // M, S and N are 3 of every 5 cells: 42 cells, 8 or 9 of each code.
    const codesRead = timeline.cycles?.[0]?.lines.flatMap((l) => l.sequences.map((s) => s.code)) ?? [];
    expect(codesRead).toHaveLength(timeline.tabs[0]?.shifts ?? -1);
    expect(codesRead.filter((c) => c === "N")).toHaveLength(8);
    expect(timeline.undatedPersons).toEqual([]);
  });

  test("a weekly grid of named people under the weekdays stays a people grid", () => {
    const timeline = read(
      snapshot([
        [
          "Semaine",
          [
            ["Nom", ...WEEKDAYS_FR],
            ["Martin Claire", "M", "M", "R", "J", "J", "R", "R"],
            ["Durand Paul", "R", "J", "J", "R", "M", "M", "R"],
          ],
        ],
      ]),
    );
    expect(timeline.tabs[0]?.layout).toBe("grid-people-days");
    expect(timeline.cycles).toBeUndefined();
  });

  test("thousands of code rows under the weekdays are no pattern a team repeats (never a crash)", () => {
    const codes = ["M", "S", "RH", "N"];
    const rows = (numbered: boolean): CellValue[][] => [
      ["", ...WEEKDAYS_FR],
      ...Array.from({ length: 3000 }, (_, r) => [
        numbered ? r + 1 : "",
        ...WEEKDAYS_FR.map((_, d) => codes[(r + d) % 4] as string),
      ]),
    ];
    for (const numbered of [false, true]) {
      const result = checkWorkbook(snapshot([["Liste", rows(numbered)]]));
      expect(result.timeline.cycles).toBeUndefined();
    }
  });

  test("numbered rows with a name beside them are people, not the lines of a pattern", () => {
    const timeline = read(
      snapshot([
        [
          "Semaine 2",
          [
            ["N°", "Nom", ...WEEKDAYS_FR],
            [1, "Martin Claire", "M", "M", "R", "J", "J", "R", "R"],
            [2, "Durand Paul", "R", "J", "J", "R", "M", "M", "R"],
            [3, "Petit Lou", "J", "R", "M", "M", "R", "J", "J"],
          ],
        ],
      ]),
    );
    expect(timeline.cycles).toBeUndefined();
    expect(timeline.undatedPersons.map((p) => p.name).sort()).toEqual([
      "Durand Paul",
      "Martin Claire",
      "Petit Lou",
    ]);
  });
});

describe("an English rota pattern", () => {
  /** Weeks 1-4 × Mon-Sun with an hours column and a code key; week 4 ends on a late, week 1 starts on an early. */
  function rota(): WorkbookSnapshot {
    const snap = snapshot([
      [
        "Rota pattern",
        [
          ["Ward 7 rota pattern (4 weeks)"],
          ["", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun", "Hours"],
          ["Week 1", "E", "E", "OFF", "OFF", "L", "L", "OFF", 40],
          ["Week 2", "OFF", "N", "N", "N", "OFF", "OFF", "OFF", 27],
          ["Week 3", "OFF", "OFF", "E", "E", "E", "OFF", "OFF", 24],
          ["Week 4", "L", "L", "OFF", "OFF", "E", "OFF", "L", 32],
          [],
          ["Code", "Meaning"],
          ["E", "Early 07:00-15:00"],
          ["L", "Late 14:00-22:00"],
          ["N", "Night 21:00-07:00"],
        ],
      ],
    ]);
    snap.locale = "en_GB";
    snap.timeZone = "Europe/London";
    return snap;
  }

  test("reads weeks 1-4 as the lines of a loop, the hours column no day", () => {
    const timeline = read(rota(), { lang: "en" });
    expect(timeline.tabs[0]).toMatchObject({ status: "undated", layout: "cyclic-pattern", shifts: 14 });
    expect(timeline.cycles?.[0]?.lines.map((l) => l.name)).toEqual(["Line 1", "Line 2", "Line 3", "Line 4"]);
    expect(timeline.persons).toEqual([]);
  });

  test("finds the short rest from week 4's Sunday late to week 1's Monday early, in English words", () => {
    const result = checkWorkbook(rota());
    const rests = result.findings.filter((f) => f.ruleId === "daily-rest");
    expect(rests.map((f) => f.cells)).toEqual([["H6", "B3"]]);
    expect(rests[0]?.message).toContain("Sunday 22:00 (line 4)");
    expect(rests[0]?.message).toContain("Monday 07:00 (line 1)");
    expect(rests[0]?.date).toBeNull();
    const reason = result.findings.find((f) => f.ruleId === "unread-tab")?.message ?? "";
    expect(reason).toContain('"reading.Rota pattern.start"');
  });

  test("reading.<tab>.start dates it from that Monday, a later day of the week counting from its Monday", () => {
    const snap = withSettings(rota(), [
      ["Key", "Value"],
      ["reading.Rota pattern.start", "2026-03-04"],
    ]);
    const result = checkWorkbook(snap);
    expect(result.timeline.tabs[0]).toMatchObject({ status: "read", firstDay: expect.any(Number) });
    const report = readingReport(result.timeline, "en");
    expect(report.tabs[0]).toMatchObject({ from: "2026-03-02", to: "2026-03-29" });
    const rest = result.findings.find((f) => f.ruleId === "daily-rest");
    expect(rest?.date).toBe("2026-03-29");
    expect(rest?.message).toContain("Sunday 29 Mar 22:00 (line 4)");
  });
});
