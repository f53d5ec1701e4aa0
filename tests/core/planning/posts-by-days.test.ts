// Posts × days plannings ("planning par poste"): who holds each post on each day, hours from the post's header.

import { defaultLegend } from "../../../src/core/planning/legend";
import { postHours } from "../../../src/core/planning/recognisers/post-hours";
import type { ReadingOverride } from "../../../src/core/settings";
import { applyReadingValue } from "../../../src/core/settings/reading-key";
import { hhmm } from "../../../src/core/time";
import type { CellValue } from "../../../src/core/workbook";
import { read, shiftsByName, snapshot } from "./helpers";

const utc = (y: number, m: number, d: number): Date => new Date(Date.UTC(y, m - 1, d));
const WEEKDAYS_FR = ["lun.", "mar.", "mer.", "jeu.", "ven.", "sam.", "dim."];

/** A French on-call rota: dates down (Monday 2 to Sunday 8 November 2026), posts across with their hours. */
function gardes(): CellValue[][] {
  const rows: CellValue[][] = [
    ["Planning de garde — service de médecine"],
    ["Jour", "Date", "Nuit 20h-8h", "Jour 8h-20h", "Renfort lun-ven 18h-22h, sam-dim 9h-18h", "Repos"],
  ];
  const cells: string[][] = [
    ["Léa Dubois", "Paul Martin", "Inès Roux", "Marc Petit"],
    ["Léa Dubois", "Paul Martin", "à pourvoir", "Marc Petit"],
    ["Inès Roux", "Équipe mobile", "Paul Martin/Marc Petit", "Léa Dubois"],
    ["Inès Roux", "Léa Dubois", "", "Paul Martin"],
    ["Marc Petit", "Léa Dubois", "Inès Roux", "Paul Martin"],
    ["Marc Petit", "Inès Roux", "Léa Dubois", "Paul Martin"],
    ["Marc Petit", "Inès Roux", "Léa Dubois 10h-16h", "Paul Martin"],
  ];
  cells.forEach((row, i) => {
    rows.push([WEEKDAYS_FR[i] as string, utc(2026, 11, 2 + i), ...row]);
  });
  return rows;
}

describe("posts × days, days down the rows (French on-call rota)", () => {
  const t = read(snapshot([["Gardes", gardes()]]));
  const byName = shiftsByName(t);

  test("the tab is read as posts × days and says where posts, names and days are", () => {
    expect(t.tabs[0]).toMatchObject({
      name: "Gardes",
      status: "read",
      layout: "posts-days",
      firstDay: expect.any(Number),
      people: 4,
    });
    expect(t.tabs[0]?.how.map((p) => p.kind)).toEqual([
      "postsRow",
      "namesInCells",
      "daysColumn",
      "postHours",
    ]);
  });

  test("every name in a cell is a person; placeholders and team labels are nobody", () => {
    expect(Object.keys(byName).sort()).toEqual(["Inès Roux", "Léa Dubois", "Marc Petit", "Paul Martin"]);
    expect(t.readingFindings.map((f) => f.details.text)).toEqual(["Équipe mobile"]);
  });

  test("hours come from the post header, by weekday, and a time in the cell wins", () => {
    expect(byName["Léa Dubois"]).toEqual([
      "2026-11-02 20:00-08:00+1 (720 min) Nuit 20h-8h",
      "2026-11-03 20:00-08:00+1 (720 min) Nuit 20h-8h",
      "2026-11-05 08:00-20:00 (720 min) Jour 8h-20h",
      "2026-11-06 08:00-20:00 (720 min) Jour 8h-20h",
      "2026-11-07 09:00-18:00 (540 min) Renfort lun-ven 18h-22h, sam-dim 9h-18h",
      "2026-11-08 10:00-16:00 (360 min) Renfort lun-ven 18h-22h, sam-dim 9h-18h",
    ]);
    // `A/B`: both hold the post that day (Wednesday: the weekday hours).
    expect(byName["Paul Martin"]).toContain(
      "2026-11-04 18:00-22:00 (240 min) Renfort lun-ven 18h-22h, sam-dim 9h-18h",
    );
    expect(byName["Marc Petit"]).toContain(
      "2026-11-04 18:00-22:00 (240 min) Renfort lun-ven 18h-22h, sam-dim 9h-18h",
    );
    const lea = t.persons.find((p) => p.name === "Léa Dubois");
    expect(lea?.sequences[0]?.type).toBe("night");
  });

  test("a name under the Repos column is off that day, not at work", () => {
    const paul = t.persons.find((p) => p.name === "Paul Martin");
    expect(paul?.marks.map((m) => [m.type, m.day - (paul.marks[0]?.day ?? 0)])).toEqual([
      ["rest", 0],
      ["rest", 1],
      ["rest", 2],
      ["rest", 3],
    ]);
    expect(t.tabs[0]?.shifts).toBe(18);
  });
});

