// The Planning panel's corrections: setReadingSetting writes `lecture.<onglet>.<clé>`, addLegendCode appends a code.
import { addLegendCode, checkPlanning, setReadingSetting } from "../../src/gas/main";
import { createFakeAppsScript, type FakeAppsScript, type FakeSheet } from "../fakes";
import { codesRows, settingsRows } from "./check-world";

const TAB = "Équipe jour";
const DAYS = 30;
let fake: FakeAppsScript;

afterEach(() => fake?.uninstall());

/** A day-numbered tab with no month anywhere (undated until told), one unknown code `FX` on the 3rd. */
function teamValues(): unknown[][] {
  const cycle = ["M", "M", "S", "S", "", ""];
  const rows: unknown[][] = [["Nom", ...Array.from({ length: DAYS }, (_, i) => i + 1)]];
  for (const [p, name] of ["Lambert Anne", "Roux Paul", "Faure Inès", "Blanc Hugo"].entries()) {
    rows.push([
      name,
      ...Array.from({ length: DAYS }, (_, d) => (p === 0 && d === 2 ? "FX" : cycle[(d + p) % 6])),
    ]);
  }
  return rows;
}

function world(locale = "fr_FR", settings = settingsRows()): FakeAppsScript {
  const f = createFakeAppsScript({ locale, userEmail: "coord@example.org" });
  f.spreadsheet.addSheetWithValues(TAB, teamValues());
  f.spreadsheet.addSheetWithValues(locale.startsWith("en") ? "Settings" : "Paramètres", settings);
  f.spreadsheet.addSheetWithValues("Codes", codesRows());
  f.install();
  return f;
}

const sheet = (name: string) => fake.spreadsheet.getSheetByName(name) as FakeSheet;
const tabReading = (summary: ReturnType<typeof checkPlanning>) => summary.reading.find((r) => r.tab === TAB);
const failure = (run: () => unknown): string => {
  try {
    run();
  } catch (error) {
    return (error as Error).message;
  }
  throw new Error("no failure");
};

