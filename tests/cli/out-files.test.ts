// `--out` never writes over the input, never replaces another kind of file without --force, and says why it cannot write.
import { createHash } from "node:crypto";
import { linkSync, mkdirSync, readFileSync, symlinkSync, writeFileSync } from "node:fs";
import { writeReason } from "../../src/cli/output-file";
import { messages } from "../../src/core/i18n";
import { type CliRun, requireBuiltCli, runCli } from "./support/run-cli";
import { gridWorkbook, tempDir, writeWorkbook } from "./support/workbooks";

const tmp = tempDir();
const sha = (path: string): string => createHash("sha256").update(readFileSync(path)).digest("hex");
let input: string;
let inputSha: string;

beforeAll(async () => {
  requireBuiltCli();
  input = await writeWorkbook(
    gridWorkbook([["Martin Léa", "7h-14h", "", "14h-22h", "7h-14h"]]),
    tmp.path("foyer.xlsx"),
  );
  inputSha = sha(input);
});
afterAll(() => tmp.cleanup());
afterEach(() => expect(sha(input)).toBe(inputSha));

function refusal(result: CliRun): string {
  expect(result.status).toBe(2);
  expect(result.stdout).toBe("");
  const lines = result.stderr.split("\n").filter((l) => l !== "");
  expect(lines).toHaveLength(1);
  return lines[0] as string;
}

const SAME = "releve : --out doit désigner un autre fichier que le classeur lu, qui n'est jamais modifié";

describe("never over the input", () => {
  test("briefing: the input itself when it is named .html, even with --force", () => {
    const named = tmp.path("classeur.html");
    writeFileSync(named, readFileSync(input));
    const before = sha(named);
    expect(refusal(runCli(["briefing", named, "--out", named, "--force"]))).toBe(SAME);
    expect(sha(named)).toBe(before);
  });

  test("briefing: a symbolic link to the input", () => {
    const link = tmp.path("lien-symbolique.html");
    symlinkSync(input, link);
    expect(refusal(runCli(["briefing", input, "--out", link]))).toBe(SAME);
  });

  test("briefing: a hard link to the input, even with --force", () => {
    const link = tmp.path("lien-dur.html");
    linkSync(input, link);
    expect(refusal(runCli(["briefing", input, "--out", link, "--force"]))).toBe(SAME);
  });

  test("check: a hard link to the input", () => {
    const link = tmp.path("lien-dur.xlsx");
    linkSync(input, link);
    expect(refusal(runCli(["check", input, "--out", link]))).toBe(SAME);
  });
});

describe("never another kind of file without --force", () => {
  test("briefing --out onto a text file: refused, then replaced with --force", () => {
    const notes = tmp.path("notes.html");
    writeFileSync(notes, "mes notes de la semaine\n");
    expect(refusal(runCli(["briefing", input, "--out", notes]))).toBe(
      `releve : ${notes} existe et n'est pas un fichier .html : choisissez un autre nom, ou ajoutez --force pour le remplacer`,
    );
    expect(readFileSync(notes, "utf8")).toBe("mes notes de la semaine\n");
    const forced = runCli(["briefing", input, "--out", notes, "--force"]);
    expect(forced.status).toBe(0);
    expect(readFileSync(notes, "utf8")).toMatch(/^<!doctype html>/i);
  });

  test("check --out onto a file that is not a workbook: refused; an earlier report is replaced", () => {
    const text = tmp.path("ancien.xlsx");
    writeFileSync(text, "pas un classeur");
    expect(refusal(runCli(["check", input, "--out", text, "--lang", "en"]))).toBe(
      `releve: ${text} exists and is not an .xlsx file: choose another name, or add --force to replace it`,
    );
    expect(readFileSync(text, "utf8")).toBe("pas un classeur");
    const report = tmp.path("rapport.xlsx");
    expect(runCli(["check", input, "--out", report]).status).toBe(1);
    const first = sha(report);
    expect(runCli(["check", input, "--out", report, "--preset", "ccn66"]).status).toBe(0);
    expect(sha(report)).not.toBe(first);
  });

  test("--out naming a folder", () => {
    const folder = tmp.path("dossier.html");
    mkdirSync(folder);
    expect(refusal(runCli(["briefing", input, "--out", folder]))).toBe(
      `releve : --out désigne un dossier : ${folder}`,
    );
  });
});

describe("an --out that cannot be written says why, in words", () => {
  test("briefing and check under a path whose folder is a file", () => {
    const file = tmp.path("fichier.txt");
    writeFileSync(file, "x");
    expect(refusal(runCli(["briefing", input, "--out", `${file}/briefing.html`]))).toBe(
      `releve : impossible d'écrire ${file}/briefing.html : un élément du chemin existe déjà et n'est pas un dossier`,
    );
    expect(refusal(runCli(["check", input, "--out", `${file}/r.xlsx`, "--lang", "en"]))).toBe(
      `releve: cannot write ${file}/r.xlsx: part of the path already exists and is not a folder`,
    );
  });

  test("the reasons a system gives, in French and English", () => {
    const fail = (code: string) => Object.assign(new Error(`${code}: failed`), { code });
    const fr = messages("fr");
    expect(writeReason(fail("EACCES"), fr)).toBe("permission refusée");
    expect(writeReason(fail("EROFS"), fr)).toBe("le système de fichiers est en lecture seule");
    expect(writeReason(fail("ENOSPC"), fr)).toBe("plus de place sur le disque");
    expect(writeReason(fail("ENOENT"), messages("en"))).toBe("the folder does not exist");
    expect(writeReason(fail("EWHATEVER"), fr)).toBe("EWHATEVER");
  });
});
