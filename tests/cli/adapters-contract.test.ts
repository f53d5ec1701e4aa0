// Both adapters give the core the same workbook: the demo's plain cell values, saved as .xlsx and put in (fake) Sheets.
import { readXlsxSnapshot } from "../../src/cli/xlsx-snapshot";
import { checkWorkbook } from "../../src/core/check/check";
import type { WorkbookSnapshot } from "../../src/core/workbook";
import { readWorkbookSnapshot } from "../../src/gas/snapshot";
import { createFakeAppsScript } from "../fakes";
import { demoPlainTabs, type PlainTab, plainToExcel, plainToSheets } from "./support/plain-workbook";
import { tempDir } from "./support/workbooks";

const tmp = tempDir();
afterAll(() => tmp.cleanup());

const TIME_ZONE = "Europe/Paris";

/** The tabs written by exceljs to a temporary .xlsx, read back by the CLI's reader. */
async function throughXlsx(tabs: readonly PlainTab[], name: string): Promise<WorkbookSnapshot> {
  const path = tmp.path(name);
  await plainToExcel(tabs).xlsx.writeFile(path);
  return (await readXlsxSnapshot(path)).snapshot;
}

/** The same tabs in the fake Google Sheets (dates built in the spreadsheet's zone), read by the Apps Script adapter. */
function throughSheets(tabs: readonly PlainTab[]): WorkbookSnapshot {
  const fake = createFakeAppsScript({
    sheets: plainToSheets(tabs, TIME_ZONE),
    locale: "fr_FR",
    timeZone: TIME_ZONE,
  });
  return readWorkbookSnapshot(fake.spreadsheet as unknown as GoogleAppsScript.Spreadsheet.Spreadsheet);
}

describe("xlsx and Sheets adapters, fed from the same plain values", () => {
  const tabs = demoPlainTabs();
  let fromXlsx: ReturnType<typeof checkWorkbook>;
  let fromSheets: ReturnType<typeof checkWorkbook>;

  beforeAll(async () => {
    const xlsx = await throughXlsx(tabs, "demo.xlsx");
    const sheets = throughSheets(tabs);
    expect(xlsx.dateBasis).toBe("utc");
    expect(sheets.dateBasis).toBe("zone");
    fromXlsx = checkWorkbook(xlsx);
    fromSheets = checkWorkbook(sheets);
  });

  test("the demo (merged titles, formula hours, time-only codes, two DST nights) gives identical findings", () => {
    expect(fromXlsx.findings.length).toBeGreaterThan(0);
    expect(fromSheets.findings).toEqual(fromXlsx.findings);
    expect(fromSheets.summary).toEqual(fromXlsx.summary);
  });

  test("what both read is what the values say, not an artefact of one adapter", () => {
    expect(fromXlsx.summary.tabs).toEqual(expect.arrayContaining(["Renfort octobre", "Liste mars"]));
    expect(fromXlsx.summary.preset).toBe("ccn66");
    // Each DST night is followed by a shift too soon: both tabs were read, dates and times included.
    const rests = fromXlsx.findings.filter((f) => f.ruleId === "daily-rest" && f.person === "Bernard Hugo");
    expect(rests.map((f) => f.tab)).toEqual(expect.arrayContaining(["Renfort octobre", "Liste mars"]));
  });
});
