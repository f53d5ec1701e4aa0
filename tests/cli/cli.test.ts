// The `releve` command run as users run it: exit codes, JSON on stdout, one-line errors, --out, help, codes.
import { createHash } from "node:crypto";
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import ExcelJS from "exceljs";
import * as z from "zod";
import { RULE_IDS } from "../../src/core/findings";
import { requireBuiltCli, runCli } from "./support/run-cli";
import { gridWorkbook, tempDir, writeRaw, writeWorkbook } from "./support/workbooks";
import { makeOle, makeZip } from "./support/zip";

/** Contract §3's Finding and §2's JSON document, strictly. */
const findingSchema = z.strictObject({
  ruleId: z.enum(RULE_IDS),
  severity: z.enum(["error", "warning", "info"]),
  person: z.string().min(1).nullable(),
  date: z
    .string()
    .regex(/^\d{4}-\d{2}-\d{2}$/)
    .nullable(),
  tab: z.string().nullable(),
  cells: z.array(z.string().regex(/^(?:'(?:[^']|'')+'!)?[A-Z]{1,3}\d+$/)),
  message: z.string().min(1),
  details: z.record(z.string(), z.union([z.string(), z.number(), z.boolean(), z.null()])),
  /** The group the finding is read in (findings shown as one line share it). */
  group: z.string().min(1),
});
const checkJsonSchema = z.strictObject({
  findings: z.array(findingSchema),
  summary: z.strictObject({
    errors: z.number().int().min(0),
    warnings: z.number().int().min(0),
    infos: z.number().int().min(0),
    tabs: z.array(z.string()),
    people: z.number().int().min(0),
    shifts: z.number().int().min(0),
    reading: z.array(
      z.strictObject({
        tab: z.string(),
        status: z.enum(["read", "partial", "undated", "unread", "ignored"]),
        layout: z.string().nullable(),
        reason: z.string().optional(),
        how: z.string(),
        people: z.number().int().min(0),
        from: z.string().nullable(),
        to: z.string().nullable(),
        shifts: z.number().int().min(0),
        absences: z.number().int().min(0),
        notUnderstood: z.number().int().min(0),
      }),
    ),
  }),
});

const tmp = tempDir();
const sha256 = (path: string): string => createHash("sha256").update(readFileSync(path)).digest("hex");
let clean: string;
let faulty: string;

beforeAll(async () => {
  requireBuiltCli();
  // Explicit times (legend codes without a break would add `break` infos): a clean week, and an evening then a morning.
  const [m, s] = ["7h-14h", "14h-22h"];
  clean = await writeWorkbook(
    gridWorkbook([["Martin Léa", m, m, "", s, s, "", ""]]),
    tmp.path("propre.xlsx"),
  );
  faulty = await writeWorkbook(
    gridWorkbook([
      ["Martin Léa", m, "", s, m, "", "", ""],
      ["Bernard Hugo", "", m, m, "", "", "", ""],
    ]),
    tmp.path("erreurs.xlsx"),
  );
});
afterAll(() => tmp.cleanup());

describe("exit codes and output", () => {
  test("0 and a French summary for a clean planning", () => {
    const run = runCli(["check", clean]);
    expect(run.status).toBe(0);
    expect(run.stderr).toBe("");
    expect(run.stdout).toContain("Onglets lus");
    expect(run.stdout).toContain("Novembre 2026");
    expect(run.stdout).toContain("Aucun problème trouvé");
    expect(run.stdout).not.toContain("\u001b[");
  });

  test("1 and a table of the errors for a planning with an evening then a morning", () => {
    const run = runCli(["check", faulty]);
    expect(run.status).toBe(1);
    expect(run.stdout).toMatch(/Erreur \(1\)/);
    expect(run.stdout).toMatch(/Règle\s+Personne\s+Date\s+Cellules\s+Message/);
    expect(run.stdout).toMatch(
      /Repos quotidien\s+Martin Léa\s+03\/11\/2026\s+D2, E2\s+Repos quotidien de 9 h/,
    );
  });

  test("--json prints exactly the contract's document on stdout, and nothing else", () => {
    const run = runCli(["check", faulty, "--json"]);
    expect(run.status).toBe(1);
    expect(run.stderr).toBe("");
    const doc = checkJsonSchema.parse(JSON.parse(run.stdout));
    expect(doc.summary).toEqual({
      errors: 1,
      warnings: 0,
      infos: 0,
      tabs: ["Novembre 2026"],
      people: 2,
      shifts: 5,
      reading: [
        {
          tab: "Novembre 2026",
          status: "read",
          layout: "grid-people-days",
          how: "noms : colonne A ; jours : ligne 1 ; mois : le nom de l'onglet",
          people: 2,
          from: "2026-11-01",
          to: "2026-11-07",
          shifts: 5,
          absences: 0,
          notUnderstood: 0,
        },
      ],
    });
    expect(doc.findings[0]).toMatchObject({
      ruleId: "daily-rest",
      severity: "error",
      person: "Martin Léa",
      date: "2026-11-03",
      tab: "Novembre 2026",
      cells: ["D2", "E2"],
      details: { restMinutes: 540, minimumMinutes: 660 },
    });
  });

  test("--preset changes the rules: the same 9 h rest is a warning under CCN 66 (exit 0)", () => {
    const run = runCli(["check", faulty, "--json", "--preset", "ccn66"]);
    expect(run.status).toBe(0);
    const doc = checkJsonSchema.parse(JSON.parse(run.stdout));
    expect(doc.findings.map((f) => `${f.ruleId}:${f.severity}`)).toEqual(["daily-rest:warning"]);
  });

  test("colours with FORCE_COLOR, none with NO_COLOR", () => {
    expect(runCli(["check", faulty], { FORCE_COLOR: "1" }).stdout).toContain("\u001b[31m");
    expect(runCli(["check", faulty], { FORCE_COLOR: "1", NO_COLOR: "1" }).stdout).not.toContain("\u001b[");
  });

  test("an English shell keeps a French workbook's output French; --lang en makes it English", () => {
    const run = runCli(["check", faulty], { LANG: "en_GB.UTF-8" });
    expect(run.stdout).toContain("Onglets lus");
    expect(run.stdout).toMatch(/Repos quotidien de 9 h/);
    const english = runCli(["check", faulty, "--lang", "en"], { LANG: "fr_FR.UTF-8" });
    expect(english.stdout).toContain("Tabs read");
    expect(english.stdout).toMatch(/Daily rest of 9 h/);
  });
});

describe("bad input: one line on stderr, exit 2, nothing on stdout", () => {
  const cases: Array<[string, () => string[], RegExp]> = [
    [
      "a missing file",
      () => ["check", tmp.path("absent.xlsx")],
      /^releve : fichier introuvable : .*absent\.xlsx$/,
    ],
    [
      "a text file renamed .xlsx",
      () => ["check", writeRaw(tmp.path("notes.xlsx"), "Nom;Lundi\nMartin;M\n")],
      /n'est pas un classeur lisible \(formats acceptés : \.xlsx, \.xlsm, \.ods et \.csv\)$/,
    ],
    [
      "a zip that is not a workbook",
      () => ["check", writeRaw(tmp.path("archive.xlsx"), makeZip({ "photo.txt": "x" }))],
      /est une archive zip, mais pas un classeur \(\.xlsx, \.xlsm ou \.ods\)$/,
    ],
    [
      "a password-protected workbook",
      () => ["check", writeRaw(tmp.path("secret.xlsx"), makeOle(["EncryptionInfo", "EncryptedPackage"]))],
      /est protégé par un mot de passe/,
    ],
    [
      "a corrupt workbook",
      () => [
        "check",
        writeRaw(
          tmp.path("cassé.xlsx"),
          makeZip({ "xl/workbook.xml": "<workbook", "xl/worksheets/sheet1.xml": "<" }),
        ),
      ],
      /est endommagé et ne peut pas être lu/,
    ],
    [
      "an unknown option",
      () => ["check", clean, "--jsno"],
      /^releve : option inconnue : --jsno \(voir « releve check --help »\)$/,
    ],
    ["a bad --preset", () => ["check", clean, "--preset", "ccn99"], /^releve : préréglage inconnu : ccn99 /],
    ["an unknown command", () => ["verifier", clean], /^releve : commande inconnue : verifier /],
    ["no command", () => [], /^releve : commande manquante/],
    ["check without a file", () => ["check"], /^releve : indiquez le classeur à lire/],
    [
      "--preset without its value",
      () => ["check", clean, "--preset"],
      /^releve : l'option --preset attend une valeur$/,
    ],
    [
      "a bad --date",
      () => ["briefing", clean, "--date", "2026-13-01"],
      /^releve : date invalide : 2026-13-01 /,
    ],
    ["a bad --lang", () => ["codes", "--lang", "de"], /^releve : langue inconnue : de /],
    [
      "--out onto the input itself",
      () => ["check", clean, "--out", clean],
      /--out doit désigner un autre fichier/,
    ],
  ];

  test.each(cases)("%s", (_name, args, message) => {
    const run = runCli(args());
    expect(run.status).toBe(2);
    expect(run.stdout).toBe("");
    const lines = run.stderr.split("\n").filter((l) => l !== "");
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(message);
    expect(run.stderr).not.toMatch(/\n\s+at /);
  });

  test("an empty workbook", async () => {
    const wb = new ExcelJS.Workbook();
    wb.addWorksheet("Feuille 1");
    const run = runCli(["check", await writeWorkbook(wb, tmp.path("vide.xlsx"))]);
    expect(run.status).toBe(2);
    expect(run.stderr).toMatch(/^releve : .*vide\.xlsx est vide : aucun onglet ne contient de valeur\n$/);
  });

  test("--debug adds the stack trace of a corrupt workbook", () => {
    const broken = writeRaw(
      tmp.path("debug.xlsx"),
      makeZip({ "xl/workbook.xml": "<", "xl/worksheets/sheet1.xml": "<" }),
    );
    const run = runCli(["check", broken, "--debug"]);
    expect(run.status).toBe(2);
    expect(run.stderr.split("\n")[0]).toMatch(/est endommagé/);
    expect(run.stderr).toMatch(/\n\s+at /);
  });

  test("errors speak English with --lang en", () => {
    const run = runCli(["check", tmp.path("absent.xlsx"), "--lang", "en"]);
    expect(run.stderr).toMatch(/^releve: file not found: .*absent\.xlsx\n$/);
  });
});

describe("--out", () => {
  test("writes a marked copy with the report tab and never touches the input", async () => {
    const before = sha256(faulty);
    const out = tmp.path("sortie/rapport.xlsx");
    const run = runCli(["check", faulty, "--out", out]);
    expect(run.status).toBe(1);
    expect(sha256(faulty)).toBe(before);
    expect(run.stdout).toContain(`Rapport écrit dans ${out}`);
    const copy = new ExcelJS.Workbook();
    await copy.xlsx.readFile(out);
    expect(copy.worksheets.map((s) => s.name)).toEqual(["Novembre 2026", "Contrôle planning"]);
    const report = copy.getWorksheet("Contrôle planning") as ExcelJS.Worksheet;
    const texts: string[] = [];
    report.eachRow((row) => row.eachCell((cell) => texts.push(String(cell.text))));
    expect(texts).toContain("Repos quotidien (daily-rest)");
    const planning = copy.getWorksheet("Novembre 2026") as ExcelJS.Worksheet;
    for (const ref of ["D2", "E2"]) {
      const cell = planning.getCell(ref);
      expect(String(cell.note)).toMatch(
        /^\[Relève\] Erreur — Repos quotidien \([^)]+\) : Repos quotidien de 9 h/,
      );
      // A mark never changes the fill (plannings are colour-coded): bold underlined red text and a red border.
      expect(cell.fill?.type === "pattern" && cell.fill.pattern === "solid").toBe(false);
      expect(cell.font).toMatchObject({ bold: true, underline: true, color: { argb: "FFC5221F" } });
      expect(cell.border?.top).toMatchObject({ style: "medium", color: { argb: "FFC5221F" } });
    }
    expect(planning.getCell("B2").note).toBeUndefined();
    expect(planning.getCell("B2").fill).toBeUndefined();
    expect(planning.getCell("B2").value).toBe("7h-14h");
  });

  test("with --json, stdout still holds only the JSON document", () => {
    const out = tmp.path("rapport-json.xlsx");
    const run = runCli(["check", faulty, "--json", "--out", out]);
    expect(checkJsonSchema.safeParse(JSON.parse(run.stdout)).success).toBe(true);
    expect(existsSync(out)).toBe(true);
  });
});

