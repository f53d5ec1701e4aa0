// `releve read` (contract §2): what was understood per tab and per person, in words and as JSON; and `check`
// never says "no problem" about a workbook where nothing was read.
import ExcelJS from "exceljs";
import { runCli } from "../../src/cli/run";
import { tempDir, writeWorkbook } from "./support/workbooks";

const dir = tempDir("releve-read-");
afterAll(() => dir.cleanup());

async function cli(...args: string[]): Promise<{ status: number; stdout: string; stderr: string }> {
  let stdout = "";
  let stderr = "";
  const status = await runCli(args, {
    stdout: { write: (t: string) => (stdout += t) },
    stderr: { write: (t: string) => (stderr += t) },
    env: { LANG: "fr_FR.UTF-8", NO_COLOR: "1" },
  });
  return { status, stdout, stderr };
}

/** A town-hall-like absence register: staff number, surname and first name, count columns, section rows. */
async function register(): Promise<string> {
  const book = new ExcelJS.Workbook();
  const month = book.addWorksheet("Mars 2026");
  month.addRow(["Matricule", "Nom", "Prénom", "TOTAL CA", ...Array.from({ length: 31 }, (_, i) => i + 1)]);
  month.addRow(["ÉQUIPE TECHNIQUE"]);
  month.addRow(["A01234", "DURAND", "Paul", 2, "CA", "CA", ...Array(29).fill(null)]);
  month.addRow(["A05678", "LEROY", "Nadia", 0]);
  month.addRow(["A09999", "PETIT", "Sam", 0, null, null, "7h-15h"]);
  const notes = book.addWorksheet("Notes");
  notes.addRow(["Réunion le 12"]);
  return writeWorkbook(book, dir.path("registre.xlsx"));
}

describe("releve read", () => {
  test("--json gives each tab's status, layout, how, dates and counts, and each person's rows, shifts, absences", async () => {
    const run = await cli("read", await register(), "--json");
    expect(run.status).toBe(0);
    const doc = JSON.parse(run.stdout);
    expect(doc.tabs).toEqual([
      {
        tab: "Mars 2026",
        status: "read",
        layout: "grid-people-days",
        how: "noms : colonnes B+C ; jours : ligne 1 ; mois : le nom de l'onglet",
        people: 3,
        from: "2026-03-01",
        to: "2026-03-31",
        shifts: 1,
        absences: 2,
        notUnderstood: 0,
      },
      {
        tab: "Notes",
        status: "ignored",
        layout: null,
        reason: "ce n'est pas un planning",
        how: "",
        people: 0,
        from: null,
        to: null,
        shifts: 0,
        absences: 0,
        notUnderstood: 0,
      },
    ]);
    expect(doc.people.map((p: { name: string }) => p.name)).toEqual([
      "DURAND Paul",
      "LEROY Nadia",
      "PETIT Sam",
    ]);
    const durand = doc.people[0];
    expect(durand.rows).toEqual(["'Mars 2026'!B3"]);
    expect(durand.absences).toEqual([
      { date: "2026-03-01", code: "CA", cell: "'Mars 2026'!E3" },
      { date: "2026-03-02", code: "CA", cell: "'Mars 2026'!F3" },
    ]);
    expect(doc.people[2].shifts).toEqual([
      {
        date: "2026-03-03",
        start: "07:00",
        end: "15:00",
        minutes: 480,
        type: "work",
        cell: "'Mars 2026'!G5",
      },
    ]);
  });

  test("the text output says what was read in words, with the verdict", async () => {
    const run = await cli("read", await register());
    expect(run.stdout).toContain("1 onglet lu, 3 personnes, 1 poste, du 01/03 au 31/03");
    expect(run.stdout).toContain("Mars 2026 — lu — personnes × jours");
    expect(run.stdout).toContain(
      "3 personnes · du 01/03/2026 au 31/03/2026 · 1 poste · 2 absences · 0 case non comprise",
    );
    expect(run.stdout).toContain("Notes — ignoré");
  });

  test("check on a roster nothing can read: an unread-tab finding, never « Aucun problème »", async () => {
    const book = new ExcelJS.Workbook();
    const tab = book.addWorksheet("Planning");
    tab.addRow(["", "Lundi", "Mardi", "Mercredi", "Jeudi", "Vendredi"]);
    tab.addRow(["Matin", "Léa / Paul", "Léa", "", "Paul", "Léa"]);
    const run = await cli("check", await writeWorkbook(book, dir.path("rien.xlsx")), "--json");
    const doc = JSON.parse(run.stdout);
    expect(doc.findings.map((f: { ruleId: string }) => f.ruleId)).toEqual(["unread-tab"]);
    expect(doc.summary.tabs).toEqual([]);
    expect(["unread", "undated"]).toContain(doc.summary.reading[0].status);
    const text = await cli("check", dir.path("rien.xlsx"));
    expect(text.stdout).toContain("Aucun planning n'a pu être lu");
    expect(text.stdout).not.toContain("Aucun problème");
  });
});
