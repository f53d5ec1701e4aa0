// What a code's label says it is (`MALADIE` → absence, `FORMATION` → work, `Tps partiel` → rest), in French or English.
import { foldText } from "../text";
import type { CodeType } from "./types";

/** Words (folded, whole words or word starts) that make a label an absence, a rest, a night, a sleep-in or work. */
const WORDS: ReadonlyArray<[CodeType, readonly string[]]> = [
  ["sleep-in", ["veille", "chambre de veille", "sleep in", "sleep-in", "sleepin", "astreinte de nuit"]],
  [
    "rest",
    [
      "repos",
      "temps partiel",
      "tps partiel",
      "non travaille",
      "off",
      "day off",
      "rest",
      "recuperation",
      "recup",
    ],
  ],
  [
    "absence",
    [
      "conge",
      "conges",
      "ca",
      "cp",
      "maladie",
      "malade",
      "arret",
      "accident",
      "absence",
      "absent",
      "rtt",
      "ferie",
      "exceptionnel",
      "exc",
      "maternite",
      "paternite",
      "parental",
      "sans solde",
      "cet",
      "reserve",
      "sick",
      "leave",
      "holiday",
      "annual leave",
      "vacances",
      "deces",
      "mariage",
      "enfant malade",
      "prev conges",
      "prevision",
      "greve",
      "strike",
      "study day",
      "apprenticeship",
    ],
  ],
  ["night", ["nuit", "night", "nocturne"]],
  [
    "work",
    [
      "presence",
      "present",
      "formation",
      "training",
      "astreinte",
      "astreint",
      "on call",
      "on-call",
      "travail",
      "teletravail",
      "travail a distance",
      "travai a distance",
      "reunion",
      "meeting",
      "matin",
      "soir",
      "apres-midi",
      "apres midi",
      "journee",
      "jour",
      "day",
      "shift",
      "poste",
      "morning",
      "evening",
      "afternoon",
      "early",
      "late",
      "long day",
      "coupure",
      "mission",
      "permanence",
      "service",
    ],
  ],
];

const WORD_END = /[^a-z0-9]/;

/** True when `word` starts a word of `folded` and, for words under 5 letters, ends it too (`ca` is not `cadre`). */
function hasWord(folded: string, word: string): boolean {
  let from = 0;
  for (;;) {
    const at = folded.indexOf(word, from);
    if (at < 0) return false;
    const starts = at === 0 || WORD_END.test(folded[at - 1] as string);
    const after = folded[at + word.length];
    const ends = after === undefined || WORD_END.test(after);
    if (starts && (ends || word.length >= 5)) return true;
    from = at + 1;
  }
}

/**
 * The type a legend label names, or undefined when it names none. Absences and rests are looked for before work
 * (`congé formation` is an absence; `repos compensateur` a rest), a sleep-in before a night.
 */
export function codeTypeOfLabel(label: string): CodeType | undefined {
  const folded = foldText(label);
  if (folded === "") return undefined;
  for (const [type, words] of WORDS) {
    for (const word of words) if (hasWord(folded, word)) return type;
  }
  return undefined;
}
