#!/usr/bin/env node
// The `releve` command: runs the built CLI (dist/cli/releve.cjs), or says how to build it.
const { existsSync } = require("node:fs");
const { join } = require("node:path");

const built = join(__dirname, "..", "dist", "cli", "releve.cjs");
if (!existsSync(built)) {
  process.stderr.write(
    "releve : la commande n'est pas construite ; lancez « npm run build » puis réessayez.\n",
  );
  process.exit(2);
}
require(built);