describe("setReadingSetting", () => {
  test("writes lecture.<onglet>.mois as text in a new row, then the tab reads dated", () => {
    fake = world();
    expect(tabReading(checkPlanning())?.status).toBe("undated");
    const rowsBefore = sheet("Paramètres").valuesOf().length;

    const result = setReadingSetting(TAB, "month", "2026-01");

    const values = sheet("Paramètres").valuesOf();
    expect(values.length).toBe(rowsBefore + 1);
    expect(values.at(-1)?.slice(0, 2)).toEqual([`lecture.${TAB}.mois`, "2026-01"]);
    expect(typeof values.at(-1)?.[1]).toBe("string");
    expect(result.message).toBe(
      `« lecture.${TAB}.mois » = « 2026-01 » enregistré dans l'onglet « Paramètres » (B${values.length}). Planning relu.`,
    );
    const reading = tabReading(result.summary);
    expect(reading).toMatchObject({ status: "read", from: "2026-01-01", to: "2026-01-30", people: 4 });
    expect(result.summary.verdict.read).toBe(true);
    expect(fake.lock.writesOutsideLock()).toEqual([]);
  });

  test("updates the row of a key already there (written another way), never a second row", () => {
    fake = world("fr_FR", settingsRows([[`LECTURE.${TAB.toUpperCase()}.Mois`, "2025-12"]]));
    const before = sheet("Paramètres").valuesOf().length;

    setReadingSetting(TAB, "mois", "janvier 2026");
    const again = setReadingSetting(TAB, "mois", "2026-03");

    const values = sheet("Paramètres").valuesOf();
    expect(values.length).toBe(before);
    const rows = values.filter((r) => String(r[0]).toLowerCase().startsWith("lecture."));
    expect(rows).toEqual([[`LECTURE.${TAB.toUpperCase()}.Mois`, "2026-03", ""]]);
    expect(tabReading(again.summary)).toMatchObject({ from: "2026-03-01", to: "2026-03-30" });
  });

  test("refuses a bad value with the field and the reason in French, and writes nothing", () => {
    fake = world();
    const before = sheet("Paramètres")
      .valuesOf()
      .map((r) => [...r]);
    expect(failure(() => setReadingSetting(TAB, "month", "13e mois"))).toBe(
      "Mois : « 13e mois » n'est pas un mois (par exemple 2026-01).",
    );
    expect(failure(() => setReadingSetting(TAB, "ligne des jours", "quatre"))).toBe(
      "Ligne des jours : « quatre » n'est pas un numéro de ligne (par exemple 4).",
    );
    expect(failure(() => setReadingSetting(TAB, "noms", "C2"))).toBe(
      "Colonnes des noms : « C2 » n'est pas une liste de colonnes (par exemple C+D).",
    );
    expect(failure(() => setReadingSetting(TAB, "couleur", "bleu"))).toMatch(
      /^Réglage : « couleur » n'est pas un réglage de lecture/,
    );
    expect(failure(() => setReadingSetting("Onglet inconnu", "mois", "2026-01"))).toBe(
      "Onglet : l'onglet « Onglet inconnu » n'existe pas dans ce classeur.",
    );
    expect(failure(() => setReadingSetting("Codes", "ignorer", "oui"))).toBe(
      "Onglet : « Codes » est un onglet de Relève, pas un planning.",
    );
    expect(failure(() => setReadingSetting(TAB, "mois", ""))).toBe("Mois : à remplir.");
    expect(failure(() => setReadingSetting(TAB, "mois", "x".repeat(101)))).toBe(
      "Mois : 100 caractères au plus.",
    );
    expect(failure(() => setReadingSetting(TAB, "ligne des jours", "0x10"))).toBe(
      "Ligne des jours : « 0x10 » n'est pas un numéro de ligne (par exemple 4).",
    );
    expect(failure(() => setReadingSetting(TAB, "ligne des jours", "1e3"))).toBe(
      "Ligne des jours : « 1e3 » n'est pas un numéro de ligne (par exemple 4).",
    );
    expect(failure(() => setReadingSetting(TAB, "mois", 4 as unknown as string))).toBe(
      "Mois : ce doit être du texte.",
    );
    expect(failure(() => setReadingSetting(TAB, "x".repeat(41), "4"))).toBe(
      "Réglage : 40 caractères au plus.",
    );
    expect(sheet("Paramètres").valuesOf()).toEqual(before);
  });

  test("the panel's own key ids (dayRow, month…) are keys as much as the words", () => {
    fake = world();
    expect(setReadingSetting(TAB, "dayRow", "1").message).toContain("1");
    const rows = sheet("Paramètres").valuesOf();
    expect(rows.some((r) => r[1] === "1" && String(r[0]).endsWith(".ligne des jours"))).toBe(true);
  });

  test("a tab name that looks like a formula stays text; ignorer writes oui and the tab is ignored", () => {
    fake = world();
    fake.spreadsheet.addSheetWithValues("=SOMME(A1)", teamValues());
    const result = setReadingSetting("=SOMME(A1)", "ignore", "Oui");
    const last = sheet("Paramètres").valuesOf().at(-1);
    expect(last?.slice(0, 2)).toEqual(["lecture.=SOMME(A1).ignorer", "oui"]);
    expect(sheet("Paramètres").getDataRange().getFormulas().flat().filter(Boolean)).toEqual([]);
    expect(result.summary.reading.find((r) => r.tab === "=SOMME(A1)")?.status).toBe("ignored");
  });

  test("in English: reading.<tab>.names, canonical columns, English refusal", () => {
    fake = world("en_GB");
    const result = setReadingSetting(TAB, "names", "a, b");
    expect(sheet("Settings").valuesOf().at(-1)?.slice(0, 2)).toEqual([`reading.${TAB}.names`, "A+B"]);
    expect(result.message).toMatch(/^“reading\.Équipe jour\.names” = “A\+B” saved in the tab “Settings”/);
    expect(failure(() => setReadingSetting(TAB, "day row", "0"))).toBe(
      "Day row: “0” is not a row number (for example 4).",
    );
  });
});

