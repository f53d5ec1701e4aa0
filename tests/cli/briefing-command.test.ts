// `releve briefing` on an .xlsx workbook: text, JSON and the standalone HTML file, through the same core.
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import ExcelJS from "exceljs";
import { entryToRow, headerRow } from "../../src/core/handovers";
import { ENTRIES, RESIDENTS } from "../core/briefing/fixtures";
import { settingsRows } from "../gas/briefing-world";
import { requireBuiltCli, runCli } from "./support/run-cli";

let dir: string;
let workbook: string;

/** Writes the fixture workbook: settings, residents, the November planning and the Transmissions tab. */
async function writeWorkbook(path: string): Promise<void> {
  const wb = new ExcelJS.Workbook();
  const add = (name: string, rows: unknown[][]) => {
    const ws = wb.addWorksheet(name);
    for (const row of rows) ws.addRow(row as ExcelJS.CellValue[]);
  };
  add("Paramètres", settingsRows());
  add("Résidents", [["Nom", "Unité", "Actif"], ...RESIDENTS.map((r) => [r, "A", "oui"])]);
  const codes: Record<string, Record<number, string>> = {
    "Martin Léa": { 23: "M", 24: "M" },
    "Dubois Paul": { 23: "S", 24: "S" },
    "Roux Sophie": { 24: "J" },
    "Garcia Karim": { 23: "N", 24: "N" },
  };
  add("Novembre 2026", [
    ["Nom", ...Array.from({ length: 30 }, (_, i) => i + 1)],
    ...Object.entries(codes).map(([name, c]) => [
      name,
      ...Array.from({ length: 30 }, (_, i) => c[i + 1] ?? null),
    ]),
  ]);
  // In a file, text is text: the apostrophe that protects it in Google Sheets is not written.
  const unquote = (s: string) => (s.startsWith("'") ? s.slice(1) : s);
  add("Transmissions", [headerRow("fr"), ...ENTRIES.map((e) => entryToRow(e, "fr").map(unquote))]);
  await wb.xlsx.writeFile(path);
}

beforeAll(async () => {
  requireBuiltCli();
  dir = mkdtempSync(join(tmpdir(), "releve-briefing-"));
  workbook = join(dir, "foyer.xlsx");
  await writeWorkbook(workbook);
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe("releve briefing", () => {
  test("prints the briefing of the date and writes a standalone HTML page with every text escaped", () => {
    const html = join(dir, "briefing.html");
    const run = runCli(["briefing", workbook, "--date", "2026-11-24", "--out", html]);
    expect(run.stderr).toBe("");
    expect(run.status).toBe(0);
    expect(run.stdout).toContain("Briefing du mardi 24 novembre 2026 — MECS Les Tilleuls");
    expect(run.stdout).toContain("Appeler le médecin traitant dès 8 h");
    expect(run.stdout).toContain(`Briefing écrit dans ${html}`);
    const page = readFileSync(html, "utf8");
    expect(page).toContain("<!doctype html>");
    expect(page).toContain("Rappeler la mère de Noah");
    expect(page).toContain("&lt;img src=x onerror=alert(1)&gt;");
    expect(page).not.toContain("<img src=x");
    expect(page).toContain("Garcia Karim");
  });

  test("--json prints one JSON document: the briefing model", () => {
    const run = runCli(["briefing", workbook, "--date", "2026-11-24", "--json"]);
    expect(run.status).toBe(0);
    const model = JSON.parse(run.stdout);
    expect(model.date).toBe("2026-11-24");
    expect(model.alerts.map((a: { entry: { id: string } }) => a.entry.id)[0]).toBe("20261124-031000-aaaa01");
    expect(model.counts).toMatchObject({ followUpsDueToday: 1, followUpsOverdue: 1, appointments: 1 });
  });

  test("a bad date is a usage error (status 2, one line)", () => {
    const run = runCli(["briefing", workbook, "--date", "24/11/2026"]);
    expect(run.status).toBe(2);
    expect(run.stderr.trim().split("\n")).toHaveLength(1);
  });
});
