// `releve check`'s text output: repeated findings are one line (count, first → last date), every finding counted.

import { renderCheck } from "../../src/cli/output/check-output";
import { palette } from "../../src/cli/output/colors";
import { checkWorkbook } from "../../src/core/check/check";
import { messages } from "../../src/core/i18n";
import type { CellValue, WorkbookSnapshot } from "../../src/core/workbook";

const days = Array.from({ length: 30 }, (_, i) => i + 1);

/** November 2026: a night watcher on 10 h nights every other day, a colleague with a typo on Mondays. */
function snapshot(): WorkbookSnapshot {
  const values: CellValue[][] = [
    ["Nom", ...days],
    ["DUPONT Marc", ...days.map((d) => (d % 2 === 0 && d <= 28 ? "21h-7h" : ""))],
    ["MARTIN Léa", ...days.map((d) => (d % 7 === 2 ? "XX" : d % 7 === 0 ? "" : "7h-14h"))],
  ];
  return {
    locale: "fr_FR",
    timeZone: "Europe/Paris",
    dateBasis: "zone",
    tabs: [
      {
        name: "Paramètres",
        values: [
          ["clé", "valeur"],
          ["preset", "code-du-travail"],
        ],
      },
      { name: "Novembre 2026", values },
    ],
  };
}

test("14 nights of 10 h are one line with their count and dates; one unknown code is one line with its cells", () => {
  const result = checkWorkbook(snapshot());
  const text = renderCheck(result, {
    file: "p.xlsx",
    palette: palette(false),
    t: messages("fr"),
    lang: "fr",
  });
  const lines = text.split("\n");
  const nights = lines.filter((l) => l.includes("Durée d'une nuit"));
  expect(nights).toHaveLength(1);
  expect(nights[0]).toMatch(
    /DUPONT Marc\s+02\/11\/2026 → 28\/11\/2026\s+C2, E2, G2 \+11\s+14 nuits de 10 h \(maximum 8 h\)$/,
  );
  const codes = lines.filter((l) => l.includes("Code inconnu"));
  expect(codes).toHaveLength(1);
  expect(codes[0]).toContain("5 cellules avec « XX » (code inconnu)");
  // The heading still counts every finding.
  const warnings = result.findings.filter((f) => f.severity === "warning").length;
  expect(text).toContain(`Avertissement (${warnings})`);
});
