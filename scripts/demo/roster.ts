// The demo's roster: two units of a children's home, cyclic rotations, and the mistakes planted on purpose.
import { civilDate, dayNumber, weekdayOf } from "../../src/core/time";

/** A unit of the home. */
export type Unit = "Hirondelles" | "Mésanges";

/** The units, in tab order. */
export const UNITS: readonly Unit[] = ["Hirondelles", "Mésanges"];

/** The establishment. */
export const ESTABLISHMENT = "Maison d'enfants Les Tilleuls";

/** One member of the team. */
export interface DemoPerson {
  name: string;
  /** Function as written in the planning's role column and the staff tab. */
  role: string;
  unit: Unit;
  weeklyHours: number;
  nightWorker: boolean;
  kind: "educator" | "housekeeper" | "night";
  /** Position in the unit's rotation. */
  slot: number;
}

const person = (
  name: string,
  role: string,
  unit: Unit,
  kind: DemoPerson["kind"],
  slot: number,
): DemoPerson => ({
  name,
  role,
  unit,
  weeklyHours: 35,
  nightWorker: kind === "night",
  kind,
  slot,
});

/** The team, unit by unit, in the order of the planning rows. */
export const TEAM: readonly DemoPerson[] = [
  person("Bernard Hugo", "Moniteur-éducateur", "Hirondelles", "educator", 0),
  person("Petit Camille", "Éducatrice spécialisée", "Hirondelles", "educator", 1),
  person("Durand Yanis", "Éducateur spécialisé", "Hirondelles", "educator", 2),
  person("Leroy Chloé", "Monitrice-éducatrice", "Hirondelles", "educator", 3),
  person("Martin Léa", "Éducatrice spécialisée", "Hirondelles", "educator", 4),
  person("Moreau Théo", "Éducateur spécialisé", "Hirondelles", "educator", 5),
  person("Fournier Nadia", "Maîtresse de maison", "Hirondelles", "housekeeper", 0),
  person("Girard Karim", "Veilleur de nuit", "Hirondelles", "night", 0),
  person("Lambert Sophie", "Veilleuse de nuit", "Hirondelles", "night", 1),
  person("Chevalier Inès", "Éducatrice spécialisée", "Mésanges", "educator", 0),
  person("Fontaine Lucas", "Moniteur-éducateur", "Mésanges", "educator", 1),
  person("Gauthier Emma", "Éducatrice spécialisée", "Mésanges", "educator", 2),
  person("Perrin Julien", "Éducateur spécialisé", "Mésanges", "educator", 3),
  person("Robin Mathis", "Moniteur-éducateur", "Mésanges", "educator", 4),
  person("Roux Manon", "Éducatrice spécialisée", "Mésanges", "educator", 5),
  person("Garnier Fatou", "Maîtresse de maison", "Mésanges", "housekeeper", 0),
  person("Faure Olivier", "Veilleur de nuit", "Mésanges", "night", 0),
  person("Mercier Aline", "Veilleuse de nuit", "Mésanges", "night", 1),
];

/** The three planned months (year, month), in order. */
export const MONTHS: readonly (readonly [number, number])[] = [
  [2026, 11],
  [2026, 12],
  [2027, 1],
];

/** First and last planned dates. */
export const FIRST_DATE = "2026-11-01";
export const LAST_DATE = "2027-01-31";

/** The date the demo's briefing is made for (inside the handover weeks). */
export const DEMO_TODAY = "2026-11-26";

/** Educators' six-day rotation: two mornings, two evenings, two rest days (never an evening then a morning). */
const EDUCATOR_CYCLE = ["M", "M", "S", "S", "R", "R"] as const;

/** Phase of each unit in the rotations, so the two units do not change on the same days. */
const UNIT_PHASE: Record<Unit, number> = { Hirondelles: 0, Mésanges: 3 };

/** Public holidays in the planned months (the housekeeper does not work them). */
const PUBLIC_HOLIDAYS = new Set(["2026-11-11", "2026-12-25", "2027-01-01"]);

/** A change to the rotation: the code a person has on a date, in a unit's planning. */
export interface RosterEdit {
  unit: Unit;
  name: string;
  date: string;
  code: string;
  /** Why (kept with the data so the demo explains itself). */
  why: string;
}

