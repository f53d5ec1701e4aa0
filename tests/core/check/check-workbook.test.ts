// checkWorkbook on a small realistic workbook: add-on tabs, settings and staff problems, rules, summary and JSON shapes.
import { checkWorkbook, summaryForSidebar, toContractJson } from "../../../src/core/check/check";
import { compareFindings, type Finding } from "../../../src/core/findings";
import type { CellValue, WorkbookSnapshot } from "../../../src/core/workbook";

const DAYS = Array.from({ length: 30 }, (_, i) => i + 1);
/** Weekday of a November 2026 date, Monday = 0 (the 1st is a Sunday). */
const weekday = (d: number): number => (d + 5) % 7;
const row = (name: string, code: (d: number) => string): CellValue[] => [name, ...DAYS.map(code)];
const SATURDAYS = new Set([7, 14, 21, 28]);
const WEEKEND_NIGHTS = new Set([1, 7, 8, 14, 15, 21, 22, 28]);

/** A French workbook: settings, staff, one month of planning, a notes tab and an old report tab. */
function workbook(
  locale = "fr_FR",
  names = { settings: "Paramètres", staff: "Équipe", report: "Contrôle planning" },
): WorkbookSnapshot {
  return {
    locale,
    timeZone: "Europe/Paris",
    dateBasis: "zone",
    tabs: [
      {
        name: names.settings,
        values: [
          ["clé", "valeur", "explication"],
          ["preset", "ccn66"],
          ["couverture.samedi.matin", 2],
          ["règle.daily-rest.erreur", "onze"],
          ["couverture.week-end.nuit.qualification", "veilleur"],
          ["couleur", "bleu"],
        ],
      },
      {
        name: names.staff,
        values: [
          ["Nom", "Fonction/Qualification", "Heures/semaine", "Unité", "Travailleur de nuit"],
          ["MARTIN Léa", "AES", 35, "Foyer", "non"],
          ["PETIT Anne", "veilleur", "", "Foyer", "oui"],
          ["DURAND Paul", "IDE", "beaucoup", "Foyer", "oui"],
        ],
      },
      {
        name: "Novembre 2026",
        values: [
          ["Nom", ...DAYS],
          row("MARTIN Léa", (d) => (weekday(d) < 5 || (SATURDAYS.has(d) && d !== 28) ? "M" : "")),
          row("Marc Blanc", (d) => (SATURDAYS.has(d) ? "M" : "")),
          row("PETIT Anne", (d) => (WEEKEND_NIGHTS.has(d) ? "N" : "")),
          row("DURAND Paul", (d) => (d === 29 ? "N" : "")),
        ],
      },
      { name: "Notes", values: [["Commander les blouses"], ["Réunion jeudi"]] },
      { name: names.report, values: [["Contrôle planning"], ["ancien rapport"]] },
    ],
  };
}

const only = (findings: Finding[], ruleId: Finding["ruleId"]) => findings.filter((f) => f.ruleId === ruleId);

describe("checkWorkbook", () => {
  const result = checkWorkbook(workbook());

  test("reads the add-on tabs, the planning, and lists the ignored tab (not the add-on tabs)", () => {
    expect(result.lang).toBe("fr");
    expect(result.settings.preset).toBe("ccn66");
    expect(result.legend.source).toBe("default");
    expect(result.staff.map((s) => s.name)).toEqual(["MARTIN Léa", "PETIT Anne", "DURAND Paul"]);
    expect(result.summary).toMatchObject({
      tabs: ["Novembre 2026"],
      ignoredTabs: ["Notes"],
      people: 4,
      preset: "ccn66",
    });
    // Léa: 21 weekdays + 3 Saturdays; Marc: 4 Saturdays; Anne: 8 nights; Paul: 1 night.
    expect(result.summary.shifts).toBe(24 + 4 + 8 + 1);
  });

  test("settings and staff problems are findings on their cells", () => {
    const bad = only(result.findings, "bad-setting").map((f) => [f.severity, f.tab, f.cells]);
    expect(bad).toEqual(
      expect.arrayContaining([
        ["error", "Paramètres", ["B4"]],
        ["warning", "Paramètres", ["A6"]],
        ["warning", "Équipe", ["C4"]],
      ]),
    );
    expect(bad).toHaveLength(3);
    // The bad threshold left the preset's value in place.
    expect(result.settings.rules["daily-rest"].error).toBe(9 * 60);
  });

  test("coverage: the one Saturday with a single morning person, on that day's header cell when the reader gives it", () => {
    const coverage = only(result.findings, "coverage");
    expect(coverage.map((f) => [f.date, f.tab, f.details.present, f.details.minimum])).toEqual([
      ["2026-11-28", "Novembre 2026", 1, 2],
    ]);
    expect(coverage[0]?.cells).toEqual(["AC1"]);
  });

  test("qualification: the weekend night without a night watch", () => {
    expect(only(result.findings, "qualification").map((f) => [f.date, f.severity])).toEqual([
      ["2026-11-29", "warning"],
    ]);
  });

  test("contract-hours: Léa's 168 h against 150 h; Anne and Paul have no usable contract hours", () => {
    const info = only(result.findings, "contract-hours");
    expect(info.map((f) => [f.person, f.date, f.details.plannedMinutes, f.details.contractMinutes])).toEqual([
      ["MARTIN Léa", "2026-11-01", 168 * 60, 150 * 60],
    ]);
  });

  test("findings are sorted (severity, then date) and the counts add up", () => {
    for (let i = 1; i < result.findings.length; i++) {
      expect(
        compareFindings(result.findings[i - 1] as Finding, result.findings[i] as Finding),
      ).toBeLessThanOrEqual(0);
    }
    const { errors, warnings, infos } = result.summary;
    expect(errors + warnings + infos).toBe(result.findings.length);
    expect(errors).toBe(result.findings.filter((f) => f.severity === "error").length);
  });

  test("summary: counted hours per person and week (Monday to Sunday)", () => {
    const lea = result.summary.hoursPerPersonWeek.filter((h) => h.person === "MARTIN Léa");
    expect(lea.find((h) => h.week === "2026-11-02")?.minutes).toBe(6 * 7 * 60);
    expect(lea.find((h) => h.week === "2026-11-23")?.minutes).toBe(5 * 7 * 60);
  });

  test("a preset given by the caller wins over the settings tab", () => {
    const cdt = checkWorkbook(workbook(), { preset: "code-du-travail" });
    expect(cdt.summary.preset).toBe("code-du-travail");
    expect(cdt.settings.rules["split-shift"].enabled).toBe(false);
  });

  test("English workbook: English tab names and messages", () => {
    const en = checkWorkbook(
      workbook("en_US", { settings: "Settings", staff: "Staff", report: "Planning check" }),
    );
    expect(en.lang).toBe("en");
    expect(en.summary.ignoredTabs).toEqual(["Notes"]);
    expect(only(en.findings, "coverage")[0]?.message).toBe(
      "Coverage too low on 28 Nov (morning): 1 person for a minimum of 2 (Marc Blanc).",
    );
  });

  test("a workbook with only a planning is checked with the defaults", () => {
    const bare = workbook();
    bare.tabs = bare.tabs.filter((t) => t.name === "Novembre 2026");
    const r = checkWorkbook(bare);
    expect(r.settings.preset).toBe("code-du-travail");
    expect(r.staff).toEqual([]);
    expect(only(r.findings, "bad-setting")).toEqual([]);
    expect(only(r.findings, "coverage")).toEqual([]);
  });
});

