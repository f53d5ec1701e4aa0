// "Qui peut remplacer ?" under the Apps Script fake: selection → ranked list, the one-cell write under the lock, exact undo.

import {
  applyReplacement,
  findReplacementsFor,
  findReplacementsForSelection,
  undoReplacement,
} from "../../src/gas/main";
import type { ReplacementList } from "../../src/gas/replacement/api-types";
import { UNDO_KEY } from "../../src/gas/replacement/undo-store";
import type { FakeAppsScript, FakeSheet } from "../fakes";
import { checkWorld, syntheticValues } from "./check-world";

const NOV = "Hirondelles - Novembre 2026";

let fake: FakeAppsScript;

beforeEach(() => {
  fake = checkWorld({ months: 1 });
});
afterEach(() => {
  fake.uninstall();
});

function tab(name = NOV): FakeSheet {
  return fake.spreadsheet.getSheetByName(name) as FakeSheet;
}

/** Selects one cell (or a range) of a tab, as the user would by clicking. */
function select(a1: string, name = NOV): void {
  fake.spreadsheet.setActiveRange(tab(name).getRange(a1));
}

/** Every value of every tab (the whole workbook as a user sees it). */
function workbookValues(): string {
  return JSON.stringify(fake.spreadsheet.getSheets().map((s) => [s.getName(), s.valuesOf()]));
}

function value(a1: string, name = NOV): unknown {
  return tab(name).getRange(a1).getValue();
}

/** Petit Camille's evening (S) of Friday 27/11 is the vacancy: AC7. */
function listForCamille(): ReplacementList {
  select("AC7");
  return findReplacementsForSelection();
}

function firstPlacedClean(list: ReplacementList) {
  const chosen = list.candidates.find((c) => c.clean && c.placement !== null);
  if (!chosen?.placement) throw new Error("no clean candidate with a cell in this world");
  return { chosen, placement: chosen.placement };
}

