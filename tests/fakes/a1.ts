// A1 notation for the fake: parsing `'Tab name'!B2:C5`, `A:A`, `2:4`, and writing `B2:C5` back.

/** A parsed A1 reference; missing bounds mean "to the sheet's edge". 1-based. */
export interface A1Ref {
  sheetName: string | null;
  startRow: number | null;
  startCol: number | null;
  endRow: number | null;
  endCol: number | null;
}

/** Column letters of a 1-based column (1 → A, 27 → AA). */
export function columnName(col: number): string {
  let n = col;
  let out = "";
  while (n > 0) {
    const rem = (n - 1) % 26;
    out = String.fromCharCode(65 + rem) + out;
    n = Math.floor((n - 1) / 26);
  }
  return out;
}

/** 1-based column of letters (A → 1). */
export function columnNumber(letters: string): number {
  let n = 0;
  for (const ch of letters.toUpperCase()) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n;
}

/** `B2` or `B2:C5` for a 1-based rectangle. */
export function a1Of(row: number, col: number, numRows = 1, numCols = 1): string {
  const start = `${columnName(col)}${row}`;
  return numRows === 1 && numCols === 1
    ? start
    : `${start}:${columnName(col + numCols - 1)}${row + numRows - 1}`;
}

/** A sheet name quoted as Sheets writes it in formulas: `'Tab name'`. */
export function quoteSheetName(name: string): string {
  return `'${name.replace(/'/g, "''")}'`;
}

const CELL = /^\$?([A-Za-z]{0,3})\$?(\d*)$/;

function invalid(text: string): never {
  throw new Error(`Range not found`, { cause: text });
}

/** Parses A1 notation with an optional sheet name; throws "Range not found" on anything else. */
export function parseA1(text: string): A1Ref {
  let rest = text.trim();
  let sheetName: string | null = null;
  if (rest.startsWith("'")) {
    let i = 1;
    let name = "";
    for (;;) {
      const ch = rest[i];
      if (ch === undefined) invalid(text);
      if (ch === "'") {
        if (rest[i + 1] === "'") {
          name += "'";
          i += 2;
          continue;
        }
        break;
      }
      name += ch;
      i++;
    }
    if (rest[i + 1] !== "!") invalid(text);
    sheetName = name;
    rest = rest.slice(i + 2);
  } else if (rest.includes("!")) {
    const at = rest.lastIndexOf("!");
    sheetName = rest.slice(0, at);
    rest = rest.slice(at + 1);
  }
  const [first, second, extra] = rest.split(":");
  if (first === undefined || first === "" || extra !== undefined) invalid(text);
  const a = CELL.exec(first);
  const b = second === undefined ? a : CELL.exec(second);
  if (!a || !b || (a[1] === "" && a[2] === "") || (b[1] === "" && b[2] === "")) invalid(text);
  if (second === undefined && (a[1] === "" || a[2] === "")) invalid(text);
  const startCol = a[1] ? columnNumber(a[1]) : null;
  const startRow = a[2] ? Number(a[2]) : null;
  const endCol = b[1] ? columnNumber(b[1]) : null;
  const endRow = b[2] ? Number(b[2]) : null;
  if (startRow === 0 || endRow === 0) invalid(text);
  // `A:B` is whole columns, `2:4` whole rows, `A2:C` columns A–C from row 2 down.
  return { sheetName, startRow, startCol, endRow, endCol };
}
