// The code legend: the documented French default, the `Codes` tab reader (contract §5) and the code lookup.
import type { Finding } from "../findings";
import { type Lang, messages } from "../i18n";
import { foldText } from "../text";
import { hhmm } from "../time";
import { a1, type CellValue, cellText } from "../workbook";
import { timeOfCell } from "./clock";
import { type DateReader, dateReader } from "./dates";
import { codeKey } from "./fold";
import type { CodeType, Legend, LegendCode } from "./types";

const H = 60;

/**
 * The default legend (used when the workbook has no `Codes` tab). Times are the usual ones of French
 * medico-social establishments; M, S and N carry no unpaid break (breaks on those shifts are taken on site and
 * paid), J has a one-hour meal break. F is training away from the unit (an absence from the planning), `FO`/`FORM`
 * a training day counted as worked (times unknown: a day worked, not hours), JF a public holiday not worked, TP the
 * day off of a part-timer (a rest). Labels come from the i18n `planning.legendLabels`.
 */
const DEFAULT_CODES: readonly Omit<LegendCode, "label">[] = [
  { code: "M", type: "work", start: 7 * H, end: 14 * H, breakMinutes: 0 },
  { code: "S", type: "work", start: 14 * H, end: 22 * H, breakMinutes: 0 },
  { code: "J", type: "work", start: 9 * H, end: 17 * H, breakMinutes: 60 },
  { code: "N", type: "night", start: 21 * H, end: 7 * H, breakMinutes: 0 },
  { code: "CV", aliases: ["Veille"], type: "sleep-in", start: 22 * H, end: 7 * H, breakMinutes: 0 },
  { code: "R", type: "rest", breakMinutes: 0 },
  { code: "RH", type: "rest", breakMinutes: 0 },
  { code: "RC", aliases: ["Récup"], type: "rest", breakMinutes: 0 },
  { code: "TP", type: "rest", breakMinutes: 0 },
  { code: "OFF", aliases: ["Day off"], type: "rest", breakMinutes: 0 },
  { code: "RTT", type: "absence", breakMinutes: 0 },
  { code: "CA", aliases: ["CP"], type: "absence", breakMinutes: 0 },
  { code: "AM", type: "absence", breakMinutes: 0 },
  { code: "MA", aliases: ["MAL", "Sick"], type: "absence", breakMinutes: 0 },
  { code: "AT", type: "absence", breakMinutes: 0 },
  { code: "CEX", type: "absence", breakMinutes: 0 },
  { code: "F", type: "absence", breakMinutes: 0 },
  { code: "FO", aliases: ["FORM", "FOR"], type: "work", breakMinutes: 0 },
  { code: "JF", aliases: ["FER"], type: "absence", breakMinutes: 0 },
  { code: "CSS", type: "absence", breakMinutes: 0 },
  { code: "ABS", type: "absence", breakMinutes: 0 },
  { code: "AL", aliases: ["Holiday", "Annual leave"], type: "absence", breakMinutes: 0 },
];

/** A legend over a list of codes: lookup by code, then alias, then label (case-, accent- and space-insensitive). */
export function makeLegend(codes: LegendCode[], source: Legend["source"]): Legend {
  const byKey = new Map<string, LegendCode>();
  const add = (text: string, code: LegendCode): void => {
    const key = codeKey(text);
    if (key !== "" && !byKey.has(key)) byKey.set(key, code);
  };
  for (const code of codes) add(code.code, code);
  for (const code of codes) for (const alias of code.aliases ?? []) add(alias, code);
  for (const code of codes) add(code.label, code);
  return { source, codes, lookup: (text) => byKey.get(codeKey(text)) };
}

/** The documented default legend, with labels in the given language (French by default). */
export function defaultLegend(lang: Lang = "fr"): Legend {
  const labels = messages(lang).planning.legendLabels;
  return makeLegend(
    DEFAULT_CODES.map((c) => ({
      ...c,
      aliases: c.aliases ? [...c.aliases] : undefined,
      label: labels[c.code] ?? c.code,
    })),
    "default",
  );
}

