// The marks the check puts on flagged cells: per cell the worst severity, a text style and a note.
import { compareFindings, type Finding, type RuleId, type Severity } from "../findings";
import { type Lang, messages } from "../i18n";
import { a1 } from "../workbook";
import { shortText } from "./long-text";

/** Light fill per severity: the report tab's rows (and the marked cells of the CLI's `--out` copy). */
export const MARK_COLOURS: Record<Severity, string> = {
  error: "#f4c7c3",
  warning: "#fce8b2",
  info: "#cfe2f3",
};

/**
 * How the add-on marks a cell in Sheets: its text bold, underlined and in the severity's dark colour, plus a note.
 * Plannings are colour-coded by fill, so a mark never changes a fill: no code looks like another. (A border would
 * stand out more, but Apps Script cannot read borders back, so a clear could not restore them exactly.)
 */
export const MARK_STYLE = {
  fontColor: { error: "#c5221f", warning: "#b05a00", info: "#1a5fb4" } as Record<Severity, string>,
  fontWeight: "bold",
  fontLine: "underline",
} as const;

/** The prefix of every note the check writes (both languages), so a clear recognises its own notes. */
export const MARK_NOTE_PREFIX = "[Relève]";

/** At most this many findings are spelt out in one note; the rest are counted. */
const MAX_NOTE_LINES = 10;

/** True when a note was written by the check (it starts with `MARK_NOTE_PREFIX`). */
export function isMarkNote(note: string): boolean {
  return note.startsWith(MARK_NOTE_PREFIX);
}

/** The line between the check's lines and the note the cell had before. */
export const NOTE_SEPARATOR = "\n—\n";

/**
 * The part of a note that is not the check's: a mark note's own lines (each starts with `MARK_NOTE_PREFIX`) and the
 * separator are left out, what follows (the user's note) is returned; a note that is not a mark note is returned
 * as is. So a note of ours is recognised and removed even without the record of what it replaced.
 */
export function stripMarkNote(note: string): string {
  if (!isMarkNote(note)) return note;
  const lines = note.split("\n");
  let i = 0;
  while (i < lines.length && (lines[i] as string).startsWith(MARK_NOTE_PREFIX)) i++;
  if (lines[i] === "—") i++;
  return lines.slice(i).join("\n");
}

/** A cell reference read back from a finding: its tab and 0-based row and column. */
export interface CellAddress {
  tab: string;
  row: number;
  col: number;
  /** The A1 reference without the tab (`F12`). */
  a1: string;
}

/**
 * Reads a finding's cell: `F12` in `defaultTab`, or `'Tab name'!F12` / `Tab!F12` (quotes doubled inside the
 * name, as Sheets writes them). Null for anything else or when no tab is known.
 */
export function parseCellRef(ref: string, defaultTab: string | null): CellAddress | null {
  let tab = defaultTab;
  let local = ref.trim();
  const bang = local.lastIndexOf("!");
  if (bang >= 0) {
    const rawTab = local.slice(0, bang);
    local = local.slice(bang + 1);
    tab = rawTab.startsWith("'") && rawTab.endsWith("'") ? rawTab.slice(1, -1).replace(/''/g, "'") : rawTab;
  }
  const match = /^\$?([A-Za-z]{1,3})\$?(\d+)$/.exec(local);
  if (!match || tab === null || tab === "") return null;
  const letters = (match[1] as string).toUpperCase();
  let col = 0;
  for (const ch of letters) col = col * 26 + (ch.charCodeAt(0) - 64);
  const row = Number(match[2]) - 1;
  if (row < 0) return null;
  return { tab, row, col: col - 1, a1: a1(row, col - 1) };
}

/** One mark to put on a cell. */
export interface CellMark {
  tab: string;
  row: number;
  col: number;
  a1: string;
  /** The worst severity of the findings on the cell. */
  severity: Severity;
  /** `MARK_COLOURS[severity]` (the CLI's copy fills marked cells). */
  background: string;
  /** `MARK_STYLE.fontColor[severity]` (the add-on's mark). */
  fontColor: string;
  /** The note: one line per finding, each starting with `MARK_NOTE_PREFIX`, worst first. */
  note: string;
  /** One line for when the note must be short (a long note of the user's is on the cell): severity and rules. */
  shortNote: string;
  ruleIds: RuleId[];
}

/** Options of `marksFromFindings`. */
export interface MarksOptions {
  lang: Lang;
  /** Only mark cells of these tabs (e.g. the planning tabs read); every tab when absent. */
  tabs?: ReadonlySet<string>;
}

/**
 * The marks for a list of findings: one per cell named by some finding, with the worst severity's colour and a
 * note listing each finding (severity, rule, person, message). Sorted by tab, row and column. Pure: writing them, and
 * recording what was there before, is the adapter's job.
 */
export function marksFromFindings(findings: readonly Finding[], options: MarksOptions): CellMark[] {
  const t = messages(options.lang);
  const byCell = new Map<string, { address: CellAddress; findings: Finding[] }>();
  for (const finding of findings) {
    for (const ref of finding.cells) {
      const address = parseCellRef(ref, finding.tab);
      if (!address || (options.tabs && !options.tabs.has(address.tab))) continue;
      const key = `${address.tab}\u0000${address.row}\u0000${address.col}`;
      let entry = byCell.get(key);
      if (!entry) {
        entry = { address, findings: [] };
        byCell.set(key, entry);
      }
      if (!entry.findings.includes(finding)) entry.findings.push(finding);
    }
  }
  const marks: CellMark[] = [];
  for (const { address, findings: cellFindings } of byCell.values()) {
    const sorted = cellFindings.slice().sort(compareFindings);
    const worst = (sorted[0] as Finding).severity;
    const lines: string[] = [];
    const colon = options.lang === "fr" ? " : " : ": ";
    for (const f of sorted) {
      const message = f.message.replace(/[\r\n]+/g, " ");
      // The person's name makes each note specific to its row, so a clear finds a moved mark among few cells.
      const who = f.person ? ` (${shortText(f.person)})` : "";
      const line = `${MARK_NOTE_PREFIX} ${t.common.severity[f.severity]} — ${t.check.ruleNames[f.ruleId]}${who}${colon}${message}`;
      if (!lines.includes(line)) lines.push(line);
    }
    const shown = lines.slice(0, MAX_NOTE_LINES);
    if (lines.length > MAX_NOTE_LINES)
      shown.push(`${MARK_NOTE_PREFIX} ${t.check.marks.more(lines.length - MAX_NOTE_LINES)}`);
    const rules = [...new Set(sorted.map((f) => t.check.ruleNames[f.ruleId]))].join(", ");
    marks.push({
      ...address,
      severity: worst,
      shortNote: `${MARK_NOTE_PREFIX} ${t.common.severity[worst]} — ${rules}`,
      background: MARK_COLOURS[worst],
      fontColor: MARK_STYLE.fontColor[worst],
      note: shown.join("\n"),
      ruleIds: [...new Set(sorted.map((f) => f.ruleId))],
    });
  }
  return marks.sort((x, y) => (x.tab < y.tab ? -1 : x.tab > y.tab ? 1 : 0) || x.row - y.row || x.col - y.col);
}
