// The `Contrôle planning` report as plain rows: summary sections, then one row per group of findings, with links.

import type { Severity } from "../findings";
import { type Lang, messages } from "../i18n";
import { formatCivilDate } from "../i18n/format";
import { pushTo } from "../map-list";
import { readingVerdict, tabReport } from "../planning/reading-report";
import { civilDate, dayFromParts, hhmm, isTimeZone, zone } from "../time";
import { a1 } from "../workbook";
import type { CheckResult } from "./check";
import { dayMonthOf, type FindingGroup, groupFindings } from "./groups";
import { fitCell } from "./long-text";
import { parseCellRef } from "./marks";

/** Number of columns of the report: Gravité, Règle, Personne, Date, Onglet, Cellules, Message. */
export const REPORT_WIDTH = 7;

/** Column index of the tab column (links go there). */
export const REPORT_TAB_COLUMN = 4;

/** Column index of the cells column. */
export const REPORT_CELLS_COLUMN = 5;

/** Column index of the message column (a group's findings are listed in its note). */
export const REPORT_MESSAGE_COLUMN = 6;

/** Longest note listing a group's findings (well under Sheets' 50,000 characters per cell). */
const MEMBERS_NOTE_CHARS = 20_000;

/** Where a link in the report points: a cell or a range of a tab. */
export interface LinkTarget {
  tab: string;
  /** A1 reference inside `tab` (`F12`, or `F12:AF12` for the cells of a group). */
  a1: string;
}

/** The links of one report cell (0-based row and column in `rows`): the parts of its text and where each points. */
export interface ReportLink {
  row: number;
  col: number;
  /** The text of each target as shown in the cell, in order; joined by `, ` they are the cell's text. */
  texts: string[];
  targets: LinkTarget[];
}

/** A note on one report cell (0-based): the findings of a group, one per line. */
export interface ReportNote {
  row: number;
  col: number;
  text: string;
}

/** A block of rows above the findings (the summary; other blocks slot in the same way). */
export interface ReportSection {
  /** Stable name of the block (`summary`…). */
  id: string;
  /** Its rows (label, value…), at most `REPORT_WIDTH` values each; `[]` is a blank row. */
  rows: (string | number)[][];
}

/** The report, ready to write in one batch. */
export interface ReportSheet {
  /** Rectangular rows of `REPORT_WIDTH` values. */
  rows: (string | number)[][];
  /** Rows before the first finding row: the sections and the column header row. */
  headerRows: number;
  /** 0-based index of the column header row (Gravité | Règle | …). */
  columnHeaderRow: number;
  /** Per row: the severity of its findings (colour it), or null. */
  severities: (Severity | null)[];
  /** Per finding row with cells on its tab: the tab name, linked to the cells (see `tabLinks`). */
  links: ReportLink[];
  /** Per row of a group of several findings: their list. */
  notes: ReportNote[];
  /** The groups, in row order (row `headerRows + i` is group `i`). */
  groups: FindingGroup[];
}

/** Options of `reportSheet`. */
export interface ReportOptions {
  /** When the check ran (shown in the establishment's time zone). */
  generatedAt: Date;
  /** The report's language; the check's language when absent. */
  lang?: Lang;
  /** Blocks to show after the summary, before the findings. */
  sections?: readonly ReportSection[];
}

const pad = (row: readonly (string | number)[]): (string | number)[] => {
  const out = row.slice(0, REPORT_WIDTH).map((v) => (typeof v === "string" ? fitCell(v) : v));
  while (out.length < REPORT_WIDTH) out.push("");
  return out;
};

/** `24/11/2026 08:15` (fr) / `24 Nov 2026 08:15` (en) of a Date in a time zone. */
function formatMoment(date: Date, timeZone: string, lang: Lang): string {
  const p = zone(isTimeZone(timeZone) ? timeZone : "Europe/Paris").partsOf(date);
  return `${formatCivilDate(civilDate(dayFromParts(p.year, p.month, p.day)), lang)} ${hhmm(p.hour * 60 + p.minute)}`;
}

