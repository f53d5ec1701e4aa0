// ANSI colours for the terminal: on a TTY only, never with NO_COLOR or TERM=dumb (FORCE_COLOR forces them).
import { ownSequence, withoutOwnSequences } from "./terminal-text";

/** A stream as far as colour is concerned. */
export interface ColorTarget {
  isTTY?: boolean;
}

/** The styles the CLI uses; each returns the text unchanged when colours are off. */
export interface Palette {
  enabled: boolean;
  bold(text: string): string;
  dim(text: string): string;
  red(text: string): string;
  yellow(text: string): string;
  cyan(text: string): string;
  green(text: string): string;
}

/** True when output to this stream should be coloured. */
export function colorsWanted(
  stream: ColorTarget,
  env: Readonly<Record<string, string | undefined>>,
): boolean {
  if (env.NO_COLOR !== undefined && env.NO_COLOR !== "") return false;
  if (env.FORCE_COLOR !== undefined && env.FORCE_COLOR !== "" && env.FORCE_COLOR !== "0") return true;
  return stream.isTTY === true && env.TERM !== "dumb";
}

/** A palette, coloured or plain; its escapes are marked as the CLI's own (see `safeStream`). */
export function palette(enabled: boolean): Palette {
  const wrap =
    (open: number, close: number) =>
    (text: string): string =>
      enabled && text !== "" ? `${ownSequence(`[${open}m`)}${text}${ownSequence(`[${close}m`)}` : text;
  return {
    enabled,
    bold: wrap(1, 22),
    dim: wrap(2, 22),
    red: wrap(31, 39),
    yellow: wrap(33, 39),
    cyan: wrap(36, 39),
    green: wrap(32, 39),
  };
}

/** The text without colour escapes (for measuring widths). */
export function stripAnsi(text: string): string {
  return withoutOwnSequences(text);
}
