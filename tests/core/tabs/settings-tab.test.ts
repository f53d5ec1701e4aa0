// Settings tab parsing: every key kind in French and English, bad settings on their cells, presets and overrides.
import { defaultSettings } from "../../../src/core/settings";
import {
  findSettingKey,
  parseSettingsTab,
  SETTING_KEYS,
  settingsTabRows,
} from "../../../src/core/tabs/settings-tab";
import type { CellValue } from "../../../src/core/workbook";

const TAB = "Paramètres";
const header: CellValue[] = ["clé", "valeur", "explication"];
const parse = (rows: CellValue[][], lang: "fr" | "en" = "fr", options = {}) =>
  parseSettingsTab([header, ...rows], TAB, lang, options);

describe("parseSettingsTab: defaults and presets", () => {
  test("an empty tab (header only) gives the default settings and no finding", () => {
    const { settings, findings } = parse([]);
    expect(findings).toEqual([]);
    expect(settings).toEqual(defaultSettings());
  });

  test("the preset row is applied first, whatever its position, then the other rows override it", () => {
    const { settings, findings } = parse([
      ["règle.daily-max.erreur", 11],
      ["preset", "ccn66"],
    ]);
    expect(findings).toEqual([]);
    expect(settings.preset).toBe("ccn66");
    expect(settings.rules["daily-rest"]).toEqual({ enabled: true, warning: 660, error: 540 });
    expect(settings.rules["daily-max"].error).toBe(660);
    expect(settings.rules["weekly-rest"].minRestDays).toBe(2);
  });

  test("preset names are read loosely: `CCN 51`, `Code du travail`", () => {
    expect(parse([["preset", "CCN 51"]]).settings.preset).toBe("ccn51");
    expect(parse([["preset", "Code du travail"]]).settings.preset).toBe("code-du-travail");
  });

  test("a preset given by the caller (CLI --preset) wins over the tab's, the tab's overrides still apply", () => {
    const { settings } = parse(
      [
        ["preset", "ccn66"],
        ["règle.weekly-max.erreur", "46 h"],
      ],
      "fr",
      { preset: "ccn51" },
    );
    expect(settings.preset).toBe("ccn51");
    expect(settings.rules["split-shift"].maxSequences).toBe(2);
    expect(settings.rules["weekly-max"].error).toBe(46 * 60);
  });

  test("an unknown preset is an error on its value cell and leaves the default preset", () => {
    const { settings, findings } = parse([["preset", "ccn99"]]);
    expect(settings.preset).toBe("code-du-travail");
    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({
      ruleId: "bad-setting",
      severity: "error",
      tab: TAB,
      cells: ["B2"],
      person: null,
      date: null,
    });
    expect(findings[0]?.message).toContain("code-du-travail, ccn66 ou ccn51");
  });

  test("the workbook's time zone is the default, the tab's wins", () => {
    expect(parse([], "fr", { timeZone: "America/Martinique" }).settings.timeZone).toBe("America/Martinique");
    expect(
      parse([["fuseau horaire", "Indian/Reunion"]], "fr", { timeZone: "America/Martinique" }).settings
        .timeZone,
    ).toBe("Indian/Reunion");
  });
});

