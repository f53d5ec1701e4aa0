// The planning check end to end: add-on tabs → settings, legend, staff → timeline → every rule → sorted findings.

import { compareFindings, countBySeverity, type Finding } from "../findings";
import { type Lang, langOf, messages } from "../i18n";
import { dateReader } from "../planning/dates";
import { defaultLegend, legendFromCodesTab } from "../planning/legend";
import { readPlannings } from "../planning/read";
import { readingVerdict, type TabReport, tabReport } from "../planning/reading-report";
import type { Legend, Timeline } from "../planning/types";
import { checkCycles } from "../rules/cycle";
import { runRules } from "../rules/registry";
import type { RuleContext, StaffMember } from "../rules/types";
import { analysePerson, coversDays } from "../rules/working-days";
import { defaultSettings, type PresetId, type Settings } from "../settings";
import { addonTabNames, findAddonTab } from "../tabs/addon-tabs";
import { parseSettingsTab } from "../tabs/settings-tab";
import { parseStaffTab } from "../tabs/staff-tab";
import { foldText } from "../text";
import { type CivilDate, civilDate, isTimeZone } from "../time";
import type { WorkbookSnapshot } from "../workbook";
import { groupFindings, groupIds } from "./groups";
import { boundFindings } from "./long-text";

/** Hours planned by one person in one week (Monday to Sunday), for the summary. */
export interface PersonWeekHours {
  person: string;
  /** The week's Monday. */
  week: CivilDate;
  /** Counted minutes inside the week (sleep-ins by their equivalence), rounded. */
  minutes: number;
}

/** The counts and context of a check (contract §2's summary, plus what the report shows). */
export interface CheckSummary {
  errors: number;
  warnings: number;
  infos: number;
  /** Planning tabs read, in workbook order. */
  tabs: string[];
  /** Tabs that are neither plannings nor the add-on's own tabs. */
  ignoredTabs: string[];
  people: number;
  /** Work sequences read (a split day counts its sequences). */
  shifts: number;
  preset: PresetId;
  /** Hours per person and week over the weeks that touch the planned dates, by person then week. */
  hoursPerPersonWeek: PersonWeekHours[];
}

/** Everything a check found and read. */
export interface CheckResult {
  /** Every finding: reading, settings, staff, codes and rules, sorted by `compareFindings`. */
  findings: Finding[];
  summary: CheckSummary;
  timeline: Timeline;
  settings: Settings;
  legend: Legend;
  staff: StaffMember[];
  lang: Lang;
}

/** Options of `checkWorkbook`. */
export interface CheckOptions {
  /** A preset chosen outside the workbook (the CLI's `--preset`): wins over the settings tab's. */
  preset?: PresetId;
}

/**
 * Checks a workbook: finds the add-on's tabs (settings, codes, staff) by metadata or default name, reads the
 * settings (defaults when absent; the spreadsheet's time zone unless the tab names one), the legend (the `Codes`
 * tab or the default) and the staff, reads every other tab as a planning, runs every rule and returns the sorted
 * findings with a summary. Never throws on workbook content.
 */
export function checkWorkbook(snapshot: WorkbookSnapshot, options: CheckOptions = {}): CheckResult {
  const lang = langOf(snapshot.locale);
  const dates = dateReader(snapshot.dateBasis, snapshot.timeZone);
  const findings: Finding[] = [];

  const settingsTab = findAddonTab(snapshot, "settings");
  let settings: Settings;
  if (settingsTab) {
    const parsed = parseSettingsTab(settingsTab.values, settingsTab.name, lang, {
      preset: options.preset,
      timeZone: snapshot.timeZone,
      readDate: (d) => dates.wall(d),
    });
    settings = parsed.settings;
    findings.push(
      ...parsed.findings,
      ...unknownPlanningTabs(snapshot, settings, settingsTab.name, parsed.cells, lang),
    );
  } else {
    settings = defaultSettings(options.preset);
    if (isTimeZone(snapshot.timeZone)) settings.timeZone = snapshot.timeZone;
  }

  const codesTab = findAddonTab(snapshot, "codes");
  let legend = defaultLegend(lang);
  if (codesTab) {
    const parsed = legendFromCodesTab(codesTab.values, codesTab.name, lang, dates);
    legend = parsed.legend;
    findings.push(...parsed.findings);
  }

  const staffTab = findAddonTab(snapshot, "staff");
  let staff: StaffMember[] = [];
  if (staffTab) {
    const parsed = parseStaffTab(staffTab.values, staffTab.name, lang);
    staff = parsed.staff;
    findings.push(...parsed.findings);
  }

  const timeline = readPlannings(snapshot, { legend, settings, skipTabs: addonTabNames(snapshot), lang });
  findings.push(...timeline.readingFindings);

  const ctx: RuleContext = { timeline, settings, staff, lang, legend };
  findings.push(...runRules(ctx), ...checkCycles(ctx));

  const bounded = boundFindings(findings).sort(compareFindings);
  const counts = countBySeverity(bounded);
  return {
    findings: bounded,
    summary: {
      errors: counts.error,
      warnings: counts.warning,
      infos: counts.info,
      tabs: timeline.tabs.filter((t) => t.status === "read" || t.status === "partial").map((t) => t.name),
      ignoredTabs: [...timeline.ignoredTabs],
      people: timeline.persons.length,
      shifts: timeline.persons.reduce((n, p) => n + p.sequences.length, 0),
      preset: settings.preset,
      hoursPerPersonWeek: hoursPerPersonWeek(timeline, settings),
    },
    timeline,
    settings,
    legend,
    staff,
    lang,
  };
}

