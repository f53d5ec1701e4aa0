// A fresh `npm ci` on the oldest Node the project names (package.json `engines`, README) warns of no engine.
import { readFileSync } from "node:fs";
import { join } from "node:path";

const root = join(__dirname, "..", "..");
const semver = require("semver") as {
  minVersion(range: string): { version: string } | null;
  satisfies(version: string, range: string): boolean;
};

interface Lockfile {
  packages: Record<string, { version?: string; engines?: { node?: string } | string[] }>;
}

const pkg = JSON.parse(readFileSync(join(root, "package.json"), "utf8")) as { engines: { node: string } };
const lock = JSON.parse(readFileSync(join(root, "package-lock.json"), "utf8")) as Lockfile;
const oldest = semver.minVersion(pkg.engines.node)?.version ?? "";

describe("engines", () => {
  test("the README names the same oldest Node as package.json", () => {
    const [major, minor] = oldest.split(".");
    expect(readFileSync(join(root, "README.md"), "utf8")).toContain(`Node.js ${major}.${minor} or later`);
  });

  test("every locked package accepts the oldest Node package.json names", () => {
    const refusing = Object.entries(lock.packages).flatMap(([path, entry]) => {
      const range = !Array.isArray(entry.engines) ? entry.engines?.node : undefined;
      return range === undefined || semver.satisfies(oldest, range)
        ? []
        : [`${path}@${entry.version} wants ${range}`];
    });
    expect(refusing).toEqual([]);
  });
});
