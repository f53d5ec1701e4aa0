// Generates the briefing of a date in Google Sheets: reads the workbook and the log's window, writes the tab.

import {
  type BriefingModel,
  briefingSheet,
  briefingTexts,
  briefingWindow,
  composeBriefing,
} from "../../core/briefing";
import type { BriefingSummary, SendOutcome } from "../../core/briefing/api";
import { checkWorkbook } from "../../core/check/check";
import { type HandoverEntry, personsOf } from "../../core/handovers";
import { type Lang, langOf } from "../../core/i18n";
import { formatDayTime } from "../../core/i18n/format";
import type { Settings } from "../../core/settings";
import {
  type CivilDate,
  civilDate,
  epochMsOfIso,
  isCivilDate,
  isTimeZone,
  type Zone,
  zone,
} from "../../core/time";
import { openReader, readSince } from "../handovers/reader";
import { residentsOf } from "../handovers/residents";
import { readOpenEntries } from "../handovers/store";
import { findHandoverSheet } from "../handovers/tab";
import { readWorkbookSnapshot } from "../snapshot";
import { previousGenerationMs, readGenerations, readLastSend, recordGeneration } from "./state";
import { ensureBriefingSheet, writeBriefingSheet } from "./tab";

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

/** Everything one generation produced, for the e-mail that may follow. */
export interface BriefingRun {
  model: BriefingModel;
  summary: BriefingSummary;
  sheet: Sheet;
  link: string;
  settings: Settings;
  lang: Lang;
  /** Resident names and persons concerned: what the minimal e-mail must never show. */
  privateNames: string[];
}

/** The civil date of an instant in a zone. */
export function civilDateAt(ms: number, z: Zone): CivilDate {
  return civilDate(z.toWall(Math.floor(ms / 60000)).day);
}

/** The tab's status line for a date: the outcome of that date's sending, if any. */
export function statusLineOf(
  outcome: SendOutcome | null,
  date: CivilDate,
  lang: Lang,
  z: Zone,
): { text: string; error: boolean } {
  if (!outcome || outcome.date !== date) return { text: "", error: false };
  const t = briefingTexts(lang).status;
  const when = formatDayTime(Math.floor((epochMsOfIso(outcome.at) ?? 0) / 60000), z, lang);
  return outcome.ok
    ? { text: [t.headerSent(when, outcome.sent), ...outcome.problems].join(" "), error: false }
    : { text: t.headerError(when, outcome.message), error: true };
}

/** A briefing composed but not written: what the test e-mail needs (nothing is recorded). */
export type ComposedBriefing = Omit<BriefingRun, "summary" | "sheet" | "link"> & {
  date: CivilDate;
  zone: Zone;
  generations: ReturnType<typeof readGenerations>;
};

/**
 * Composes the briefing of `dateIso` (default: today in the establishment's zone) without writing anything. Reads
 * each planning/settings tab once, the log through its day index (entries of the window) and the open follow-up
 * list: the cost does not grow with the log's age.
 */
export function composeBriefingRun(dateIso: unknown, nowMs: number = Date.now()): ComposedBriefing {
  const spreadsheet = SpreadsheetApp.getActiveSpreadsheet();
  const lang = langOf(spreadsheet.getSpreadsheetLocale());
  const t = briefingTexts(lang);
  // A menu or trigger call passes nothing (or an event object): today. A text must be a YYYY-MM-DD date.
  const asked = typeof dateIso === "string" && dateIso.trim() !== "" ? dateIso.trim() : null;
  if (asked !== null && !isCivilDate(asked)) throw new Error(t.error.badDate(asked));
  const handoverSheet = findHandoverSheet(spreadsheet) ?? null;
  const check = checkWorkbook(readWorkbookSnapshot(spreadsheet));
  const settings = check.settings;
  const z = zone(isTimeZone(settings.timeZone) ? settings.timeZone : "Europe/Paris");
  const date = asked ?? civilDateAt(nowMs, z);

  const generations = readGenerations();
  const window = briefingWindow({
    date,
    zone: z,
    nowMs,
    hour: settings.briefing.hour,
    previousMs: previousGenerationMs(generations, date),
  });
  const ctx = { spreadsheet, lang, zone: z };
  let entries: HandoverEntry[] = [];
  let open: HandoverEntry[] = [];
  if (handoverSheet) {
    const log = openReader(ctx, handoverSheet);
    entries = readSince(log, window.sinceMs, window.untilMs);
    open = readOpenEntries(log, entries);
  }
  const model = composeBriefing({
    date,
    lang,
    zone: z,
    establishment: settings.establishment,
    window,
    entries,
    openFollowUps: open,
    timeline: check.timeline,
    findings: check.findings,
    generatedAtMs: nowMs,
  });
  const privateNames = [
    ...residentsOf(spreadsheet).map((r) => r.name),
    ...[...entries, ...open].flatMap(personsOf).filter((p) => p.trim().toLowerCase() !== "service"),
  ];
  return { model, settings, lang, privateNames, date, zone: z, generations };
}

/**
 * Generates the briefing of `dateIso` (default: today in the establishment's zone) and overwrites the Briefing
 * tab (see `composeBriefingRun` for what it reads). Call under the document lock.
 */
export function runBriefing(dateIso: unknown, nowMs: number = Date.now()): BriefingRun {
  const spreadsheet = SpreadsheetApp.getActiveSpreadsheet();
  const composed = composeBriefingRun(dateIso, nowMs);
  const { model, settings, lang, privateNames, date, zone: z, generations } = composed;
  const t = briefingTexts(lang);

  const { sheet, takenName } = ensureBriefingSheet(spreadsheet, lang);
  const status = statusLineOf(readLastSend(), date, lang, z);
  writeBriefingSheet(sheet, briefingSheet(model, status.text), status.error);
  recordGeneration(generations, date, nowMs);

  const tab = sheet.getName();
  const link = `${spreadsheet.getUrl()}#gid=${sheet.getSheetId()}`;
  const c = model.counts;
  const message = takenName
    ? `${t.status.renamedTab(takenName, tab)} ${t.status.generated(tab)}`
    : t.status.generated(tab);
  return {
    model,
    sheet,
    link,
    settings,
    lang,
    privateNames,
    summary: {
      date,
      tab,
      link,
      since: model.since,
      until: model.until,
      generatedAt: model.generatedAt,
      entries: c.entries,
      alerts: model.alerts.length,
      unacknowledgedUrgent: c.unacknowledgedUrgent,
      followUpsDueToday: c.followUpsDueToday,
      followUpsOverdue: c.followUpsOverdue,
      appointments: c.appointments,
      staffToday: c.staffToday,
      coverageGaps: c.coverageGaps,
      planningFindings: model.staffing.findings.length,
      message,
    },
  };
}

export type { BriefingSummary };
