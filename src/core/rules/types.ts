// The shape of a rule and of what every rule is given: the timeline, the settings, the staff and the language.
import type { Finding, RuleId, Severity } from "../findings";
import type { Lang } from "../i18n";
import type { Legend, Timeline } from "../planning/types";
import type { Settings } from "../settings";

/** One member of the team, from the staff tab (`Équipe`: Nom | Fonction/Qualification | Heures/semaine | Unité | Travailleur de nuit). */
export interface StaffMember {
  name: string;
  /** Qualifications, lower-case, from the Fonction/Qualification column (comma-separated there). */
  qualifications: string[];
  /** Contract hours per week, when given. */
  weeklyHours?: number;
  unit?: string;
  nightWorker?: boolean;
  /** The Google account of this person (optional E-mail column): links the handovers' authors and readers to the name. */
  email?: string;
  /** 0-based row in the staff tab. */
  row: number;
}

/** What a rule reads. */
export interface RuleContext {
  timeline: Timeline;
  settings: Settings;
  staff: StaffMember[];
  lang: Lang;
  /**
   * The legend the planning was read with. The `break` rule judges only a legend the establishment wrote (its
   * `Codes` tab), and points at the code's row there: the built-in default says nothing of breaks.
   */
  legend?: Legend;
}

/** Families of rules, as the catalogue groups them. */
export type RuleFamily = "structure" | "person" | "post" | "settings";

/** One entry of the rule registry. */
export interface RuleDefinition {
  id: RuleId;
  family: RuleFamily;
  /** The severity the catalogue gives by default (a threshold setting may raise a warning or an error). */
  defaultSeverity: Severity;
  /**
   * Computes the rule's findings. Structure and settings rules have none: their findings are produced while
   * reading the tabs.
   */
  check?: (ctx: RuleContext) => Finding[];
}
