// Counted nouns: "2 onglets" / "1 onglet" in French (0 and 1 are singular), "0 tabs" / "1 tab" in English.

/** French: `n` and the singular for 0 and 1, the plural from 2. */
export function pluralFr(n: number, one: string, many: string): string {
  return `${n} ${n > 1 ? many : one}`;
}

/** English: `n` and the singular for exactly 1, the plural otherwise. */
export function pluralEn(n: number, one: string, many: string): string {
  return `${n} ${n === 1 ? one : many}`;
}
