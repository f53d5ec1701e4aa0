// `releve check` on every accepted format: an OpenXML SDK export, .ods and .csv are checked, and `--out` copies them.
import ExcelJS from "exceljs";
import { rawOds, rawXlsx } from "./support/packages";
import { requireBuiltCli, runCli } from "./support/run-cli";
import { tempDir, writeRaw } from "./support/workbooks";

const tmp = tempDir();
afterAll(() => tmp.cleanup());
beforeAll(() => requireBuiltCli());

/** Martin Léa: an evening on the 3rd then a morning on the 4th (one daily-rest error on D2, E2). */
const GRID = [
  ["Nom", "1", "2", "3", "4", "5", "6", "7"],
  ["Martin Léa", "7h-14h", "", "14h-22h", "7h-14h", "", "", ""],
];

function sdkExport(): Buffer {
  const strings: string[] = [];
  const rows = GRID.map((row, r) => {
    const cells = row.map((value, c) => {
      if (value === "") return "";
      if (/^\d+$/.test(value))
        return `<x:c r="${String.fromCharCode(65 + c)}${r + 1}"><x:v>${value}</x:v></x:c>`;
      strings.push(`<x:t>${value}</x:t>`);
      return `<x:c r="${String.fromCharCode(65 + c)}${r + 1}" t="s"><x:v>${strings.length - 1}</x:v></x:c>`;
    });
    return `<x:row>${cells.join("")}</x:row>`;
  });
  return rawXlsx({ prefix: "x", strings, sheets: [{ name: "Novembre 2026", rows: rows.join("") }] });
}

function ods(): Buffer {
  const cell = (v: string) =>
    v === ""
      ? "<table:table-cell/>"
      : /^\d+$/.test(v)
        ? `<table:table-cell office:value-type="float" office:value="${v}"><text:p>${v}</text:p></table:table-cell>`
        : `<table:table-cell office:value-type="string"><text:p>${v}</text:p></table:table-cell>`;
  const rows = GRID.map((row) => `<table:table-row>${row.map(cell).join("")}</table:table-row>`).join("");
  return rawOds(`<table:table table:name="Novembre 2026">${rows}</table:table>`);
}

const cases: Array<[string, string, () => Buffer | string]> = [
  ["an OpenXML SDK export (x: prefix)", "export.xlsx", sdkExport],
  ["an .ods from LibreOffice", "planning.ods", ods],
  ["a .csv saved by Excel in French", "Novembre 2026.csv", () => GRID.map((r) => r.join(";")).join("\r\n")],
];

describe.each(cases)("%s", (_label, name, make) => {
  let path: string;
  beforeAll(() => {
    path = writeRaw(tmp.path(name), make());
  });

  test("is checked: the same error as in an .xlsx", () => {
    const run = runCli(["check", path, "--json"]);
    expect(run.stderr).toBe("");
    expect(run.status).toBe(1);
    const doc = JSON.parse(run.stdout) as { findings: { ruleId: string; tab: string; cells: string[] }[] };
    expect(doc.findings.map((f) => `${f.ruleId} ${f.tab} ${f.cells.join(",")}`)).toEqual([
      "daily-rest Novembre 2026 D2,E2",
    ]);
  });

  test("--out writes an .xlsx copy of its values with the report tab and the marks", async () => {
    const out = tmp.path(`${name}-controle.xlsx`);
    const run = runCli(["check", path, "--out", out]);
    expect(run.stderr).toBe("");
    expect(run.status).toBe(1);
    expect(run.stdout).toContain(
      "La copie reprend les valeurs du classeur, sans sa mise en forme ni ses formules",
    );
    const copy = new ExcelJS.Workbook();
    await copy.xlsx.readFile(out);
    expect(copy.worksheets.map((s) => s.name)).toEqual(["Novembre 2026", "Contrôle planning"]);
    const planning = copy.getWorksheet("Novembre 2026") as ExcelJS.Worksheet;
    expect(planning.getCell("A2").value).toBe("Martin Léa");
    expect(String(planning.getCell("E2").note)).toMatch(/^\[Relève\] Erreur — Repos quotidien/);
  });
});
