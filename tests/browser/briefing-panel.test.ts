// The sidebar's "Briefing" panel in real Chromium, keyboard only: generate the tab, morning e-mail on/off, a failure.
import { join } from "node:path";
import AxeBuilder from "@axe-core/playwright";
import type { Browser, BrowserContext, Page } from "playwright-core";
import * as main from "../../src/gas/main";
import type { FakeAppsScript, FakeSheet } from "../fakes";
import { briefingWorld } from "../gas/briefing-world";
import { launch, OUTPUT, openSidebar, type ServerLog, sidebarContext } from "./sidebar-harness";

const HANDLER = "sendMorningBriefing";
const OFF = "Briefing du matin par e-mail : désactivé.";

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
  fake = briefingWorld();
  // The trigger runs the script's top-level function, as in dist/Code.js.
  (globalThis as Record<string, unknown>)[HANDLER] = main.sendMorningBriefing;
  log = { calls: [] };
  context = await sidebarContext(browser, log);
});
afterEach(async () => {
  await context.close();
  fake.uninstall();
  delete (globalThis as Record<string, unknown>)[HANDLER];
});

const panel = (page: Page) => page.locator("#panel-briefing");
/** The morning e-mail's status lines (on/off, last sending), as the coordinator reads them. */
const lines = async (page: Page) => panel(page).locator(".briefing-lines p").allTextContents();
const triggers = () => fake.triggers.forHandler(HANDLER);

/** Opens the sidebar and reaches the Briefing section with the keyboard alone; waits for its status. */
async function openPanel(): Promise<Page> {
  const page = await openSidebar(context);
  await page.keyboard.press("Tab");
  expect(await page.evaluate(() => document.activeElement?.getAttribute("role"))).toBe("tab");
  await page.keyboard.press("End");
  expect(await page.evaluate(() => document.activeElement?.id)).toBe("tab-coordination");
  // Coordination holds Planning, Remplacer and Briefing as sections: Tab to Briefing's heading, Enter opens it.
  for (let i = 0; i < 5 && (await page.evaluate(() => document.activeElement?.id)) !== "tab-briefing"; i++)
    await page.keyboard.press("Tab");
  await page.keyboard.press("Enter");
  await panel(page).locator(".briefing-lines p").first().waitFor();
  return page;
}

/** Presses Tab until the focused element has this accessible text (button) or label (field); fails after 30. */
async function tabTo(page: Page, name: string): Promise<void> {
  for (let i = 0; i < 30; i += 1) {
    await page.keyboard.press("Tab");
    const focused = await page.evaluate(() => {
      const a = document.activeElement as HTMLElement | null;
      if (!a) return "";
      const label = a.id ? document.querySelector(`label[for="${a.id}"]`) : null;
      return (label?.textContent ?? a.textContent ?? "").trim();
    });
    if (focused === name) return;
  }
  throw new Error(`"${name}" cannot be reached with Tab`);
}

/** Waits until the panel's e-mail status line (role=status) starts with `prefix`; returns its whole text. */
async function mailStatus(page: Page, prefix: string): Promise<string> {
  const status = panel(page).locator(".status").nth(1);
  await page.waitForFunction(
    (p) => document.querySelectorAll("#panel-briefing .status")[1]?.textContent?.startsWith(p) ?? false,
    prefix,
  );
  return (await status.textContent()) ?? "";
}

/** "mardi 24 novembre 2026" for an ISO date, by the browser-independent Intl oracle. */
function longFrenchDate(iso: string): string {
  const [y, m, d] = iso.split("-").map(Number);
  return new Date(Date.UTC(y as number, (m as number) - 1, d)).toLocaleDateString("fr-FR", {
    weekday: "long",
    day: "numeric",
    month: "long",
    year: "numeric",
    timeZone: "UTC",
  });
}

test("the morning e-mail is off at first; the generate button writes today's Briefing tab and says so", async () => {
  const page = await openPanel();
  expect(log.calls).toContain("getBriefingStatus");
  expect(await lines(page)).toEqual([OFF]);
  expect(await panel(page).locator(".meta").textContent()).toBe(
    "Destinataires : coord@example.org, infirmiere@example.org (mode minimal).",
  );
  expect(await panel(page).getByRole("button", { name: "Désactiver" }).isHidden()).toBe(true);
  expect(fake.spreadsheet.getSheetByName("Briefing")).toBeNull();

  const today = await panel(page).getByLabel("Date").inputValue();
  expect(today).toMatch(/^\d{4}-\d{2}-\d{2}$/);
  await tabTo(page, "Générer le briefing du jour");
  await page.keyboard.press("Enter");
  const generated = panel(page).locator(".status.success").first();
  await generated.waitFor();
  expect(log.calls).toContain("generateBriefing");
  expect(await generated.textContent()).toMatch(
    /^Briefing écrit dans « Briefing » : \d+ transmission\(s\) urgente\(s\) ou à surveiller, \d+ suivi\(s\) dû\(s\)\.$/,
  );
  const tab = fake.spreadsheet.getSheetByName("Briefing") as FakeSheet;
  expect(tab).not.toBeNull();
  expect(tab.getRange("A1").getValue()).toBe(`Briefing du ${longFrenchDate(today)} — MECS Les Tilleuls`);
  expect(await panel(page).getByRole("button", { name: "Générer le briefing du jour" }).isEnabled()).toBe(
    true,
  );
  expect(fake.lock.writesOutsideLock()).toEqual([]);
});

