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
  /** The valid recipients the e-mail would go to. */
  recipients: string[];
  /** The settings cell `briefing.destinataires` as typed ("" when there is none): what the panel edits. */
  recipientsText: string;
  /** True when the morning e-mail has at least one recipient: only then can it be turned on. */
  ready: boolean;
  /** Problems with the recipients (invalid addresses, full mode refused for non-editors). */
  problems: string[];
  lastSend: SendOutcome | null;
  /** One sentence per line for the panel: the trigger and the last sending. */
  lines: string[];
  /** The Briefing tab's name, when it exists. */
  tab: string | null;
}

/** What the panel sends to save the recipients: the new list, and the cell's text it was edited from. */
export interface RecipientsRequest {
  recipients: string;
  /** The text the panel showed: the write is refused if the cell no longer holds it (a colleague changed it). */
  expected?: string;
}

/** The outcome of saving the recipients: a sentence and the status as it now is. */
export interface RecipientsResult {
  message: string;
  status: BriefingStatus;
}

/** The outcome of "M'envoyer un essai". */
export interface TestEmailResult {
  /** The address it went to (the current user's). */
  to: string;
  message: string;
}

/** The briefing functions the sidebar calls through google.script.run. */
export interface BriefingServerApi {
  generateBriefing(dateIso?: string): BriefingSummary;
  installMorningBriefing(hour?: number): TriggerResult;
  removeMorningBriefing(): TriggerResult;
  getBriefingStatus(): BriefingStatus;
  setBriefingRecipients(request: RecipientsRequest): RecipientsResult;
  sendBriefingTest(): TestEmailResult;
}
