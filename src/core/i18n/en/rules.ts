// English: one-line descriptions of every rule and the messages of the planning rules' findings.
import type { rules as fr } from "../fr/rules";

/** Plural helper: `1 day`, `2 days`. */
const days = (n: number): string => `${n} day${n === 1 ? "" : "s"}`;

export const rules: typeof fr = {
  descriptions: {
    "unknown-code": "A cell that is neither a legend code nor a readable time range.",
    "bad-time": "A time range that cannot be real (25h-7h, 7h-7h, 14h30-).",
    "duplicate-person": "The same person on two rows of one tab.",
    "bad-layout": "A tab that looks like a planning but whose days cannot be read.",
    "unread-tab":
      "A tab that holds content but was not read as a planning, read only partly, or whose dates cannot be known: the reason, never silent.",
    overlap: "Two shifts of one person overlap, in one tab or across two tabs.",
    "absence-conflict": "Work planned on a day the person is absent (CA, RTT, AM, F…).",
    "daily-rest": "Daily rest too short between two working days (11 h by default).",
    "daily-max": "Too many hours of work in one day (10 h by default).",
    amplitude: "Too long from the first start to the last end of a working day (13 h by default).",
    "weekly-max": "Too many hours of work in one week (48 h by default).",
    "weekly-average": "Weekly average too high over 12 consecutive weeks (44 h by default).",
    "weekly-rest": "No weekly rest of 35 h in a row (24 h + 11 h) in the week.",
    "days-per-week": "More than 6 days worked in one week.",
    "consecutive-days": "More than 6 days worked in a row, across weeks and tabs.",
    "night-max": "Night shift too long (8 h; at most 12 h by branch agreement).",
    "sleep-in-max": "Sleep-in night (chambre de veille) longer than 12 h.",
    "split-shift": "A working day split into too many sequences, or with a sequence too short.",
    break: "A shift of 6 h or more whose legend gives a break shorter than 20 min.",
    "contract-hours": "Hours planned in the month more than 10 % away from the contract.",
    coverage: "A slot with fewer people than its minimum.",
    qualification: "A slot without its required qualification (night watch, nurse…).",
    "bad-setting": "A setting that cannot be read or is out of range in the Settings tab.",
  },
  overlap: (p) => `Two shifts overlap for ${p.duration}: ${p.first} and ${p.second}.`,
  absenceConflict: (p) => `Work planned on ${p.date} (${p.work}) on a day of absence (${p.absence}).`,
  dailyRest: (p) => `Daily rest of ${p.duration} between ${p.from} and ${p.to} (minimum ${p.limit}).`,
  dailyMax: (p) => `${p.duration} of work on ${p.date} (maximum ${p.limit}).`,
  amplitude: (p) => `Working day spanning ${p.duration} from ${p.from} to ${p.to} (maximum ${p.limit}).`,
  splitShift: (p) =>
    `Working day of ${p.date} split into ${p.sequences} sequences (maximum ${p.maxSequences}).`,
  splitShiftShort: (p) =>
    `Split working day of ${p.date} with a sequence of ${p.duration} (minimum ${p.limit}).`,
  breakMissing: (p) =>
    `Code ${p.code} (${p.duration}) has no break: at least ${p.limit} is needed from ${p.minShift}.`,
  breakTooShort: (p) =>
    `Code ${p.code} (${p.duration}) has a break of ${p.breakDuration}: at least ${p.limit} is needed from ${p.minShift}.`,
  nightMax: (p) => `Night shift of ${p.duration} from ${p.from} to ${p.to} (maximum ${p.limit}).`,
  sleepInMax: (p) => `Sleep-in of ${p.duration} from ${p.from} to ${p.to} (maximum ${p.limit}).`,
  weeklyMax: (p) => `${p.duration} of work in the week of ${p.monday} (maximum ${p.limit}).`,
  weeklyAverage: (p) =>
    `Average of ${p.duration} a week over the ${p.weeks} weeks from ${p.monday} (maximum ${p.limit}).`,
  weeklyRest: (p) =>
    `No weekly rest of ${p.run} in a row with ${p.inside} inside the week of ${p.monday} ` +
    (p.longestInside === null
      ? `(longest rest inside the week: ${p.longest}, from ${p.from} to ${p.to}).`
      : `(longest rest: ${p.longest}, from ${p.from} to ${p.to}, of which ${p.longestInside} inside the week).`),
  restDays: (p) => `${days(p.restDays)} of rest in the week of ${p.monday} (minimum ${days(p.minimum)}).`,
  daysPerWeek: (p) => `${days(p.days)} worked in the week of ${p.monday} (maximum ${days(p.limit)}).`,
  consecutiveDays: (p) =>
    `${days(p.days)} worked in a row from ${p.first} to ${p.last} (maximum ${days(p.limit)}).`,
};
