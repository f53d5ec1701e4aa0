// The sidebar's Planning panel in real Chromium at 300 px: counts, cards by person or week, grouped repeats,
// selecting cells, clearing; what was read per tab, "Corriger" and "Ajouter à la légende"; text stays text; axe clean.
import { join } from "node:path";
import AxeBuilder from "@axe-core/playwright";
import type { Browser, BrowserContext, Page } from "playwright-core";
import { buildPlannings } from "../../scripts/demo/roster";
import type { FakeAppsScript, FakeSheet } from "../fakes";
import { codesRows, planningValues, settingsRows } from "../gas/check-world";
import {
  fakeWorld,
  launch,
  OUTPUT,
  openSection,
  openSidebar,
  type ServerLog,
  sidebarContext,
} from "./sidebar-harness";

// axe on a loaded 2-core machine can take most of the default 30 s: give each test room.
jest.setTimeout(90_000);

const NOV = "Hirondelles - Novembre 2026";
const INJECTED = "<b>Zoé Petit</b><script>alert(1)</script>";

let browser: Browser;
let context: BrowserContext;
let fake: FakeAppsScript;
let log: ServerLog;

const NIGHT = "Équipe de nuit";

/** A tab of day numbers 1–30 and no month anywhere (undated until told), with a code `FX` no legend knows. */
function nightValues(): unknown[][] {
  const cycle = ["M", "M", "S", "S", "", ""];
  const rows: unknown[][] = [["Nom", ...Array.from({ length: 30 }, (_, i) => i + 1)]];
  for (const [p, name] of ["Lambert Anne", "Roux Paul", "Faure Inès", "Blanc Hugo"].entries()) {
    rows.push([
      name,
      ...Array.from({ length: 30 }, (_, d) => (p === 0 && d === 2 ? "FX" : cycle[(d + p) % 6])),
    ]);
  }
  return rows;
}

/**
 * Résidents (for the shell), Paramètres with one bad key, Codes, and one unit's November with a person named like
 * HTML; with `night`, also the undated night team's tab (its month set in the settings when `month` is given).
 */
function world(night?: { month?: string }): FakeAppsScript {
  const [unit] = buildPlannings();
  const values = planningValues(unit as never, 2026, 11);
  const row = values.findIndex((r) => r[0] === "Martin Léa");
  // A trainee whose name is HTML, before the blank row that ends the people: an evening then a morning (10th/11th).
  values.splice(values.length - 2, 0, [
    INJECTED,
    "Stagiaire",
    ...Array.from({ length: 30 }, (_, d) => (d === 9 ? "S" : d === 10 ? "M" : "")),
  ]);
  return fakeWorld({
    sheets: {
      Résidents: [
        ["Nom", "Unité", "Actif"],
        ["Martin Léa", "Les Tilleuls", "oui"],
      ],
      Paramètres: settingsRows([
        ["couleur", "bleu"],
        ...(night?.month ? ([[`lecture.${NIGHT}.mois`, `'${night.month}`]] as Array<[string, string]>) : []),
      ]),
      Codes: codesRows(),
      [NOV]: row >= 0 ? values : [],
      ...(night ? { [NIGHT]: nightValues() } : {}),
    },
  });
}

/** Replaces the world the sidebar's server functions run on (the page reads it at each call). */
function useWorld(make: () => FakeAppsScript): void {
  fake.uninstall();
  fake = make();
  context.setDefaultTimeout(8000);
}

/** Axe on the Planning panel (WCAG 2.1 A/AA). */
async function axe(page: Page): Promise<string[]> {
  const result = await new AxeBuilder({ page })
    .include("#panel-planning")
    .withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"])
    .analyze();
  return result.violations.map((v) => `${v.id} ${v.nodes.map((n) => n.target).join(" ")}`);
}

beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser.close();
});
beforeEach(async () => {
  fake = world();
  log = { calls: [] };
  context = await sidebarContext(browser, log);
});
afterEach(async () => {
  await context.close();
  fake.uninstall();
});

const panel = (page: Page) => page.locator("#panel-planning");
const counts = (page: Page) => panel(page).locator(".planning-counts");

async function openPanel(): Promise<Page> {
  const page = await openSidebar(context);
  await openSection(page, "planning");
  return page;
}

async function runCheck(page: Page): Promise<void> {
  await panel(page).getByRole("button", { name: "Vérifier le planning" }).click();
  await panel(page).locator(".finding-card").first().waitFor();
}

