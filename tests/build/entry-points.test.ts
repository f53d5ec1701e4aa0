// Every contract entry point is a real top-level function of dist/Code.js, and nothing else is exposed.
import { runInContext } from "node:vm";
import { CONTRACT_ENTRY_POINTS, loadBundle, readDist } from "./load-bundle";

const FAKE_GLOBALS = new Set([
  "SpreadsheetApp",
  "HtmlService",
  "PropertiesService",
  "LockService",
  "ScriptApp",
  "MailApp",
  "Session",
  "Utilities",
  "CacheService",
  "Logger",
  "console",
]);

/** Names of the top-level `function NAME(` declarations of the source. */
function topLevelFunctions(source: string): string[] {
  return [...source.matchAll(/^(?:async\s+)?function\s*\*?\s*([A-Za-z_$][\w$]*)\s*\(/gm)].map(
    (m) => m[1] as string,
  );
}

describe("entry points in dist/Code.js", () => {
  const source = readDist("Code.js");

  test.each(CONTRACT_ENTRY_POINTS)("%s is a top-level function declaration", (name) => {
    expect(source).toMatch(new RegExp(`^function ${name}\\(`, "m"));
    const { context } = loadBundle();
    expect(runInContext(`typeof ${name}`, context)).toBe("function");
    expect(runInContext(`Object.getOwnPropertyDescriptor(globalThis, "${name}").enumerable`, context)).toBe(
      true,
    );
  });

  test("the top-level functions are exactly the bundle's exports (src/gas/main.ts)", () => {
    const { context } = loadBundle();
    const exported = Object.keys(context.__Releve as object).sort();
    const declared = topLevelFunctions(source).sort();
    expect(declared).toEqual(exported);
    expect(new Set(declared).size).toBe(declared.length);
    for (const name of CONTRACT_ENTRY_POINTS) expect(exported).toContain(name);
  });

  test("no other global is a function; the only other globals are the bundle object and zod's registry", () => {
    const { context } = loadBundle();
    const declared = new Set(topLevelFunctions(source));
    const extra = Object.getOwnPropertyNames(context).filter((n) => !FAKE_GLOBALS.has(n) && !declared.has(n));
    for (const name of extra) expect([name, typeof context[name]]).toEqual([name, "object"]);
    // zod keeps its global configuration on globalThis (objects, invisible in the editor's function list).
    expect(extra.filter((n) => !n.startsWith("__zod_"))).toEqual(["__Releve"]);
  });

  test.each(["setReadingSetting", "addLegendCode"])(
    "the Planning panel's correction %s is a top-level function",
    (name) => {
      expect(source).toMatch(new RegExp(`^function ${name}\\(`, "m"));
    },
  );

  test("no export or import statement is left", () => {
    expect(source).not.toMatch(/^\s*export\s/m);
    expect(source).not.toMatch(/^\s*import\s[\w{*]/m);
  });

  test("each wrapper passes its arguments and this through to the bundle", () => {
    const { context } = loadBundle();
    const seen: unknown[] = [];
    context.__Releve = {
      listHandovers(this: unknown, ...args: unknown[]) {
        seen.push(this, args);
        return "result";
      },
    };
    const receiver = { marker: 1 };
    const wrapper = context.listHandovers as (this: unknown, ...a: unknown[]) => unknown;
    expect(wrapper.call(receiver, { limit: 3 }, "x")).toBe("result");
    expect(seen).toEqual([receiver, [{ limit: 3 }, "x"]]);
  });

  test("an entry point whose feature is not built yet says so clearly instead of pretending", () => {
    for (const name of CONTRACT_ENTRY_POINTS.filter((n) => n !== "onOpen" && n !== "onInstall")) {
      const { call, fake } = loadBundle();
      let message: string | null = null;
      try {
        call(name);
      } catch (error) {
        message = (error as Error).message;
      }
      if (message?.includes("pas encore disponible")) {
        expect(fake.ui.alerts.map((a) => a.prompt)).toEqual([message]);
      }
    }
  });
});
