// The fake spreadsheet: tabs, active sheet, developer metadata and its finder, protections, editors, toasts.
import { createFakeAppsScript } from "./index";

function setup(options: Parameters<typeof createFakeAppsScript>[0] = {}) {
  const fake = createFakeAppsScript(options);
  return { fake, app: fake.globals.SpreadsheetApp, ss: fake.globals.SpreadsheetApp.getActiveSpreadsheet() };
}

describe("tabs", () => {
  test("a new spreadsheet has one empty tab named like Sheets does in its locale", () => {
    expect(
      setup()
        .ss.getSheets()
        .map((s) => s.getName()),
    ).toEqual(["Feuille 1"]);
    expect(
      setup({ locale: "en_US" })
        .ss.getSheets()
        .map((s) => s.getName()),
    ).toEqual(["Sheet1"]);
    expect(
      setup({ sheets: { Novembre: [["a"]], Codes: [] } })
        .ss.getSheets()
        .map((s) => s.getName()),
    ).toEqual(["Novembre", "Codes"]);
  });

  test("insertSheet places the tab at a 0-based index, activates it, and refuses a duplicate name", () => {
    const { ss } = setup();
    const journal = ss.insertSheet("Journal");
    const first = ss.insertSheet("Réglages", 0);
    expect(ss.getSheets().map((s) => s.getName())).toEqual(["Réglages", "Feuille 1", "Journal"]);
    expect([first.getIndex(), journal.getIndex()]).toEqual([1, 3]);
    expect(ss.getActiveSheet().getName()).toBe("Réglages");
    expect(() => ss.insertSheet("Journal")).toThrow(
      'A sheet with the name "Journal" already exists. Please enter another name.',
    );
    expect(() => ss.insertSheet("journal")).toThrow("already exists");
    expect(ss.insertSheet().getName()).toBe("Feuille 4");
  });

  test("getSheetByName is exact and null when missing; setName refuses a taken name", () => {
    const { ss } = setup();
    const sheet = ss.insertSheet("Journal");
    expect(ss.getSheetByName("journal")).toBeNull();
    expect(ss.getSheetByName("Journal")?.getSheetId()).toBe(sheet.getSheetId());
    expect(() => sheet.setName("Feuille 1")).toThrow("already exists");
    sheet.setName("Transmissions");
    expect(ss.getSheetByName("Transmissions")).not.toBeNull();
  });

  test("sheet ids are stable and distinct; the same tab is the same object", () => {
    const { ss } = setup();
    const a = ss.insertSheet("A");
    const ids = ss.getSheets().map((s) => s.getSheetId());
    expect(new Set(ids).size).toBe(2);
    expect(ss.getSheetByName("A")).toBe(a);
  });

  test("deleteSheet removes a tab but never the last one", () => {
    const { ss } = setup();
    const extra = ss.insertSheet("Extra");
    ss.deleteSheet(extra);
    expect(ss.getSheets()).toHaveLength(1);
    expect(() => ss.deleteSheet(ss.getSheets()[0] as GoogleAppsScript.Spreadsheet.Sheet)).toThrow(
      "you can't remove all the sheets",
    );
  });

  test("active sheet and range follow activate and setActiveRange", () => {
    const { ss } = setup();
    const other = ss.insertSheet("Other");
    ss.setActiveSheet(ss.getSheetByName("Feuille 1") as GoogleAppsScript.Spreadsheet.Sheet);
    expect(ss.getActiveSheet().getName()).toBe("Feuille 1");
    other.getRange("C3:D4").activate();
    expect(ss.getActiveSheet().getName()).toBe("Other");
    expect(ss.getActiveRange()?.getA1Notation()).toBe("C3:D4");
    ss.setActiveRange(other.getRange("A1"));
    expect(ss.getActiveRange()?.getA1Notation()).toBe("A1");
  });

  test("identity, locale, zone, editors, toasts", () => {
    const { ss, fake } = setup({
      userEmail: "ana@example.org",
      editors: ["bob@example.org"],
      timeZone: "Europe/Paris",
    });
    expect(ss.getUrl()).toBe(`https://docs.google.com/spreadsheets/d/${ss.getId()}/edit`);
    expect([ss.getSpreadsheetLocale(), ss.getSpreadsheetTimeZone()]).toEqual(["fr_FR", "Europe/Paris"]);
    expect(ss.getEditors().map((u) => u.getEmail())).toEqual(["ana@example.org", "bob@example.org"]);
    ss.toast("Vérification terminée", "Relève", 3);
    expect(fake.ui.toasts).toEqual([
      { message: "Vérification terminée", title: "Relève", timeoutSeconds: 3 },
    ]);
  });
});

