// Shifts derived from the time written, entry ids carrying their day, and ISO date-times with offsets.
import {
  dayOfEntryId,
  makeEntryId,
  shiftLabelAt,
  shiftOfMinute,
  shiftStartAt,
} from "../../../src/core/handovers";
import { civilDate, epochMsOfIso, isoSecondsWithOffset, zone } from "../../../src/core/time";

const paris = zone("Europe/Paris");
const minutesOf = (iso: string) => Math.floor((epochMsOfIso(iso) as number) / 60000);

describe("shifts", () => {
  it("derives matin / soir / nuit from the wall-clock time, keeping the end of a shift in that shift", () => {
    expect(shiftOfMinute(6 * 60 + 59)).toBe("night");
    expect(shiftOfMinute(7 * 60)).toBe("morning");
    expect(shiftOfMinute(14 * 60 + 30)).toBe("morning");
    expect(shiftOfMinute(21 * 60 + 45)).toBe("evening");
    expect(shiftOfMinute(22 * 60)).toBe("night");
    expect(shiftLabelAt(minutesOf("2026-11-24T14:20:00+01:00"), paris, "fr")).toBe("matin");
    expect(shiftLabelAt(minutesOf("2026-11-24T23:20:00+01:00"), paris, "en")).toBe("night");
  });

  it("starts a night shift the evening before when written after midnight", () => {
    expect(
      isoSecondsWithOffset(shiftStartAt(minutesOf("2026-11-25T05:00:00+01:00"), paris) * 60000, paris),
    ).toBe("2026-11-24T22:00:00+01:00");
  });
});

describe("entry ids", () => {
  it("start with the wall-clock date and time they were made and give their day back", () => {
    const id = makeEntryId(epochMsOfIso("2026-07-01T00:30:05+02:00") as number, paris, "3F9A-1C22-...");
    expect(id).toBe("20260701-003005-3f9a1c");
    expect(civilDate(dayOfEntryId(id) as number)).toBe("2026-07-01");
    expect(dayOfEntryId("nope")).toBeUndefined();
  });
});

describe("ISO date-times with offset", () => {
  it("print to the second in the zone and parse back to the same instant", () => {
    const ms = Date.UTC(2026, 2, 29, 1, 30, 7);
    expect(isoSecondsWithOffset(ms, paris)).toBe("2026-03-29T03:30:07+02:00");
    expect(epochMsOfIso("2026-03-29T03:30:07+02:00")).toBe(ms);
    expect(epochMsOfIso("2026-03-29T01:30:07.250Z")).toBe(ms + 250);
    expect(epochMsOfIso("2026-02-30T01:00:00Z")).toBeNull();
    expect(epochMsOfIso("2026-03-29")).toBeNull();
  });
});
