// The care staff's sidebar in real Chromium at 300 px (and 150 % zoom): Écrire, À lire (n), Coordination —
// issue 13 point by point, in French and English, axe on every state, screenshots in test-output/.
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import AxeBuilder from "@axe-core/playwright";
import type { Browser, BrowserContext, Page } from "playwright-core";
import { COLUMNS, entryToRow, type HandoverEntry, headerRow, makeEntryId } from "../../src/core/handovers";
import { civilDate, isoSecondsWithOffset, zone } from "../../src/core/time";
import { acknowledgeHandover, addHandover, listHandovers } from "../../src/gas/main";
import type { FakeAppsScript } from "../fakes";
import { demoNightWorld } from "./demo-night";
import { fakeWorld, launch, OUTPUT, openSidebar, type ServerLog, sidebarContext } from "./sidebar-harness";

const paris = zone("Europe/Paris");
const todayDay = () => paris.toWall(Math.floor(Date.now() / 60000)).day;
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

describe("5. a shorter form in everyday words", () => {
  it("writes a minimal entry with the keyboard: person → what happened → category, then focus on the confirmation", async () => {
    const page = await openSidebar(context);
    const keys: string[] = [];
    const press = async (key: string) => {
      keys.push(key);
      await page.keyboard.press(key);
    };
    const typed: string[] = [];
    const type = async (text: string) => {
      typed.push(text);
      await page.keyboard.type(text);
    };
    const focused = () =>
      page.evaluate(() => {
        const a = document.activeElement as HTMLInputElement | null;
        return a?.getAttribute("role") === "tab" ? `tab:${a.textContent}` : `${a?.tagName}:${a?.name ?? ""}`;
      });
    await press("Tab");
    expect(await focused()).toBe("tab:Écrire");
    await press("Tab");
    expect(await focused()).toBe("INPUT:person");
    await type("Martin Léa");
    await press("Tab");
    expect(await focused()).toBe("TEXTAREA:data");
    await type("Bonne nuit, rien à signaler.");
    await press("Tab");
    expect(await focused()).toBe("INPUT:category");
    await press("Space");
    await press("Control+Enter");
    await waitStatus(page, "Transmission enregistrée");
    expect(
      await page.evaluate(
        () => document.activeElement?.classList.contains("status") && document.activeElement.textContent,
      ),
    ).toMatch(/^Transmission enregistrée à \d\d:\d\d\.$/);
    expect(listHandovers({})[0]).toMatchObject({
      persons: ["Martin Léa"],
      category: "Santé",
      severity: "info",
      data: "Bonne nuit, rien à signaler.",
    });
    const line = `Keystrokes for a minimal entry: ${keys.length} keys (${keys.join(", ")}) besides typing ${typed.join(" + ")} (${typed.join("").length} characters)\n`;
    writeFileSync(join(OUTPUT, "sidebar-keystrokes.txt"), line);
    expect(keys).toHaveLength(6);
    await accessible(page, "Écrire, saved");
  });

  it("marks Catégorie required, uses plain labels with the DAR words as hints", async () => {
    const page = await openSidebar(context);
    expect(await page.locator("#panel-new-entry legend").first().textContent()).toBe(
      "Catégorie (obligatoire)",
    );
    expect(await page.getByLabel("Ce que j'ai observé").getAttribute("name")).toBe("data");
    expect(await page.getByText("Données (D) : ce que vous avez vu ou entendu.").isVisible()).toBe(true);
    await page.getByText("Plus de détails").click();
    expect(await page.getByText("Actions (A).").isVisible()).toBe(true);
    expect(await page.getByText("Résultats (R) : l'effet observé.").isVisible()).toBe(true);
    const order = await page
      .locator("#panel-new-entry form > *:not([hidden])")
      .evaluateAll((nodes) =>
        nodes.map((n) => n.querySelector("input, textarea")?.getAttribute("name")).filter(Boolean),
      );
    expect(order.slice(0, 3)).toEqual(["person", "data", "category"]);
  });

  it("takes several people, and asks « Vouliez-vous dire … ? » for a name not in Résidents", async () => {
    const page = await openSidebar(context);
    const who = page.getByLabel("Personne concernée");
    await who.fill("Martin Léa");
    await who.press("Enter");
    await who.fill("Petti Zoe");
    await page.getByLabel("Ce que j'ai observé").click();
    const error = page.locator("#panel-new-entry .field.invalid .field-error");
    expect(await error.textContent()).toBe(
      "« Petti Zoe » n'est pas dans la liste des résidents. Vouliez-vous dire Petit Zoé ?",
    );
    await accessible(page, "Écrire, did you mean");
    await page.getByRole("button", { name: "Oui, Petit Zoé" }).click();
    expect(await error.count()).toBe(0);
    expect(await page.getByRole("button", { name: "Retirer Martin Léa" }).count()).toBe(1);
    await page.getByLabel("Ce que j'ai observé").fill("Dispute au goûter entre les deux.");
    await page.getByRole("radio", { name: "Comportement" }).check();
    await page.getByRole("button", { name: "Enregistrer" }).click();
    await waitStatus(page, "Transmission enregistrée");
    expect(listHandovers({})[0]?.persons).toEqual(["Martin Léa", "Petit Zoé"]);
  });

  it("clears a field's error as soon as it is fixed, refuses a half-typed due date, and undoes Effacer", async () => {
    const page = await openSidebar(context);
    await page.getByRole("button", { name: "Enregistrer" }).click();
    const errors = () => page.locator("#panel-new-entry .field-error:not([hidden])").allTextContents();
    expect(await errors()).toEqual([
      "Personne concernée : à remplir.",
      "Ce que j'ai observé (données) : à remplir.",
      "Catégorie : à remplir.",
    ]);
    await shot(page, "ecrire-erreurs");
    await accessible(page, "Écrire, errors");
    await page.getByLabel("Ce que j'ai observé").fill("Toux sèche.");
    expect(await errors()).toEqual(["Personne concernée : à remplir.", "Catégorie : à remplir."]);
    await page.getByRole("radio", { name: "Santé" }).check();
    await page.getByLabel("Personne concernée").fill("Martin Léa");
    expect(await errors()).toEqual([]);
    expect(await page.locator("#panel-new-entry .error-summary").isHidden()).toBe(true);
    await page.getByText("Ajouter un suivi").click();
    await page.getByLabel("À faire").fill("Rappeler le médecin");
    await page.getByLabel("Pour le").click();
    await page.keyboard.type("12");
    log.calls.length = 0;
    await page.getByRole("button", { name: "Enregistrer" }).click();
    expect(await errors()).toEqual(["Suivi : échéance : date incomplète (jour, mois et année)."]);
    expect(log.calls).toEqual([]);
    await page.getByRole("button", { name: "Effacer" }).click();
    expect(await page.getByLabel("Ce que j'ai observé").inputValue()).toBe("");
    expect(await statusOf(page)).toBe("Formulaire effacé.");
    await page.getByRole("button", { name: "Annuler l'effacement" }).click();
    expect(await page.getByLabel("Ce que j'ai observé").inputValue()).toBe("Toux sèche.");
    expect(await page.getByLabel("Personne concernée").inputValue()).toBe("Martin Léa");
    expect(await page.getByRole("radio", { name: "Santé" }).isChecked()).toBe(true);
  });

  it("stores markup and formula text literally, and asks once for a name when the account gives no e-mail", async () => {
    world(() => fakeWorld({ userEmail: null }));
    const dialogs: string[] = [];
    const page = await openSidebar(context);
    page.on("dialog", (d) => dialogs.push(d.message()));
    const markup = "<img src=x onerror=alert(1)>";
    const formula = '=IMPORTXML("http://x","//a")';
    await page.getByLabel("Personne concernée").fill("Service");
    await page.getByLabel("Ce que j'ai observé").fill(markup);
    await page.getByRole("radio", { name: "Incident" }).check();
    await page.getByText("Plus de détails").click();
    await page.getByLabel("En quelques mots").fill(formula);
    await page.getByRole("button", { name: "Enregistrer" }).click();
    expect(await page.getByRole("alert").first().textContent()).toContain("Votre nom : à remplir.");
    await page.getByLabel("Votre nom").fill("Julie Roy");
    await page.getByRole("button", { name: "Enregistrer" }).click();
    await waitStatus(page, "Transmission enregistrée");
    expect(listHandovers({})[0]).toMatchObject({ author: "Julie Roy", data: markup, target: formula });
    const sheet = fake.spreadsheet.getSheetByName("Transmissions");
    expect(sheet?.cellAt(2, COLUMNS.indexOf("target") + 1)).toMatchObject({ value: formula, formula: "" });
    expect(await page.getByText("Vous signez : Julie Roy").isVisible()).toBe(true);
    await page.click("#tab-inbox");
    await page.waitForSelector("#panel-inbox .summary span");
    expect(await page.locator("#panel-inbox img").count()).toBe(0);
    expect(dialogs).toEqual([]);
  });
});

