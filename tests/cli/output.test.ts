// Terminal output helpers: colours only when wanted, aligned tables that wrap, progress only on a TTY.
import { colorsWanted, palette, stripAnsi } from "../../src/cli/output/colors";
import { createProgress } from "../../src/cli/output/progress";
import { displayWidth, renderTable } from "../../src/cli/output/table";
import { safeStream } from "../../src/cli/output/terminal-text";

describe("colours", () => {
  test("on a TTY only, never with NO_COLOR or TERM=dumb, forced by FORCE_COLOR", () => {
    expect(colorsWanted({ isTTY: true }, {})).toBe(true);
    expect(colorsWanted({ isTTY: false }, {})).toBe(false);
    expect(colorsWanted({}, {})).toBe(false);
    expect(colorsWanted({ isTTY: true }, { NO_COLOR: "1" })).toBe(false);
    expect(colorsWanted({ isTTY: true }, { TERM: "dumb" })).toBe(false);
    expect(colorsWanted({ isTTY: false }, { FORCE_COLOR: "1" })).toBe(true);
    expect(colorsWanted({ isTTY: false }, { FORCE_COLOR: "1", NO_COLOR: "1" })).toBe(false);
  });

  test("a plain palette leaves text unchanged; a coloured one wraps it in escapes", () => {
    expect(palette(false).red("Erreur")).toBe("Erreur");
    const red = palette(true).red("Erreur");
    expect(red).not.toBe("Erreur");
    expect(stripAnsi(red)).toBe("Erreur");
  });
});

describe("renderTable", () => {
  test("aligns columns by display width (accents and colours count as one column)", () => {
    const lines = renderTable(
      ["Règle", "Personne", "Message"],
      [
        [palette(true).red("Repos"), "Léa", "court"],
        ["Chevauchement", "Hugo", "long"],
      ],
    );
    expect(lines.map(stripAnsi)).toEqual([
      "Règle          Personne  Message",
      "Repos          Léa       court",
      "Chevauchement  Hugo      long",
    ]);
    expect(displayWidth("Léa")).toBe(3);
    expect(displayWidth("Le\u0301a")).toBe(3);
  });

  test("wraps the last column under itself to fit the width", () => {
    const lines = renderTable(["A", "Message"], [["x", "un deux trois quatre cinq six sept huit neuf dix"]], {
      maxWidth: 25,
    });
    expect(lines.every((l) => displayWidth(l) <= 25)).toBe(true);
    expect(lines.slice(1).join(" ").replace(/\s+/g, " ")).toBe(
      "x un deux trois quatre cinq six sept huit neuf dix",
    );
    expect(lines[2]?.startsWith("   ")).toBe(true);
  });
});

describe("progress", () => {
  const stream = (isTTY: boolean) => {
    const written: string[] = [];
    return { isTTY, written, write: (t: string) => written.push(t) };
  };

  test("nothing at all when the stream is not a TTY", () => {
    const s = stream(false);
    const p = createProgress(s, { delayMs: 0 });
    p.update("Lecture 1/3");
    p.done();
    expect(s.written).toEqual([]);
  });

  test("on a TTY: nothing during the delay, then one rewritten line, erased at the end", () => {
    let now = 0;
    const s = stream(true);
    const p = createProgress(safeStream(s), { delayMs: 300, now: () => now });
    p.update("Lecture 1/3");
    expect(s.written).toEqual([]);
    now = 400;
    p.update("Lecture 2/3");
    p.update("Lecture 3/3");
    p.done();
    expect(s.written).toEqual(["\rLecture 2/3\u001b[K", "\rLecture 3/3\u001b[K", "\r\u001b[K"]);
  });
});
