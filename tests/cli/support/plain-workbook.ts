// The demo's tabs as plain cell values, written independently to an .xlsx (exceljs) and to the fake Google Sheets.

import ExcelJS from "exceljs";
import { demoHandovers, RESIDENTS } from "../../../scripts/demo/handovers";
import { buildPlannings, ESTABLISHMENT, MONTHS, TEAM } from "../../../scripts/demo/roster";
import { planningTabName } from "../../../scripts/demo/workbook";
import { entryToRow, headerRow } from "../../../src/core/handovers";
import { monthName } from "../../../src/core/i18n/format";
import { dateInZone } from "../../fakes/zoned";

/** A wall-clock date (and time), as a user types it: `[year, month, day, hour?, minute?]`. */
export interface WallDate {
  date: [number, number, number, number?, number?];
}
/** A time-only cell (`21:00`). */
export interface TimeOnly {
  time: [number, number];
}
/** An error cell (`#VALUE!`, `#N/A`…), as a formula leaves it. */
export interface ErrorCell {
  error: string;
}
/** A formula cell and the result the spreadsheet application last computed. */
export interface FormulaCell {
  formula: string;
  result: string | number | WallDate | ErrorCell;
}
/** One cell as a user sees it. */
export type PlainValue = string | number | boolean | null | WallDate | TimeOnly | FormulaCell | ErrorCell;

/** One tab: rows of plain values from A1, and merged ranges (`A1:H1`, the value in the top-left cell). */
export interface PlainTab {
  name: string;
  rows: PlainValue[][];
  merges?: string[];
}

const isWall = (v: PlainValue): v is WallDate => typeof v === "object" && v !== null && "date" in v;
const isTime = (v: PlainValue): v is TimeOnly => typeof v === "object" && v !== null && "time" in v;
const isFormula = (v: PlainValue): v is FormulaCell => typeof v === "object" && v !== null && "formula" in v;
const isError = (v: PlainValue): v is ErrorCell => typeof v === "object" && v !== null && "error" in v;

// ---------------------------------------------------------------- the demo's tabs, as plain values

const WEEKDAY_LETTERS = ["D", "L", "M", "M", "J", "V", "S"];
const pad2 = (n: number): string => String(n).padStart(2, "0");
const daysIn = (year: number, month: number): number => new Date(Date.UTC(year, month, 0)).getUTCDate();

/**
 * The demo workbook's tabs as plain values (the same content `scripts/demo/workbook.ts` writes), with a merged
 * title per planning and weekly hours as formulas with cached results, plus two daylight-saving nights: a
 * people × dates grid over the autumn change (real date headers, a merged absence) and a shift list over the
 * spring change (dates and time-only cells).
 */
