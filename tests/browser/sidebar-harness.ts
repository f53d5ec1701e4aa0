// Opens dist/Sidebar.html in Chromium with a google.script.run that runs the real server functions on the fake.
import { existsSync, mkdirSync } from "node:fs";
import { join } from "node:path";
import { type Browser, type BrowserContext, chromium, type Page } from "playwright-core";
import * as main from "../../src/gas/main";
import { createFakeAppsScript, type FakeAppsScript, type FakeOptions } from "../fakes";

/** The built sidebar. */
export const SIDEBAR = join(__dirname, "../../dist/Sidebar.html");
/** Where screenshots go (gitignored). */
export const OUTPUT = join(__dirname, "../../test-output");

/** Debian's Chromium, headless, with the background networking that this closed network refuses turned off. */
export const CHROMIUM = {
  executablePath: "/usr/bin/chromium",
  args: [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
  ],
};

/** Launches headless Chromium (Debian's /usr/bin/chromium) for the sidebar tests. */
export async function launch(): Promise<Browser> {
  if (!existsSync(SIDEBAR))
    throw new Error("dist/Sidebar.html is missing: run `npx tsx scripts/build.ts` first");
  mkdirSync(OUTPUT, { recursive: true });
  return chromium.launch(CHROMIUM);
}

/** A fake spreadsheet with residents, installed on globalThis for the server functions. */
export function fakeWorld(options: FakeOptions = {}): FakeAppsScript {
  const fake = createFakeAppsScript({
    userEmail: "lea@example.org",
    sheets: {
      Résidents: [
        ["Nom", "Unité", "Actif"],
        ["Martin Léa", "Les Tilleuls", "oui"],
        ["Petit Zoé", "Les Chênes", "oui"],
        ["Bernard Noé", "Les Chênes", "non"],
      ],
    },
    ...options,
  });
  fake.install();
  return fake;
}

/** What the page's stub recorded: server calls by name. */
export interface ServerLog {
  calls: string[];
  /** Delay before each answer, to see the sidebar's progress state. */
  delayMs?: number;
  /** Makes the next calls fail before reaching the server, with this message (e.g. a lost connection). */
  failWith?: string;
  /** Server calls still running (a slow call outlives a closed page, as on Apps Script). */
  running?: Promise<unknown>[];
}

const SERVER_FUNCTIONS = Object.keys(main).filter(
  (name) => typeof (main as Record<string, unknown>)[name] === "function",
);

/**
 * A browser context whose pages get `google.script.run`: each call crosses as JSON to Node, runs the real
 * server function on the fake, and comes back as JSON to the success or failure handler (asynchronously).
 */
export async function sidebarContext(browser: Browser, log: ServerLog): Promise<BrowserContext> {
  const context = await browser.newContext({ viewport: { width: 300, height: 800 }, hasTouch: true });
  await context.exposeBinding("__releveRun", async (_source, name: string, argsJson: string) => {
    log.calls.push(name);
    if (log.failWith) return { ok: false, message: log.failWith };
    const run = (async () => {
      if (log.delayMs) await new Promise((resolve) => setTimeout(resolve, log.delayMs));
      try {
        const fn = (main as Record<string, unknown>)[name] as (...args: unknown[]) => unknown;
        const value = fn(...(JSON.parse(argsJson) as unknown[]));
        return { ok: true, json: JSON.stringify(value ?? null) };
      } catch (error) {
        return { ok: false, message: error instanceof Error ? error.message : String(error) };
      }
    })();
    log.running?.push(run);
    return run;
  });
  await context.addInitScript((names: string[]) => {
    type Handler = ((value: unknown) => void) | null;
    const w = window as unknown as {
      __releveRun(name: string, args: string): Promise<{ ok: boolean; json?: string; message?: string }>;
      google: unknown;
    };
    const runner = (success: Handler, failure: Handler): Record<string, unknown> => {
      const r: Record<string, unknown> = {
        withSuccessHandler: (f: Handler) => runner(f, failure),
        withFailureHandler: (f: Handler) => runner(success, f),
      };
      for (const name of names) {
        r[name] = (...args: unknown[]) => {
          void w.__releveRun(name, JSON.stringify(args)).then((res) => {
            if (res.ok) success?.(JSON.parse(res.json ?? "null"));
            else failure?.(new Error(res.message));
          });
        };
      }
      return r;
    };
    w.google = { script: { run: runner(null, null) } };
  }, SERVER_FUNCTIONS);
  return context;
}

/** Opens a section of the Coordination tab (Planning, Remplacer, Briefing) by clicking, and returns its body. */
export async function openSection(page: Page, id: "planning" | "replace" | "briefing"): Promise<void> {
  await page.click("#tab-coordination");
  if ((await page.getAttribute(`#tab-${id}`, "aria-expanded")) !== "true") await page.click(`#tab-${id}`);
}

/** Opens the sidebar in a new page of the context and waits for the server data to be there. */
export async function openSidebar(context: BrowserContext): Promise<Page> {
  const page = await context.newPage();
  page.on("dialog", (dialog) => {
    throw new Error(`unexpected dialog: ${dialog.message()}`);
  });
  await page.goto(`file://${SIDEBAR}`);
  await page.waitForSelector("#panel-new-entry form");
  await page.waitForFunction(() => (document.querySelector("datalist")?.children.length ?? 0) > 0);
  return page;
}
