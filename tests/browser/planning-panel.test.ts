// The sidebar's Planning panel in real Chromium: check, findings by severity, select cells, clear; text stays text.
import AxeBuilder from "@axe-core/playwright";
import type { Browser, BrowserContext, Page } from "playwright-core";
import { buildPlannings } from "../../scripts/demo/roster";
import type { FakeAppsScript, FakeSheet } from "../fakes";
import { codesRows, planningValues, settingsRows } from "../gas/check-world";
import {
  fakeWorld,
  launch,
  openSection,
  openSidebar,
  type ServerLog,
  sidebarContext,
} from "./sidebar-harness";

const NOV = "Hirondelles - Novembre 2026";
const INJECTED = "<b>Zoé Petit</b><script>alert(1)</script>";

let browser: Browser;
let context: BrowserContext;
let fake: FakeAppsScript;
let log: ServerLog;

/** Résidents (for the shell), Paramètres with one bad key, Codes, and one unit's November with a person named like HTML. */
function world(): FakeAppsScript {
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
      Paramètres: settingsRows([["couleur", "bleu"]]),
      Codes: codesRows(),
      [NOV]: row >= 0 ? values : [],
    },
  });
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

async function openPanel(): Promise<Page> {
  const page = await openSidebar(context);
  await openSection(page, "planning");
  return page;
}

async function runCheck(page: Page): Promise<void> {
  await panel(page).getByRole("button", { name: "Vérifier le planning" }).click();
  await panel(page).locator("section.group").first().waitFor();
}

test("runs the check and lists the findings grouped by severity, errors first", async () => {
  const page = await openPanel();
  await runCheck(page);
  expect(log.calls).toContain("checkPlanning");
  const headings = await panel(page).locator("section.group h2").allTextContents();
  expect(headings[0]).toMatch(/^Erreurs \(\d+\)$/);
  expect(headings.some((h) => h.startsWith("Avertissements"))).toBe(true);
  const status = await panel(page).locator(".status").textContent();
  expect(status).toMatch(/^\d+ erreurs?, \d+ avertissements?, \d+ informations?$/);
  expect(await panel(page).textContent()).toContain("Rapport complet dans l'onglet « Contrôle planning ».");
  const errors = await panel(page).locator("section.group").first().locator("li").allTextContents();
  expect(
    errors.some((e) => e.includes("Repos quotidien") && e.includes("Martin Léa") && e.includes("24/11/2026")),
  ).toBe(true);
  expect(fake.spreadsheet.getSheetByName("Contrôle planning")).not.toBeNull();
});

test("clicking a finding selects its cells in the sheet", async () => {
  const page = await openPanel();
  await runCheck(page);
  await panel(page)
    .locator("li", { hasText: "Martin Léa" })
    .filter({ hasText: "Repos quotidien" })
    .getByRole("button")
    .click();
  await page.waitForFunction(() =>
    document.querySelector("#panel-planning .status")?.textContent?.startsWith("Sélection"),
  );
  expect(await panel(page).locator(".status").textContent()).toBe("Sélection : Z10:AA10");
  const active = fake.spreadsheet.getActiveSheet();
  expect(active.getName()).toBe(NOV);
  expect(active.getActiveRange().getA1Notation()).toBe("Z10:AA10");
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

test("names and messages from the sheet are shown as text, never run; the panel passes axe", async () => {
  const page = await openPanel();
  await runCheck(page);
  expect(await panel(page).locator("b, script").count()).toBe(0);
  expect(await panel(page).textContent()).toContain(INJECTED);
  const axe = await new AxeBuilder({ page })
    .include("#panel-planning")
    .withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"])
    .analyze();
  expect(axe.violations.map((v) => `${v.id} ${v.nodes.map((n) => n.target).join(" ")}`)).toEqual([]);
});
