// The human output of `releve read`: the verdict, then each tab with its status, layout, how it was read and counts.
import type { Lang, Messages } from "../../core/i18n";
import { formatCivilDate } from "../../core/i18n/format";
import type { ReadingReport } from "../../core/planning/reading-report";
import type { Palette } from "./colors";
import { inline } from "./terminal-text";

/** How to render the reading. */
export interface ReadOutputOptions {
  file: string;
  palette: Palette;
  t: Messages;
  lang: Lang;
  verdict: { read: boolean; text: string };
}

/** The whole human reading, ending with a newline. */
export function renderReading(report: ReadingReport, options: ReadOutputOptions): string {
  const { t, palette: p, lang } = options;
  const lines = [
    p.bold(inline(t.cli.read.title(options.file))),
    options.verdict.read ? options.verdict.text : p.yellow(options.verdict.text),
  ];
  for (const tab of report.tabs) {
    const status = t.reading.status[tab.status];
    const colour = tab.status === "read" ? p.green : tab.status === "ignored" ? p.dim : p.yellow;
    const layout = tab.layout ? ` — ${t.reading.layouts[tab.layout]}` : "";
    lines.push("", `${p.bold(inline(tab.tab))} — ${colour(status)}${layout}`);
    if (tab.reason) lines.push(`  ${inline(tab.reason)}`);
    if (tab.how) lines.push(`  ${inline(tab.how)}`);
    if (tab.status !== "ignored") {
      const dates =
        tab.from && tab.to
          ? t.cli.read.dates(formatCivilDate(tab.from, lang), formatCivilDate(tab.to, lang))
          : "";
      lines.push(`  ${t.cli.read.counts(tab.people, dates, tab.shifts, tab.absences, tab.notUnderstood)}`);
    }
  }
  return `${lines.join("\n")}\n`;
}
