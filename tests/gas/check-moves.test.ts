// clearPlanningFlags after the user inserted, deleted or sorted rows or columns between the check and the clear.
import { rowsToRecords } from "../../src/gas/check/store-codec";
import { checkPlanning, clearPlanningFlags } from "../../src/gas/main";
import type { FakeAppsScript, FakeSheet } from "../fakes";
import { CODE_FILLS, checkWorld, planningNames, stateOf } from "./check-world";

const NOV = "Hirondelles - Novembre 2026";
/** The first person row of the November tab (1-based); Martin Léa is on row 10, her 24–25/11 in Z and AA. */
const FIRST_PERSON = 6;

let fake: FakeAppsScript;
afterEach(() => fake?.uninstall());

type Edit = (sheet: FakeSheet) => void;
const tab = (f: FakeAppsScript, name = NOV): FakeSheet => f.spreadsheet.getSheetByName(name) as FakeSheet;

/** Sorts rows `first`..`last` (1-based) by column A, descending, moving whole cells as Sheets' sort does. */
function sortRowsDescending(sheet: FakeSheet, first: number, last: number): void {
  const rows = (sheet as unknown as { rows: ({ value?: unknown } | undefined)[][] }).rows;
  const block = rows.slice(first - 1, last);
  block.sort((a, b) => String(b[0]?.value ?? "").localeCompare(String(a[0]?.value ?? "")));
  rows.splice(first - 1, block.length, ...block);
}

/** Deletes column `col` (1-based) as Sheets does: the cells on its right move one column left. */
function deleteColumnOf(sheet: FakeSheet, col: number): void {
  const rows = (sheet as unknown as { rows: (unknown[] | undefined)[] }).rows;
  for (const row of rows) if (row && row.length >= col) row.splice(col - 1, 1);
  sheet.maxCols -= 1;
}

/** Martin Léa's daily-rest finding marks her evening (Z10, S) and next morning (AA10, M) with one same note. */
const PAIR_ROW = 10;
const PAIR_EVENING = 26;

/** The planning tabs' full state in a fresh world where only `edit` was done (no check): what a clear must give. */
function expectedAfter(edit: Edit): Record<string, unknown> {
  const reference = checkWorld();
  try {
    edit(tab(reference));
    return stateOf(reference, planningNames());
  } finally {
    reference.uninstall();
  }
}

/** Marks in a tab: cells whose note is one of ours. */
function marksLeft(sheet: FakeSheet): string[] {
  const left: string[] = [];
  const values = sheet.valuesOf();
  for (let r = 1; r <= values.length + 2; r++) {
    for (let c = 1; c <= 40; c++)
      if ((sheet.cellAt(r, c)?.note ?? "").startsWith("[Relève]")) left.push(`${r},${c}`);
  }
  return left;
}

const storeRecords = (f: FakeAppsScript): number => {
  const store = f.spreadsheet
    .getSheets()
    .find((s) =>
      s.getDeveloperMetadata().some((m) => m.getKey() === "releve.role" && m.getValue() === "marks"),
    );
  return store ? rowsToRecords((store as FakeSheet).valuesOf()).records.length : 0;
};