/** One legend code as the `releve codes` command prints it. */
export interface LegendRow {
  code: string;
  aliases: string[];
  label: string;
  type: CodeType;
  /** The type's name in the language (`travail`, `nuit`… / `work`, `night`…). */
  typeName: string;
  /** `HH:MM`, or "" for absence and rest codes. */
  start: string;
  end: string;
  breakMinutes: number;
}

/** The rows of a legend, in its order, ready to print. */
export function describeLegend(legend: Legend, lang: Lang = "fr"): LegendRow[] {
  const types = messages(lang).planning.codeTypes;
  return legend.codes.map((c) => ({
    code: c.code,
    aliases: c.aliases ?? [],
    label: c.label,
    type: c.type,
    typeName: types[c.type],
    start: c.start === undefined ? "" : hhmm(c.start),
    end: c.end === undefined ? "" : hhmm(c.end),
    breakMinutes: c.breakMinutes,
  }));
}

const TYPE_WORDS: Record<string, CodeType> = {
  travail: "work",
  work: "work",
  jour: "work",
  nuit: "night",
  night: "night",
  veille: "sleep-in",
  "chambre de veille": "sleep-in",
  "sleep-in": "sleep-in",
  "sleep in": "sleep-in",
  sleepin: "sleep-in",
  absence: "absence",
  conge: "absence",
  leave: "absence",
  repos: "rest",
  rest: "rest",
};

/** The legend type of a Type cell, in French or English (`travail`, `nuit`, `veille`, `absence`, `repos`…). */
export function codeTypeOf(text: string): CodeType | undefined {
  return TYPE_WORDS[foldText(text)];
}

/** A column of the Codes tab. */
export type CodesColumn = "code" | "label" | "start" | "end" | "break" | "type";
type Column = CodesColumn;

const HEADER_WORDS: Record<Column, readonly string[]> = {
  code: ["code", "codes"],
  label: ["libelle", "label", "intitule", "description", "signification", "meaning"],
  start: ["debut", "start", "heure de debut", "heure debut", "de", "from"],
  end: ["fin", "end", "heure de fin", "heure fin", "a", "to"],
  break: [
    "pause",
    "pause (min)",
    "pause (minutes)",
    "break",
    "break (min)",
    "break (minutes)",
    "pause repas",
  ],
  type: ["type", "nature", "categorie", "category"],
};

function columnOf(header: string): Column | undefined {
  const folded = foldText(header);
  for (const column of Object.keys(HEADER_WORDS) as Column[]) {
    if (HEADER_WORDS[column].includes(folded)) return column;
  }
  if (folded.startsWith("pause") || folded.startsWith("break")) return "break";
  return undefined;
}

/**
 * The Codes tab's header: its 0-based row among the first ten (-1 when none names a code column) and the 0-based
 * column of each heading it has (`Code`, `Libellé`/`Label`, `Début`/`Start`…, the first of each).
 */
export function codesHeaderOf(values: readonly (readonly CellValue[])[]): {
  headerRow: number;
  columns: Map<CodesColumn, number>;
} {
  const headerRow = values.slice(0, 10).findIndex((row) => row.some((v) => columnOf(cellText(v)) === "code"));
  const header = headerRow >= 0 ? (values[headerRow] ?? []) : [];
  const columns = new Map<Column, number>();
  header.forEach((v, col) => {
    const column = columnOf(cellText(v));
    if (column && !columns.has(column)) columns.set(column, col);
  });
  return { headerRow, columns };
}

/**
 * Reads the `Codes` tab (`Code | Libellé | Début | Fin | Pause (min) | Type`, French or English headers and
 * types). Times may be text (`7h`, `07:00`), time cells (a Date on 30/12/1899, read with `dates`) or day
 * fractions. A bad row is skipped and reported as a `bad-setting` finding on its cell; a tab without the header
 * gives the default legend and one finding; a tab with a header but no code gives the default legend.
 */
