// setupWorkbook under the fake: the missing tabs with headers, dropdowns, metadata; idempotent; never touches a tab.

import { buildPlannings } from "../../scripts/demo/roster";
import { checkPlanning, setupWorkbook } from "../../src/gas/main";
import { createFakeAppsScript, type FakeAppsScript, type FakeSheet } from "../fakes";
import { planningValues } from "./check-world";

let fake: FakeAppsScript;
afterEach(() => fake?.uninstall());

const sheet = (name: string): FakeSheet => fake.spreadsheet.getSheetByName(name) as FakeSheet;
const roleOf = (s: FakeSheet): string | null =>
  s
    .getDeveloperMetadata()
    .find((m) => m.getKey() === "releve.role")
    ?.getValue() ?? null;

/** Everything a tab holds that a user could see or the add-on could change. */
function fullState(): unknown {
  return fake.spreadsheet.getSheets().map((s) => {
    const values = s.valuesOf();
    const cells: unknown[] = [];
    for (let r = 1; r <= Math.max(values.length, 3); r++) {
      for (let c = 1; c <= 8; c++) {
        const cell = s.cellAt(r, c);
        cells.push([
          cell?.background ?? null,
          cell?.note ?? "",
          cell?.fontWeight ?? null,
          cell?.validation?.getCriteriaValues() ?? null,
        ]);
      }
    }
    return {
      name: s.getName(),
      values,
      cells,
      frozen: s.getFrozenRows(),
      hidden: s.isSheetHidden(),
      metadata: s.getDeveloperMetadata().map((m) => [m.getKey(), m.getValue()]),
    };
  });
}

function world(sheets?: Record<string, unknown[][]>, locale = "fr_FR"): FakeAppsScript {
  fake = createFakeAppsScript({ userEmail: "coord@example.org", locale, ...(sheets ? { sheets } : {}) });
  fake.install();
  return fake;
}

