// checkPlanning / clearPlanningFlags / selectCells under the fake: findings, report tab, marks, exact restore, lock.
import { groupFindings } from "../../src/core/check/groups";
import { MARK_COLOURS, MARK_STYLE } from "../../src/core/check/marks";
import { rowsToRecords } from "../../src/gas/check/store-codec";
import { checkPlanning, clearPlanningFlags, selectCells } from "../../src/gas/main";
import type { FakeAppsScript, FakeSheet } from "../fakes";
import { checkWorld, planningNames, stateOf } from "./check-world";

const NOV = "Hirondelles - Novembre 2026";
/** Martin Léa's row and her 25/11 column in the November tab of her unit (row 10, day 25 → column AA). */
const MARTIN_25 = { row: 10, col: 27 };

let fake: FakeAppsScript;
afterEach(() => fake?.uninstall());

const sheet = (name: string): FakeSheet => fake.spreadsheet.getSheetByName(name) as FakeSheet;
const roleOf = (s: FakeSheet): string | null =>
  s
    .getDeveloperMetadata()
    .find((m) => m.getKey() === "releve.role")
    ?.getValue() ?? null;

describe("checkPlanning on a realistic workbook (2 units × 3 months)", () => {
  test("returns contract §1's summary with the planted mistakes, counts over every finding", () => {
    fake = checkWorld();
    const summary = checkPlanning();
    expect(summary.truncated).toBe(false);
    expect(summary.errors + summary.warnings + summary.infos).toBe(summary.findings.length);
    const rest = summary.findings.find((f) => f.ruleId === "daily-rest" && f.person === "Martin Léa");
    expect(rest).toMatchObject({ severity: "error", date: "2026-11-24", tab: NOV, cells: ["Z10", "AA10"] });
    expect(
      summary.findings.some((f) => f.ruleId === "absence-conflict" && f.person === "Petit Camille"),
    ).toBe(true);
    expect(JSON.parse(JSON.stringify(summary))).toEqual(summary);
  });

  test("toasts the number of tabs while it works, then the counts and where the report is", () => {
    fake = checkWorld();
    const summary = checkPlanning();
    expect(fake.ui.toasts[0]?.message).toBe("Vérification de 6 onglets…");
    const last = fake.ui.toasts[fake.ui.toasts.length - 1]?.message ?? "";
    expect(last).toContain(`${summary.errors} erreurs`);
    expect(last).toContain("Rapport complet dans l'onglet « Contrôle planning »");
    expect(fake.ui.alerts).toHaveLength(0);
  });

  test("writes the report tab: summary, one row per group of findings, linked cells (no formula), colours, frozen header", () => {
    fake = checkWorld();
    const summary = checkPlanning();
    const report = sheet("Contrôle planning");
    expect(roleOf(report)).toBe("report");
    const values = report.valuesOf();
    expect(values[0]?.[0]).toBe("Contrôle planning");
    const header = values.findIndex((row) => row[0] === "Gravité");
    expect(values[header]).toEqual(["Gravité", "Règle", "Personne", "Date", "Onglet", "Cellules", "Message"]);
    expect(report.getFrozenRows()).toBe(header + 1);
    const rows = values.slice(header + 1);
    const groups = groupFindings(summary.findings, "fr");
    expect(rows).toHaveLength(groups.length);
    expect(groups.length).toBeLessThan(summary.findings.length / 5);
    expect(rows[0]?.[0]).toBe("Erreur");
    // A night watcher's 14 nights of 10 h in November are one row, their list in the message's note.
    const nights = rows.findIndex((r) => r[2] === "Girard Karim" && String(r[1]).includes("night-max"));
    expect(rows[nights]?.[6]).toBe("14 nuits de 10 h (maximum 8 h)");
    expect(rows[nights]?.[3]).toBe("01/11/2026 → 26/11/2026");
    const note = report.cellAt(header + 2 + nights, 7)?.note ?? "";
    expect(note.split("\n")).toHaveLength(14);
    expect(note.split("\n")[0]).toMatch(/^01\/11 · C13 · Poste de nuit de 10 h/);
    const nightLinks = report.cellAt(header + 2 + nights, 5)?.links ?? [];
    expect(nightLinks.map((l) => l.linkUrl)).toEqual([`#gid=${sheet(NOV).getSheetId()}&range=C13:AB13`]);

    const restRow =
      header + 2 + rows.findIndex((r) => r[2] === "Martin Léa" && String(r[1]).includes("daily-rest"));
    expect(report.cellAt(restRow, 6)?.value).toBe("Z10, AA10");
    // The tab name links to the person's flagged cells on that tab (plain text, never a formula).
    const tabCell = report.cellAt(restRow, 5);
    expect(tabCell?.value).toBe(NOV);
    expect(tabCell?.formula).toBe("");
    const gid = sheet(NOV).getSheetId();
    expect(tabCell?.links.map((l) => [l.start, l.end, l.linkUrl])).toEqual([
      [0, NOV.length, `#gid=${gid}&range=Z10:AA10`],
    ]);
    expect(report.cellAt(restRow, 1)?.background).toBe(MARK_COLOURS.error);
    const crossTab = header + 2 + rows.findIndex((r) => String(r[1]).includes("absence-conflict"));
    expect(report.cellAt(crossTab, 6)?.value).toBe("X15, 'Hirondelles - Décembre 2026'!X7");
    for (let r = 1; r <= values.length; r++) {
      for (let c = 1; c <= 7; c++) expect(report.cellAt(r, c)?.formula ?? "").toBe("");
    }
  });

  test("marks each flagged cell with bold underlined text in the severity colour and a note, never a fill, never a value", () => {
    fake = checkWorld();
    const before = Object.fromEntries(planningNames().map((n) => [n, sheet(n).valuesOf()]));
    const fillBefore = sheet(NOV).cellAt(MARTIN_25.row, MARTIN_25.col)?.background;
    checkPlanning();
    const marked = sheet(NOV).cellAt(MARTIN_25.row, MARTIN_25.col);
    expect(marked).toMatchObject({
      background: fillBefore,
      fontColor: MARK_STYLE.fontColor.error,
      fontWeight: "bold",
      fontLine: "underline",
    });
    expect(marked?.note).toMatch(
      /^\[Relève\] Erreur — Repos quotidien \(Martin Léa\) : Repos quotidien de 9 h/,
    );
    for (const name of planningNames()) expect(sheet(name).valuesOf()).toEqual(before[name]);
    const names = planningNames();
    const planningWrites = fake.writes.filter((w) => names.some((n) => w.target.startsWith(`'${n}'`)));
    expect(new Set(planningWrites.map((w) => w.method))).toEqual(
      new Set([
        "RangeList.setFontColor",
        "RangeList.setFontWeight",
        "RangeList.setFontLine",
        "Range.setNotes",
      ]),
    );
    expect(fake.lock.writesOutsideLock()).toEqual([]);
  });

  test("a cell's own note stays readable under the mark and comes back on clear", () => {
    fake = checkWorld();
    const nov = sheet(NOV);
    nov.getRange(MARTIN_25.row, MARTIN_25.col).setNote("Échange demandé par Léa");
    checkPlanning();
    expect(nov.cellAt(MARTIN_25.row, MARTIN_25.col)?.note).toMatch(/\n—\nÉchange demandé par Léa$/);
    clearPlanningFlags();
    expect(nov.cellAt(MARTIN_25.row, MARTIN_25.col)?.note).toBe("Échange demandé par Léa");
  });
});

