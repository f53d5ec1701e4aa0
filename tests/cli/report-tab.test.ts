// `check --out` never overwrites a user's tab named like the report: only a report the tool wrote is replaced.
import ExcelJS from "exceljs";
import { requireBuiltCli, runCli } from "./support/run-cli";
import { gridWorkbook, tempDir, writeWorkbook } from "./support/workbooks";

const tmp = tempDir();
const rows: Array<[string, ...string[]]> = [["Martin Léa", "7h-14h", "", "14h-22h", "7h-14h", "", "", ""]];

beforeAll(() => requireBuiltCli());
afterAll(() => tmp.cleanup());

async function readBack(path: string): Promise<ExcelJS.Workbook> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(path);
  return workbook;
}

describe("check --out and a tab named like the report", () => {
  test("a user's own `Contrôle planning` tab is kept; the report goes to `Contrôle planning (Relève)`", async () => {
    const workbook = gridWorkbook(rows);
    const mine = workbook.addWorksheet("Contrôle planning");
    mine.addRow(["Mes notes de contrôle", "à garder"]);
    mine.addRow(["Vérifié par", "la directrice"]);
    const input = await writeWorkbook(workbook, tmp.path("notes.xlsx"));
    const out = tmp.path("rapport.xlsx");
    const run = runCli(["check", input, "--out", out]);
    expect(run.status).toBe(1);
    expect(run.stdout).toContain("« Contrôle planning (Relève) »");
    const copy = await readBack(out);
    expect(copy.worksheets.map((s) => s.name)).toEqual([
      "Novembre 2026",
      "Contrôle planning",
      "Contrôle planning (Relève)",
    ]);
    const kept = copy.getWorksheet("Contrôle planning") as ExcelJS.Worksheet;
    expect(kept.getCell("A1").value).toBe("Mes notes de contrôle");
    expect(kept.getCell("B2").value).toBe("la directrice");
    expect(copy.getWorksheet("Contrôle planning (Relève)")?.getCell("A1").value).toBe("Contrôle planning");

    // Checking the checked copy again replaces the tool's report, keeps the user's tab, finds the same.
    const again = tmp.path("rapport-2.xlsx");
    const second = runCli(["check", out, "--out", again, "--json"]);
    expect(second.status).toBe(1);
    const doc = JSON.parse(second.stdout) as { summary: { tabs: string[] }; findings: unknown[] };
    expect(doc.summary.tabs).toEqual(["Novembre 2026"]);
    expect(doc.findings).toHaveLength(1);
    const copy2 = await readBack(again);
    expect(copy2.worksheets.map((s) => s.name)).toEqual([
      "Novembre 2026",
      "Contrôle planning",
      "Contrôle planning (Relève)",
    ]);
    expect(copy2.getWorksheet("Contrôle planning")?.getCell("A1").value).toBe("Mes notes de contrôle");
  });

  test("a report the tool wrote under the default name is replaced in place of a second one", async () => {
    const input = await writeWorkbook(gridWorkbook(rows), tmp.path("plain.xlsx"));
    const first = tmp.path("first.xlsx");
    expect(runCli(["check", input, "--out", first]).status).toBe(1);
    const second = tmp.path("second.xlsx");
    expect(runCli(["check", first, "--out", second]).status).toBe(1);
    const copy = await readBack(second);
    expect(copy.worksheets.map((s) => s.name)).toEqual(["Novembre 2026", "Contrôle planning"]);
  });
});
