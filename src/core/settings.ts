// Typed settings of the check and the briefing, with the three presets of planning-rules.md.

/** A preset id (contract §5). */
export type PresetId = "code-du-travail" | "ccn66" | "ccn51";

/** Every preset, the default first. */
export const PRESETS: readonly PresetId[] = ["code-du-travail", "ccn66", "ccn51"];

/**
 * A threshold pair in the rule's unit (minutes for durations, days for day counts, percent for contract hours).
 * `warning`/`error` null means that level is not raised. "Above" rules flag values strictly above the threshold,
 * "below" rules values strictly below it.
 */
export interface Threshold {
  enabled: boolean;
  warning: number | null;
  error: number | null;
}

/** Settings of every rule, keyed by the rule that reads them. */
export interface RuleSettings {
  overlap: { enabled: boolean };
  "absence-conflict": { enabled: boolean };
  /** Below: minutes of rest between two working days. */
  "daily-rest": Threshold;
  /** Above: minutes of work in one working day. */
  "daily-max": Threshold;
  /** Above: minutes from first start to last end of one working day. */
  amplitude: Threshold;
  /** Above: minutes of work in one week. */
  "weekly-max": Threshold;
  /** Above: average minutes per week over `weeks` consecutive weeks. */
  "weekly-average": Threshold & { weeks: number };
  /**
   * Error when a week has no run without work of `runMinutes` with `insideWeekMinutes` of it inside the week;
   * warning when a week has fewer than `minRestDays` rest days (0 = not checked).
   */
  "weekly-rest": { enabled: boolean; runMinutes: number; insideWeekMinutes: number; minRestDays: number };
  /** Above: days worked in one week. */
  "days-per-week": Threshold;
  /** Above: days worked in a row. */
  "consecutive-days": Threshold;
  /** Above: minutes of one night shift. */
  "night-max": Threshold;
  /** Above: minutes of one sleep-in. */
  "sleep-in-max": Threshold;
  /** Warning when a working day has more than `maxSequences` sequences or one shorter than `minSequenceMinutes`. */
  "split-shift": { enabled: boolean; maxSequences: number; minSequenceMinutes: number };
  /** Info when a legend shift of `minShiftMinutes` or more has a break shorter than `minBreakMinutes`. */
  break: { enabled: boolean; minShiftMinutes: number; minBreakMinutes: number };
  /** Info when planned hours in a month differ from the contract by more than `info` percent. */
  "contract-hours": { enabled: boolean; info: number };
  coverage: { enabled: boolean };
  qualification: { enabled: boolean };
}

/** How sleep-ins (chambre de veille) count in hour totals (CASF R314-202). */
export interface SleepInEquivalence {
  /** Minutes of work counted for the first `firstMinutes` of presence. */
  firstMinutes: number;
  firstCounted: number;
  /** Minutes counted per further hour of presence. */
  perFurtherHour: number;
}

/** A minimum number of people on a slot, optionally on given weekdays only, optionally with a qualification. */
export interface CoverageRule {
  /** Slot name as written in the settings (`matin`, `soir`, `nuit`…), lower-case. */
  slot: string;
  /** Minimum people on the slot. */
  minimum: number;
  /** Weekdays the minimum applies to (Monday = 0); all days when absent. */
  weekdays?: number[];
  /** A required qualification on the slot (e.g. `veilleur`), at least one person holding it. */
  qualification?: string;
  /** The key cell in the settings tab, for findings about it. */
  source?: { tab: string; row: number };
}

/** Briefing settings. */
export interface BriefingSettings {
  hour: number;
  recipients: string[];
  mode: "minimal" | "full";
}

/** Everything the engine and the briefing are told by the settings tab (or the defaults). */
export interface Settings {
  preset: PresetId;
  timeZone: string;
  /** `auto` or the names of the planning tabs. */
  planningTabs: "auto" | string[];
  rules: RuleSettings;
  sleepIn: SleepInEquivalence;
  coverage: CoverageRule[];
  briefing: BriefingSettings;
  /** The establishment's name, for the report and the e-mail subject. */
  establishment: string;
  /** Handover categories offered and accepted, in order; empty for the default list. */
  handoverCategories: string[];
  /** How many days back "À lire" looks for entries the reader has not acknowledged (`transmissions.jours`). */
  handoverDays: number;
  /** The year of plannings that do not give it (`année`); null when not set. */
  year: number | null;
  /** Corrections of how tabs are read (`lecture.<onglet>.<clé>`), by folded tab name. */
  reading: Record<string, ReadingOverride>;
}

