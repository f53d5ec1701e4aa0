// The fake's RangeList and the typed-input cases the add-on meets: one call for scattered cells, `1/2` is a date.
import { createFakeAppsScript } from "./index";

function setup(locale = "fr_FR") {
  const fake = createFakeAppsScript({ locale });
  const ss = fake.globals.SpreadsheetApp.getActiveSpreadsheet();
  return { fake, sheet: ss.getActiveSheet(), raw: fake.spreadsheet.getActiveSheet() };
}

test("getRangeList applies one setter to every range in one counted call, logged as a write", () => {
  const { fake, sheet, raw } = setup();
  fake.calls.reset();
  sheet.getRangeList(["B2", "D4:E4"]).setFontColor("#c5221f").setFontWeight("bold");
  expect(fake.calls.byMethod()).toEqual({
    "Sheet.getRangeList": 1,
    "RangeList.setFontColor": 1,
    "RangeList.setFontWeight": 1,
  });
  for (const [r, c] of [
    [2, 2],
    [4, 4],
    [4, 5],
  ] as const) {
    expect(raw.getRange(r, c).getFontColor()).toBe("#c5221f");
    expect(raw.getRange(r, c).getFontWeight()).toBe("bold");
  }
  expect(raw.getRange(3, 3).getFontWeight()).toBe("normal");
  expect(fake.writes.map((w) => w.method)).toEqual(["RangeList.setFontColor", "RangeList.setFontWeight"]);
  expect(
    sheet
      .getRangeList(["A1", "C3"])
      .getRanges()
      .map((r) => r.getA1Notation()),
  ).toEqual(["A1", "C3"]);
  expect(() => sheet.getRangeList([])).toThrow(/no range/);
});

test("font lines read back per cell, 'none' by default", () => {
  const { sheet } = setup();
  sheet.getRange("B1").setFontLine("underline");
  expect(sheet.getRange("A1:B1").getFontLines()).toEqual([["none", "underline"]]);
});

test("typed text as Sheets reads it: 1/2 is a date of this year (day first in French), 1/2/26 of 2026", () => {
  const { sheet } = setup();
  sheet.getRange("A1:B1").setValues([["1/2", "1/2/26"]]);
  const [a, b] = sheet.getRange("A1:B1").getValues()[0] as [Date, Date];
  expect(a).toBeInstanceOf(Date);
  expect(sheet.getRange("A1:B1").getDisplayValues()[0]?.[0]).toMatch(/^01\/02\/\d{4}$/);
  expect(b.getFullYear()).toBe(2026);
  expect(sheet.getRange("B1").getDisplayValue()).toBe("01/02/2026");
  // With the plain-text format first, every text stays exactly that text.
  sheet.getRange("A2:F2").setNumberFormat("@");
  const texts = ["07:00", "1/2", "3,5", "VRAI", "=1+1", "+33 6 12 34 56 78"];
  sheet.getRange("A2:F2").setValues([texts]);
  expect(sheet.getRange("A2:F2").getValues()).toEqual([texts]);
  expect(sheet.getRange("A2:F2").getFormulas()).toEqual([["", "", "", "", "", ""]]);
  expect(setup("en_US").sheet.getRange("A1").setValue("1/2").getDisplayValue()).toMatch(/^02\/01\/\d{4}$/);
});
