// The catalogue of settings keys: French and English names, value kind, explanation, and how each one sets Settings.
import { type Lang, messages } from "../i18n";
import { presetRules, type RuleSettings, type Settings, type Threshold } from "../settings";
import { foldText } from "../text";

/** What a key's value must be. */
export type SettingKind =
  | "preset"
  | "timeZone"
  | "planningTabs"
  | "text"
  | "list"
  | "hour"
  | "emails"
  | "mode"
  | "boolean"
  | "hours"
  | "hoursOrNo"
  | "minutes"
  | "days"
  | "daysOrNo"
  | "count"
  | "percent";

/** A value once read: minutes for durations, a number for counts, null for a level switched off. */
export type SettingValue = string | number | boolean | string[] | null;

/** One known key of the settings tab. */
export interface SettingKey {
  /** The French key (the reference), e.g. `règle.daily-rest.erreur`. */
  fr: string;
  /** The English key, e.g. `rule.daily-rest.error`. */
  en: string;
  kind: SettingKind;
  /** Bounds of counts and days (inclusive). */
  min?: number;
  max?: number;
  /** The explanation shown in the settings tab's third column. */
  explanation(lang: Lang): string;
  /** The value in `settings`, in the unit a coordinator types (hours, minutes, days, %, yes/no). */
  display(settings: Settings, lang: Lang): string | number;
  /** Applies a value read from the tab. */
  apply(settings: Settings, value: SettingValue): void;
}

/** Rule ids that have settings, in the catalogue's order (the keys of `RuleSettings`). */
export const RULE_SETTING_IDS = Object.keys(presetRules("code-du-travail")) as (keyof RuleSettings)[];

type ThresholdRule =
  | "daily-rest"
  | "daily-max"
  | "amplitude"
  | "weekly-max"
  | "weekly-average"
  | "days-per-week"
  | "consecutive-days"
  | "night-max"
  | "sleep-in-max";

/** Threshold rules and their unit: hours (stored as minutes) or days. */
const THRESHOLD_RULES: ReadonlyArray<[ThresholdRule, "hours" | "days"]> = [
  ["daily-rest", "hours"],
  ["daily-max", "hours"],
  ["amplitude", "hours"],
  ["weekly-max", "hours"],
  ["weekly-average", "hours"],
  ["days-per-week", "days"],
  ["consecutive-days", "days"],
  ["night-max", "hours"],
  ["sleep-in-max", "hours"],
];

const yesNo = (value: boolean, lang: Lang): string =>
  value ? (lang === "en" ? "yes" : "oui") : lang === "en" ? "no" : "non";
const hoursOf = (minutes: number): number => Math.round((minutes / 60) * 100) / 100;
const ruleName = (lang: Lang, id: keyof RuleSettings): string => messages(lang).check.ruleNames[id];

function general(): SettingKey[] {
  return [
    {
      fr: "preset",
      en: "preset",
      kind: "preset",
      explanation: (lang) => messages(lang).settings.explain.preset,
      display: (s) => s.preset,
      // The preset is applied first, before every other row (see settings-tab.ts).
      apply: () => {},
    },
    {
      fr: "fuseau horaire",
      en: "time zone",
      kind: "timeZone",
      explanation: (lang) => messages(lang).settings.explain.timeZone,
      display: (s) => s.timeZone,
      apply: (s, v) => {
        s.timeZone = v as string;
      },
    },
    {
      fr: "onglets planning",
      en: "planning tabs",
      kind: "planningTabs",
      explanation: (lang) => messages(lang).settings.explain.planningTabs,
      display: (s) => (s.planningTabs === "auto" ? "auto" : s.planningTabs.join(", ")),
      apply: (s, v) => {
        s.planningTabs = v as "auto" | string[];
      },
    },
    {
      fr: "établissement",
      en: "establishment",
      kind: "text",
      explanation: (lang) => messages(lang).settings.explain.establishment,
      display: (s) => s.establishment,
      apply: (s, v) => {
        s.establishment = v as string;
      },
    },
    {
      fr: "briefing.heure",
      en: "briefing.hour",
      kind: "hour",
      explanation: (lang) => messages(lang).settings.explain.briefingHour,
      display: (s) => s.briefing.hour,
      apply: (s, v) => {
        s.briefing.hour = v as number;
      },
    },
    {
      fr: "transmissions.catégories",
      en: "handovers.categories",
      kind: "list",
      explanation: (lang) => messages(lang).settings.explain.handoverCategories,
      display: (s) => s.handoverCategories.join(", "),
      apply: (s, v) => {
        s.handoverCategories = v as string[];
      },
    },
    {
      fr: "année",
      en: "year",
      kind: "count",
      min: 1900,
      max: 2200,
      explanation: (lang) => messages(lang).settings.explain.year,
      display: (s) => s.year ?? "",
      apply: (s, v) => {
        s.year = v as number;
      },
    },
    {
      fr: "transmissions.jours",
      en: "handovers.days",
      kind: "days",
      min: 1,
      max: 90,
      explanation: (lang) => messages(lang).settings.explain.handoverDays,
      display: (s) => s.handoverDays,
      apply: (s, v) => {
        s.handoverDays = v as number;
      },
    },
    {
      fr: "briefing.destinataires",
      en: "briefing.recipients",
      kind: "emails",
      explanation: (lang) => messages(lang).settings.explain.briefingRecipients,
      display: (s) => s.briefing.recipients.join(", "),
      apply: (s, v) => {
        s.briefing.recipients = v as string[];
      },
    },
    {
      fr: "briefing.mode",
      en: "briefing.mode",
      kind: "mode",
      explanation: (lang) => messages(lang).settings.explain.briefingMode,
      display: (s, lang) => (s.briefing.mode === "full" ? (lang === "en" ? "full" : "complet") : "minimal"),
      apply: (s, v) => {
        s.briefing.mode = v as "minimal" | "full";
      },
    },
  ];
}