describe("clearPlanningFlags finds marks the user's row and column changes moved", () => {
  const cases: Array<[string, Edit]> = [
    ["a row inserted above the people (a new colleague)", (s) => s.insertRowsBefore(FIRST_PERSON, 1)],
    ["a row inserted in the middle of the people", (s) => s.insertRowsBefore(FIRST_PERSON + 3, 2)],
    ["an empty row deleted above the grid", (s) => s.deleteRow(3)],
    [
      "the people sorted by name, descending",
      (s) => sortRowsDescending(s, FIRST_PERSON, s.valuesOf().length - 2),
    ],
    ["a column inserted after B (before the days)", (s) => s.insertColumnsAfter(2, 1)],
    ["column B deleted (the days move left)", (s) => deleteColumnOf(s, 2)],
    [
      "a column inserted between the two cells that share one note (evening and next morning)",
      (s) => s.insertColumnsAfter(PAIR_EVENING, 1),
    ],
  ];

  test.each(cases)("%s: every cell back exactly, every mark gone, the store emptied", (_, edit) => {
    const expected = expectedAfter(edit);
    fake = checkWorld();
    const summary = checkPlanning();
    const valuesBefore = tab(fake).valuesOf();
    edit(tab(fake));
    expect(tab(fake).valuesOf()).not.toEqual(valuesBefore);
    const cleared = clearPlanningFlags();
    expect(cleared).toMatchObject({
      restored: summary.marked,
      kept: 0,
      notesWithoutRecord: 0,
      message: `Marques effacées : ${summary.marked} cellules remises comme avant.`,
    });
    expect(stateOf(fake, planningNames())).toEqual(expected);
    expect(marksLeft(tab(fake))).toEqual([]);
    expect(storeRecords(fake)).toBe(0);
    expect(clearPlanningFlags().message).toBe("Aucune marque à effacer.");
  });

  test("the check after an insertion also undoes the moved marks before putting the new ones", () => {
    const insert: Edit = (s) => s.insertRowsBefore(FIRST_PERSON, 1);
    const expected = expectedAfter(insert);
    fake = checkWorld();
    checkPlanning();
    insert(tab(fake));
    checkPlanning();
    expect(tab(fake).cellAt(11, 27)?.note).toMatch(/^\[Relève\] Erreur — Repos quotidien/);
    expect(clearPlanningFlags().kept).toBe(0);
    expect(stateOf(fake, planningNames())).toEqual(expected);
  });

  test("two side-by-side marks with the same note each get their own style back after a column insert", () => {
    fake = checkWorld();
    const nov = tab(fake);
    const evening = nov.cellAt(PAIR_ROW, PAIR_EVENING);
    const morning = nov.cellAt(PAIR_ROW, PAIR_EVENING + 1);
    expect([evening?.value, morning?.value]).toEqual(["S", "M"]);
    checkPlanning();
    const note = nov.cellAt(PAIR_ROW, PAIR_EVENING)?.note;
    expect(note).toMatch(/^\[Relève\] Erreur — Repos quotidien/);
    expect(nov.cellAt(PAIR_ROW, PAIR_EVENING + 1)?.note).toBe(note);
    nov.insertColumnsAfter(2, 1);
    clearPlanningFlags();
    expect(nov.cellAt(PAIR_ROW, PAIR_EVENING + 1)).toMatchObject({ value: "S", background: CODE_FILLS.S });
    expect(nov.cellAt(PAIR_ROW, PAIR_EVENING + 2)).toMatchObject({ value: "M", background: CODE_FILLS.M });
  });

  test.each<[string, Edit]>([
    ["a column insert", (s) => s.insertColumnsAfter(2, 1)],
    ["a column delete", (s) => deleteColumnOf(s, 2)],
    ["a column insert between same-note marks", (s) => s.insertColumnsAfter(PAIR_EVENING, 1)],
  ])("check, %s, check again, clear: the workbook is as with the edit alone", (_, edit) => {
    const expected = expectedAfter(edit);
    fake = checkWorld();
    checkPlanning();
    edit(tab(fake));
    checkPlanning();
    expect(clearPlanningFlags().kept).toBe(0);
    expect(stateOf(fake, planningNames())).toEqual(expected);
  });

  test("after an insertion, a mark the user changed is kept as the user made it, and said so", () => {
    fake = checkWorld();
    checkPlanning();
    const nov = tab(fake);
    nov.insertRowsBefore(FIRST_PERSON, 1);
    // Martin Léa is now on row 11: the user recolours AA11's text and rewrites Z11 (note and text colour).
    nov.getRange("AA11").setFontColor("#00ff00");
    nov.getRange("Z11").setNote("Vu avec Léa, on garde").setFontColor("#ffff00");
    const cleared = clearPlanningFlags();
    expect(cleared.kept).toBe(2);
    expect(cleared.message).toContain(
      "1 cellule modifiée depuis la vérification : vos changements sont conservés.",
    );
    expect(cleared.message).toContain(
      "1 marque introuvable (cellule modifiée ou supprimée depuis la vérification)",
    );
    expect(nov.cellAt(11, 27)?.fontColor).toBe("#00ff00");
    expect(nov.cellAt(11, 27)?.note ?? "").toBe("");
    expect(nov.cellAt(11, 26)?.note).toBe("Vu avec Léa, on garde");
    expect(nov.cellAt(11, 26)?.fontColor).toBe("#ffff00");
    expect(marksLeft(nov)).toEqual([]);
    // The mark found nowhere stays recorded: a later clear looks again and says the same, truthfully.
    expect(storeRecords(fake)).toBe(1);
    expect(clearPlanningFlags()).toMatchObject({ restored: 0, kept: 1 });
  });

  test("a deleted marked row: its marks are reported not found, every other cell is restored", () => {
    fake = checkWorld();
    const summary = checkPlanning();
    const nov = tab(fake);
    const martin = [26, 27].filter((c) => (nov.cellAt(10, c)?.note ?? "").startsWith("[Relève]")).length;
    const inRow = marksLeft(nov).filter((cell) => cell.startsWith("10,")).length;
    expect(martin).toBe(2);
    nov.deleteRow(10);
    const cleared = clearPlanningFlags();
    expect(cleared.restored).toBe(summary.marked - inRow);
    expect(cleared.kept).toBe(inRow);
    expect(cleared.message).toContain(`${inRow} marque`);
    for (const name of planningNames()) expect(marksLeft(tab(fake, name))).toEqual([]);
  });
});
