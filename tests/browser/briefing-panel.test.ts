// The sidebar's "Briefing" panel in real Chromium at 300 px, keyboard only: generate, recipients, on/off, a test e-mail.
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import AxeBuilder from "@axe-core/playwright";
import type { Browser, BrowserContext, Page } from "playwright-core";
import * as main from "../../src/gas/main";
import type { FakeAppsScript, FakeSheet } from "../fakes";
import { briefingWorld, type WorldOptions } from "../gas/briefing-world";
import { launch, OUTPUT, openSidebar, type ServerLog, sidebarContext } from "./sidebar-harness";

const HANDLER = "sendMorningBriefing";
const OFF = "Désactivé.";
const OFF_NOBODY = "Désactivé : ajoutez au moins un destinataire pour pouvoir l'activer.";

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
afterEach(async () => {
  await context?.close();
  fake?.uninstall();
  delete (globalThis as Record<string, unknown>)[HANDLER];
});

/** The fake spreadsheet of the briefing tests, with the trigger's top-level function as in dist/Code.js. */
async function world(options: WorldOptions = {}): Promise<void> {
  fake = briefingWorld(options);
  (globalThis as Record<string, unknown>)[HANDLER] = main.sendMorningBriefing;
  log = { calls: [] };
  context = await sidebarContext(browser, log);
}

const panel = (page: Page) => page.locator("#panel-briefing");
const stateLine = (page: Page) => panel(page).locator(".briefing-state");
const button = (page: Page, name: string) => panel(page).getByRole("button", { name, exact: true });
const recipientsCell = () =>
  (fake.spreadsheet.getSheetByName("Paramètres") as FakeSheet)
    .valuesOf()
    .find((r) => r[0] === "briefing.destinataires")?.[1];
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
  await page.waitForFunction(
    () => (document.querySelector("#panel-briefing .briefing-state")?.textContent ?? "") !== "",
  );
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

/** Waits until the panel's action status (the last role=status) starts with `prefix`; returns its whole text. */
async function mailStatus(page: Page, prefix: string): Promise<string> {
  await page.waitForFunction(
    (p) => [...document.querySelectorAll("#panel-briefing [role=status]")].at(-1)?.textContent?.startsWith(p),
    prefix,
  );
  return (await panel(page).locator("[role=status]").last().textContent()) ?? "";
}

/** Every piece of text of the panel in green and in red, to see that they never contradict each other. */
async function colours(page: Page): Promise<{ green: string[]; red: string[] }> {
  return page.evaluate(() => {
    const green: string[] = [];
    const red: string[] = [];
    for (const node of document.querySelectorAll("#panel-briefing *")) {
      const el = node as HTMLElement;
      if (!el.offsetParent || (el.textContent ?? "").trim() === "" || el.children.length > 0) continue;
      const colour = getComputedStyle(el).color;
      if (colour === "rgb(26, 127, 55)") green.push(el.textContent ?? "");
      if (colour === "rgb(179, 38, 30)") red.push(el.textContent ?? "");
    }
    return { green, red };
  });
}

/** The panel's height in CSS pixels (what a coordinator scrolls through at 300 px). */
const panelHeight = (page: Page) =>
  page.evaluate(() => Math.round((document.querySelector("#panel-briefing") as HTMLElement).offsetHeight));

const heights: string[] = [];
afterAll(() => writeFileSync(join(OUTPUT, "sidebar-briefing-heights.txt"), `${heights.join("\n")}\n`));

test("the generate button writes today's Briefing tab and says so; the recipients are those of the settings", async () => {
  await world();
  const page = await openPanel();
  expect(log.calls).toContain("getBriefingStatus");
  expect(await stateLine(page).textContent()).toBe(OFF);
  expect(await panel(page).getByLabel("Destinataires").inputValue()).toBe(
    "coord@example.org, infirmiere@example.org",
  );
  expect(await button(page, "Activer l'envoi quotidien").isEnabled()).toBe(true);
  expect(await button(page, "Désactiver").isHidden()).toBe(true);
  expect(fake.spreadsheet.getSheetByName("Briefing")).toBeNull();

  await tabTo(page, "Générer le briefing du jour");
  await page.keyboard.press("Enter");
  const generated = panel(page).locator(".status.success").first();
  await generated.waitFor();
  expect(await generated.textContent()).toMatch(
    /^Briefing écrit dans « Briefing » : \d+ transmission\(s\) urgente\(s\) ou à surveiller, \d+ suivi\(s\) dû\(s\)\.$/,
  );
  expect((fake.spreadsheet.getSheetByName("Briefing") as FakeSheet).getRange("A1").getValue()).toMatch(
    /^Briefing du .* — MECS Les Tilleuls$/,
  );
  expect(fake.lock.writesOutsideLock()).toEqual([]);
});

