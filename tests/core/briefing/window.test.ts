// The window of entries a briefing covers.
import { briefingWindow } from "../../../src/core/briefing";
import { zone } from "../../../src/core/time";

const PARIS = zone("Europe/Paris");
const ms = (iso: string) => Date.parse(iso);

describe("briefingWindow", () => {
  test("today: the last 24 h up to now when there is no previous briefing", () => {
    const w = briefingWindow({
      date: "2026-11-24",
      zone: PARIS,
      nowMs: ms("2026-11-24T07:03:00+01:00"),
      hour: 7,
    });
    expect(w).toEqual({ sinceMs: ms("2026-11-23T07:03:00+01:00"), untilMs: ms("2026-11-24T07:03:00+01:00") });
  });

  test("since the previous briefing, over a weekend too", () => {
    const w = briefingWindow({
      date: "2026-11-23",
      zone: PARIS,
      nowMs: ms("2026-11-23T07:05:00+01:00"),
      hour: 7,
      previousMs: ms("2026-11-20T07:04:00+01:00"),
    });
    expect(w.sinceMs).toBe(ms("2026-11-20T07:04:00+01:00"));
  });

  test("a past date ends at that day's briefing hour; a previous briefing older than a week is ignored", () => {
    const w = briefingWindow({
      date: "2026-11-20",
      zone: PARIS,
      nowMs: ms("2026-11-24T10:00:00+01:00"),
      hour: 6,
      previousMs: ms("2026-11-01T07:00:00+01:00"),
    });
    expect(w).toEqual({ sinceMs: ms("2026-11-19T06:00:00+01:00"), untilMs: ms("2026-11-20T06:00:00+01:00") });
  });

  test("the briefing hour is wall-clock time across a daylight-saving change", () => {
    const w = briefingWindow({
      date: "2026-03-29",
      zone: PARIS,
      nowMs: ms("2026-04-02T10:00:00+02:00"),
      hour: 7,
    });
    expect(w.untilMs).toBe(ms("2026-03-29T07:00:00+02:00"));
    expect(w.untilMs - w.sinceMs).toBe(24 * 3600_000);
  });
});
