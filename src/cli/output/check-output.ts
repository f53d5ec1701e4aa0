// The human output of `releve check`: a summary, then the findings grouped by severity and tab, as tables.
import type { CheckResult } from "../../core/check/check";
import { type FindingGroup, groupFindings } from "../../core/check/groups";
import type { Severity } from "../../core/findings";
import { SEVERITIES } from "../../core/findings";
import type { Lang, Messages } from "../../core/i18n";
import { formatCivilDate } from "../../core/i18n/format";
import { readingVerdict } from "../../core/planning/reading-report";
import type { Palette } from "./colors";
import { displayWidth, renderTable } from "./table";
import { inline } from "./terminal-text";

/** How to render: the file name shown, colours, terminal width (undefined: no wrapping), language. */
export interface CheckOutputOptions {
  file: string;
  palette: Palette;
  width?: number;
  t: Messages;
  lang: Lang;
}

const MAX_CELLS = 3;

/** The whole human report of a check, ending with a newline. */
export function renderCheck(result: CheckResult, options: CheckOutputOptions): string {
  const lines = [...renderSummary(result, options)];
  const c = options.t.cli.check;
  const verdict = readingVerdict(result.timeline, options.lang);
  lines.push("", verdict.read ? options.palette.bold(verdict.text) : options.palette.yellow(verdict.text));
  if (result.findings.length === 0) {
    // "No problem" only about what was read: a workbook where nothing was read gets the verdict alone.
    if (verdict.read) lines.push("", options.palette.green(c.noFinding));
    return `${lines.join("\n")}\n`;
  }
  const groups = groupFindings(result.findings, options.lang);
  for (const severity of SEVERITIES) {
    const ofSeverity = groups.filter((g) => g.severity === severity);
    if (ofSeverity.length === 0) continue;
    const count = ofSeverity.reduce((n, g) => n + g.findings.length, 0);
    lines.push(
      "",
      severityColor(severity, options.palette)(`${options.t.common.severity[severity]} (${count})`),
    );
    for (const [tab, group] of groupByTab(ofSeverity, result.summary.tabs)) {
      lines.push("", `  ${options.palette.bold(inline(tab ?? c.workbookLevel))}`);
      lines.push(...findingTable(group, tab, options).map((line) => `  ${line}`));
    }
  }
  return `${lines.join("\n")}\n`;
}

/** The summary lines: preset, tabs read and ignored, counts (people, shifts and dates are the verdict line's). */
export function renderSummary(result: CheckResult, options: CheckOutputOptions): string[] {
  const { t, palette: p } = options;
  const c = t.cli.check;
  const s = result.summary;
  const list = (names: readonly string[]): string =>
    names.length === 0 ? c.none : `${names.map(inline).join(", ")} (${names.length})`;
  const counts = c.counts(s.errors, s.warnings, s.infos);
  const rows: Array<[string, string]> = [
    [c.preset, c.presetNames[s.preset] ?? s.preset],
    [c.tabsRead, list(s.tabs)],
    [c.tabsIgnored, list(s.ignoredTabs)],
    [c.result, s.errors > 0 ? p.red(counts) : s.warnings > 0 ? p.yellow(counts) : p.green(counts)],
  ];
  const labelWidth = Math.max(...rows.map(([label]) => displayWidth(label)));
  return [
    p.bold(inline(c.title(options.file))),
    ...rows.map(
      ([label, value]) =>
        `  ${p.dim(label.padEnd(labelWidth + (label.length - displayWidth(label))))}  ${value}`,
    ),
  ];
}

/** One line per group of findings: repeated findings read as one (first → last date, count and what repeats). */
function findingTable(
  groups: readonly FindingGroup[],
  tab: string | null,
  options: CheckOutputOptions,
): string[] {
  const { t, lang } = options;
  const cols = t.cli.check.columns;
  const names = t.check.ruleNames as Record<string, string>;
  const date = (g: FindingGroup): string => {
    if (!g.first || !g.last) return "";
    const first = formatCivilDate(g.first, lang);
    return g.first === g.last ? first : `${first} → ${formatCivilDate(g.last, lang)}`;
  };
  const rows = groups.map((g) => [
    names[g.ruleId] ?? g.ruleId,
    g.person ?? "",
    date(g),
    cellsText(g.cells, tab, t),
    g.label,
  ]);
  return renderTable([cols.rule, cols.person, cols.date, cols.cells, cols.message], rows, {
    maxWidth: options.width !== undefined ? options.width - 2 : undefined,
    styleHeader: options.palette.dim,
  });
}

/** Cells of a finding, unqualified when in the group's tab, at most three then `+n`. */
function cellsText(cells: readonly string[], tab: string | null, t: Messages): string {
  const local = cells.map((cell) => {
    const match = /^'((?:[^']|'')*)'!(.+)$/.exec(cell);
    return match && match[1]?.replace(/''/g, "'") === tab ? (match[2] as string) : cell;
  });
  const shown = local.slice(0, MAX_CELLS).join(", ");
  return local.length > MAX_CELLS ? `${shown} ${t.cli.check.moreCells(local.length - MAX_CELLS)}` : shown;
}

/** Groups of findings by tab, tabs in workbook order, tab-less ones last; order inside kept. */
function groupByTab(
  findings: readonly FindingGroup[],
  tabs: readonly string[],
): Array<[string | null, FindingGroup[]]> {
  const groups = new Map<string | null, FindingGroup[]>();
  for (const f of findings) {
    const group = groups.get(f.tab) ?? [];
    group.push(f);
    groups.set(f.tab, group);
  }
  const rank = (tab: string | null): number => {
    if (tab === null) return Number.MAX_SAFE_INTEGER;
    const at = tabs.indexOf(tab);
    return at < 0 ? tabs.length : at;
  };
  return [...groups.entries()].sort((a, b) => rank(a[0]) - rank(b[0]));
}

function severityColor(severity: Severity, p: Palette): (text: string) => string {
  const color = severity === "error" ? p.red : severity === "warning" ? p.yellow : p.cyan;
  return (text: string) => p.bold(color(text));
}
