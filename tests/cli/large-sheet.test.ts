// A stray value in the last cell of a sheet (XFD1048576) is read quickly; a workbook over Sheets' cell limit is refused.
import type ExcelJS from "exceljs";
import { describeError } from "../../src/cli/errors";
import { readXlsxSnapshot, XlsxReadError } from "../../src/cli/xlsx-snapshot";
import { messages } from "../../src/core/i18n";
import { requireBuiltCli, runCli } from "./support/run-cli";
import { gridWorkbook, tempDir, writeWorkbook } from "./support/workbooks";

const tmp = tempDir();
let stray: string;

beforeAll(async () => {
  requireBuiltCli();
  const workbook = gridWorkbook([["Martin Léa", "7h-14h", "", "14h-22h", "7h-14h", "", "", ""]]);
  (workbook.getWorksheet("Novembre 2026") as ExcelJS.Worksheet).getCell("XFD1048576").value = "x";
  stray = await writeWorkbook(workbook, tmp.path("stray.xlsx"));
});
afterAll(() => tmp.cleanup());

describe("a far-away stray cell", () => {
  test("check finishes fast with the normal findings", () => {
    const started = Date.now();
    const run = runCli(["check", stray, "--json"]);
    expect(run.stderr).toBe("");
    expect(run.status).toBe(1);
    const doc = JSON.parse(run.stdout) as { findings: { ruleId: string; cells: string[] }[] };
    expect(doc.findings.map((f) => `${f.ruleId}:${f.cells.join(",")}`)).toEqual(["daily-rest:D2,E2"]);
    expect(Date.now() - started).toBeLessThan(15_000);
  });

  test("the snapshot's rows are ragged: the stray cell's row only, no rectangle", async () => {
    const { snapshot } = await readXlsxSnapshot(stray);
    const values = snapshot.tabs[0]?.values ?? [];
    expect(values).toHaveLength(1_048_576);
    expect(values[0]).toHaveLength(8);
    expect(values[2]).toEqual([]);
    expect(values[1_048_575]).toHaveLength(16_384);
    expect(values[1_048_575]?.[16_383]).toBe("x");
  });
});

describe("more used cells than the reader's limit", () => {
  test("is refused with one clear line (the limit lowered for speed)", async () => {
    const path = await writeWorkbook(
      gridWorkbook([
        ["Martin Léa", "M", "S"],
        ["Bernard Hugo", "M", "S"],
      ]),
      tmp.path("many.xlsx"),
    );
    const error = await readXlsxSnapshot(path, { limits: { maxCells: 10 } }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(XlsxReadError);
    expect((error as XlsxReadError).problem).toBe("too-large");
    expect(describeError(error, messages("fr"))).toBe(
      `${path} est trop grand pour être lu (14 cellules remplies, limite 10) : videz les cellules inutiles ou ` +
        "répartissez le classeur en plusieurs fichiers, puis réessayez",
    );
    await expect(readXlsxSnapshot(path, { limits: { maxCells: 14 } })).resolves.toBeDefined();
  });
});
