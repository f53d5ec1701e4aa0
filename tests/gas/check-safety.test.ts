// The check in Sheets as people really use their sheets: colleagues editing meanwhile, long text, text that looks
// like a number, a deleted marks store, cells with their own borders and text styles.
import { MARK_STYLE } from "../../src/core/check/marks";
import { checkPlanning, clearPlanningFlags } from "../../src/gas/main";
import type { FakeAppsScript, FakeSheet } from "../fakes";
import { createFakeAppsScript } from "../fakes";
import { MAX_CELL_CHARS } from "../fakes/cell-values";
import { checkWorld, planningNames, settingsRows, stateOf } from "./check-world";

const NOV = "Hirondelles - Novembre 2026";
const JAN = "Mésanges - Janvier 2027";

let fake: FakeAppsScript;
afterEach(() => fake?.uninstall());

const sheet = (name: string): FakeSheet => fake.spreadsheet.getSheetByName(name) as FakeSheet;
const storeSheet = (): FakeSheet | undefined =>
  fake.spreadsheet
    .getSheets()
    .find((s) =>
      s.getDeveloperMetadata().some((m) => m.getKey() === "releve.role" && m.getValue() === "marks"),
    );

/** Runs `edit` as a colleague typing in the sheet (not through Relève, no lock) just before the first `method`. */
function colleagueEdits(method: string, edit: () => void): void {
  let done = false;
  fake.onCall(({ method: m }) => {
    if (done || m !== method) return;
    done = true;
    fake.runAs("colleague", edit, { userEmail: "colleague@example.org" });
  });
}

describe("a colleague's edit made while the check runs survives", () => {
  test("notes and colours typed in a planning while the check writes its store and report are kept", () => {
    fake = checkWorld();
    colleagueEdits("Range.setNumberFormat", () => {
      const jan = sheet(JAN);
      jan.getRange("D8").setNote("Appeler la famille");
      jan.getRange("E8").setBackground("#00ff00");
      sheet(NOV).getRange("B7").setNote("Nouvelle fonction");
    });
    checkPlanning();
    expect(sheet(JAN).cellAt(8, 4)?.note).toBe("Appeler la famille");
    expect(sheet(JAN).cellAt(8, 5)?.background).toBe("#00ff00");
    expect(sheet(NOV).cellAt(7, 2)?.note).toBe("Nouvelle fonction");
  });

  test("a flagged cell's note typed before its tab is read is kept under the mark and given back by the clear", () => {
    fake = checkWorld();
    colleagueEdits("Range.getNotes", () => sheet(NOV).getRange("AA10").setNote("Léa demande un échange"));
    checkPlanning();
    expect(sheet(NOV).cellAt(10, 27)?.note).toMatch(/^\[Relève\].*\n—\nLéa demande un échange$/);
    clearPlanningFlags();
    expect(sheet(NOV).cellAt(10, 27)?.note).toBe("Léa demande un échange");
  });

  test("a mark recoloured by someone between two checks is the user's: the next clear gives their colour back", () => {
    fake = checkWorld();
    checkPlanning();
    colleagueEdits("Range.getNotes", () => sheet(NOV).getRange("AA10").setFontColor("#0000ff"));
    checkPlanning();
    expect(sheet(NOV).cellAt(10, 27)?.fontColor).toBe(MARK_STYLE.fontColor.error);
    clearPlanningFlags();
    expect(sheet(NOV).getRange("AA10").getFontColor()).toBe("#0000ff");
    expect(sheet(NOV).getRange("AA10").getFontWeight()).toBe("normal");
  });
});

describe("long text never breaks the check", () => {
  test("a 50,000-character planning cell and setting value are findings on their cells, quoted short", () => {
    const huge = "x".repeat(MAX_CELL_CHARS);
    fake = checkWorld({ months: 1, settings: [["règle.daily-rest.erreur", huge]] });
    sheet(NOV).getRange("E12").setValue(huge);
    const summary = checkPlanning();
    const onCell = summary.findings.find((f) => f.tab === NOV && f.cells.includes("E12"));
    expect(onCell?.ruleId).toBe("unknown-code");
    expect(onCell?.message).toContain(`« ${"x".repeat(60)}… »`);
    expect(summary.findings.some((f) => f.ruleId === "bad-setting" && f.cells.includes("B4"))).toBe(true);
    expect(sheet(NOV).cellAt(12, 5)?.value).toBe(huge);
    const report = sheet("Contrôle planning").valuesOf().flat();
    expect(report.every((v) => String(v).length <= MAX_CELL_CHARS)).toBe(true);
  });

  test("a user's long note on a flagged cell is never cut: the mark's note shortens, or the note is left alone", () => {
    fake = checkWorld({ months: 1 });
    const nearlyFull = "n".repeat(MAX_CELL_CHARS - 20);
    const long = `${"\u0001".repeat(19_000)}${"é".repeat(20_000)}`;
    sheet(NOV).getRange("Z10").setNote(nearlyFull);
    sheet(NOV).getRange("AA10").setNote(long);
    checkPlanning();
    // Too full for even a short mark: the note is the user's, whole; the cell is still marked by its style.
    expect(sheet(NOV).cellAt(10, 26)?.note).toBe(nearlyFull);
    expect(sheet(NOV).cellAt(10, 26)?.fontWeight).toBe("bold");
    // Room for the mark's lines above it: the user's note follows, whole.
    expect(sheet(NOV).cellAt(10, 27)?.note?.endsWith(`\n—\n${long}`)).toBe(true);
    // The store holds that note (JSON escapes make it far longer) across cells, none over Sheets' limit.
    const store = storeSheet() as FakeSheet;
    expect(store.valuesOf().length).toBeGreaterThan(3);
    expect(store.valuesOf().every((r) => String(r[0]).length <= MAX_CELL_CHARS)).toBe(true);
    clearPlanningFlags();
    expect(sheet(NOV).cellAt(10, 26)?.note).toBe(nearlyFull);
    expect(sheet(NOV).cellAt(10, 27)?.note).toBe(long);
  });
});

