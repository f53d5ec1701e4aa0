// The sidebar's "Remplacer" panel in real Chromium at 300 px: the answer first (best three, swaps, "Non disponibles"
// folded), filters, the two-cell write with the chosen absence code and its undo; axe clean.
import { join } from "node:path";
import AxeBuilder from "@axe-core/playwright";
import type { Browser, BrowserContext, Page } from "playwright-core";
import { readXlsxSnapshot } from "../../src/cli/xlsx-snapshot";
import type { WorkbookSnapshot } from "../../src/core/workbook";
import { createFakeAppsScript, type FakeAppsScript, type FakeSheet } from "../fakes";
import { checkWorld } from "../gas/check-world";
import { launch, OUTPUT, openSection, openSidebar, type ServerLog, sidebarContext } from "./sidebar-harness";

const NOV = "Hirondelles - Novembre 2026";
const RESIDENTS = [
  ["Nom", "Unité", "Actif"],
  ["Martin Léa", "Les Tilleuls", "oui"],
];

let browser: Browser;
let demo: WorkbookSnapshot;
let context: BrowserContext;
let fake: FakeAppsScript;
let log: ServerLog;

/** The demo's settings, codes, team and November of both units (the gas tests' world); Petit Camille's S of the 27th selected. */
function world(): FakeAppsScript {
  const created = checkWorld({ months: 1, sheets: { Résidents: RESIDENTS } });
  created.spreadsheet.setActiveRange((created.spreadsheet.getSheetByName(NOV) as FakeSheet).getRange("AC7"));
  return created;
}

/**
 * The committed demo workbook (examples/foyer-demo.xlsx) in the fake, Petit Camille's S of Friday 27/11 selected.
 * The Codes tab's times come as text (`14:00`): the fake would read the xlsx's UTC time cells in Paris's 1899 offset.
 */
function demoWorld(): FakeAppsScript {
  const created = createFakeAppsScript({ userEmail: "coord@example.org" });
  for (const tab of demo.tabs) {
    const values = tab.values.map((row) =>
      row.map((v) => (v instanceof Date && v.getUTCFullYear() === 1899 ? v.toISOString().slice(11, 16) : v)),
    );
    created.spreadsheet.addSheetWithValues(tab.name, values);
  }
  created.spreadsheet.setActiveRange((created.spreadsheet.getSheetByName(NOV) as FakeSheet).getRange("AC7"));
  created.install();
  return created;
}

beforeAll(async () => {
  browser = await launch();
  demo = (await readXlsxSnapshot(join(__dirname, "../../examples/foyer-demo.xlsx"))).snapshot;
});
afterAll(async () => {
  await browser.close();
});
beforeEach(async () => {
  log = { calls: [] };
  context = await sidebarContext(browser, log);
});
afterEach(async () => {
  await context.close();
  fake.uninstall();
});

const panel = (page: Page) => page.locator("#panel-replace");
const cell = (a1: string): unknown =>
  (fake.spreadsheet.getSheetByName(NOV) as FakeSheet).getRange(a1).getValue();

async function openPanel(): Promise<Page> {
  const page = await openSidebar(context);
  await openSection(page, "replace");
  return page;
}

async function listFromSelection(page: Page): Promise<void> {
  await panel(page).getByRole("button", { name: "Qui peut remplacer ?" }).click();
  await panel(page).locator("section.rp-section").first().waitFor();
}

async function statusIs(page: Page, prefix: string): Promise<string> {
  await page.waitForFunction(
    (p) => document.querySelector("#panel-replace .status")?.textContent?.startsWith(p) ?? false,
    prefix,
  );
  return (await panel(page).locator(".status").textContent()) ?? "";
}

/** The names of the cards of the "Meilleurs choix" section. */
const bestNames = (page: Page) =>
  panel(page).locator("section.rp-section").first().locator(".rp-name").allTextContents();
const unavailable = (page: Page) => panel(page).locator("details.rp-unavailable");

async function axeViolations(page: Page): Promise<string[]> {
  const axe = await new AxeBuilder({ page })
    .include("#panel-replace")
    .withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"])
    .analyze();
  return axe.violations.map((v) => `${v.id} ${v.nodes.map((n) => n.target).join(" ")}`);
}