test("cards by person: severity stripe, rule, person · date, message; repeated nights are one card", async () => {
  const page = await openPanel();
  await runCheck(page);
  expect(log.calls).toContain("checkPlanning");
  expect((await counts(page).locator(".count").allTextContents()).join(", ")).toMatch(
    /^\d+ erreurs?, \d+ avertissements?, \d+ informations?$/,
  );
  const headings = await panel(page).locator(".card-section h2").allTextContents();
  // People in the order of their most serious finding: the trainee's and Martin Léa's short rests first.
  expect(headings.slice(0, 2)).toEqual([`${INJECTED} (1)`, "Martin Léa (1)"]);
  expect(headings[headings.length - 1]).toBe("Sans personne (onglets, paramètres, couverture) (2)");
  const rest = panel(page)
    .locator(".finding-card", { hasText: "Repos quotidien" })
    .filter({ hasText: "Martin Léa" });
  expect(await rest.locator(".card-where").textContent()).toBe("Martin Léa · 24/11");
  expect(await rest.locator(".card-text").textContent()).toMatch(
    /^Repos quotidien de 9 h entre le 24\/11 22:00/,
  );
  const stripe = await rest.evaluate((node) => {
    const style = getComputedStyle(node);
    return [style.borderLeftWidth, style.borderLeftColor];
  });
  expect(stripe).toEqual(["6px", "rgb(179, 38, 30)"]);
  // A night watcher's 14 nights of 10 h: one card, that opens to its 14 dates.
  const nights = panel(page).locator(".card-item", { hasText: "14 nuits de 10 h (maximum 8 h)" });
  expect(await nights.count()).toBe(1);
  expect(await nights.locator(".card-where").textContent()).toBe("Girard Karim · 01/11 → 26/11");
  await nights.getByText("Voir les 14 dates").click();
  expect(await nights.locator(".date-button").count()).toBe(14);
  // Every card fits the 300 px panel: no text runs out of its card.
  const overflowing = await panel(page)
    .locator(".finding-card")
    .evaluateAll((cards) => cards.filter((c) => c.scrollWidth > c.clientWidth + 1).length);
  expect(overflowing).toBe(0);
  await page.screenshot({ path: join(OUTPUT, "planning-panel-by-person.png"), fullPage: true });
});

test("the switch arranges the cards by week, and remembers it", async () => {
  const page = await openPanel();
  await runCheck(page);
  await panel(page).getByRole("radio", { name: "Par semaine" }).check();
  const headings = await panel(page).locator(".card-section h2").allTextContents();
  expect(headings[0]).toMatch(/^Semaine du 26\/10 \(\d+\)$/);
  expect(headings.some((h) => /^Semaine du 23\/11 \(\d+\)$/.test(h))).toBe(true);
  expect(headings[headings.length - 1]).toMatch(/^Sans date \(\d+\)$/);
  await page.screenshot({ path: join(OUTPUT, "planning-panel-by-week.png"), fullPage: true });
  await page.reload();
  await openSection(page, "planning");
  await runCheck(page);
  expect(await panel(page).getByRole("radio", { name: "Par semaine" }).isChecked()).toBe(true);
});

test("clicking a card selects its cells in the sheet: the card is highlighted, the counts stay", async () => {
  const page = await openPanel();
  await runCheck(page);
  const before = await counts(page).locator(".count").allTextContents();
  const rest = panel(page)
    .locator(".finding-card", { hasText: "Repos quotidien" })
    .filter({ hasText: "Martin Léa" });
  await rest.click();
  await page.waitForFunction(() =>
    document.querySelector("#panel-planning .status")?.textContent?.startsWith("Sélectionné"),
  );
  expect(await panel(page).locator(".status").textContent()).toBe(`Sélectionné dans « ${NOV} » : Z10:AA10`);
  expect(await counts(page).locator(".count").allTextContents()).toEqual(before);
  expect(await counts(page).isVisible()).toBe(true);
  expect(await rest.getAttribute("aria-pressed")).toBe("true");
  expect(await panel(page).locator('.finding-card[aria-pressed="true"]').count()).toBe(1);
  expect(await rest.evaluate((n) => getComputedStyle(n).backgroundColor)).toBe("rgb(232, 240, 254)");
  const active = fake.spreadsheet.getActiveSheet();
  expect(active.getName()).toBe(NOV);
  expect(active.getActiveRange().getA1Notation()).toBe("Z10:AA10");
  // One date of a repeated group selects that night's cell only.
  const nights = panel(page).locator(".card-item", { hasText: "14 nuits de 10 h" });
  await nights.getByText("Voir les 14 dates").click();
  await nights.locator(".date-button").nth(1).click();
  await page.waitForFunction(() =>
    document.querySelector("#panel-planning .status")?.textContent?.endsWith(": D13"),
  );
  expect(await nights.locator('.date-button[aria-pressed="true"]').count()).toBe(1);
  expect(await rest.getAttribute("aria-pressed")).toBe("false");
  await page.screenshot({ path: join(OUTPUT, "planning-panel-selected.png"), fullPage: true });
});

