// Reads a delimited text file (.csv, .tsv, .txt) into one tab: every field as text, delimiter and encoding detected.
import type { ReadBudget } from "./budget";
import { SheetCells } from "./sheet-cells";

/** The delimiters recognised, in order of preference when the count is tied. */
const DELIMITERS = [";", ",", "\t"] as const;

/**
 * The text of a delimited file: UTF-8 (with or without a byte-order mark), UTF-16 with its mark, else
 * Windows-1252 (how Excel in French saves « CSV (séparateur : point-virgule) ») when the bytes are not UTF-8.
 */
export function decodeText(bytes: Uint8Array): string {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return new TextDecoder("utf-16le").decode(bytes.subarray(2));
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return new TextDecoder("utf-16be").decode(bytes.subarray(2));
  const start = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? 3 : 0;
  try {
    return new TextDecoder("utf-8", { fatal: true }).decode(bytes.subarray(start));
  } catch {
    return new TextDecoder("windows-1252").decode(bytes);
  }
}

/**
 * The delimiter of a text: among `;`, `,` and tab (outside quotes), the one found the same number of times on the
 * most of its first lines; `,` when none is found.
 */
export function detectDelimiter(text: string): string {
  const lines = sampleLines(text, 50);
  let best: { delimiter: string; score: number } = { delimiter: ",", score: 0 };
  for (const delimiter of DELIMITERS) {
    const counts = new Map<number, number>();
    for (const line of lines) {
      const n = line.split(delimiter).length - 1;
      if (n > 0) counts.set(n, (counts.get(n) ?? 0) + 1);
    }
    const score = Math.max(0, ...counts.values());
    if (score > best.score) best = { delimiter, score };
  }
  return best.delimiter;
}

/** The first lines of a text with quoted parts removed (a delimiter inside quotes does not count). */
function sampleLines(text: string, max: number): string[] {
  const lines: string[] = [];
  let current = "";
  let quoted = false;
  for (let i = 0; i < text.length && lines.length < max; i += 1) {
    const c = text[i] as string;
    if (c === '"') quoted = !quoted;
    else if (!quoted && (c === "\n" || c === "\r")) {
      if (current.trim() !== "") lines.push(current);
      current = "";
    } else if (!quoted) current += c;
  }
  if (current.trim() !== "" && lines.length < max) lines.push(current);
  return lines;
}

/**
 * One tab named `name` holding the fields of a delimited text (RFC 4180: quoted fields, `""` inside them, line
 * breaks inside quotes; CRLF, LF or CR line ends). Every field is text, as typed: `07:00` stays `07:00`.
 */
export function readCsvTab(bytes: Uint8Array, name: string, budget: ReadBudget): SheetCells {
  const text = decodeText(bytes);
  const delimiter = detectDelimiter(text);
  const tab = new SheetCells(name);
  let row = 0;
  let col = 0;
  let i = 0;
  const n = text.length;
  const put = (value: string): void => {
    if (value !== "" && budget.addCell()) tab.set(row, col, value);
  };
  while (i < n) {
    let value: string;
    if (text[i] === '"') {
      let out = "";
      let at = i + 1;
      for (;;) {
        const quote = text.indexOf('"', at);
        if (quote < 0) {
          out += text.slice(at);
          at = n;
          break;
        }
        out += text.slice(at, quote);
        if (text[quote + 1] === '"') {
          out += '"';
          at = quote + 2;
        } else {
          at = quote + 1;
          break;
        }
      }
      // Anything between the closing quote and the delimiter is kept, as spreadsheet programs do.
      let end = at;
      while (end < n && text[end] !== delimiter && text[end] !== "\n" && text[end] !== "\r") end += 1;
      value = out + text.slice(at, end);
      i = end;
    } else {
      let end = i;
      while (end < n && text[end] !== delimiter && text[end] !== "\n" && text[end] !== "\r") end += 1;
      value = text.slice(i, end);
      i = end;
    }
    put(value);
    if (i >= n) break;
    if (text[i] === delimiter) {
      col += 1;
      i += 1;
      if (i >= n) break;
      continue;
    }
    // A line end (CRLF counts once).
    i += text[i] === "\r" && text[i + 1] === "\n" ? 2 : 1;
    row += 1;
    col = 0;
    if ((row & 0xfff) === 0) budget.checkTime(name);
  }
  return tab;
}
