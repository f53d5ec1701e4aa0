// The sidebar in real Chromium against dist/Sidebar.html, with google.script.run running the server on the fake.
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import AxeBuilder from "@axe-core/playwright";
import type { Browser, BrowserContext, Page } from "playwright-core";
import { COLUMNS } from "../../src/core/handovers";
import { addHandover, listHandovers } from "../../src/gas/main";
import type { FakeAppsScript } from "../fakes";
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
  log = { calls: [] };
  context = await sidebarContext(browser, log);
});
afterEach(async () => {
  await context.close();
  fake.uninstall();
});

const newEntry = (page: Page) => page.locator("#panel-new-entry");
const statusText = (page: Page) => newEntry(page).locator(".status").textContent();
const waitSaved = (page: Page) =>
  page.waitForFunction(() =>
    document.querySelector("#panel-new-entry .status")?.textContent?.startsWith("Transmission enregistrée"),
  );
const tab = () =>
  fake.spreadsheet
    .getSheets()
    .find((s) => s.getDeveloperMetadata().some((m) => m.getValue() === "handovers"));

async function showInbox(page: Page): Promise<void> {
  await page.getByRole("tab", { name: "À lire" }).click();
  await page.waitForFunction(() => document.querySelector("#panel-inbox .group") !== null);
}

describe("configured categories", () => {
  it("offers the categories of the Paramètres tab as chips, and saves one", async () => {
    fake.uninstall();
    fake = fakeWorld({
      sheets: {
        Résidents: [
          ["Nom", "Unité", "Actif"],
          ["Martin Léa", "Les Tilleuls", "oui"],
        ],
        Paramètres: [
          ["clé", "valeur", "explication"],
          ["transmissions.catégories", "Santé, Sommeil, Sortie"],
        ],
      },
    });
    const page = await openSidebar(context);
    const chips = newEntry(page).locator('input[name="category"]');
    await page.waitForFunction(
      () => document.querySelectorAll('#panel-new-entry input[name="category"]').length === 3,
    );
    expect(await chips.evaluateAll((is) => is.map((i) => (i as HTMLInputElement).value))).toEqual([
      "Santé",
      "Sommeil",
      "Sortie",
    ]);
    await page.getByLabel("Personne concernée").fill("Martin Léa");
    await page.getByRole("radio", { name: "Sommeil" }).check();
    await page.getByLabel("Données").fill("Endormi tard.");
    await page.getByRole("button", { name: "Enregistrer" }).click();
    await page.waitForFunction(() =>
      document.querySelector("#panel-new-entry .status")?.textContent?.startsWith("Transmission enregistrée"),
    );
    expect(listHandovers({})[0]).toMatchObject({ category: "Sommeil", data: "Endormi tard." });
  });
});

describe("sidebar shell", () => {
  it("renders in French with its two panels, and records the first paint", async () => {
    const page = await openSidebar(context);
    expect(await page.evaluate(() => document.documentElement.lang)).toBe("fr");
    expect((await page.getByRole("tab").allTextContents()).slice(0, 2)).toEqual([
      "Nouvelle transmission",
      "À lire",
    ]);
    expect(await page.getByRole("tab", { name: "Nouvelle transmission" }).getAttribute("aria-selected")).toBe(
      "true",
    );
    expect(await page.getByText("Restez factuel").isVisible()).toBe(true);
    expect(
      await page
        .locator("datalist option")
        .evaluateAll((os) => os.map((o) => (o as HTMLOptionElement).value)),
    ).toEqual(["Martin Léa", "Petit Zoé", "Service"]);
    expect(log.calls.filter((name) => name === "getSidebarData")).toHaveLength(1);
    const firstPaint = (p: Page) =>
      p.evaluate(() => {
        const entries = performance.getEntriesByType("paint");
        return (
          entries.find((e) => e.name === "first-contentful-paint")?.startTime ?? entries[0]?.startTime ?? -1
        );
      });
    const cold = await firstPaint(page);
    await page.close();
    const warm = await firstPaint(await openSidebar(context));
    const line = `Sidebar first contentful paint from file: ${cold.toFixed(0)} ms (first page of the browser), ${warm.toFixed(0)} ms (reopened)\n`;
    writeFileSync(join(OUTPUT, "sidebar-first-paint.txt"), line);
    process.stderr.write(line);
  });
});

