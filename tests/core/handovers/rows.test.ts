// Rows of the Transmissions tab: headers, text kept as text through Sheets' apostrophe rule, state columns.
import {
  addReader,
  COLUMN_COUNT,
  COLUMNS,
  columnMapOf,
  entryCells,
  entryToRow,
  type HandoverEntry,
  headerRow,
  isHeaderRow,
  rowForColumns,
  rowToEntry,
} from "../../../src/core/handovers";
import { zone } from "../../../src/core/time";
import type { CellValue } from "../../../src/core/workbook";

const paris = zone("Europe/Paris");
/** What Sheets gives back for a written value: a leading apostrophe marks text and is not part of the value. */
const sheetsReadBack = (cells: string[]): CellValue[] =>
  cells.map((c) => (c.startsWith("'") ? c.slice(1) : c));

const entry: HandoverEntry = {
  id: "20261124-220015-3f9a1c",
  writtenAt: "2026-11-24T22:00:15+01:00",
  author: "lea@example.org",
  shift: "soir",
  person: "Martin Léa",
  persons: ["Martin Léa"],
  category: "Santé",
  severity: "urgent",
  target: "Chute",
  data: "Chute dans le couloir à 21 h 40.",
  actions: "Relevée, pas de douleur.",
  results: "Surveillance.",
  followUp: { what: "Prévenir la famille", due: "2026-11-25", shift: "matin", owner: "Coordinatrice" },
  readBy: [],
  followUpStatus: "open",
};

describe("Transmissions rows", () => {
  it("has readable headers in French, English when the locale is English", () => {
    expect(headerRow("fr").slice(0, 4)).toEqual(["ID", "Écrit le", "Auteur", "Poste"]);
    expect(headerRow("fr")).toContain("Lu par");
    expect(headerRow("en")).toContain("Read by");
    expect(headerRow("fr")).toHaveLength(COLUMN_COUNT);
    expect(isHeaderRow(headerRow("en"))).toBe(true);
    expect(isHeaderRow(["Date", "Texte"])).toBe(false);
  });

  it("writes every typed text with a leading apostrophe and stores severity and status as words", () => {
    const row = entryToRow(entry, "fr");
    expect(row[COLUMNS.indexOf("data")]).toBe("'Chute dans le couloir à 21 h 40.");
    expect(row[COLUMNS.indexOf("severity")]).toBe("'Urgent");
    expect(row[COLUMNS.indexOf("followUpStatus")]).toBe("'ouvert");
    expect(row[COLUMNS.indexOf("followUpDue")]).toBe("'2026-11-25");
    expect(row[COLUMNS.indexOf("corrects")]).toBe("");
    expect(entryToRow(entry, "en")[COLUMNS.indexOf("followUpStatus")]).toBe("'open");
  });

  it("reads back exactly what was written, including formula-looking and markup text", () => {
    expect(rowToEntry(sheetsReadBack(entryToRow(entry, "fr")), paris)).toEqual(entry);
    const tricky = [
      '=IMPORTXML("http://x","//a")',
      "+1",
      "-2",
      "@x",
      "\tx",
      "\rx",
      "'quoted",
      "007",
      "<img src=x onerror=alert(1)>",
    ];
    for (const data of tricky) {
      const e = { ...entry, data, target: data };
      expect(rowToEntry(sheetsReadBack(entryToRow(e, "en")), paris)).toEqual(e);
    }
  });

  it("reads a due date Sheets turned into a Date as the civil date", () => {
    const values = sheetsReadBack(entryToRow(entry, "fr"));
    values[COLUMNS.indexOf("followUpDue")] = new Date("2026-11-24T23:00:00Z"); // midnight in Paris
    expect(rowToEntry(values, paris)?.followUp?.due).toBe("2026-11-25");
  });

  it("skips blank rows, the header and rows edited into something unreadable", () => {
    expect(rowToEntry([], paris)).toBeUndefined();
    expect(rowToEntry(headerRow("fr"), paris)).toBeUndefined();
    const noData = sheetsReadBack(entryToRow(entry, "fr"));
    noData[COLUMNS.indexOf("data")] = "";
    expect(rowToEntry(noData, paris)).toBeUndefined();
  });

  it("folds the state columns: readers, closed follow-up, corrections", () => {
    const values = sheetsReadBack(entryToRow(entry, "fr"));
    values[COLUMNS.indexOf("readBy")] = "a@x.fr\nb@x.fr";
    values[COLUMNS.indexOf("followUpStatus")] = "fait";
    values[COLUMNS.indexOf("followUpClosedBy")] = "b@x.fr";
    values[COLUMNS.indexOf("followUpClosedAt")] = "2026-11-25T09:00:00+01:00";
    values[COLUMNS.indexOf("correctedBy")] = "20261125-080000-aaaaaa";
    expect(rowToEntry(values, paris)).toMatchObject({
      readBy: ["a@x.fr", "b@x.fr"],
      followUpStatus: "done",
      followUpClosedBy: "b@x.fr",
      correctedBy: ["20261125-080000-aaaaaa"],
    });
  });

  it("stores several people in one cell, one per line, and reads them back under each", () => {
    const fight = { ...entry, person: "Adam B.", persons: ["Adam B.", "Noah G.", "Lina F."] };
    const row = entryToRow(fight, "fr");
    expect(row[COLUMNS.indexOf("person")]).toBe("'Adam B.\nNoah G.\nLina F.");
    expect(rowToEntry(sheetsReadBack(row), paris)).toEqual(fight);
  });

  it("finds columns by their header wherever they are, in either language", () => {
    const en = headerRow("en");
    const header = [...en.slice(0, 10), "Remarque", ...en.slice(10)].reverse();
    const map = columnMapOf(header);
    const cells = entryToRow(entry, "fr");
    const row = header.map((_, i) => {
      const key = COLUMNS.find((k) => map[k] === i);
      return key ? (cells[COLUMNS.indexOf(key)] ?? "") : "mine";
    });
    expect(rowToEntry(sheetsReadBack(row), paris, map)).toEqual(entry);
    expect(isHeaderRow(header)).toBe(true);
    expect(rowForColumns(entryCells(entry, "fr"), map)[header.indexOf("Remarque")]).toBe("");
  });

  it("marks an entry whose text was edited after it was written, not one whose status changed", () => {
    const values = sheetsReadBack(entryToRow(entry, "fr"));
    values[COLUMNS.indexOf("readBy")] = "b@x.fr";
    values[COLUMNS.indexOf("followUpStatus")] = "fait";
    expect(rowToEntry(values, paris)?.editedInSheet).toBeUndefined();
    for (const key of ["data", "person", "writtenAt", "author", "severity", "followUpOwner"] as const) {
      const edited = [...values];
      edited[COLUMNS.indexOf(key)] =
        key === "writtenAt" ? "2026-11-24T22:00:16+01:00" : key === "severity" ? "Info" : "autre chose";
      expect([key, rowToEntry(edited, paris)?.editedInSheet]).toEqual([key, true]);
    }
    const older = [...values];
    older[COLUMNS.indexOf("fingerprint")] = "";
    older[COLUMNS.indexOf("data")] = "autre chose";
    expect(rowToEntry(older, paris)?.editedInSheet).toBeUndefined();
  });

  it("adds a reader once", () => {
    expect(addReader("", "a@x.fr")).toBe("a@x.fr");
    expect(addReader("a@x.fr", "b@x.fr")).toBe("a@x.fr\nb@x.fr");
    expect(addReader("a@x.fr\nb@x.fr", "a@x.fr")).toBe("a@x.fr\nb@x.fr");
  });
});
