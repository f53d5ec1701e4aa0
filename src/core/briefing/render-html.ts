// Renders the full briefing to HTML: a body fragment with inline styles (e-mail) and a standalone page (CLI).
import { type Block, briefingBlocks, briefingTitle } from "./blocks";
import { escapeHtml, escapeMultiline } from "./escape";
import type { BriefingModel } from "./types";

const FONT = "font-family:Arial,Helvetica,sans-serif;";
// Every text is at least 14 px, on screen and on paper; rows stay tight so a quiet day fits one A4 page.
const CELL =
  "padding:3px 6px;border-bottom:1px solid #dddddd;vertical-align:top;text-align:left;font-size:14px;line-height:1.25;";
const BACKGROUND = { urgent: "#fde2e1", watch: "#fff3cd", plain: "#ffffff" } as const;
const WIDTHS = ["13%", "17%", "15%", "55%"];

function rowHtml(block: Block): string {
  switch (block.kind) {
    case "title":
      return `<tr><th colspan="4" style="${CELL}font-size:20px;border:0;">${escapeHtml(block.text)}</th></tr>`;
    case "meta":
      return `<tr><td colspan="4" style="${CELL}color:#555555;">${escapeHtml(block.text)}</td></tr>`;
    case "section":
      return `<tr><th colspan="4" style="${CELL}font-size:16px;background:#d9e2ec;padding-top:6px;">${escapeHtml(block.text)}</th></tr>`;
    case "sub":
      return `<tr><th colspan="4" style="${CELL}background:#f7f7f7;">${escapeHtml(block.text)}</th></tr>`;
    case "note":
      return `<tr><td colspan="4" style="${CELL}color:#555555;">${escapeHtml(block.text)}</td></tr>`;
    case "columns":
      return `<tr>${block.cells
        .map(
          (c, i) =>
            `<th scope="col" style="${CELL}background:#f0f0f0;width:${WIDTHS[i]};">${escapeHtml(c)}</th>`,
        )
        .join("")}</tr>`;
    case "row":
      return `<tr style="background:${BACKGROUND[block.tone]};">${block.cells
        .map((c) => `<td style="${CELL}">${escapeMultiline(c)}</td>`)
        .join("")}</tr>`;
    case "team": {
      const [label, hours, names] = block.cells;
      return `<tr><th scope="row" style="${CELL}">${escapeHtml(label)}</th><td style="${CELL}">${escapeHtml(hours)}</td><td colspan="2" style="${CELL}">${escapeHtml(names)}</td></tr>`;
    }
  }
}

/** The full briefing as an HTML fragment (one table, inline styles only): the body of the full e-mail. */
export function briefingHtmlFragment(model: BriefingModel, intro: readonly string[] = []): string {
  const rows = briefingBlocks(model).map(rowHtml).join("\n");
  const before = intro
    .map((p) => `<p style="${FONT}font-size:13px;color:#555555;">${escapeHtml(p)}</p>`)
    .join("\n");
  return `${before}\n<table role="presentation" cellspacing="0" cellpadding="0" style="${FONT}border-collapse:collapse;width:100%;max-width:760px;color:#1a1a1a;">\n${rows}\n</table>`;
}

/** The full briefing as a standalone HTML page, printable on A4 portrait (the CLI's `--out` file). */
export function briefingHtmlPage(model: BriefingModel): string {
  const lang = model.lang === "en" ? "en" : "fr";
  return `<!doctype html>
<html lang="${lang}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(briefingTitle(model))}</title>
<style>
@page { size: A4 portrait; margin: 10mm 12mm; }
body { margin: 16px; background: #ffffff; }
table { page-break-inside: auto; }
tr { page-break-inside: avoid; }
@media print { body { margin: 0; } }
</style>
</head>
<body>
${briefingHtmlFragment(model)}
</body>
</html>
`;
}
