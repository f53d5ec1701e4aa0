// The xlsx reader: values as Sheets shows them (dates, times, merges, formulas, rich text) and clear refusals.
import { readFileSync } from "node:fs";
import ExcelJS from "exceljs";
import { probeFile } from "../../src/cli/file-probe";
import { plainCellValue } from "../../src/cli/xlsx-report";
import { readXlsxSnapshot, XlsxReadError } from "../../src/cli/xlsx-snapshot";
import { checkWorkbook } from "../../src/core/check/check";
import { tempDir, timeOfDay, writeRaw, writeWorkbook } from "./support/workbooks";
import { makeOle, makeZip } from "./support/zip";

const tmp = tempDir();
afterAll(() => tmp.cleanup());

async function problemOf(path: string): Promise<string> {
  try {
    await readXlsxSnapshot(path);
  } catch (error) {
    if (error instanceof XlsxReadError) return error.problem;
    throw error;
  }
  return "none";
}

describe("readXlsxSnapshot values", () => {
  let values: unknown[][];
  let snapshot: Awaited<ReturnType<typeof readXlsxSnapshot>>["snapshot"];

  beforeAll(async () => {
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet("Novembre 2026");
    sheet.getCell("A1").value = new Date(Date.UTC(2026, 10, 24, 22, 0));
    sheet.getCell("A1").numFmt = "dd/mm/yyyy hh:mm";
    sheet.getCell("B1").value = timeOfDay(7, 20);
    sheet.getCell("B1").numFmt = "hh:mm";
    sheet.getCell("C1").value = { formula: "A1+1", result: 46351.5 };
    sheet.getCell("C1").numFmt = "dd/mm/yyyy hh:mm";
    sheet.getCell("D1").value = { richText: [{ text: "Mar", font: { bold: true } }, { text: "tin Léa" }] };
    sheet.getCell("E1").value = { text: "Consignes", hyperlink: "https://example.org" };
    sheet.getCell("F1").value = { error: "#N/A" };
    sheet.getCell("G1").value = { formula: "2*3.5", result: 7 };
    sheet.getCell("H1").value = { formula: 'CONCAT("C","A")', result: "CA" };
    sheet.getCell("A3").value = "Semaine 48";
    sheet.mergeCells("A3:C4");
    sheet.getCell("E2").value = true;
    sheet.getCell("F2").value = 12.5;
    workbook.addWorksheet("Notes").getCell("B2").value = "à lire";
    const path = await writeWorkbook(workbook, tmp.path("values.xlsx"));
    snapshot = (await readXlsxSnapshot(path)).snapshot;
    values = snapshot.tabs[0]?.values ?? [];
  });

  test("dates keep their wall-clock time in their UTC fields (dateBasis utc)", () => {
    expect(snapshot.dateBasis).toBe("utc");
    expect(values[0]?.[0]).toEqual(new Date(Date.UTC(2026, 10, 24, 22, 0)));
  });

  test("a time-only cell is a Date on 1899-12-30, exact to the minute", () => {
    expect(values[0]?.[1]).toEqual(new Date(Date.UTC(1899, 11, 30, 7, 20)));
  });

  test("formulas give their cached result (a date when formatted as one, a number, a text)", () => {
    expect(values[0]?.[2]).toEqual(new Date(Date.UTC(2026, 10, 25, 12, 0)));
    expect(values[0]?.[6]).toBe(7);
    expect(values[0]?.[7]).toBe("CA");
  });

  test("rich text and hyperlinks give their plain text; an error gives its text, as Sheets' getValues()", () => {
    expect(values[0]?.[3]).toBe("Martin Léa");
    expect(values[0]?.[4]).toBe("Consignes");
    expect(values[0]?.[5]).toBe("#N/A");
  });

  test("a merged range holds its value in the top-left cell only", () => {
    expect(values[2]?.[0]).toBe("Semaine 48");
    expect(values[2]?.[1] ?? null).toBeNull();
    expect(values[2]?.[2] ?? null).toBeNull();
    expect(values[3] === undefined || values[3].slice(0, 3).every((v) => v === null)).toBe(true);
  });

  test("booleans and numbers stay as they are; rows are ragged from A1, ending at their last value", () => {
    expect(values[1]?.[4]).toBe(true);
    expect(values[1]?.[5]).toBe(12.5);
    expect(values.every((row) => row.length === 0 || row[row.length - 1] !== null)).toBe(true);
    expect(values[1]?.[0]).toBeNull();
  });

  test("every tab is read in order with the default locale and time zone", () => {
    expect(snapshot.tabs.map((t) => t.name)).toEqual(["Novembre 2026", "Notes"]);
    expect(snapshot.tabs[1]?.values).toEqual([[], [null, "à lire"]]);
    expect(snapshot.locale).toBe("fr_FR");
    expect(snapshot.timeZone).toBe("Europe/Paris");
    expect(snapshot.tabs.every((t) => t.role === undefined)).toBe(true);
  });
});