test("the clear button removes the marks and says how many cells came back", async () => {
  const page = await openPanel();
  await runCheck(page);
  const nov = fake.spreadsheet.getSheetByName(NOV) as FakeSheet;
  expect(nov.cellAt(10, 27)?.note).toMatch(/^\[Relève\]/);
  await panel(page).getByRole("button", { name: "Effacer les marques" }).click();
  await page.waitForFunction(() =>
    document.querySelector("#panel-planning .status")?.textContent?.startsWith("Marques effacées"),
  );
  expect(log.calls).toContain("clearPlanningFlags");
  expect(nov.cellAt(10, 27)?.note ?? "").toBe("");
});

test("a server failure is shown in the panel, and the buttons come back", async () => {
  const page = await openPanel();
  fake.lock.holdAs("other");
  await panel(page).getByRole("button", { name: "Vérifier le planning" }).click();
  await page.waitForFunction(() => document.querySelector("#panel-planning .status.error"));
  expect(await panel(page).locator(".status").textContent()).toMatch(/Relève travaille déjà sur ce classeur/);
  expect(await panel(page).getByRole("button", { name: "Vérifier le planning" }).isEnabled()).toBe(true);
});

test("names and messages from the sheet are shown as text, never run; the panel is compact and passes axe", async () => {
  const page = await openPanel();
  await runCheck(page);
  expect(await panel(page).locator("b, script").count()).toBe(0);
  expect(await panel(page).textContent()).toContain(INJECTED);
  const findings = await panel(page)
    .locator(".finding-card")
    .evaluateAll((cards) => cards.length);
  const height = await panel(page).evaluate((node) => Math.round(node.getBoundingClientRect().height));
  // 32 findings: before, one 200 px block each (6,640 px); now one card per group.
  expect(findings).toBeLessThan(20);
  expect(height).toBeLessThan(2000);
  process.stdout.write(`Planning panel: ${findings} cards, ${height} px high at 300 px\n`);
  for (const mode of ["Par personne", "Par semaine"]) {
    await panel(page).getByRole("radio", { name: mode }).check();
    // With a group's dates open too.
    await panel(page).locator(".card-item", { hasText: "14 nuits" }).locator("summary").click();
    const axe = await new AxeBuilder({ page })
      .include("#panel-planning")
      .withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"])
      .analyze();
    expect(axe.violations.map((v) => `${v.id} ${v.nodes.map((n) => n.target).join(" ")}`)).toEqual([]);
  }
});

const readingTab = (page: Page, tab: string) => panel(page).locator(`.reading-tab[data-tab="${tab}"]`);
const facts = async (page: Page, tab: string): Promise<string[]> =>
  readingTab(page, tab).locator(".reading-facts dt, .reading-facts dd").allTextContents();

test("what was read, per tab; Corriger sets a tab's month from the keyboard and the panel reads it again", async () => {
  useWorld(() => world({}));
  const page = await openPanel();
  await runCheck(page);
  const block = panel(page).locator(".reading");
  expect(await block.locator("h2").textContent()).toBe("Ce que Relève a lu");
  expect(await block.locator(".verdict").textContent()).toMatch(
    /^1 onglet lu, \d+ personnes, \d+ postes, du 01\/11 au 30\/11$/,
  );
  const heads = await block.locator(".reading-head").allTextContents();
  expect(heads).toEqual([`${NOV} lu`, `${NIGHT} non daté`]);
  const nov = await facts(page, NOV);
  expect(nov.slice(0, 4)).toEqual([
    "Disposition",
    "personnes × jours",
    "Lecture",
    expect.stringMatching(/^noms : colonne A ; jours : ligne \d+/),
  ]);
  expect(nov).toContain("du 01/11/2026 au 30/11/2026");
  const night = await facts(page, NIGHT);
  expect(night[night.indexOf("Pourquoi") + 1]).toMatch(/mois/);
  // The list is open (a tab is not read in full); the night tab's Corriger, from the keyboard.
  const fold = readingTab(page, NIGHT).locator(".reading-fix");
  await fold.locator("summary").focus();
  await page.keyboard.press("Enter");
  expect(await fold.getByLabel("Réglage").inputValue()).toBe("month");
  const value = fold.getByLabel("Valeur").first();
  await value.focus();
  await page.keyboard.type("2026-13");
  await page.keyboard.press("Enter");
  await fold.locator(".field-error:not([hidden])").waitFor();
  expect(await fold.locator(".field-error:not([hidden])").textContent()).toBe(
    "Mois : « 2026-13 » n'est pas un mois (par exemple 2026-01).",
  );
  expect(await value.getAttribute("aria-invalid")).toBe("true");
  expect(await page.evaluate(() => document.activeElement?.getAttribute("name"))).toBe("value");
  expect(await axe(page)).toEqual([]);
  await page.screenshot({ path: join(OUTPUT, "planning-panel-reading-fix.png"), fullPage: true });
  await value.fill("2026-01");
  await page.keyboard.press("Enter");
  await page.waitForFunction(() =>
    document.querySelector("#panel-planning .status")?.textContent?.includes("Planning relu"),
  );
  expect(log.calls).toContain("setReadingSetting");
  const settings = (fake.spreadsheet.getSheetByName("Paramètres") as FakeSheet).valuesOf();
  expect(settings.at(-1)?.slice(0, 2)).toEqual([`lecture.${NIGHT}.mois`, "2026-01"]);
  expect(await block.locator(".reading-head").allTextContents()).toEqual([`${NOV} lu`, `${NIGHT} lu`]);
  expect(await facts(page, NIGHT)).toContain("du 01/01/2026 au 30/01/2026");
  expect(await panel(page).locator(".reading .verdict").textContent()).toMatch(/^2 onglets lus, /);
  await page.screenshot({ path: join(OUTPUT, "planning-panel-reading-read.png"), fullPage: true });
});

