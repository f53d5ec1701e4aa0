// Day-level rules: `daily-rest`, `daily-max`, `amplitude`, `split-shift` and `break`.
import type { Finding } from "../findings";
import { formatDayMonth } from "../i18n/format";
import type { Sequence } from "../planning/types";
import { analyses, duration, ruleText } from "./context";
import { endDayOf, endLabel, makeFinding, refsOf, startLabel } from "./finding";
import { judgeAbove, judgeBelow } from "./judge";
import type { RuleContext } from "./types";
import { compareSequences } from "./working-days";

/**
 * `daily-rest`: the gap from the last end of one working day to the first start of the next, in real minutes.
 * Dated the day the earlier sequence ends; overlapping working days are left to `overlap`.
 */
export function checkDailyRest(ctx: RuleContext): Finding[] {
  const limits = ctx.settings.rules["daily-rest"];
  const text = ruleText(ctx);
  const findings: Finding[] = [];
  for (const { person, workingDays } of analyses(ctx)) {
    for (let i = 1; i < workingDays.length; i++) {
      const prev = workingDays[i - 1];
      const next = workingDays[i];
      if (!prev || !next) continue;
      const rest = next.firstStart - prev.lastEnd;
      if (rest < 0) continue;
      const verdict = judgeBelow(rest, limits);
      if (!verdict) continue;
      findings.push(
        makeFinding({
          ruleId: "daily-rest",
          severity: verdict.severity,
          person: person.name,
          day: endDayOf(prev.last),
          refs: [prev.last.cell, next.first.cell],
          message: text.dailyRest({
            duration: duration(ctx, rest),
            from: endLabel(prev.last, ctx.lang),
            to: startLabel(next.first, ctx.lang),
            limit: duration(ctx, verdict.limit),
          }),
          details: { restMinutes: rest, minimumMinutes: verdict.limit },
        }),
      );
    }
  }
  return findings;
}

/** `daily-max`: the counted minutes of a working day (sleep-ins by their equivalence), dated that day. */
export function checkDailyMax(ctx: RuleContext): Finding[] {
  const limits = ctx.settings.rules["daily-max"];
  const text = ruleText(ctx);
  const findings: Finding[] = [];
  for (const { person, workingDays } of analyses(ctx)) {
    for (const wd of workingDays) {
      const minutes = Math.round(wd.countedMinutes);
      const verdict = judgeAbove(minutes, limits);
      if (!verdict) continue;
      findings.push(
        makeFinding({
          ruleId: "daily-max",
          severity: verdict.severity,
          person: person.name,
          day: wd.day,
          refs: refsOf(wd.sequences),
          message: text.dailyMax({
            duration: duration(ctx, minutes),
            date: formatDayMonth(wd.day, ctx.lang),
            limit: duration(ctx, verdict.limit),
          }),
          details: { workMinutes: minutes, maximumMinutes: verdict.limit },
        }),
      );
    }
  }
  return findings;
}

/** `amplitude`: real minutes from the first start to the last end of a working day. */
export function checkAmplitude(ctx: RuleContext): Finding[] {
  const limits = ctx.settings.rules.amplitude;
  const text = ruleText(ctx);
  const findings: Finding[] = [];
  for (const { person, workingDays } of analyses(ctx)) {
    for (const wd of workingDays) {
      const minutes = wd.lastEnd - wd.firstStart;
      const verdict = judgeAbove(minutes, limits);
      if (!verdict) continue;
      findings.push(
        makeFinding({
          ruleId: "amplitude",
          severity: verdict.severity,
          person: person.name,
          day: wd.day,
          refs: refsOf(wd.sequences),
          message: text.amplitude({
            duration: duration(ctx, minutes),
            from: startLabel(wd.first, ctx.lang),
            to: endLabel(wd.last, ctx.lang),
            limit: duration(ctx, verdict.limit),
          }),
          details: { amplitudeMinutes: minutes, maximumMinutes: verdict.limit },
        }),
      );
    }
  }
  return findings;
}

/**
 * `split-shift`: a working day of several sequences with more than `maxSequences` of them, or one shorter than
 * `minSequenceMinutes` (a single short shift is not a split day). One warning per working day.
 */
