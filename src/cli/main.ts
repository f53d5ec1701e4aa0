// The `releve` command line entry point (bundled to dist/cli/releve.cjs): runs the CLI on this process.
import { visible } from "./output/terminal-text";
import { runCli } from "./run";

process.stdout.on("error", (error: NodeJS.ErrnoException) => {
  // A closed pipe (`releve check x.xlsx | head`) is not an error of ours.
  if (error.code === "EPIPE") process.exit(process.exitCode ?? 0);
  throw error;
});

runCli(process.argv.slice(2), { stdout: process.stdout, stderr: process.stderr, env: process.env }).then(
  (status) => {
    process.exitCode = status;
  },
  (error: unknown) => {
    process.stderr.write(`releve : ${visible(error instanceof Error ? error.message : String(error))}\n`);
    process.exitCode = 2;
  },
);