describe("Nouvelle transmission", () => {
  it("saves an entry with every field in one server call, showing progress then the result", async () => {
    const page = await openSidebar(context);
    await page.getByLabel("Personne concernée").fill("Petit Zoé");
    await page.getByRole("radio", { name: "Famille" }).check();
    await page.getByRole("radio", { name: "À surveiller" }).check();
    await page.getByLabel("Cible").fill("Visite du père");
    await page.getByLabel("Données").fill("Le père est venu à 16 h ; Zoé a pleuré au départ.");
    await page.getByLabel("Actions").fill("Temps calme, dessin.");
    await page.getByLabel("Résultats").fill("Apaisée au dîner.");
    await page.getByText("Ajouter un suivi").click();
    await page.getByLabel("À faire").fill("Appeler l'éducatrice référente");
    await page.getByLabel("Pour le").fill("2026-12-01");
    await page.getByLabel("Poste du suivi").selectOption("matin");
    await page.getByLabel("Pour qui").fill("Coordinatrice");
    await page.getByLabel("Poste", { exact: true }).selectOption("nuit");
    log.delayMs = 400;
    log.calls.length = 0;
    const save = page.getByRole("button", { name: "Enregistrer" });
    await save.click();
    expect(await page.locator("button[aria-busy=true]").textContent()).toBe("Enregistrement…");
    await waitSaved(page);
    expect(log.calls).toEqual(["addHandover"]);
    expect(await statusText(page)).toMatch(/^Transmission enregistrée à \d\d:\d\d\.$/);
    const [stored] = listHandovers({});
    expect(stored).toMatchObject({
      person: "Petit Zoé",
      category: "Famille",
      severity: "watch",
      target: "Visite du père",
      data: "Le père est venu à 16 h ; Zoé a pleuré au départ.",
      actions: "Temps calme, dessin.",
      results: "Apaisée au dîner.",
      followUp: {
        what: "Appeler l'éducatrice référente",
        due: "2026-12-01",
        shift: "matin",
        owner: "Coordinatrice",
      },
      shift: "nuit",
      author: "lea@example.org",
      followUpStatus: "open",
    });
    expect(await page.getByLabel("Données").inputValue()).toBe("");
    await page.screenshot({
      path: join(OUTPUT, "sidebar-nouvelle-transmission-enregistree.png"),
      fullPage: true,
    });
  });

  it("shows the validation message for a missing Données, without calling the server", async () => {
    const page = await openSidebar(context);
    await page.getByLabel("Personne concernée").fill("Martin Léa");
    await page.getByRole("radio", { name: "Santé" }).check();
    log.calls.length = 0;
    await page.getByRole("button", { name: "Enregistrer" }).click();
    const data = page.getByLabel("Données");
    expect(await data.getAttribute("aria-invalid")).toBe("true");
    expect(await page.locator(".field.invalid .field-error").textContent()).toBe("Données : à remplir.");
    expect(await page.getByRole("alert").textContent()).toContain("Données : à remplir.");
    expect(await page.evaluate(() => document.activeElement?.getAttribute("name"))).toBe("data");
    expect(log.calls).toEqual([]);
    expect(tab()).toBeUndefined();
    await page.screenshot({ path: join(OUTPUT, "sidebar-nouvelle-transmission-erreur.png"), fullPage: true });
  });

  it("keeps the draft when the sidebar is closed by mistake, and clears it once saved", async () => {
    let page = await openSidebar(context);
    await page.getByLabel("Personne concernée").fill("Martin Léa");
    await page.getByRole("radio", { name: "Traitement" }).check();
    await page.getByLabel("Données").fill("Refus du traitement du soir.");
    await page.getByText("Ajouter un suivi").click();
    await page.getByLabel("À faire").fill("Prévenir l'infirmière");
    await page.close();
    page = await openSidebar(context);
    expect(await statusText(page)).toBe("Brouillon retrouvé : vous reprenez où vous en étiez.");
    expect(await page.getByLabel("Personne concernée").inputValue()).toBe("Martin Léa");
    expect(await page.getByRole("radio", { name: "Traitement" }).isChecked()).toBe(true);
    expect(await page.getByLabel("Données").inputValue()).toBe("Refus du traitement du soir.");
    expect(await page.getByLabel("À faire").inputValue()).toBe("Prévenir l'infirmière");
    await page.getByRole("button", { name: "Enregistrer" }).click();
    await waitSaved(page);
    await page.close();
    page = await openSidebar(context);
    expect(await page.getByLabel("Données").inputValue()).toBe("");
    expect(await statusText(page)).toBe("");
  });

  it("keeps everything typed when saving fails, and saves on retry", async () => {
    const page = await openSidebar(context);
    await page.getByLabel("Personne concernée").fill("Martin Léa");
    await page.getByRole("radio", { name: "Santé" }).check();
    await page.getByLabel("Données").fill("Toux sèche la nuit.");
    fake.lock.holdAs("colleague");
    await page.getByRole("button", { name: "Enregistrer" }).click();
    await page.waitForFunction(() => document.querySelector("#panel-new-entry .status.error") !== null);
    expect(await statusText(page)).toBe("Un collègue enregistre en même temps, réessayez dans un instant.");
    expect(await page.getByLabel("Données").inputValue()).toBe("Toux sèche la nuit.");
    fake.lock.release("colleague");
    await page.getByRole("button", { name: "Enregistrer" }).click();
    await waitSaved(page);
    expect(listHandovers({}).map((e) => e.data)).toEqual(["Toux sèche la nuit."]);
  });

  it("stores and shows markup and formula text literally", async () => {
    const dialogs: string[] = [];
    const page = await openSidebar(context);
    page.on("dialog", (d) => dialogs.push(d.message()));
    const markup = "<img src=x onerror=alert(1)>";
    const formula = '=IMPORTXML("http://x","//a")';
    await page.getByLabel("Personne concernée").fill("Service");
    await page.getByRole("radio", { name: "Incident" }).check();
    await page.getByLabel("Cible").fill(formula);
    await page.getByLabel("Données").fill(markup);
    await page.getByLabel("Actions").fill(formula);
    await page.getByRole("button", { name: "Enregistrer" }).click();
    await waitSaved(page);
    const sheet = tab();
    const cell = (key: (typeof COLUMNS)[number]) => sheet?.cellAt(2, COLUMNS.indexOf(key) + 1);
    expect(cell("data")?.value).toBe(markup);
    expect(cell("target")).toMatchObject({ value: formula, formula: "" });
    expect(cell("actions")).toMatchObject({ value: formula, formula: "" });
    await showInbox(page);
    const card = page.locator("#panel-inbox article.entry").first();
    expect(await card.textContent()).toContain(markup);
    expect(await card.textContent()).toContain(formula);
    expect(await page.locator("#panel-inbox img").count()).toBe(0);
    expect(dialogs).toEqual([]);
  });
});

