// Only regular files are read: a device, a named pipe or a folder is refused at once, in one line (issue 11, item 3).
import { spawnSync } from "node:child_process";
import { type CliRun, requireBuiltCli, runCli } from "./support/run-cli";
import { tempDir } from "./support/workbooks";

const tmp = tempDir();
let fifo: string;

beforeAll(() => {
  requireBuiltCli();
  fifo = tmp.path("tube.xlsx");
  const made = spawnSync("mkfifo", [fifo]);
  if (made.status !== 0) throw new Error(`mkfifo failed: ${made.stderr}`);
});
afterAll(() => tmp.cleanup());

/** The one line of a refusal, which must come within 10 s (reading `/dev/zero` would never end). */
function refusal(result: CliRun): string {
  expect(result.status).toBe(2);
  expect(result.stdout).toBe("");
  const lines = result.stderr.split("\n").filter((l) => l !== "");
  expect(lines).toHaveLength(1);
  return lines[0] as string;
}

describe("a file that is not a regular file", () => {
  test("/dev/zero (a device that never ends)", () => {
    expect(refusal(runCli(["check", "/dev/zero"], {}, 10_000))).toBe(
      "releve : /dev/zero n'est pas un fichier ordinaire (périphérique, tube ou socket) : indiquez un classeur " +
        ".xlsx, .xlsm, .ods ou .csv",
    );
  });

  test("a named pipe nobody writes to", () => {
    expect(refusal(runCli(["briefing", fifo], {}, 10_000))).toMatch(
      /tube\.xlsx n'est pas un fichier ordinaire/,
    );
  });

  test("a folder", () => {
    expect(refusal(runCli(["replace", tmp.dir, "--date", "2026-11-03", "--shift", "M"], {}, 10_000))).toMatch(
      /est un dossier, pas un classeur$/,
    );
  });

  test("in English with --lang en", () => {
    expect(refusal(runCli(["check", "/dev/zero", "--lang", "en"], {}, 10_000))).toMatch(
      /^releve: \/dev\/zero is not a regular file \(a device, a pipe or a socket\)/,
    );
  });
});