describe("JSON shapes of the contract", () => {
  const result = checkWorkbook(workbook());

  test("toContractJson is exactly contract §2's document", () => {
    const json = toContractJson(result);
    expect(Object.keys(json)).toEqual(["findings", "summary"]);
    expect(Object.keys(json.summary)).toEqual([
      "errors",
      "warnings",
      "infos",
      "tabs",
      "people",
      "shifts",
      "reading",
    ]);
    expect(JSON.parse(JSON.stringify(json))).toEqual(json);
    expect(json.findings.map(({ group, ...finding }) => finding)).toEqual(result.findings);
    expect(json.findings.every((f) => typeof f.group === "string" && f.group !== "")).toBe(true);
  });

  test("summaryForSidebar keeps the counts of every finding and cuts the list", () => {
    const cut = summaryForSidebar(result, 2);
    expect(cut.findings).toEqual(result.findings.slice(0, 2));
    expect(cut.truncated).toBe(true);
    expect(cut.errors + cut.warnings + cut.infos).toBe(result.findings.length);
    const whole = summaryForSidebar(result);
    expect(whole.truncated).toBe(false);
    expect(whole.findings).toHaveLength(result.findings.length);
  });
});

describe("planning tabs named in the settings", () => {
  test("named tabs are read (accents and case aside), a missing one is an error on the setting's cell", () => {
    const snapshot = workbook();
    const settingsTab = snapshot.tabs[0];
    settingsTab?.values.push(["onglets planning", "NOVEMBRE 2026, Decembre 2026"]);
    const r = checkWorkbook(snapshot);
    expect(r.summary.tabs).toEqual(["Novembre 2026"]);
    const missing = only(r.findings, "bad-setting").filter((f) => f.cells[0] === "B7");
    expect(missing).toEqual([expect.objectContaining({ severity: "error", tab: "Paramètres" })]);
    expect(missing[0]?.message).toContain("Decembre 2026");
    expect(missing[0]?.message).not.toContain("NOVEMBRE");
  });
});

describe("the break rule judges only the establishment's own legend", () => {
  const month = {
    name: "Novembre 2026",
    values: [["Nom", ...DAYS], row("MARTIN Léa", (d) => (weekday(d) < 5 ? "M" : ""))],
  };
  const snapshot = (tabs: WorkbookSnapshot["tabs"]): WorkbookSnapshot => ({
    locale: "fr_FR",
    timeZone: "Europe/Paris",
    dateBasis: "zone",
    tabs,
  });

  it("says nothing of breaks with the built-in legend", () => {
    expect(only(checkWorkbook(snapshot([month])).findings, "break")).toEqual([]);
  });

  it("flags a Codes-tab shift of 7 h without a break", () => {
    const codes = {
      name: "Codes",
      values: [
        ["Code", "Libellé", "Début", "Fin", "Pause (min)", "Type"],
        ["M", "Matin", "07:00", "14:00", 0, "travail"],
      ],
    };
    const found = only(checkWorkbook(snapshot([codes, month])).findings, "break");
    expect(found).toHaveLength(1);
    // The legend's fault: on the code's row of the Codes tab, no person, no date.
    expect(found[0]).toMatchObject({
      severity: "info",
      tab: "Codes",
      cells: ["A2"],
      person: null,
      date: null,
    });
  });
});
