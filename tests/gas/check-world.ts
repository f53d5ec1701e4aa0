// A fake spreadsheet for the planning-check tests: the demo's units and months (people × days), settings, codes, staff, user formats.
import { buildPlannings, MONTHS, TEAM, type UnitPlanning } from "../../scripts/demo/roster";
import { planningTabName } from "../../scripts/demo/workbook";
import { dayFromParts, daysInMonth, weekdayOf } from "../../src/core/time";
import { createFakeAppsScript, type FakeAppsScript, type FakeOptions, type FakeSheet } from "../fakes";

const WEEKDAY_LETTERS = ["L", "M", "M", "J", "V", "S", "D"];
/** Fill colours a coordinator gives the codes (so the restore has real backgrounds to put back). */
export const CODE_FILLS: Record<string, string> = {
  M: "#fff2cc",
  S: "#ddebf7",
  J: "#e2efda",
  N: "#d9d2e9",
  CA: "#fce4d6",
  AM: "#f8cbad",
};
const pad2 = (n: number): string => (n < 10 ? `0${n}` : String(n));

/** The rows of one unit's month (contract §4 layout 1): title, subtitle, weekday letters, header, people, legend. */
export function planningValues(planning: UnitPlanning, year: number, month: number): unknown[][] {
  const days = daysInMonth(year, month);
  const rows: unknown[][] = [
    [`Maison d'enfants Les Tilleuls — Les ${planning.unit}`],
    [`Planning de ${month}/${year}`],
    [],
    [
      "",
      "",
      ...Array.from({ length: days }, (_, i) => WEEKDAY_LETTERS[weekdayOf(dayFromParts(year, month, i + 1))]),
    ],
    ["Nom", "Fonction", ...Array.from({ length: days }, (_, i) => i + 1)],
  ];
  for (const row of planning.rows) {
    const codes = Array.from(
      { length: days },
      (_, i) => row.codes.get(`${year}-${pad2(month)}-${pad2(i + 1)}`) ?? "",
    );
    if (codes.every((c) => c === "")) continue;
    rows.push([row.name, row.role, ...codes]);
  }
  rows.push([]);
  rows.push(["Légende : voir l'onglet Codes."]);
  return rows;
}

/** A synthetic unit of `people` people on a six-day rotation (for the scaling tests). */
export function syntheticValues(people: number, mistakes = true, year = 2026, month = 11): unknown[][] {
  const days = daysInMonth(year, month);
  const cycle = ["M", "M", "S", "S", "R", "R"];
  const rows: unknown[][] = [["Nom", "Fonction", ...Array.from({ length: days }, (_, i) => i + 1)]];
  for (let p = 0; p < people; p++) {
    const codes = Array.from({ length: days }, (_, d) => cycle[(d + p) % 6] as string);
    // Every seventh person works an evening then a morning on the 10th/11th: a daily-rest finding per such person.
    if (mistakes && p % 7 === 0) {
      codes[9] = "S";
      codes[10] = "M";
    }
    rows.push([`Personne ${String(p + 1).padStart(4, "0")}`, "Éducateur spécialisé", ...codes]);
  }
  return rows;
}

/** Gives a planning tab the formats a coordinator adds: code fills, weekend header fill, a few notes and borders. */
export function decorate(sheet: FakeSheet): void {
  const values = sheet.valuesOf();
  values.forEach((row, r) => {
    row.forEach((value, c) => {
      const fill = typeof value === "string" ? CODE_FILLS[value] : undefined;
      if (fill) sheet.getRange(r + 1, c + 1).setBackground(fill);
      if (r === 3 && (value === "S" || value === "D")) sheet.getRange(r + 1, c + 1).setBackground("#d9d9d9");
    });
  });
  const people = values.findIndex((row) => row[0] === "Nom") + 1;
  if (people > 0 && values.length > people + 1) {
    sheet.getRange(people + 1, 1).setNote("Référente du groupe");
    sheet.getRange(people + 2, 5).setNote("Échange avec un collègue");
    sheet.getRange(people + 1, 1, 2, 10).setBorder(true, true, true, true, false, false);
  }
}

/** Settings rows (key, value, explanation). */
export function settingsRows(extra: Array<[string, string | number]> = []): unknown[][] {
  return [
    ["clé", "valeur", "explication"],
    ["preset", "code-du-travail", ""],
    ["couverture.nuit", 1, ""],
    ...extra,
  ];
}

