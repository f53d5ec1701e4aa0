// Generates examples/foyer-demo.xlsx: a children's home with two units, three months of plannings and planted mistakes.
import { mkdirSync } from "node:fs";
import { dirname, join } from "node:path";
import { buildDemoWorkbook } from "./demo/workbook";

/** Where the demo workbook is written. */
export const DEMO_PATH = join(__dirname, "..", "examples", "foyer-demo.xlsx");

/** Writes the demo workbook to `path` (deterministic: no random value, no current date). */
export async function writeDemo(path: string = DEMO_PATH): Promise<void> {
  mkdirSync(dirname(path), { recursive: true });
  await buildDemoWorkbook().xlsx.writeFile(path);
}

if (require.main === module) {
  writeDemo().then(
    () => console.error(`make-demo: ${DEMO_PATH}`),
    (error: unknown) => {
      console.error(`make-demo: ${error instanceof Error ? error.message : String(error)}`);
      process.exit(1);
    },
  );
}
