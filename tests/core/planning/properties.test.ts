// Property tests: random grids never throw, findings point at real cells, and row or tab order changes nothing.
import * as fc from "fast-check";
import { checkWorkbook } from "../../../src/core/check/check";
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

const pad2 = (n: number): string => String(n).padStart(2, "0");
/** Any year, written on four digits (`0206`, `9999`): typos included. */
const anyYear = fc.integer({ min: 0, max: 9999 }).map((y) => String(y).padStart(4, "0"));
const typedDate = fc
  .tuple(fc.integer({ min: 1, max: 28 }), fc.integer({ min: 1, max: 12 }), anyYear)
  .chain(([d, m, y]) => fc.constantFrom(`${pad2(d)}/${pad2(m)}/${y}`, `${y}-${pad2(m)}-${pad2(d)}`));

/** A date cell as people and adapters leave them: good dates, typos, doubles, serials, any Date (invalid too). */
const dateCell: fc.Arbitrary<CellValue> = fc.oneof(
  fc.constantFrom<CellValue>("03/11/2026", "04/11/2026", "24/11", "2026-11-05", 46330, ""),
  typedDate,
  fc.double(),
  fc.integer({ min: 0, max: 1e9 }),
  fc.date(),
  fc.date({ min: new Date(Date.UTC(2025, 0, 1)), max: new Date(Date.UTC(2028, 0, 1)) }),
);

/** A time cell: good and impossible times, 24:00, doubles, huge integers, any Date. */
const timeCell: fc.Arbitrary<CellValue> = fc.oneof(
  fc.constantFrom<CellValue>("7:00", "14:00", "0h", "24h", "24:00", "21h", "99999h", "", 0, 24, 0.5),
  fc.double(),
  fc.integer({ min: -10, max: 1e9 }),
  fc.date(),
);

const listRow: fc.Arbitrary<CellValue[]> = fc.tuple(
  dateCell,
  fc.constantFrom<CellValue>("Léa", "Marc", 12, "=Léa"),
  timeCell,
  timeCell,
  fc.constantFrom<CellValue>("", "M", "N", "0h-24h", "24h-8h", "99999h-7h"),
);

/** A small grid whose header mixes plausible days with far Dates, serials and typed far years. */
const oddGrid: fc.Arbitrary<CellValue[][]> = fc
  .tuple(
    fc.array(fc.oneof(dateCell, fc.integer({ min: 1, max: 31 })), { minLength: 5, maxLength: 8 }),
    fc.array(
      fc.tuple(
        fc.constantFrom<CellValue>("Martin Léa", 12, "=Léa", "Total"),
        fc.array(fc.oneof(fc.constantFrom<CellValue>(...CELL_TEXTS, "0h-24h", "24h-8h"), timeCell), {
          maxLength: 8,
        }),
      ),
      { minLength: 1, maxLength: 4 },
    ),
  )
  .map(([header, rows]) => [["Nom", ...header], ...rows.map(([n, cells]) => [n, ...cells])]);

/** Days of the widest planned range of a check (a typo must never stretch a tab across years). */
const widestRange = (ranges: ReadonlyArray<[number, number]>): number =>
  Math.max(0, ...ranges.map(([a, b]) => b - a + 1));

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

  test("checkWorkbook never throws on shift lists of odd dates and times; ranges stay within a few years", () => {
    fc.assert(
      fc.property(
        fc.array(listRow, { minLength: 1, maxLength: 6 }),
        tabNames,
        fc.boolean(),
        (rows, name, utc) => {
          const snap = snapshot(
            [[name, [["Date", "Nom", "Début", "Fin", "Code"], ...rows]]],
            utc ? "utc" : "zone",
          );
          const result = checkWorkbook(snap);
          expect(widestRange(result.timeline.plannedRanges)).toBeLessThanOrEqual(2 * 731 + 1);
          for (const f of result.timeline.readingFindings) {
            for (const ref of f.cells) expect(cellExists(snap, f.tab, ref)).toBe(true);
          }
        },
      ),
      { numRuns: 200 },
    );
  });

  test("checkWorkbook never throws on grids whose headers hold far Dates, serials and typed far years", () => {
    fc.assert(
      fc.property(oddGrid, tabNames, (values, name) => {
        const result = checkWorkbook(snapshot([[name, values]]));
        expect(widestRange(result.timeline.plannedRanges)).toBeLessThanOrEqual(2 * 731 + 1);
      }),
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
