// Person identity across tabs: trimmed, case-, accent- and spacing-insensitive names, word order resolved when safe.
import { foldText } from "../text";

const NAME_PUNCTUATION = /[,;]/g;

/** The exact identity key of a written name: folded words in their written order (`MARTIN  Léa` → `martin lea`). */
export function nameKey(name: string): string {
  return foldText(name.replace(NAME_PUNCTUATION, " "));
}

const UPPER_WORD = /^[\p{Lu}'-]{2,}$/u;
const HAS_LOWER = /\p{Ll}/u;

/** The surname words of a name written `NOM Prénom` or `Prénom NOM` (words in capitals), when the case shows them. */
function surnameOf(name: string): string | undefined {
  const words = name.trim().split(/[\s,;]+/);
  if (!words.some((w) => HAS_LOWER.test(w))) return undefined;
  const upper = words.filter((w) => UPPER_WORD.test(w)).map(foldText);
  return upper.length > 0 ? upper.sort().join(" ") : undefined;
}

/** One place a name is written. */
export interface NameOccurrence {
  name: string;
  tab: string;
}

interface Form {
  key: string;
  order: number;
  surname: string | undefined;
  tabs: Set<string>;
  /** The spellings seen, so each is examined for capitals once. */
  spellings: Set<string>;
}

/**
 * Maps every exact name key to a person key. Names with the same words in another order (`MARTIN Léa`,
 * `Léa Martin`) are one person unless that is ambiguous: the capitals name different surnames, or, without
 * capitals on both, both orders are written in one tab (then they are two people). The person key is the exact
 * key of the form written first.
 */
export function resolvePersonKeys(occurrences: readonly NameOccurrence[]): Map<string, string> {
  const forms = new Map<string, Form>();
  occurrences.forEach((occurrence, order) => {
    const key = nameKey(occurrence.name);
    let form = forms.get(key);
    if (!form) {
      form = { key, order, surname: undefined, tabs: new Set(), spellings: new Set() };
      forms.set(key, form);
    }
    if (!form.spellings.has(occurrence.name)) {
      form.spellings.add(occurrence.name);
      form.surname ??= surnameOf(occurrence.name);
    }
    form.tabs.add(occurrence.tab);
  });

  const groups = new Map<string, Form[]>();
  for (const form of forms.values()) {
    const sorted = form.key.split(" ").sort().join(" ");
    const group = groups.get(sorted);
    if (group) group.push(form);
    else groups.set(sorted, [form]);
  }

  const result = new Map<string, string>();
  for (const group of groups.values()) {
    group.sort((a, b) => a.order - b.order);
    const parent = group.map((_, i) => i);
    const find = (i: number): number => {
      while (parent[i] !== i) i = parent[i] as number;
      return i;
    };
    for (let i = 0; i < group.length; i++) {
      for (let j = i + 1; j < group.length; j++) {
        if (canMerge(group[i] as Form, group[j] as Form)) {
          const [a, b] = [find(i), find(j)];
          if (a !== b) parent[Math.max(a, b)] = Math.min(a, b);
        }
      }
    }
    group.forEach((form, i) => {
      result.set(form.key, (group[find(i)] as Form).key);
    });
  }
  return result;
}

function canMerge(a: Form, b: Form): boolean {
  if (a.surname !== undefined && b.surname !== undefined) return a.surname === b.surname;
  for (const tab of a.tabs) if (b.tabs.has(tab)) return false;
  return true;
}