export function demoPlainTabs(): PlainTab[] {
  const tabs: PlainTab[] = [];
  const plannings = buildPlannings();
  for (const [year, month] of MONTHS) {
    for (const planning of plannings) {
      const days = daysIn(year, month);
      const rows: PlainValue[][] = [
        [`${ESTABLISHMENT} — Les ${planning.unit}`],
        [`Planning de ${monthName(month, "fr")} ${year}`],
        [],
        [null, null],
        ["Nom", "Fonction"],
      ];
      for (let d = 1; d <= days; d += 1) {
        (rows[3] as PlainValue[]).push(
          WEEKDAY_LETTERS[new Date(Date.UTC(year, month - 1, d)).getUTCDay()] ?? "",
        );
        (rows[4] as PlainValue[]).push(d);
      }
      const people = planning.rows.filter((row) =>
        [...row.codes.entries()].some(
          ([date, code]) => code !== "" && date.startsWith(`${year}-${pad2(month)}`),
        ),
      );
      for (const person of people) {
        const line: PlainValue[] = [person.name, person.role];
        for (let d = 1; d <= days; d += 1) {
          const code = person.codes.get(`${year}-${pad2(month)}-${pad2(d)}`) ?? "";
          line.push(code === "" ? null : code);
        }
        rows.push(line);
      }
      rows.push([], ["Légende : voir l'onglet Codes (M matin, S soir, J journée, N nuit, R repos)."]);
      tabs.push({ name: planningTabName(planning.unit, year, month), rows, merges: ["A1:H1"] });
    }
  }
  const work = (
    code: string,
    label: string,
    from: [number, number],
    to: [number, number],
    pause: number,
    type: string,
  ) => [code, label, { time: from }, { time: to }, pause, type];
  tabs.push({
    name: "Codes",
    rows: [
      ["Code", "Libellé", "Début", "Fin", "Pause (min)", "Type"],
      work("M", "Matin", [7, 0], [14, 0], 20, "travail"),
      work("S", "Soir", [14, 0], [22, 0], 20, "travail"),
      work("J", "Journée (maîtresse de maison)", [9, 0], [17, 0], 60, "travail"),
      work("N", "Nuit (veille active)", [21, 0], [7, 0], 20, "nuit"),
      ["R", "Repos", null, null, 0, "repos"],
      ["CA", "Congés annuels", null, null, 0, "absence"],
      ["AM", "Arrêt maladie", null, null, 0, "absence"],
      ["F", "Formation", null, null, 0, "absence"],
      ["JF", "Jour férié chômé", null, null, 0, "absence"],
    ],
  });
  tabs.push({
    name: "Équipe",
    rows: [
      ["Nom", "Fonction/Qualification", "Heures/semaine", "Unité", "Travailleur de nuit"],
      ...TEAM.map((p) => [
        p.name,
        p.kind === "night" ? `${p.role}, veilleur` : p.role,
        { formula: `${p.weeklyHours / 5}*5`, result: p.weeklyHours },
        p.unit,
        p.nightWorker ? "Oui" : "Non",
      ]),
      ["Bernard Hugo", "Éducateur spécialisé", 35, "Hirondelles", "Non"],
    ],
  });
  tabs.push({
    name: "Paramètres",
    rows: [
      ["clé", "valeur", "explication"],
      ["établissement", ESTABLISHMENT, "Nom affiché dans le rapport et le briefing."],
      ["preset", "ccn66", "Convention collective du 15 mars 1966."],
      ["fuseau horaire", "Europe/Paris", null],
      ["onglets planning", "auto", "Les onglets de planning sont reconnus seuls."],
      ["couverture.nuit", 2, "Un veilleur par unité chaque nuit."],
      ["couverture.nuit.qualification", "veilleur", "Au moins un veilleur qualifié la nuit."],
      ["briefing.heure", 7, "Heure du briefing du matin."],
      ["briefing.mode", "minimal", "Pas de nom d'enfant ni de texte de transmission dans l'e-mail."],
    ],
  });
  tabs.push({
    name: "Résidents",
    rows: [["Nom", "Unité", "Actif"], ...RESIDENTS.map((r) => [r.name, r.unit, r.active ? "Oui" : "Non"])],
  });
  const plain = (text: string): string | null =>
    text === "" ? null : text.startsWith("'") ? text.slice(1) : text;
  tabs.push({
    name: "Transmissions",
    rows: [headerRow("fr"), ...demoHandovers().map((entry) => entryToRow(entry, "fr").map(plain))],
  });
  // Autumn change (Sunday 25 October 2026, 3:00 → 2:00): a night over it, real date headers, a merged absence.
  const header: PlainValue[] = ["Nom"];
  for (let d = 19; d <= 25; d += 1) header.push({ date: [2026, 10, d] });
  tabs.push({
    name: "Renfort octobre",
    rows: [
      header,
      ["Bernard Hugo", "CA", null, null, "14h-22h", "21h-7h", "21:00-07:00", "14h-22h"],
      ["Petit Inès", "7h-14h", "14h-22h", "7h-14h", null, null, null, "7h-14h"],
    ],
    merges: ["B2:D2"],
  });
  // Spring change (Sunday 28 March 2027, 2:00 → 3:00): a shift list with dates and time-only cells.
  tabs.push({
    name: "Liste mars",
    rows: [
      ["Date", "Nom", "Début", "Fin"],
      [{ date: [2027, 3, 27] }, "Bernard Hugo", { time: [21, 0] }, { time: [7, 0] }],
      [{ date: [2027, 3, 28] }, "Bernard Hugo", { time: [14, 0] }, { time: [22, 0] }],
      [{ formula: "DATE(2027,3,29)", result: { date: [2027, 3, 29] } }, "Bernard Hugo", "7h", "14h"],
      // Error cells: Sheets' getValues() gives their text, and so must the file reader.
      [{ formula: "DATE(2027,2,30)+#REF!", result: { error: "#REF!" } }, "Bernard Hugo", "7h", "14h"],
      [{ error: "#VALUE!" }, "Bernard Hugo", "21h", { error: "#N/A" }],
    ],
  });
  return tabs;
}

