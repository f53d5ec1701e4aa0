// `npm run bench`: the engine, the add-on path under the fake, the handover log and the xlsx reading, as tables.
import { benchAddon } from "./bench/addon";
import { benchEngine } from "./bench/engine";
import { benchHandovers } from "./bench/handovers";
import { benchReplacement } from "./bench/replacement";
import { benchXlsx } from "./bench/xlsx";

async function main(): Promise<void> {
  const section = (title: string, body: string) => console.log(`\n## ${title}\n\n${body}\n`);
  section("Planning engine (synthetic monthly grids, code-du-travail; medians of 7)", benchEngine());
  section("Qui peut remplacer ? (300 people × 3 months; median after warm-up)", benchReplacement());
  benchAddon(true);
  section(
    "Handover log under the fake: reads, acknowledgement and append by log size and order (median of 5)",
    benchHandovers(),
  );
  const xlsx = await benchXlsx();
  section(
    "Workbook files: the reader (.xlsx → snapshot), the check and `releve check` (medians of 3)",
    xlsx.table,
  );
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : String(error));
  process.exitCode = 1;
});