describe("parseSettingsTab: every key kind", () => {
  test("French keys: general, briefing, rule switches, thresholds, extras and sleep-in", () => {
    const { settings, findings } = parse([
      ["fuseau horaire", "Europe/Paris"],
      ["onglets planning", "Foyer A, IME ; Nuit"],
      ["établissement", "Foyer Les Tilleuls"],
      ["briefing.heure", "6 h"],
      ["briefing.destinataires", "cadre@exemple.fr; ide@exemple.fr"],
      ["briefing.mode", "complet"],
      ["règle.amplitude", "non"],
      ["règle.split-shift", true],
      ["règle.daily-rest.erreur", "10h30"],
      ["règle.daily-rest.avertissement", "11"],
      ["règle.night-max.avertissement", "non"],
      ["règle.days-per-week.erreur", "5 jours"],
      ["règle.weekly-average.semaines", 8],
      ["règle.weekly-rest.jours-de-repos", "2"],
      ["règle.break.pause-min", "30 min"],
      ["règle.contract-hours.écart", "15 %"],
      ["veille.par-heure-suivante", "20"],
      ["veille.présence", "9h"],
    ]);
    expect(findings).toEqual([]);
    expect(settings.planningTabs).toEqual(["Foyer A", "IME", "Nuit"]);
    expect(settings.establishment).toBe("Foyer Les Tilleuls");
    expect(settings.briefing).toEqual({
      hour: 6,
      recipients: ["cadre@exemple.fr", "ide@exemple.fr"],
      mode: "full",
    });
    expect(settings.rules.amplitude.enabled).toBe(false);
    expect(settings.rules["split-shift"].enabled).toBe(true);
    expect(settings.rules["daily-rest"]).toEqual({ enabled: true, warning: 660, error: 630 });
    expect(settings.rules["night-max"].warning).toBeNull();
    expect(settings.rules["days-per-week"].error).toBe(5);
    expect(settings.rules["weekly-average"].weeks).toBe(8);
    expect(settings.rules["weekly-rest"].minRestDays).toBe(2);
    expect(settings.rules.break.minBreakMinutes).toBe(30);
    expect(settings.rules["contract-hours"].info).toBe(15);
    expect(settings.sleepIn.perFurtherHour).toBe(20);
    expect(settings.sleepIn.firstMinutes).toBe(540);
  });

  test("English keys and values (yes/no, full, time zone, percent cell of 0.1)", () => {
    const { settings, findings } = parse(
      [
        ["time zone", "Europe/London"],
        ["planning tabs", "auto"],
        ["briefing.hour", 8],
        ["briefing.recipients", "lead@example.org"],
        ["briefing.mode", "full"],
        ["rule.break", "no"],
        ["rule.daily-max.error", 12],
        ["rule.daily-max.warning", "10.5"],
        ["rule.contract-hours.gap", 0.1],
        ["Rule . Consecutive-Days . Warning", "5"],
      ],
      "en",
    );
    expect(findings).toEqual([]);
    expect(settings.timeZone).toBe("Europe/London");
    expect(settings.planningTabs).toBe("auto");
    expect(settings.briefing).toEqual({ hour: 8, recipients: ["lead@example.org"], mode: "full" });
    expect(settings.rules.break.enabled).toBe(false);
    expect(settings.rules["daily-max"]).toEqual({ enabled: true, warning: 630, error: 720 });
    expect(settings.rules["contract-hours"].info).toBe(10);
    expect(settings.rules["consecutive-days"].warning).toBe(5);
  });

  test("yes/no in every spelling, and Sheets booleans", () => {
    for (const [value, expected] of [
      ["oui", true],
      ["Non", false],
      ["VRAI", true],
      ["faux", false],
      ["yes", true],
      [false, false],
      [true, true],
    ] as const) {
      expect(parse([["règle.overlap", value]]).settings.rules.overlap.enabled).toBe(expected);
    }
  });

  test("a time cell (a Date of 30/12/1899, as Sheets gives `10:30`) reads as a duration", () => {
    const tenThirty = new Date(Date.UTC(1899, 11, 30, 10, 30));
    expect(parse([["règle.daily-rest.erreur", tenThirty]]).settings.rules["daily-rest"].error).toBe(630);
  });

  test("blank values keep the default; comment rows (#) are skipped", () => {
    const { settings, findings } = parse([
      ["règle.daily-rest.erreur", ""],
      ["# une note pour l'équipe", "rien"],
    ]);
    expect(findings).toEqual([]);
    expect(settings.rules["daily-rest"].error).toBe(660);
  });

  test("keys are case-, accent- and space-insensitive, and mixed languages work for rule keys", () => {
    const { settings, findings } = parse([
      ["REGLE.daily-rest.ERREUR", 10],
      ["rule.daily-max.erreur", 11],
      ["Fuseau  Horaire", "Europe/Paris"],
    ]);
    expect(findings).toEqual([]);
    expect(settings.rules["daily-rest"].error).toBe(600);
    expect(settings.rules["daily-max"].error).toBe(660);
  });
});