test("no recipient: Activer is disabled and says why; typing an address enables it, which saves it and turns on", async () => {
  await world({ settings: [["briefing.destinataires", ""]] });
  const page = await openPanel();
  expect(await stateLine(page).textContent()).toBe(OFF_NOBODY);
  const activate = button(page, "Activer l'envoi quotidien");
  expect(await activate.isDisabled()).toBe(true);
  // Why, said once (the state line) and tied to the button for screen readers.
  expect(await activate.getAttribute("aria-describedby")).toBe("briefing-state");
  expect(await panel(page).locator("#briefing-need-recipient").isHidden()).toBe(true);
  expect(await colours(page)).toEqual({ green: [], red: [] });
  heights.push(`no recipient, off: ${await panelHeight(page)} px`);
  await page.screenshot({ path: join(OUTPUT, "sidebar-briefing-no-recipient.png"), fullPage: true });

  // A typo is named when leaving the field, and keeps Activer off; the fixed address turns it on.
  await tabTo(page, "Destinataires");
  await page.keyboard.type("coord@example");
  await page.keyboard.press("Tab");
  expect(await panel(page).locator(".field.invalid .field-error").textContent()).toBe(
    "Adresse(s) non valide(s) : coord@example.",
  );
  expect(await activate.isDisabled()).toBe(true);
  expect(await activate.getAttribute("aria-describedby")).toBe("briefing-need-recipient");
  expect(await panel(page).locator("#briefing-need-recipient").textContent()).toBe(
    "Ajoutez au moins une adresse valide pour activer l'envoi.",
  );
  await panel(page).getByLabel("Destinataires").focus();
  await page.keyboard.type(".org");
  expect(await activate.isEnabled()).toBe(true);
  expect(await panel(page).locator(".field-error:visible").count()).toBe(0);
  expect(recipientsCell()).toBe(""); // nothing written while typing

  await tabTo(page, "Activer l'envoi quotidien");
  await page.keyboard.press("Enter");
  expect(await mailStatus(page, "Le briefing")).toBe(
    "Le briefing du matin sera envoyé chaque jour entre 7 h et 8 h (Europe/Paris).",
  );
  expect(recipientsCell()).toBe("coord@example.org");
  expect(log.calls).toEqual(expect.arrayContaining(["setBriefingRecipients", "installMorningBriefing"]));
  expect(triggers()).toHaveLength(1);
  await page.waitForFunction(() =>
    document.querySelector("#panel-briefing .briefing-state")?.textContent?.includes("chaque jour vers 7 h"),
  );
  expect(await stateLine(page).textContent()).toBe(
    "Activé : chaque jour vers 7 h (installé par coord@example.org).",
  );
  const { green, red } = await colours(page);
  expect(red).toEqual([]);
  expect(green).toContain("Le briefing du matin sera envoyé chaque jour entre 7 h et 8 h (Europe/Paris).");
  expect(fake.lock.writesOutsideLock()).toEqual([]);
});

test("on at 9 h → an exhausted quota is shown as the last sending's failure; off removes the trigger", async () => {
  await world();
  const page = await openPanel();
  await tabTo(page, "Heure d'envoi");
  await page.keyboard.press("ArrowDown");
  await page.keyboard.press("ArrowDown");
  expect(await panel(page).getByLabel("Heure d'envoi").inputValue()).toBe("9");
  await tabTo(page, "Activer l'envoi quotidien");
  await page.keyboard.press("Space");
  expect(await mailStatus(page, "Le briefing")).toBe(
    "Le briefing du matin sera envoyé chaque jour entre 9 h et 10 h (Europe/Paris).",
  );
  expect(triggers()[0]?.schedule).toMatchObject({ atHour: 9, everyDays: 1, timeZone: "Europe/Paris" });
  await button(page, "Changer l'heure d'envoi").waitFor();

  fake.mail.remaining = 0;
  expect(fake.triggers.fire(HANDLER)).toMatchObject({ status: "failed", sent: 0 });
  await tabTo(page, "Actualiser");
  await page.keyboard.press("Enter");
  await panel(page).locator(".briefing-last.field-error").waitFor();
  expect(await panel(page).locator(".briefing-last").textContent()).toMatch(
    /^Échec de l'envoi du \d{2}\/\d{2} \d{2}:\d{2} : Quota d'e-mails du jour insuffisant : 2 destinataire\(s\) pour 0 envoi\(s\) restant\(s\)\. Rien n'a été envoyé/,
  );

  await tabTo(page, "Désactiver");
  await page.keyboard.press("Enter");
  expect(await mailStatus(page, "Le briefing")).toBe("Le briefing du matin par e-mail est désactivé.");
  expect(triggers()).toEqual([]);
  await page.waitForFunction(
    (off) => document.querySelector("#panel-briefing .briefing-state")?.textContent === off,
    OFF,
  );
  expect(await button(page, "Désactiver").isHidden()).toBe(true);
  // Focus did not fall to the page when the button it was on went away.
  expect(await page.evaluate(() => document.activeElement?.closest("#panel-briefing") !== null)).toBe(true);
});

test("'M'envoyer un essai' mails the current user only, marked as a test; axe clean, text ≥ 14 px; screenshot", async () => {
  await world();
  fake.runAs("setup", () => main.installMorningBriefing(6), { userEmail: "coord@example.org" });
  const page = await openPanel();
  await tabTo(page, "M'envoyer un essai");
  await page.keyboard.press("Enter");
  expect(await mailStatus(page, "Essai")).toBe(
    "Essai envoyé à coord@example.org (version minimale). Il ne compte pas comme l'envoi du jour.",
  );
  expect(fake.mail.sent.map((m) => [m.to, m.subject.startsWith("[Essai] Briefing du ")])).toEqual([
    ["coord@example.org", true],
  ]);
  expect(await colours(page)).toEqual({
    green: [
      "Activé : chaque jour vers 6 h (installé par coord@example.org).",
      "Essai envoyé à coord@example.org (version minimale). Il ne compte pas comme l'envoi du jour.",
    ],
    red: [],
  });

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
    for (const node of root.querySelectorAll("button, select, input")) {
      const r = (node as HTMLElement).getBoundingClientRect();
      if (r.width === 0 && r.height === 0) continue;
      if (r.height < 32 || r.width < 32)
        tiny.push(`${node.tagName} ${node.textContent} ${r.width}x${r.height}`);
    }
    return { small, tiny };
  });
  expect(sizes).toEqual({ small: [], tiny: [] });
  heights.push(`recipients set, on, test sent: ${await panelHeight(page)} px`);
  await page.screenshot({ path: join(OUTPUT, "sidebar-briefing.png"), fullPage: true });
});