test("on at 9 h → one daily trigger; an exhausted quota is shown as the last sending's failure; off removes it", async () => {
  const page = await openPanel();
  await tabTo(page, "Heure d'envoi");
  expect(await panel(page).getByLabel("Heure d'envoi").inputValue()).toBe("7"); // the settings' default
  await page.keyboard.press("ArrowDown");
  await page.keyboard.press("ArrowDown");
  expect(await panel(page).getByLabel("Heure d'envoi").inputValue()).toBe("9");
  await tabTo(page, "Activer l'envoi quotidien");
  await page.keyboard.press("Space");
  expect(await mailStatus(page, "Le briefing")).toBe(
    "Le briefing du matin sera envoyé chaque jour entre 9 h et 10 h (Europe/Paris).",
  );
  expect(triggers()).toHaveLength(1);
  expect(triggers()[0]?.schedule).toMatchObject({ atHour: 9, everyDays: 1, timeZone: "Europe/Paris" });
  expect(triggers()[0]?.owner).toBe("coord@example.org");
  await page.waitForFunction(
    () =>
      !(document.querySelector("#panel-briefing .briefing-lines")?.textContent ?? "").includes("désactivé"),
  );
  expect(await lines(page)).toEqual([
    "Briefing du matin par e-mail : chaque jour vers 9 h (installé par coord@example.org).",
  ]);
  expect(await panel(page).getByRole("button", { name: "Désactiver" }).isVisible()).toBe(true);
  // Once on, the same button changes the hour, and says so.
  expect(await panel(page).getByRole("button", { name: "Changer l'heure d'envoi" }).isVisible()).toBe(true);

  // The trigger fires once while no e-mail is left in today's quota: nothing is sent, the failure is recorded.
  fake.mail.remaining = 0;
  expect(fake.triggers.fire(HANDLER)).toMatchObject({ status: "failed", sent: 0 });
  expect(fake.mail.sent).toEqual([]);
  await tabTo(page, "Actualiser");
  await page.keyboard.press("Enter");
  await page.waitForFunction(
    () => (document.querySelectorAll("#panel-briefing .briefing-lines p").length ?? 0) === 2,
  );
  const [on, last] = await lines(page);
  expect(on).toBe("Briefing du matin par e-mail : chaque jour vers 9 h (installé par coord@example.org).");
  expect(last).toMatch(
    /^Échec de l'envoi du \d{2}\/\d{2} \d{2}:\d{2} : Quota d'e-mails du jour insuffisant : 2 destinataire\(s\) pour 0 envoi\(s\) restant\(s\)\. Rien n'a été envoyé/,
  );

  expect(await panel(page).locator(".briefing-lines p.field-error").textContent()).toBe(last); // in red

  await tabTo(page, "Désactiver");
  await page.keyboard.press("Enter");
  expect(await mailStatus(page, "Le briefing")).toBe("Le briefing du matin par e-mail est désactivé.");
  expect(triggers()).toEqual([]);
  await page.waitForFunction(
    (off) => document.querySelector("#panel-briefing .briefing-lines p")?.textContent === off,
    OFF,
  );
  expect((await lines(page))[0]).toBe(OFF);
  expect(await panel(page).getByRole("button", { name: "Désactiver" }).isHidden()).toBe(true);
  expect(await panel(page).getByRole("button", { name: "Activer l'envoi quotidien" }).isVisible()).toBe(true);
  // Focus did not fall to the page when the button it was on went away.
  expect(await page.evaluate(() => document.activeElement?.closest("#panel-briefing") !== null)).toBe(true);
});

test("passes axe (WCAG 2.1 AA), text ≥ 14 px and buttons ≥ 32 px, on and with a failure shown; screenshot", async () => {
  fake.runAs("setup", () => main.installMorningBriefing(6), { userEmail: "coord@example.org" });
  fake.mail.remaining = 0;
  fake.triggers.fire(HANDLER);
  const page = await openPanel();
  await page.waitForFunction(
    () => document.querySelectorAll("#panel-briefing .briefing-lines p").length === 2,
  );
  await tabTo(page, "Générer le briefing du jour");
  await page.keyboard.press("Enter");
  await panel(page).locator(".status.success").first().waitFor();

  const axe = await new AxeBuilder({ page })
    .include("#panel-briefing")
    .withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"])
    .analyze();
  expect(axe.violations.map((v) => `${v.id} ${v.nodes.map((n) => n.target).join(" ")}`)).toEqual([]);

  const sizes = await page.evaluate(() => {
    const small: string[] = [];
    const tiny: string[] = [];
    const root = document.querySelector("#panel-briefing") as HTMLElement;
    for (const node of root.querySelectorAll("*")) {
      const el = node as HTMLElement;
      if (!el.offsetParent) continue;
      const hasText = [...el.childNodes].some((c) => c.nodeType === 3 && (c.textContent ?? "").trim() !== "");
      if (hasText && Number.parseFloat(getComputedStyle(el).fontSize) < 14)
        small.push(`${el.tagName} ${el.textContent}`);
    }
    const buttons = root.querySelectorAll("button, select, input");
    for (const node of buttons) {
      const r = (node as HTMLElement).getBoundingClientRect();
      if (r.width === 0 && r.height === 0) continue;
      if (r.height < 32 || r.width < 32)
        tiny.push(`${node.tagName} ${node.textContent} ${r.width}x${r.height}`);
    }
    return { small, tiny, buttons: root.querySelectorAll("button:not([hidden])").length };
  });
  expect(sizes.small).toEqual([]);
  expect(sizes.tiny).toEqual([]);
  expect(sizes.buttons).toBeGreaterThanOrEqual(3);
  await page.screenshot({ path: join(OUTPUT, "sidebar-briefing.png"), fullPage: true });
});