describe("help and codes", () => {
  test("--help in French, and in English with --lang en or an English locale", () => {
    const fr = runCli(["--help"]);
    expect(fr.status).toBe(0);
    expect(fr.stdout).toMatch(/^Relève — contrôle des plannings/);
    expect(fr.stdout).toContain("releve check <classeur>");
    expect(fr.stdout).toContain("Classeurs lus : Excel .xlsx et .xlsm");
    expect(runCli(["--help", "--lang", "en"]).stdout).toMatch(/^Relève — planning checks/);
    expect(runCli(["--help"], { LC_ALL: "en_US.UTF-8" }).stdout).toContain("Usage:");
  });

  test("--version prints the package version", () => {
    const pkg = JSON.parse(readFileSync(join(__dirname, "..", "..", "package.json"), "utf8")) as {
      version: string;
    };
    const run = runCli(["--version"]);
    expect(run.status).toBe(0);
    expect(run.stdout).toBe(`${pkg.version}\n`);
  });

  test("each command has its own help", () => {
    const check = runCli(["check", "--help"]);
    expect(check.status).toBe(0);
    expect(check.stdout).toMatch(/^Utilisation : releve check/);
    expect(check.stdout).toContain("--preset <nom>");
    expect(runCli(["help", "codes"]).stdout).toMatch(/^Utilisation : releve codes/);
    expect(runCli(["briefing", "-h", "--lang", "en"]).stdout).toMatch(/^Usage: releve briefing/);
  });

  test("codes prints the default legend", () => {
    const run = runCli(["codes"]);
    expect(run.status).toBe(0);
    expect(run.stdout).toMatch(/Code\s+Libellé\s+Heures\s+Type/);
    expect(run.stdout).toMatch(/\nM\s+Matin\s+07:00–14:00\s+travail\n/);
    expect(run.stdout).toMatch(/\nN\s+Nuit\s+21:00–07:00\s+nuit\n/);
    expect(run.stdout).toMatch(/\nCA, CP\s+Congés annuels\s+absence\n/);
    const json = JSON.parse(runCli(["codes", "--json"]).stdout) as {
      codes: Array<{ code: string; type: string }>;
    };
    expect(json.codes.find((c) => c.code === "S")?.type).toBe("work");
  });
});
