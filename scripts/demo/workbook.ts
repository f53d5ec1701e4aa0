// Builds the demo workbook: plannings per unit and month (people × days), Codes, Équipe, Paramètres, Résidents, Transmissions.
import ExcelJS from "exceljs";
import { entryToRow, headerRow } from "../../src/core/handovers";
import { monthName, monthTitle } from "../../src/core/i18n/format";
import { dayFromParts, daysInMonth, weekdayOf } from "../../src/core/time";
import { demoHandovers, RESIDENTS } from "./handovers";
import { buildPlannings, ESTABLISHMENT, MONTHS, type RosterEdit, TEAM, type UnitPlanning } from "./roster";

const WEEKDAY_LETTERS = ["L", "M", "M", "J", "V", "S", "D"];

/** Fill colours of the codes in the plannings (what a coordinator would use). */
const CODE_FILLS: Record<string, string> = {
  M: "FFFFF2CC",
  S: "FFDDEBF7",
  J: "FFE2EFDA",
  N: "FFD9D2E9",
  CA: "FFFCE4D6",
  AM: "FFF8CBAD",
  F: "FFEDEDED",
  JF: "FFEDEDED",
};

const thin = { style: "thin" as const, color: { argb: "FFBFBFBF" } };
const border = { top: thin, left: thin, bottom: thin, right: thin };
const pad2 = (n: number): string => (n < 10 ? `0${n}` : String(n));
/** A time of day as Excel stores it (a Date on 1899-12-30 whose UTC fields are the wall clock). */
const timeOfDay = (h: number, m: number): Date => new Date(Date.UTC(1899, 11, 30, h, m));
/** The fixed moment written as the workbook's creation date (no current date anywhere). */
const CREATED = new Date(Date.UTC(2026, 9, 28, 9, 0));

/** The name of a unit's planning tab for a month, e.g. `Hirondelles - Novembre 2026`. */
export function planningTabName(unit: string, year: number, month: number): string {
  return `${unit} - ${monthTitle(month, "fr")} ${year}`;
}

/** The whole demo workbook; `planted` replaces the planted mistakes (tests use it to check each one). */
export function buildDemoWorkbook(planted?: readonly RosterEdit[]): ExcelJS.Workbook {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = "Relève (scripts/make-demo.ts)";
  workbook.created = CREATED;
  workbook.modified = CREATED;
  const plannings = buildPlannings(planted);
  for (const [year, month] of MONTHS) {
    for (const planning of plannings) addPlanningTab(workbook, planning, year, month);
  }
  addCodesTab(workbook);
  addStaffTab(workbook);
  addSettingsTab(workbook);
  addResidentsTab(workbook);
  addHandoversTab(workbook);
  return workbook;
}

function addPlanningTab(
  workbook: ExcelJS.Workbook,
  planning: UnitPlanning,
  year: number,
  month: number,
): void {
  const sheet = workbook.addWorksheet(planningTabName(planning.unit, year, month), {
    views: [{ state: "frozen", xSplit: 2, ySplit: 5 }],
    pageSetup: { orientation: "landscape", fitToPage: true, fitToWidth: 1, fitToHeight: 1 },
  });
  const days = daysInMonth(year, month);
  sheet.getCell("A1").value = `${ESTABLISHMENT} — Les ${planning.unit}`;
  sheet.getCell("A1").font = { bold: true, size: 14 };
  sheet.getCell("A2").value = `Planning de ${monthName(month, "fr")} ${year}`;
  sheet.getCell("A2").font = { italic: true };
  const letters = sheet.getRow(4);
  const header = sheet.getRow(5);
  header.getCell(1).value = "Nom";
  header.getCell(2).value = "Fonction";
  for (let d = 1; d <= days; d += 1) {
    const weekday = weekdayOf(dayFromParts(year, month, d));
    letters.getCell(d + 2).value = WEEKDAY_LETTERS[weekday] as string;
    header.getCell(d + 2).value = d;
    for (const cell of [letters.getCell(d + 2), header.getCell(d + 2)]) {
      cell.alignment = { horizontal: "center" };
      if (weekday >= 5) cell.fill = { type: "pattern", pattern: "solid", fgColor: { argb: "FFD9D9D9" } };
    }
  }
  header.font = { bold: true };
  letters.font = { color: { argb: "FF595959" } };
  const rows = planning.rows.filter((row) =>
    [...row.codes.entries()].some(([date, code]) => code !== "" && date.startsWith(`${year}-${pad2(month)}`)),
  );
  rows.forEach((row, index) => {
    const line = sheet.getRow(6 + index);
    line.getCell(1).value = row.name;
    line.getCell(2).value = row.role;
    for (let d = 1; d <= days; d += 1) {
      const code = row.codes.get(`${year}-${pad2(month)}-${pad2(d)}`) ?? "";
      const cell = line.getCell(d + 2);
      if (code !== "") cell.value = code;
      cell.alignment = { horizontal: "center" };
      cell.border = border;
      const fill = CODE_FILLS[code];
      if (fill) cell.fill = { type: "pattern", pattern: "solid", fgColor: { argb: fill } };
    }
  });
  const legendRow = 6 + rows.length + 1;
  sheet.getCell(legendRow, 1).value =
    "Légende : voir l'onglet Codes (M matin, S soir, J journée, N nuit, R repos).";
  sheet.getCell(legendRow, 1).font = { italic: true, color: { argb: "FF595959" } };
  sheet.getColumn(1).width = 20;
  sheet.getColumn(2).width = 24;
  for (let d = 1; d <= days; d += 1) sheet.getColumn(d + 2).width = 4.5;
}

