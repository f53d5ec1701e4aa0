// The JSON shapes the briefing's server functions return, shared by Apps Script and the sidebar's typed client.
import type { CivilDate } from "../time";

/** The JSON-safe summary `generateBriefing` returns (counts only: no name, no entry text). */
export interface BriefingSummary {
  date: CivilDate;
  tab: string;
  link: string;
  since: string;
  until: string;
  generatedAt: string;
  entries: number;
  alerts: number;
  unacknowledgedUrgent: number;
  followUpsDueToday: number;
  followUpsOverdue: number;
  appointments: number;
  staffToday: number;
  coverageGaps: number;
  planningFindings: number;
  /** What to tell the user: where the briefing is (and a renamed tab, if any). */
  message: string;
}

/** The outcome of the last sending attempt, shown in the sidebar and the tab's status line. */
export interface SendOutcome {
  ok: boolean;
  /** The briefing date it was for. */
  date: CivilDate;
  /** When it ran (ISO with offset). */
  at: string;
  /** Recipients the e-mail went to. */
  sent: number;
  /** The error (failure) or what was done (success), in the spreadsheet's language. */
  message: string;
  /** Problems met on the way (invalid addresses, full mode refused…). */
  problems: string[];
}

/** What `sendMorningBriefing` did. */
export interface SendResult {
  status: "sent" | "already-sent" | "failed";
  date: CivilDate;
  sent: number;
  message: string;
  problems: string[];
}

/** The outcome of installing or removing the daily trigger. */
export interface TriggerResult {
  installed: boolean;
  hour: number | null;
  message: string;
}

/** What the sidebar's Briefing panel shows. */
export interface BriefingStatus {
  /** True when a daily trigger is installed (by this user, or by a colleague as recorded). */
  on: boolean;
  /** True when the trigger is the current user's (only they can move or remove it). */
  mine: boolean;
  hour: number | null;
  installedBy: string | null;
  timeZone: string | null;
  /** The hour configured in the settings tab. */
  settingsHour: number;
  mode: "minimal" | "full";
  recipients: string[];
  /** Problems with the recipients (invalid addresses, full mode refused for non-editors, none at all). */
  problems: string[];
  lastSend: SendOutcome | null;
  /** One sentence per line for the panel: the trigger and the last sending. */
  lines: string[];
  /** The Briefing tab's name, when it exists. */
  tab: string | null;
}

/** The briefing functions the sidebar calls through google.script.run. */
export interface BriefingServerApi {
  generateBriefing(dateIso?: string): BriefingSummary;
  installMorningBriefing(hour?: number): TriggerResult;
  removeMorningBriefing(): TriggerResult;
  getBriefingStatus(): BriefingStatus;
}
