// Staff tab parsing: headers by name in any order and either language, values, bad cells, and name matching.
import { hasQualification, parseStaffTab, staffMatcher } from "../../../src/core/tabs/staff-tab";

describe("parseStaffTab", () => {
  test("reads the French tab with its documented headers", () => {
    const { staff, findings } = parseStaffTab(
      [
        ["Nom", "Fonction/Qualification", "Heures/semaine", "Unité", "Travailleur de nuit"],
        ["MARTIN Léa", "AES, veilleur", 35, "Foyer A", "oui"],
        ["Durand Paul", "IDE", "17,5 h", "", "non"],
        ["", "", "", "", ""],
        ["Petit Anne", "", "", "IME", ""],
      ],
      "Équipe",
      "fr",
    );
    expect(findings).toEqual([]);
    expect(staff).toEqual([
      {
        name: "MARTIN Léa",
        qualifications: ["aes", "veilleur"],
        weeklyHours: 35,
        unit: "Foyer A",
        nightWorker: true,
        row: 1,
      },
      { name: "Durand Paul", qualifications: ["ide"], weeklyHours: 17.5, nightWorker: false, row: 2 },
      { name: "Petit Anne", qualifications: [], unit: "IME", row: 4 },
    ]);
  });

  test("finds English headers in any order below a title row", () => {
    const { staff, findings } = parseStaffTab(
      [
        ["Team 2026"],
        ["Night worker", "Hours/week", "Name", "Role/Qualification", "Unit"],
        [true, "35h", "Lea Martin", "night watch", "House A"],
      ],
      "Staff",
      "en",
    );
    expect(findings).toEqual([]);
    expect(staff).toEqual([
      {
        name: "Lea Martin",
        qualifications: ["night watch"],
        weeklyHours: 35,
        unit: "House A",
        nightWorker: true,
        row: 2,
      },
    ]);
  });

  test("bad hours and night-worker values are warnings on their cells; the member is kept", () => {
    const { staff, findings } = parseStaffTab(
      [
        ["Nom", "Heures/semaine", "Travailleur de nuit"],
        ["Martin Léa", "temps plein", "peut-être"],
      ],
      "Équipe",
      "fr",
    );
    expect(staff).toEqual([{ name: "Martin Léa", qualifications: [], row: 1 }]);
    expect(findings.map((f) => [f.ruleId, f.severity, f.tab, f.cells])).toEqual([
      ["bad-setting", "warning", "Équipe", ["B2"]],
      ["bad-setting", "warning", "Équipe", ["C2"]],
    ]);
    expect(findings[0]?.message).toContain("temps plein");
  });

  test("a name listed twice (in another word order) is a warning; the first row wins", () => {
    const { staff, findings } = parseStaffTab(
      [
        ["Nom", "Heures/semaine"],
        ["MARTIN Léa", 35],
        ["Léa Martin", 20],
      ],
      "Équipe",
      "fr",
    );
    expect(staff.map((s) => s.weeklyHours)).toEqual([35]);
    expect(findings).toEqual([expect.objectContaining({ cells: ["A3"], severity: "warning" })]);
  });

  test("a tab with content but no header is one warning on A1; an empty tab is nothing", () => {
    expect(parseStaffTab([["Léa", 35]], "Équipe", "fr").findings).toEqual([
      expect.objectContaining({ cells: ["A1"], severity: "warning" }),
    ]);
    expect(parseStaffTab([], "Équipe", "fr")).toEqual({ staff: [], findings: [] });
  });
});

describe("name and qualification matching", () => {
  test("a planning name finds its staff member whatever the case, accents and word order", () => {
    const match = staffMatcher([{ name: "MARTIN Léa", qualifications: [], row: 1 }]);
    expect(match("Lea Martin")?.name).toBe("MARTIN Léa");
    expect(match("martin  LÉA")?.name).toBe("MARTIN Léa");
    expect(match("Martin Louis")).toBeUndefined();
  });

  test("a qualification matches equal or as a whole word, accent- and case-insensitively", () => {
    expect(hasQualification(["veilleur de nuit"], "Veilleur")).toBe(true);
    expect(hasQualification(["ide"], "IDE")).toBe(true);
    expect(hasQualification(["éducatrice"], "educatrice")).toBe(true);
    expect(hasQualification(["veilleuse"], "veilleur")).toBe(false);
    expect(hasQualification(["aide-soignante"], "ide")).toBe(false);
  });
});
