// `releve replace`: the ranked French answer, --json, and one-line errors with status 2.
import { runCli } from "../../src/cli/run";
import { row } from "../core/replacement/support";
import { gridWorkbook, tempDir, writeWorkbook } from "./support/workbooks";

const dir = tempDir("releve-replace-");
let file = "";

beforeAll(async () => {
  const rows: Array<[string, ...string[]]> = [
    ["MARTIN Léa", ...row("J", "R", { 15: "S" })],
    ["DURAND Paul", ...row("J", "R", { 15: "M" })],
    ["BERNARD Marc", ...row("J", "R")],
    ["PETIT Anne", ...row("J", "R", { 16: "M" })],
  ];
  const workbook = gridWorkbook(rows);
  const staff = workbook.addWorksheet("Équipe");
  staff.addRow(["Nom", "Fonction", "Heures/semaine"]);
  for (const [name] of rows) staff.addRow([name, "éducateur", 35]);
  file = await writeWorkbook(workbook, dir.path("planning.xlsx"));
});

afterAll(() => dir.cleanup());

/** Runs the CLI in this process with a French locale and no colours. */
async function replace(...args: string[]): Promise<{ status: number; stdout: string; stderr: string }> {
  let stdout = "";
  let stderr = "";
  const status = await runCli(["replace", ...args], {
    stdout: { write: (t: string) => (stdout += t) },
    stderr: { write: (t: string) => (stderr += t) },
    env: { LANG: "fr_FR.UTF-8", NO_COLOR: "1" },
  });
  return { status, stdout, stderr };
}

describe("releve replace", () => {
  test("prints the answer first in French: the best choices in full, then those not available, one line each", async () => {
    const run = await replace(file, "--date", "2026-11-15", "--shift", "S", "--absent", "Léa Martin");
    expect(run.stderr).toBe("");
    expect(run.status).toBe(0);
    const out = run.stdout;
    expect(out).toContain(
      "Qui peut remplacer ? S du dimanche 15/11/2026 (14:00–22:00) — onglet « Novembre 2026 » — absent(e) : MARTIN Léa",
    );
    expect(out).toContain(
      "Meilleurs choix (1)\n  1. BERNARD Marc — disponible\n     éducateur\n     semaine ",
    );
    expect(out).toContain("→ écrire « S » en 'Novembre 2026'!P4");
    const unavailable = out.slice(out.indexOf("Non disponibles (2)"));
    expect(unavailable.split("\n").slice(0, 3)).toEqual([
      "Non disponibles (2)",
      "  - PETIT Anne — Repos quotidien de 9 h entre le 15/11 22:00 et le 16/11 07:00 (minimum 11 h).",
      "  - DURAND Paul — 50 h de travail la semaine du 09/11 (maximum 48 h).",
    ]);
    expect(out.indexOf("Meilleurs choix")).toBeLessThan(out.indexOf("Non disponibles"));
    expect(out).not.toContain("MARTIN Léa —");
  });

  test("a legend label is a shift (« soir » is S); nobody available: the swap search, then who is not and why", async () => {
    const run = await replace(file, "--date", "2026-11-16", "--shift", "soir", "--absent", "PETIT Anne");
    expect(run.status).toBe(1);
    expect(run.stdout).toContain("Qui peut remplacer ? S du lundi 16/11/2026 (14:00–22:00)");
    expect(run.stdout).toContain("Personne n'est disponible pour ce poste sans enfreindre une règle.");
    const order = ["Aucun échange possible", "Non disponibles (3)", "  - BERNARD Marc — "].map((h) =>
      run.stdout.indexOf(h),
    );
    expect(order.every((i) => i > 0)).toBe(true);
    expect(order).toEqual([...order].sort((a, b) => a - b));
  });

  test("a colleague whose row has nothing planned this month is the best choice, with her cell", async () => {
    const rows: Array<[string, ...string[]]> = [
      ["MARTIN Léa", ...row("J", "R", { 15: "S" })],
      ["DURAND Paul", ...row("J", "R", { 15: "M" })],
      ["NEUF Nina"],
      ["PETIT Anne", ...row("J", "R", { 16: "M" })],
    ];
    const path = await writeWorkbook(gridWorkbook(rows), dir.path("empty-row.xlsx"));
    const run = await replace(path, "--date", "2026-11-15", "--shift", "S", "--absent", "MARTIN Léa");
    expect(run.stdout).toContain("Meilleurs choix (1)\n  1. NEUF Nina — disponible\n");
    expect(run.stdout).toContain("→ écrire « S » en 'Novembre 2026'!P4");
    expect(run.status).toBe(0);
  });

  test("--json prints the whole answer and nothing else", async () => {
    const run = await replace(
      file,
      "--date",
      "2026-11-15",
      "--shift",
      "S",
      "--absent",
      "MARTIN Léa",
      "--json",
    );
    const answer = JSON.parse(run.stdout);
    expect(answer.vacancy).toMatchObject({ date: "2026-11-15", code: "S", tab: "Novembre 2026" });
    expect(answer.candidates.map((c: { name: string }) => c.name)).toEqual([
      "BERNARD Marc",
      "PETIT Anne",
      "DURAND Paul",
    ]);
    expect(answer.candidates[0]).toMatchObject({ clean: true, placement: { a1: "P4", text: "S" } });
    expect(answer.swapSearch.status).toBe("not-needed");
  });

  test("with a required qualification nobody holds, nobody is available: status 1 unless a swap exists", async () => {
    const run = await replace(file, "--date", "2026-11-15", "--shift", "S", "--qualification", "IDE");
    expect(run.stdout).toContain("Personne n'est disponible pour ce poste sans enfreindre une règle.");
    expect(run.stdout).toContain(
      "  - BERNARD Marc — N'a pas la qualification « IDE » (qualifications : éducateur).",
    );
    expect(run.status).toBe(1);
  });

  test.each([
    [["--date", "2026-13-01", "--shift", "S"], "releve : date invalide : 2026-13-01"],
    [["--date", "2026-11-15", "--shift", "ZZ"], "releve : poste inconnu : ZZ"],
    [
      ["--date", "2026-11-15", "--shift", "S", "--tab", "Décembre"],
      "releve : onglet de planning introuvable : Décembre",
    ],
    [["--shift", "S"], "releve : l'option --date est obligatoire"],
  ])("errors are one line on stderr with status 2: %j", async (args, start) => {
    const run = await replace(file, ...args);
    expect(run.status).toBe(2);
    expect(run.stdout).toBe("");
    expect(run.stderr.startsWith(start)).toBe(true);
    expect(run.stderr.trimEnd().split("\n")).toHaveLength(1);
  });

  test("--help describes the command in French", async () => {
    const run = await replace("--help");
    expect(run.status).toBe(0);
    expect(run.stdout).toContain(
      "Utilisation : releve replace <classeur.xlsx> --date AAAA-MM-JJ --shift <code>",
    );
  });
});