/** The demo's Codes tab (times as text, as a coordinator types them). */
export function codesRows(): unknown[][] {
  return [
    ["Code", "Libellé", "Début", "Fin", "Pause (min)", "Type"],
    ["M", "Matin", "07:00", "14:00", 20, "travail"],
    ["S", "Soir", "14:00", "22:00", 20, "travail"],
    ["J", "Journée", "09:00", "17:00", 60, "travail"],
    ["N", "Nuit", "21:00", "07:00", 20, "nuit"],
    ["R", "Repos", "", "", 0, "repos"],
    ["CA", "Congés annuels", "", "", 0, "absence"],
    ["AM", "Arrêt maladie", "", "", 0, "absence"],
    ["F", "Formation", "", "", 0, "absence"],
    ["JF", "Jour férié chômé", "", "", 0, "absence"],
  ];
}

/** The staff tab of the demo team. */
export function staffRows(): unknown[][] {
  return [
    ["Nom", "Fonction/Qualification", "Heures/semaine", "Unité", "Travailleur de nuit"],
    ...TEAM.map((p) => [p.name, p.role, p.weeklyHours, p.unit, p.nightWorker ? "oui" : "non"]),
  ];
}

/** Options of `checkWorld`. */
export interface CheckWorldOptions extends FakeOptions {
  /** Extra settings rows. */
  settings?: Array<[string, string | number]>;
  /** How many months of the demo (1–3, default 3). */
  months?: number;
  /** Tabs to add first (user tabs). */
  before?: Record<string, unknown[][]>;
}

/** The planning tabs' names of a world with `months` months, in order. */
export function planningNames(months = 3): string[] {
  const names: string[] = [];
  for (const [year, month] of MONTHS.slice(0, months)) {
    for (const planning of buildPlannings()) names.push(planningTabName(planning.unit, year, month));
  }
  return names;
}

/**
 * The fake world, installed on globalThis: Paramètres, Codes, Équipe, then the two units' plannings for each month
 * (decorated with fills, notes and borders), a conditional-format rule on the first planning.
 */
export function checkWorld(options: CheckWorldOptions = {}): FakeAppsScript {
  const fake = createFakeAppsScript({ userEmail: "coord@example.org", ...options });
  for (const [name, values] of Object.entries(options.before ?? {}))
    fake.spreadsheet.addSheetWithValues(name, values);
  fake.spreadsheet.addSheetWithValues("Paramètres", settingsRows(options.settings));
  fake.spreadsheet.addSheetWithValues("Codes", codesRows());
  fake.spreadsheet.addSheetWithValues("Équipe", staffRows());
  for (const [year, month] of MONTHS.slice(0, options.months ?? 3)) {
    for (const planning of buildPlannings()) {
      const sheet = fake.spreadsheet.addSheetWithValues(
        planningTabName(planning.unit, year, month),
        planningValues(planning, year, month),
      );
      decorate(sheet);
    }
  }
  const first = fake.spreadsheet.getSheetByName(planningNames(1)[0] as string) as FakeSheet;
  const rule = fake.globals.SpreadsheetApp.newConditionalFormatRule()
    .whenTextEqualTo("AM")
    .setBackground("#ff0000")
    .setRanges([first.getRange("C6:AF15") as never])
    .build();
  first.setConditionalFormatRules([rule as never]);
  fake.calls.reset();
  fake.install();
  return fake;
}

/**
 * Everything the check must leave as it found it on a tab, as Sheets shows it: values, backgrounds, notes, borders,
 * text colour, weight and line (as their getters read them: an explicit black reads like the default), and the
 * conditional-format rules.
 */
export function tabState(sheet: FakeSheet): unknown {
  const values = sheet.valuesOf();
  const rows = Math.max(values.length, 40);
  const cols = Math.max(values[0]?.length ?? 0, 40);
  const area = sheet.getRange(1, 1, Math.min(rows, sheet.maxRows), Math.min(cols, sheet.maxCols));
  const [colours, weights, lines] = [area.getFontColors(), area.getFontWeights(), area.getFontLines()];
  const cells: unknown[] = [];
  for (let r = 1; r <= rows; r++) {
    for (let c = 1; c <= cols; c++) {
      const cell = sheet.cellAt(r, c);
      const style = [colours[r - 1]?.[c - 1], weights[r - 1]?.[c - 1], lines[r - 1]?.[c - 1]];
      cells.push([
        cell?.background ?? null,
        cell?.note ?? "",
        JSON.stringify(sheet.borderAt(r, c)),
        ...style,
      ]);
    }
  }
  const rules = sheet
    .getConditionalFormatRules()
    .map((rule) =>
      JSON.stringify([
        rule.settings,
        rule.getRanges().map((r) => (r as { getA1Notation(): string }).getA1Notation()),
      ]),
    );
  return { values, cells, rules };
}

/** `tabState` of every tab named. */
export function stateOf(fake: FakeAppsScript, names: readonly string[]): Record<string, unknown> {
  return Object.fromEntries(
    names.map((name) => [name, tabState(fake.spreadsheet.getSheetByName(name) as FakeSheet)]),
  );
}