/** Two weekly blocks of an English rota: posts down, days across, `Surname, First` names, then report sections. */
function rota(): CellValue[][] {
  const week = (monday: number): string[] =>
    ["Mon", "Tue", "Wed", "Thu", "Fri"].map((d, i) => `${d} ${String(monday + i).padStart(2, "0")}/11/2026`);
  return [
    ["Ward roster", "", "Week commencing 02/11/2026"],
    ["Post", "Hours", ...week(2)],
    ["Early", "07:00-15:00", "Smith, Ann", "Smith, Ann", "Jones, Bob\n08:00-16:00", "unfilled", ""],
    ["Late", "14:00-22:00", "Jones, Bob", "Brown, Cara/Davis, Dan", "Smith, Ann", "Smith, Ann", "Jones, Bob"],
    ["Annual leave", "", "", "", "Brown, Cara", "", ""],
    ["OFF", "", "Davis, Dan", "", "", "", ""],
    [],
    ["Ward roster — week commencing 09/11/2026"],
    ["Post", "Hours", ...week(9)],
    ["Early", "07:00-15:00", "Davis, Dan", "", "", "", "Brown, Cara"],
    ["Late", "14:00-22:00", "Brown, Cara", "", "", "", ""],
    [],
    ["Skills report"],
    ["Report", "Skill", ...week(9)],
    ["Sec", "Secondment", "Evans, Fay\n09:00-17:00", "", "", "", ""],
    [],
    ["Study days"],
    ["Study/Working day", "Mon 09", "Tue 10", "Wed 11", "Thu 12", "Fri 13"],
    ["Study Day", "", "Jones, Bob", "", "", ""],
  ];
}

describe("posts × days, days across the columns (English weekly blocks)", () => {
  const t = read(snapshot([["Roster", rota()]]), { lang: "en" });
  const byName = shiftsByName(t);

  test("every weekly block is read; a report section laid out otherwise is left aside", () => {
    expect(t.tabs[0]).toMatchObject({
      layout: "posts-days",
      status: "partial",
      reason: { kind: "blocksLeft", rows: [13] },
      people: 4,
    });
    expect(Object.keys(byName).sort()).toEqual(["Brown, Cara", "Davis, Dan", "Jones, Bob", "Smith, Ann"]);
  });

  test("`Surname, First` names, the post's hours or the cell's own time line", () => {
    expect(byName["Jones, Bob"]).toEqual([
      "2026-11-02 14:00-22:00 (480 min) Late 14:00-22:00",
      "2026-11-04 08:00-16:00 (480 min) Early 07:00-15:00",
      "2026-11-06 14:00-22:00 (480 min) Late 14:00-22:00",
    ]);
    expect(byName["Brown, Cara"]).toEqual([
      "2026-11-03 14:00-22:00 (480 min) Late 14:00-22:00",
      "2026-11-09 14:00-22:00 (480 min) Late 14:00-22:00",
      "2026-11-13 07:00-15:00 (480 min) Early 07:00-15:00",
    ]);
  });

  test("leave and OFF posts make their names absent or off; a study-day section is read as absences", () => {
    const marks = (name: string): string[] =>
      (t.persons.find((p) => p.name === name)?.marks ?? []).map((m) => `${m.type} ${m.code}`);
    expect(marks("Brown, Cara")).toEqual(["absence Annual leave"]);
    expect(marks("Davis, Dan")).toEqual(["rest OFF"]);
    expect(marks("Jones, Bob")).toEqual(["absence Study Day"]);
    expect(t.tabs[0]).toMatchObject({ absences: 2 });
  });
});

