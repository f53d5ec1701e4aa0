// What the briefing remembers in document properties: generations, the date last sent, the last outcome and run.
import type { SendOutcome } from "../../core/briefing/api";
import type { CivilDate } from "../../core/time";

/** Property keys (document properties, shared by every user of the spreadsheet). */
export const BRIEFING_KEYS = {
  generations: "releve.briefing.generations",
  sentDate: "releve.briefing.sentDate",
  lastSend: "releve.briefing.lastSend",
  sheetId: "releve.briefing.sheetId",
  lastRun: "releve.briefing.lastRun",
} as const;

/** A run of the morning sending, sent or not: who ran it (a trigger runs as its owner) and when (epoch ms). */
export interface LastRun {
  by: string;
  atMs: number;
}

/** How many users' last runs are kept (a few coordinators at most ever install the trigger). */
const KEPT_RUNS = 10;

/** One generation of the briefing: the date it was for and when it was generated (epoch ms). */
export interface Generation {
  date: CivilDate;
  atMs: number;
}

const props = () => PropertiesService.getDocumentProperties();

function readJson<T>(key: string): T | null {
  const text = props().getProperty(key);
  if (!text) return null;
  try {
    return JSON.parse(text) as T;
  } catch {
    return null;
  }
}

/** The first generation of each of the last few dates, newest date first. */
export function readGenerations(): Generation[] {
  const list = readJson<Generation[]>(BRIEFING_KEYS.generations);
  return Array.isArray(list)
    ? list.filter((g) => typeof g?.date === "string" && typeof g?.atMs === "number")
    : [];
}

/** When the briefing of the latest date before `date` was first generated, or null. */
export function previousGenerationMs(generations: readonly Generation[], date: CivilDate): number | null {
  const earlier = generations.filter((g) => g.date < date).sort((a, b) => (a.date < b.date ? 1 : -1));
  return earlier[0]?.atMs ?? null;
}

/**
 * Records a generation for `date`, keeping the first one of each date (regenerating at 10:00 does not shrink
 * tomorrow's window) and the last 7 dates.
 */
export function recordGeneration(generations: readonly Generation[], date: CivilDate, atMs: number): void {
  if (generations.some((g) => g.date === date)) return;
  const next = [{ date, atMs }, ...generations].sort((a, b) => (a.date < b.date ? 1 : -1)).slice(0, 7);
  props().setProperty(BRIEFING_KEYS.generations, JSON.stringify(next));
}

/** The civil date the morning e-mail was last sent for, or null. */
export function readSentDate(): CivilDate | null {
  return props().getProperty(BRIEFING_KEYS.sentDate);
}

/** Records that the e-mail of `date` went out (call under the document lock). */
export function recordSentDate(date: CivilDate): void {
  props().setProperty(BRIEFING_KEYS.sentDate, date);
}

/** The last sending's outcome, or null when it never ran. */
export function readLastSend(): SendOutcome | null {
  return readJson<SendOutcome>(BRIEFING_KEYS.lastSend);
}

/** Records the last sending's outcome (bounded well under the 9 KB of a property value). */
export function recordLastSend(outcome: SendOutcome): void {
  const bounded: SendOutcome = {
    ...outcome,
    message: outcome.message.slice(0, 2_000),
    problems: outcome.problems.slice(0, 5).map((p) => p.slice(0, 1_000)),
  };
  props().setProperty(BRIEFING_KEYS.lastSend, JSON.stringify(bounded));
}

/** The last run of the morning sending by each user, newest first (one entry per user). */
export function readLastRuns(): LastRun[] {
  const list = readJson<LastRun[]>(BRIEFING_KEYS.lastRun);
  return Array.isArray(list)
    ? list.filter((r) => typeof r?.by === "string" && typeof r?.atMs === "number")
    : [];
}

/**
 * Stamps a run of the morning sending (any run: sent, already sent or failed) as `by`'s last one: the sign of
 * life telling whether the installer's trigger still fires (see `installMorningTrigger`). Kept per user, so
 * that another user's manual sending neither hides nor fakes the installer's.
 */
export function recordLastRun(by: string, atMs: number): void {
  const others = readLastRuns().filter((r) => r.by !== by);
  const next = [{ by, atMs }, ...others].sort((a, b) => b.atMs - a.atMs).slice(0, KEPT_RUNS);
  props().setProperty(BRIEFING_KEYS.lastRun, JSON.stringify(next));
}

export type { SendOutcome };
