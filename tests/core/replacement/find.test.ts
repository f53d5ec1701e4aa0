// "Qui peut remplacer ?": realistic vacancies, the ranking, the cells to write, swaps, and refused requests.
import {
  compareCandidates,
  findReplacements,
  placementFor,
  ReplacementError,
  vacancyFromCell,
} from "../../../src/core/replacement";
import { nightWithVeilleur, noWayOut, sundayEvening, swapFound } from "./scenarios";
import { checked, row, TAB } from "./support";

const names = (list: ReadonlyArray<{ name: string }>): string[] => list.map((c) => c.name);

describe("a sick educator on a Sunday evening (S, 15/11)", () => {
  const input = checked(sundayEvening.rows, sundayEvening.staff);
  const result = findReplacements(input, { date: "2026-11-15", shift: "S", absent: "Léa Martin" });
  const byName = (name: string) => {
    const found = result.candidates.find((c) => c.name === name);
    if (!found) throw new Error(`no candidate ${name}`);
    return found;
  };

  test("lists every other person: the free ones first (least loaded first), warnings, then errors", () => {
    expect(result.vacancy).toMatchObject({ date: "2026-11-15", code: "S", times: "14:00–22:00", tab: TAB });
    expect(result.vacancy.absent).toBe("MARTIN Léa");
    expect(names(result.candidates)).toEqual([
      "BERNARD Marc",
      "ROUX Julie",
      "FAURE Tom",
      "LEROY Sam",
      "PETIT Anne",
      "DURAND Paul",
    ]);
    expect(result.candidates.map((c) => c.clean)).toEqual([true, true, false, false, false, false]);
    expect(result.candidates.map((c) => c.worst)).toEqual([null, null, "warning", "error", "error", "error"]);
    expect(result.swapSearch.status).toBe("not-needed");
  });

  test("a clean candidate: no new finding, hours this week and month against the contract, rests around", () => {
    const marc = byName("BERNARD Marc");
    expect(marc.newFindings).toEqual([]);
    expect(marc.hours).toMatchObject({
      weeklyHours: 35,
      weekMinutes: 35 * 60,
      weekAfterMinutes: 43 * 60,
      monthMinutes: 147 * 60,
      monthAfterMinutes: 155 * 60,
      monthContractMinutes: 150 * 60,
    });
    expect(marc.restBeforeMinutes).toBe(45 * 60);
    expect(marc.restAfterMinutes).toBe(11 * 60);
    expect(marc.sameDay).toEqual({ works: [], absence: null, rest: "R" });
    expect(marc.summary).toBe(
      "semaine 35 h → 43 h sur 35 h ; mois 147 h → 155 h sur 150 h ; repos avant 45 h ; repos après 11 h",
    );
    // Julie is as free but already planned 7 h more this month.
    expect(byName("ROUX Julie").hours.monthMinutes).toBe(154 * 60);
  });

  test("candidates with findings are shown with why, in French with numbers", () => {
    const paul = byName("DURAND Paul");
    expect(paul.newFindings.map((f) => f.ruleId).sort()).toEqual(["amplitude", "daily-max", "weekly-max"]);
    expect(paul.reasons).toContain("Erreur : 15 h de travail le 15/11 (maximum 10 h).");
    expect(paul.reasons).toContain("Travaille déjà ce jour : M.");
    expect(byName("PETIT Anne").reasons[0]).toBe(
      "Erreur : Repos quotidien de 9 h entre le 15/11 22:00 et le 16/11 07:00 (minimum 11 h).",
    );
    expect(byName("LEROY Sam").reasons).toEqual([
      "Erreur : Travail prévu le 15/11 (S) un jour d'absence (CA).",
    ]);
    expect(byName("LEROY Sam").sameDay.absence).toBe("CA");
    expect(byName("FAURE Tom").reasons[0]).toBe(
      "Avertissement : 10 jours travaillés d'affilée du 11/11 au 20/11 (maximum 6 jours).",
    );
  });

  test("tells which cell of the candidate's row to write, and what", () => {
    // Grid: header row 1, people from row 2 in the order above; day 15 is in column Q (Nom, Fonction, then 1…).
    expect(byName("BERNARD Marc").placement).toEqual({
      tab: TAB,
      row: 4,
      col: 16,
      a1: "Q5",
      person: "BERNARD Marc",
      text: "S",
      previous: "R",
    });
    // Someone already working that day keeps their shift: both are written as times.
    expect(byName("DURAND Paul").placement?.text).toBe("7h-14h / 14h-22h");
  });

  test("someone already on that very shift is listed with why, but offers no cell to write", () => {
    const input = checked(
      { ...sundayEvening.rows, "MOREL Ines": row("J", "R", { 15: "S" }) },
      sundayEvening.staff,
    );
    const found = findReplacements(input, { date: "2026-11-15", shift: "S", absent: "Léa Martin" });
    const ines = found.candidates.find((c) => c.name === "MOREL Ines");
    expect(ines?.clean).toBe(false);
    expect(ines?.placement).toBeNull();
  });

  test("the absent person's own findings are left out and they are no candidate", () => {
    expect(names(result.candidates)).not.toContain("MARTIN Léa");
    expect(result.candidates).toHaveLength(6);
  });
});

