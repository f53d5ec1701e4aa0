// Property tests: random grids never throw, findings point at real cells, and row or tab order changes nothing.
import * as fc from "fast-check";
import type { Finding } from "../../../src/core/findings";
import type { CellValue, WorkbookSnapshot } from "../../../src/core/workbook";
import { columnLetters } from "../../../src/core/workbook";
import { days, read, snapshot } from "./helpers";

const CELL_TEXTS = [
  "M",
  "S",
  "J",
  "N",
  "CV",
  "RH",
  "CA",
  "m",
  " rh ",
  "7h-14h",
  "21h-7h",
  "7h30-12h / 17h-21h",
  "25h-7h",
  "7h-7h",
  "14h30-",
  "XX",
  "Mat",
  "?",
  "",
  "-",
  "M 7h-14h",
  "CA 7h-14h",
  "lun. 24",
  "24/11",
  "Total",
  "Légende :",
];
const NAMES = ["Martin Léa", "Dupont Marc", "Bernard Chloé", "Petit Noah", "Foyer A", "Total", ""];

const anyCell: fc.Arbitrary<CellValue> = fc.oneof(
  fc.constantFrom(...CELL_TEXTS),
  fc.constantFrom(...NAMES),
  fc.string({ maxLength: 8 }),
  fc.integer({ min: -5, max: 40 }),
  fc.double({ noNaN: false }),
  fc.boolean(),
  fc.constant(null),
  fc.integer({ min: -3e12, max: 5e12 }).map((ms) => new Date(ms)),
);

const randomTab = fc.array(fc.array(anyCell, { maxLength: 12 }), { maxLength: 14 });
const tabNames = fc.constantFrom(
  "Novembre 2026",
  "Planning",
  "nov. 26",
  "11-2026",
  "Liste",
  "Feuille 3",
  "Décembre 2026",
);

/** A tab whose rows below a header are person rows of cells from the pool. */
const plannedTab = fc.record({
  head: fc.constantFrom<CellValue[]>(
    ["Nom", ...days(30)],
    ["Nom", "Fonction", ...days(30), "Total"],
    ["Date", "Nom", "Début", "Fin", "Code"],
  ),
  rows: fc.array(
    fc.tuple(
      fc.constantFrom(...NAMES.slice(0, 4)),
      fc.array(fc.constantFrom<CellValue>(...CELL_TEXTS, "24/11/2026"), { maxLength: 31 }),
    ),
    { minLength: 1, maxLength: 8 },
  ),
});

function cellExists(snap: WorkbookSnapshot, tab: string | null, ref: string): boolean {
  const m = /^(?:'((?:[^']|'')+)'!)?([A-Z]+)(\d+)$/.exec(ref);
  if (!m) return false;
  const tabName = m[1] ? m[1].replace(/''/g, "'") : tab;
  const values = snap.tabs.find((t) => t.name === tabName)?.values;
  const row = Number(m[3]) - 1;
  let col = 0;
  for (const ch of m[2] as string) col = col * 26 + ch.charCodeAt(0) - 64;
  return values !== undefined && (values[row]?.length ?? 0) > col - 1;
}

/** A finding with its cells' rows mapped through `rowMap` (new row → original row), position-free. */
function normalise(f: Finding, rowMap?: Map<string, number[]>): string {
  const cells = f.cells
    .map((ref) => {
      const m = /^([A-Z]+)(\d+)$/.exec(ref);
      const map = rowMap?.get(f.tab ?? "");
      if (!m || !map) return ref;
      return `${m[1]}${(map[Number(m[2]) - 1] ?? -1) + 1}`;
    })
    .sort();
  return JSON.stringify([f.ruleId, f.severity, f.person, f.date, f.tab, cells, f.details]);
}

describe("reading random workbooks", () => {
  test("never throws, and every finding's cells exist in the snapshot", () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(tabNames, randomTab), { maxLength: 4 }), fc.boolean(), (tabs, utc) => {
        const unique = tabs.map(([name, values], i): [string, CellValue[][]] => [
          `${name} ${i}`.trim(),
          values,
        ]);
        const snap = snapshot(unique, utc ? "utc" : "zone");
        const t = read(snap);
        for (const f of t.readingFindings) {
          for (const ref of f.cells) expect(cellExists(snap, f.tab, ref)).toBe(true);
        }
      }),
      { numRuns: 300 },
    );
  });

  test("planned-looking tabs: every finding's cells exist", () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(tabNames, plannedTab), { minLength: 1, maxLength: 3 }), (tabs) => {
        const snap = snapshot(
          tabs.map(([name, { head, rows }], i) => [
            `${name} ${i}`,
            [head, ...rows.map(([n, cells]) => [n, ...cells])],
          ]),
        );
        for (const f of read(snap).readingFindings) {
          for (const ref of f.cells) expect(cellExists(snap, f.tab, ref)).toBe(true);
        }
      }),
      { numRuns: 200 },
    );
  });

  test("shuffling person rows changes no finding (cells compared through the shuffle)", () => {
    fc.assert(
      fc.property(
        plannedTab.chain((tab) =>
          fc.tuple(
            fc.constant(tab),
            fc.shuffledSubarray(
              tab.rows.map((_, i) => i),
              { minLength: tab.rows.length, maxLength: tab.rows.length },
            ),
          ),
        ),
        ([{ head, rows }, order]) => {
          const name = head[0] === "Date" ? "Liste novembre 2026" : "Novembre 2026";
          const original: CellValue[][] = [head, ...rows.map(([n, cells]) => [n, ...cells])];
          const shuffled: CellValue[][] = [head, ...order.map((i) => original[i + 1] as CellValue[])];
          const rowMap = new Map([[name, [0, ...order.map((i) => i + 1)]]]);
          const before = read(snapshot([[name, original]]))
            .readingFindings.map((f) => normalise(f))
            .sort();
          const after = read(snapshot([[name, shuffled]]))
            .readingFindings.map((f) => normalise(f, rowMap))
            .sort();
          expect(after).toEqual(before);
        },
      ),
      { numRuns: 200 },
    );
  });

  test("shuffling tabs changes no finding", () => {
    fc.assert(
      fc.property(
        fc.array(fc.tuple(tabNames, plannedTab), { minLength: 1, maxLength: 4 }).chain((tabs) =>
          fc.tuple(
            fc.constant(tabs),
            fc.shuffledSubarray(
              tabs.map((_, i) => i),
              { minLength: tabs.length, maxLength: tabs.length },
            ),
          ),
        ),
        ([tabs, order]) => {
          const built = tabs.map(([name, { head, rows }], i): [string, CellValue[][]] => [
            `${name} ${i}`,
            [head, ...rows.map(([n, cells]) => [n, ...cells])],
          ]);
          const before = read(snapshot(built))
            .readingFindings.map((f) => JSON.stringify(f))
            .sort();
          const after = read(snapshot(order.map((i) => built[i] as [string, CellValue[][]])))
            .readingFindings.map((f) => JSON.stringify(f))
            .sort();
          expect(after).toEqual(before);
        },
      ),
      { numRuns: 200 },
    );
  });

  test("the cell check helper rejects cells outside the values", () => {
    const snap = snapshot([["T", [["a", "b"], ["c"]]]]);
    expect(cellExists(snap, "T", "B1")).toBe(true);
    expect(cellExists(snap, "T", "B2")).toBe(false);
    expect(cellExists(snap, "T", `${columnLetters(5)}1`)).toBe(false);
    expect(cellExists(snap, null, "'T'!A2")).toBe(true);
  });
});