test("the demo's Friday evening: the best choices compactly, then swaps, then « Non disponibles (15) » folded with reasons; axe clean", async () => {
  fake = demoWorld();
  const page = await openPanel();
  await listFromSelection(page);
  expect(await panel(page).locator(".vacancy").textContent()).toContain("S du vendredi 27/11 (14:00–22:00)");
  expect(
    await panel(page).locator("section.rp-section > h3, details.rp-fold > summary").allTextContents(),
  ).toEqual(["Meilleurs choix (2)", "Échanges proposés (5)", "Non disponibles (15)"]);
  expect(await bestNames(page)).toEqual(["Leroy Chloé", "Chevalier Inès"]);
  const first = panel(page).locator(".rp-cand").first();
  expect(await first.locator(".badge").textContent()).toBe("⚠ 2 avertissements");
  expect(await first.locator(".meta").first().textContent()).toBe("Monitrice-éducatrice · Hirondelles");
  expect(await first.locator(".rp-note").textContent()).toBe(
    "1 jour de repos la semaine du 23/11 (minimum 2 jours).",
  );
  expect(await first.locator(".rp-more").isHidden()).toBe(true);
  expect(await panel(page).locator(".rp-cand").nth(1).locator(".rp-note").textContent()).toContain(
    "Pas de ligne dans cet onglet : à écrire à la main.",
  );
  expect(await unavailable(page).getAttribute("open")).toBeNull();
  expect(await unavailable(page).locator("li").first().isVisible()).toBe(false);
  // The answer fits in about two screens (8,276 px before: every candidate expanded).
  const height = await page.evaluate(() => document.documentElement.scrollHeight);
  expect(height).toBeLessThan(2400);
  await page.screenshot({ path: join(OUTPUT, "remplacer-demo-soir.png"), fullPage: true });

  await first.getByRole("button", { name: "Détails : Leroy Chloé" }).click();
  expect(await first.locator(".rp-more").textContent()).toContain("semaine 35 h 20 → 43 h sur 35 h");
  await unavailable(page).locator("summary").click();
  const lines = await unavailable(page).locator("li").allTextContents();
  expect(lines).toHaveLength(15);
  expect(lines).toContain("Girard Karim — Absent(e) ce jour (AM).");
  expect(lines).toContain("Bernard Hugo — Travaille déjà ce jour : S.");
  await first.getByRole("button", { name: "Choisir Leroy Chloé" }).click();
  // One axe run over everything this panel shows: cards, details, swaps, the folded list, the confirmation, filters.
  expect(await axeViolations(page)).toEqual([]);
});

test("filters by unit and job narrow every group, counts included", async () => {
  fake = demoWorld();
  const page = await openPanel();
  await listFromSelection(page);
  await panel(page).getByLabel("Unité").selectOption("Mésanges");
  expect(await bestNames(page)).toEqual(["Chevalier Inès"]);
  expect(await unavailable(page).locator("summary").textContent()).toBe("Non disponibles (8)");
  await panel(page).getByLabel("Fonction").selectOption("Veilleur de nuit");
  expect(await panel(page).locator("section.rp-section").first().textContent()).toBe(
    "Meilleurs choix (0)Personne avec ces filtres.",
  );
  await unavailable(page).locator("summary").click();
  expect(await unavailable(page).locator("li").allTextContents()).toEqual([
    "Faure Olivier — 46 h 20 de travail la semaine du 23/11 (maximum 44 h).",
  ]);
  await panel(page).getByLabel("Unité").selectOption("");
  expect(await unavailable(page).locator("summary").textContent()).toBe("Non disponibles (2)");
});

