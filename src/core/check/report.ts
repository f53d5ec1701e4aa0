// The `Contrôle planning` report as plain rows: a summary header, then one row per finding, with colours and links.

import type { Finding, Severity } from "../findings";
import { type Lang, messages } from "../i18n";
import { formatCivilDate } from "../i18n/format";
import { civilDate, dayFromParts, hhmm, isTimeZone, zone } from "../time";
import type { CheckResult } from "./check";
import { parseCellRef } from "./marks";

/** Number of columns of the report: Gravité, Règle, Personne, Date, Onglet, Cellules, Message. */
export const REPORT_WIDTH = 7;

/** Column index of the cells column (links go there). */
export const REPORT_CELLS_COLUMN = 5;

/** Where a link in the report points: a cell of a tab. */
export interface LinkTarget {
  tab: string;
  /** A1 reference inside `tab` (`F12`). */
  a1: string;
}

/** The links of one report cell (0-based row and column in `rows`): one target per finding cell, in order. */
export interface ReportLink {
  row: number;
  col: number;
  /** The text of each target as shown in the cell, in order, separated by `, ` (to build rich text runs). */
  texts: string[];
  targets: LinkTarget[];
}

/** The report, ready to write in one batch. */
export interface ReportSheet {
  /** Rectangular rows of `REPORT_WIDTH` values. */
  rows: (string | number)[][];
  /** Rows before the first finding row: the summary, a blank row and the column header row. */
  headerRows: number;
  /** 0-based index of the column header row (Gravité | Règle | …). */
  columnHeaderRow: number;
  /** Per row: the finding's severity (colour it), or null. */
  severities: (Severity | null)[];
  /** Per finding row with cells: what to link. */
  links: ReportLink[];
}

/** Options of `reportSheet`. */
export interface ReportOptions {
  /** When the check ran (shown in the establishment's time zone). */
  generatedAt: Date;
  /** The report's language; the check's language when absent. */
  lang?: Lang;
}

const pad = (row: (string | number)[]): (string | number)[] => {
  const out = row.slice(0, REPORT_WIDTH);
  while (out.length < REPORT_WIDTH) out.push("");
  return out;
};

/** `24/11/2026 08:15` (fr) / `24 Nov 2026 08:15` (en) of a Date in a time zone. */
function formatMoment(date: Date, timeZone: string, lang: Lang): string {
  const p = zone(isTimeZone(timeZone) ? timeZone : "Europe/Paris").partsOf(date);
  return `${formatCivilDate(civilDate(dayFromParts(p.year, p.month, p.day)), lang)} ${hhmm(p.hour * 60 + p.minute)}`;
}

/**
 * The report tab's content: a summary (title, when, preset, tabs read and ignored, people, shifts, counts), a blank
 * row, the column header, then one row per finding in `compareFindings` order (severity, then date) — or one
 * "no problem found" row. Severities and links let the adapter colour rows and link the cells column.
 */
export function reportSheet(result: CheckResult, options: ReportOptions): ReportSheet {
  const lang = options.lang ?? result.lang;
  const t = messages(lang);
  const r = t.check.report;
  const s = result.summary;
  const list = (names: string[]): string => (names.length > 0 ? names.join(", ") : r.none);
  const summary: (string | number)[][] = [
    [r.title],
    [r.generatedAt, formatMoment(options.generatedAt, result.settings.timeZone, lang)],
    [r.preset, `${t.check.presetNames[s.preset]} (${s.preset})`],
    [r.tabsRead, list(s.tabs)],
    [r.tabsIgnored, list(s.ignoredTabs)],
    [r.people, s.people],
    [r.shifts, s.shifts],
    [r.errors, s.errors],
    [r.warnings, s.warnings],
    [r.infos, s.infos],
    [],
    r.columns,
  ];
  const rows = summary.map(pad);
  const severities: (Severity | null)[] = rows.map(() => null);
  const columnHeaderRow = rows.length - 1;
  const links: ReportLink[] = [];
  for (const finding of result.findings) {
    const row = rows.length;
    rows.push(findingRow(finding, lang));
    severities.push(finding.severity);
    const targets: LinkTarget[] = [];
    const texts: string[] = [];
    for (const ref of finding.cells) {
      const address = parseCellRef(ref, finding.tab);
      if (!address) continue;
      targets.push({ tab: address.tab, a1: address.a1 });
      texts.push(ref);
    }
    if (targets.length > 0) links.push({ row, col: REPORT_CELLS_COLUMN, texts, targets });
  }
  if (result.findings.length === 0) {
    rows.push(pad([r.noFinding]));
    severities.push(null);
  }
  return { rows, headerRows: columnHeaderRow + 1, columnHeaderRow, severities, links };
}

/** One finding as a report row: Gravité, Règle, Personne, Date, Onglet, Cellules, Message. */
export function findingRow(finding: Finding, lang: Lang): (string | number)[] {
  const t = messages(lang);
  return [
    t.common.severity[finding.severity],
    `${t.check.ruleNames[finding.ruleId]} (${finding.ruleId})`,
    finding.person ?? "",
    finding.date ? formatCivilDate(finding.date, lang) : "",
    finding.tab ?? "",
    finding.cells.join(", "),
    finding.message,
  ];
}
