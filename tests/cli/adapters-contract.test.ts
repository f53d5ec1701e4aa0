// Both adapters give the core the same workbook: the demo read from .xlsx and from (fake) Google Sheets finds the same.
import ExcelJS from "exceljs";
import { buildDemoWorkbook } from "../../scripts/demo/workbook";
import { readXlsxSnapshot } from "../../src/cli/xlsx-snapshot";
import { checkWorkbook } from "../../src/core/check";
import type { CellValue, WorkbookSnapshot } from "../../src/core/workbook";
import { readWorkbookSnapshot } from "../../src/gas/snapshot";
import { createFakeAppsScript } from "../fakes";
import { dateInZone } from "../fakes/zoned";
import { tempDir, timeOfDay } from "./support/workbooks";

const tmp = tempDir();
afterAll(() => tmp.cleanup());

/** A value as Sheets holds it: empty is "", a date is the instant of its wall-clock time in the zone. */
function asSheetsValue(value: CellValue, timeZone: string): unknown {
  if (value === null) return "";
  if (!(value instanceof Date)) return value;
  return dateInZone(
    timeZone,
    value.getUTCFullYear(),
    value.getUTCMonth() + 1,
    value.getUTCDate(),
    value.getUTCHours(),
    value.getUTCMinutes(),
    value.getUTCSeconds(),
  );
}

/** The same workbook in the fake Google Sheets, read by the Apps Script adapter. */
function throughSheets(xlsx: WorkbookSnapshot): WorkbookSnapshot {
  const sheets = Object.fromEntries(
    xlsx.tabs.map((tab) => [
      tab.name,
      tab.values.map((row) => row.map((v) => asSheetsValue(v, xlsx.timeZone))),
    ]),
  );
  const fake = createFakeAppsScript({ sheets, locale: "fr_FR", timeZone: xlsx.timeZone });
  return readWorkbookSnapshot(fake.spreadsheet as unknown as GoogleAppsScript.Spreadsheet.Spreadsheet);
}

async function throughXlsx(workbook: ExcelJS.Workbook, name: string): Promise<WorkbookSnapshot> {
  const path = tmp.path(name);
  await workbook.xlsx.writeFile(path);
  return (await readXlsxSnapshot(path)).snapshot;
}

describe("xlsx and Sheets adapters", () => {
  test("the demo workbook gives identical findings and summaries", async () => {
    const xlsx = await throughXlsx(buildDemoWorkbook(), "demo.xlsx");
    const sheets = throughSheets(xlsx);
    expect(sheets.dateBasis).toBe("zone");
    const fromXlsx = checkWorkbook(xlsx);
    const fromSheets = checkWorkbook(sheets);
    expect(fromXlsx.findings.length).toBeGreaterThan(0);
    expect(fromSheets.findings).toEqual(fromXlsx.findings);
    expect(fromSheets.summary).toEqual(fromXlsx.summary);
  });

  test("real date headers and time cells read the same through both adapters", async () => {
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet("Planning");
    const header: ExcelJS.CellValue[] = ["Nom"];
    for (let d = 23; d <= 29; d += 1) header.push(new Date(Date.UTC(2026, 2, d)));
    sheet.addRow(header);
    sheet.addRow(["Martin Léa", "21h-7h", null, null, null, null, "21:00-07:00", "14h-22h"]);
    sheet.getRow(1).eachCell((cell, col) => {
      if (col > 1) cell.numFmt = "dd/mm";
    });
    const list = workbook.addWorksheet("Liste");
    list.addRow(["Date", "Nom", "Début", "Fin"]);
    list.addRow([new Date(Date.UTC(2026, 2, 28)), "Bernard Hugo", timeOfDay(21, 0), timeOfDay(7, 0)]);
    list.addRow([new Date(Date.UTC(2026, 2, 29)), "Bernard Hugo", timeOfDay(14, 0), timeOfDay(22, 0)]);
    list.getColumn(1).numFmt = "dd/mm/yyyy";
    list.getColumn(3).numFmt = "hh:mm";
    list.getColumn(4).numFmt = "hh:mm";
    const xlsx = await throughXlsx(workbook, "dst.xlsx");
    const fromXlsx = checkWorkbook(xlsx);
    const fromSheets = checkWorkbook(throughSheets(xlsx));
    expect(fromXlsx.summary.shifts).toBe(5);
    expect(fromXlsx.findings.some((f) => f.ruleId === "daily-rest" && f.person === "Bernard Hugo")).toBe(
      true,
    );
    expect(fromSheets.findings).toEqual(fromXlsx.findings);
    expect(fromSheets.summary).toEqual(fromXlsx.summary);
  });
});