function ruleSwitches(): SettingKey[] {
  return RULE_SETTING_IDS.map(
    (id): SettingKey => ({
      fr: `règle.${id}`,
      en: `rule.${id}`,
      kind: "boolean",
      explanation: (lang) => messages(lang).settings.explain.ruleSwitch(ruleName(lang, id)),
      display: (s, lang) => yesNo(s.rules[id].enabled, lang),
      apply: (s, v) => {
        s.rules[id].enabled = v as boolean;
      },
    }),
  );
}

function thresholdKeys(): SettingKey[] {
  const keys: SettingKey[] = [];
  for (const [id, unit] of THRESHOLD_RULES) {
    const level = (fr: string, en: string, field: "warning" | "error"): SettingKey => ({
      fr: `règle.${id}.${fr}`,
      en: `rule.${id}.${en}`,
      kind: unit === "hours" ? "hoursOrNo" : "daysOrNo",
      min: 0,
      max: unit === "days" ? 366 : undefined,
      explanation: (lang) => {
        const t = messages(lang).settings;
        const u = unit === "hours" ? t.unit.hours : t.unit.days;
        return field === "warning"
          ? t.explain.ruleWarning(ruleName(lang, id), u)
          : t.explain.ruleError(ruleName(lang, id), u);
      },
      display: (s, lang) => {
        const v = (s.rules[id] as Threshold)[field];
        if (v === null) return yesNo(false, lang);
        return unit === "hours" ? hoursOf(v) : v;
      },
      apply: (s, v) => {
        (s.rules[id] as Threshold)[field] = v as number | null;
      },
    });
    keys.push(level("avertissement", "warning", "warning"), level("erreur", "error", "error"));
  }
  return keys;
}

function simple(
  fr: string,
  en: string,
  kind: SettingKind,
  explain: (t: ReturnType<typeof messages>["settings"]["explain"]) => string,
  get: (s: Settings) => number,
  set: (s: Settings, v: number) => void,
  bounds: { min?: number; max?: number } = {},
): SettingKey {
  return {
    fr,
    en,
    kind,
    ...bounds,
    explanation: (lang) => explain(messages(lang).settings.explain),
    display: (s) => (kind === "hours" ? hoursOf(get(s)) : get(s)),
    apply: (s, v) => set(s, v as number),
  };
}