describe("findReplacementsForSelection", () => {
  test("the selected shift is the vacancy: clean candidates come first, each with reasons and the cell to write", () => {
    const list = listForCamille();
    expect(list.vacancy).toMatchObject({
      date: "2026-11-27",
      dayLabel: "vendredi 27/11",
      shift: "S",
      tab: NOV,
      absent: "Petit Camille",
    });
    expect(list.absentCell).toEqual({ tab: NOV, a1: "AC7", current: "S" });
    expect(list.absenceCode).toBe("AM");
    expect(list.candidates.map((c) => c.name)).not.toContain("Petit Camille");
    const cleanFlags = list.candidates.map((c) => c.clean);
    expect(cleanFlags[0]).toBe(true);
    expect(cleanFlags.indexOf(false)).toBeGreaterThan(cleanFlags.lastIndexOf(true));
    const lambert = list.candidates.find((c) => c.name === "Lambert Sophie");
    expect(lambert).toMatchObject({
      clean: true,
      problems: "",
      restThatDay: "R",
      placement: { tab: NOV, a1: "AC14", current: "R", text: "S" },
    });
    expect(lambert?.summary).toMatch(/^semaine .* sur 35 h ; mois .* ; repos avant .* ; repos après /);
    const girard = list.candidates.find((c) => c.name === "Girard Karim");
    expect(girard?.clean).toBe(false);
    expect(girard?.problems).toBe("2 erreurs");
    expect(girard?.reasons.join(" ")).toMatch(/Repos quotidien de 7 h/);
    expect(list.swapStatus).toBe("not-needed");
    expect(JSON.parse(JSON.stringify(list))).toEqual(list);
    expect(fake.lock.writes()).toEqual([]);
  });

  test("each candidate says whether they are available, with one line, their job and unit; the legend's absence codes are offered, AM first", () => {
    const list = listForCamille();
    expect(list.absenceCodes).toEqual([
      { code: "AM", label: "Arrêt maladie" },
      { code: "CA", label: "Congés annuels" },
      { code: "F", label: "Formation" },
      { code: "JF", label: "Jour férié chômé" },
    ]);
    expect(list.candidates.find((c) => c.name === "Girard Karim")).toMatchObject({
      availability: "unavailable",
      suitable: false,
      note: "Absent(e) ce jour (AM).",
      job: "Veilleur de nuit",
      unit: "Hirondelles",
    });
    expect(list.candidates.find((c) => c.name === "Lambert Sophie")).toMatchObject({
      availability: "suitable",
      note: "",
      unit: "Hirondelles",
    });
    const ranks = list.candidates.map((c) => ["suitable", "possible", "unavailable"].indexOf(c.availability));
    expect(ranks).toEqual([...ranks].sort((a, b) => a - b));
  });

  test("a colleague whose November row is empty (shifts in December only) is offered with her November cell", () => {
    fake.uninstall();
    fake = checkWorld({ months: 2 });
    // Her row goes in the blank row between the team and the legend line below it.
    const blankRow = (name: string): number =>
      tab(name)
        .valuesOf()
        .findIndex((r, i) => i > 5 && r[0] === "") + 1;
    const dec = "Hirondelles - Décembre 2026";
    tab(dec)
      .getRange(blankRow(dec), 1, 1, 3)
      .setValues([["Neuf Nina", "Éducatrice spécialisée", "M"]]);
    const row = blankRow(NOV);
    tab()
      .getRange(row, 1, 1, 2)
      .setValues([["Neuf Nina", "Éducatrice spécialisée"]]);
    const nina = listForCamille().candidates.find((c) => c.name === "Neuf Nina");
    expect(nina).toMatchObject({
      availability: "suitable",
      placement: { tab: NOV, a1: `AC${row}`, current: "", text: "S" },
    });
  });

  test("a selection that is not a shift of a planning tab is refused with a clear French message", () => {
    select("AC8:AC9");
    expect(() => findReplacementsForSelection()).toThrow("Sélectionnez une seule cellule");
    select("A7");
    expect(() => findReplacementsForSelection()).toThrow(
      "La cellule 'Hirondelles - Novembre 2026'!A7 ne contient pas un poste de travail",
    );
    select("AD7"); // Camille's rest (R) of the 28th
    expect(() => findReplacementsForSelection()).toThrow(/ne contient pas un poste de travail/);
    select("B2", "Paramètres");
    expect(() => findReplacementsForSelection()).toThrow(
      "L'onglet « Paramètres » n'est pas un onglet de planning lu par Relève",
    );
  });
});

describe("findReplacementsFor", () => {
  test("a date and a shift code give the same kind of list, with no absent cell to mark", () => {
    const list = findReplacementsFor({ date: "2026-11-27", shift: "S", tab: NOV });
    expect(list.vacancy).toMatchObject({ date: "2026-11-27", shift: "S", tab: NOV, absent: null });
    expect(list.absentCell).toBeNull();
    expect(list.candidates[0]?.clean).toBe(true);
  });

  test("a required qualification is checked against the staff tab", () => {
    const list = findReplacementsFor({ date: "2026-11-27", shift: "N", tab: NOV, qualification: "veilleur" });
    expect(list.vacancy.qualification).toBe("veilleur");
    const unqualified = list.candidates.find((c) => c.name === "Petit Camille");
    expect(unqualified?.qualified).toBe(false);
    expect(unqualified?.clean).toBe(false);
    expect(unqualified?.reasons.join(" ")).toContain("N'a pas la qualification « veilleur »");
  });

  test("bad requests are refused in French", () => {
    expect(() => findReplacementsFor({ date: "27/11/2026", shift: "S" })).toThrow(
      "Demande incomplète ou invalide",
    );
    expect(() => findReplacementsFor({ date: "2026-11-27" })).toThrow("Demande incomplète ou invalide");
    expect(() => findReplacementsFor(null)).toThrow("Demande incomplète ou invalide");
    expect(() => findReplacementsFor({ date: "2026-11-27", shift: "XYZ" })).toThrow("Poste inconnu : XYZ");
    expect(() => findReplacementsFor({ date: "2026-11-27", shift: "CA" })).toThrow(
      "CA n'est pas un poste de travail",
    );
    expect(() => findReplacementsFor({ date: "2027-05-01", shift: "S" })).toThrow(
      "Le 01/05/2027 n'est couvert par aucun onglet de planning",
    );
  });
});

