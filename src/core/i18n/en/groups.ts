// English: repeated findings read as one line ("14 night shifts of 10 h (maximum 8 h) — 2 Nov → 30 Nov").
import type { DetailValue, RuleId } from "../../findings";
import type { groups as fr } from "../fr/groups";
import { pluralEn as plural } from "../plural";
import { check } from "./check";

type Details = Readonly<Record<string, DetailValue>>;
type Hours = (value: DetailValue | undefined) => string | null;

const n = (value: DetailValue | undefined): number | null => (typeof value === "number" ? value : null);
const s = (value: DetailValue | undefined): string | null =>
  typeof value === "string" && value !== "" ? value : null;
const slot = (value: DetailValue | undefined): string | null =>
  typeof value === "string" ? ((check.slotNames as Record<string, string>)[value] ?? value) : null;
const all = (...parts: (string | number | null)[]): string | null =>
  parts.some((p) => p === null) ? null : parts.join("");

const repeated: Partial<Record<RuleId, (count: number, d: Details, h: Hours) => string | null>> = {
  "daily-rest": (c, d, h) =>
    all(`${c} daily rests of `, h(d.restMinutes), " (minimum ", h(d.minimumMinutes), ")"),
  "daily-max": (c, d, h) =>
    all(`${c} days of `, h(d.workMinutes), " of work (maximum ", h(d.maximumMinutes), ")"),
  amplitude: (c, d, h) =>
    all(`${c} working days spanning `, h(d.amplitudeMinutes), " (maximum ", h(d.maximumMinutes), ")"),
  "night-max": (c, d, h) =>
    all(`${c} night shifts of `, h(d.nightMinutes), " (maximum ", h(d.maximumMinutes), ")"),
  "sleep-in-max": (c, d, h) =>
    all(`${c} sleep-ins of `, h(d.sleepInMinutes), " (maximum ", h(d.maximumMinutes), ")"),
  overlap: (c, d, h) => all(`${c} overlaps of `, h(d.overlapMinutes)),
  "absence-conflict": (c, d) => all(`${c} days of work during an absence (`, s(d.absenceCode), ")"),
  "weekly-max": (c, d, h) =>
    all(`${c} weeks of `, h(d.workMinutes), " of work (maximum ", h(d.maximumMinutes), ")"),
  "weekly-rest": (c, d, h) =>
    n(d.restDays) !== null
      ? all(
          `${c} weeks with `,
          plural(n(d.restDays) ?? 0, "rest day", "rest days"),
          " (minimum ",
          n(d.minimumRestDays),
          ")",
        )
      : all(`${c} weeks without a weekly rest of `, h(d.minimumMinutes), " in a row"),
  "days-per-week": (c, d) =>
    all(`${c} weeks of `, n(d.days), " working days (maximum ", n(d.maximumDays), ")"),
  "consecutive-days": (c, d) =>
    all(`${c} runs of `, n(d.days), " working days in a row (maximum ", n(d.maximumDays), ")"),
  coverage: (c, d) =>
    all(
      `${c} `,
      slot(d.slot),
      " slots with ",
      n(d.present) === null ? null : plural(n(d.present) ?? 0, "person", "people"),
      " for ",
      n(d.minimum),
      " at least",
    ),
  qualification: (c, d) =>
    all(`${c} `, slot(d.slot), ` slots without the qualification "`, s(d.qualification), `"`),
};

export const groups: typeof fr = {
  repeated,
  generic: (count, pattern) => `${count} times: ${pattern}`,
  code: (count, text) => `${plural(count, "cell", "cells")} with "${text}" (unknown code)`,
  span: (first, last) => (first === last ? first : `${first} → ${last}`),
  line: (label, span) => (span ? `${label} — ${span}` : label),
};