function ruleExtras(): SettingKey[] {
  return [
    simple(
      "règle.weekly-average.semaines",
      "rule.weekly-average.weeks",
      "count",
      (e) => e.weeklyAverageWeeks,
      (s) => s.rules["weekly-average"].weeks,
      (s, v) => {
        s.rules["weekly-average"].weeks = v;
      },
      { min: 1, max: 52 },
    ),
    simple(
      "règle.weekly-rest.durée",
      "rule.weekly-rest.duration",
      "hours",
      (e) => e.weeklyRestDuration,
      (s) => s.rules["weekly-rest"].runMinutes,
      (s, v) => {
        s.rules["weekly-rest"].runMinutes = v;
      },
    ),
    simple(
      "règle.weekly-rest.dans-la-semaine",
      "rule.weekly-rest.inside-week",
      "hours",
      (e) => e.weeklyRestInsideWeek,
      (s) => s.rules["weekly-rest"].insideWeekMinutes,
      (s, v) => {
        s.rules["weekly-rest"].insideWeekMinutes = v;
      },
    ),
    simple(
      "règle.weekly-rest.jours-de-repos",
      "rule.weekly-rest.rest-days",
      "count",
      (e) => e.weeklyRestDays,
      (s) => s.rules["weekly-rest"].minRestDays,
      (s, v) => {
        s.rules["weekly-rest"].minRestDays = v;
      },
      { min: 0, max: 7 },
    ),
    simple(
      "règle.split-shift.séquences",
      "rule.split-shift.sequences",
      "count",
      (e) => e.splitSequences,
      (s) => s.rules["split-shift"].maxSequences,
      (s, v) => {
        s.rules["split-shift"].maxSequences = v;
      },
      { min: 1, max: 24 },
    ),
    simple(
      "règle.split-shift.séquence-min",
      "rule.split-shift.min-sequence",
      "hours",
      (e) => e.splitMinSequence,
      (s) => s.rules["split-shift"].minSequenceMinutes,
      (s, v) => {
        s.rules["split-shift"].minSequenceMinutes = v;
      },
    ),
    simple(
      "règle.break.durée-poste",
      "rule.break.shift-length",
      "hours",
      (e) => e.breakShift,
      (s) => s.rules.break.minShiftMinutes,
      (s, v) => {
        s.rules.break.minShiftMinutes = v;
      },
    ),
    simple(
      "règle.break.pause-min",
      "rule.break.min-break",
      "minutes",
      (e) => e.breakMinimum,
      (s) => s.rules.break.minBreakMinutes,
      (s, v) => {
        s.rules.break.minBreakMinutes = v;
      },
    ),
    simple(
      "règle.contract-hours.écart",
      "rule.contract-hours.gap",
      "percent",
      (e) => e.contractDeviation,
      (s) => s.rules["contract-hours"].info,
      (s, v) => {
        s.rules["contract-hours"].info = v;
      },
    ),
    simple(
      "veille.présence",
      "sleep-in.presence",
      "hours",
      (e) => e.sleepInPresence,
      (s) => s.sleepIn.firstMinutes,
      (s, v) => {
        s.sleepIn.firstMinutes = v;
      },
    ),
    simple(
      "veille.heures-comptées",
      "sleep-in.counted-hours",
      "hours",
      (e) => e.sleepInCounted,
      (s) => s.sleepIn.firstCounted,
      (s, v) => {
        s.sleepIn.firstCounted = v;
      },
    ),
    simple(
      "veille.par-heure-suivante",
      "sleep-in.per-further-hour",
      "minutes",
      (e) => e.sleepInFurther,
      (s) => s.sleepIn.perFurtherHour,
      (s, v) => {
        s.sleepIn.perFurtherHour = v;
      },
    ),
  ];
}

/**
 * Every fixed key of the settings tab, in the order `setupWorkbook` writes them (coverage keys follow a pattern,
 * see `COVERAGE_KEY_DOCS`).
 */
export const SETTING_KEYS: readonly SettingKey[] = [
  ...general(),
  ...ruleSwitches(),
  ...thresholdKeys(),
  ...ruleExtras(),
];

/** The coverage key patterns, for help texts: French and English forms and their explanation. */
export const COVERAGE_KEY_DOCS: ReadonlyArray<{ fr: string; en: string; explanation(lang: Lang): string }> = [
  {
    fr: "couverture.<créneau>",
    en: "coverage.<slot>",
    explanation: (lang) => messages(lang).settings.explain.coverage,
  },
  {
    fr: "couverture.<créneau>.qualification",
    en: "coverage.<slot>.qualification",
    explanation: (lang) => messages(lang).settings.explain.coverageQualification,
  },
];

/** Folds a key as typed: case, accents and spaces around dots do not matter (`Règle . Daily-Rest` = `regle.daily-rest`). */
export function foldKey(key: string): string {
  return foldText(key).replace(/\s*\.\s*/g, ".");
}

const RULE_PREFIXES = ["regle", "rule", "regles", "rules"];

function buildIndex(): Map<string, SettingKey> {
  const index = new Map<string, SettingKey>();
  for (const key of SETTING_KEYS) {
    const fr = foldKey(key.fr);
    const en = foldKey(key.en);
    index.set(fr, key);
    index.set(en, key);
    // Rule keys: either prefix with either language's suffix (`rule.daily-rest.erreur` works too).
    const frRule = /^regle\.(.+)$/.exec(fr);
    const enRule = /^rule\.(.+)$/.exec(en);
    if (frRule?.[1] && enRule?.[1]) {
      for (const prefix of RULE_PREFIXES) {
        index.set(`${prefix}.${frRule[1]}`, key);
        index.set(`${prefix}.${enRule[1]}`, key);
      }
    }
  }
  return index;
}

const INDEX = buildIndex();

/** The known key a typed key names, or undefined. */
export function findSettingKey(typed: string): SettingKey | undefined {
  return INDEX.get(foldKey(typed));
}

/** The key's name in a language. */
export function keyName(key: { fr: string; en: string }, lang: Lang): string {
  return lang === "en" ? key.en : key.fr;
}
