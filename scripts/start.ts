// `npm start`: builds the CLI when needed, then checks the demo workbook and writes its briefing, saying where.
import { spawnSync } from "node:child_process";
import { existsSync, mkdirSync, readdirSync, statSync } from "node:fs";
import { join, relative } from "node:path";
import { localeOfEnvironment } from "../src/cli/locale";
import { langOf, messages } from "../src/core/i18n";
import { DEMO_TODAY } from "./demo/roster";
import { DEMO_PATH, writeDemo } from "./make-demo";

const root = join(__dirname, "..");
const cli = join(root, "dist", "cli", "releve.cjs");
const bin = join(root, "bin", "releve.cjs");
const t = messages(langOf(localeOfEnvironment(process.env))).cli.start;

/** The newest modification time of the files under a folder (0 when it does not exist). */
function newestMtime(dir: string): number {
  if (!existsSync(dir)) return 0;
  let newest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    newest = Math.max(newest, entry.isDirectory() ? newestMtime(path) : statSync(path).mtimeMs);
  }
  return newest;
}

/** True when dist/cli/releve.cjs is missing or older than a source file. */
function needsBuild(): boolean {
  if (!existsSync(cli)) return true;
  const built = statSync(cli).mtimeMs;
  return newestMtime(join(root, "src")) > built || statSync(join(root, "package.json")).mtimeMs > built;
}

/** Runs `releve` with arguments, its output on this terminal; resolves to its exit status. */
function releve(args: string[]): { status: number | null } {
  return spawnSync(process.execPath, [bin, ...args], { cwd: root, stdio: ["ignore", "inherit", "inherit"] });
}

async function main(): Promise<number> {
  if (needsBuild()) {
    console.error(t.building);
    const build = spawnSync(
      process.execPath,
      [require.resolve("tsx/cli"), join(root, "scripts", "build.ts")],
      {
        cwd: root,
        stdio: "inherit",
      },
    );
    if (build.status !== 0) {
      console.error(t.failed("npm run build", build.status));
      return 1;
    }
  }
  if (!existsSync(DEMO_PATH)) await writeDemo();
  const demo = relative(root, DEMO_PATH);
  const report = join("out", "foyer-demo-controle.xlsx");
  const briefing = join("out", "briefing.html");

  console.log(`${t.checking(demo, report)}\n`);
  const check = releve(["check", demo, "--out", report]);
  if (check.status === 1) console.log(`\n${t.expectedErrors}`);
  else if (check.status !== 0) {
    console.error(t.failed("releve check", check.status));
    return 1;
  }

  console.log(`\n${t.briefing(demo, DEMO_TODAY, briefing)}\n`);
  mkdirSync(join(root, "out"), { recursive: true });
  const brief = releve(["briefing", demo, "--date", DEMO_TODAY, "--out", briefing]);
  if (brief.status !== 0) {
    console.error(t.failed("releve briefing", brief.status));
    return 1;
  }

  console.log(`\n${t.outputs}`);
  console.log(t.report(join(root, report)));
  console.log(t.briefingFile(join(root, briefing)));
  return 0;
}

main().then(
  (status) => {
    process.exitCode = status;
  },
  (error: unknown) => {
    console.error(error instanceof Error ? error.message : String(error));
    process.exitCode = 1;
  },
);