describe("parseSettingsTab: coverage keys", () => {
  test("minimums per slot, per weekday (before or after the slot), groups, and qualifications", () => {
    const { settings, findings } = parse([
      ["couverture.matin", 2],
      ["couverture.nuit", "1"],
      ["couverture.nuit.qualification", "veilleur"],
      ["couverture.samedi.matin", 3],
      ["couverture.soir.week-end", "2 personnes"],
      ["coverage.day.monday", 1],
      ["couverture.journée.qualification", "IDE, AES"],
    ]);
    expect(findings).toEqual([]);
    const rules = settings.coverage.map(({ source, ...rest }) => rest);
    expect(rules).toEqual([
      { slot: "matin", minimum: 2 },
      { slot: "nuit", minimum: 1 },
      { slot: "nuit", minimum: 1, qualification: "veilleur" },
      { slot: "matin", weekdays: [5], minimum: 3 },
      { slot: "soir", weekdays: [5, 6], minimum: 2 },
      { slot: "journée", weekdays: [0], minimum: 1 },
      { slot: "journée", minimum: 1, qualification: "IDE" },
      { slot: "journée", minimum: 1, qualification: "AES" },
    ]);
    expect(settings.coverage[0]?.source).toEqual({ tab: TAB, row: 1 });
  });

  test("English coverage keys", () => {
    const { settings, findings } = parse(
      [
        ["coverage.night", 1],
        ["coverage.saturday.morning", 3],
        ["coverage.night.qualification", "night watch"],
      ],
      "en",
    );
    expect(findings).toEqual([]);
    expect(settings.coverage.map((c) => [c.slot, c.minimum, c.weekdays, c.qualification])).toEqual([
      ["nuit", 1, undefined, undefined],
      ["matin", 3, [5], undefined],
      ["nuit", 1, undefined, "night watch"],
    ]);
  });

  test("a coverage minimum that is not a whole number ≥ 0 is an error on its value cell", () => {
    for (const bad of ["-1", "1,5", "deux", 2.5]) {
      const { settings, findings } = parse([
        ["couverture.matin", 2],
        ["couverture.nuit", bad],
      ]);
      expect(settings.coverage.map((c) => c.slot)).toEqual(["matin"]);
      expect(findings).toHaveLength(1);
      expect(findings[0]).toMatchObject({ ruleId: "bad-setting", severity: "error", cells: ["B3"] });
      expect(findings[0]?.message).toContain("nombre entier de personnes");
    }
  });

  test("an unknown slot or day is an error on the key cell", () => {
    const { settings, findings } = parse([["couverture.midi", 2]]);
    expect(settings.coverage).toEqual([]);
    expect(findings[0]).toMatchObject({ severity: "error", cells: ["A2"] });
    expect(findings[0]?.message).toContain("matin, soir, journée ou nuit");
  });

  test("a weekday-specific key written twice keeps the last value and warns", () => {
    const { settings, findings } = parse([
      ["couverture.samedi.matin", 3],
      ["couverture.matin.samedi", 4],
    ]);
    expect(settings.coverage.map((c) => c.minimum)).toEqual([4]);
    expect(findings).toEqual([expect.objectContaining({ severity: "warning", cells: ["A3"] })]);
  });
});

