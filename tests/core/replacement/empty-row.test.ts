// A person whose row holds nothing this month (no shift, no mark) is a candidate like the others, with their cell.
import { checkWorkbook } from "../../../src/core/check/check";
import { nameKey } from "../../../src/core/planning/names";
import type { Person } from "../../../src/core/planning/types";
import { findReplacements } from "../../../src/core/replacement";
import type { WorkbookSnapshot } from "../../../src/core/workbook";
import { sundayEvening } from "./scenarios";
import { checkedWithEmptyRow, row } from "./support";

const NINA = "NEUF Nina";

describe("a person with an empty row (a new colleague, a part-timer not yet planned)", () => {
  const staff = [...sundayEvening.staff, [NINA, "éducatrice", 35] as [string, string, number]];
  const input = checkedWithEmptyRow(sundayEvening.rows, NINA, staff);
  const result = findReplacements(input, { date: "2026-11-15", shift: "S", absent: "MARTIN Léa" });
  const nina = result.candidates.find((c) => c.name === NINA);

  test("the timeline holds her with nothing planned", () => {
    const person = input.timeline.persons.find((p) => p.name === NINA);
    expect(person).toMatchObject({ sequences: [], marks: [] });
  });

  test("is suitable and first (the fewest hours), with no rest, no hours and no day to speak of", () => {
    expect(result.candidates[0]?.name).toBe(NINA);
    expect(nina).toMatchObject({
      clean: true,
      suitable: true,
      availability: "suitable",
      note: "",
      newFindings: [],
      restBeforeMinutes: null,
      restAfterMinutes: null,
      sameDay: { works: [], absence: null, rest: null },
      hours: { weekMinutes: 0, weekAfterMinutes: 8 * 60, monthMinutes: 0, monthAfterMinutes: 8 * 60 },
    });
  });

  test("her cell is found on her row by her name: the 15th's column (Q) of row 9, empty before", () => {
    // Header on row 1, then the 7 people of the scenario (rows 2–8), then Nina on row 9.
    expect(nina?.placement).toEqual({
      tab: "Novembre 2026",
      row: 8,
      col: 16,
      a1: "Q9",
      person: NINA,
      text: "S",
      previous: "",
    });
  });

  test("without the workbook's values her row cannot be known: still a candidate, to write by hand", () => {
    const { workbook: _values, ...timelineOnly } = input;
    const bare = findReplacements(timelineOnly, { date: "2026-11-15", shift: "S", absent: "MARTIN Léa" });
    const again = bare.candidates.find((c) => c.name === NINA);
    expect(again).toMatchObject({ suitable: true, placement: null });
    expect(again?.reasons).toEqual([
      "N'a pas de ligne dans l'onglet « Novembre 2026 » : le code est à écrire à la main.",
    ]);
  });

  test("she can take a swap's shift too, and an empty-row colleague of the same name twice is never guessed", () => {
    const swap = findReplacements(
      input,
      { date: "2026-11-15", shift: "S", absent: "MARTIN Léa" },
      { swaps: "always" },
    );
    expect(swap.swaps.some((s) => s.taker === NINA)).toBe(true);
    for (const s of swap.swaps.filter((x) => x.taker === NINA))
      expect(s.writes.at(-1)).toMatchObject({ person: NINA, previous: "" });
    const twice = checkedWithEmptyRow({ ...sundayEvening.rows, "Nina NEUF": row("", "") }, NINA, staff);
    const guessed = findReplacements(twice, { date: "2026-11-15", shift: "S", absent: "MARTIN Léa" });
    expect(guessed.candidates.find((c) => c.name === NINA)?.placement).toBeNull();
  });
});

describe("in a days × people grid, the empty column of a person", () => {
  test("is found by the name at its head: the 15th's row of her column", () => {
    const header = ["Date", "MARTIN Léa", "BERNARD Marc", NINA];
    const days = Array.from({ length: 30 }, (_, i) => {
      const day = i + 1;
      const weekday = (day + 5) % 7 < 5;
      return [
        new Date(Date.UTC(2026, 10, day)),
        day === 15 ? "S" : weekday ? "J" : "R",
        weekday ? "J" : "R",
        "",
      ];
    });
    const snapshot: WorkbookSnapshot = {
      tabs: [{ name: "Novembre 2026", values: [header, ...days] }],
      locale: "fr_FR",
      timeZone: "Europe/Paris",
      dateBasis: "utc",
    };
    const checkedGrid = checkWorkbook(snapshot);
    expect(checkedGrid.timeline.tabs[0]?.layout).toBe("grid-days-people");
    const empty: Person = { key: nameKey(NINA), name: NINA, sequences: [], marks: [] };
    const withNina = {
      ...checkedGrid,
      workbook: snapshot,
      timeline: {
        ...checkedGrid.timeline,
        // Today's reader drops an empty column; once it keeps it, the person is taken as read.
        persons: checkedGrid.timeline.persons.some((p) => p.name === NINA)
          ? checkedGrid.timeline.persons
          : [...checkedGrid.timeline.persons, empty],
      },
    };
    const found = findReplacements(withNina, { date: "2026-11-15", shift: "S", absent: "MARTIN Léa" });
    expect(found.candidates.find((c) => c.name === NINA)?.placement).toMatchObject({
      a1: "D16",
      text: "S",
      previous: "",
    });
  });
});
