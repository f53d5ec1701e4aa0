// Loads the built dist/Code.js into a bare node:vm context that holds only the fake Apps Script globals.
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import * as vm from "node:vm";
import { runInContext } from "node:vm";
import { createFakeAppsScript, type FakeAppsScript, type FakeOptions } from "../fakes";

/** The repository's dist/ directory. */
export const DIST = join(__dirname, "..", "..", "dist");

/** The contract §1 entry points (shared/design/contract.md). */
export const CONTRACT_ENTRY_POINTS = [
  "onOpen",
  "onInstall",
  "showSidebar",
  "setupWorkbook",
  "checkPlanning",
  "clearPlanningFlags",
  "addHandover",
  "listHandovers",
  "generateBriefing",
  "sendMorningBriefing",
  "installMorningBriefing",
  "removeMorningBriefing",
] as const;

/** Reads a built file, failing with a clear message when the build has not run. */
export function readDist(name: string): string {
  const path = join(DIST, name);
  if (!existsSync(path)) {
    throw new Error(`dist/${name} is missing: run \`npm run build\` first (npm test does it before jest).`);
  }
  return readFileSync(path, "utf8");
}

/** A loaded bundle: its vm context (globals = the fake's), the fake, and the source. */
export interface LoadedBundle {
  context: vm.Context & Record<string, unknown>;
  fake: FakeAppsScript;
  source: string;
  /** Calls a top-level function of the bundle by name. */
  call(name: string, ...args: unknown[]): unknown;
}

/** Runs dist/Code.js in a fresh context that holds nothing but the fake's globals. */
export function loadBundle(options: FakeOptions = {}): LoadedBundle {
  const source = readDist("Code.js");
  const fake = createFakeAppsScript(options);
  const context = vm.createContext({}) as vm.Context & Record<string, unknown>;
  fake.install(context);
  runInContext(source, context, { filename: "Code.js" });
  return {
    context,
    fake,
    source,
    call(name, ...args) {
      const fn = context[name];
      if (typeof fn !== "function") throw new Error(`Code.js has no top-level function ${name}`);
      return fn(...args);
    },
  };
}