describe("setupWorkbook", () => {
  test("creates the missing tabs with headers, frozen header rows and metadata, and says so", () => {
    world();
    const result = setupWorkbook();
    expect(result.created).toEqual(["Paramètres", "Codes", "Équipe", "Résidents", "Transmissions"]);
    expect(result.adopted).toEqual([]);
    const roles = Object.fromEntries(fake.spreadsheet.getSheets().map((s) => [s.getName(), roleOf(s)]));
    expect(roles).toEqual({
      "Feuille 1": null,
      Paramètres: "settings",
      Codes: "codes",
      Équipe: "staff",
      Résidents: "residents",
      Transmissions: "handovers",
    });
    for (const name of result.created) {
      expect(sheet(name).getFrozenRows()).toBe(1);
      expect(sheet(name).cellAt(1, 1)?.fontWeight).toBe("bold");
    }
    expect(sheet("Équipe").valuesOf()[0]).toEqual([
      "Nom",
      "Fonction/Qualification",
      "Heures/semaine",
      "Unité",
      "Travailleur de nuit",
      "E-mail",
    ]);
    expect(sheet("Résidents").valuesOf()[0]).toEqual(["Nom", "Unité", "Actif"]);
    expect(fake.ui.alerts[0]?.prompt).toContain(
      "Onglets créés : Paramètres, Codes, Équipe, Résidents, Transmissions.",
    );
    expect(fake.spreadsheet.getActiveSheet().getName()).toBe("Feuille 1");
    expect(fake.lock.writesOutsideLock()).toEqual([]);
  });

  test("Paramètres: every key with its default and explanation, dropdowns for the preset and yes/no keys", () => {
    world();
    setupWorkbook();
    const settings = sheet("Paramètres");
    const values = settings.valuesOf();
    expect(values[0]).toEqual(["clé", "valeur", "explication"]);
    const presetRow = values.findIndex((r) => r[0] === "preset") + 1;
    expect(values[presetRow - 1]?.[1]).toBe("code-du-travail");
    expect(settings.cellAt(presetRow, 2)?.validation?.getCriteriaValues()[0]).toEqual([
      "code-du-travail",
      "ccn66",
      "ccn51",
    ]);
    const switchRow = values.findIndex((r) => r[0] === "règle.daily-rest") + 1;
    expect(values[switchRow - 1]?.[1]).toBe("oui");
    expect(settings.cellAt(switchRow, 2)?.validation?.getCriteriaValues()[0]).toEqual(["oui", "non"]);
    expect(values.every((r, i) => i === 0 || String(r[0]).length > 0)).toBe(true);
    expect(values.slice(1).every((r) => String(r[2]).length > 10)).toBe(true);
  });

  test("Codes: pre-filled with the default legend, aliases included, Type as a dropdown", () => {
    world();
    setupWorkbook();
    const codes = sheet("Codes");
    const values = codes.valuesOf();
    expect(values[0]).toEqual(["Code", "Libellé", "Début", "Fin", "Pause (min)", "Type"]);
    const byCode = new Map(values.slice(1).map((r) => [r[0], r]));
    expect(byCode.get("N")?.[5]).toBe("nuit");
    expect(byCode.get("CP")?.[5]).toBe("absence");
    expect(codes.cellAt(2, 6)?.validation?.getCriteriaValues()[0]).toEqual([
      "travail",
      "nuit",
      "veille",
      "absence",
      "repos",
    ]);
    expect(codes.cellAt(300, 6)?.validation).toBeTruthy();
  });

  test("what setup writes reads back cleanly: a check finds no problem in the new tabs", () => {
    const [unit] = buildPlannings();
    world({ "Hirondelles - Novembre 2026": planningValues(unit as never, 2026, 11) });
    setupWorkbook();
    const summary = checkPlanning();
    expect(summary.findings.filter((f) => f.ruleId === "bad-setting")).toEqual([]);
    expect(summary.findings.some((f) => f.ruleId === "unknown-code")).toBe(false);
  });

  test("running it twice changes nothing", () => {
    world();
    setupWorkbook();
    const once = fullState();
    fake.calls.reset();
    const again = setupWorkbook();
    expect(again.created).toEqual([]);
    expect(again.adopted).toEqual([]);
    expect(again.message).toBe("Le classeur est déjà configuré : aucun onglet n'a été créé ni modifié.");
    expect(fullState()).toEqual(once);
    expect(fake.writes.filter((w) => w.method !== "Properties.setProperty")).toEqual([]);
  });

  test("never touches an existing tab: a default-named tab is adopted (metadata only), a user's log is left alone", () => {
    world({
      Planning: [
        ["Nom", 1, 2],
        ["Martin Léa", "M", "S"],
      ],
      Codes: [
        ["Code", "Libellé", "Début", "Fin", "Pause (min)", "Type"],
        ["MA", "Matin long", "06:30", "14:30", 30, "travail"],
      ],
      Paramètres: [
        ["clé", "valeur"],
        ["preset", "ccn66"],
      ],
      Transmissions: [["Mon cahier de liaison"], ["lundi : RAS"]],
    });
    for (const name of ["Codes", "Paramètres"]) sheet(name).getRange("A1").setBackground("#ff00ff");
    const before = fullState() as Array<{ name: string }>;
    const result = setupWorkbook();
    expect(result.adopted).toEqual(["Paramètres", "Codes"]);
    expect(result.created).toEqual(["Équipe", "Résidents", "Transmissions (Relève)"]);
    const after = fullState() as Array<{ name: string; metadata: unknown }>;
    for (const tab of before) {
      const now = after.find((t) => t.name === tab.name) as { metadata: unknown[] };
      expect({ ...now, metadata: [] }).toEqual({ ...tab, metadata: [] });
    }
    expect(roleOf(sheet("Codes"))).toBe("codes");
    expect(roleOf(sheet("Paramètres"))).toBe("settings");
    expect(roleOf(sheet("Transmissions"))).toBeNull();
    expect(roleOf(sheet("Planning"))).toBeNull();
    expect(fake.ui.alerts[0]?.prompt).toContain(
      "Onglets existants reconnus (laissés tels quels) : Paramètres, Codes.",
    );
  });

  test("an English spreadsheet gets English tabs", () => {
    world(undefined, "en_US");
    const result = setupWorkbook();
    expect(result.created).toEqual(["Settings", "Codes", "Staff", "Residents", "Handovers"]);
    expect(sheet("Codes").valuesOf()[0]).toEqual(["Code", "Label", "Start", "End", "Break (min)", "Type"]);
    expect(sheet("Staff").cellAt(2, 5)?.validation?.getCriteriaValues()[0]).toEqual(["yes", "no"]);
  });

  test("a busy lock stops it with a clear message", () => {
    world();
    fake.lock.holdAs("other");
    expect(() => setupWorkbook()).toThrow(/Relève travaille déjà/);
    expect(fake.spreadsheet.getSheets()).toHaveLength(1);
  });
});
