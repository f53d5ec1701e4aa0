// Who is suitable, possible or not available, the one line that says why, and an information that is only a note.
import { findReplacements } from "../../../src/core/replacement";
import { nightWithVeilleur, sundayEvening } from "./scenarios";
import { checked, row, type StaffRow } from "./support";

const byName = (list: ReadonlyArray<{ name: string }>, name: string) => {
  const found = list.find((c) => c.name === name);
  if (!found) throw new Error(`no candidate ${name}`);
  return found;
};

describe("a candidate whose only new finding is an information (hours above the contract)", () => {
  // Marc works J Monday to Friday: 147 h in November. At 32 h a week (137 h 09), S on Sunday 15 brings him from
  // +7 % (under the 10 % threshold) to +13 %: an information, nothing else. Paul works M that day (15 h: error).
  const rows = {
    "MARTIN Léa": row("J", "R", { 15: "S" }),
    "BERNARD Marc": row("J", "R"),
    "DURAND Paul": row("J", "R", { 15: "M" }),
  };
  const staff: StaffRow[] = [
    ["MARTIN Léa", "éducatrice", 35],
    ["BERNARD Marc", "éducateur", 32],
    ["DURAND Paul", "éducateur", 35],
  ];
  const result = findReplacements(checked(rows, staff), {
    date: "2026-11-15",
    shift: "S",
    absent: "MARTIN Léa",
  });
  const marc = result.candidates[0];

  test("is suitable, first, with the information as a note; no swap is searched", () => {
    expect(marc?.name).toBe("BERNARD Marc");
    expect(marc?.newFindings.map((f) => [f.ruleId, f.severity])).toEqual([["contract-hours", "info"]]);
    expect(marc).toMatchObject({ clean: false, suitable: true, availability: "suitable", worst: "info" });
    expect(marc?.note).toBe(marc?.newFindings[0]?.message);
    expect(marc?.note).toContain("155 h planifiées en novembre 2026 pour 137 h 09 au contrat");
    expect(result.swapSearch.status).toBe("not-needed");
  });

  test("a clean candidate still comes before one with a note", () => {
    const julie = { ...rows, "ROUX Julie": row("J", "R", { 7: "M" }) };
    const again = findReplacements(checked(julie, [...staff, ["ROUX Julie", "éducatrice", 35]]), {
      date: "2026-11-15",
      shift: "S",
      absent: "MARTIN Léa",
    });
    expect(again.candidates.map((c) => [c.name, c.availability, c.clean])).toEqual([
      ["ROUX Julie", "suitable", true],
      ["BERNARD Marc", "suitable", false],
      ["DURAND Paul", "unavailable", false],
    ]);
  });
});

describe("not available, with the one line that says why", () => {
  const input = checked(
    { ...sundayEvening.rows, "MOREL Ines": row("J", "R", { 15: "S" }) },
    sundayEvening.staff,
  );
  const result = findReplacements(input, { date: "2026-11-15", shift: "S", absent: "MARTIN Léa" });

  test("suitable, then possible (warnings only), then not available (absent, already working then, errors)", () => {
    expect(result.candidates.map((c) => [c.name, c.availability])).toEqual([
      ["BERNARD Marc", "suitable"],
      ["ROUX Julie", "suitable"],
      ["FAURE Tom", "possible"],
      ["LEROY Sam", "unavailable"],
      ["PETIT Anne", "unavailable"],
      ["DURAND Paul", "unavailable"],
      ["MOREL Ines", "unavailable"],
    ]);
  });

  test("each note is one reason: on leave, already on that shift, the first error, the first warning", () => {
    expect(byName(result.candidates, "LEROY Sam")).toMatchObject({ note: "Absent(e) ce jour (CA)." });
    expect(byName(result.candidates, "MOREL Ines")).toMatchObject({ note: "Travaille déjà ce jour : S." });
    expect(byName(result.candidates, "PETIT Anne")).toMatchObject({
      note: "Repos quotidien de 9 h entre le 15/11 22:00 et le 16/11 07:00 (minimum 11 h).",
    });
    expect(byName(result.candidates, "FAURE Tom")).toMatchObject({
      note: "10 jours travaillés d'affilée du 11/11 au 20/11 (maximum 6 jours).",
    });
    expect(byName(result.candidates, "BERNARD Marc")).toMatchObject({
      note: "",
      job: "éducateur",
      unit: null,
    });
  });

  test("a missing required qualification makes a person not available, and says which", () => {
    const night = findReplacements(checked(nightWithVeilleur.rows, nightWithVeilleur.staff, "ccn66"), {
      date: "2026-11-10",
      shift: "N",
      absent: "NUIT Claire",
      qualification: "veilleur",
    });
    expect(byName(night.candidates, "BLANC Eva")).toMatchObject({
      availability: "unavailable",
      note: "N'a pas la qualification « veilleur » (qualifications : éducatrice).",
    });
  });
});
