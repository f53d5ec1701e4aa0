// Long text never breaks the check: a too-long cell is a finding on that cell, quoting a shortened form.
import { checkWorkbook } from "../../../src/core/check/check";
import { boundMessage, fitCell, shortText } from "../../../src/core/check/long-text";
import type { WorkbookSnapshot } from "../../../src/core/workbook";

const HUGE = "x".repeat(50_000);

test("a message quotes the first 60 characters of a cell's text, on one line", () => {
  expect(shortText("a\nb")).toBe("a b");
  expect(boundMessage(`Code « ${HUGE} » inconnu le 02/11 : …`)).toBe(
    `Code « ${"x".repeat(60)}… » inconnu le 02/11 : …`,
  );
  expect(boundMessage(`Unknown code "${HUGE}" on 2 Nov.`)).toBe(
    `Unknown code "${"x".repeat(60)}…" on 2 Nov.`,
  );
  expect(boundMessage("Court « M » le 02/11.")).toBe("Court « M » le 02/11.");
  expect(boundMessage(HUGE).length).toBe(2_001);
  expect(fitCell(`${HUGE}yy`).length).toBe(50_000);
  // A character outside the BMP is never cut in half.
  expect(shortText(`${"a".repeat(59)}😀😀`)).toBe(`${"a".repeat(59)}…`);
});

test("a 50,000-character planning cell, setting value or key is a finding on its cell with a short quote", () => {
  const snapshot: WorkbookSnapshot = {
    locale: "fr_FR",
    timeZone: "Europe/Paris",
    dateBasis: "zone",
    tabs: [
      {
        name: "Paramètres",
        values: [
          ["clé", "valeur"],
          ["règle.daily-rest.erreur", HUGE],
          [HUGE, "1"],
        ],
      },
      {
        name: "Novembre 2026",
        values: [
          ["Nom", 1, 2, 3, 4, 5],
          ["MARTIN Léa", "M", HUGE, "M", "S", "R"],
          ["PETIT Anne", "S", "S", "R", "M", "M"],
          ["DURAND Paul", "R", "M", "M", "S", "S"],
        ],
      },
    ],
  };
  const { findings } = checkWorkbook(snapshot);
  const onCell = (tab: string, cell: string) => findings.find((f) => f.tab === tab && f.cells.includes(cell));
  expect(onCell("Novembre 2026", "C2")?.message).toContain(`« ${"x".repeat(60)}… »`);
  expect(onCell("Paramètres", "B2")?.ruleId).toBe("bad-setting");
  expect(onCell("Paramètres", "A3")?.ruleId).toBe("bad-setting");
  for (const f of findings) expect(f.message.length).toBeLessThan(300);
});
