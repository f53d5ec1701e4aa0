// The briefing's HTML page and minimal e-mail rendered in real Chromium: screenshots, and injected text stays text.
import { chromium } from "playwright-core";
import { briefingHtmlPage, escapeHtml, minimalEmail, minimalSummary } from "../../src/core/briefing";
import { fixtureModel } from "../core/briefing/fixtures";
import { saveOutput } from "../gas/briefing-world";
import { CHROMIUM } from "./sidebar-harness";

const model = () => fixtureModel();

test("the briefing page renders in Chromium with injected HTML shown as text; screenshots saved", async () => {
  const browser = await chromium.launch(CHROMIUM);
  try {
    const page = await browser.newPage({ viewport: { width: 794, height: 1123 } }); // A4 at 96 dpi
    const dialogs: string[] = [];
    page.on("dialog", (d) => {
      dialogs.push(d.message());
      void d.dismiss();
    });
    const html = briefingHtmlPage(model());
    saveOutput("briefing.html", html);
    await page.setContent(html);
    expect(await page.locator("img").count()).toBe(0);
    expect(await page.locator("script").count()).toBe(0);
    await expect(page.getByText("<img src=x onerror=alert(1)>", { exact: false }).count()).resolves.toBe(1);
    expect(await page.title()).toBe("Briefing du mardi 24 novembre 2026 — MECS Les Tilleuls");
    await page.screenshot({ path: saveOutput("briefing.png", ""), fullPage: true });
    expect(dialogs).toEqual([]);

    const mail = minimalEmail(
      minimalSummary(model(), "https://docs.google.com/spreadsheets/d/demo/edit#gid=1"),
    );
    await page.setViewportSize({ width: 700, height: 900 });
    await page.setContent(
      `<!doctype html><meta charset="utf-8"><title>${escapeHtml(mail.subject)}</title>${mail.htmlBody}`,
    );
    expect(await page.locator("a").getAttribute("href")).toContain("#gid=1");
    await page.screenshot({ path: saveOutput("briefing-email-minimal.png", ""), fullPage: true });
  } finally {
    await browser.close();
  }
}, 60_000);
