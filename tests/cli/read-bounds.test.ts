// The reader's bounds: inflated bytes (zip bombs), time, cells repeated by .ods — each refused with its figures.
import { describeError } from "../../src/cli/errors";
import { readXlsxSnapshot, XlsxReadError } from "../../src/cli/xlsx-snapshot";
import { messages } from "../../src/core/i18n";
import { rawOds, rawXlsx } from "./support/packages";
import { tempDir, writeRaw } from "./support/workbooks";

const tmp = tempDir();
afterAll(() => tmp.cleanup());

async function refusal(path: string, limits: Parameters<typeof readXlsxSnapshot>[1]): Promise<XlsxReadError> {
  const error = await readXlsxSnapshot(path, limits).catch((e: unknown) => e);
  expect(error).toBeInstanceOf(XlsxReadError);
  return error as XlsxReadError;
}

describe("bounds of a read", () => {
  test("a part that inflates past the bound (a zip bomb) is refused, not inflated", async () => {
    const bomb = rawXlsx({ sheets: [{ name: "A", rows: " ".repeat(3_000_000) }], deflate: true });
    expect(bomb.length).toBeLessThan(100_000);
    const error = await refusal(writeRaw(tmp.path("bombe.xlsx"), bomb), {
      limits: { maxPartBytes: 2 * 1024 * 1024 },
    });
    expect(error.problem).toBe("too-large");
    expect(describeError(error, messages("fr"))).toMatch(
      /bombe\.xlsx est trop grand pour être lu \(plus de 2 Mo une fois décompressé, limite 2 Mo\)$/,
    );
  });

  test("a read that lasts past its time is stopped, with the cells read so far", async () => {
    const rows = Array.from(
      { length: 50 },
      (_, r) => `<row r="${r + 1}">${"<c><v>1</v></c>".repeat(200)}</row>`,
    );
    const path = writeRaw(tmp.path("lent.xlsx"), rawXlsx({ sheets: [{ name: "A", rows: rows.join("") }] }));
    const error = await refusal(path, { limits: { maxMillis: -1 } });
    expect(error.tooLarge).toMatchObject({ measure: "time", sheet: "A" });
    expect(describeError(error, messages("en"))).toMatch(
      /lent\.xlsx is too large to be read \(4,096 cells read in/,
    );
  });

  test("an .ods cell repeated over 16,384 columns and a million rows is counted, never looped over", async () => {
    const row =
      '<table:table-row table:number-rows-repeated="1000000"><table:table-cell table:number-columns-repeated="16384" ' +
      'office:value-type="string"><text:p>M</text:p></table:table-cell></table:table-row>';
    const path = writeRaw(tmp.path("répété.ods"), rawOds(`<table:table table:name="A">${row}</table:table>`));
    const error = await refusal(path, {});
    expect(error.tooLarge).toMatchObject({ measure: "cells", count: 16_384_000_000, limit: 1_000_000 });
  });
});