export function legendFromCodesTab(
  values: CellValue[][],
  tabName: string,
  lang: Lang,
  dates: DateReader = dateReader("utc", "UTC"),
): { legend: Legend; findings: Finding[] } {
  const text = messages(lang).planning;
  const findings: Finding[] = [];
  const report = (row: number, col: number, message: string, reason: string): void => {
    findings.push({
      ruleId: "bad-setting",
      severity: "warning",
      person: null,
      date: null,
      tab: tabName,
      cells: [a1(row, col)],
      message,
      details: { reason, row: row + 1 },
    });
  };

  const { headerRow, columns } = codesHeaderOf(values);
  const codeCol = columns.get("code");
  const typeCol = columns.get("type");
  if (codeCol === undefined || typeCol === undefined) {
    const nonEmpty = values.some((row) => row.some((v) => cellText(v) !== ""));
    if (nonEmpty) report(Math.max(headerRow, 0), 0, text.codesNoHeader(tabName), "no-header");
    return { legend: defaultLegend(lang), findings };
  }

  const codes: LegendCode[] = [];
  const seen = new Set<string>();
  const reasons = text.badSettingReasons;
  for (let r = headerRow + 1; r < values.length; r++) {
    const row = values[r] ?? [];
    const at = (column: Column): CellValue => {
      const col = columns.get(column);
      return col === undefined ? null : (row[col] ?? null);
    };
    const colOf = (column: Column): number => columns.get(column) ?? codeCol;
    if (row.every((v) => cellText(v) === "" && !(v instanceof Date))) continue;
    const bad = (column: Column, reason: string, key: string): void =>
      report(r, colOf(column), text.badSetting(tabName, r + 1, reason), key);

    const code = cellText(at("code"));
    if (code === "") {
      bad("code", reasons.noCode, "no-code");
      continue;
    }
    const typeText = cellText(at("type"));
    const type = codeTypeOf(typeText);
    if (!type) {
      bad("type", reasons.badType(typeText), "bad-type");
      continue;
    }
    const key = codeKey(code);
    if (seen.has(key)) {
      bad("code", reasons.duplicate(code), "duplicate");
      continue;
    }
    const label = cellText(at("label")) || code;
    const breakValue = at("break");
    let breakMinutes = 0;
    if (breakValue !== null && cellText(breakValue) !== "") {
      const n = typeof breakValue === "number" ? breakValue : Number(cellText(breakValue).replace(",", "."));
      if (!Number.isFinite(n) || n < 0) {
        bad("break", reasons.badBreak(cellText(breakValue)), "bad-break");
        continue;
      }
      breakMinutes = Math.round(n);
    }
    if (type === "absence" || type === "rest") {
      seen.add(key);
      codes.push({ code, label, type, breakMinutes: 0, definedAt: { tab: tabName, row: r, col: codeCol } });
      continue;
    }
    const start = timeOfCell(at("start"), dates);
    const end = timeOfCell(at("end"), dates);
    if (start === null && end === null) {
      // A worked day whose hours are not given (`FO` formation): counted as a day worked, not in hours.
      seen.add(key);
      codes.push({ code, label, type, breakMinutes, definedAt: { tab: tabName, row: r, col: codeCol } });
      continue;
    }
    if (start === null) {
      bad("start", reasons.noStart(code), "no-start");
      continue;
    }
    if (start === undefined || start >= 1440) {
      bad("start", reasons.badStart(cellText(at("start"))), "bad-start");
      continue;
    }
    if (end === null) {
      bad("end", reasons.noEnd(code), "no-end");
      continue;
    }
    if (end === undefined) {
      bad("end", reasons.badEnd(cellText(at("end"))), "bad-end");
      continue;
    }
    // 24:00 is midnight at the end of the day: `0h`–`24h` is a 24-hour code, not an empty one.
    if (end === start) {
      bad("end", reasons.sameTimes(code), "same-times");
      continue;
    }
    seen.add(key);
    codes.push({
      code,
      label,
      type,
      start,
      end: end % 1440,
      breakMinutes,
      definedAt: { tab: tabName, row: r, col: codeCol },
    });
  }
  if (codes.length === 0 && findings.length === 0) return { legend: defaultLegend(lang), findings };
  return { legend: makeLegend(codes, "tab"), findings };
}