describe("author and language", () => {
  it("asks once for a name when the account gives no e-mail, and signs with it", async () => {
    fake.uninstall();
    fake = fakeWorld({ userEmail: null });
    const page = await openSidebar(context);
    const name = page.getByLabel("Votre nom");
    expect(await name.isVisible()).toBe(true);
    await page.getByLabel("Personne concernée").fill("Martin Léa");
    await page.getByRole("radio", { name: "Santé" }).check();
    await page.getByLabel("Données").fill("Bonne nuit.");
    await page.getByRole("button", { name: "Enregistrer" }).click();
    expect(await page.getByRole("alert").textContent()).toContain("Votre nom : à remplir.");
    await name.fill("Julie Roy");
    await page.getByRole("button", { name: "Enregistrer" }).click();
    await waitSaved(page);
    expect(listHandovers({})[0]?.author).toBe("Julie Roy");
    expect(await name.isVisible()).toBe(false);
    expect(await page.getByText("Vous signez : Julie Roy").isVisible()).toBe(true);
  });

  it("switches to English when the spreadsheet's locale is English", async () => {
    fake.uninstall();
    fake = fakeWorld({
      locale: "en_GB",
      sheets: {
        Residents: [
          ["Name", "Active"],
          ["Sam Lee", "yes"],
        ],
      },
    });
    const page = await openSidebar(context);
    await page.waitForFunction(() => document.documentElement.lang === "en");
    expect((await page.getByRole("tab").allTextContents()).slice(0, 2)).toEqual(["New entry", "To read"]);
    expect(await page.getByRole("radio", { name: "Daily life" }).count()).toBe(1);
    await page.getByLabel("Person concerned").fill("Sam Lee");
    await page.getByRole("button", { name: "Save" }).click();
    expect(await page.getByRole("alert").textContent()).toContain("Data: required.");
  });
});