test("Choisir writes the code and the chosen absence code (two cells), Annuler puts both back; unticked, one cell", async () => {
  fake = world();
  const page = await openPanel();
  await listFromSelection(page);
  const mark = panel(page).getByRole("checkbox", { name: "Marquer Petit Camille absent(e)" });
  expect(await mark.isChecked()).toBe(true);
  expect(await panel(page).getByLabel("Code", { exact: true }).inputValue()).toBe("AM");
  await panel(page).getByLabel("Code", { exact: true }).selectOption("CA");
  await panel(page).getByRole("button", { name: "Choisir Lambert Sophie" }).click();
  const confirm = panel(page).locator(".confirm:not([hidden])");
  expect(await confirm.locator(".confirm-text").textContent()).toBe(
    "Écrire « S » pour Lambert Sophie le vendredi 27/11 dans Hirondelles - Novembre 2026!AC14 ?",
  );
  expect(await confirm.textContent()).toContain(
    "Et « CA » pour Petit Camille en Hirondelles - Novembre 2026!AC7.",
  );
  expect(await page.evaluate(() => document.activeElement?.textContent)).toBe("Écrire");
  await confirm.scrollIntoViewIfNeeded();
  await page.screenshot({ path: join(OUTPUT, "sidebar-remplacer.png") });

  await confirm.getByRole("button", { name: "Écrire" }).click();
  expect(await statusIs(page, "« S » écrit")).toBe(
    "« S » écrit en 'Hirondelles - Novembre 2026'!AC14. « CA » écrit en 'Hirondelles - Novembre 2026'!AC7.",
  );
  expect(log.calls).toContain("applyReplacement");
  expect([cell("AC14"), cell("AC7")]).toEqual(["S", "CA"]);
  expect(fake.lock.writes()).toHaveLength(2);
  expect(fake.lock.writesOutsideLock()).toEqual([]);
  expect(await panel(page).getByRole("button", { name: "Choisir Lambert Sophie" }).isDisabled()).toBe(true);

  await panel(page).getByRole("button", { name: "Annuler" }).click();
  expect(await statusIs(page, "Annulé")).toMatch(/ont retrouvé leur valeur d'avant\.$/);
  expect([cell("AC14"), cell("AC7")]).toEqual(["R", "S"]);
  expect(await panel(page).getByRole("button", { name: "Annuler" }).count()).toBe(0);

  await mark.uncheck();
  const choose = panel(page).getByRole("button", { name: "Choisir Lambert Sophie" });
  await choose.click();
  await page.keyboard.press("Escape");
  expect(await panel(page).locator(".confirm:not([hidden])").count()).toBe(0);
  expect(await page.evaluate(() => document.activeElement?.getAttribute("aria-label"))).toBe(
    "Choisir Lambert Sophie",
  );
  await choose.click();
  expect(await confirm.locator("p.meta").isHidden()).toBe(true);
  await confirm.getByRole("button", { name: "Écrire" }).click();
  await statusIs(page, "« S » écrit");
  expect([cell("AC14"), cell("AC7")]).toEqual(["S", "S"]);
});

test("a cell edited by a colleague after the list is refused, with the reason shown", async () => {
  fake = world();
  const page = await openPanel();
  await listFromSelection(page);
  (fake.spreadsheet.getSheetByName(NOV) as FakeSheet).getRange("AC14").setValue("CA");
  await panel(page).getByRole("button", { name: "Choisir Lambert Sophie" }).click();
  await panel(page).locator(".confirm:not([hidden])").getByRole("button", { name: "Écrire" }).click();
  await page.waitForFunction(() => document.querySelector("#panel-replace .status.error"));
  expect(await panel(page).locator(".status").textContent()).toMatch(
    /AC14 a changé depuis la recherche \(elle contient « CA », et non plus « R »\)/,
  );
  expect([cell("AC14"), cell("AC7")]).toEqual(["CA", "S"]);
  expect(await panel(page).getByRole("button", { name: "Annuler" }).count()).toBe(0);
});

test("date + shift form: required fields, the legend's label (« nuit »), then a list; a bad selection is explained", async () => {
  fake = world();
  const page = await openPanel();
  await panel(page).getByText("Ou choisir une date et un poste").click();
  await panel(page).getByRole("button", { name: "Chercher" }).click();
  expect(await panel(page).locator(".field-error:not([hidden])").first().textContent()).toBe(
    "Indiquez la date et le poste.",
  );
  await panel(page).getByLabel("Date").fill("2026-11-15");
  await panel(page).getByLabel("Poste à remplacer").fill("nuit");
  await panel(page)
    .getByLabel(/Qualification exigée/)
    .fill("veilleur");
  await panel(page).getByRole("button", { name: "Chercher" }).click();
  await panel(page).locator("section.rp-section").first().waitFor();
  expect(log.calls).toContain("findReplacementsFor");
  expect(await panel(page).locator(".vacancy").textContent()).toContain("N du dimanche 15/11 (21:00–07:00)");
  expect(await panel(page).locator(".vacancy").textContent()).toContain("Qualification exigée : veilleur");
  expect(await panel(page).getByRole("checkbox").count()).toBe(0);

  fake.spreadsheet.setActiveRange((fake.spreadsheet.getSheetByName(NOV) as FakeSheet).getRange("A7"));
  await panel(page).getByRole("button", { name: "Qui peut remplacer ?" }).click();
  await page.waitForFunction(() => document.querySelector("#panel-replace .status.error"));
  expect(await panel(page).locator(".status").textContent()).toMatch(
    /^La cellule 'Hirondelles - Novembre 2026'!A7 ne contient pas un poste de travail/,
  );
});
