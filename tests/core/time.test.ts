// Zone math on both 2026 daylight-saving transitions of Europe/Paris, and 1899 time cells (Paris Mean Time).
import { civilDate, dayNumber, hhmm, isoWithOffset, wallPartsOfDate, zone } from "../../src/core/time";

const paris = zone("Europe/Paris");
const H = 60;
const utcMinutes = (iso: string): number => Date.parse(iso) / 60000;

describe("zone Europe/Paris, 2026", () => {
  test("offsets around the spring change (Sunday 29 March, 02:00 → 03:00)", () => {
    expect(paris.offsetAt(utcMinutes("2026-03-29T00:59:00Z"))).toBe(60);
    expect(paris.offsetAt(utcMinutes("2026-03-29T01:00:00Z"))).toBe(120);
  });

  test("offsets around the autumn change (Sunday 25 October, 03:00 → 02:00)", () => {
    expect(paris.offsetAt(utcMinutes("2026-10-25T00:59:00Z"))).toBe(120);
    expect(paris.offsetAt(utcMinutes("2026-10-25T01:00:00Z"))).toBe(60);
  });

  test("a night 21:00→07:00 lasts 9 h on 28→29 March and 11 h on 24→25 October, 10 h otherwise", () => {
    const night = (date: string): number => {
      const d = dayNumber(date);
      return paris.toInstant(d, 31 * H) - paris.toInstant(d, 21 * H);
    };
    expect(night("2026-03-28")).toBe(9 * H);
    expect(night("2026-10-24")).toBe(11 * H);
    expect(night("2026-03-27")).toBe(10 * H);
    expect(night("2026-10-25")).toBe(10 * H);
  });

  test("a skipped wall time moves forward by the gap; a repeated one is its first occurrence", () => {
    expect(isoWithOffset(paris.toInstant(dayNumber("2026-03-29"), 2 * H + 30), paris)).toBe(
      "2026-03-29T03:30:00+02:00",
    );
    const first = paris.toInstant(dayNumber("2026-10-25"), 2 * H + 30);
    expect(first).toBe(utcMinutes("2026-10-25T00:30:00Z"));
    expect(isoWithOffset(first, paris)).toBe("2026-10-25T02:30:00+02:00");
  });

  test("toWall inverts toInstant on both transition days", () => {
    for (const date of ["2026-03-29", "2026-10-25"]) {
      const d = dayNumber(date);
      for (const minute of [0, 60, 180, 420, 1260, 1439]) {
        const wall = paris.toWall(paris.toInstant(d, minute));
        expect(`${civilDate(wall.day)} ${hhmm(wall.minute)}`).toBe(`${date} ${hhmm(minute)}`);
      }
    }
  });

  test("Sheets time cells on 30/12/1899 read back their wall-clock time despite Paris Mean Time (+0:09:21)", () => {
    const sevenThirty = new Date(Date.UTC(1899, 11, 30, 7, 30) - (9 * 60 + 21) * 1000);
    expect(wallPartsOfDate(sevenThirty, paris)).toMatchObject({
      year: 1899,
      month: 12,
      day: 30,
      hour: 7,
      minute: 30,
    });
    expect(wallPartsOfDate(new Date(Date.UTC(1899, 11, 30, 7, 30)), "utc")).toMatchObject({
      hour: 7,
      minute: 30,
    });
  });
});