test("Ajouter à la légende adds an unknown code to Codes (never over a code there) and the card goes", async () => {
  useWorld(() => world({ month: "2026-01" }));
  const page = await openPanel();
  await runCheck(page);
  const item = panel(page).locator(".card-item", { has: page.locator(".add-code") });
  expect(await item.count()).toBe(1);
  const form = item.locator(".add-code");
  await form.getByText("Ajouter à la légende").click();
  expect(await form.getByLabel("Code").inputValue()).toBe("FX");
  await form.getByLabel("Code").fill("M");
  await form.getByLabel("Début").fill("8h");
  await form.getByLabel("Fin").fill("16:00");
  await form.getByRole("button", { name: "Ajouter et relire" }).click();
  await form.locator(".field-error:not([hidden])").waitFor();
  expect(await form.locator(".field-error:not([hidden])").textContent()).toMatch(
    /^Code : le code « M » existe déjà dans l'onglet « Codes » \(ligne 2\)/,
  );
  expect(await axe(page)).toEqual([]);
  const codes = fake.spreadsheet.getSheetByName("Codes") as FakeSheet;
  const before = codes.valuesOf().length;
  await form.getByLabel("Code").fill("FX");
  await form.getByRole("button", { name: "Ajouter et relire" }).click();
  await page.waitForFunction(() =>
    document.querySelector("#panel-planning .status")?.textContent?.startsWith("Code « FX » ajouté"),
  );
  expect(log.calls).toContain("addLegendCode");
  expect(codes.valuesOf().length).toBe(before + 1);
  expect(codes.valuesOf().at(-1)).toEqual(["FX", "", "08:00", "16:00", "", "travail"]);
  expect(await panel(page).locator(".add-code").count()).toBe(0);
  await page.screenshot({ path: join(OUTPUT, "planning-panel-legend-added.png"), fullPage: true });
});

test("in English: nothing read says so (never “no problem”), Correct reads the tab, axe clean", async () => {
  useWorld(() =>
    fakeWorld({
      locale: "en_GB",
      sheets: {
        Residents: [
          ["Name", "Active"],
          ["Sam Lee", "yes"],
        ],
        Settings: [
          ["key", "value", "explanation"],
          ["preset", "code-du-travail", ""],
        ],
        Codes: codesRows(),
        [NIGHT]: nightValues(),
      },
    }),
  );
  const page = await openSidebar(context);
  await page.waitForFunction(() => document.documentElement.lang === "en");
  await openSection(page, "planning");
  await panel(page).getByRole("button", { name: "Check the planning" }).click();
  await panel(page).locator(".reading").waitFor();
  expect(await panel(page).locator(".verdict").textContent()).toBe(
    "No planning could be read: nothing was checked (see the tabs not read below).",
  );
  expect(await panel(page).textContent()).not.toContain("No problem");
  expect(await panel(page).locator(".reading-head").allTextContents()).toEqual([`${NIGHT} undated`]);
  const fold = readingTab(page, NIGHT).locator(".reading-fix");
  await fold.getByText("Correct").click();
  await fold.getByLabel("Value").first().fill("2026-01");
  expect(await axe(page)).toEqual([]);
  await page.screenshot({ path: join(OUTPUT, "planning-panel-reading-en.png"), fullPage: true });
  await fold.getByRole("button", { name: "Save and read again" }).click();
  await page.waitForFunction(() =>
    document.querySelector("#panel-planning .status")?.textContent?.includes("Planning read again"),
  );
  expect(await panel(page).locator(".reading-head").allTextContents()).toEqual([`${NIGHT} read`]);
  expect(await facts(page, NIGHT)).toContain("01/01/2026 to 30/01/2026");
  const settings = (fake.spreadsheet.getSheetByName("Settings") as FakeSheet).valuesOf();
  expect(settings.at(-1)?.slice(0, 2)).toEqual([`reading.${NIGHT}.month`, "2026-01"]);
});
