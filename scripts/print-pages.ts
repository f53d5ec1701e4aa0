// Counts the A4 pages Chromium prints for the demo's briefing of each day of its handover weeks (`npx tsx scripts/print-pages.ts`).
import { chromium } from "playwright-core";
import { readXlsxSnapshot } from "../src/cli/xlsx-snapshot";
import { briefingHtmlPage, briefingOfWorkbook } from "../src/core/briefing";
import { civilDate, dayNumber } from "../src/core/time";
import { pdfPageCount } from "../tests/browser/pdf-pages";
import { CHROMIUM } from "../tests/browser/sidebar-harness";
import { DEMO_PATH } from "./make-demo";

async function main(): Promise<void> {
  const { snapshot } = await readXlsxSnapshot(process.argv[2] ?? DEMO_PATH);
  const browser = await chromium.launch(CHROMIUM);
  try {
    const page = await browser.newPage();
    for (
      let date = process.argv[3] ?? "2026-11-05";
      date <= (process.argv[4] ?? "2026-11-27");
      date = civilDate(dayNumber(date) + 1)
    ) {
      const nowMs = Date.parse(`${date}T07:05:00+01:00`);
      const { model } = briefingOfWorkbook(snapshot, { date, nowMs });
      await page.setContent(briefingHtmlPage(model));
      const pages = pdfPageCount(await page.pdf({ format: "A4", printBackground: true }));
      const c = model.counts;
      console.log(
        `${date}\t${pages} page(s)\t${c.entries} entries, ${model.alerts.length} alerts, ${model.followUps.length} follow-ups, ${model.appointments.length} appointments, ${model.staffing.findings.length + model.staffing.gaps.length} findings`,
      );
    }
  } finally {
    await browser.close();
  }
}

void main();