describe("plainCellValue", () => {
  test("a date a millisecond off (serial rounding) is rounded to the second", () => {
    expect(plainCellValue(new Date(Date.UTC(1899, 11, 30, 7, 19, 59, 999)))).toEqual(timeOfDay(7, 20));
  });
  test("a hyperlink whose text is rich text gives the text", () => {
    const value = {
      text: { richText: [{ text: "vo" }, { text: "ir" }] },
      hyperlink: "#A1",
    } as unknown as ExcelJS.CellValue;
    expect(plainCellValue(value)).toBe("voir");
  });
  test("a formula without a cached result is empty", () => {
    expect(plainCellValue({ formula: "A1" } as ExcelJS.CellValue)).toBeNull();
  });
});

describe("the snapshot feeds the check like Sheets would", () => {
  test("an evening then a morning with explicit times and codes gives the daily-rest finding on the right cells", async () => {
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet("Novembre 2026");
    sheet.addRow(["Nom", ...Array.from({ length: 30 }, (_, i) => i + 1)]);
    const row = ["Martin Léa", ...Array.from({ length: 30 }, () => null as string | null)];
    row[24] = "14h-22h";
    row[25] = "M";
    sheet.addRow(row);
    const path = await writeWorkbook(workbook, tmp.path("rest.xlsx"));
    const result = checkWorkbook((await readXlsxSnapshot(path)).snapshot);
    const rest = result.findings.filter((f) => f.ruleId === "daily-rest");
    expect(rest).toHaveLength(1);
    expect(rest[0]).toMatchObject({
      person: "Martin Léa",
      date: "2026-11-24",
      cells: ["Y2", "Z2"],
      severity: "error",
    });
  });
});

describe("refusals", () => {
  test("a missing file, a folder, an empty file and a text file", async () => {
    expect(await problemOf(tmp.path("absent.xlsx"))).toBe("missing");
    expect(await problemOf(tmp.dir)).toBe("directory");
    expect(await problemOf(writeRaw(tmp.path("empty.xlsx"), ""))).toBe("empty-file");
    expect(await problemOf(writeRaw(tmp.path("text.xlsx"), "Nom;Lundi\nMartin;M\n"))).toBe("not-xlsx");
  });

  test("encrypted and legacy OLE files, an OpenDocument text and a zip that is not a workbook", async () => {
    expect(
      await problemOf(writeRaw(tmp.path("locked.xlsx"), makeOle(["EncryptionInfo", "EncryptedPackage"]))),
    ).toBe("encrypted");
    expect(await problemOf(writeRaw(tmp.path("old.xlsx"), makeOle(["Workbook", "SummaryInformation"])))).toBe(
      "legacy-xls",
    );
    const odt = makeZip({ mimetype: "application/vnd.oasis.opendocument.text", "content.xml": "<x/>" });
    expect(await problemOf(writeRaw(tmp.path("lettre.odt"), odt))).toBe("zip-not-workbook");
    expect(await problemOf(writeRaw(tmp.path("docs.xlsx"), makeZip({ "readme.txt": "bonjour" })))).toBe(
      "zip-not-workbook",
    );
  });

  test("a truncated workbook and a workbook with broken XML are corrupt", async () => {
    const good = await writeWorkbook(
      (() => {
        const wb = new ExcelJS.Workbook();
        wb.addWorksheet("A").getCell("A1").value = "x";
        return wb;
      })(),
      tmp.path("good.xlsx"),
    );
    const bytes = readFileSync(good);
    expect(await problemOf(writeRaw(tmp.path("cut.xlsx"), bytes.subarray(0, bytes.length / 2)))).toBe(
      "corrupt",
    );
    const broken = makeZip({
      "[Content_Types].xml": "<Types",
      "xl/workbook.xml": "<workbook><sheets><sheet name=",
      "xl/worksheets/sheet1.xml": "<<<",
    });
    expect(await problemOf(writeRaw(tmp.path("broken.xlsx"), broken))).toBe("corrupt");
  });

  test("a workbook without any value is empty", async () => {
    const none = new ExcelJS.Workbook();
    none.addWorksheet("Feuille 1");
    none.addWorksheet("Feuille 2").getCell("C3").value = "";
    expect(await problemOf(await writeWorkbook(none, tmp.path("blank.xlsx")))).toBe("empty-workbook");
  });
});

describe("probeFile", () => {
  test("lists the entries of a real xlsx, its worksheets among them", async () => {
    const wb = new ExcelJS.Workbook();
    wb.addWorksheet("A").getCell("A1").value = 1;
    wb.addWorksheet("B").getCell("A1").value = 2;
    const kind = probeFile(readFileSync(await writeWorkbook(wb, tmp.path("two.xlsx"))));
    expect(kind.kind).toBe("xlsx");
    const names = kind.kind === "xlsx" ? kind.entries.map((e) => e.name) : [];
    expect(names).toEqual(expect.arrayContaining(["xl/worksheets/sheet1.xml", "xl/worksheets/sheet2.xml"]));
  });
});

describe("progress", () => {
  test("reports each worksheet parsed, ending at the total", async () => {
    const wb = new ExcelJS.Workbook();
    for (const name of ["Un", "Deux", "Trois"]) wb.addWorksheet(name).getCell("A1").value = name;
    const path = await writeWorkbook(wb, tmp.path("three.xlsx"));
    const seen: string[] = [];
    await readXlsxSnapshot(path, { onProgress: ({ done, total }) => seen.push(`${done}/${total}`) });
    expect(seen).toEqual(["0/3", "1/3", "2/3", "3/3"]);
  });
});
