// Writes the `Contrôle planning` tab: one batched write of values, a constant number of format calls, cell links.

import { MARK_COLOURS } from "../../core/check/marks";
import {
  REPORT_MESSAGE_COLUMN,
  REPORT_WIDTH,
  type ReportLink,
  type ReportSheet,
} from "../../core/check/report";
import type { Lang } from "../../core/i18n";
import { defaultTabName } from "../../core/tabs/addon-tabs";
import { freeTabName, insertRoleSheet } from "../roles";
import type { TabRead } from "../snapshot";
import { ensureRows } from "./store";

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;
type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;
type RichTextValue = GoogleAppsScript.Spreadsheet.RichTextValue;

/** Background of the column header row. */
const HEADER_FILL = "#e8eaed";

/** Where the report goes: the add-on's report tab, or a new tab to create with `name`. */
export interface ReportTarget {
  sheet: Sheet | null;
  name: string;
  /** Set when a user's tab already has the default name: that name (left untouched). */
  taken?: string;
}

/**
 * The report's tab: the one with metadata `releve.role = report`; else a new tab with the default name — or, when a
 * tab the add-on did not create already has that name, a free variant (`Contrôle planning (Relève)`), never the
 * user's tab.
 */
export function reportTarget(tabs: readonly TabRead[], lang: Lang): ReportTarget {
  const ours = tabs.find((t) => t.role === "report");
  if (ours) return { sheet: ours.sheet, name: ours.name };
  const base = defaultTabName("report", lang);
  const name = freeTabName(
    base,
    tabs.map((t) => t.name),
  );
  return name === base ? { sheet: null, name } : { sheet: null, name, taken: base };
}

/** Text that Sheets would read as a formula (or a signed number) is kept as text with a leading apostrophe. */
export function asText(value: string | number): string | number {
  return typeof value === "string" && /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
}

/**
 * The rich text of a linked cell: each target's text linked to `#gid=<id>&range=<A1>` (3 calls + one per link).
 * The same text and links give the same value, built once (`cache`): a person's rows on a tab share one.
 */
function linkedText(
  text: string,
  link: ReportLink | undefined,
  gids: ReadonlyMap<string, number>,
  cache: Map<string, RichTextValue>,
): RichTextValue {
  const key = [text, ...(link?.targets ?? []).map((t) => `${t.tab}\u0000${t.a1}`)].join("\u0001");
  const known = cache.get(key);
  if (known) return known;
  const value = buildLinked(text, link, gids);
  cache.set(key, value);
  return value;
}

function buildLinked(
  text: string,
  link: ReportLink | undefined,
  gids: ReadonlyMap<string, number>,
): RichTextValue {
  const builder = SpreadsheetApp.newRichTextValue().setText(text);
  if (link) {
    let from = 0;
    link.targets.forEach((target, i) => {
      const shown = link.texts[i] ?? target.a1;
      const start = text.indexOf(shown, from);
      const gid = gids.get(target.tab);
      if (start < 0 || gid === undefined) return;
      builder.setLinkUrl(start, start + shown.length, `#gid=${gid}&range=${target.a1}`);
      from = start + shown.length;
    });
  }
  return builder.build();
}

/**
 * Writes the report: clears the tab (or creates it with its metadata), sets the plain-text format so every text
 * stays exactly that text (a name like `07:00`, `1/2`, `3,5`, `VRAI` or `=1+1` is never a time, date, number,
 * boolean or formula), writes every value in one `setValues`, colours rows by severity and bolds the title and
 * column header in one call each, lists each group's findings in its message cell's note (one `setNotes`), links
 * each row's tab name to its cells with one `setRichTextValues` (never a formula) and freezes the header: 12 writes
 * on an existing tab (its old notes cleared too; 11 on a new one, 1 more when it must grow) and 1 read (`getMaxRows`), whatever the number of
 * findings (plus the rich-text builders, local objects: 4 per person and tab, and per row without a person).
 * Returns the tab's name.
 */
export function writeReport(
  spreadsheet: Spreadsheet,
  target: ReportTarget,
  report: ReportSheet,
  gids: ReadonlyMap<string, number>,
  tabCount: number,
): string {
  let sheet = target.sheet;
  if (sheet) sheet.clear().clearNotes();
  else sheet = insertRoleSheet(spreadsheet, target.name, "report", tabCount);
  const rows = report.rows;
  ensureRows(sheet, rows.length);
  const range = sheet.getRange(1, 1, rows.length, REPORT_WIDTH);
  range.setNumberFormat("@");
  range.setValues(rows);
  range.setBackgrounds(
    report.severities.map((severity, i) => {
      const fill = severity ? MARK_COLOURS[severity] : i === report.columnHeaderRow ? HEADER_FILL : null;
      return Array.from({ length: REPORT_WIDTH }, () => fill);
    }),
  );
  range.setFontWeights(
    report.rows.map((_, i) => {
      const weight = i === 0 || i === report.columnHeaderRow ? "bold" : "normal";
      return Array.from({ length: REPORT_WIDTH }, () => weight);
    }),
  );
  const body = rows.length - report.headerRows;
  if (body > 0) {
    const notes = Array.from({ length: body }, () => [""]);
    for (const note of report.notes) (notes[note.row - report.headerRows] as string[])[0] = note.text;
    sheet.getRange(report.headerRows + 1, REPORT_MESSAGE_COLUMN + 1, body, 1).setNotes(notes);
  }
  if (report.links.length > 0) {
    const col = (report.links[0] as ReportLink).col;
    const first = Math.min(...report.links.map((l) => l.row));
    const last = Math.max(...report.links.map((l) => l.row));
    const byRow = new Map(report.links.map((l) => [l.row, l]));
    const column: RichTextValue[][] = [];
    const cache = new Map<string, RichTextValue>();
    for (let row = first; row <= last; row++) {
      column.push([linkedText(String(report.rows[row]?.[col] ?? ""), byRow.get(row), gids, cache)]);
    }
    sheet.getRange(first + 1, col + 1, column.length, 1).setRichTextValues(column);
  }
  sheet.setFrozenRows(report.headerRows);
  return target.name;
}
