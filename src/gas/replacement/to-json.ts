// The core's replacement answer as the sidebar's JSON: ranked candidates with their cell, swaps, the vacancy's label.
import type { CheckResult } from "../../core/check/check";
import type { Finding } from "../../core/findings";
import { type Lang, messages } from "../../core/i18n";
import { formatDayMonth, weekdayName } from "../../core/i18n/format";
import type { Legend } from "../../core/planning/types";
import type { Candidate, CellWrite, ReplacementResult } from "../../core/replacement";
import { a1, cellAt, type WorkbookSnapshot } from "../../core/workbook";
import type { CandidateJson, CellSnapshot, ReplacementList } from "./api-types";
import { valueText } from "./cell-value";

/** The cell of a write as the list read it (its raw content, for the edit check at write time). */
export function cellSnapshot(
  snapshot: WorkbookSnapshot,
  tab: string,
  row: number,
  col: number,
): CellSnapshot {
  const values = snapshot.tabs.find((t) => t.name === tab)?.values ?? [];
  return { tab, a1: a1(row, col), current: valueText(cellAt(values, row, col)) };
}

function candidateJson(candidate: Candidate, snapshot: WorkbookSnapshot, lang: Lang): CandidateJson {
  const count = (s: string) => candidate.newFindings.filter((f) => f.severity === s).length;
  const problems = candidate.clean
    ? ""
    : messages(lang).replacement.severityCounts(count("error"), count("warning"), count("info")) ||
      (candidate.reasons[0] ?? "");
  const h = candidate.hours;
  const p: CellWrite | null = candidate.placement;
  return {
    name: candidate.name,
    clean: candidate.clean,
    suitable: candidate.suitable,
    availability: candidate.availability,
    note: candidate.note,
    job: candidate.job,
    unit: candidate.unit,
    worst: candidate.worst,
    problems,
    summary: candidate.summary,
    reasons: candidate.reasons,
    qualified: candidate.qualified,
    hours: {
      weeklyHours: h.weeklyHours,
      weekBefore: h.weekMinutes,
      weekAfter: h.weekAfterMinutes,
      weekContract: h.weekContractMinutes,
      monthBefore: h.monthMinutes,
      monthAfter: h.monthAfterMinutes,
      monthContract: h.monthContractMinutes,
    },
    restBeforeMinutes: candidate.restBeforeMinutes,
    restAfterMinutes: candidate.restAfterMinutes,
    worksThatDay: candidate.sameDay.works,
    absenceThatDay: candidate.sameDay.absence,
    restThatDay: candidate.sameDay.rest,
    placement: p ? { ...cellSnapshot(snapshot, p.tab, p.row, p.col), text: p.text } : null,
  };
}

/** The legend's absence codes to mark the absent person with: sick leave (`AM`) first when the legend has it. */
export function absenceChoices(legend: Legend): { code: string; label: string }[] {
  const absences = legend.codes.filter((c) => c.type === "absence");
  const sick = legend.lookup("AM");
  const first = sick?.type === "absence" ? absences.filter((c) => c === sick) : [];
  return [...first, ...absences.filter((c) => c !== sick)].map((c) => ({ code: c.code, label: c.label }));
}

/** A finding as one line with its severity: `Avertissement : …` (`Warning: …`). */
function severityLine(finding: Finding, lang: Lang): string {
  return `${messages(lang).common.severity[finding.severity]}${lang === "fr" ? " : " : ": "}${finding.message}`;
}

/** `dimanche 29/11` (`Sunday 29 Nov`). */
export function dayLabel(day: number, lang: Lang): string {
  const weekday = weekdayName(day, lang);
  return `${weekday} ${formatDayMonth(day, lang)}`;
}

/** The sidebar's list: JSON-safe, ranked as the core ranked it, with each write's cell as read. */
export function replacementList(
  result: ReplacementResult,
  checked: CheckResult,
  snapshot: WorkbookSnapshot,
  absentCell: CellSnapshot | null,
): ReplacementList {
  const lang = checked.lang;
  const v = result.vacancy;
  const absenceCodes = absenceChoices(checked.legend);
  return {
    vacancy: {
      date: v.date,
      dayLabel: dayLabel(v.day, lang),
      shift: v.shift,
      times: v.times,
      tab: v.tab,
      qualification: v.qualification,
      absent: v.absent,
    },
    absentCell,
    absenceCode: absenceCodes[0]?.code ?? "",
    absenceCodes,
    candidates: result.candidates.map((c) => candidateJson(c, snapshot, lang)),
    swaps: result.swaps.map((s) => ({
      description: s.description,
      giver: s.giver,
      taker: s.taker,
      warnings: [...s.giverFindings, ...s.takerFindings].map((f) => severityLine(f, lang)),
      writes: s.writes.map((w) => ({ tab: w.tab, a1: w.a1, text: w.text, previous: w.previous })),
    })),
    swapStatus: result.swapSearch.status,
    swapMessage: result.swapSearch.message,
  };
}
