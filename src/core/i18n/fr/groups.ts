// French: repeated findings read as one line ("14 nuits de 10 h (maximum 8 h) — 02/11 → 30/11").
import type { DetailValue, RuleId } from "../../findings";
import { pluralFr as plural } from "../plural";

/** A finding's details, as the group labels read them. */
type Details = Readonly<Record<string, DetailValue>>;

/** A minutes detail as a duration (`9 h`, `9 h 30`); null when the detail is not a number. */
export type Hours = (value: DetailValue | undefined) => string | null;

const n = (value: DetailValue | undefined): number | null => (typeof value === "number" ? value : null);
const s = (value: DetailValue | undefined): string | null =>
  typeof value === "string" && value !== "" ? value : null;

/** Joins the parts of a label when every part is known; null (the generic label) otherwise. */
const all = (...parts: (string | number | null)[]): string | null =>
  parts.some((p) => p === null) ? null : parts.join("");

/** One line for `count` findings of a rule whose details are `d` (null: use the generic label). */
const repeated: Partial<Record<RuleId, (count: number, d: Details, h: Hours) => string | null>> = {
  "daily-rest": (c, d, h) =>
    all(`${c} repos quotidiens de `, h(d.restMinutes), " (minimum ", h(d.minimumMinutes), ")"),
  "daily-max": (c, d, h) =>
    all(`${c} journées de `, h(d.workMinutes), " de travail (maximum ", h(d.maximumMinutes), ")"),
  amplitude: (c, d, h) =>
    all(`${c} amplitudes de `, h(d.amplitudeMinutes), " (maximum ", h(d.maximumMinutes), ")"),
  "night-max": (c, d, h) => all(`${c} nuits de `, h(d.nightMinutes), " (maximum ", h(d.maximumMinutes), ")"),
  "sleep-in-max": (c, d, h) =>
    all(`${c} chambres de veille de `, h(d.sleepInMinutes), " (maximum ", h(d.maximumMinutes), ")"),
  overlap: (c, d, h) => all(`${c} chevauchements de `, h(d.overlapMinutes)),
  "absence-conflict": (c, d) => all(`${c} jours de travail pendant une absence (`, s(d.absenceCode), ")"),
  "weekly-max": (c, d, h) =>
    all(`${c} semaines de `, h(d.workMinutes), " de travail (maximum ", h(d.maximumMinutes), ")"),
  "weekly-rest": (c, d, h) =>
    n(d.restDays) !== null
      ? all(
          `${c} semaines avec `,
          plural(n(d.restDays) ?? 0, "jour", "jours"),
          " de repos (minimum ",
          plural(n(d.minimumRestDays) ?? 0, "jour", "jours"),
          ")",
        )
      : all(`${c} semaines sans repos hebdomadaire de `, h(d.minimumMinutes), " d'affilée"),
  "days-per-week": (c, d) =>
    all(`${c} semaines de `, n(d.days), " jours travaillés (maximum ", n(d.maximumDays), ")"),
  "consecutive-days": (c, d) =>
    all(`${c} séries de `, n(d.days), " jours travaillés d'affilée (maximum ", n(d.maximumDays), ")"),
  coverage: (c, d) =>
    all(
      `${c} créneaux `,
      s(d.slot),
      " à ",
      n(d.present) === null ? null : plural(n(d.present) ?? 0, "personne", "personnes"),
      " pour ",
      n(d.minimum),
      " minimum",
    ),
  qualification: (c, d) =>
    all(`${c} créneaux `, s(d.slot), " sans la qualification « ", s(d.qualification), " »"),
};

export const groups = {
  repeated,
  /** The label when no rule-specific one applies: the count and the message with its dates left out. */
  generic: (count: number, pattern: string) => `${count} fois : ${pattern}`,
  /** `unknown-code` findings of one code in one tab. */
  code: (count: number, text: string) =>
    `${plural(count, "cellule", "cellules")} avec « ${text} » (code inconnu)`,
  /** First and last date of a group: `02/11 → 30/11`. */
  span: (first: string, last: string) => (first === last ? first : `${first} → ${last}`),
  /** The line of a group: label — dates. */
  line: (label: string, span: string) => (span ? `${label} — ${span}` : label),
};
