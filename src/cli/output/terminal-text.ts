// Text bound for a terminal: control characters from files shown visibly; only the CLI's own escapes stay live.
import type { OutStream } from "../context";

/**
 * Marks the CLI's own control sequences (colours, the progress line): a lone high surrogate, which no text read
 * from a file or the command line can hold (the readers turn a lone surrogate into U+FFFD, Node decodes arguments
 * the same way). `safeStream` turns a mark followed by one of the known sequences into the real escape.
 */
const MARK = "\uDBFF";

/** The sequences the CLI itself writes: SGR colours (`[31m`), erase to end of line (`[K`), carriage return. */
const OWN_SEQUENCE = /\uDBFF(\[[0-9;]{0,12}m|\[K|\r)/g;

/**
 * Characters a terminal acts on instead of showing: C0 controls but tab and line feed, DEL, C1 controls (U+009B
 * is a CSI), bidirectional overrides, embeddings, isolates and marks, line and paragraph separators, and a lone
 * surrogate that does not start one of the CLI's own sequences.
 */
const UNSAFE =
  // biome-ignore lint/suspicious/noControlCharactersInRegex: matching control characters is the point.
  /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F\u061C\u200E\u200F\u2028\u2029\u202A-\u202E\u2066-\u2069]|(?<!\uDBFF)\r|\uDBFF(?![\uDC00-\uDFFF]|\[[0-9;]{0,12}m|\[K|\r)|[\uD800-\uDBFE](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/** One of the CLI's own escape sequences (`[31m`, `[K`, `\r`), marked so that `safeStream` lets it through. */
export function ownSequence(sequence: string): string {
  return sequence === "\r" ? `${MARK}\r` : `${MARK}${sequence}`;
}

/**
 * The text with every character a terminal would act on shown as a JSON-style escape (`ESC` → `\u001b`, U+202E →
 * `\u202e`): the escape is also what `JSON.stringify` would have written, so a JSON document stays exact. Line
 * feeds and tabs stay; the CLI's own marked sequences are left for `safeStream`.
 */
export function visible(text: string): string {
  return text.replace(UNSAFE, (ch) => `\\u${(ch.codePointAt(0) as number).toString(16).padStart(4, "0")}`);
}

/** The text on one line: line breaks inside it (a name typed on two lines) become spaces, then `visible`. */
export function inline(text: string): string {
  // biome-ignore lint/suspicious/noControlCharactersInRegex: line breaks are control characters.
  return visible(text.replace(/\r\n|[\n\r\u000B\u000C\u0085\u2028\u2029]/g, " "));
}

/** The text without the CLI's own marked sequences (to measure it), real ANSI colour escapes removed too. */
export function withoutOwnSequences(text: string): string {
  // biome-ignore lint/suspicious/noControlCharactersInRegex: matching ANSI escapes is the point.
  return text.replace(OWN_SEQUENCE, "").replace(/\u001b\[[0-9;]*m/g, "");
}

/**
 * The single point where the CLI writes text: a stream that shows control characters visibly (`visible`) and turns
 * only the CLI's own marked sequences into real escapes. Every command writes through it, so a cell holding
 * `ESC[2J`, a carriage return or a bidi override can neither clear the screen nor fake a result.
 */
export function safeStream(stream: OutStream): OutStream {
  return {
    get isTTY() {
      return stream.isTTY;
    },
    get columns() {
      return stream.columns;
    },
    write(text: string): unknown {
      return stream.write(
        visible(text).replace(OWN_SEQUENCE, (_, seq: string) => (seq === "\r" ? "\r" : `\u001b${seq}`)),
      );
    },
  };
}