describe("a night with a required veilleur (N, Tuesday 10/11, ccn66)", () => {
  const input = checked(nightWithVeilleur.rows, nightWithVeilleur.staff, "ccn66");
  const result = findReplacements(input, {
    date: "2026-11-10",
    shift: "N",
    absent: "NUIT Claire",
    qualification: "veilleur",
  });

  test("the free veilleur is clean; a free educator without the qualification is shown with why", () => {
    expect(names(result.candidates)).toEqual(["GARDE Hugo", "BLANC Eva", "BERNARD Marc"]);
    const [hugo, eva, marc] = result.candidates;
    expect(hugo).toMatchObject({ clean: true, qualified: true, restBeforeMinutes: 62 * 60 });
    expect(eva).toMatchObject({ clean: false, qualified: false, worst: "warning", newFindings: [] });
    expect(eva?.reasons[0]).toBe("N'a pas la qualification « veilleur » (qualifications : éducatrice).");
    expect(marc?.worst).toBe("error");
    expect(marc?.reasons).toContain(
      "Erreur : Repos quotidien de 2 h entre le 11/11 07:00 et le 11/11 09:00 (minimum 9 h).",
    );
  });

  test("the night's hours count in the week and the month (10 h)", () => {
    expect(result.candidates[0]?.hours).toMatchObject({
      weekMinutes: 1200,
      weekAfterMinutes: 1800,
      monthAfterMinutes: 5400,
    });
  });
});

describe("nobody clean", () => {
  test("a swap is found: Paul takes S and hands his M of the same day to Zoé, no error created", () => {
    const result = findReplacements(checked(swapFound), {
      date: "2026-11-15",
      shift: "S",
      absent: "MARTIN Léa",
    });
    expect(result.candidates.some((c) => c.clean)).toBe(false);
    expect(result.swapSearch.status).toBe("found");
    const swap = result.swaps[0];
    expect(swap?.description).toBe("DURAND Paul prend S du 15/11 et cède M du 15/11 à ZOLA Zoé");
    expect(swap?.giverFindings).toEqual([]);
    expect(swap?.takerFindings).toEqual([]);
    expect(swap?.writes.map((w) => [w.person, w.a1, w.text, w.previous])).toEqual([
      ["DURAND Paul", "Q3", "S", "M"],
      ["ZOLA Zoé", "Q4", "M", "R"],
    ]);
    for (const s of result.swaps)
      expect([...s.giverFindings, ...s.takerFindings].filter((f) => f.severity === "error")).toEqual([]);
  });

  test("no swap: said clearly, with the number of combinations tried", () => {
    const result = findReplacements(checked(noWayOut), {
      date: "2026-11-15",
      shift: "S",
      absent: "MARTIN Léa",
    });
    expect(result.candidates.map((c) => c.worst)).toEqual(["error", "error"]);
    expect(result.swaps).toEqual([]);
    expect(result.swapSearch.status).toBe("none");
    expect(result.swapSearch.tried).toBeGreaterThan(0);
    expect(result.swapSearch.message).toBe(
      `Aucun échange possible : ${result.swapSearch.tried} combinaisons essayées sans en trouver une qui ne crée aucune erreur.`,
    );
  });

  test("the search is bounded: a cap of one combination stops it and says so", () => {
    const result = findReplacements(
      checked(noWayOut),
      { date: "2026-11-15", shift: "S", absent: "MARTIN Léa" },
      { maxSwapChecks: 1 },
    );
    expect(result.swapSearch).toMatchObject({ status: "capped", tried: 1 });
    expect(result.swapSearch.message).toContain("recherche limitée");
  });
});

