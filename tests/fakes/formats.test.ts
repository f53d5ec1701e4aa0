// The fake's cell formats: notes, backgrounds, fonts, borders, rich text links, validation, clearing, merges.
import { createFakeAppsScript } from "./index";

function setup() {
  const fake = createFakeAppsScript();
  const app = fake.globals.SpreadsheetApp;
  const sheet = app.getActiveSpreadsheet().getActiveSheet();
  return { fake, app, sheet, raw: fake.spreadsheet.getActiveSheet() };
}

describe("notes and backgrounds", () => {
  test("defaults are '' and #ffffff; null resets a background", () => {
    const { sheet } = setup();
    const range = sheet.getRange("A1:B1");
    expect(range.getNotes()).toEqual([["", ""]]);
    expect(range.getBackgrounds()).toEqual([["#ffffff", "#ffffff"]]);
    range.setBackground("#FFEE00");
    expect(range.getBackground()).toBe("#ffee00");
    range.setBackground(null);
    expect(range.getBackgrounds()).toEqual([["#ffffff", "#ffffff"]]);
  });

  test("setNotes and setBackgrounds write a grid and restore exactly what getNotes/getBackgrounds read", () => {
    const { sheet } = setup();
    const range = sheet.getRange("A1:B2");
    range.setNotes([
      ["n1", ""],
      ["", "n4"],
    ]);
    range.setBackgrounds([
      ["red", null],
      ["#0f0", "#123456"],
    ]);
    const notes = range.getNotes();
    const backgrounds = range.getBackgrounds();
    expect(backgrounds).toEqual([
      ["#ff0000", "#ffffff"],
      ["#00ff00", "#123456"],
    ]);
    range.setNotes([
      ["x", "x"],
      ["x", "x"],
    ]);
    range.setBackground("#000000");
    range.setNotes(notes);
    range.setBackgrounds(backgrounds);
    expect(range.getNotes()).toEqual([
      ["n1", ""],
      ["", "n4"],
    ]);
    expect(range.getBackgrounds()).toEqual(backgrounds);
  });

  test("setNotes checks the shape like setValues", () => {
    const { sheet } = setup();
    expect(() => sheet.getRange("A1:A2").setNotes([["only one"]])).toThrow(
      "The data has 1 but the range has 2.",
    );
  });

  test("clearNote removes notes only; clearFormat keeps values and notes", () => {
    const { sheet } = setup();
    const cell = sheet.getRange("A1");
    cell.setValue("v").setNote("n").setBackground("#ff0000").setFontWeight("bold");
    cell.clearFormat();
    expect([cell.getValue(), cell.getNote(), cell.getBackground(), cell.getFontWeight()]).toEqual([
      "v",
      "n",
      "#ffffff",
      "normal",
    ]);
    cell.clearNote();
    expect([cell.getValue(), cell.getNote()]).toEqual(["v", ""]);
  });

  test("clear() empties contents and formats, keeps notes; clearContent keeps formats", () => {
    const { sheet } = setup();
    const cell = sheet.getRange("A1");
    cell.setValue("v").setNote("n").setBackground("#ff0000");
    cell.clearContent();
    expect([cell.getValue(), cell.getBackground()]).toEqual(["", "#ff0000"]);
    cell.setValue("w");
    cell.clear();
    expect([cell.getValue(), cell.getNote(), cell.getBackground()]).toEqual(["", "n", "#ffffff"]);
  });
});

describe("fonts, alignment, wrap, number formats", () => {
  test("defaults and setters round-trip", () => {
    const { sheet, app } = setup();
    const cell = sheet.getRange("B2");
    expect([cell.getFontWeight(), cell.getFontColor(), cell.getFontSize(), cell.getWrap()]).toEqual([
      "normal",
      "#000000",
      10,
      false,
    ]);
    cell
      .setFontWeight("bold")
      .setFontColor("#B00020")
      .setFontSize(12)
      .setWrap(true)
      .setHorizontalAlignment("center")
      .setVerticalAlignment("top");
    expect([cell.getFontWeight(), cell.getFontColor(), cell.getFontSize(), cell.getWrap()]).toEqual([
      "bold",
      "#b00020",
      12,
      true,
    ]);
    cell.setWrapStrategy(app.WrapStrategy.CLIP);
    expect(cell.getWrapStrategy()).toBe("CLIP");
    expect([cell.getHorizontalAlignment(), cell.getVerticalAlignment()]).toEqual(["center", "top"]);
  });

  test("setFontWeights and setNumberFormats take grids", () => {
    const { sheet } = setup();
    const range = sheet.getRange("A1:B1");
    range.setFontWeights([["bold", null]]);
    range.setNumberFormats([["@", "0.00"]]);
    expect(range.getFontWeights()).toEqual([["bold", "normal"]]);
    expect(range.getNumberFormats()).toEqual([["@", "0.00"]]);
  });
});

describe("borders", () => {
  test("setBorder draws the outline and inner lines, false removes, null keeps", () => {
    const { sheet, raw, app } = setup();
    sheet
      .getRange("A1:B2")
      .setBorder(true, true, true, true, false, false, "#FF0000", app.BorderStyle.SOLID_THICK);
    const red = { color: "#ff0000", style: "SOLID_THICK" };
    expect(raw.borderAt(1, 1)).toEqual({ top: red, left: red, bottom: null, right: null });
    expect(raw.borderAt(2, 2)).toEqual({ top: null, left: null, bottom: red, right: red });
    sheet.getRange("A1:B2").setBorder(false, null, null, null, null, null);
    expect(raw.borderAt(1, 1).top).toBeNull();
    expect(raw.borderAt(1, 1).left).toEqual(red);
    expect(raw.borderAt(3, 3)).toEqual({ top: null, left: null, bottom: null, right: null });
  });
});