describe("clearPlanningFlags restores exactly what was there", () => {
  test("values, backgrounds, notes, borders and conditional formats: before check == after clear", () => {
    fake = checkWorld();
    const names = [...planningNames(), "Paramètres", "Codes", "Équipe"];
    const before = stateOf(fake, names);
    checkPlanning();
    expect(stateOf(fake, names)).not.toEqual(before);
    const cleared = clearPlanningFlags();
    expect(cleared.restored).toBeGreaterThan(0);
    expect(cleared.kept).toBe(0);
    expect(cleared.message).toBe(`Marques effacées : ${cleared.restored} cellules remises comme avant.`);
    expect(stateOf(fake, names)).toEqual(before);
    expect(fake.lock.writesOutsideLock()).toEqual([]);
  });

  test("check → check → clear: the second check first undoes the first one's marks", () => {
    fake = checkWorld();
    const names = planningNames();
    const before = stateOf(fake, names);
    const first = checkPlanning();
    const afterFirst = stateOf(fake, names);
    const second = checkPlanning();
    expect(second.marked).toBe(first.marked);
    expect(stateOf(fake, names)).toEqual(afterFirst);
    clearPlanningFlags();
    expect(stateOf(fake, names)).toEqual(before);
  });

  test("a mark fixed in between disappears at the next check, its cell restored", () => {
    fake = checkWorld();
    const nov = sheet(NOV);
    const original = nov.cellAt(MARTIN_25.row, MARTIN_25.col)?.background;
    checkPlanning();
    nov.getRange(MARTIN_25.row, MARTIN_25.col).setValue("S");
    checkPlanning();
    expect(nov.cellAt(MARTIN_25.row, MARTIN_25.col)?.background).toBe(original);
    expect(nov.cellAt(MARTIN_25.row, MARTIN_25.col)?.note).toBe("");
  });

  test("a mark the user changed after the check is left as the user made it", () => {
    fake = checkWorld();
    const nov = sheet(NOV);
    const names = planningNames();
    checkPlanning();
    const z10 = nov.getRange("Z10");
    z10.setNote("Vu avec Léa, on garde");
    nov.getRange(MARTIN_25.row, MARTIN_25.col).setFontColor("#00ff00");
    const cleared = clearPlanningFlags();
    expect(cleared.kept).toBe(2);
    expect(cleared.message).toContain("2 cellules modifiées depuis la vérification");
    expect(nov.cellAt(10, 26)?.note).toBe("Vu avec Léa, on garde");
    expect(nov.getRange("Z10").getFontWeight()).toBe("normal");
    expect(nov.cellAt(MARTIN_25.row, MARTIN_25.col)?.fontColor).toBe("#00ff00");
    expect(nov.getRange(MARTIN_25.row, MARTIN_25.col).getFontLine()).toBe("none");
    expect(nov.cellAt(MARTIN_25.row, MARTIN_25.col)?.note).toBe("");
    // Nothing of ours remains anywhere else.
    for (const name of names) {
      const values = sheet(name).valuesOf();
      for (let r = 1; r <= values.length; r++) {
        for (let c = 1; c <= (values[0]?.length ?? 0); c++) {
          expect(sheet(name).cellAt(r, c)?.note ?? "").not.toMatch(/^\[Relève\]/);
        }
      }
    }
  });

  test("the clear writes styles only to the marked cells and notes only inside their rectangle", () => {
    fake = checkWorld();
    checkPlanning();
    const nov = sheet(NOV);
    nov.getRange("A1:B2").setFontColor("#000000");
    const from = fake.writes.length;
    clearPlanningFlags();
    expect(nov.cellAt(1, 1)?.fontColor).toBe("#000000");
    const writes = fake.writes.slice(from).filter((w) => w.target.startsWith(`'${NOV}'`));
    const styles = writes.filter((w) => w.method.startsWith("RangeList."));
    expect(styles.length).toBeGreaterThan(0);
    for (const w of styles) expect(w.target).not.toMatch(/!A1[,:]|!A1$/);
    const notes = writes.filter((w) => w.method === "Range.setNotes").map((w) => w.target);
    expect(notes).toHaveLength(1);
    expect(notes[0]).not.toMatch(/!A1:/);
    expect(writes.map((w) => w.method)).not.toContain("Range.setBackgrounds");
  });

  test("nothing to clear: says so and writes nothing", () => {
    fake = checkWorld();
    const cleared = clearPlanningFlags();
    expect(cleared).toEqual({
      restored: 0,
      kept: 0,
      notesWithoutRecord: 0,
      stylesNotRestored: 0,
      message: "Aucune marque à effacer.",
    });
    expect(fake.writes).toEqual([]);
  });

  test("the records live in one hidden tab with metadata, emptied by the clear", () => {
    fake = checkWorld();
    const summary = checkPlanning();
    const store = fake.spreadsheet.getSheets().find((s) => roleOf(s) === "marks") as FakeSheet;
    expect(store.isSheetHidden()).toBe(true);
    expect(rowsToRecords(store.valuesOf()).records).toHaveLength(summary.marked);
    expect(store.valuesOf().every((r) => r.every((v) => typeof v === "string"))).toBe(true);
    expect(fake.spreadsheet.getActiveSheet().getName()).not.toBe(store.getName());
    clearPlanningFlags();
    expect(rowsToRecords(store.valuesOf()).records).toHaveLength(0);
  });
});