describe("applyReplacement", () => {
  test("writes exactly one cell, with one setValue under the document lock; every other cell is unchanged", () => {
    const { placement } = firstPlacedClean(listForCamille());
    const before = workbookValues();
    fake.calls.reset();
    const result = applyReplacement({
      tab: placement.tab,
      a1: placement.a1,
      expectedPrevious: placement.current,
      text: placement.text,
    });
    expect(result.message).toBe(`« S » écrit en 'Hirondelles - Novembre 2026'!${placement.a1}.`);
    expect(result.written).toEqual([{ tab: NOV, a1: placement.a1, text: "S" }]);
    expect(value(placement.a1)).toBe("S");
    expect(value("AC7")).toBe("S"); // the absent person's cell is left as it is
    expect(fake.calls.count("Range.setValue")).toBe(1);
    expect(fake.lock.writes()).toHaveLength(1);
    expect(fake.lock.writesOutsideLock()).toEqual([]);
    tab().getRange(placement.a1).setValue(placement.current);
    expect(workbookValues()).toBe(before);
  });

  test("the two-cell write: the replacement's code and the chosen absence code, nothing else; a fixed 19 service calls, 18 to undo, whatever the rows", () => {
    const callsOf = (world: () => FakeAppsScript): Record<string, number>[] => {
      fake.uninstall();
      fake = world();
      const list = listForCamille();
      const { placement } = firstPlacedClean(list);
      const before = workbookValues();
      fake.calls.reset();
      const { token, written } = applyReplacement({
        tab: placement.tab,
        a1: placement.a1,
        expectedPrevious: placement.current,
        text: placement.text,
        markAbsent: { tab: NOV, a1: "AC7", code: "CA", expectedPrevious: "S" },
      });
      const apply = fake.calls.byMethod();
      expect(written).toEqual([
        { tab: NOV, a1: placement.a1, text: "S" },
        { tab: NOV, a1: "AC7", text: "CA" },
      ]);
      expect([value(placement.a1), value("AC7")]).toEqual(["S", "CA"]);
      expect(fake.lock.writes()).toHaveLength(2);
      expect(fake.lock.writesOutsideLock()).toEqual([]);
      tab().getRange(placement.a1).setValue(placement.current);
      tab().getRange("AC7").setValue("S");
      expect(workbookValues()).toBe(before);
      tab().getRange(placement.a1).setValue("S");
      tab().getRange("AC7").setValue("CA");
      fake.calls.reset();
      undoReplacement(token);
      expect(workbookValues()).toBe(before);
      return [apply, fake.calls.byMethod()];
    };
    const [apply, undo] = callsOf(() => checkWorld({ months: 1 }));
    expect(apply).toMatchObject({ "Range.setValue": 2, "Range.getValue": 2, "Range.getFormula": 2 });
    expect(Object.values(apply ?? {}).reduce((a, b) => a + b, 0)).toBe(19);
    expect(Object.values(undo ?? {}).reduce((a, b) => a + b, 0)).toBe(18);
    const big = callsOf(() => checkWorld({ months: 1, before: { "Grand planning": syntheticValues(300) } }));
    expect(big).toEqual([apply, undo]);
  });

  test("marks the absent person only when asked", () => {
    const list = listForCamille();
    const { placement } = firstPlacedClean(list);
    const absent = list.absentCell;
    if (!absent) throw new Error("no absent cell");
    const before = workbookValues();
    const result = applyReplacement({
      tab: placement.tab,
      a1: placement.a1,
      expectedPrevious: placement.current,
      text: placement.text,
      markAbsent: {
        tab: absent.tab,
        a1: absent.a1,
        code: list.absenceCode,
        expectedPrevious: absent.current,
      },
    });
    expect(value(placement.a1)).toBe("S");
    expect(value("AC7")).toBe("AM");
    expect(result.message).toContain("« AM » écrit en 'Hirondelles - Novembre 2026'!AC7.");
    expect(fake.lock.writesOutsideLock()).toEqual([]);
    tab().getRange(placement.a1).setValue(placement.current);
    tab().getRange("AC7").setValue("S");
    expect(workbookValues()).toBe(before);
  });

  test("undo restores the exact previous values (workbook equal to before) and works once", () => {
    const list = listForCamille();
    const { placement } = firstPlacedClean(list);
    const before = workbookValues();
    const { token } = applyReplacement({
      tab: placement.tab,
      a1: placement.a1,
      expectedPrevious: placement.current,
      text: placement.text,
      markAbsent: { tab: NOV, a1: "AC7", code: "AM", expectedPrevious: "S" },
    });
    expect(workbookValues()).not.toBe(before);
    fake.calls.reset();
    const undone = undoReplacement(token);
    expect(undone.message).toBe(
      `Annulé : 'Hirondelles - Novembre 2026'!${placement.a1}, 'Hirondelles - Novembre 2026'!AC7 ont retrouvé leur valeur d'avant.`,
    );
    expect(workbookValues()).toBe(before);
    expect(fake.lock.writesOutsideLock()).toEqual([]);
    expect(fake.calls.count("Range.setValue")).toBe(2);
    expect(() => undoReplacement(token)).toThrow("Rien à annuler");
  });

  test("undo of a write in an empty cell (row 3 is blank) empties it again; text Sheets would read as a number comes back as text", () => {
    const sheet = tab();
    sheet.getRange("D3").setValue("'007");
    const before = workbookValues();
    const first = applyReplacement({ tab: NOV, a1: "C3", expectedPrevious: "", text: "M" });
    const second = applyReplacement({ tab: NOV, a1: "D3", expectedPrevious: "007", text: "J" });
    expect(value("C3")).toBe("M");
    undoReplacement(first.token);
    undoReplacement(second.token);
    expect(value("C3")).toBe("");
    expect(value("D3")).toBe("007");
    expect(workbookValues()).toBe(before);
  });

  test("a cell edited between the list and the click is refused, and nothing is written", () => {
    const list = listForCamille();
    const { placement } = firstPlacedClean(list);
    fake.runAs("colleague", () =>
      fake.globals.SpreadsheetApp.getActiveSpreadsheet()
        .getSheetByName(NOV)
        ?.getRange(placement.a1)
        .setValue("CA"),
    );
    const before = workbookValues();
    fake.calls.reset();
    expect(() =>
      applyReplacement({
        tab: placement.tab,
        a1: placement.a1,
        expectedPrevious: placement.current,
        text: placement.text,
        markAbsent: { tab: NOV, a1: "AC7", code: "AM", expectedPrevious: "S" },
      }),
    ).toThrow(
      `La cellule 'Hirondelles - Novembre 2026'!${placement.a1} a changé depuis la recherche (elle contient « CA », et non plus « R »)`,
    );
    expect(workbookValues()).toBe(before);
    expect(fake.lock.writes()).toEqual([]);
    expect(fake.lock.holder()).toBeNull();
  });

  test("an edit of the absent person's cell meanwhile refuses the whole write", () => {
    const { placement } = firstPlacedClean(listForCamille());
    tab().getRange("AC7").setValue("M");
    const before = workbookValues();
    expect(() =>
      applyReplacement({
        tab: placement.tab,
        a1: placement.a1,
        expectedPrevious: placement.current,
        text: placement.text,
        markAbsent: { tab: NOV, a1: "AC7", code: "AM", expectedPrevious: "S" },
      }),
    ).toThrow(/AC7 a changé depuis la recherche/);
    expect(workbookValues()).toBe(before);
  });

  test("undo is refused when the cell no longer holds what was written", () => {
    const { placement } = firstPlacedClean(listForCamille());
    const { token } = applyReplacement({
      tab: placement.tab,
      a1: placement.a1,
      expectedPrevious: placement.current,
      text: placement.text,
    });
    tab().getRange(placement.a1).setValue("N");
    const before = workbookValues();
    expect(() => undoReplacement(token)).toThrow(
      `La cellule 'Hirondelles - Novembre 2026'!${placement.a1} contient maintenant « N » au lieu de « S » : quelqu'un l'a modifiée depuis. Rien n'a été annulé`,
    );
    expect(workbookValues()).toBe(before);
  });

  test("bad inputs and text that would not stay text are refused in French, nothing written", () => {
    const before = workbookValues();
    const base = { tab: NOV, a1: "AC14", expectedPrevious: "R" };
    expect(() => applyReplacement({})).toThrow("Demande d'écriture invalide");
    expect(() => applyReplacement("AC14")).toThrow("Demande d'écriture invalide");
    expect(() => applyReplacement({ ...base, a1: "AC14:AC15", text: "S" })).toThrow(
      "Demande d'écriture invalide",
    );
    expect(() => applyReplacement({ ...base, text: "" })).toThrow("Demande d'écriture invalide");
    expect(() => applyReplacement({ ...base, a1: "ZZ999", text: "S" })).toThrow(
      "Demande d'écriture invalide",
    );
    for (const text of ['=HYPERLINK("http://x";"S")', "+S", "-1", "@S"]) {
      expect(() => applyReplacement({ ...base, text })).toThrow(
        `« ${text} » n'est pas un code de poste : un texte commençant par =, +, - ou @ serait lu comme une formule.`,
      );
    }
    expect(() => applyReplacement({ ...base, text: "12" })).toThrow(
      "« 12 » n'est pas un code de poste (Sheets",
    );
    expect(() => applyReplacement({ ...base, text: "S", markAbsent: { ...base, code: "=AM" } })).toThrow(
      "« =AM » n'est pas un code de poste",
    );
    expect(() => applyReplacement({ ...base, text: "S", markAbsent: { ...base, code: "AM" } })).toThrow(
      "La cellule de l'absent et celle du remplaçant sont la même",
    );
    expect(() => applyReplacement({ ...base, tab: "Disparu", text: "S" })).toThrow(
      "L'onglet « Disparu » n'existe plus",
    );
    expect(() => undoReplacement(42)).toThrow("Rien à annuler");
    expect(() => undoReplacement("not-a-token")).toThrow("Rien à annuler");
    expect(workbookValues()).toBe(before);
    expect(fake.lock.writes()).toEqual([]);
  });

  test("a cell holding a formula is never overwritten", () => {
    tab().getRange("E3").setFormula('="S"');
    expect(() => applyReplacement({ tab: NOV, a1: "E3", expectedPrevious: "", text: "S" })).toThrow(
      "La cellule 'Hirondelles - Novembre 2026'!E3 contient une formule",
    );
    expect(tab().getRange("E3").getFormula()).toBe('="S"');
  });

  test("when another Relève operation holds the lock, the write waits no further and says so", () => {
    const { placement } = firstPlacedClean(listForCamille());
    fake.lock.holdAs("other");
    expect(() =>
      applyReplacement({
        tab: placement.tab,
        a1: placement.a1,
        expectedPrevious: placement.current,
        text: placement.text,
      }),
    ).toThrow("Relève travaille déjà sur ce classeur");
    expect(value(placement.a1)).toBe("R");
  });

  test("undo tokens live in the user's properties, the ten newest only", () => {
    const tokens: string[] = [];
    for (let i = 0; i < 12; i++) {
      const a1 = `${String.fromCharCode(67 + i)}3`;
      tokens.push(applyReplacement({ tab: NOV, a1, expectedPrevious: "", text: "M" }).token);
    }
    const stored = JSON.parse(fake.properties.user.getProperty(UNDO_KEY) ?? "[]") as { token: string }[];
    expect(stored.map((r) => r.token)).toEqual(tokens.slice(2));
    expect(() => undoReplacement(tokens[0])).toThrow("Rien à annuler");
    expect(undoReplacement(tokens[11] as string).restored).toEqual([{ tab: NOV, a1: "N3" }]);
    expect(value("N3")).toBe("");
  });
});
