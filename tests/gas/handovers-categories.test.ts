// Handover categories configured in the Paramètres tab: offered by the sidebar, the only ones the server accepts.
import { addHandover, getSidebarData } from "../../src/gas/main";
import type { FakeAppsScript } from "../fakes";
import { INPUT, RESIDENTS, setUp, tearDown } from "./handovers-setup";

let fake: FakeAppsScript;
afterEach(() => tearDown(fake));

const SETTINGS = [
  ["clé", "valeur", "explication"],
  ["transmissions.catégories", "Santé, Sommeil ; Scolarité, Sortie"],
];

describe("configured handover categories", () => {
  it("the sidebar offers the establishment's list, in its order", () => {
    fake = setUp({ sheets: { Résidents: RESIDENTS, Paramètres: SETTINGS } });
    expect(getSidebarData().categories).toEqual(["Santé", "Sommeil", "Scolarité", "Sortie"]);
  });

  it("accepts a configured category however it is typed, stored as configured", () => {
    fake = setUp({ sheets: { Résidents: RESIDENTS, Paramètres: SETTINGS } });
    expect(addHandover({ ...INPUT, category: "  sommeil " }).category).toBe("Sommeil");
  });

  it("refuses a default category that the establishment did not keep, naming the field", () => {
    fake = setUp({ sheets: { Résidents: RESIDENTS, Paramètres: SETTINGS } });
    expect(() => addHandover({ ...INPUT, category: "Famille" })).toThrow(/Catégorie/);
  });

  it("without the setting, the default list (either language) applies", () => {
    fake = setUp();
    expect(getSidebarData().categories).toContain("Rendez-vous");
    expect(addHandover({ ...INPUT, category: "Appointment" }).category).toBe("Rendez-vous");
  });
});