describe("text written by the add-on stays text", () => {
  test("names that look like a time, a date, a number, a boolean, a formula or a phone number stay exactly that", () => {
    const names = ["07:00", "1/2", "3,5", "VRAI", "=1+1", "+33 6 12 34 56 78"];
    fake = createFakeAppsScript({ userEmail: "coord@example.org" });
    fake.spreadsheet.addSheetWithValues("Paramètres", settingsRows());
    const planning = fake.spreadsheet.addSheetWithValues("Novembre 2026", [
      ["Nom", ...Array.from({ length: 30 }, (_, d) => d + 1)],
    ]);
    // The people's names typed as text in the planning (the coordinator formatted the column as text).
    planning.getRange(2, 1, names.length, 1).setNumberFormat("@");
    planning
      .getRange(2, 1, names.length, 31)
      .setValues(
        names.map((name) => [
          name,
          ...Array.from({ length: 30 }, (_, d) => (d === 9 ? "S" : d === 10 ? "M" : "")),
        ]),
      );
    fake.install();
    checkPlanning();
    const report = sheet("Contrôle planning");
    const header = report.valuesOf().findIndex((r) => r[0] === "Gravité");
    const people = report
      .valuesOf()
      .slice(header + 1)
      .map((r) => r[2]);
    for (const name of names) expect(people).toContain(name);
    for (const row of report.valuesOf())
      for (const v of row) expect(typeof v === "string" || typeof v === "number").toBe(true);
    const formulas = report.getRange(1, 1, report.valuesOf().length, 7).getFormulas().flat();
    expect(formulas.every((f) => f === "")).toBe(true);
  });
});

describe("the hidden marks store deleted", () => {
  test("the clear still removes the notes it recognises as its own and says how many styles it could not restore", () => {
    fake = checkWorld({ months: 1 });
    sheet(NOV).getRange("AA10").setNote("Léa demande un échange");
    const summary = checkPlanning();
    fake.spreadsheet.deleteSheet(storeSheet() as FakeSheet);
    const cleared = clearPlanningFlags();
    expect(cleared.notesWithoutRecord).toBe(summary.marked);
    expect(cleared.stylesNotRestored).toBe(summary.marked);
    expect(cleared.message).not.toContain("Aucune marque");
    expect(cleared.message).toContain(`${summary.marked} notes de Relève retirées`);
    expect(cleared.message).toContain(`${summary.marked} cellules gardent la mise en forme d'une marque`);
    for (const name of planningNames(1)) {
      for (const row of sheet(name).getDataRange().getNotes())
        for (const n of row) expect(n).not.toMatch(/^\[Relève\]/);
    }
    expect(sheet(NOV).cellAt(10, 27)?.note).toBe("Léa demande un échange");
    // The styles stay, and every later clear says so: never "nothing to clear" while a mark stays.
    const again = clearPlanningFlags();
    expect(again.message).not.toContain("Aucune marque");
    expect(again.stylesNotRestored).toBe(summary.marked);
  });
});

describe("marks never look like a planning's colours, and go away exactly", () => {
  test("a flagged cell keeps its fill; its own border, bold and colour come back exactly after the clear", () => {
    fake = checkWorld();
    const nov = sheet(NOV);
    nov.getRange("Z10:AA10").setBorder(true, true, true, true, true, true, "#000000", "SOLID_MEDIUM");
    nov.getRange("Z10").setFontColor("#ff0000").setFontWeight("bold");
    nov.getRange("AA10").setFontLine("line-through");
    const names = [...planningNames(), "Paramètres", "Codes", "Équipe"];
    const before = stateOf(fake, names);
    const fills = nov.getRange("Z10:AA10").getBackgrounds();
    checkPlanning();
    expect(nov.getRange("Z10:AA10").getBackgrounds()).toEqual(fills);
    expect(nov.getRange("Z10:AA10").getFontLines()).toEqual([["underline", "underline"]]);
    expect(stateOf(fake, names)).not.toEqual(before);
    clearPlanningFlags();
    expect(stateOf(fake, names)).toEqual(before);
  });
});
