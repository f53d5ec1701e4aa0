// The Résidents tab: names, unit and the Actif column, read whatever the header language.
import { activeResidentNames, readResidents } from "../../../src/core/tabs/residents-tab";

describe("Résidents tab", () => {
  it("reads Nom | Unité | Actif and keeps active residents only for the picker", () => {
    const residents = readResidents([
      ["Nom", "Unité", "Actif"],
      ["Martin Léa", "Les Tilleuls", "oui"],
      ["Bernard Noé", "Les Tilleuls", "non"],
      ["Zoé Petit", "Les Chênes", ""],
      ["", "x", "oui"],
      ["Martin Léa", "doublon", "oui"],
      ["Élie Durand", "Les Chênes", true],
    ]);
    expect(residents).toHaveLength(4);
    expect(residents[1]).toEqual({ name: "Bernard Noé", unit: "Les Tilleuls", active: false });
    expect(activeResidentNames(residents)).toEqual(["Élie Durand", "Martin Léa", "Zoé Petit"]);
  });

  it("reads an English tab, and column A from row 2 when the header is not recognised", () => {
    expect(
      readResidents([
        ["Name", "Active"],
        ["Sam", "no"],
        ["Ann", "yes"],
      ]).map((r) => r.active),
    ).toEqual([false, true]);
    expect(readResidents([["Martin Léa"], ["Zoé Petit"]]).map((r) => r.name)).toEqual(["Zoé Petit"]);
  });
});
