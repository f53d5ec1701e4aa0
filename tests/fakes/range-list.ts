// Fake RangeList: ranges of one sheet (`Sheet.getRangeList`), each call applied to every range, as one service call.
import { SERVICE, type ServiceObject } from "./counting";
import type { FakeRange } from "./range";

/**
 * A fake `RangeList`: the documented setters and clears apply the same value to every range of the list, in one
 * counted call (what makes RangeList the way to change scattered cells without a call per cell). There is no
 * getter but `getRanges`, as on the real platform.
 */
export class FakeRangeList implements ServiceObject {
  readonly [SERVICE] = "RangeList";

  constructor(readonly ranges: readonly FakeRange[]) {}

  describeTarget(): string {
    const first = this.ranges[0];
    if (!first) return "RangeList";
    return `${first.describeTarget().split("!")[0]}!${this.ranges.map((r) => r.getA1Notation()).join(",")}`;
  }

  private each(apply: (range: FakeRange) => void): FakeRangeList {
    for (const range of this.ranges) apply(range);
    return this;
  }

  getRanges(): FakeRange[] {
    return [...this.ranges];
  }

  setBackground(color: string | null): FakeRangeList {
    return this.each((r) => r.setBackground(color));
  }

  setFontColor(color: string | null): FakeRangeList {
    return this.each((r) => r.setFontColor(color));
  }

  setFontWeight(weight: string | null): FakeRangeList {
    return this.each((r) => r.setFontWeight(weight));
  }

  setFontLine(line: string | null): FakeRangeList {
    return this.each((r) => r.setFontLine(line));
  }

  setFontStyle(style: string | null): FakeRangeList {
    return this.each((r) => r.setFontStyle(style));
  }

  setFontSize(size: number): FakeRangeList {
    return this.each((r) => r.setFontSize(size));
  }

  setFontFamily(family: string | null): FakeRangeList {
    return this.each((r) => r.setFontFamily(family));
  }

  setNote(note: string | null): FakeRangeList {
    return this.each((r) => r.setNote(note));
  }

  clearNote(): FakeRangeList {
    return this.each((r) => r.clearNote());
  }

  setNumberFormat(format: string): FakeRangeList {
    return this.each((r) => r.setNumberFormat(format));
  }

  setValue(value: unknown): FakeRangeList {
    return this.each((r) => r.setValue(value));
  }

  setWrap(wrap: boolean): FakeRangeList {
    return this.each((r) => r.setWrap(wrap));
  }

  setHorizontalAlignment(alignment: string | null): FakeRangeList {
    return this.each((r) => r.setHorizontalAlignment(alignment));
  }

  setVerticalAlignment(alignment: string | null): FakeRangeList {
    return this.each((r) => r.setVerticalAlignment(alignment));
  }

  setBorder(
    top: boolean | null,
    left: boolean | null,
    bottom: boolean | null,
    right: boolean | null,
    vertical: boolean | null,
    horizontal: boolean | null,
    color?: string | null,
    style?: string | null,
  ): FakeRangeList {
    return this.each((r) => r.setBorder(top, left, bottom, right, vertical, horizontal, color, style));
  }

  clear(options?: Parameters<FakeRange["clear"]>[0]): FakeRangeList {
    return this.each((r) => r.clear(options));
  }

  clearContent(): FakeRangeList {
    return this.each((r) => r.clearContent());
  }

  clearFormat(): FakeRangeList {
    return this.each((r) => r.clearFormat());
  }
}
