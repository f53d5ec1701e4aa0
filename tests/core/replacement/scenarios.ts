// The teams of the replacement tests: a Sunday evening, a night needing a veilleur, a swap, and no way out.
import { row, type StaffRow } from "./support";

/** Sunday 15 November, Léa (S) is sick: Marc and Julie are free (Marc less loaded), Tom would work 10 days in a row, Paul and Anne and Sam cannot. */
export const sundayEvening: { rows: Record<string, string[]>; staff: StaffRow[] } = {
  rows: {
    "MARTIN Léa": row("J", "R", { 15: "S" }),
    "DURAND Paul": row("J", "R", { 15: "M" }),
    "PETIT Anne": row("J", "R", { 16: "M" }),
    "BERNARD Marc": row("J", "R"),
    "ROUX Julie": row("J", "R", { 7: "M" }),
    "FAURE Tom": row("J", "R", { 9: "R", 10: "R", 14: "J" }),
    "LEROY Sam": row("J", "R", { 15: "CA" }),
  },
  staff: [
    ["MARTIN Léa", "éducatrice", 35],
    ["DURAND Paul", "éducateur", 35],
    ["PETIT Anne", "éducatrice", 35],
    ["BERNARD Marc", "éducateur", 35],
    ["ROUX Julie", "éducatrice", 35],
    ["FAURE Tom", "éducateur", 35],
    ["LEROY Sam", "éducateur", 35],
  ],
};

const nightsFriSat = (overrides: Record<number, string> = {}): string[] =>
  row("R", "R", { 6: "N", 7: "N", 13: "N", 14: "N", 20: "N", 21: "N", 27: "N", 28: "N", ...overrides });

/** Tuesday 10 November, night N, a `veilleur` required: Hugo is one and free; Eva is free but not a veilleur. */
export const nightWithVeilleur: { rows: Record<string, string[]>; staff: StaffRow[] } = {
  rows: {
    "NUIT Claire": row("R", "R", { 2: "N", 3: "N", 9: "N", 10: "N", 16: "N", 17: "N", 23: "N", 24: "N" }),
    "GARDE Hugo": nightsFriSat(),
    "BLANC Eva": row("J", "R", { 10: "R", 11: "R" }),
    "BERNARD Marc": row("J", "R"),
  },
  staff: [
    ["NUIT Claire", "veilleuse de nuit", 20],
    ["GARDE Hugo", "AES, veilleur", 20],
    ["BLANC Eva", "éducatrice", 35],
    ["BERNARD Marc", "éducateur", 35],
  ],
};

/** Sunday 15, S: Paul works M that day, Zoé works M on Monday; neither can take S, but Paul can if Zoé takes his M. */
export const swapFound: Record<string, string[]> = {
  "MARTIN Léa": row("J", "R", { 15: "S" }),
  "DURAND Paul": row("J", "R", { 15: "M" }),
  "ZOLA Zoé": row("J", "R", { 16: "M" }),
};

/** Sunday 15, S: Paul works M that day and Sam is on leave all around it: no candidate, no swap. */
export const noWayOut: Record<string, string[]> = {
  "MARTIN Léa": row("J", "R", { 15: "S" }),
  "DURAND Paul": row("J", "R", { 15: "M" }),
  "LEROY Sam": row("J", "R", { 12: "CA", 13: "CA", 14: "CA", 15: "CA", 16: "CA", 17: "CA", 18: "CA" }),
};
