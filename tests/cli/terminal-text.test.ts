// Control characters from cells never reach the terminal raw, whatever the command; a cell on two lines keeps its row.
import { colorsWanted, palette, stripAnsi } from "../../src/cli/output/colors";
import { renderTable } from "../../src/cli/output/table";
import { inline, safeStream, visible } from "../../src/cli/output/terminal-text";
import { decodeEscapes } from "../../src/cli/read/xlsx-reader";
import { rawXlsx } from "./support/packages";
import { requireBuiltCli, runCli } from "./support/run-cli";
import { tempDir, writeRaw } from "./support/workbooks";

/** Characters a terminal acts on (line feed aside): none may be written raw. */
// biome-ignore lint/suspicious/noControlCharactersInRegex: finding control characters is the point.
const RAW_CONTROL = /[\u0000-\u0009\u000B-\u001F\u007F-\u009F\u202A-\u202E\u2066-\u2069]/;

describe("visible and safeStream", () => {
  test("ESC, CR, BEL, DEL, a C1 CSI and bidi overrides are shown as escapes; tab, line feed and letters stay", () => {
    expect(visible("a\u001b[2Jb\rc\u0007d\u007f\u009b31m\u202eé\t😀\n")).toBe(
      "a\\u001b[2Jb\\u000dc\\u0007d\\u007f\\u009b31m\\u202eé\t😀\n",
    );
  });

  test("the palette's colours still reach the terminal, a cell's escape does not", () => {
    const written: string[] = [];
    const out = safeStream({ isTTY: true, write: (t: string) => written.push(t) });
    out.write(`${palette(true).red("Erreur")} Martin\u001b[31m Léa\n`);
    expect(written.join("")).toBe("\u001b[31mErreur\u001b[39m Martin\\u001b[31m Léa\n");
    expect(colorsWanted(out, { FORCE_COLOR: "1" })).toBe(true);
  });

  test("a JSON document stays exact: what it shows escaped parses back to the same text", () => {
    const written: string[] = [];
    const value = { person: "Dubois\u202e Paul\u009b\u2028" };
    safeStream({ write: (t: string) => written.push(t) }).write(JSON.stringify(value));
    expect(written.join("")).not.toMatch(RAW_CONTROL);
    expect(JSON.parse(written.join(""))).toEqual(value);
  });

  test("no text read from a file can forge the CLI's own escapes (a lone surrogate becomes U+FFFD)", () => {
    expect(decodeEscapes("_xDBFF_[31m")).toBe("\uFFFD[31m");
    expect(visible("\uDBFF[31m")).toBe("\uDBFF[31m"); // the CLI's own mark, which only the palette writes…
    expect(visible("\uDBFF")).toBe("\\udbff"); // …and nothing else
  });

  test("a table cell on two lines stays on its row", () => {
    const lines = renderTable(["Personne", "Message"], [["Roux\nSophie", "a\r\nb"]]);
    expect(lines).toEqual(["Personne     Message", "Roux Sophie  a b"]);
    expect(inline("x\u2028y")).toBe("x y");
  });
});

describe("every command's text output", () => {
  const tmp = tempDir();
  let path: string;

  beforeAll(() => {
    requireBuiltCli();
    const names = ["Martin_x001B_[2J Léa", "Bernard_x009B_31m Hugo", "Dubois_x202E_ Paul", "Roux\nSophie"];
    const text = (ref: string, value: string) => `<c r="${ref}" t="inlineStr"><is><t>${value}</t></is></c>`;
    const head = ["B", "C", "D", "E", "F", "G", "H"]
      .map((c, i) => `<c r="${c}1"><v>${i + 1}</v></c>`)
      .join("");
    const rows = names.map(
      (name, i) =>
        `<row r="${i + 2}">${text(`A${i + 2}`, name)}${text(`C${i + 2}`, "14h-22h")}${text(`D${i + 2}`, "7h-14h")}</row>`,
    );
    path = writeRaw(
      tmp.path("noms.xlsx"),
      rawXlsx({
        sheets: [
          { name: "Novembre 2026", rows: `<row r="1">${text("A1", "Nom")}${head}</row>${rows.join("")}` },
        ],
      }),
    );
  });
  afterAll(() => tmp.cleanup());

  test("check: escapes shown, colours kept, the two-line name on one table row", () => {
    const run = runCli(["check", path], { FORCE_COLOR: "1" });
    expect(run.status).toBe(1);
    expect(stripAnsi(run.stdout)).not.toMatch(RAW_CONTROL);
    expect(run.stdout).toContain("\u001b[31m");
    expect(run.stdout).toContain("Martin\\u001b[2J Léa");
    expect(run.stdout).toContain("Bernard\\u009b31m Hugo");
    expect(run.stdout).toContain("Dubois\\u202e Paul");
    expect(run.stdout).toMatch(
      /\n\s+Repos quotidien\s+Roux Sophie\s+02\/11\/2026\s+C5, D5\s+Repos quotidien de 9 h/,
    );
  });

  test("check --json: the exact names (control characters kept, a line break in a name read as a space)", () => {
    const run = runCli(["check", path, "--json"]);
    expect(run.stdout).not.toMatch(RAW_CONTROL);
    const doc = JSON.parse(run.stdout) as { findings: { person: string }[] };
    expect(doc.findings.map((f) => f.person)).toEqual(
      expect.arrayContaining([
        "Martin\u001b[2J Léa",
        "Bernard\u009b31m Hugo",
        "Dubois\u202e Paul",
        "Roux Sophie",
      ]),
    );
  });

  test("briefing and replace", () => {
    const briefing = runCli(["briefing", path, "--date", "2026-11-03"]);
    expect(briefing.status).toBe(0);
    expect(briefing.stdout).toContain("Martin\\u001b[2J Léa");
    expect(briefing.stdout).not.toMatch(RAW_CONTROL);
    const replace = runCli(["replace", path, "--date", "2026-11-04", "--shift", "M"]);
    expect(replace.stdout).toContain("Dubois\\u202e Paul");
    expect(replace.stdout).not.toMatch(RAW_CONTROL);
  });
});
