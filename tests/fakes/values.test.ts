// The fake's value semantics: 1-based ranges, typed-input parsing, display values, shape errors, limits.
import { createFakeAppsScript } from "./index";

function setup(options: Parameters<typeof createFakeAppsScript>[0] = {}) {
  const fake = createFakeAppsScript(options);
  const ss = fake.globals.SpreadsheetApp.getActiveSpreadsheet();
  return { fake, ss, sheet: ss.getActiveSheet() };
}

describe("ranges are 1-based and checked like Sheets", () => {
  test("getRange(row, col) addresses the cell named by A1 notation", () => {
    const { sheet } = setup();
    sheet.getRange(2, 3).setValue("here");
    expect(sheet.getRange("C2").getValue()).toBe("here");
    expect(sheet.getRange(2, 3).getA1Notation()).toBe("C2");
    expect(sheet.getRange(2, 3, 4, 2).getA1Notation()).toBe("C2:D5");
  });

  test("row or column 0 and sizes below 1 throw", () => {
    const { sheet } = setup();
    expect(() => sheet.getRange(0, 1)).toThrow("The starting row of the range is too small.");
    expect(() => sheet.getRange(1, 0)).toThrow("The starting column of the range is too small.");
    expect(() => sheet.getRange(1, 1, 0, 1)).toThrow("The number of rows in the range must be at least 1.");
    expect(() => sheet.getRange(1, 1, 1001, 1)).toThrow("outside the dimensions of the sheet");
  });

  test("A1 ranges with a quoted sheet name reach that tab, with doubled apostrophes", () => {
    const { fake, ss } = setup();
    fake.spreadsheet.addSheetWithValues("Tab name", [["x", "y"]]);
    fake.spreadsheet.addSheetWithValues("L'équipe", [["z"]]);
    const range = ss.getRange("'Tab name'!B1:B1");
    expect(range.getSheet().getName()).toBe("Tab name");
    expect(range.getValue()).toBe("y");
    expect(ss.getRange("'L''équipe'!A1").getValue()).toBe("z");
    expect(() => ss.getRange("'Missing'!A1")).toThrow("Range not found");
  });

  test("whole columns, whole rows and open-ended ranges use the sheet's size", () => {
    const { sheet } = setup();
    expect(sheet.getRange("B:C").getNumRows()).toBe(1000);
    expect(sheet.getRange("2:3").getNumColumns()).toBe(26);
    expect(sheet.getRange("A2:C").getA1Notation()).toBe("A2:C1000");
  });

  test("offset and getCell stay 1-based relative to the range", () => {
    const { sheet } = setup();
    const range = sheet.getRange("B2:D4");
    expect(range.getCell(1, 1).getA1Notation()).toBe("B2");
    expect(range.getCell(3, 2).getA1Notation()).toBe("C4");
    expect(range.offset(1, 1).getA1Notation()).toBe("C3:E5");
    expect(range.offset(0, 0, 1, 1).getA1Notation()).toBe("B2");
  });
});

describe("setValues", () => {
  test("throws Sheets' message on a row-count mismatch and writes nothing", () => {
    const { sheet } = setup();
    expect(() => sheet.getRange(1, 1, 2, 2).setValues([[1, 2]])).toThrow(
      "The number of rows in the data does not match the number of rows in the range. The data has 1 but the range has 2.",
    );
    expect(sheet.getLastRow()).toBe(0);
  });

  test("throws on a column-count mismatch, including one ragged row", () => {
    const { sheet } = setup();
    expect(() => sheet.getRange(1, 1, 2, 2).setValues([[1, 2], [3]])).toThrow(
      "The number of columns in the data does not match the number of columns in the range. The data has 1 but the range has 2.",
    );
    expect(sheet.getRange("A1").getValue()).toBe("");
  });

  test("getValues returns a rectangular copy with '' for empty cells and cloned Dates", () => {
    const { sheet } = setup();
    const when = new Date("2026-11-24T08:00:00Z");
    sheet.getRange("A1:B1").setValues([[when, null]]);
    when.setUTCFullYear(2000);
    const values = sheet.getRange("A1:C2").getValues();
    expect(values).toEqual([
      [new Date("2026-11-24T08:00:00Z"), "", ""],
      ["", "", ""],
    ]);
    ((values[0] as unknown[])[0] as Date).setUTCFullYear(1990);
    expect((sheet.getRange("A1").getValue() as Date).getUTCFullYear()).toBe(2026);
  });
});

