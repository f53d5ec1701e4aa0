// A one-line progress indicator on stderr: only on a TTY, only once an operation lasts, erased when done.
import { ownSequence } from "./terminal-text";

/** The stream the indicator writes to. */
export interface ProgressStream {
  isTTY?: boolean;
  write(text: string): unknown;
}

/** A progress line that can be updated and erased. */
export interface Progress {
  /** Shows this text (from `delayMs` after creation on). */
  update(text: string): void;
  /** Erases the line if it was shown. */
  done(): void;
}

/**
 * A progress line on `stream`: nothing at all unless the stream is a TTY; nothing during the first `delayMs`
 * (small workbooks read without flicker).
 */
export function createProgress(
  stream: ProgressStream,
  options: { delayMs?: number; now?: () => number } = {},
): Progress {
  const now = options.now ?? Date.now;
  const start = now();
  const delay = options.delayMs ?? 300;
  let shown = false;
  if (stream.isTTY !== true) return { update: () => undefined, done: () => undefined };
  return {
    update(text: string): void {
      if (now() - start < delay) return;
      stream.write(`${ownSequence("\r")}${text}${ownSequence("[K")}`);
      shown = true;
    },
    done(): void {
      if (shown) stream.write(`${ownSequence("\r")}${ownSequence("[K")}`);
      shown = false;
    },
  };
}
