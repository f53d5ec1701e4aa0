// The care staff's sidebar in real Chromium at 300 px (and 150 % zoom): Écrire, À lire (n), Coordination —
// issue 13 point by point, in French and English, axe on every state, screenshots in test-output/.
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import AxeBuilder from "@axe-core/playwright";
import type { Browser, BrowserContext, Page } from "playwright-core";
import { COLUMNS } from "../../src/core/handovers";
import { acknowledgeHandover, addHandover, listHandovers } from "../../src/gas/main";
import type { FakeAppsScript } from "../fakes";
import { demoNightWorld } from "./demo-night";
import { fakeWorld, launch, OUTPUT, openSidebar, type ServerLog, sidebarContext } from "./sidebar-harness";

let browser: Browser;
let context: BrowserContext;
let fake: FakeAppsScript;
let log: ServerLog;

beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser.close();
});
beforeEach(async () => {
  fake = fakeWorld();
  log = { calls: [], running: [] };
  context = await sidebarContext(browser, log);
});
afterEach(async () => {
  await Promise.all(log.running ?? []);
  await context.close();
  fake.uninstall();
});

/** Swaps the world for another (the harness's is the default): the old one is uninstalled first. */
function world(make: () => FakeAppsScript): void {
  fake.uninstall();
  fake = make();
}

const shot = (page: Page, name: string) =>
  page.screenshot({ path: join(OUTPUT, `sidebar-${name}.png`), fullPage: true });
const statusOf = (page: Page) => page.locator("#panel-new-entry .status").textContent();
const waitStatus = (page: Page, prefix: string) =>
  page.waitForFunction(
    (p) => document.querySelector("#panel-new-entry .status")?.textContent?.startsWith(p) ?? false,
    prefix,
  );
const tabLabels = (page: Page) => page.getByRole("tab").allTextContents();
const colleague = { userEmail: "sam@example.org" };

/** No WCAG 2.1 AA violation (axe), no text under 14 px, no touch target under 32 px, on what is shown now. */
async function accessible(page: Page, state: string): Promise<void> {
  const axe = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]).analyze();
  expect(axe.violations.map((v) => `${state}: ${v.id} ${v.nodes.map((n) => n.target).join(" ")}`)).toEqual(
    [],
  );
  const problems = await page.evaluate(() => {
    const out: string[] = [];
    for (const node of document.querySelectorAll("body *")) {
      const el = node as HTMLElement;
      if (!el.offsetParent || el.closest(".visually-hidden")) continue;
      const text = [...el.childNodes].some((c) => c.nodeType === 3 && (c.textContent ?? "").trim() !== "");
      if (text && Number.parseFloat(getComputedStyle(el).fontSize) < 14)
        out.push(`small text: ${el.textContent}`);
    }
    for (const node of document.querySelectorAll(
      "button, input:not([type=checkbox]), select, textarea, summary, [role=tab]",
    )) {
      const r = (node as HTMLElement).getBoundingClientRect();
      if (r.width === 0 && r.height === 0) continue;
      if (r.height < 32 || r.width < 32)
        out.push(`small target: ${node.tagName} ${node.textContent} ${r.width}x${r.height}`);
    }
    return out;
  });
  expect(problems.map((p) => `${state}: ${p}`)).toEqual([]);
}

async function openInbox(page: Page): Promise<void> {
  await page.click("#tab-inbox");
  await page.waitForSelector("#panel-inbox .summary span");
}