describe("ranking", () => {
  const input = checked(sundayEvening.rows, sundayEvening.staff);
  const result = findReplacements(input, { date: "2026-11-15", shift: "S" });

  test("without --absent the absent person is a candidate too (with their overlap), nothing is hidden", () => {
    const lea = result.candidates.find((c) => c.name === "MARTIN Léa");
    expect(lea?.newFindings.map((f) => f.ruleId)).toContain("overlap");
    expect(result.candidates).toHaveLength(7);
  });

  test("the order is clean, then info, warning, error, and within a level the fewest hours against the contract", () => {
    const sorted = [...result.candidates].sort(compareCandidates);
    expect(names(sorted)).toEqual(names(result.candidates));
    const clean = result.candidates.filter((c) => c.clean);
    for (let i = 1; i < clean.length; i++)
      expect(clean[i]?.hours.monthRatio).toBeGreaterThanOrEqual(clean[i - 1]?.hours.monthRatio ?? 0);
  });

  test("hours count against the contract: with 40 h for Julie (162 h of 171 h 26) she comes before Marc (155 h of 150 h)", () => {
    const staff = sundayEvening.staff.map(([n, q, h]): [string, string, number] => [
      n,
      q,
      n === "ROUX Julie" ? 40 : h,
    ]);
    const again = findReplacements(checked(sundayEvening.rows, staff), {
      date: "2026-11-15",
      shift: "S",
      absent: "MARTIN Léa",
    });
    expect(names(again.candidates.filter((c) => c.clean))).toEqual(["ROUX Julie", "BERNARD Marc"]);
    expect(again.candidates[0]?.hours.monthContractMinutes).toBe(Math.round((40 * 60 * 30) / 7));
  });
});

describe("refused requests", () => {
  const input = checked(sundayEvening.rows, sundayEvening.staff);
  const refusal = (request: Parameters<typeof findReplacements>[1]): [string, string] => {
    try {
      findReplacements(input, request);
    } catch (error) {
      if (error instanceof ReplacementError) return [error.kind, error.message];
      throw error;
    }
    throw new Error("not refused");
  };

  test("a bad date, an unknown shift, an absence code, an unknown tab, a date outside, an unknown person", () => {
    expect(refusal({ date: "2026-11-31", shift: "S" })[0]).toBe("bad-date");
    expect(refusal({ date: "2026-11-15", shift: "Z" })).toEqual([
      "unknown-shift",
      "poste inconnu : Z (ni un code ou un libellé de la légende, ni des horaires comme 14h-22h)",
    ]);
    expect(refusal({ date: "2026-11-15", shift: "CA" })[0]).toBe("not-work");
    expect(refusal({ date: "2026-11-15", shift: "S", tab: "Décembre" })).toEqual([
      "unknown-tab",
      "onglet de planning introuvable : Décembre (onglets lus : Novembre 2026)",
    ]);
    expect(refusal({ date: "2026-12-15", shift: "S" })).toEqual([
      "date-outside",
      "le 15/12/2026 n'est couvert par aucun onglet de planning",
    ]);
    expect(refusal({ date: "2026-11-15", shift: "S", absent: "Inconnu" })[0]).toBe("unknown-person");
  });

  test("explicit times are a shift too, and the tab is found whatever its case", () => {
    const result = findReplacements(input, { date: "2026-11-15", shift: "14h-21h", tab: "novembre 2026" });
    expect(result.vacancy).toMatchObject({ code: null, times: "14:00–21:00", tab: TAB });
    expect(result.candidates.find((c) => c.name === "BERNARD Marc")?.placement?.text).toBe("14h-21h");
  });
});

describe("for the sidebar", () => {
  const input = checked(sundayEvening.rows, sundayEvening.staff);

  test("the selected cell gives the vacancy: its date, its shift and the absent person", () => {
    // Léa is on row 2 (index 1); day 15 is in column Q (index 16).
    expect(vacancyFromCell(input.timeline, { tab: TAB, row: 1, col: 16 })).toEqual({
      date: "2026-11-15",
      shift: "S",
      tab: TAB,
      absent: "MARTIN Léa",
    });
    expect(vacancyFromCell(input.timeline, { tab: TAB, row: 4, col: 16 })).toBeNull();
  });

  test("the chosen candidate's cell and code, whatever the case and order of the name", () => {
    const result = findReplacements(input, { date: "2026-11-15", shift: "S", absent: "MARTIN Léa" });
    expect(placementFor(input, result.vacancy, "marc bernard")).toEqual(result.candidates[0]?.placement);
    expect(placementFor(input, result.vacancy, "Personne")).toBeNull();
  });
});

describe("in English", () => {
  test("reasons and summaries follow the workbook's language", () => {
    const input = { ...checked(sundayEvening.rows, sundayEvening.staff), lang: "en" as const };
    const result = findReplacements(input, { date: "2026-11-15", shift: "S", absent: "MARTIN Léa" });
    expect(result.candidates[0]?.summary).toBe(
      "week 35 h → 43 h of 35 h; month 147 h → 155 h of 150 h; rest before 45 h; rest after 11 h",
    );
    expect(result.candidates.find((c) => c.name === "PETIT Anne")?.reasons[0]).toMatch(/^Error: /);
  });
});