describe("3. a save is done once, whatever the network does", () => {
  const fill = async (page: Page, data: string) => {
    await page.getByLabel("Personne concernée").fill("Martin Léa");
    await page.getByLabel("Ce que j'ai observé").fill(data);
    await page.getByRole("radio", { name: "Santé" }).check();
  };

  it("close during a slow save → reopen → exactly one entry and no draft, with a notice", async () => {
    let page = await openSidebar(context);
    await fill(page, "Toux sèche la nuit.");
    log.delayMs = 800;
    await page.getByRole("button", { name: "Enregistrer" }).click();
    await page.waitForFunction(() => document.querySelector("button[aria-busy=true]") !== null);
    await page.close();
    await Promise.all(log.running ?? []);
    log.delayMs = 0;
    page = await openSidebar(context);
    await waitStatus(page, "Ce brouillon avait déjà été enregistré");
    expect(await statusOf(page)).toMatch(
      /^Ce brouillon avait déjà été enregistré à \d\d:\d\d : il a été effacé du formulaire\.$/,
    );
    expect(await page.getByLabel("Ce que j'ai observé").inputValue()).toBe("");
    expect(listHandovers({}).map((e) => e.data)).toEqual(["Toux sèche la nuit."]);
    await page.close();
    page = await openSidebar(context);
    expect(await statusOf(page)).toBe("");
  });

  it("reopened before the slow save ended and saved again: still exactly one entry", async () => {
    let page = await openSidebar(context);
    await fill(page, "Refus du traitement du soir.");
    log.delayMs = 1500;
    await page.getByRole("button", { name: "Enregistrer" }).click();
    await page.waitForFunction(() => document.querySelector("button[aria-busy=true]") !== null);
    await page.close();
    log.delayMs = 0;
    page = await openSidebar(context);
    await waitStatus(page, "Brouillon retrouvé");
    await page.getByRole("button", { name: "Enregistrer" }).click();
    await waitStatus(page, "Transmission");
    await Promise.all(log.running ?? []);
    expect(listHandovers({}).map((e) => e.data)).toEqual(["Refus du traitement du soir."]);
    await page.getByRole("button", { name: "Enregistrer" }).click();
    expect(await page.getByLabel("Ce que j'ai observé").inputValue()).toBe("");
  });

  it("says a lost connection or a busy Google in plain French where the user looks, keeps the text, saves on retry", async () => {
    const page = await openSidebar(context);
    await fill(page, "Chute à 3 h, relevée.");
    log.failWith = "NetworkError: Connection failure due to HTTP 0";
    await page.getByRole("button", { name: "Enregistrer" }).click();
    await page.waitForFunction(() => document.querySelector("#panel-new-entry .status.error") !== null);
    expect(await statusOf(page)).toBe("Pas de connexion : votre texte est gardé, réessayez.");
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe("Enregistrer");
    await shot(page, "ecrire-pas-de-connexion");
    await accessible(page, "Écrire, no connection");
    log.failWith = "Exception: Service Spreadsheets timed out while accessing document with id 1abc.";
    await page.getByRole("button", { name: "Enregistrer" }).click();
    await page.waitForFunction(() =>
      document.querySelector("#panel-new-entry .status")?.textContent?.startsWith("Google"),
    );
    expect(await statusOf(page)).toBe(
      "Google ne répond pas pour le moment : votre texte est gardé, réessayez dans un instant.",
    );
    expect(await page.getByLabel("Ce que j'ai observé").inputValue()).toBe("Chute à 3 h, relevée.");
    log.failWith = undefined;
    fake.lock.holdAs("colleague");
    await page.getByRole("button", { name: "Enregistrer" }).click();
    await page.waitForFunction(() =>
      document.querySelector("#panel-new-entry .status")?.textContent?.startsWith("Un collègue"),
    );
    fake.lock.release("colleague");
    await page.getByRole("button", { name: "Enregistrer" }).click();
    await waitStatus(page, "Transmission enregistrée");
    expect(listHandovers({}).map((e) => e.data)).toEqual(["Chute à 3 h, relevée."]);
  });
});

