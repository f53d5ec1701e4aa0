// The sidebar's Planning panel in real Chromium at 300 px: counts, cards by person or week, grouped repeats,
// selecting cells, clearing; text stays text; axe clean.
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