// ---------------------------------------------------------------- to .xlsx (exceljs: wall clock in UTC fields)

const utcWall = ([y, m, d, h = 0, mi = 0]: WallDate["date"]): Date => new Date(Date.UTC(y, m - 1, d, h, mi));

function excelValue(value: PlainValue): ExcelJS.CellValue {
  if (isError(value)) return { error: value.error } as ExcelJS.CellErrorValue;
  if (isWall(value)) return utcWall(value.date);
  if (isTime(value)) return new Date(Date.UTC(1899, 11, 30, value.time[0], value.time[1]));
  if (isFormula(value)) {
    const result =
      typeof value.result !== "object"
        ? value.result
        : "error" in value.result
          ? ({ error: value.result.error } as ExcelJS.CellErrorValue)
          : utcWall(value.result.date);
    return { formula: value.formula, result } as ExcelJS.CellFormulaValue;
  }
  return value;
}

/** The tabs as an exceljs workbook, as Excel would save them (date and time formats on date cells). */
export function plainToExcel(tabs: readonly PlainTab[]): ExcelJS.Workbook {
  const workbook = new ExcelJS.Workbook();
  for (const tab of tabs) {
    const sheet = workbook.addWorksheet(tab.name);
    tab.rows.forEach((row, r) => {
      row.forEach((value, c) => {
        if (value === null) return;
        const cell = sheet.getCell(r + 1, c + 1);
        cell.value = excelValue(value);
        const shown = isFormula(value) ? value.result : value;
        if (typeof shown === "object" && shown !== null && !("error" in shown))
          cell.numFmt = isTime(shown) ? "hh:mm" : "dd/mm/yyyy";
      });
    });
    for (const range of tab.merges ?? []) sheet.mergeCells(range);
  }
  return workbook;
}

// ---------------------------------------------------------------- to Google Sheets (`getValues()` of the data range)

function sheetsValue(value: PlainValue, timeZone: string): unknown {
  if (value === null) return "";
  if (isError(value)) return value.error;
  if (isWall(value)) {
    const [y, m, d, h = 0, mi = 0] = value.date;
    return dateInZone(timeZone, y, m, d, h, mi, 0);
  }
  if (isTime(value)) return dateInZone(timeZone, 1899, 12, 30, value.time[0], value.time[1], 0);
  if (isFormula(value)) return sheetsValue(value.result, timeZone);
  return value;
}

/** 0-based [row, col] of an A1 reference. */
function cellOf(ref: string): [number, number] {
  const match = /^([A-Z]+)(\d+)$/.exec(ref) as RegExpExecArray;
  let col = 0;
  for (const letter of match[1] as string) col = col * 26 + letter.charCodeAt(0) - 64;
  return [Number(match[2]) - 1, col - 1];
}

/**
 * The tabs as Sheets' `getDataRange().getValues()` gives them: a rectangle padded with "", dates as the instant of
 * their wall-clock time in `timeZone`, formulas as their results, merged cells "" but in their top-left cell.
 */
export function plainToSheets(tabs: readonly PlainTab[], timeZone: string): Record<string, unknown[][]> {
  const out: Record<string, unknown[][]> = {};
  for (const tab of tabs) {
    const width = Math.max(1, ...tab.rows.map((row) => row.length));
    const values = tab.rows.map((row) =>
      Array.from({ length: width }, (_, c) => sheetsValue(row[c] ?? null, timeZone)),
    );
    for (const range of tab.merges ?? []) {
      const [from, to] = range.split(":").map(cellOf) as [[number, number], [number, number]];
      for (let r = from[0]; r <= to[0]; r += 1) {
        for (let c = from[1]; c <= to[1]; c += 1) {
          if ((r !== from[0] || c !== from[1]) && values[r]) (values[r] as unknown[])[c] = "";
        }
      }
    }
    out[tab.name] = values;
  }
  return out;
}
