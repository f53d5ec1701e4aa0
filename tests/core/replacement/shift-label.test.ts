// The shift asked for by the legend's label ("nuit", "soir", "Matin") as well as its code, accents and case aside.
import { checkWorkbook } from "../../../src/core/check/check";
import { findReplacements, ReplacementError } from "../../../src/core/replacement";
import type { CellValue } from "../../../src/core/workbook";
import { sundayEvening } from "./scenarios";
import { row, workbook } from "./support";

/** The demo's legend: labels with remarks in brackets, and an absence. */
const CODES: CellValue[][] = [
  ["Code", "Libellé", "Début", "Fin", "Pause (min)", "Type"],
  ["M", "Matin", "07:00", "14:00", 20, "travail"],
  ["S", "Soir", "14:00", "22:00", 20, "travail"],
  ["J", "Journée (maîtresse de maison)", "09:00", "17:00", 60, "travail"],
  ["N", "Nuit (veille active)", "21:00", "07:00", 20, "nuit"],
  ["NV", "Nuit (veille couchée)", "22:00", "07:00", 0, "veille"],
  ["AM", "Arrêt maladie", "", "", 0, "absence"],
  ["R", "Repos", "", "", 0, "repos"],
];

function input(codes: CellValue[][] = CODES) {
  const snapshot = workbook({ ...sundayEvening.rows, "VEILLE Noé": row("R", "N") }, sundayEvening.staff);
  snapshot.tabs.push({ name: "Codes", values: codes });
  return checkWorkbook(snapshot);
}

const vacancy = (shift: string, codes?: CellValue[][]) =>
  findReplacements(input(codes), { date: "2026-11-15", shift, absent: "MARTIN Léa" }, { swaps: "never" })
    .vacancy;

describe("the date-and-shift search reads the legend's labels", () => {
  test.each([
    ["soir", "S", "14:00–22:00"],
    ["Soir", "S", "14:00–22:00"],
    ["  MATIN ", "M", "07:00–14:00"],
    ["journee", "J", "09:00–17:00"],
    ["S", "S", "14:00–22:00"],
    ["m", "M", "07:00–14:00"],
  ])("%j is the shift %s (%s), and the code is what is written", (asked, code, times) => {
    const v = vacancy(asked);
    expect(v).toMatchObject({ code, shift: code, times });
  });

  test("a label whose remarks differ is ambiguous: refused, naming the codes to choose from", () => {
    expect(() => vacancy("nuit")).toThrow(
      new ReplacementError(
        "unknown-shift",
        "« nuit » est le libellé de plusieurs codes de la légende (N, NV) : indiquez le code",
      ),
    );
    expect(vacancy("Nuit (veille active)")).toMatchObject({ code: "N", times: "21:00–07:00" });
  });

  test("with one night in the legend, « nuit » is it", () => {
    const oneNight = CODES.filter((r) => r[0] !== "NV");
    expect(vacancy("nuit", oneNight)).toMatchObject({ code: "N", shift: "N", type: "night" });
    expect(vacancy("NUIT", oneNight).code).toBe("N");
  });

  test("the label of an absence is no shift, and a word the legend does not know is refused as before", () => {
    expect(() => vacancy("arrêt maladie")).toThrow("arrêt maladie n'est pas un poste de travail");
    expect(() => vacancy("goûter")).toThrow("poste inconnu : goûter");
  });
});
