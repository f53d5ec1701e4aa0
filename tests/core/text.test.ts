// foldText: how typed text is compared (settings keys and values, names, codes, tab names).
import { foldText } from "../../src/core/text";

describe("foldText", () => {
  test("trims, lower-cases and drops accents, whatever the spaces around (plain ASCII included)", () => {
    expect(foldText(" non")).toBe("non");
    expect(foldText("Preset ")).toBe("preset");
    expect(foldText("  Équipe  ")).toBe("equipe");
    expect(foldText("MARTIN   Léa")).toBe("martin lea");
  });

  test("unifies dashes and apostrophes as people type them", () => {
    expect(foldText("Mésanges – Novembre")).toBe("mesanges - novembre");
    expect(foldText("L’Hôte")).toBe("l'hote");
  });
});