/**
 * The summary block: title, when, preset, tabs read and ignored, people, shifts, counts, then a blank row. Its
 * first two rows and its length are what the CLI recognises a report of its own by (`cli/own-report.ts`).
 */
export function summarySection(result: CheckResult, generatedAt: Date, lang: Lang): ReportSection {
  const r = messages(lang).check.report;
  const t = messages(lang).check;
  const s = result.summary;
  const list = (names: string[]): string => (names.length > 0 ? names.join(", ") : r.none);
  return {
    id: "summary",
    rows: [
      [r.title],
      [r.generatedAt, formatMoment(generatedAt, result.settings.timeZone, lang)],
      [r.preset, `${t.presetNames[s.preset]} (${s.preset})`],
      [r.tabsRead, list(s.tabs)],
      [r.tabsIgnored, list(s.ignoredTabs)],
      [r.people, s.people],
      [r.shifts, s.shifts],
      [r.errors, s.errors],
      [r.warnings, s.warnings],
      [r.infos, s.infos],
      [],
    ],
  };
}

const quoteTab = (tab: string): string => `'${tab.replace(/'/g, "''")}'`;

/** The smallest A1 range holding some 0-based cells (`F12`, `F12:AF12`). */
function boundingA1(cells: readonly { row: number; col: number }[]): string {
  const top = Math.min(...cells.map((c) => c.row));
  const bottom = Math.max(...cells.map((c) => c.row));
  const left = Math.min(...cells.map((c) => c.col));
  const right = Math.max(...cells.map((c) => c.col));
  return top === bottom && left === right ? a1(top, left) : `${a1(top, left)}:${a1(bottom, right)}`;
}

/** The cells of a group as the cells column shows them: unqualified in the group's tab, qualified elsewhere. */
function cellsText(group: FindingGroup): string {
  return group.cells
    .map((ref) => {
      const address = parseCellRef(ref, group.tab);
      if (!address) return ref;
      return address.tab === group.tab ? address.a1 : `${quoteTab(address.tab)}!${address.a1}`;
    })
    .join(", ");
}

/** The cells of some groups on one tab, as 0-based addresses. */
function cellsOn(groups: readonly FindingGroup[], tab: string): { row: number; col: number }[] {
  return groups.flatMap((g) =>
    g.cells.map((ref) => parseCellRef(ref, g.tab)).filter((a) => a !== null && a.tab === tab),
  ) as { row: number; col: number }[];
}

/**
 * Where a row's tab name links: for a person, the range holding all that person's flagged cells on the tab (the
 * same link for all their rows there, so a large report builds one rich text per person and tab, not one per
 * row); otherwise the range of the row's own cells. Null when the row names no cell of its tab.
 */
function tabLinks(groups: readonly FindingGroup[]): (LinkTarget | null)[] {
  const byPerson = new Map<string, FindingGroup[]>();
  for (const g of groups) {
    if (g.person === null || g.tab === null) continue;
    const k = `${g.tab}\u0000${g.person}`;
    pushTo(byPerson, k, g);
  }
  const personRange = new Map<string, string | null>();
  return groups.map((g) => {
    if (g.tab === null) return null;
    if (g.person === null) {
      const cells = cellsOn([g], g.tab);
      return cells.length > 0 ? { tab: g.tab, a1: boundingA1(cells) } : null;
    }
    const k = `${g.tab}\u0000${g.person}`;
    if (!personRange.has(k)) {
      const cells = cellsOn(byPerson.get(k) ?? [], g.tab);
      personRange.set(k, cells.length > 0 ? boundingA1(cells) : null);
    }
    const a1 = personRange.get(k);
    return a1 ? { tab: g.tab, a1 } : null;
  });
}

