// Call counting: every service call through the globals counts once; test-side access never counts.
import { createFakeAppsScript } from "./index";

describe("call counting", () => {
  test("each method call counts once under Service.method", () => {
    const fake = createFakeAppsScript();
    const { SpreadsheetApp, PropertiesService } = fake.globals;
    const sheet = SpreadsheetApp.getActiveSpreadsheet().getActiveSheet();
    const range = sheet.getRange(1, 1, 2, 2);
    range.getValues();
    range.getValues();
    range.setValues([
      [1, 2],
      [3, 4],
    ]);
    PropertiesService.getDocumentProperties().getProperty("x");
    expect(fake.calls.byMethod()).toEqual({
      "SpreadsheetApp.getActiveSpreadsheet": 1,
      "Spreadsheet.getActiveSheet": 1,
      "Sheet.getRange": 1,
      "Range.getValues": 2,
      "Range.setValues": 1,
      "PropertiesService.getDocumentProperties": 1,
      "Properties.getProperty": 1,
    });
    expect(fake.calls.total()).toBe(8);
    expect(fake.calls.count("Range.getValues")).toBe(2);
    expect(fake.calls.services()).toEqual([
      "Properties",
      "PropertiesService",
      "Range",
      "Sheet",
      "Spreadsheet",
      "SpreadsheetApp",
    ]);
  });

  test("builders, locks, mail, triggers and Utilities count too; enums do not", () => {
    const fake = createFakeAppsScript();
    const { SpreadsheetApp, LockService, ScriptApp, Utilities } = fake.globals;
    SpreadsheetApp.newRichTextValue().setText("a").build();
    LockService.getDocumentLock().tryLock(1);
    expect(ScriptApp.AuthMode.NONE).toBe("NONE");
    Utilities.getUuid();
    expect(fake.calls.log().map((c) => c.method)).toEqual([
      "SpreadsheetApp.newRichTextValue",
      "RichTextValueBuilder.setText",
      "RichTextValueBuilder.build",
      "LockService.getDocumentLock",
      "Lock.tryLock",
      "Utilities.getUuid",
    ]);
  });

  test("a failing call is counted", () => {
    const fake = createFakeAppsScript();
    const sheet = fake.globals.SpreadsheetApp.getActiveSheet();
    expect(() => sheet.getRange(0, 1)).toThrow();
    expect(fake.calls.count("Sheet.getRange")).toBe(1);
  });

  test("test-side access through fake.spreadsheet is not counted", () => {
    const fake = createFakeAppsScript();
    const tab = fake.spreadsheet.addSheetWithValues("Journal", [["a", "b"]]);
    tab.getRange("A1:B1").getValues();
    tab.valuesOf();
    expect(fake.calls.total()).toBe(0);
  });

  test("reset forgets calls and writes", () => {
    const fake = createFakeAppsScript();
    fake.globals.SpreadsheetApp.getActiveSheet().getRange("A1").setValue(1);
    fake.calls.reset();
    expect([fake.calls.total(), fake.writes.length]).toEqual([0, 0]);
  });

  test("the same sheet or range object is returned each time through the globals", () => {
    const fake = createFakeAppsScript();
    const ss = fake.globals.SpreadsheetApp.getActiveSpreadsheet();
    expect(ss.getActiveSheet()).toBe(ss.getSheets()[0]);
    const range = ss.getActiveSheet().getRange("A1");
    expect(range.getSheet()).toBe(ss.getActiveSheet());
  });
});

describe("what the code under test cannot see", () => {
  test("test helpers, internal methods and internal fields are invisible through the globals", () => {
    const fake = createFakeAppsScript();
    const ss = fake.globals.SpreadsheetApp.getActiveSpreadsheet() as unknown as Record<string, unknown>;
    const sheet = fake.globals.SpreadsheetApp.getActiveSheet() as unknown as Record<string, unknown>;
    expect(ss.addSheetWithValues).toBeUndefined();
    expect(ss._insert).toBeUndefined();
    expect(ss.sheets).toBeUndefined();
    expect(sheet.cellAt).toBeUndefined();
    expect(sheet._rangeAt).toBeUndefined();
    expect(sheet.maxRows).toBeUndefined();
    expect("addSheetWithValues" in ss).toBe(false);
    expect(typeof sheet.getRange).toBe("function");
  });

  test("the globals cannot be modified by the code under test", () => {
    const fake = createFakeAppsScript();
    const app = fake.globals.SpreadsheetApp as unknown as Record<string, unknown>;
    const original = app.getActiveSpreadsheet;
    expect(Reflect.set(app, "getActiveSpreadsheet", () => null)).toBe(false);
    expect(app.getActiveSpreadsheet).toBe(original);
  });
});

describe("install and uninstall", () => {
  test("install sets the globals on the target and uninstall restores what was there", () => {
    const fake = createFakeAppsScript();
    const target: Record<string, unknown> = { Logger: "previous" };
    fake.install(target);
    expect(target.SpreadsheetApp).toBe(fake.globals.SpreadsheetApp);
    expect(target.Logger).toBe(fake.globals.Logger);
    fake.uninstall();
    expect(target.SpreadsheetApp).toBeUndefined();
    expect(target.Logger).toBe("previous");
  });

  test("installed on globalThis, code calling the bare globals is counted, and logs are recorded", () => {
    const fake = createFakeAppsScript();
    fake.install();
    try {
      SpreadsheetApp.getActiveSpreadsheet().getName();
      Logger.log("n=%s", 3);
      expect(fake.calls.count("Spreadsheet.getName")).toBe(1);
      expect(fake.logs).toEqual([{ level: "log", text: "n=3" }]);
    } finally {
      fake.uninstall();
    }
    expect(typeof (globalThis as Record<string, unknown>).SpreadsheetApp).toBe("undefined");
  });
});
