// Why a file could not be read as a workbook: one problem per message the CLI prints, with its figures.

/** Why a file could not be read as a workbook (the CLI turns each into one line in the user's language). */
export type ReadProblem =
  | "missing"
  | "directory"
  | "not-regular"
  | "unreadable"
  | "empty-file"
  | "not-xlsx"
  | "encrypted"
  | "legacy-xls"
  | "xlsb"
  | "zip-not-workbook"
  | "corrupt"
  | "empty-workbook"
  | "too-large";

/** What went over a bound while reading. */
export interface TooLarge {
  /**
   * `cells` non-empty cells; `extent` cells the used ranges span (rows × their last column, merges walked);
   * `bytes` an inflated part; `time` milliseconds spent reading.
   */
  measure: "cells" | "extent" | "bytes" | "time";
  /** The amount reached (for `time`, the cells read so far). */
  count: number;
  limit: number;
  /** The tab where it went over, when known. */
  sheet?: string;
  /** The farthest cell of that tab (A1), for `extent`. */
  cell?: string;
}

/** A file that is not a readable, non-empty workbook; `detail` is a short technical reason (English). */
export class XlsxReadError extends Error {
  constructor(
    readonly problem: ReadProblem,
    readonly path: string,
    readonly detail = "",
    options?: { cause?: unknown; tooLarge?: TooLarge },
  ) {
    super(`${problem}: ${path}${detail ? ` (${detail})` : ""}`, options);
    this.name = "XlsxReadError";
    this.tooLarge = options?.tooLarge;
  }

  /** The figures of a `too-large` refusal. */
  readonly tooLarge: TooLarge | undefined;
}

/** Thrown inside a reader when a bound is passed; the reader's caller turns it into an `XlsxReadError`. */
export class TooLargeError extends Error {
  constructor(readonly figures: TooLarge) {
    super(
      `too large: ${figures.measure} ${figures.count} > ${figures.limit}${figures.sheet ? ` (${figures.sheet})` : ""}`,
    );
    this.name = "TooLargeError";
  }
}
