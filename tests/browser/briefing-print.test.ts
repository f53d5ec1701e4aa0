// The printed briefing in real Chromium: the demo's day fits one A4 page, every text at least 14 px, no abbreviation.
import { join } from "node:path";
import { type Browser, chromium } from "playwright-core";
import { DEMO_TODAY } from "../../scripts/demo/roster";
import { briefingHtmlPage } from "../../src/core/briefing";
import { demoBriefing } from "../core/briefing/demo";
import { pdfPageCount } from "./pdf-pages";
import { CHROMIUM, OUTPUT } from "./sidebar-harness";

let browser: Browser;
beforeAll(async () => {
  browser = await chromium.launch(CHROMIUM);
});
afterAll(async () => {
  await browser.close();
});

test("the demo's day (26/11/2026) prints on one A4 page, text ≥ 14 px, one line per shift, words not letters", async () => {
  const { model } = await demoBriefing(DEMO_TODAY);
  const page = await browser.newPage({ viewport: { width: 794, height: 1123 } }); // A4 at 96 dpi
  await page.setContent(briefingHtmlPage(model));
  await page.emulateMedia({ media: "print" });

  const pdf = await page.pdf({
    format: "A4",
    printBackground: true,
    path: join(OUTPUT, "briefing-print.pdf"),
  });
  expect(pdfPageCount(pdf)).toBe(1);
  await page.screenshot({ path: join(OUTPUT, "briefing-print.png"), fullPage: true });

  const small = await page.evaluate(() =>
    [...document.querySelectorAll("td, th")]
      .filter((cell) => (cell.textContent ?? "").trim() !== "")
      .filter((cell) => Number.parseFloat(getComputedStyle(cell).fontSize) < 14)
      .map((cell) => cell.textContent),
  );
  expect(small).toEqual([]);
  // The team: one table row per shift, with the names on it.
  const night = page.locator("tr", { has: page.locator("th", { hasText: "Nuit (2)" }) });
  expect(await night.count()).toBe(1);
  expect(await night.textContent()).toBe("Nuit (2)21:00–07:00Girard Karim, Mercier Aline");
  const body = (await page.locator("body").textContent()) ?? "";
  expect(body).toContain("Données : Radio faite");
  expect(body).toContain("Actions : Attestation pour le collège");
  expect(body).not.toMatch(/(^|\s)[DAR] : /);
  expect(body).toContain("non lu par l'équipe du jour");
  await page.close();
});
