// The sidebar's "Remplacer" panel in real Chromium: selection → ranked list, choose, confirm, write, Annuler; axe clean.
import { join } from "node:path";
import AxeBuilder from "@axe-core/playwright";
import type { Browser, BrowserContext, Page } from "playwright-core";
import { buildPlannings } from "../../scripts/demo/roster";
import type { FakeAppsScript, FakeSheet } from "../fakes";
import { codesRows, planningValues, settingsRows, staffRows } from "../gas/check-world";
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

let browser: Browser;
let context: BrowserContext;
let fake: FakeAppsScript;
let log: ServerLog;

/** Résidents (for the shell), settings, codes, the team, and one unit's November; Petit Camille's S of the 27th selected. */
function world(): FakeAppsScript {
  const [unit] = buildPlannings();
  const created = fakeWorld({
    sheets: {
      Résidents: [
        ["Nom", "Unité", "Actif"],
        ["Martin Léa", "Les Tilleuls", "oui"],
      ],
      Paramètres: settingsRows(),
      Codes: codesRows(),
      Équipe: staffRows(),
      [NOV]: planningValues(unit as never, 2026, 11),
    },
  });
  const sheet = created.spreadsheet.getSheetByName(NOV) as FakeSheet;
  created.spreadsheet.setActiveRange(sheet.getRange("AC7"));
  return created;
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
  await panel(page).locator("section.group").first().waitFor();
}

async function statusIs(page: Page, prefix: string): Promise<string> {
  await page.waitForFunction(
    (p) => document.querySelector("#panel-replace .status")?.textContent?.startsWith(p) ?? false,
    prefix,
  );
  return (await panel(page).locator(".status").textContent()) ?? "";
}

test("the selected shift gives a ranked list: clean candidates first with a clear mark, summary and reasons", async () => {
  const page = await openPanel();
  await listFromSelection(page);
  expect(log.calls).toContain("findReplacementsForSelection");
  expect(await panel(page).locator(".vacancy").textContent()).toContain("S du vendredi 27/11 (14:00–22:00)");
  expect(await panel(page).textContent()).toContain("Absent(e) : Petit Camille");
  const headings = await panel(page).locator("section.group h3").allTextContents();
  expect(headings[0]).toMatch(/^Possibles sans problème \(\d+\)$/);
  expect(headings.at(-1)).toMatch(/^Possibles avec problème \(\d+\)$/);
  const first = panel(page).locator("section.group").first().locator("li.entry").first();
  expect(await first.textContent()).toContain("✓ Sans problème");
  expect(await first.locator(".meta").first().textContent()).toMatch(/^semaine .* sur 35 h ; mois /);
  const withProblem = panel(page).locator("section.group").last().locator("li.entry").first();
  expect(await withProblem.textContent()).toMatch(/⚠ \d+ erreurs?/);
  expect(await withProblem.locator("ul.reasons li").count()).toBeGreaterThan(0);
});

