// The demo workbook: clean apart from the planted mistakes, which the check reports exactly; the committed file is current.
import { join } from "node:path";
import { DEMO_TODAY, PLANTED_EDITS } from "../../scripts/demo/roster";
import { buildDemoWorkbook } from "../../scripts/demo/workbook";
import { readXlsxSnapshot } from "../../src/cli/xlsx-snapshot";
import { checkWorkbook } from "../../src/core/check/check";
import type { WorkbookSnapshot } from "../../src/core/workbook";
import { tempDir } from "./support/workbooks";

const tmp = tempDir();
afterAll(() => tmp.cleanup());

let written = 0;
async function snapshotOf(planted?: Parameters<typeof buildDemoWorkbook>[0]): Promise<WorkbookSnapshot> {
  written += 1;
  const path = tmp.path(`demo-${written}.xlsx`);
  await buildDemoWorkbook(planted).xlsx.writeFile(path);
  return (await readXlsxSnapshot(path)).snapshot;
}

const brief = (snapshot: WorkbookSnapshot, preset?: "code-du-travail") =>
  checkWorkbook(snapshot, preset ? { preset } : {}).findings.map(
    (f) => `${f.ruleId} ${f.severity} ${f.person ?? "-"} ${f.date}`,
  );

describe("the demo workbook", () => {
  let demo: WorkbookSnapshot;
  beforeAll(async () => {
    demo = await snapshotOf();
  });

  test("the check reports exactly the four planted mistakes", () => {
    expect(brief(demo)).toEqual([
      "coverage error - 2026-11-27",
      "daily-rest error Faure Olivier 2026-12-19",
      "absence-conflict error Petit Camille 2026-12-22",
      "daily-rest warning Martin Léa 2026-11-24",
    ]);
  });

  test("without the planted mistakes the roster is clean", async () => {
    expect(brief(await snapshotOf([]))).toEqual([]);
  });

  test("reads as a realistic home: six monthly plannings, the add-on's tabs, 18 people", () => {
    const result = checkWorkbook(demo);
    expect(result.summary.tabs).toEqual([
      "Hirondelles - Novembre 2026",
      "Mésanges - Novembre 2026",
      "Hirondelles - Décembre 2026",
      "Mésanges - Décembre 2026",
      "Hirondelles - Janvier 2027",
      "Mésanges - Janvier 2027",
    ]);
    expect(result.summary.ignoredTabs).toEqual([]);
    expect(result.summary.people).toBe(18);
    expect(result.summary.preset).toBe("ccn66");
    expect(result.legend.source).toBe("tab");
    expect(result.staff).toHaveLength(18);
    expect(result.settings.coverage.map((c) => [c.slot, c.minimum, c.qualification ?? null])).toEqual(
      expect.arrayContaining([["nuit", 2, null]]),
    );
  });

  test("under the Code du travail the 9 h rest becomes an error", () => {
    const rest = checkWorkbook(demo, { preset: "code-du-travail" }).findings.filter(
      (f) => f.ruleId === "daily-rest" && f.person === "Martin Léa",
    );
    expect(rest.map((f) => f.severity)).toEqual(["error"]);
  });

  test("the planted edits and the briefing date stay inside the planned months", () => {
    for (const edit of PLANTED_EDITS)
      expect(edit.date >= "2026-11-01" && edit.date <= "2027-01-31").toBe(true);
    expect(DEMO_TODAY >= "2026-11-01" && DEMO_TODAY <= "2027-01-31").toBe(true);
  });

  test("the committed examples/foyer-demo.xlsx is what scripts/make-demo.ts generates (run `npm run demo`)", async () => {
    const committed = await readXlsxSnapshot(join(__dirname, "..", "..", "examples", "foyer-demo.xlsx"));
    // The same workbook under another file name (the snapshot carries the name it was read under).
    expect({ ...committed.snapshot, name: demo.name }).toEqual(demo);
  });
});
