// Small crafted workbooks are read or refused in one line, fast, under a 1 GB heap — never a crash (issue 11, item 2).
import { existsSync } from "node:fs";
import ExcelJS from "exceljs";
import { farDownCell, hugeMerge, sixMillionCells, strayColumn } from "./support/crafted";
import { type CliRun, requireBuiltCli, runCli } from "./support/run-cli";
import { tempDir, writeRaw } from "./support/workbooks";

const tmp = tempDir();
const files: Record<string, string> = {};

beforeAll(() => {
  requireBuiltCli();
  files.farDown = writeRaw(tmp.path("loin.xlsx"), farDownCell());
  files.merge = writeRaw(tmp.path("fusion.xlsx"), hugeMerge());
  files.stray = writeRaw(tmp.path("colonne.xlsx"), strayColumn());
  files.six = writeRaw(tmp.path("six-millions.xlsx"), sixMillionCells());
});
afterAll(() => tmp.cleanup());

/** `releve` with a heap of 1 GB, as the bound promises. */
const run = (args: string[]): CliRun => runCli(args, { NODE_OPTIONS: "--max-old-space-size=1024" });

/** The one line a refusal prints (exit 2, nothing on stdout). */
function refusal(result: CliRun): string {
  expect(result.status).toBe(2);
  expect(result.stdout).toBe("");
  const lines = result.stderr.split("\n").filter((l) => l !== "");
  expect(lines).toHaveLength(1);
  return lines[0] as string;
}

describe("refused in one line, with the figures", () => {
  test("a 2 KB file with a cell at row 300,000,000", () => {
    expect(refusal(run(["check", files.farDown as string]))).toMatch(
      /est trop grand pour être lu \(300 000 0\d\d cellules, limite 20 000 000\) : l'onglet « Novembre 2026 » s'étend jusqu'à A300000000 ;/,
    );
  });

  test("40,000 rows with one stray cell far right", () => {
    expect(refusal(run(["check", files.stray as string, "--json"]))).toMatch(
      /est trop grand pour être lu \(655 400 015 cellules, limite 20 000 000\) : l'onglet « Novembre 2026 » s'étend jusqu'à XFD40002 ;/,
    );
  });

  test("6 million cells", () => {
    expect(refusal(run(["briefing", files.six as string]))).toMatch(
      /est trop grand pour être lu \(6 000 000 cellules remplies, limite 1 000 000\)/,
    );
  });

  test("in English with --lang en", () => {
    expect(refusal(run(["check", files.farDown as string, "--lang", "en"]))).toMatch(
      /is too large to be read \(300,000,0\d\d cells, limit 20,000,000\): tab "Novembre 2026" reaches A300000000;/,
    );
  });
});

describe("a merged range A10:XFD1048576 is clipped to the cells that exist", () => {
  test("check reads the planning under it and finds its error", () => {
    const result = run(["check", files.merge as string, "--json"]);
    expect(result.stderr).toBe("");
    expect(result.status).toBe(1);
    const doc = JSON.parse(result.stdout) as { findings: { ruleId: string; cells: string[] }[] };
    expect(doc.findings.map((f) => `${f.ruleId}:${f.cells.join(",")}`)).toEqual(["daily-rest:D2,E2"]);
  });

  test("--out writes a copy of the values, marked, and says so", async () => {
    const out = tmp.path("fusion-controle.xlsx");
    const result = run(["check", files.merge as string, "--out", out]);
    expect(result.stderr).toBe("");
    expect(result.status).toBe(1);
    expect(result.stdout).toContain(`Rapport écrit dans ${out}`);
    expect(result.stdout).toContain("La copie reprend les valeurs du classeur");
    expect(existsSync(out)).toBe(true);
    const copy = new ExcelJS.Workbook();
    await copy.xlsx.readFile(out);
    const planning = copy.getWorksheet("Novembre 2026") as ExcelJS.Worksheet;
    expect(planning.getCell("A10").value).toBe("Notes");
    expect(String(planning.getCell("D2").note)).toMatch(/^\[Relève\] Erreur — Repos quotidien/);
  });
});