describe("À lire", () => {
  it("puts an urgent entry first until it is acknowledged in one click", async () => {
    fake.runAs(
      "night",
      () =>
        addHandover({
          person: "Martin Léa",
          category: "Incident",
          severity: "urgent",
          data: "Chute à 3 h, relevée.",
        }),
      {
        userEmail: "sam@example.org",
      },
    );
    fake.runAs(
      "night",
      () => addHandover({ person: "Petit Zoé", category: "Vie quotidienne", severity: "info", data: "RAS." }),
      {
        userEmail: "sam@example.org",
      },
    );
    const page = await openSidebar(context);
    log.calls.length = 0;
    await showInbox(page);
    expect(log.calls).toEqual(["loadInbox"]);
    const cards = page.locator("#panel-inbox .group").first().locator("article.entry");
    expect(await cards.count()).toBe(2);
    expect(await cards.first().getAttribute("class")).toContain("unread");
    expect(await cards.first().textContent()).toContain("Chute à 3 h");
    await page.screenshot({ path: join(OUTPUT, "sidebar-a-lire.png"), fullPage: true });
    await cards.first().getByRole("button", { name: "J'ai lu" }).click();
    await page.waitForFunction(() => document.querySelector("#panel-inbox .entry.unread") === null);
    expect(await cards.first().textContent()).toContain("Lu par : lea@example.org");
    expect(listHandovers({ severity: "urgent" })[0]?.readBy).toEqual(["lea@example.org"]);
  });

  it("closes a follow-up in one click and filters by person", async () => {
    fake.runAs("day", () =>
      addHandover({
        person: "Petit Zoé",
        category: "Rendez-vous",
        severity: "info",
        data: "Ordonnance à renouveler.",
        followUp: { what: "Appeler le médecin", due: "2026-12-01", owner: "IDE" },
      }),
    );
    fake.runAs("day", () =>
      addHandover({ person: "Martin Léa", category: "Santé", severity: "info", data: "Bonne journée." }),
    );
    const page = await openSidebar(context);
    await showInbox(page);
    await page.getByText("Filtres").click();
    await page.getByLabel("Personne", { exact: true }).selectOption("Martin Léa");
    expect(await page.locator("#panel-inbox .group").first().locator("article.entry").count()).toBe(1);
    await page.getByLabel("Personne", { exact: true }).selectOption("");
    const open = page.locator("#panel-inbox .group").nth(1);
    expect(await open.locator("h2").textContent()).toBe("Suivis ouverts (1)");
    await open.getByRole("button", { name: "Suivi fait" }).click();
    await page.waitForFunction(() => document.querySelectorAll("#panel-inbox .group").length === 1);
    const entry = listHandovers({ person: "Petit Zoé" })[0];
    expect(entry).toMatchObject({ followUpStatus: "done", followUpClosedBy: "lea@example.org" });
    expect(await page.locator("#panel-inbox").textContent()).toContain("Suivi fait par lea@example.org");
  });

  it("opens a prefilled correction from an entry and saves it pointing to the original", async () => {
    const original = fake.runAs("day", () =>
      addHandover({ person: "Martin Léa", category: "Santé", severity: "watch", data: "Température 39,5." }),
    );
    const page = await openSidebar(context);
    await showInbox(page);
    await page.getByRole("button", { name: "Corriger" }).click();
    expect(await page.getByRole("tab", { name: "Nouvelle transmission" }).getAttribute("aria-selected")).toBe(
      "true",
    );
    expect(await page.getByText("Correction de la transmission du").isVisible()).toBe(true);
    await page.getByLabel("Données").fill("Température 38,5 (erreur de saisie).");
    await page.getByRole("button", { name: "Enregistrer" }).click();
    await waitSaved(page);
    const [fix, old] = listHandovers({});
    expect(fix).toMatchObject({ corrects: original.id, data: "Température 38,5 (erreur de saisie)." });
    expect(old?.correctedBy).toEqual([fix?.id]);
  });
});