/** The note of a group's row: one line per finding (date, person, cells, message), bounded. */
function membersNote(group: FindingGroup, lang: Lang): string {
  const lines: string[] = [];
  let size = 0;
  for (const [i, f] of group.findings.entries()) {
    const when = f.date ? dayMonthOf(f.date, lang) : "";
    const who = group.person === null && f.person ? f.person : "";
    const line = [when, who, f.cells.join(", "), f.message].filter(Boolean).join(" · ");
    if (size + line.length > MEMBERS_NOTE_CHARS) {
      lines.push(messages(lang).check.report.moreFindings(group.findings.length - i));
      break;
    }
    lines.push(line);
    size += line.length + 1;
  }
  return lines.join("\n");
}

/** The date column of a group: its date, or its first and last dates. */
function dateOf(group: FindingGroup, lang: Lang): string {
  if (!group.first || !group.last) return "";
  const first = formatCivilDate(group.first, lang);
  return group.first === group.last ? first : `${first} → ${formatCivilDate(group.last, lang)}`;
}

/**
 * The "Lecture" block: the verdict (what was checked, or that nothing was), then one row per tab that is not the
 * add-on's own — its status, layout, how it was read (or why not), people, dates and counts — then a blank row.
 */
export function readingSection(result: CheckResult, lang: Lang): ReportSection {
  const t = messages(lang).reading;
  const rows: (string | number)[][] = [
    [t.report.title, readingVerdict(result.timeline, lang).text],
    t.report.columns,
  ];
  for (const reading of result.timeline.tabs) {
    const tab = tabReport(reading, lang);
    const how = [tab.reason, tab.how].filter((part) => part !== undefined && part !== "").join(" — ");
    rows.push([
      tab.tab,
      t.status[tab.status],
      tab.layout ? t.layouts[tab.layout] : "",
      how,
      tab.status === "ignored" ? "" : tab.people,
      tab.from && tab.to
        ? t.report.dates(formatCivilDate(tab.from, lang), formatCivilDate(tab.to, lang))
        : "",
      tab.status === "ignored" ? "" : t.report.counts(tab.shifts, tab.absences, tab.notUnderstood),
    ]);
  }
  rows.push([]);
  return { id: "reading", rows };
}

/**
 * The report tab's content: the summary and any other sections, the column header, then one row per group of
 * findings (`groupFindings`: repeated findings are one row with their count and dates, their list in the row's
 * note) in `compareFindings` order — or one "no problem found" row. Severities, links and notes let the adapter
 * colour rows, link each row's tab name to its cells and list a group's findings. Every text fits in one cell.
 */
export function reportSheet(result: CheckResult, options: ReportOptions): ReportSheet {
  const lang = options.lang ?? result.lang;
  const r = messages(lang).check.report;
  const t = messages(lang);
  const sections = [
    summarySection(result, options.generatedAt, lang),
    readingSection(result, lang),
    ...(options.sections ?? []),
  ];
  const rows = sections.flatMap((section) => section.rows.map(pad));
  rows.push(pad(r.columns));
  const severities: (Severity | null)[] = rows.map(() => null);
  const columnHeaderRow = rows.length - 1;
  const links: ReportLink[] = [];
  const notes: ReportNote[] = [];
  const groups = groupFindings(result.findings, lang);
  const linkTargets = tabLinks(groups);
  for (const [i, group] of groups.entries()) {
    const row = rows.length;
    rows.push(
      pad([
        t.common.severity[group.severity],
        `${t.check.ruleNames[group.ruleId]} (${group.ruleId})`,
        group.person ?? "",
        dateOf(group, lang),
        group.tab ?? "",
        cellsText(group),
        group.label,
      ]),
    );
    severities.push(group.severity);
    const target = linkTargets[i];
    if (target && group.tab)
      links.push({ row, col: REPORT_TAB_COLUMN, texts: [group.tab], targets: [target] });
    if (group.findings.length > 1)
      notes.push({ row, col: REPORT_MESSAGE_COLUMN, text: membersNote(group, lang) });
  }
  if (groups.length === 0) {
    const verdict = readingVerdict(result.timeline, lang);
    rows.push(pad([verdict.read ? r.noFinding : verdict.text]));
    severities.push(null);
  }
  return { rows, headerRows: columnHeaderRow + 1, columnHeaderRow, severities, links, notes, groups };
}