test("choose → confirm → write one cell (and the absent one when asked) → Annuler puts both back", async () => {
  const page = await openPanel();
  await listFromSelection(page);
  await panel(page).getByRole("checkbox", { name: "Marquer l'absent en AM" }).check();
  await panel(page).getByRole("button", { name: "Choisir Lambert Sophie" }).click();
  const confirm = panel(page).locator(".confirm:not([hidden])");
  expect(await confirm.locator(".confirm-text").textContent()).toBe(
    "Écrire « S » pour Lambert Sophie le vendredi 27/11 dans Hirondelles - Novembre 2026!AC14 ?",
  );
  expect(await confirm.textContent()).toContain(
    "Et « AM » pour Petit Camille en Hirondelles - Novembre 2026!AC7.",
  );
  expect(await page.evaluate(() => document.activeElement?.textContent)).toBe("Écrire");
  expect(cell("AC14")).toBe("R");

  const axe = await new AxeBuilder({ page })
    .include("#panel-replace")
    .withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"])
    .analyze();
  expect(axe.violations.map((v) => `${v.id} ${v.nodes.map((n) => n.target).join(" ")}`)).toEqual([]);
  await confirm.scrollIntoViewIfNeeded();
  await page.screenshot({ path: join(OUTPUT, "sidebar-remplacer.png") });

  await confirm.getByRole("button", { name: "Écrire" }).click();
  expect(await statusIs(page, "« S » écrit")).toBe(
    "« S » écrit en 'Hirondelles - Novembre 2026'!AC14. « AM » écrit en 'Hirondelles - Novembre 2026'!AC7.",
  );
  expect(log.calls).toContain("applyReplacement");
  expect(cell("AC14")).toBe("S");
  expect(cell("AC7")).toBe("AM");
  expect(fake.lock.writesOutsideLock()).toEqual([]);
  expect(await panel(page).getByRole("button", { name: "Choisir Lambert Sophie" }).isDisabled()).toBe(true);

  await panel(page).getByRole("button", { name: "Annuler" }).click();
  expect(await statusIs(page, "Annulé")).toMatch(/ont retrouvé leur valeur d'avant\.$/);
  expect(cell("AC14")).toBe("R");
  expect(cell("AC7")).toBe("S");
  expect(await panel(page).getByRole("button", { name: "Annuler" }).count()).toBe(0);
  expect(await panel(page).getByRole("button", { name: "Choisir Lambert Sophie" }).isEnabled()).toBe(true);
});

test("without the box ticked only the replacement's cell is written; Retour writes nothing", async () => {
  const page = await openPanel();
  await listFromSelection(page);
  const choose = panel(page).getByRole("button", { name: "Choisir Lambert Sophie" });
  await choose.click();
  await page.keyboard.press("Escape");
  expect(await panel(page).locator(".confirm:not([hidden])").count()).toBe(0);
  expect(await page.evaluate(() => document.activeElement?.getAttribute("aria-label"))).toBe(
    "Choisir Lambert Sophie",
  );
  await choose.click();
  const confirm = panel(page).locator(".confirm:not([hidden])");
  expect(await confirm.locator("p.meta").isHidden()).toBe(true);
  await confirm.getByRole("button", { name: "Écrire" }).click();
  await statusIs(page, "« S » écrit");
  expect(cell("AC14")).toBe("S");
  expect(cell("AC7")).toBe("S");
});

test("a cell edited by a colleague after the list is refused, with the reason shown", async () => {
  const page = await openPanel();
  await listFromSelection(page);
  (fake.spreadsheet.getSheetByName(NOV) as FakeSheet).getRange("AC14").setValue("CA");
  await panel(page).getByRole("button", { name: "Choisir Lambert Sophie" }).click();
  await panel(page).locator(".confirm:not([hidden])").getByRole("button", { name: "Écrire" }).click();
  await page.waitForFunction(() => document.querySelector("#panel-replace .status.error"));
  expect(await panel(page).locator(".status").textContent()).toMatch(
    /AC14 a changé depuis la recherche \(elle contient « CA », et non plus « R »\)/,
  );
  expect(cell("AC14")).toBe("CA");
  expect(await panel(page).getByRole("button", { name: "Annuler" }).count()).toBe(0);
});

test("date + shift form: required fields, then a list; a bad selection is explained", async () => {
  const page = await openPanel();
  await panel(page).getByText("Ou choisir une date et un poste").click();
  await panel(page).getByRole("button", { name: "Chercher" }).click();
  expect(await panel(page).locator(".field-error:not([hidden])").first().textContent()).toBe(
    "Indiquez la date et le poste.",
  );
  await panel(page).getByLabel("Date").fill("2026-11-15");
  await panel(page).getByLabel("Poste à remplacer").fill("N");
  await panel(page)
    .getByLabel(/Qualification exigée/)
    .fill("veilleur");
  await panel(page).getByRole("button", { name: "Chercher" }).click();
  await panel(page).locator("section.group").first().waitFor();
  expect(log.calls).toContain("findReplacementsFor");
  expect(await panel(page).locator(".vacancy").textContent()).toContain("Qualification exigée : veilleur");
  expect(await panel(page).getByRole("checkbox").count()).toBe(0);

  (fake.spreadsheet.getSheetByName(NOV) as FakeSheet).activate();
  fake.spreadsheet.setActiveRange((fake.spreadsheet.getSheetByName(NOV) as FakeSheet).getRange("A7"));
  await panel(page).getByRole("button", { name: "Qui peut remplacer ?" }).click();
  await page.waitForFunction(() => document.querySelector("#panel-replace .status.error"));
  expect(await panel(page).locator(".status").textContent()).toMatch(
    /^La cellule 'Hirondelles - Novembre 2026'!A7 ne contient pas un poste de travail/,
  );
});
