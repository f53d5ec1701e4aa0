// Reads coverage keys: `couverture.<créneau>[.<jour>][.qualification]` (English `coverage.<slot>…`), in any segment order.
import { foldText } from "../text";

/** The slots a coverage minimum can name (French canonical names, as stored in `CoverageRule.slot`). */
export type Slot = "matin" | "soir" | "journée" | "nuit";

/** Every slot, in the order of a day. */
export const SLOTS: readonly Slot[] = ["matin", "journée", "soir", "nuit"];

const SLOT_WORDS: Record<string, Slot> = {
  matin: "matin",
  morning: "matin",
  am: "matin",
  soir: "soir",
  soiree: "soir",
  evening: "soir",
  "apres-midi": "soir",
  apresmidi: "soir",
  afternoon: "soir",
  pm: "soir",
  journee: "journée",
  jour: "journée",
  day: "journée",
  nuit: "nuit",
  night: "nuit",
};

const WEEKDAY_WORDS: Record<string, number[]> = {
  lundi: [0],
  lun: [0],
  monday: [0],
  mon: [0],
  mardi: [1],
  mar: [1],
  tuesday: [1],
  tue: [1],
  mercredi: [2],
  mer: [2],
  wednesday: [2],
  wed: [2],
  jeudi: [3],
  jeu: [3],
  thursday: [3],
  thu: [3],
  vendredi: [4],
  ven: [4],
  friday: [4],
  fri: [4],
  samedi: [5],
  sam: [5],
  saturday: [5],
  sat: [5],
  dimanche: [6],
  dim: [6],
  sunday: [6],
  sun: [6],
  semaine: [0, 1, 2, 3, 4],
  weekdays: [0, 1, 2, 3, 4],
  weekday: [0, 1, 2, 3, 4],
  "week-end": [5, 6],
  weekend: [5, 6],
  we: [5, 6],
};

const QUALIFICATION_WORDS = new Set(["qualification", "qualifications", "qualif"]);

/** A coverage key once read. */
export interface CoverageKey {
  slot: Slot;
  /** Weekdays (Monday = 0) the key is limited to; absent for every day. */
  weekdays?: number[];
  /** True for `….qualification` keys (the value is a qualification name). */
  qualification: boolean;
}

/**
 * Reads a folded key (see `foldKey`). Returns null when it is not a coverage key at all, `"bad"` when it starts
 * like one but a segment is not understood (or there is not exactly one slot).
 */
export function readCoverageKey(folded: string): CoverageKey | "bad" | null {
  const segments = folded.split(".");
  const head = segments.shift();
  if (head !== "couverture" && head !== "coverage") return null;
  let slot: Slot | undefined;
  const days = new Set<number>();
  let qualification = false;
  for (const raw of segments) {
    const segment = foldText(raw).replace(/\s+/g, "-");
    const slotWord = SLOT_WORDS[segment];
    if (slotWord) {
      if (slot !== undefined) return "bad";
      slot = slotWord;
      continue;
    }
    if (QUALIFICATION_WORDS.has(segment)) {
      if (qualification) return "bad";
      qualification = true;
      continue;
    }
    const parts = segment.split("+");
    const dayLists = parts.map((p) => WEEKDAY_WORDS[p]);
    if (dayLists.length === 0 || dayLists.some((d) => d === undefined)) return "bad";
    for (const list of dayLists) for (const d of list ?? []) days.add(d);
  }
  if (slot === undefined) return "bad";
  return days.size > 0
    ? { slot, weekdays: [...days].sort((a, b) => a - b), qualification }
    : { slot, qualification };
}