describe("developer metadata", () => {
  test("tab metadata is found by key and value, and points back to its sheet", () => {
    const { ss, app } = setup();
    const journal = ss.insertSheet("Journal");
    journal.addDeveloperMetadata("releve.role", "handovers");
    ss.insertSheet("Rapport").addDeveloperMetadata("releve.role", "report");
    ss.addDeveloperMetadata("releve.version", "1");
    const found = ss.createDeveloperMetadataFinder().withKey("releve.role").withValue("handovers").find();
    expect(found).toHaveLength(1);
    const location = found[0]?.getLocation();
    expect(location?.getLocationType()).toBe(app.DeveloperMetadataLocationType.SHEET);
    expect(location?.getSheet()?.getName()).toBe("Journal");
    expect(ss.createDeveloperMetadataFinder().withKey("releve.role").find()).toHaveLength(2);
    expect(ss.getDeveloperMetadata().map((m) => m.getKey())).toEqual(["releve.version"]);
    expect(journal.getDeveloperMetadata().map((m) => m.getValue())).toEqual(["handovers"]);
  });

  test("metadata follows its tab through a rename, changes value, and can be removed", () => {
    const { ss } = setup();
    const tab = ss.insertSheet("Journal");
    tab.addDeveloperMetadata("releve.role", "handovers");
    tab.setName("Transmissions");
    const [item] = ss.createDeveloperMetadataFinder().withKey("releve.role").find();
    expect(item?.getLocation().getSheet()?.getName()).toBe("Transmissions");
    item?.setValue("archive");
    expect(tab.getDeveloperMetadata()[0]?.getValue()).toBe("archive");
    item?.remove();
    expect(ss.createDeveloperMetadataFinder().withKey("releve.role").find()).toEqual([]);
  });

  test("a sheet's finder sees only its own metadata; deleting the tab drops it", () => {
    const { ss } = setup();
    const a = ss.insertSheet("A");
    const b = ss.insertSheet("B");
    a.addDeveloperMetadata("k", "a");
    b.addDeveloperMetadata("k", "b");
    expect(
      a
        .createDeveloperMetadataFinder()
        .find()
        .map((m) => m.getValue()),
    ).toEqual(["a"]);
    ss.deleteSheet(b);
    expect(ss.createDeveloperMetadataFinder().withKey("k").find()).toHaveLength(1);
  });

  test("range metadata needs a whole row or column, and stays on its row when rows are inserted", () => {
    const { ss, app } = setup();
    const sheet = ss.getActiveSheet();
    expect(() => sheet.getRange("A1:B2").addDeveloperMetadata("k")).toThrow(
      "Adding developer metadata to arbitrary ranges is not currently supported.",
    );
    sheet.getRange("3:3").addDeveloperMetadata("row", "x");
    sheet.insertRowsBefore(1, 2);
    const [item] = ss
      .createDeveloperMetadataFinder()
      .withLocationType(app.DeveloperMetadataLocationType.ROW)
      .find();
    expect(item?.getLocation().getRow()?.getRow()).toBe(5);
    expect(item?.getLocation().getSheet()).toBeNull();
  });
});

describe("protections", () => {
  test("protect, describe, warn only, remove editors (the owner stays)", () => {
    const { ss, app } = setup({ userEmail: "ana@example.org", owner: "owner@example.org" });
    const sheet = ss.insertSheet("Rapport");
    const protection = sheet.protect().setDescription("Relève : rapport").setWarningOnly(true);
    expect(protection.getEditors().map((u) => u.getEmail())).toEqual([
      "owner@example.org",
      "ana@example.org",
    ]);
    protection.removeEditors(protection.getEditors());
    expect(protection.getEditors().map((u) => u.getEmail())).toEqual(["owner@example.org"]);
    const listed = sheet.getProtections(app.ProtectionType.SHEET);
    expect(listed.map((p) => [p.getDescription(), p.isWarningOnly()])).toEqual([["Relève : rapport", true]]);
    expect(ss.getProtections(app.ProtectionType.SHEET)).toHaveLength(1);
    listed[0]?.remove();
    expect(sheet.getProtections(app.ProtectionType.SHEET)).toEqual([]);
  });

  test("range protections are listed as RANGE", () => {
    const { ss, app } = setup();
    const sheet = ss.getActiveSheet();
    sheet.getRange("A1:B2").protect().setDescription("entête");
    expect(sheet.getProtections(app.ProtectionType.RANGE).map((p) => p.getRange().getA1Notation())).toEqual([
      "A1:B2",
    ]);
    expect(sheet.getProtections(app.ProtectionType.SHEET)).toEqual([]);
  });
});