describe("typed input: formulas, apostrophes, plain text, numbers, booleans, dates", () => {
  test("text beginning with = becomes a formula whose value the fake leaves empty", () => {
    const { sheet } = setup();
    sheet.getRange("A1").setValue("=1+1");
    expect(sheet.getRange("A1").getFormula()).toBe("=1+1");
    expect(sheet.getRange("A1").getValue()).toBe("");
    expect(sheet.getLastRow()).toBe(1);
  });

  test("text beginning with an apostrophe is stored as text without it", () => {
    const { sheet } = setup();
    sheet.getRange("A1:C1").setValues([["'=HYPERLINK(1)", "'0042", "'TRUE"]]);
    expect(sheet.getRange("A1:C1").getValues()).toEqual([["=HYPERLINK(1)", "0042", "TRUE"]]);
    expect(sheet.getRange("A1").getFormula()).toBe("");
  });

  test("with the plain-text format @, text is stored exactly as given", () => {
    const { sheet } = setup();
    const range = sheet.getRange("A1:C1");
    range.setNumberFormat("@");
    range.setValues([["=1+1", "0042", "'quoted"]]);
    expect(range.getValues()).toEqual([["=1+1", "0042", "'quoted"]]);
    expect(range.getFormulas()).toEqual([["", "", ""]]);
  });

  test("numeric-looking text becomes a number, TRUE/FALSE booleans, other text stays", () => {
    const { sheet } = setup();
    sheet.getRange("A1:F1").setValues([["42", " -1.5 ", "0042", "true", "FALSE", "12 rue"]]);
    expect(sheet.getRange("A1:F1").getValues()).toEqual([[42, -1.5, 42, true, false, "12 rue"]]);
  });

  test("in a French spreadsheet 1,5 is a number and VRAI a boolean; in en_US they stay text", () => {
    const fr = setup({ locale: "fr_FR" }).sheet;
    fr.getRange("A1:B1").setValues([["1,5", "VRAI"]]);
    expect(fr.getRange("A1:B1").getValues()).toEqual([[1.5, true]]);
    const en = setup({ locale: "en_US" }).sheet;
    en.getRange("A1:B1").setValues([["1,5", "VRAI"]]);
    expect(en.getRange("A1:B1").getValues()).toEqual([["1,5", "VRAI"]]);
  });

  test("date and time text becomes a Date in the spreadsheet's zone", () => {
    const { sheet } = setup({ timeZone: "Europe/Paris" });
    sheet.getRange("A1:C1").setValues([["2026-11-24", "24/11/2026 22:00", "07:30"]]);
    const [date, dateTime, time] = sheet.getRange("A1:C1").getValues()[0] as Date[];
    expect(date?.toISOString()).toBe("2026-11-23T23:00:00.000Z");
    expect(dateTime?.toISOString()).toBe("2026-11-24T21:00:00.000Z");
    // 30 Dec 1899 07:30 Paris Mean Time (+0:09:21).
    expect(time?.toISOString()).toBe("1899-12-30T07:20:39.000Z");
    expect(sheet.getRange("A1:C1").getDisplayValues()).toEqual([
      ["24/11/2026", "24/11/2026 22:00:00", "07:30:00"],
    ]);
  });

  test("en_US reads slashed dates month first; impossible dates stay text", () => {
    const { sheet } = setup({ locale: "en_US", timeZone: "UTC" });
    sheet.getRange("A1:B1").setValues([["11/24/2026", "31/02/2026"]]);
    const [a, b] = sheet.getRange("A1:B1").getValues()[0] ?? [];
    expect((a as Date).toISOString()).toBe("2026-11-24T00:00:00.000Z");
    expect(b).toBe("31/02/2026");
  });

  test("appendRow writes after the last row, and = text there is a formula too", () => {
    const { fake, sheet } = setup();
    fake.spreadsheet.getActiveSheet().getRange("A3").setValue("x");
    sheet.appendRow(["=A1", "'=A1", 7]);
    expect(sheet.getLastRow()).toBe(4);
    expect(sheet.getRange("A4:C4").getFormulas()).toEqual([["=A1", "", ""]]);
    expect(sheet.getRange("A4:C4").getValues()).toEqual([["", "=A1", 7]]);
  });

  test("a cell holds at most 50,000 characters", () => {
    const { sheet } = setup();
    sheet.getRange("A1").setValue("x".repeat(50000));
    expect(() => sheet.getRange("A2").setValue("x".repeat(50001))).toThrow(
      "Your input contains more than the maximum of 50000 characters in a single cell.",
    );
    expect(() => sheet.appendRow(["ok", "y".repeat(50001)])).toThrow("maximum of 50000 characters");
    expect(sheet.getLastRow()).toBe(1);
  });
});

describe("display values", () => {
  test("numbers with String, booleans TRUE/FALSE, text as stored", () => {
    const { sheet } = setup();
    sheet.getRange("A1:D1").setValues([[1.5, true, false, "texte"]]);
    expect(sheet.getRange("A1:D1").getDisplayValues()).toEqual([["1.5", "TRUE", "FALSE", "texte"]]);
  });

  test("Dates show in the spreadsheet's zone, not the machine's", () => {
    const { sheet } = setup({ timeZone: "America/New_York" });
    sheet.getRange("A1").setValue(new Date("2026-11-24T03:00:00Z"));
    expect(sheet.getRange("A1").getDisplayValue()).toBe("23/11/2026 22:00:00");
  });

  test("a fixed decimal or a date number format is honoured", () => {
    const { sheet } = setup({ timeZone: "UTC" });
    sheet.getRange("A1").setValue(2).setNumberFormat("0.00");
    sheet.getRange("B1").setValue(new Date("2026-11-24T07:05:00Z")).setNumberFormat("yyyy-mm-dd hh:mm");
    expect(sheet.getRange("A1:B1").getDisplayValues()).toEqual([["2.00", "2026-11-24 07:05"]]);
    expect(sheet.getRange("C1").getNumberFormat()).toBe("0.###############");
  });
});

describe("sheet extent", () => {
  test("getLastRow and getLastColumn are 0 on an empty sheet; getDataRange is A1", () => {
    const { sheet } = setup();
    expect(sheet.getLastRow()).toBe(0);
    expect(sheet.getLastColumn()).toBe(0);
    expect(sheet.getDataRange().getA1Notation()).toBe("A1");
  });

  test("notes and backgrounds alone do not extend the data range", () => {
    const { sheet } = setup();
    sheet.getRange("B2").setValue("v");
    sheet.getRange("E9").setNote("note").setBackground("#ff0000");
    expect(sheet.getDataRange().getA1Notation()).toBe("A1:B2");
  });

  test("insertRowsAfter shifts the rows below and grows the sheet", () => {
    const { sheet } = setup();
    sheet.getRange("A1:A2").setValues([["a"], ["b"]]);
    sheet.insertRowsAfter(1, 2);
    expect(sheet.getRange("A1:A4").getValues()).toEqual([["a"], [""], [""], ["b"]]);
    expect(sheet.getMaxRows()).toBe(1002);
  });
});