describe("4. two tabs for care staff, Coordination for the rest, one row at 300 px and 150 % zoom", () => {
  it("shows Écrire, À lire (n) and Coordination on one row; Coordination holds Planning, Remplacer and Briefing", async () => {
    world(() => demoNightWorld());
    const page = await openSidebar(context);
    await page.waitForFunction(() => document.querySelector("#tab-inbox")?.textContent === "À lire (7)");
    expect(await tabLabels(page)).toEqual(["Écrire", "À lire (7)", "Coordination"]);
    const row = () =>
      page.evaluate(() => {
        const tabs = [...document.querySelectorAll("[role=tab]")].map((t) => t.getBoundingClientRect());
        const bar = document.querySelector(".tabs")?.getBoundingClientRect();
        return {
          tops: new Set(tabs.map((r) => Math.round(r.top))).size,
          height: Math.round(bar?.height ?? 0),
        };
      });
    const at300 = await row();
    expect(at300.tops).toBe(1);
    await page.click("#tab-coordination");
    expect(await page.locator("#panel-coordination .section-toggle").allTextContents()).toEqual([
      "Planning",
      "Remplacer",
      "Briefing",
    ]);
    await page.click("#tab-replace");
    expect(await page.locator("#panel-replace").isVisible()).toBe(true);
    expect(await page.locator("#panel-planning").isVisible()).toBe(false);
    await accessible(page, "Coordination");
    await shot(page, "coordination");
    // 150 % zoom: the sidebar's 300 × 640 pixels are 200 × 427 CSS pixels.
    const zoomPage = await context.newPage();
    await zoomPage.setViewportSize({ width: 200, height: 427 });
    await zoomPage.goto(page.url());
    await zoomPage.waitForFunction(() => document.querySelector("#tab-inbox")?.textContent === "À lire (7)");
    const at150 = await zoomPage.evaluate(() => {
      const tabs = [...document.querySelectorAll("[role=tab]")].map((t) => t.getBoundingClientRect());
      const bar = document.querySelector(".tabs")?.getBoundingClientRect();
      return {
        tops: new Set(tabs.map((r) => Math.round(r.top))).size,
        height: Math.round(bar?.height ?? 0),
        fits: tabs.every((r) => r.right <= document.documentElement.clientWidth + 0.5),
      };
    });
    expect(at150).toMatchObject({ tops: 1, fits: true });
    await zoomPage.screenshot({ path: join(OUTPUT, "sidebar-zoom-150.png"), fullPage: true });
    writeFileSync(
      join(OUTPUT, "sidebar-tab-bar.txt"),
      `tab bar height: ${at300.height} px at 300 px; ${at150.height} CSS px at 150 % zoom (200 × 427)\n`,
    );
  });

  it("never hides a focused field under the sticky tab bar, at 150 % zoom, going forward and back", async () => {
    await context.close();
    context = await sidebarContext(browser, log);
    const page = await context.newPage();
    await page.setViewportSize({ width: 200, height: 427 });
    await page.goto(`file://${join(__dirname, "../../dist/Sidebar.html")}`);
    await page.waitForSelector("#panel-new-entry form");
    await page.click("#panel-new-entry summary >> nth=0");
    await page.click("#panel-new-entry summary >> nth=1");
    const hidden = async (): Promise<string | null> =>
      page.evaluate(() => {
        const a = document.activeElement as HTMLElement | null;
        if (!a || a === document.body || a.getAttribute("role") === "tab") return null;
        const bar = (document.querySelector(".tabs") as HTMLElement).getBoundingClientRect();
        const r = a.getBoundingClientRect();
        return r.top < bar.bottom - 0.5 || r.bottom > window.innerHeight + 0.5
          ? `${a.tagName} ${a.getAttribute("name") ?? a.textContent} at ${Math.round(r.top)} (bar ends ${Math.round(bar.bottom)})`
          : null;
      });
    const problems: string[] = [];
    for (let i = 0; i < 40; i++) {
      await page.keyboard.press("Tab");
      const p = await hidden();
      if (p) problems.push(`forward: ${p}`);
    }
    for (let i = 0; i < 40; i++) {
      await page.keyboard.press("Shift+Tab");
      const p = await hidden();
      if (p) problems.push(`back: ${p}`);
    }
    expect(problems).toEqual([]);
  });

  it("in English: Write, To read (n), Coordination", async () => {
    world(() =>
      fakeWorld({
        locale: "en_GB",
        sheets: {
          Residents: [
            ["Name", "Active"],
            ["Sam Lee", "yes"],
          ],
        },
      }),
    );
    fake.runAs(
      "n",
      () => addHandover({ person: "Sam Lee", category: "Health", severity: "urgent", data: "Fell at 3 am." }),
      colleague,
    );
    const page = await openSidebar(context);
    await page.waitForFunction(() => document.documentElement.lang === "en");
    await page.waitForFunction(() => document.querySelector("#tab-inbox")?.textContent === "To read (1)");
    expect(await tabLabels(page)).toEqual(["Write", "To read (1)", "Coordination"]);
    await openInbox(page);
    expect(await page.locator("#panel-inbox .summary").textContent()).toBe("At a glance: 1 urgent unread");
    await accessible(page, "To read (en)");
    await page.click("#tab-coordination");
    expect(await page.locator("#panel-coordination .section-toggle").allTextContents()).toEqual([
      "Planning",
      "Replace",
      "Briefing",
    ]);
  });
});