describe("accessibility", () => {
  it("has no WCAG 2.1 AA violation on either panel, text of at least 14 px and touch targets of at least 32 px", async () => {
    fake.runAs("day", () =>
      addHandover({
        person: "Petit Zoé",
        category: "Santé",
        severity: "urgent",
        target: "Douleur",
        data: "Mal au ventre.",
        followUp: { what: "Surveiller", owner: "Nuit" },
      }),
    );
    const page = await openSidebar(context);
    await page.getByText("Ajouter un suivi").click();
    await page.getByRole("button", { name: "Enregistrer" }).click(); // show the error state too
    await page.screenshot({ path: join(OUTPUT, "sidebar-nouvelle-transmission.png"), fullPage: true });
    const checks = async (panel: string) => {
      const axe = await new AxeBuilder({ page })
        .withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"])
        .analyze();
      expect(
        axe.violations.map((v) => `${panel}: ${v.id} ${v.nodes.map((n) => n.target).join(" ")}`),
      ).toEqual([]);
      const small = await page.evaluate(() => {
        const out: string[] = [];
        for (const node of document.querySelectorAll("body *")) {
          const el = node as HTMLElement;
          if (!el.offsetParent && el.tagName !== "BODY") continue;
          const hasText = [...el.childNodes].some(
            (c) => c.nodeType === 3 && (c.textContent ?? "").trim() !== "",
          );
          if (hasText && Number.parseFloat(getComputedStyle(el).fontSize) < 14)
            out.push(`${el.tagName} ${el.textContent}`);
        }
        return out;
      });
      expect(small).toEqual([]);
      const tiny = await page.evaluate(() => {
        const out: string[] = [];
        const targets = document.querySelectorAll(
          "button, input:not([type=checkbox]), select, textarea, summary, label.check, [role=tab]",
        );
        for (const node of targets) {
          const r = (node as HTMLElement).getBoundingClientRect();
          if (r.width === 0 && r.height === 0) continue;
          if (r.height < 32 || r.width < 32)
            out.push(`${node.tagName} ${node.textContent} ${r.width}x${r.height}`);
        }
        return out;
      });
      expect(tiny).toEqual([]);
    };
    await checks("Nouvelle transmission");
    await showInbox(page);
    await page.getByText("Filtres").click();
    await page.screenshot({ path: join(OUTPUT, "sidebar-a-lire-filtres.png"), fullPage: true });
    await checks("À lire");
  });

  it("can be operated with the keyboard alone: write an entry, switch panels, acknowledge", async () => {
    fake.runAs(
      "night",
      () =>
        addHandover({ person: "Martin Léa", category: "Incident", severity: "urgent", data: "Fugue 22 h." }),
      {
        userEmail: "sam@example.org",
      },
    );
    const page = await openSidebar(context);
    const focused = () =>
      page.evaluate(() => {
        const el = document.activeElement as HTMLInputElement | null;
        return el?.getAttribute("role") === "tab"
          ? `tab:${el.textContent}`
          : `${el?.tagName}:${el?.name || el?.textContent}`;
      });
    await page.keyboard.press("Tab");
    expect(await focused()).toBe("tab:Nouvelle transmission");
    await page.keyboard.press("Tab");
    expect(await focused()).toBe("INPUT:person");
    await page.keyboard.type("Martin Léa");
    await page.keyboard.press("Tab");
    expect(await focused()).toBe("INPUT:category");
    await page.keyboard.press("ArrowRight");
    await page.keyboard.press("Tab");
    expect(await focused()).toBe("INPUT:severity");
    await page.keyboard.press("ArrowRight");
    await page.keyboard.press("Tab");
    await page.keyboard.type("Sommeil");
    await page.keyboard.press("Tab");
    expect(await focused()).toBe("TEXTAREA:data");
    await page.keyboard.type("Endormi à 23 h.");
    for (let i = 0; i < 5 && (await focused()) !== "BUTTON:Enregistrer"; i++)
      await page.keyboard.press("Tab");
    expect(await focused()).toBe("BUTTON:Enregistrer");
    await page.keyboard.press("Enter");
    await waitSaved(page);
    // Both entries carry the same (frozen) time: find the one just written by its text.
    expect(listHandovers({}).find((e) => e.data === "Endormi à 23 h.")).toMatchObject({
      category: "Traitement",
      severity: "watch",
      target: "Sommeil",
    });

    await page.getByRole("tab", { name: "Nouvelle transmission" }).focus();
    await page.keyboard.press("ArrowRight");
    expect(await focused()).toBe("tab:À lire");
    await page.waitForFunction(() => document.querySelector("#panel-inbox .entry.unread") !== null);
    for (let i = 0; i < 12 && (await focused()) !== "BUTTON:J'ai lu"; i++) await page.keyboard.press("Tab");
    expect(await focused()).toBe("BUTTON:J'ai lu");
    await page.keyboard.press("Enter");
    await page.waitForFunction(() => document.querySelector("#panel-inbox .entry.unread") === null);
    expect(listHandovers({ severity: "urgent" })[0]?.readBy).toEqual(["lea@example.org"]);
  });
});
