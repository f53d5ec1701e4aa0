// Person identity: case, accents and spacing ignored; "NOM Prénom" and "Prénom NOM" merged only when safe.
import { nameKey, resolvePersonKeys } from "../../../src/core/planning/names";

const resolve = (occurrences: Array<[string, string]>): string[] => {
  const keys = resolvePersonKeys(occurrences.map(([name, tab]) => ({ name, tab })));
  return occurrences.map(([name]) => keys.get(nameKey(name)) as string);
};

describe("person identity", () => {
  test("trimmed, case-, accent- and whitespace-insensitive", () => {
    const keys = resolve([
      ["Martin Léa", "A"],
      ["  MARTIN   LEA ", "B"],
      ["martin léa", "C"],
    ]);
    expect(new Set(keys).size).toBe(1);
    expect(keys[0]).toBe("martin lea");
  });

  test("word order is merged across tabs", () => {
    const keys = resolve([
      ["MARTIN Léa", "Novembre"],
      ["Léa MARTIN", "Décembre"],
      ["Léa Martin", "IME"],
    ]);
    expect(new Set(keys).size).toBe(1);
  });

  test("both orders in one tab without capitals are two people", () => {
    const keys = resolve([
      ["Paul Martin", "Novembre"],
      ["Martin Paul", "Novembre"],
    ]);
    expect(new Set(keys).size).toBe(2);
  });

  test("capitals that name different surnames keep two people apart", () => {
    const keys = resolve([
      ["MARTIN Paul", "A"],
      ["PAUL Martin", "B"],
    ]);
    expect(new Set(keys).size).toBe(2);
  });

  test("capitals that agree merge even within one tab", () => {
    const keys = resolve([
      ["MARTIN Léa", "A"],
      ["Léa MARTIN", "A"],
    ]);
    expect(new Set(keys).size).toBe(1);
  });

  test("different people stay different", () => {
    expect(
      new Set(
        resolve([
          ["Martin Léa", "A"],
          ["Martin Lucas", "A"],
          ["Léa", "A"],
        ]),
      ).size,
    ).toBe(3);
  });
});