describe("a grid of codes is never taken for posts", () => {
  test("people × days with codes stays people × days", () => {
    const header = ["Nom", ...Array.from({ length: 7 }, (_, i) => i + 1)];
    const values: CellValue[][] = [
      header,
      ["Martin Léa", "M", "S", "N", "CA", "RH", "", "M"],
      ["Dubois Paul", "S", "M", "Mat", "Soir", "", "N", "S"],
      ["Roux Inès", "N", "", "M", "S", "CA", "M", ""],
    ];
    const t = read(snapshot([["Novembre 2026", values]]));
    expect(t.tabs[0]?.layout).toBe("grid-people-days");
    expect(t.persons.map((p) => p.name).sort()).toEqual(["Dubois Paul", "Martin Léa", "Roux Inès"]);
  });

  test("days × people with codes stays days × people", () => {
    const values: CellValue[][] = [["Date", "Léa", "Paul", "Inès"]];
    for (let d = 2; d <= 8; d++) values.push([utc(2026, 11, d), "M", d % 2 ? "S" : "N", "CA"]);
    const t = read(snapshot([["Planning", values]]));
    expect(t.tabs[0]?.layout).toBe("grid-days-people");
  });

  test("a people grid whose cells name places stays a people grid (its rows are people, not posts)", () => {
    const header = ["Nom", ...Array.from({ length: 7 }, (_, i) => i + 1)];
    const values: CellValue[][] = [
      header,
      ["Martin Léa", "Nantes", "Rennes", "Nantes", "", "Angers", "", ""],
      ["Dubois Paul", "Rennes", "Rennes", "Brest", "Brest", "", "", ""],
      ["Roux Inès", "Angers", "", "Nantes", "Rennes", "Lorient", "", ""],
    ];
    const t = read(snapshot([["Novembre 2026", values]]));
    expect(t.tabs[0]?.layout).toBe("grid-people-days");
    const byDays: CellValue[][] = [["Date", "Martin Léa", "Dubois Paul", "Roux Inès"]];
    for (let d = 2; d <= 8; d++) byDays.push([utc(2026, 11, d), "Nantes", "Rennes", "Brest"]);
    const t2 = read(snapshot([["Planning", byDays]]));
    expect(t2.persons.map((p) => p.name).sort()).toEqual(["Dubois Paul", "Martin Léa", "Roux Inès"]);
  });

  test("the setting lecture.<onglet>.disposition = postes names the family; another layout refuses it", () => {
    const override: ReadingOverride = {};
    expect(applyReadingValue(override, "layout", "postes", () => ({}) as never)).toBe(true);
    expect(override.layout).toBe("posts-days");
    const forced = read(snapshot([["Gardes", gardes()]]), {
      settings: { reading: { gardes: { layout: "posts-days" } } },
    });
    expect(forced.tabs[0]).toMatchObject({ layout: "posts-days", people: 4 });
    const refused = read(snapshot([["Gardes", gardes()]]), {
      settings: { reading: { gardes: { layout: "grid-days-people" } } },
    });
    expect(refused.tabs[0]?.layout).not.toBe("posts-days");
  });
});

describe("the hours a post's header gives, by weekday", () => {
  const legend = defaultLegend();
  /** Monday … Sunday as `08:00-13:00`, `untimed`, `rest`, `absence`. */
  const week = (header: string): string[] =>
    postHours(header, legend).duties.map((d) =>
      d.kind === "times" ? `${hhmm(d.start)}-${hhmm(d.end % 1440)}` : d.kind === "off" ? d.type : "untimed",
    );

  test.each([
    ["Nuit 20h-8h", Array(7).fill("20:00-08:00")],
    ["du lundi au vendredi 8h30 à 16h", [...Array(5).fill("08:30-16:00"), "untimed", "untimed"]],
    ["Lun 8h-13h, repos mar-ven", ["08:00-13:00", "rest", "rest", "rest", "rest", "untimed", "untimed"]],
    [
      "Mon-Tue 9-17, Fri off, Sat & Sun 8-19",
      ["09:00-17:00", "09:00-17:00", "untimed", "untimed", "rest", "08:00-19:00", "08:00-19:00"],
    ],
    ["Day off Tue - Thu", ["untimed", "rest", "rest", "rest", "untimed", "untimed", "untimed"]],
    ["W/E cover 0900 - 1700", [...Array(5).fill("untimed"), "09:00-17:00", "09:00-17:00"]],
    ["Second on-call", Array(7).fill("untimed")],
    ["Congés", Array(7).fill("absence")],
    ["Week off", Array(7).fill("rest")],
    ["FY2/CT1-2 13:00 - 23:00", Array(7).fill("13:00-23:00")],
    // A range to or from the week-end (two days) runs to its Sunday or from its Saturday, and ends.
    ["Renfort lun - week-end 9h-18h", Array(7).fill("09:00-18:00")],
    [
      "Renfort week-end - lun 9h-18h",
      ["09:00-18:00", ...Array(4).fill("untimed"), "09:00-18:00", "09:00-18:00"],
    ],
    ["Cover Thu - w/e 8-20", [...Array(3).fill("untimed"), ...Array(4).fill("08:00-20:00")]],
  ])("%s", (header, expected) => {
    expect(week(header)).toEqual(expected);
  });
});
