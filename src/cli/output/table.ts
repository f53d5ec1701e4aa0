// Plain-text tables for the terminal: aligned columns, the last one wrapped to the terminal width.
import { stripAnsi } from "./colors";
import { inline } from "./terminal-text";

/** Display width of a text (ANSI escapes excluded; combining marks take no column). */
export function displayWidth(text: string): number {
  return [...stripAnsi(text).normalize("NFC")].filter((ch) => !/\p{Mn}/u.test(ch)).length;
}

const padEnd = (text: string, width: number): string =>
  text + " ".repeat(Math.max(0, width - displayWidth(text)));

/**
 * Renders rows under a header as aligned columns separated by two spaces. Each cell stays on its row: line breaks
 * inside it become spaces and control characters are shown visibly (`inline`). When `maxWidth` is given, the last
 * column is word-wrapped so lines fit (continuation lines are indented under it).
 */
export function renderTable(
  header: readonly string[],
  cells: readonly (readonly string[])[],
  options: { maxWidth?: number; styleHeader?: (text: string) => string } = {},
): string[] {
  const rows = cells.map((row) => row.map(inline));
  const columns = header.length;
  const widths = header.map((h, c) =>
    Math.max(displayWidth(h), ...rows.map((r) => displayWidth(r[c] ?? ""))),
  );
  const lead = widths.slice(0, -1).reduce((sum, w) => sum + w + 2, 0);
  const lastWidth =
    options.maxWidth !== undefined ? Math.max(20, options.maxWidth - lead) : Number.POSITIVE_INFINITY;
  const style = options.styleHeader ?? ((t: string) => t);
  const line = (cells: readonly string[]): string[] => {
    const head = cells
      .slice(0, columns - 1)
      .map((cell, c) => padEnd(cell, widths[c] ?? 0))
      .join("  ");
    const wrapped = wrap(cells[columns - 1] ?? "", lastWidth);
    return wrapped.map((part, i) =>
      `${i === 0 ? (columns > 1 ? `${head}  ` : "") : " ".repeat(lead)}${part}`.trimEnd(),
    );
  };
  return [style(line(header).join("\n")), ...rows.flatMap(line)];
}

/** Word-wraps a text to a width (a word longer than the width stays whole). */
export function wrap(text: string, width: number): string[] {
  if (displayWidth(text) <= width) return [text];
  const lines: string[] = [];
  let current = "";
  for (const word of text.split(/\s+/)) {
    if (current === "") current = word;
    else if (displayWidth(current) + 1 + displayWidth(word) <= width) current += ` ${word}`;
    else {
      lines.push(current);
      current = word;
    }
  }
  if (current !== "") lines.push(current);
  return lines;
}