describe("addLegendCode", () => {
  test("appends a worked code in the Codes tab's columns, as text; the unknown-code finding goes", () => {
    fake = world("fr_FR", settingsRows([[`lecture.${TAB}.mois`, "2026-01"]]));
    const unknown = (s: ReturnType<typeof checkPlanning>) =>
      s.findings.filter((f) => f.ruleId === "unknown-code" && f.details.text === "FX");
    expect(unknown(checkPlanning())).toHaveLength(1);
    const before = sheet("Codes").valuesOf().length;

    const result = addLegendCode({ code: "FX", type: "travail", start: "8h", end: "16:30" });

    const values = sheet("Codes").valuesOf();
    expect(values.length).toBe(before + 1);
    expect(values.at(-1)).toEqual(["FX", "", "08:00", "16:30", "", "travail"]);
    expect(result.message).toBe(
      `Code « FX » ajouté à l'onglet « Codes » (ligne ${before + 1}). Planning relu.`,
    );
    expect(unknown(result.summary)).toEqual([]);
    expect(fake.lock.writesOutsideLock()).toEqual([]);
  });

  test("an absence needs no times; a code already there is never overwritten", () => {
    fake = world();
    addLegendCode({ code: "FX", type: "absence" });
    const after = sheet("Codes")
      .valuesOf()
      .map((r) => [...r]);
    expect(after.at(-1)).toEqual(["FX", "", "", "", "", "absence"]);
    expect(failure(() => addLegendCode({ code: "fx", type: "repos" }))).toBe(
      `Code : le code « fx » existe déjà dans l'onglet « Codes » (ligne ${after.length}) : rien n'a été ajouté.`,
    );
    expect(failure(() => addLegendCode({ code: "M", type: "travail", start: "7h", end: "14h" }))).toMatch(
      /^Code : le code « M » existe déjà dans l'onglet « Codes » \(ligne 2\)/,
    );
    expect(sheet("Codes").valuesOf()).toEqual(after);
  });

  test("refuses bad fields, naming each one in French", () => {
    fake = world();
    const before = sheet("Codes")
      .valuesOf()
      .map((r) => [...r]);
    expect(failure(() => addLegendCode({ code: "=1+1", type: "repos" }))).toMatch(
      /^Code : « =1\+1 » ne peut pas être un code/,
    );
    expect(failure(() => addLegendCode({ code: "FX", type: "congé payé" }))).toBe(
      "Type : « congé payé » : choisissez travail, absence ou repos.",
    );
    expect(failure(() => addLegendCode({ code: "FX", type: "travail", start: "8h" }))).toBe(
      "Fin : à remplir.",
    );
    expect(failure(() => addLegendCode({ code: "FX", type: "travail", start: "25:00", end: "8h" }))).toBe(
      "Début : « 25:00 » n'est pas une heure (par exemple 07:00).",
    );
    expect(failure(() => addLegendCode({ code: " ", type: "repos" }))).toBe("Code : à remplir.");
    expect(sheet("Codes").valuesOf()).toEqual(before);
  });

  test("a worked code's times are never dropped: a Codes tab without Début and Fin refuses it", () => {
    fake = createFakeAppsScript({ locale: "fr_FR", userEmail: "coord@example.org" });
    fake.spreadsheet.addSheetWithValues(TAB, teamValues());
    const codes = fake.spreadsheet.addSheetWithValues("Codes", [
      ["Code", "Type"],
      ["M", "travail"],
    ]);
    codes.addDeveloperMetadata("releve.role", "codes");
    fake.install();
    expect(failure(() => addLegendCode({ code: "FX", type: "travail", start: "7h", end: "14h" }))).toBe(
      "Début : l'onglet « Codes » n'a pas de colonnes Début et Fin où écrire les horaires : ajoutez-les, puis réessayez.",
    );
    expect(sheet("Codes").valuesOf()).toEqual([
      ["Code", "Type"],
      ["M", "travail"],
    ]);
    addLegendCode({ code: "AB", type: "absence" });
    expect(sheet("Codes").valuesOf()[2]).toEqual(["AB", "absence"]);
  });
});

describe("the spreadsheet's name", () => {
  /** A shift list by week and weekday, with no year anywhere in its cells. */
  const weekList = (): unknown[][] => [
    ["Semaine", "Jour", "Nom", "Début", "Fin"],
    ...["Lundi", "Mardi", "Mercredi"].map((day) => ["S41", day, "Lambert Anne", "08:00", "15:00"]),
  ];

  test("gives the year of weeks written without one (« Planning vendeurs 2025 »)", () => {
    for (const [name, expected] of [
      ["Planning vendeurs 2025", { status: "read", from: "2025-10-06", to: "2025-10-08" }],
      ["Planning vendeurs", { status: "undated" }],
    ] as const) {
      fake = createFakeAppsScript({ locale: "fr_FR", userEmail: "coord@example.org" });
      fake.spreadsheet.rename(name);
      fake.spreadsheet.addSheetWithValues("Vendeurs", weekList());
      fake.install();
      const reading = checkPlanning().reading.find((r) => r.tab === "Vendeurs");
      expect(reading).toMatchObject(expected);
      fake.uninstall();
    }
  });
});
