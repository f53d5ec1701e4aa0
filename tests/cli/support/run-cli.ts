// Runs the built `releve` command as a child process, in a controlled locale, and returns what it printed.
import { spawnSync } from "node:child_process";
import { existsSync } from "node:fs";
import { join } from "node:path";

const root = join(__dirname, "..", "..", "..");
/** The command as users run it. */
export const BIN = join(root, "bin", "releve.cjs");
const BUILT = join(root, "dist", "cli", "releve.cjs");

/** What one run printed and returned. */
export interface CliRun {
  status: number | null;
  stdout: string;
  stderr: string;
}

/** Fails with one clear line when the CLI has not been built. */
export function requireBuiltCli(): void {
  if (!existsSync(BUILT)) {
    throw new Error(
      "dist/cli/releve.cjs is missing: run `npm run build` (or `npx tsx scripts/build.ts`) first.",
    );
  }
}

/**
 * Runs `releve <args>` with a French locale and no colour unless `env` says otherwise; a run longer than
 * `timeoutMs` (default 60 s) is killed and has status null.
 */
export function runCli(args: string[], env: Record<string, string> = {}, timeoutMs = 60_000): CliRun {
  const result = spawnSync(process.execPath, [BIN, ...args], {
    cwd: root,
    encoding: "utf8",
    timeout: timeoutMs,
    env: {
      PATH: process.env.PATH ?? "",
      HOME: process.env.HOME ?? "",
      LANG: "fr_FR.UTF-8",
      LC_ALL: "",
      LC_MESSAGES: "",
      ...env,
    },
  });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}
