// The hours a post's header gives, by weekday: `Nuit 20h-8h`, `Day Reg Mon, Wed & Fri 11-20.30, Sat & Sun 8-20`,
// `Mon 08:00 - 13:00 Day Off Tue - Fri`, `Week Off`, `Congés` — what a name under it on a given day means.
import { foldText } from "../../text";
import { weekdayMask } from "../calendar-words";
import { MINUTES_PER_DAY, readClock } from "../clock";
import { codeTypeOfLabel } from "../label-type";
import type { Legend, WorkType } from "../types";

/** What a name under a post means on one weekday. */
export type PostDuty =
  | { kind: "times"; start: number; end: number; type: WorkType }
  | { kind: "untimed"; type: WorkType }
  | { kind: "off"; type: "absence" | "rest" };

/** A post's duty for each weekday (Monday = 0 … Sunday = 6). */
export interface PostHours {
  duties: readonly PostDuty[];
  /** True when the header gave hours (for any weekday). */
  timed: boolean;
}

const ALL_DAYS = 0x7f;
const WEEKEND = (1 << 5) | (1 << 6);
const TIME = String.raw`(\d{1,2}(?:\s*[h:.]\s*\d{2}|\s*h)?|\d{4})`;
/** A time range, a word, a range dash or a joining sign; a range must not follow a letter or digit (`CT1-2`). */
const TOKEN = new RegExp(
  String.raw`(?<![a-z\d/])${TIME}\s*(?:-|>|\bto\b|\bau\b|\ba\b)\s*${TIME}(?![\d])|([a-z]+)|(-)|([&,+]|\/)`,
  "g",
);
const OFF_WORDS = new Set(["off", "repos", "closed", "ferme", "conge", "conges"]);
const DASH_WORDS = new Set(["to", "au", "a"]);
const JOIN_WORDS = new Set(["et", "and"]);

type Rule = { mask: number; duty: "off" | { start: number; end: number } };

/** The minutes of a header time (`8`, `08:00`, `20.30`, `0800`, `20h`), or undefined. */
function minutesOf(text: string): number | undefined {
  const clock = readClock(text.replace(/\s+/g, ""));
  return clock?.ok ? clock.minutes : undefined;
}

/** A weekday word of at least three letters naming one day (`mon`, `mardi`, `thurs`), as a mask; 0 otherwise. */
function dayMaskOf(word: string): number {
  if (word === "weekend") return WEEKEND;
  if (word.length < 3) return 0;
  const mask = weekdayMask(word);
  return mask !== 0 && (mask & (mask - 1)) === 0 ? mask : 0;
}

/**
 * Weekdays from `from` to `to`, wrapping past Sunday: from the first day of `from` to the last day of `to` (so
 * `lun - week-end` runs Monday to Sunday and `week-end - lun` Saturday to Monday). Seven steps at most.
 */
function rangeMask(from: number, to: number): number {
  const a = 31 - Math.clz32(from & -from);
  const b = 31 - Math.clz32(to);
  let mask = 0;
  for (let d = a, step = 0; step < 7; d = (d + 1) % 7, step++) {
    mask |= 1 << d;
    if (d === b) break;
  }
  return mask;
}

/**
 * The rules a header text states: each group of weekdays (`Mon, Wed & Fri`, `Mon - Thu`, `Sat&Sun`) with the hours
 * or the `off` that follows it; hours or `off` with no weekdays before them apply to every day, unless weekdays come
 * right after them and nothing else does (`Day Off Tue - Fri`).
 */
function headerRules(folded: string): Rule[] {
  const text = folded.replace(/\bw\/e\b|\bweek-end\b|\bweek end\b/g, "weekend");
  const rules: Rule[] = [];
  let group = 0;
  let lastDay = 0;
  let dash = false;
  let dayless: Rule | undefined;
  const close = (duty: Rule["duty"]): void => {
    if (group !== 0) {
      rules.push({ mask: group, duty });
      dayless = undefined;
    } else {
      dayless = { mask: ALL_DAYS, duty };
      rules.push(dayless);
    }
    group = 0;
    lastDay = 0;
    dash = false;
  };
  TOKEN.lastIndex = 0;
  for (let m = TOKEN.exec(text); m !== null; m = TOKEN.exec(text)) {
    if (m[1] !== undefined && m[2] !== undefined) {
      const start = minutesOf(m[1]);
      const end = minutesOf(m[2]);
      if (start === undefined || end === undefined || start === end || start >= MINUTES_PER_DAY) continue;
      close({ start, end: end > start ? end : end + MINUTES_PER_DAY });
      continue;
    }
    const word = m[3];
    if (word === undefined) {
      if (m[4] !== undefined) dash = lastDay !== 0;
      continue;
    }
    const day = dayMaskOf(word);
    if (day !== 0) {
      group |= dash && lastDay !== 0 ? rangeMask(lastDay, day) : day;
      lastDay = day;
      dash = false;
    } else if (OFF_WORDS.has(word)) close("off");
    else if (DASH_WORDS.has(word)) dash = lastDay !== 0;
    else if (!JOIN_WORDS.has(word)) dash = false;
  }
  // `Day Off Tue - Fri`: weekdays after a rule that had none are that rule's.
  if (group !== 0 && dayless) dayless.mask = group;
  return rules;
}

/**
 * The duty of a post on each weekday from its header text (and the legend: a column headed by an absence code is an
 * absence). A header naming no hours is untimed work every day; an absence or rest label (`Congés`, `Week Off`,
 * `Study Day`) with no weekdays makes every day off; weekdays the header leaves out are untimed work.
 */
export function postHours(header: string, legend: Legend): PostHours {
  const folded = foldText(header);
  const code = legend.lookup(header.trim());
  const label = code?.type ?? codeTypeOfLabel(folded);
  const rules = headerRules(folded);
  const work: WorkType = label === "night" || label === "sleep-in" ? label : "work";
  const offType = label === "absence" ? "absence" : "rest";
  if (rules.length === 0) {
    if (
      code?.start !== undefined &&
      code.end !== undefined &&
      code.type !== "absence" &&
      code.type !== "rest"
    ) {
      const end = code.end > code.start ? code.end : code.end + MINUTES_PER_DAY;
      const duty: PostDuty = { kind: "times", start: code.start, end, type: work };
      return { duties: Array(7).fill(duty), timed: true };
    }
    const duty: PostDuty =
      label === "absence" || label === "rest"
        ? { kind: "off", type: label }
        : { kind: "untimed", type: work };
    return { duties: Array(7).fill(duty), timed: false };
  }
  const duties: PostDuty[] = [];
  for (let d = 0; d < 7; d++) {
    const rule =
      rules.find((r) => r.mask & (1 << d) && r.mask !== ALL_DAYS) ?? rules.find((r) => r.mask === ALL_DAYS);
    if (!rule) duties.push({ kind: "untimed", type: work });
    else if (rule.duty === "off") duties.push({ kind: "off", type: offType });
    else duties.push({ kind: "times", start: rule.duty.start, end: rule.duty.end, type: work });
  }
  return { duties, timed: rules.some((r) => r.duty !== "off") };
}
