// Findings speak the workbook's language, not the shell's: French and English workbooks, `--lang`, `--out`'s tab.
import ExcelJS from "exceljs";
import { workbookLang } from "../../src/cli/workbook-lang";
import { requireBuiltCli, runCli } from "./support/run-cli";
import { gridWorkbook, tempDir, writeWorkbook } from "./support/workbooks";

const tmp = tempDir();
let french: string;
let english: string;
let englishAddon: string;
const rows: Array<[string, ...string[]]> = [["Martin Léa", "7h-14h", "", "14h-22h", "7h-14h", "", "", ""]];

beforeAll(async () => {
  requireBuiltCli();
  french = await writeWorkbook(gridWorkbook(rows), tmp.path("francais.xlsx"));
  english = await writeWorkbook(gridWorkbook(rows, "November 2026"), tmp.path("english.xlsx"));
  // Month tab named with an abbreviation both languages share; the English add-on tab tells the language.
  const withSettings = gridWorkbook(rows, "Nov 2026");
  withSettings.addWorksheet("Staff").addRow(["Name", "Qualification"]);
  englishAddon = await writeWorkbook(withSettings, tmp.path("english-staff.xlsx"));
});
afterAll(() => tmp.cleanup());

const messagesOf = (stdout: string): string[] =>
  (JSON.parse(stdout) as { findings: { message: string }[] }).findings.map((f) => f.message);

describe("the language of finding messages", () => {
  test("a French workbook gives French messages under an English shell locale", () => {
    const run = runCli(["check", french, "--json"], { LANG: "en_US.UTF-8" });
    expect(run.status).toBe(1);
    expect(messagesOf(run.stdout)).toEqual([expect.stringMatching(/^Repos quotidien de 9 h/)]);
  });

  test("an English workbook (month tab or add-on tab names) gives English messages under a French shell", () => {
    for (const file of [english, englishAddon]) {
      const run = runCli(["check", file, "--json"], { LANG: "fr_FR.UTF-8" });
      expect(messagesOf(run.stdout)).toEqual([expect.stringMatching(/^Daily rest of 9 h/)]);
    }
  });

  test("--lang overrides the workbook's language", () => {
    const run = runCli(["check", french, "--json", "--lang", "en"], { LANG: "fr_FR.UTF-8" });
    expect(messagesOf(run.stdout)).toEqual([expect.stringMatching(/^Daily rest of 9 h/)]);
    const back = runCli(["check", english, "--json", "--lang", "fr"], { LANG: "en_US.UTF-8" });
    expect(messagesOf(back.stdout)).toEqual([expect.stringMatching(/^Repos quotidien de 9 h/)]);
  });

  test("--out names the report tab in the workbook's language, whatever the shell's", async () => {
    const out = tmp.path("rapport.xlsx");
    const run = runCli(["check", french, "--out", out], { LANG: "en_US.UTF-8" });
    expect(run.status).toBe(1);
    expect(run.stdout).toContain("« Contrôle planning »");
    const copy = new ExcelJS.Workbook();
    await copy.xlsx.readFile(out);
    expect(copy.worksheets.map((s) => s.name)).toEqual(["Novembre 2026", "Contrôle planning"]);
  });

  test("the shell's locale still chooses the help and usage errors", () => {
    expect(runCli(["--help"], { LANG: "en_US.UTF-8" }).stdout).toContain("Workbook language:");
    expect(runCli(["check"], { LANG: "en_US.UTF-8" }).stderr).toMatch(/^releve: name the workbook to read/);
  });
});

describe("workbookLang", () => {
  test("add-on tab names decide, then month names, else French", () => {
    expect(workbookLang(["Planning", "Settings", "Codes"])).toBe("en");
    expect(workbookLang(["November 2026", "Paramètres"])).toBe("fr");
    expect(workbookLang(["Hirondelles - March 2027", "Mésanges - March 2027", "Notes"])).toBe("en");
    expect(workbookLang(["Hirondelles - Mars 2027", "Codes", "Briefing"])).toBe("fr");
    expect(workbookLang(["Nov 2026", "Codes"])).toBe("fr");
  });

  test("a spreadsheet program's default tab name (Sheet1, Feuil1) tells the language it was made in", () => {
    expect(workbookLang(["On call", "AAU", "Sheet1"])).toBe("en");
    expect(workbookLang(["Rota", "Sheet 2"])).toBe("en");
    expect(workbookLang(["Vendeurs", "Feuil1"])).toBe("fr");
    expect(workbookLang(["Feuille 3", "Sheet1"])).toBe("fr");
    expect(workbookLang(["Janvier 2026", "Sheet1"])).toBe("fr");
  });
});
