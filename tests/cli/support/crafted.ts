// Small crafted workbooks that once exhausted the CLI's memory (issue 11, item 2), generated at test time.
import { rawXlsx } from "./packages";

/** A one-week planning (evening then morning for Martin Léa: one daily-rest error), as rows of XML. */
function planningRows(): string {
  const text = (ref: string, value: string) => `<c r="${ref}" t="inlineStr"><is><t>${value}</t></is></c>`;
  const days = ["B", "C", "D", "E", "F", "G", "H"].map((col, i) => `<c r="${col}1"><v>${i + 1}</v></c>`);
  return (
    `<row r="1">${text("A1", "Nom")}${days.join("")}</row>` +
    `<row r="2">${text("A2", "Martin Léa")}${text("B2", "7h-14h")}${text("D2", "14h-22h")}${text("E2", "7h-14h")}</row>`
  );
}

const PLANNING = "Novembre 2026";

/** A 2 KB workbook: the planning, and one cell at row 300,000,000. */
export function farDownCell(): Buffer {
  return rawXlsx({
    sheets: [
      {
        name: PLANNING,
        rows: `${planningRows()}<row r="300000000"><c r="A300000000"><v>1</v></c></row>`,
      },
    ],
  });
}

/** The planning under a merged range from A10 to the last cell of a sheet (XFD1048576). */
export function hugeMerge(): Buffer {
  return rawXlsx({
    sheets: [
      {
        name: PLANNING,
        rows: `${planningRows()}<row r="10"><c r="A10" t="inlineStr"><is><t>Notes</t></is></c></row>`,
        merges: ["A10:XFD1048576"],
      },
    ],
  });
}

/** 40,000 rows of planning, each with one stray cell in the last column (XFD). */
export function strayColumn(): Buffer {
  const rows: string[] = [planningRows()];
  for (let r = 3; r < 40_003; r += 1)
    rows.push(`<row r="${r}"><c r="A${r}"><v>${r}</v></c><c r="XFD${r}"><v>1</v></c></row>`);
  return rawXlsx({ sheets: [{ name: PLANNING, rows: rows.join("") }], deflate: true });
}

/** 6,000,000 non-empty cells: 10,000 rows of 600 numbers (cells without `r`, as some writers store them). */
export function sixMillionCells(): Buffer {
  const row = `<row>${"<c><v>1</v></c>".repeat(600)}</row>`;
  return rawXlsx({ sheets: [{ name: "Données", rows: row.repeat(10_000) }], deflate: true });
}