describe("parseSettingsTab: bad settings point at their cell", () => {
  const cases: Array<[string, CellValue, string]> = [
    ["règle.daily-rest.erreur", "onze", "nombre d'heures"],
    ["règle.daily-rest.erreur", -3, "nombre d'heures"],
    ["règle.days-per-week.erreur", "6,5", "nombre entier de jours"],
    ["règle.weekly-rest.jours-de-repos", 9, "de 0 à 7"],
    ["fuseau horaire", "Europe/Pariss", "fuseau horaire IANA"],
    ["briefing.heure", 24, "de 0 à 23"],
    ["briefing.heure", "7h30", "de 0 à 23"],
    ["briefing.mode", "bavard", "minimal ou complet"],
    ["règle.overlap", "peut-être", "oui ou non"],
    ["règle.contract-hours.écart", "beaucoup", "pourcentage"],
  ];
  test.each(cases)("%s = %p is an error on B3 saying what is expected", (key, value, expected) => {
    const { settings, findings } = parse([
      ["preset", "code-du-travail"],
      [key, value],
    ]);
    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({
      ruleId: "bad-setting",
      severity: "error",
      tab: TAB,
      cells: ["B3"],
      person: null,
      date: null,
    });
    expect(findings[0]?.message).toContain(expected);
    expect(findings[0]?.message).toContain(key);
    // The default stays in place.
    expect(settings).toEqual(defaultSettings());
  });

  test("bad e-mail addresses are named; the default (no recipient) stays", () => {
    const { settings, findings } = parse([["briefing.destinataires", "cadre@exemple.fr, pas-une-adresse"]]);
    expect(settings.briefing.recipients).toEqual([]);
    expect(findings).toEqual([expect.objectContaining({ severity: "error", cells: ["B2"] })]);
    expect(findings[0]?.message).toContain("pas-une-adresse");
    expect(findings[0]?.message).not.toContain("cadre@exemple.fr");
  });

  test("an unknown key is a warning on its key cell, in English for an English workbook", () => {
    const { findings } = parse([["rule.daily-rests.error", 11]], "en");
    expect(findings).toEqual([expect.objectContaining({ severity: "warning", cells: ["A2"], tab: TAB })]);
    expect(findings[0]?.message).toMatch(/^Unknown setting "rule\.daily-rests\.error" \(A2\)/);
  });

  test("a value without a key is a warning on the value cell", () => {
    const { findings } = parse([[null, 12]]);
    expect(findings).toEqual([expect.objectContaining({ severity: "warning", cells: ["B2"] })]);
  });

  test("a key given twice warns on the second key cell and keeps the last value", () => {
    const { settings, findings } = parse([
      ["règle.daily-rest.erreur", 11],
      ["rule.daily-rest.error", 10],
    ]);
    expect(settings.rules["daily-rest"].error).toBe(600);
    expect(findings).toEqual([expect.objectContaining({ severity: "warning", cells: ["A3"] })]);
    expect(findings[0]?.message).toContain("A2");
  });

  test("never throws on odd cell values", () => {
    const odd: CellValue[] = [
      null,
      "",
      0,
      -1,
      1e12,
      Number.NaN,
      true,
      new Date(Number.NaN),
      new Date(0),
      "   ",
    ];
    for (const key of SETTING_KEYS) {
      for (const value of odd) expect(() => parse([[key.fr, value]])).not.toThrow();
    }
  });
});

describe("the key catalogue", () => {
  test("every key is found by its French and its English name, and names are unique", () => {
    const names = new Set<string>();
    for (const key of SETTING_KEYS) {
      expect(findSettingKey(key.fr)).toBe(key);
      expect(findSettingKey(key.en)).toBe(key);
      expect(names.has(key.fr)).toBe(false);
      names.add(key.fr);
    }
    expect(SETTING_KEYS.map((k) => k.fr)).toEqual(
      expect.arrayContaining([
        "preset",
        "fuseau horaire",
        "onglets planning",
        "briefing.heure",
        "briefing.destinataires",
      ]),
    );
  });

  test("the setup rows, read back, give the preset's settings without any finding (both languages)", () => {
    for (const lang of ["fr", "en"] as const) {
      for (const preset of ["code-du-travail", "ccn66", "ccn51"] as const) {
        const rows = settingsTabRows(lang, preset);
        expect(rows[0]).toEqual(
          lang === "fr" ? ["clé", "valeur", "explication"] : ["key", "value", "explanation"],
        );
        expect(rows.every((r) => r.length === 3 && (r[2] ?? "").length > 0)).toBe(true);
        const { settings, findings } = parseSettingsTab(rows, TAB, lang);
        expect(findings).toEqual([]);
        expect(settings).toEqual(defaultSettings(preset));
      }
    }
  });
});

describe("handover categories", () => {
  test("a list in French or English keys, split on commas, semicolons and line breaks", () => {
    expect(
      parse([["transmissions.catégories", "Santé ; Sommeil,\nSortie"]]).settings.handoverCategories,
    ).toEqual(["Santé", "Sommeil", "Sortie"]);
    expect(parse([["handovers.categories", "Health, Sleep"]], "en").settings.handoverCategories).toEqual([
      "Health",
      "Sleep",
    ]);
  });

  test("a blank value keeps the default list (empty: the sidebar offers the defaults)", () => {
    const { settings, findings } = parse([["transmissions.catégories", ""]]);
    expect(findings).toEqual([]);
    expect(settings.handoverCategories).toEqual([]);
  });
});

describe("values typed with stray spaces", () => {
  test("« non » and « 5 » with a leading space are read like the clean values", () => {
    const { settings, findings } = parse([
      ["règle.coverage", " non"],
      ["règle.days-per-week.erreur", " 5"],
    ]);
    expect(findings).toEqual([]);
    expect(settings.rules.coverage.enabled).toBe(false);
    expect(settings.rules["days-per-week"].error).toBe(5);
  });
});
