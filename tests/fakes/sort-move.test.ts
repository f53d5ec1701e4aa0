// The fake's row sorting (Range.sort, Sheet.sort) and column moves (insert, delete, move) as Sheets does them.
import { createFakeAppsScript } from "./index";

function sheetWith(rows: unknown[][]) {
  const fake = createFakeAppsScript();
  fake.spreadsheet.addSheetWithValues("Journal", rows);
  const ss = fake.globals.SpreadsheetApp.getActiveSpreadsheet();
  return { fake, sheet: ss.getSheetByName("Journal") as GoogleAppsScript.Spreadsheet.Sheet };
}

describe("Range.sort", () => {
  test("sorts whole rows of the range by a sheet column; cells outside the range stay", () => {
    const { sheet } = sheetWith([
      ["id", "qui", "x"],
      ["3", "Zoé", "a"],
      ["1", "adam", "b"],
      ["2", "Léa", "c"],
    ]);
    sheet.getRange(2, 1, 3, 2).sort({ column: 2, ascending: true });
    expect(sheet.getDataRange().getValues()).toEqual([
      ["id", "qui", "x"],
      [1, "adam", "a"],
      [2, "Léa", "b"],
      [3, "Zoé", "c"],
    ]);
  });

  test("numbers before text before booleans, blanks last in both directions, stable for ties", () => {
    const { sheet } = sheetWith([
      ["k", "n"],
      ["b", 1],
      [true, 2],
      ["", 3],
      [5, 4],
      ["B", 5],
      [-1, 6],
    ]);
    const range = sheet.getRange(2, 1, 6, 2);
    range.sort(1);
    expect(sheet.getRange(2, 1, 6, 2).getValues()).toEqual([
      [-1, 6],
      [5, 4],
      ["b", 1],
      ["B", 5],
      [true, 2],
      ["", 3],
    ]);
    range.sort({ column: 1, ascending: false });
    expect(sheet.getRange(2, 1, 6, 1).getValues().flat()).toEqual([true, "b", "B", 5, -1, ""]);
  });

  test("several keys break ties in order; a key outside the range is refused", () => {
    const { sheet } = sheetWith([
      ["b", 2],
      ["a", 2],
      ["c", 1],
    ]);
    sheet.getRange(1, 1, 3, 2).sort([{ column: 2, ascending: false }, 1]);
    expect(sheet.getDataRange().getValues()).toEqual([
      ["a", 2],
      ["b", 2],
      ["c", 1],
    ]);
    expect(() => sheet.getRange(1, 1, 3, 1).sort(2)).toThrow("must be within the range");
  });

  test("notes and formats move with their row", () => {
    const { sheet } = sheetWith([["b"], ["a"]]);
    sheet.getRange("A1").setNote("note de b").setBackground("#ff0000");
    sheet.getRange(1, 1, 2, 1).sort(1);
    expect(sheet.getRange("A2").getNote()).toBe("note de b");
    expect(sheet.getRange("A2").getBackground()).toBe("#ff0000");
    expect(sheet.getRange("A1").getNote()).toBe("");
  });
});

describe("Sheet.sort", () => {
  test("keeps the frozen header on top and sorts the rows below, newest first", () => {
    const { sheet } = sheetWith([["Écrit le"], ["'2026-11-24"], ["'2026-11-26"], ["'2026-11-25"]]);
    sheet.setFrozenRows(1);
    sheet.sort(1, false);
    expect(sheet.getDataRange().getValues().flat()).toEqual([
      "Écrit le",
      "2026-11-26",
      "2026-11-25",
      "2026-11-24",
    ]);
    expect(sheet.getLastRow()).toBe(4);
  });
});

describe("columns", () => {
  test("insertColumnsBefore and deleteColumns shift cells and column metadata", () => {
    const { sheet, fake } = sheetWith([["A", "B", "C"]]);
    sheet.getRange("C:C").addDeveloperMetadata("k", "c");
    sheet.insertColumnsBefore(1, 2);
    expect(sheet.getRange(1, 1, 1, 5).getValues()).toEqual([["", "", "A", "B", "C"]]);
    const where = () =>
      fake.spreadsheet.metadata.items
        .find((m) => m.key === "k")
        ?.getLocation()
        .getColumn()
        ?.getColumn();
    expect(where()).toBe(5);
    sheet.deleteColumns(1, 1);
    expect(sheet.getRange(1, 1, 1, 4).getValues()).toEqual([["", "A", "B", "C"]]);
    expect(where()).toBe(4);
  });

  test("moveColumns moves cells and column metadata to the destination counted before the move", () => {
    const { sheet, fake } = sheetWith([
      ["A", "B", "C", "D"],
      [1, 2, 3, 4],
    ]);
    sheet.getRange("B:B").addDeveloperMetadata("k", "b");
    sheet.moveColumns(sheet.getRange("B1"), 4);
    expect(sheet.getDataRange().getValues()).toEqual([
      ["A", "C", "B", "D"],
      [1, 3, 2, 4],
    ]);
    expect(
      fake.spreadsheet.metadata.items
        .find((m) => m.key === "k")
        ?.getLocation()
        .getColumn()
        ?.getColumn(),
    ).toBe(3);
    sheet.moveColumns(sheet.getRange("C1:D1"), 1);
    expect(sheet.getRange(1, 1, 1, 4).getValues()).toEqual([["B", "D", "A", "C"]]);
  });
});