describe("rich text", () => {
  test("a link on part of the text is stored with the text", () => {
    const { sheet, app } = setup();
    const value = app
      .newRichTextValue()
      .setText("Voir F12 et G12")
      .setLinkUrl(5, 8, "#gid=0&range=F12")
      .setLinkUrl(12, 15, "#gid=0&range=G12")
      .build();
    sheet.getRange("A1").setRichTextValue(value);
    const read = sheet.getRange("A1").getRichTextValue();
    expect(read?.getText()).toBe("Voir F12 et G12");
    expect(read?.getLinkUrl(5, 8)).toBe("#gid=0&range=F12");
    expect(read?.getLinkUrl()).toBeNull();
    expect(read?.getRuns().map((r) => [r.getText(), r.getLinkUrl()])).toEqual([
      ["Voir ", null],
      ["F12", "#gid=0&range=F12"],
      [" et ", null],
      ["G12", "#gid=0&range=G12"],
    ]);
    expect(sheet.getRange("A1").getValue()).toBe("Voir F12 et G12");
  });

  test("a whole-text link, setRichTextValues, and setValue dropping the link", () => {
    const { sheet, app } = setup();
    const link = app.newRichTextValue().setText("Rapport").setLinkUrl("https://example.org/r").build();
    const plain = app.newRichTextValue().setText("=not a formula").build();
    sheet.getRange("A1:B1").setRichTextValues([[link, plain]]);
    expect(sheet.getRange("A1").getRichTextValue()?.getLinkUrl()).toBe("https://example.org/r");
    expect(sheet.getRange("B1").getFormula()).toBe("");
    sheet.getRange("A1").setValue("Rapport");
    expect(sheet.getRange("A1").getRichTextValue()?.getLinkUrl()).toBeNull();
  });

  test("a link outside the text throws; a number cell has no rich text", () => {
    const { sheet, app } = setup();
    expect(() => app.newRichTextValue().setText("abc").setLinkUrl(2, 9, "x")).toThrow();
    sheet.getRange("A1").setValue(3);
    expect(sheet.getRange("A1").getRichTextValue()).toBeNull();
  });
});

describe("data validation", () => {
  test("a dropdown list rule is stored per cell and read back", () => {
    const { sheet, app } = setup();
    const rule = app
      .newDataValidation()
      .requireValueInList(["info", "watch", "urgent"], true)
      .setAllowInvalid(false)
      .setHelpText("Choisir")
      .build();
    sheet.getRange("C2:C3").setDataValidation(rule);
    const read = sheet.getRange("C3").getDataValidation();
    expect(read?.getCriteriaType()).toBe(app.DataValidationCriteria.VALUE_IN_LIST);
    expect(read?.getCriteriaValues()).toEqual([["info", "watch", "urgent"], true]);
    expect([read?.getAllowInvalid(), read?.getHelpText()]).toEqual([false, "Choisir"]);
    expect(sheet.getRange("C4").getDataValidation()).toBeNull();
    sheet.getRange("C2:C3").setDataValidation(null);
    expect(sheet.getRange("C2:C3").getDataValidations()).toEqual([[null], [null]]);
  });

  test("building without a criterion throws", () => {
    const { app } = setup();
    expect(() => app.newDataValidation().build()).toThrow();
  });
});

describe("merges and sheet settings", () => {
  test("merge keeps only the top-left value; breakApart undoes the merge", () => {
    const { sheet } = setup();
    const range = sheet.getRange("A1:B1");
    range.setValues([["keep", "lost"]]);
    range.merge();
    expect(range.getValues()).toEqual([["keep", ""]]);
    expect(sheet.getRange("B1").isPartOfMerge()).toBe(true);
    range.breakApart();
    expect(sheet.getRange("B1").isPartOfMerge()).toBe(false);
  });

  test("frozen rows, tab colour, hiding, widths, conditional rules", () => {
    const { sheet, app, fake } = setup();
    fake.spreadsheet.addSheetWithValues("Other", []);
    sheet.setFrozenRows(2);
    sheet.setFrozenColumns(1);
    sheet.setTabColor("#00AA00");
    sheet.setColumnWidth(2, 180);
    sheet.hideSheet();
    expect([sheet.getFrozenRows(), sheet.getFrozenColumns(), sheet.getTabColor()]).toEqual([2, 1, "#00aa00"]);
    expect([sheet.getColumnWidth(2), sheet.getColumnWidth(3), sheet.isSheetHidden()]).toEqual([
      180,
      100,
      true,
    ]);
    sheet.showSheet();
    expect(sheet.isSheetHidden()).toBe(false);
    const rule = app.newConditionalFormatRule().whenTextEqualTo("X").setBackground("#ff0000").build();
    sheet.setConditionalFormatRules([rule]);
    const rules = sheet.getConditionalFormatRules();
    expect(rules).toHaveLength(1);
    rules.pop();
    expect(sheet.getConditionalFormatRules()).toHaveLength(1);
  });

  test("the only visible sheet cannot be hidden", () => {
    const { sheet } = setup();
    expect(() => sheet.hideSheet()).toThrow("You can't hide all the sheets in a document.");
  });
});