describe("settings errors", () => {
  test("a bad setting is a finding on its own cell, marked there, listed in the report", () => {
    fake = checkWorld({
      settings: [
        ["règle.daily-rest.erreur", "beaucoup"],
        ["couleur", "bleu"],
      ],
    });
    const summary = checkPlanning();
    const bad = summary.findings.filter((f) => f.ruleId === "bad-setting" && f.tab === "Paramètres");
    expect(bad.map((f) => [f.severity, f.cells])).toEqual([
      ["error", ["B4"]],
      ["warning", ["A5"]],
    ]);
    expect(bad[0]?.message).toContain("beaucoup");
    const settings = sheet("Paramètres");
    expect(settings.cellAt(4, 2)?.fontColor).toBe(MARK_STYLE.fontColor.error);
    expect(settings.cellAt(4, 2)?.note).toContain("beaucoup");
    const reportRows = sheet("Contrôle planning").valuesOf();
    expect(reportRows.some((r) => r[4] === "Paramètres" && r[5] === "B4")).toBe(true);
  });
});

describe("the report tab belongs to the add-on", () => {
  test("a user's own 'Contrôle planning' tab is never overwritten: another name, and the user is told", () => {
    fake = checkWorld({ before: { "Contrôle planning": [["Mes remarques"], ["à garder"]] } });
    const summary = checkPlanning();
    expect(sheet("Contrôle planning").valuesOf()).toEqual([["Mes remarques"], ["à garder"]]);
    expect(summary.reportTab).toBe("Contrôle planning (Relève)");
    expect(summary.notice).toContain("n'a pas été créé par Relève");
    expect(roleOf(sheet("Contrôle planning (Relève)"))).toBe("report");
    expect(fake.ui.toasts[fake.ui.toasts.length - 1]?.message).toContain("« Contrôle planning (Relève) »");
  });

  test("the second check rewrites the same report tab, shorter results leave no stale row", () => {
    fake = checkWorld({ settings: [["couleur", "bleu"]] });
    const first = checkPlanning();
    sheet("Paramètres")
      .getRange("A4:B4")
      .setValues([["", ""]]);
    const second = checkPlanning();
    expect(second.warnings).toBe(first.warnings - 1);
    const reports = fake.spreadsheet.getSheets().filter((s) => roleOf(s) === "report");
    expect(reports).toHaveLength(1);
    const values = (reports[0] as FakeSheet).valuesOf();
    const header = values.findIndex((row) => row[0] === "Gravité");
    expect(values.length - header - 1).toBe(groupFindings(second.findings, "fr").length);
  });
});

