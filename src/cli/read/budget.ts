// The bounds of one read: non-empty cells, the extent the snapshot spans, inflated bytes and wall-clock time.
import { TooLargeError } from "./read-error";

/** How much one read may take. */
export interface ReadLimits {
  /** Non-empty cells in the whole workbook. */
  maxCells: number;
  /**
   * Cells the snapshot spans: for every tab, its rows (down to the last non-empty one) plus each row's length (up to
   * its last non-empty cell), plus the rows walked to clip merged ranges.
   */
  maxExtent: number;
  /** Bytes of one part of the archive once inflated, and of all parts together. */
  maxPartBytes: number;
  maxTotalBytes: number;
  /** Milliseconds the whole read may last. */
  maxMillis: number;
}

/**
 * The default bounds. Google Sheets holds at most 10 million cells; a planning holds a few hundred thousand. These
 * keep any file read or refused within 60 s and 1 GB of memory (see `npm run bench` and the CLI tests).
 */
export const DEFAULT_LIMITS: ReadLimits = {
  maxCells: 1_000_000,
  maxExtent: 20_000_000,
  maxPartBytes: 128 * 1024 * 1024,
  maxTotalBytes: 384 * 1024 * 1024,
  maxMillis: 45_000,
};

/**
 * Counts what a read consumes against its limits. Non-empty cells past the limit are still counted (so the message
 * can say how many there are) but no longer kept: `addCell` returns false for them.
 */
export class ReadBudget {
  cells = 0;
  extent = 0;
  bytes = 0;
  private readonly deadline: number;

  constructor(
    readonly limits: ReadLimits,
    private readonly now: () => number = Date.now,
  ) {
    this.deadline = now() + limits.maxMillis;
  }

  /** Counts one non-empty cell; false when it is past the limit (count it, but do not keep it). */
  addCell(): boolean {
    this.cells += 1;
    return this.cells <= this.limits.maxCells;
  }

  /** True once more non-empty cells were seen than allowed. */
  get overCells(): boolean {
    return this.cells > this.limits.maxCells;
  }

  /** Throws when the non-empty cells went over the limit. */
  assertCells(): void {
    if (this.overCells)
      throw new TooLargeError({ measure: "cells", count: this.cells, limit: this.limits.maxCells });
  }

  /** Counts cells of extent for a tab; throws past the limit, naming the tab and its farthest cell. */
  addExtent(amount: number, sheet: string, cell: string): void {
    this.extent += amount;
    if (this.extent > this.limits.maxExtent)
      throw new TooLargeError({
        measure: "extent",
        count: this.extent,
        limit: this.limits.maxExtent,
        sheet,
        cell,
      });
  }

  /** The most bytes the next part may inflate to. */
  get partBytesLeft(): number {
    return Math.max(0, Math.min(this.limits.maxPartBytes, this.limits.maxTotalBytes - this.bytes));
  }

  /** Counts the inflated bytes of one part. */
  addBytes(amount: number): void {
    this.bytes += amount;
  }

  /** Throws once the read has lasted longer than allowed. Cheap enough to call every few thousand cells. */
  checkTime(sheet?: string): void {
    if (this.now() > this.deadline)
      throw new TooLargeError({ measure: "time", count: this.cells, limit: this.limits.maxMillis, sheet });
  }
}