/** What the settings `lecture.<onglet>.<clé>` say of one tab (see docs/layouts.md). */
export interface ReadingOverride {
  /** A layout id (`grid-people-days`, `shift-list`…). */
  layout?: string;
  /** 0-based columns of the names, in order. */
  nameColumns?: number[];
  /** 0-based row of the days. */
  dayRow?: number;
  /** The month (and year) of the tab's days. */
  month?: { month: number; year?: number };
  /** The date line 1 of a cyclic pattern starts on (`YYYY-MM-DD`). */
  start?: string;
  /** Never read the tab as a planning. */
  ignore?: boolean;
}

const H = 60;

const off = (): Threshold => ({ enabled: true, warning: null, error: null });

/** The rule settings of a preset (planning-rules.md, "Presets"). */
export function presetRules(preset: PresetId): RuleSettings {
  const common: RuleSettings = {
    overlap: { enabled: true },
    "absence-conflict": { enabled: true },
    "daily-rest": { ...off(), error: 11 * H },
    "daily-max": { ...off(), error: 10 * H },
    amplitude: { ...off(), warning: 13 * H },
    "weekly-max": { ...off(), error: 48 * H },
    "weekly-average": { ...off(), warning: 44 * H, weeks: 12 },
    "weekly-rest": { enabled: true, runMinutes: 35 * H, insideWeekMinutes: 24 * H, minRestDays: 0 },
    "days-per-week": { ...off(), error: 6 },
    "consecutive-days": { ...off(), warning: 6 },
    "night-max": { ...off(), warning: 8 * H, error: 12 * H },
    "sleep-in-max": { ...off(), error: 12 * H },
    "split-shift": { enabled: false, maxSequences: 3, minSequenceMinutes: 2 * H },
    break: { enabled: true, minShiftMinutes: 6 * H, minBreakMinutes: 20 },
    "contract-hours": { enabled: true, info: 10 },
    coverage: { enabled: true },
    qualification: { enabled: true },
  };
  if (preset === "code-du-travail") return common;
  const agreement: RuleSettings = {
    ...common,
    "daily-rest": { ...off(), warning: 11 * H, error: 9 * H },
    "daily-max": { ...off(), warning: 10 * H, error: 12 * H },
    "weekly-max": { ...off(), error: 44 * H },
    "night-max": { ...off(), warning: null, error: 12 * H },
  };
  if (preset === "ccn66") {
    return {
      ...agreement,
      "weekly-rest": { ...common["weekly-rest"], minRestDays: 2 },
      "split-shift": { enabled: true, maxSequences: 3, minSequenceMinutes: 2 * H },
    };
  }
  return { ...agreement, "split-shift": { enabled: true, maxSequences: 2, minSequenceMinutes: 3 * H } };
}

/** The default settings: Code du travail, Europe/Paris, planning tabs detected, minimal briefing at 7. */
export function defaultSettings(preset: PresetId = "code-du-travail"): Settings {
  return {
    preset,
    timeZone: "Europe/Paris",
    planningTabs: "auto",
    rules: presetRules(preset),
    sleepIn: { firstMinutes: 9 * H, firstCounted: 3 * H, perFurtherHour: 30 },
    coverage: [],
    briefing: { hour: 7, recipients: [], mode: "minimal" },
    establishment: "",
    handoverCategories: [],
    handoverDays: 7,
    year: null,
    reading: {},
  };
}

/** Minutes a sleep-in of `presenceMinutes` counts for in hour totals. */
export function sleepInCountedMinutes(presenceMinutes: number, eq: SleepInEquivalence): number {
  if (presenceMinutes <= eq.firstMinutes) return (presenceMinutes * eq.firstCounted) / eq.firstMinutes;
  return eq.firstCounted + ((presenceMinutes - eq.firstMinutes) / 60) * eq.perFurtherHour;
}
