// Keeps what the check writes short: a cell's text is quoted in a shortened form, a message has a bounded length.
import type { Finding } from "../findings";

/** Sheets' limit on one cell's text (values and notes alike). */
export const CELL_LIMIT = 50_000;

/** How much of a cell's text a message quotes. */
export const QUOTE_CHARS = 60;

/** Longest message a finding keeps (a list of names, a quoted text…). */
export const MESSAGE_CHARS = 2_000;

const LINE_BREAKS = /[\r\n\u2028\u2029]+/g;
// Quoted text in French (« … ») and English ("…") messages.
const QUOTED = /« ([^»]*) »|"([^"]*)"/g;

/**
 * `text` on one line (line breaks become spaces) and at most `max` characters: the first `max` characters then `…`
 * when longer. Characters beyond the BMP are never cut in half.
 */
export function shortText(text: string, max = QUOTE_CHARS): string {
  const flat = text.replace(LINE_BREAKS, " ");
  if (flat.length <= max) return flat;
  let cut = max;
  const code = flat.charCodeAt(cut - 1);
  if (code >= 0xd800 && code <= 0xdbff) cut -= 1;
  return `${flat.slice(0, cut)}…`;
}

/**
 * A message as people read it: on one line, each quoted text (« … » or "…") longer than `QUOTE_CHARS` shortened
 * to its first characters and `…`, and the whole at most `MESSAGE_CHARS` characters.
 */
export function boundMessage(message: string): string {
  const quoted = message.replace(QUOTED, (whole, fr: string | undefined, en: string | undefined) => {
    const inner = fr ?? en ?? "";
    if (inner.length <= QUOTE_CHARS) return whole;
    return fr !== undefined ? `« ${shortText(inner)} »` : `"${shortText(inner)}"`;
  });
  return shortText(quoted, MESSAGE_CHARS);
}

/** The findings with bounded messages (the same objects when nothing changes). */
export function boundFindings(findings: readonly Finding[]): Finding[] {
  return findings.map((f) => {
    const message = boundMessage(f.message);
    return message === f.message ? f : { ...f, message };
  });
}

/** A text cut to fit one cell (`CELL_LIMIT`), with `…` when cut: the last guard before a write. */
export function fitCell(text: string): string {
  return text.length <= CELL_LIMIT ? text : shortText(text, CELL_LIMIT - 1);
}