describe("lock and language", () => {
  test("a busy document lock stops the check with a clear message and writes nothing", () => {
    fake = checkWorld();
    fake.lock.holdAs("other");
    expect(() => checkPlanning()).toThrow(/Relève travaille déjà sur ce classeur/);
    expect(() => clearPlanningFlags()).toThrow(/Réessayez dans quelques secondes/);
    expect(fake.writes).toEqual([]);
  });

  test("an English spreadsheet gets an English report tab and messages", () => {
    fake = checkWorld({ locale: "en_GB" });
    const summary = checkPlanning();
    expect(summary.reportTab).toBe("Planning check");
    expect(sheet("Planning check").valuesOf()[0]?.[0]).toBeTruthy();
    expect(fake.ui.toasts[0]?.message).toBe("Checking 6 tabs…");
  });
});

describe("selectCells", () => {
  test("activates the finding's tab and selects its cells", () => {
    fake = checkWorld();
    expect(selectCells({ tab: NOV, cells: ["Z10", "AA10"] })).toEqual({ tab: NOV, range: "Z10:AA10" });
    const active = fake.spreadsheet.getActiveSheet();
    expect(active.getName()).toBe(NOV);
    expect(active.getActiveRange().getA1Notation()).toBe("Z10:AA10");
    expect(
      selectCells({ tab: "Mésanges - Décembre 2026", cells: ["'Hirondelles - Décembre 2026'!X7"] }),
    ).toEqual({
      tab: "Hirondelles - Décembre 2026",
      range: "X7",
    });
  });

  test("refuses what it cannot select, with a clear message", () => {
    fake = checkWorld();
    expect(() => selectCells({ tab: "Disparu", cells: ["A1"] })).toThrow(
      "L'onglet « Disparu » n'existe plus.",
    );
    expect(() => selectCells({ tab: NOV, cells: ["pas une cellule"] })).toThrow(
      /ne peuvent pas être sélectionnées/,
    );
    expect(() => selectCells("A1")).toThrow(/ne peuvent pas être sélectionnées/);
  });
});