function addCodesTab(workbook: ExcelJS.Workbook): void {
  const sheet = workbook.addWorksheet("Codes");
  sheet.addRow(["Code", "Libellé", "Début", "Fin", "Pause (min)", "Type"]).font = { bold: true };
  const work = (
    code: string,
    label: string,
    from: [number, number],
    to: [number, number],
    pause: number,
    type: string,
  ) => sheet.addRow([code, label, timeOfDay(...from), timeOfDay(...to), pause, type]);
  work("M", "Matin", [7, 0], [14, 0], 20, "travail");
  work("S", "Soir", [14, 0], [22, 0], 20, "travail");
  work("J", "Journée (maîtresse de maison)", [9, 0], [17, 0], 60, "travail");
  work("N", "Nuit (veille active)", [21, 0], [7, 0], 20, "nuit");
  for (const [code, label, type] of [
    ["R", "Repos", "repos"],
    ["CA", "Congés annuels", "absence"],
    ["AM", "Arrêt maladie", "absence"],
    ["F", "Formation", "absence"],
    ["JF", "Jour férié chômé", "absence"],
  ] as const) {
    sheet.addRow([code, label, null, null, 0, type]);
  }
  for (const col of [3, 4]) sheet.getColumn(col).numFmt = "hh:mm";
  sheet.columns.forEach((column, i) => {
    column.width = [8, 32, 8, 8, 12, 10][i] ?? 10;
  });
}

function addStaffTab(workbook: ExcelJS.Workbook): void {
  const sheet = workbook.addWorksheet("Équipe");
  sheet.addRow(["Nom", "Fonction/Qualification", "Heures/semaine", "Unité", "Travailleur de nuit"]).font = {
    bold: true,
  };
  for (const p of TEAM) {
    const qualification = p.kind === "night" ? `${p.role}, veilleur` : p.role;
    sheet.addRow([p.name, qualification, p.weeklyHours, p.unit, p.nightWorker ? "Oui" : "Non"]);
  }
  sheet.columns.forEach((column, i) => {
    column.width = [20, 34, 15, 14, 20][i] ?? 12;
  });
}

function addSettingsTab(workbook: ExcelJS.Workbook): void {
  const sheet = workbook.addWorksheet("Paramètres");
  sheet.addRow(["clé", "valeur", "explication"]).font = { bold: true };
  const rows: [string, string | number, string][] = [
    ["établissement", ESTABLISHMENT, "Nom affiché dans le rapport et le briefing."],
    ["preset", "ccn66", "Convention collective du 15 mars 1966 (maisons d'enfants à caractère social)."],
    ["fuseau horaire", "Europe/Paris", ""],
    ["onglets planning", "auto", "Les onglets de planning sont reconnus seuls."],
    ["couverture.nuit", 2, "Un veilleur par unité chaque nuit."],
    ["couverture.nuit.qualification", "veilleur", "Au moins un veilleur qualifié la nuit."],
    ["briefing.heure", 7, "Heure du briefing du matin."],
    ["briefing.mode", "minimal", "Pas de nom d'enfant ni de texte de transmission dans l'e-mail."],
  ];
  for (const row of rows) sheet.addRow(row);
  sheet.columns.forEach((column, i) => {
    column.width = [32, 30, 70][i] ?? 12;
  });
}

function addResidentsTab(workbook: ExcelJS.Workbook): void {
  const sheet = workbook.addWorksheet("Résidents");
  sheet.addRow(["Nom", "Unité", "Actif"]).font = { bold: true };
  for (const r of RESIDENTS) sheet.addRow([r.name, r.unit, r.active ? "Oui" : "Non"]);
  sheet.columns.forEach((column, i) => {
    column.width = [18, 14, 8][i] ?? 10;
  });
}

function addHandoversTab(workbook: ExcelJS.Workbook): void {
  const sheet = workbook.addWorksheet("Transmissions", { views: [{ state: "frozen", ySplit: 1 }] });
  sheet.addRow(headerRow("fr")).font = { bold: true };
  // In a Sheets cell a leading apostrophe keeps text as text; an xlsx string cell already is text.
  const plain = (text: string): string => (text.startsWith("'") ? text.slice(1) : text);
  for (const entry of demoHandovers()) sheet.addRow(entryToRow(entry, "fr").map(plain));
  sheet.getColumn(9).width = 60;
  sheet.getColumn(9).alignment = { wrapText: true, vertical: "top" };
}