export function checkSplitShift(ctx: RuleContext): Finding[] {
  const { maxSequences, minSequenceMinutes } = ctx.settings.rules["split-shift"];
  const text = ruleText(ctx);
  const findings: Finding[] = [];
  for (const { person, workingDays } of analyses(ctx)) {
    for (const wd of workingDays) {
      const count = wd.sequences.length;
      if (count < 2) continue;
      let shortest = Number.POSITIVE_INFINITY;
      for (const s of wd.sequences) shortest = Math.min(shortest, s.end - s.start);
      const tooMany = count > maxSequences;
      const tooShort = shortest < minSequenceMinutes;
      if (!tooMany && !tooShort) continue;
      const date = formatDayMonth(wd.day, ctx.lang);
      const parts: string[] = [];
      if (tooMany) parts.push(text.splitShift({ date, sequences: count, maxSequences }));
      if (tooShort) {
        parts.push(
          text.splitShiftShort({
            date,
            duration: duration(ctx, shortest),
            limit: duration(ctx, minSequenceMinutes),
          }),
        );
      }
      findings.push(
        makeFinding({
          ruleId: "split-shift",
          severity: "warning",
          person: person.name,
          day: wd.day,
          refs: refsOf(wd.sequences),
          message: parts.join(" "),
          details: {
            sequences: count,
            maxSequences,
            shortestSequenceMinutes: shortest,
            minSequenceMinutes,
          },
        }),
      );
    }
  }
  return findings;
}

/**
 * `break`: a legend code whose shift lasts `minShiftMinutes` or more with a break shorter than `minBreakMinutes`.
 * The fault is the legend's, so one info per code (not per use), on the code's row of the `Codes` tab (a legend
 * finding: no person, no date); sleep-ins excluded. The built-in legend is not judged (see `RuleContext.legend`).
 */
export function checkBreak(ctx: RuleContext): Finding[] {
  if (ctx.legend?.source === "default") return [];
  const { minShiftMinutes, minBreakMinutes } = ctx.settings.rules.break;
  const text = ruleText(ctx);
  const byCode = new Map<string, { first: Sequence; uses: number; longest: number; breakMinutes: number }>();
  for (const { sequences } of analyses(ctx)) {
    for (const s of sequences) {
      if (s.code === null || s.type === "sleep-in") continue;
      const elapsed = s.end - s.start;
      if (elapsed < minShiftMinutes || s.breakMinutes >= minBreakMinutes) continue;
      const entry = byCode.get(s.code);
      if (!entry) {
        byCode.set(s.code, { first: s, uses: 1, longest: elapsed, breakMinutes: s.breakMinutes });
        continue;
      }
      entry.uses += 1;
      entry.longest = Math.max(entry.longest, elapsed);
      if (compareSequences(s, entry.first) < 0) entry.first = s;
      entry.breakMinutes = Math.min(entry.breakMinutes, s.breakMinutes);
    }
  }
  const findings: Finding[] = [];
  const limit = duration(ctx, minBreakMinutes);
  const minShift = duration(ctx, minShiftMinutes);
  for (const [code, entry] of byCode) {
    const definedAt = ctx.legend?.lookup(code)?.definedAt;
    findings.push(
      makeFinding({
        ruleId: "break",
        severity: "info",
        // On the Codes tab's row when known; else at the first use, in that person's row.
        person: definedAt ? null : entry.first.name,
        day: definedAt ? null : entry.first.day,
        refs: [definedAt ?? entry.first.cell],
        message:
          entry.breakMinutes === 0
            ? text.breakMissing({ code, duration: duration(ctx, entry.longest), limit, minShift })
            : text.breakTooShort({
                code,
                duration: duration(ctx, entry.longest),
                breakDuration: duration(ctx, entry.breakMinutes),
                limit,
                minShift,
              }),
        details: {
          code,
          shiftMinutes: entry.longest,
          breakMinutes: entry.breakMinutes,
          minimumBreakMinutes: minBreakMinutes,
          uses: entry.uses,
        },
      }),
    );
  }
  return findings;
}
