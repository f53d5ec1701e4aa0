// Shared helpers: finding cells, planned-range coverage, per-date shares and working days.
import { cellsOf } from "../../../src/core/rules/finding";
import { coversDays, forEachDateShare, groupWorkingDays } from "../../../src/core/rules/working-days";
import { defaultSettings } from "../../../src/core/settings";
import { civilDate, dayNumber } from "../../../src/core/time";
import { at, buildTimeline } from "../support/timeline-builder";

describe("cellsOf", () => {
  test("plain A1 in one tab, duplicates dropped, order kept", () => {
    const refs = [
      { tab: "Nov", row: 11, col: 5 },
      { tab: "Nov", row: 11, col: 6 },
      { tab: "Nov", row: 11, col: 5 },
    ];
    expect(cellsOf(refs)).toEqual({ tab: "Nov", cells: ["F12", "G12"] });
  });
  test("every cell qualified (quotes doubled) when they span tabs; long lists deduplicated too", () => {
    const refs = [
      { tab: "L'IME", row: 0, col: 0 },
      { tab: "Foyer", row: 1, col: 1 },
    ];
    expect(cellsOf(refs)).toEqual({ tab: "L'IME", cells: ["'L''IME'!A1", "'Foyer'!B2"] });
    const many = Array.from({ length: 60 }, (_, i) => ({ tab: "T", row: 0, col: i % 30 }));
    expect(cellsOf(many).cells).toHaveLength(30);
  });
  test("no cell, no tab", () => {
    expect(cellsOf([])).toEqual({ tab: null, cells: [] });
  });
});

describe("coversDays", () => {
  const d = dayNumber;
  test("adjacent ranges join (the 31st meets the 1st); a gap breaks coverage", () => {
    const ranges: Array<[number, number]> = [
      [d("2026-10-01"), d("2026-10-31")],
      [d("2026-11-01"), d("2026-11-30")],
      [d("2026-12-02"), d("2026-12-31")],
    ];
    expect(coversDays(ranges, d("2026-10-26"), d("2026-11-01"))).toBe(true);
    expect(coversDays(ranges, d("2026-11-30"), d("2026-12-06"))).toBe(false);
    expect(coversDays(ranges, d("2026-09-30"), d("2026-10-02"))).toBe(false);
  });
});

describe("forEachDateShare", () => {
  test("a night on 31 October splits at real midnight between the two dates (and months)", () => {
    const timeline = buildTimeline([at("A", "2026-10-31", "21:00-07:00")]);
    const [night] = timeline.persons[0]?.sequences ?? [];
    if (!night) throw new Error("no night");
    const shares: Array<[string, number]> = [];
    forEachDateShare(night, timeline.zone, defaultSettings().sleepIn, (day, minutes) => {
      shares.push([civilDate(day), minutes]);
    });
    expect(shares).toEqual([
      ["2026-10-31", 180],
      ["2026-11-01", 420],
    ]);
  });
  test("a sleep-in counts by its equivalence: 9 h → 3 h, 12 h → 4 h 30", () => {
    const timeline = buildTimeline([at("A", "2026-11-16", "CV"), at("A", "2026-11-18", "CV 19:00-07:00")]);
    const totals: number[] = [];
    for (const s of timeline.persons[0]?.sequences ?? []) {
      let total = 0;
      forEachDateShare(s, timeline.zone, defaultSettings().sleepIn, (_, m) => {
        total += m;
      });
      totals.push(total);
    }
    expect(totals).toEqual([180, 270]);
  });
});

describe("groupWorkingDays", () => {
  test("sequences starting on one date form one working day, a night belongs to its start date", () => {
    const timeline = buildTimeline([
      at("A", "2026-11-16", "07:30-12:00 / 17:00-21:00", "T1"),
      at("A", "2026-11-16", "22:00-23:00", "T2"),
      at("A", "2026-11-17", "21:00-07:00"),
    ]);
    const days = groupWorkingDays(timeline.persons[0]?.sequences ?? [], defaultSettings().sleepIn);
    expect(days.map((wd) => [civilDate(wd.day), wd.sequences.length, wd.countedMinutes])).toEqual([
      ["2026-11-16", 3, 270 + 240 + 60],
      ["2026-11-17", 1, 600],
    ]);
    expect(days[0]?.lastEnd).toBe(days[0]?.last.end);
  });
});