/** Ordinary changes a real planning has (leave, training, swaps): none of them is a mistake. */
export const ORDINARY_EDITS: readonly RosterEdit[] = [
  { unit: "Hirondelles", name: "Durand Yanis", date: "2026-11-17", code: "F", why: "formation" },
  { unit: "Mésanges", name: "Gauthier Emma", date: "2026-12-10", code: "F", why: "formation" },
  { unit: "Hirondelles", name: "Petit Camille", date: "2026-12-21", code: "CA", why: "congés de Noël" },
  { unit: "Hirondelles", name: "Petit Camille", date: "2026-12-22", code: "CA", why: "congés de Noël" },
  { unit: "Hirondelles", name: "Petit Camille", date: "2026-12-23", code: "CA", why: "congés de Noël" },
  { unit: "Mésanges", name: "Robin Mathis", date: "2026-12-30", code: "CA", why: "congés de fin d'année" },
  { unit: "Mésanges", name: "Robin Mathis", date: "2026-12-31", code: "CA", why: "congés de fin d'année" },
];

/** The mistakes planted on purpose: what a coordinator gets wrong, and what the check must say. */
export const PLANTED_EDITS: readonly RosterEdit[] = [
  // An evening then a morning (9 h of rest: a warning under CCN 66, an error under the Code du travail); she gives
  // her Sunday evening in exchange, so her week keeps two rest days.
  { unit: "Hirondelles", name: "Martin Léa", date: "2026-11-25", code: "M", why: "S then M: 9 h rest" },
  {
    unit: "Hirondelles",
    name: "Martin Léa",
    date: "2026-11-29",
    code: "R",
    why: "exchange for the morning of 25/11",
  },
  // A night then an evening shift the next day (7 h of rest), to reinforce the team on a Saturday.
  { unit: "Mésanges", name: "Faure Olivier", date: "2026-12-19", code: "S", why: "night then evening" },
  // On leave in her unit, planned in the other unit the same day.
  { unit: "Mésanges", name: "Petit Camille", date: "2026-12-22", code: "M", why: "on leave in Hirondelles" },
  // A night with one watcher for the two units: a sick night watcher not replaced.
  { unit: "Hirondelles", name: "Girard Karim", date: "2026-11-27", code: "AM", why: "uncovered night" },
];

/** The code of a person on a date from the rotation alone (before any edit). */
export function rotationCode(p: DemoPerson, date: string): string {
  const t = dayNumber(date) - dayNumber(FIRST_DATE);
  const phase = UNIT_PHASE[p.unit];
  if (p.kind === "educator") return EDUCATOR_CYCLE[(t + p.slot + phase) % 6] as string;
  if (p.kind === "night") {
    const block = Math.floor(((t + phase) % 6) / 3);
    return block === p.slot ? "N" : "R";
  }
  if (PUBLIC_HOLIDAYS.has(date)) return "JF";
  return weekdayOf(dayNumber(date)) < 5 ? "J" : "R";
}

/** Every planned date, in order. */
export function plannedDates(): string[] {
  const dates: string[] = [];
  for (let d = dayNumber(FIRST_DATE); d <= dayNumber(LAST_DATE); d += 1) dates.push(civilDate(d));
  return dates;
}

/** A unit's planning: the rows (people, in order) and each one's code per date ("" when nothing is written). */
export interface UnitPlanning {
  unit: Unit;
  rows: Array<{ name: string; role: string; codes: Map<string, string> }>;
}

/**
 * The plannings of both units: the rotation, then the ordinary edits, then `planted` (the demo's mistakes by
 * default). A person edited in a unit that is not theirs gets a row there holding only that edit.
 */
export function buildPlannings(planted: readonly RosterEdit[] = PLANTED_EDITS): UnitPlanning[] {
  const dates = plannedDates();
  const units = UNITS.map(
    (unit): UnitPlanning => ({
      unit,
      rows: TEAM.filter((p) => p.unit === unit).map((p) => ({
        name: p.name,
        role: p.role,
        codes: new Map(dates.map((date) => [date, rotationCode(p, date)])),
      })),
    }),
  );
  for (const edit of [...ORDINARY_EDITS, ...planted]) {
    const planning = units.find((u) => u.unit === edit.unit) as UnitPlanning;
    let row = planning.rows.find((r) => r.name === edit.name);
    if (!row) {
      const member = TEAM.find((p) => p.name === edit.name);
      row = { name: edit.name, role: member?.role ?? "", codes: new Map(dates.map((date) => [date, ""])) };
      planning.rows.push(row);
    }
    row.codes.set(edit.date, edit.code);
  }
  return units;
}
