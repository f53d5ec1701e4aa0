// The people an entry concerns (one or several), and the resident a mistyped name most likely means.
import { foldText as fold } from "../text";

/** The longest list of people one entry may concern. */
export const MAX_PERSONS = 12;

/** The people an entry concerns: `persons` when given, else the single `person` (older rows and callers). */
export function personsOf(entry: { person?: string; persons?: readonly string[] }): string[] {
  if (entry.persons && entry.persons.length > 0) return [...entry.persons];
  return entry.person ? [entry.person] : [];
}

/** The people of an entry as one line: `Adam B., Noah G.`. */
export function personsLabel(entry: { person?: string; persons?: readonly string[] }): string {
  return personsOf(entry).join(", ");
}

/** The names of a list without blanks or repeats (accents, case and spacing ignored), first spelling kept. */
export function distinctNames(names: readonly string[]): string[] {
  const seen = new Set<string>();
  const out: string[] = [];
  for (const raw of names) {
    const name = raw.trim().replace(/\s+/g, " ");
    const key = fold(name);
    if (key === "" || seen.has(key)) continue;
    seen.add(key);
    out.push(name);
  }
  return out;
}

/** Edit distance between two short strings (insertions, deletions, substitutions). */
function distance(a: string, b: string): number {
  const row = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    let diagonal = row[0] as number;
    row[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const above = row[j] as number;
      row[j] = Math.min(above + 1, (row[j - 1] as number) + 1, diagonal + (a[i - 1] === b[j - 1] ? 0 : 1));
      diagonal = above;
    }
  }
  return row[b.length] as number;
}

const words = (text: string): string[] =>
  fold(text)
    .replace(/[^a-z0-9 ]/g, " ")
    .split(" ")
    .filter((w) => w.length > 0);

/**
 * The listed name a typed name most likely means ("adam b" → "Adam B.", "Adma B." → "Adam B.", "B. Adam" →
 * "Adam B."), or undefined when nothing is close. Word order, accents, case and punctuation do not matter; a
 * typing slip of one or two letters is forgiven on names long enough to tell apart.
 */
export function suggestName(typed: string, names: readonly string[]): string | undefined {
  const want = words(typed);
  if (want.length === 0) return undefined;
  const key = [...want].sort().join(" ");
  let best: { name: string; score: number } | undefined;
  for (const name of names) {
    const have = words(name);
    const other = [...have].sort().join(" ");
    let score = distance(key, other);
    // A typed first word alone ("adam") or a typed prefix of the listed name is a strong hint.
    if (want.every((w) => have.some((h) => h.startsWith(w)))) score = Math.min(score, 1);
    if (!best || score < best.score) best = { name, score };
  }
  if (!best) return undefined;
  const allowed = key.length <= 4 ? 1 : key.length <= 8 ? 2 : 3;
  return best.score <= allowed ? best.name : undefined;
}