describe("1–2. À lire never loses an entry I have not read; what matters first, in little space", () => {
  const unreadIds = (page: Page) =>
    page
      .locator("#panel-inbox .inbox-main .cards")
      .first()
      .locator(".card-toggle")
      .evaluateAll((b) => b.map((x) => (x as HTMLElement).dataset.id));

  it("the demo's night: summary strip, À lire (7), and every card title in the first 640 px", async () => {
    world(() => demoNightWorld());
    const page = await openSidebar(context);
    await page.setViewportSize({ width: 300, height: 640 });
    await openInbox(page);
    expect(await page.locator("#tab-inbox").textContent()).toBe("À lire (7)");
    expect(await page.locator("#panel-inbox .summary").textContent()).toBe(
      "En bref : 2 urgentes non lues · 1 suivi en retard · 2 suivis aujourd'hui (1 pour vous)",
    );
    const layout = await page.evaluate(() => {
      const y = (el: Element | null | undefined) => Math.round(el?.getBoundingClientRect().top ?? -1);
      const titles = [...document.querySelectorAll("#panel-inbox .inbox-main .card-title")];
      const lists = document.querySelectorAll("#panel-inbox .inbox-main .cards");
      return {
        tabBar: Math.round(document.querySelector(".tabs")?.getBoundingClientRect().height ?? 0),
        strip: y(document.querySelector("#panel-inbox .summary")),
        firstCard: y(titles[0]),
        followUps: y(document.querySelector("#inbox-open-title")),
        lastTitleBottom: Math.round(Math.max(...titles.map((t) => t.getBoundingClientRect().bottom))),
        entries: lists[0]?.children.length,
        followUpCards: lists[1]?.children.length,
        oneLine: titles.every((t) => t.getBoundingClientRect().height <= 36),
      };
    });
    writeFileSync(
      join(OUTPUT, "sidebar-a-lire-positions.txt"),
      `Demo night (7 entries, 6 follow-ups) at 300 × 640: tab bar ${layout.tabBar} px high, strip at y=${layout.strip}, ` +
        `first card at y=${layout.firstCard}, follow-ups at y=${layout.followUps}, last card title ends at y=${layout.lastTitleBottom}\n`,
    );
    expect(layout).toMatchObject({ entries: 7, followUpCards: 6, oneLine: true });
    expect(layout.lastTitleBottom).toBeLessThanOrEqual(640);
    await shot(page, "a-lire-nuit");
    await accessible(page, "À lire");
    // A card opens in place; follow-ups say en retard / aujourd'hui and "pour vous".
    const first = page.locator("#panel-inbox .card-toggle").first();
    await first.click();
    expect(await first.getAttribute("aria-expanded")).toBe("true");
    expect(await page.locator("#panel-inbox .card-body:not([hidden])").textContent()).toContain(
      "Lina se réveille essoufflée",
    );
    const followTitles = await page
      .locator("#panel-inbox .cards")
      .nth(1)
      .locator(".card-toggle")
      .allTextContents();
    expect(followTitles.filter((x) => x.startsWith("en retard"))).toHaveLength(1);
    expect(followTitles.filter((x) => x.startsWith("aujourd'hui"))).toHaveLength(2);
    expect(followTitles.filter((x) => x.endsWith("pour vous"))).toHaveLength(2);
    // Names, not addresses: the author's name from the team, in the card and its details.
    expect(await page.locator("#panel-inbox .card-body:not([hidden])").textContent()).toContain(
      "Lambert Sophie",
    );
    await page.getByText("Filtres").click();
    await shot(page, "a-lire-ouverte");
    await accessible(page, "À lire, a card open, filters open");
  });

  it("reopen after reading part: the unread ones are still there; J'ai lu moves on to the next card", async () => {
    world(() => demoNightWorld());
    let page = await openSidebar(context);
    await openInbox(page);
    const before = await unreadIds(page);
    expect(before).toHaveLength(7);
    for (const _ of [1, 2]) {
      await page.locator("#panel-inbox .card-toggle").first().click();
      await page
        .locator("#panel-inbox .card-body:not([hidden])")
        .getByRole("button", { name: "J'ai lu" })
        .click();
      await page.waitForFunction(
        (n) => document.querySelectorAll("#panel-inbox .inbox-main .cards")[0]?.children.length === n,
        _ === 1 ? 6 : 5,
      );
      expect(await page.evaluate(() => document.activeElement?.classList.contains("card-toggle"))).toBe(true);
    }
    await page.close();
    page = await openSidebar(context);
    await page.waitForFunction(() => document.querySelector("#tab-inbox")?.textContent === "À lire (5)");
    await openInbox(page);
    expect(await unreadIds(page)).toEqual(before.slice(2));
  });

  it("a colleague's entry stays in À lire until I acknowledge it, across days; « Tout marquer comme lu (n) »", async () => {
    const sheet = fake.spreadsheet.addSheetWithValues("Transmissions", [headerRow("fr")]);
    const day = 86_400_000;
    const written = (daysAgo: number, data: string): HandoverEntry => {
      const ms = Date.now() - daysAgo * day;
      return {
        id: makeEntryId(ms, paris, `a${daysAgo}b`),
        writtenAt: isoSecondsWithOffset(ms, paris),
        author: "sam@example.org",
        shift: "nuit",
        person: "Martin Léa",
        persons: ["Martin Léa"],
        category: "Santé",
        severity: "watch",
        data,
        readBy: [],
      };
    };
    const rows = [
      written(9, "Trop ancien pour À lire."),
      written(3, "Il y a trois jours."),
      written(1, "Hier."),
    ];
    for (const e of rows) sheet.appendRow(entryToRow(e, "fr"));
    fake.runAs(
      "s",
      () => addHandover({ person: "Petit Zoé", category: "Santé", severity: "info", data: "Ce matin." }),
      colleague,
    );
    let page = await openSidebar(context);
    await openInbox(page);
    const texts = () =>
      page.locator("#panel-inbox .inbox-main .cards").first().locator(".card-toggle").allTextContents();
    expect(await texts()).toEqual([
      expect.stringContaining("Hier."),
      expect.stringContaining("Il y a trois jours."),
      expect.stringContaining("Ce matin."),
    ]);
    await page.close();
    page = await openSidebar(context);
    await openInbox(page);
    expect(await texts()).toHaveLength(3);
    await page.getByRole("button", { name: "Tout marquer comme lu (3)" }).click();
    await page.waitForFunction(() => document.querySelector("#tab-inbox")?.textContent === "À lire (0)");
    expect(await page.locator("#panel-inbox .summary").textContent()).toBe("En bref : Tout est lu.");
    expect(await page.evaluate(() => document.activeElement?.id)).toBe("inbox-unread-title");
    expect(listHandovers({}).filter((e) => e.readBy.includes("lea@example.org"))).toHaveLength(3);
    await accessible(page, "À lire, all read");
    expect(fake.runAs("s", () => listHandovers({}).length, colleague)).toBe(4);
  });

  it("clicking a resident's name shows their history; an entry about several people is under each", async () => {
    const fight = fake.runAs(
      "s",
      () =>
        addHandover({
          persons: ["Martin Léa", "Petit Zoé"],
          category: "Comportement",
          severity: "watch",
          target: "Dispute",
          data: "Dispute au goûter.",
        }),
      colleague,
    );
    fake.runAs(
      "s",
      () => addHandover({ person: "Petit Zoé", category: "Santé", severity: "info", data: "Toux." }),
      colleague,
    );
    acknowledgeHandover(fight.id);
    const page = await openSidebar(context);
    await openInbox(page);
    await page.locator("#panel-inbox .card-toggle").first().click();
    await page.getByRole("button", { name: "Historique de Petit Zoé" }).first().click();
    await page.waitForSelector("#panel-inbox .history .card");
    expect(await page.locator("#panel-inbox .history h2").textContent()).toBe(
      "Petit Zoé : transmissions des 30 derniers jours",
    );
    expect(await page.locator("#panel-inbox .history .card-toggle").count()).toBe(2);
    await accessible(page, "À lire, history");
    await shot(page, "a-lire-historique");
    const history = page.locator("#panel-inbox .history");
    await history.locator(".card-toggle", { hasText: "Dispute" }).click();
    await history.getByRole("button", { name: "Historique de Martin Léa" }).click();
    await page.waitForFunction(() =>
      document.querySelector("#panel-inbox .history h2")?.textContent?.startsWith("Martin Léa"),
    );
    await page.waitForSelector("#panel-inbox .history .card");
    expect(await history.locator(".card-toggle").allTextContents()).toEqual([
      expect.stringContaining("Dispute"),
    ]);
    await page.getByRole("button", { name: "Retour à « À lire »" }).click();
    expect(await page.evaluate(() => document.activeElement?.id)).toBe("inbox-unread-title");
    expect(await history.isHidden()).toBe(true);
  });

  it("an entry edited in the sheet shows « modifiée dans la feuille »", async () => {
    fake.runAs(
      "s",
      () => addHandover({ person: "Martin Léa", category: "Santé", severity: "info", data: "Chute." }),
      colleague,
    );
    const sheet = fake.spreadsheet.getSheetByName("Transmissions");
    sheet?.getRange(2, COLUMNS.indexOf("data") + 1).setValue("Rien.");
    const page = await openSidebar(context);
    await openInbox(page);
    const toggle = page.locator("#panel-inbox .card-toggle").first();
    expect(await toggle.textContent()).toContain("(modifiée dans la feuille)");
    await toggle.click();
    expect(await page.locator("#panel-inbox .card-body:not([hidden]) .edited").textContent()).toBe(
      "Modifiée dans la feuille : le texte a été changé dans l'onglet Transmissions après avoir été écrit.",
    );
  });

  it("the follow-up owner is picked from the team, so « pour vous » works; loading failures are in plain French", async () => {
    world(() => demoNightWorld());
    const page = await openSidebar(context);
    await page.getByText("Ajouter un suivi").click();
    expect(
      await page
        .locator("#panel-new-entry .follow-up datalist option")
        .evaluateAll((o) => o.map((x) => (x as HTMLOptionElement).value)),
    ).toEqual(["Martin Léa", "Lambert Sophie", "Roux Manon", "Mercier Aline"]);
    expect(await page.getByText("Vous signez : Martin Léa").isVisible()).toBe(true);
    log.failWith = "NetworkError: Connection failure due to HTTP 0";
    await openInbox(page);
    await page.getByRole("button", { name: "Actualiser" }).click();
    await page.waitForSelector("#panel-inbox .status.error:not([hidden])");
    expect(await page.locator("#panel-inbox .status.error").textContent()).toBe(
      "Pas de connexion : réessayez dans un instant.",
    );
    log.failWith = undefined;
  });
});