/** A `bad-setting` error when `onglets planning` names tabs the workbook does not have. */
function unknownPlanningTabs(
  snapshot: WorkbookSnapshot,
  settings: Settings,
  settingsTab: string,
  cells: Record<string, string>,
  lang: Lang,
): Finding[] {
  if (settings.planningTabs === "auto") return [];
  const names = new Set(snapshot.tabs.map((t) => foldText(t.name)));
  const missing = settings.planningTabs.filter((n) => !names.has(foldText(n)));
  const cell = cells["onglets planning"];
  if (missing.length === 0 || !cell) return [];
  const key = lang === "en" ? "planning tabs" : "onglets planning";
  return [
    {
      ruleId: "bad-setting",
      severity: "error",
      person: null,
      date: null,
      tab: settingsTab,
      cells: [cell],
      message: messages(lang).settings.unknownTab(key, cell, missing.join(", ")),
      details: { key, missing: missing.join(", ") },
    },
  ];
}

/** Counted hours per person and week, over the weeks that touch the planned dates. */
function hoursPerPersonWeek(timeline: Timeline, settings: Settings): PersonWeekHours[] {
  const rows: PersonWeekHours[] = [];
  for (const person of timeline.persons) {
    for (const week of analysePerson(person, timeline, settings.sleepIn).weeks) {
      if (!touchesRanges(timeline, week.monday, week.monday + 6)) continue;
      rows.push({ person: person.name, week: civilDate(week.monday), minutes: Math.round(week.minutes) });
    }
  }
  return rows.sort(
    (a, b) => a.person.localeCompare(b.person) || (a.week < b.week ? -1 : a.week > b.week ? 1 : 0),
  );
}

function touchesRanges(timeline: Timeline, from: number, to: number): boolean {
  for (let d = from; d <= to; d++) if (coversDays(timeline.plannedRanges, d, d)) return true;
  return false;
}

/** A finding of `releve check --json`: contract §3's finding and the id of the group it is read in. */
export type GroupedFinding = Finding & { group: string };

/** Contract §2's JSON document of `releve check --json`. */
export interface ContractJson {
  findings: GroupedFinding[];
  summary: {
    errors: number;
    warnings: number;
    infos: number;
    tabs: string[];
    people: number;
    shifts: number;
    /** How every tab was read (the `tabs` objects of `read --json`). */
    reading: TabReport[];
  };
}

/**
 * Contract §2's `{ findings, summary: { errors, warnings, infos, tabs, people, shifts, reading } }`: every finding,
 * each with a `group` key (findings read as one line share it, see `groupFindings`).
 */
export function toContractJson(result: CheckResult): ContractJson {
  const s = result.summary;
  const ids = groupIds(groupFindings(result.findings, result.lang));
  return {
    findings: result.findings.map((f) => ({ ...f, group: ids.get(f) ?? "" })),
    summary: {
      errors: s.errors,
      warnings: s.warnings,
      infos: s.infos,
      tabs: s.tabs,
      people: s.people,
      shifts: s.shifts,
      reading: result.timeline.tabs.map((t) => tabReport(t, result.lang)),
    },
  };
}

/** What `checkPlanning()` returns to the sidebar (contract §1). */
export interface SidebarSummary {
  errors: number;
  warnings: number;
  infos: number;
  findings: Finding[];
  truncated: boolean;
  /** What was read: the verdict line ("3 onglets lus, 41 personnes…", or that nothing was read) and every tab. */
  verdict: { read: boolean; text: string };
  reading: TabReport[];
}

/**
 * Contract §1's summary: counts over every finding, and the first `limit` findings by severity (they are sorted),
 * with `truncated` true when some were left out.
 */
export function summaryForSidebar(result: CheckResult, limit = 500): SidebarSummary {
  const s = result.summary;
  return {
    errors: s.errors,
    warnings: s.warnings,
    infos: s.infos,
    findings: result.findings.slice(0, limit),
    truncated: result.findings.length > limit,
    verdict: readingVerdict(result.timeline, result.lang),
    reading: result.timeline.tabs.map((t) => tabReport(t, result.lang)),
  };
}
