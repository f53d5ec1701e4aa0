// Planning cell notations: codes, time ranges as people type them, codes with times, and impossible times.
import { cellParser, type ParsedCell, parseCell } from "../../../src/core/planning/cell";
import { defaultLegend, makeLegend } from "../../../src/core/planning/legend";

const legend = defaultLegend();
const parse = (text: string): ParsedCell => parseCell(text, legend);
const ranges = (text: string): Array<[number, number]> | string => {
  const parsed = parse(text);
  return parsed.kind === "times" ? parsed.ranges.map((r) => [r.start, r.end]) : parsed.kind;
};
const H = 60;

describe("parseCell", () => {
  test("empty and filler cells plan nothing", () => {
    for (const text of ["", "   ", "-", "–", "/", "."]) expect(parse(text).kind).toBe("empty");
  });

  test("legend codes are case-, space- and accent-insensitive", () => {
    for (const text of ["M", "m", " M ", "rh", "R H", "cv", "Veille", "veille", "CP"]) {
      expect(parse(text).kind).toBe("code");
    }
    const cp = parse("cp");
    expect(cp.kind === "code" && cp.code.code).toBe("CA");
  });

  test.each([
    ["7h-14h30", [[7 * H, 14 * H + 30]]],
    ["7h–14h30", [[7 * H, 14 * H + 30]]],
    ["7h—14h30", [[7 * H, 14 * H + 30]]],
    ["07:00-14:30", [[7 * H, 14 * H + 30]]],
    ["7:00 - 14:30", [[7 * H, 14 * H + 30]]],
    ["7 h - 14 h", [[7 * H, 14 * H]]],
    ["7h à 14h", [[7 * H, 14 * H]]],
    ["de 7h à 14h", [[7 * H, 14 * H]]],
    ["7H-14H", [[7 * H, 14 * H]]],
    ["0700-1430", [[7 * H, 14 * H + 30]]],
    ["7-14", [[7 * H, 14 * H]]],
    ["14h-24h", [[14 * H, 24 * H]]],
    ["0h-24h", [[0, 24 * H]]],
    ["00:00-24:00", [[0, 24 * H]]],
    ["7h-24h", [[7 * H, 24 * H]]],
    ["21h-7h", [[21 * H, 31 * H]]],
    ["22h-0h", [[22 * H, 24 * H]]],
    [
      "7h30-12h / 17h-21h",
      [
        [7 * H + 30, 12 * H],
        [17 * H, 21 * H],
      ],
    ],
    [
      "7h30-12h + 17h-21h",
      [
        [7 * H + 30, 12 * H],
        [17 * H, 21 * H],
      ],
    ],
    [
      "7h30-12h et 17h-21h",
      [
        [7 * H + 30, 12 * H],
        [17 * H, 21 * H],
      ],
    ],
    [
      "22h-2h / 3h-6h",
      [
        [22 * H, 26 * H],
        [27 * H, 30 * H],
      ],
    ],
  ])("%s is read as explicit times", (text, expected) => {
    expect(ranges(text)).toEqual(expected);
  });

  test.each([
    ["7 15:30", [[7 * H, 15 * H + 30]]],
    ["7h 14h", [[7 * H, 14 * H]]],
    ["7 h 14 h", [[7 * H, 14 * H]]],
    ["07:00 14:30", [[7 * H, 14 * H + 30]]],
    ["20 7", [[20 * H, 31 * H]]],
    ["22:00 06:00", [[22 * H, 30 * H]]],
    [
      "8:30 12:45 16:30 20:15",
      [
        [8 * H + 30, 12 * H + 45],
        [16 * H + 30, 20 * H + 15],
      ],
    ],
    ["7,5-17", [[7 * H + 30, 17 * H]]],
    ["7.5-17", [[7 * H + 30, 17 * H]]],
    ["7,25-15,75", [[7 * H + 15, 15 * H + 45]]],
    ["6,5h-14h", [[6 * H + 30, 14 * H]]],
    ["20.30-7.00", [[20 * H + 30, 31 * H]]],
    ["7:00\n14:00", [[7 * H, 14 * H]]],
    [
      "7h-12h\n17h-21h",
      [
        [7 * H, 12 * H],
        [17 * H, 21 * H],
      ],
    ],
    ["6h-18h", [[6 * H, 18 * H]]],
    ["6h30-14h", [[6 * H + 30, 14 * H]]],
    [
      "7-12,14-18",
      [
        [7 * H, 12 * H],
        [14 * H, 18 * H],
      ],
    ],
  ])("%s, typed as people type it, is read as times", (text, expected) => {
    expect(ranges(text)).toEqual(expected);
  });

  test("bare numbers stay numbers: a total, a count, a list of numbers or a pair that is no hours", () => {
    for (const text of [
      "35",
      "7",
      "7,5",
      "10.25",
      "8.75",
      "8.75\n8.75",
      "25 7",
      "7 7",
      "1 2 3",
      "8 12 14 18",
      "12.11 13.11",
    ]) {
      expect(parse(text).kind).toBe("unknown");
    }
  });

  test("times apart with something wrong are impossible times, not numbers", () => {
    expect(parse("8:30 12:45 16:30")).toEqual({ kind: "bad-time", reason: "missingEnd" });
    expect(parse("7:70 15:00")).toEqual({ kind: "bad-time", reason: "minute" });
    expect(parse("24:00 8:00")).toEqual({ kind: "bad-time", reason: "startAt24" });
  });

  test("a code with times apart or bare: `M 7-14`, `M 7 14`", () => {
    for (const text of ["M 7-14", "M 7 14", "M 7h 14h"]) {
      const parsed = parse(text);
      expect(parsed.kind === "times" && parsed.code?.code).toBe("M");
      expect(parsed.kind === "times" && parsed.ranges).toEqual([{ start: 7 * H, end: 14 * H }]);
    }
  });

  test("a work code with one bare hour starts its shift then, lasting as long as the legend says", () => {
    const night = parse("N 20");
    expect(night.kind === "times" && night.ranges).toEqual([{ start: 20 * H, end: 30 * H }]);
    expect(night.kind === "times" && night.code?.code).toBe("N");
    const withTag = makeLegend(
      [{ code: "C", label: "Coupé", type: "work", start: 18 * H, end: 23 * H, breakMinutes: 0 }],
      "tab",
    );
    const c = parseCell("C 20 E", withTag);
    expect(c.kind === "times" && c.ranges).toEqual([{ start: 20 * H, end: 25 * H }]);
    // Unknown code, a code without hours, an absence, or a number that is no hour: not understood.
    expect(parse("C 20 E").kind).toBe("unknown");
    expect(parse("FO 20").kind).toBe("unknown");
    expect(parse("M 31").kind).toBe("unknown");
    const ca = parse("CA 20");
    expect(ca.kind === "unknown" && ca.code?.code).toBe("CA");
  });

  test("a work code with times: the times win, the code gives the type", () => {
    for (const text of ["M 7h-14h", "M: 7h-14h", "m (7h-14h)", "7h-14h (M)", "Matin 7h-14h"]) {
      const parsed = parse(text);
      expect(parsed.kind).toBe("times");
      if (parsed.kind === "times") {
        expect(parsed.code?.code).toBe("M");
        expect(parsed.ranges).toEqual([{ start: 7 * H, end: 14 * H }]);
      }
    }
    const night = parse("N 22h-6h");
    expect(night.kind === "times" && night.code?.type).toBe("night");
  });

  test.each([
    ["25h-7h", "hour"],
    ["7h-7h", "same"],
    ["14h30-", "missingEnd"],
    ["7h", "missingEnd"],
    ["-14h", "missingStart"],
    ["7h70-14h", "minute"],
    ["24h-7h", "startAt24"],
    ["24:00-8:00", "startAt24"],
    ["7h-12h / 25h-26h", "hour"],
    ["99999h-7h", "hour"],
    ["7h-120h", "hour"],
    ["120:00-7:00", "hour"],
  ])("%s is an impossible time (%s)", (text, reason) => {
    expect(parse(text)).toEqual({ kind: "bad-time", reason });
  });

  test("anything else is unknown, and an absence code with times too", () => {
    for (const text of ["XX", "?", "7", "RDV 14h", "24/11", "X 7h-14h", "7h-14h (ZZ)"]) {
      expect(parse(text).kind).toBe("unknown");
    }
    const ca = parse("CA 7h-14h");
    expect(ca.kind === "unknown" && ca.code?.code).toBe("CA");
  });

  test("the cached parser returns the same result object for the same text", () => {
    const cached = cellParser(legend);
    const a = cached("7h-14h");
    expect(cached("7h-14h")).toBe(a);
    expect(a).toEqual(parse("7h-14h"));
  });
});