describe("in English, the same sidebar", () => {
  it("writes for several people with « Did you mean », says a lost connection plainly, and reads per reader", async () => {
    world(() =>
      fakeWorld({
        locale: "en_GB",
        sheets: {
          Residents: [
            ["Name", "Active"],
            ["Sam Lee", "yes"],
            ["Ava Reed", "yes"],
          ],
          Staff: [
            ["Name", "Role", "E-mail"],
            ["Lea Martin", "carer", "lea@example.org"],
          ],
        },
      }),
    );
    fake.runAs(
      "n",
      () =>
        addHandover({
          person: "Sam Lee",
          category: "Health",
          severity: "urgent",
          data: "Fell at 3 am.",
          followUp: { what: "Call the GP", due: civilDate(todayDay()), owner: "Lea Martin" },
        }),
      colleague,
    );
    const page = await openSidebar(context);
    await page.waitForFunction(() => document.documentElement.lang === "en");
    await page.getByLabel("Person concerned").fill("Sam Lee");
    await page.getByLabel("Person concerned").press("Enter");
    await page.getByLabel("Person concerned").fill("Eva Reed");
    await page.getByLabel("What I observed").click();
    expect(await page.locator("#panel-new-entry .field.invalid .field-error").textContent()).toBe(
      "“Eva Reed” is not in the list of residents. Did you mean Ava Reed?",
    );
    await page.getByRole("button", { name: "Yes, Ava Reed" }).click();
    await page.getByLabel("What I observed").fill("Argument at tea time.");
    await page.getByRole("radio", { name: "Behaviour" }).check();
    log.failWith = "NetworkError: Connection failure due to HTTP 0";
    await page.getByRole("button", { name: "Save" }).click();
    await page.waitForFunction(() => document.querySelector("#panel-new-entry .status.error") !== null);
    expect(await statusOf(page)).toBe("No connection: your text is kept, try again.");
    log.failWith = undefined;
    await page.getByRole("button", { name: "Save" }).click();
    await waitStatus(page, "Entry saved");
    expect(listHandovers({})[0]?.persons).toEqual(["Sam Lee", "Ava Reed"]);
    await accessible(page, "Write (en), saved");
    await openInbox(page);
    expect(await page.locator("#tab-inbox").textContent()).toBe("To read (1)");
    expect(await page.locator("#panel-inbox .summary").textContent()).toBe(
      "At a glance: 1 urgent unread · 1 follow-up today (1 for you)",
    );
    await page.locator("#panel-inbox .card-toggle").first().click();
    await page.getByRole("button", { name: "I have read it" }).click();
    await page.waitForFunction(() => document.querySelector("#tab-inbox")?.textContent === "To read (0)");
    await accessible(page, "To read (en), all read");
    await shot(page, "to-read-en");
  });
});
