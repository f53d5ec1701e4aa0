// A1 references of the files read: `B12` → 0-based row and column, `A1:C3` → a range (no limit on size here).

/** The 0-based row and column of an A1 reference (`$` allowed), or undefined when it is not one. */
export function parseA1(ref: string): { row: number; col: number } | undefined {
  const match = /^\$?([A-Za-z]{1,4})\$?([0-9]{1,10})$/.exec(ref.trim());
  if (!match) return undefined;
  const row = Number(match[2]) - 1;
  if (row < 0) return undefined;
  return { row, col: columnIndex(match[1] as string) };
}

/** The 0-based column of column letters (`A` → 0, `XFD` → 16383). */
export function columnIndex(letters: string): number {
  let col = 0;
  for (const letter of letters.toUpperCase()) col = col * 26 + letter.charCodeAt(0) - 64;
  return col - 1;
}

/** A range `A1:C3` (or one cell `B2`), 0-based and inclusive, corners in order; undefined when unreadable. */
export function parseRange(
  ref: string,
): { top: number; left: number; bottom: number; right: number } | undefined {
  const [from, to = from] = ref.split(":");
  const a = parseA1(from ?? "");
  const b = parseA1(to ?? "");
  if (!a || !b) return undefined;
  return {
    top: Math.min(a.row, b.row),
    left: Math.min(a.col, b.col),
    bottom: Math.max(a.row, b.row),
    right: Math.max(a.col, b.col),
  };
}
