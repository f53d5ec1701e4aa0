// Night rules: `night-max` (night shifts, never sleep-ins) and `sleep-in-max` (chambre de veille).
import type { DetailValue, Finding, RuleId } from "../findings";
import type { Sequence } from "../planning/types";
import { analyses, duration, ruleText } from "./context";
import { endLabel, makeFinding, startLabel } from "./finding";
import { judgeAbove, type Limits } from "./judge";
import type { RuleContext } from "./types";
import type { PersonAnalysis } from "./working-days";

type Message = (p: { duration: string; from: string; to: string; limit: string }) => string;
type Details = (minutes: number, limit: number) => Record<string, DetailValue>;

/** A person's night shifts and sleep-ins, in order: both rules read them from one pass over the sequences. */
interface NightSequences {
  nights: Sequence[];
  sleepIns: Sequence[];
}

const split = new WeakMap<PersonAnalysis, NightSequences>();

/** The night shifts and sleep-ins of an analysed person (cached with the analysis). */
function nightSequences(analysis: PersonAnalysis): NightSequences {
  let found = split.get(analysis);
  if (!found) {
    found = { nights: [], sleepIns: [] };
    for (const s of analysis.sequences) {
      if (s.isNight) found.nights.push(s);
      if (s.type === "sleep-in") found.sleepIns.push(s);
    }
    split.set(analysis, found);
  }
  return found;
}

/** Sequences whose real length is above the limits: one finding per sequence. */
function checkLength(
  ctx: RuleContext,
  ruleId: RuleId,
  limits: Limits,
  pick: (n: NightSequences) => Sequence[],
  message: Message,
  details: Details,
): Finding[] {
  const findings: Finding[] = [];
  for (const analysis of analyses(ctx)) {
    const person = analysis.person;
    for (const s of pick(nightSequences(analysis))) {
      const minutes = s.end - s.start;
      const verdict = judgeAbove(minutes, limits);
      if (!verdict) continue;
      findings.push(
        makeFinding({
          ruleId,
          severity: verdict.severity,
          person: person.name,
          day: s.day,
          refs: [s.cell],
          message: message({
            duration: duration(ctx, minutes),
            from: startLabel(s, ctx.lang),
            to: endLabel(s, ctx.lang),
            limit: duration(ctx, verdict.limit),
          }),
          details: details(minutes, verdict.limit),
        }),
      );
    }
  }
  return findings;
}

/** `night-max`: a night shift (legend `nuit`, or ≥ 3 h between 21:00 and 06:00) longer than the limits. */
export function checkNightMax(ctx: RuleContext): Finding[] {
  const text = ruleText(ctx);
  return checkLength(
    ctx,
    "night-max",
    ctx.settings.rules["night-max"],
    (n) => n.nights,
    text.nightMax,
    (nightMinutes, maximumMinutes) => ({ nightMinutes, maximumMinutes }),
  );
}

/** `sleep-in-max`: a sleep-in (type `veille`) whose presence is longer than the limits. */
export function checkSleepInMax(ctx: RuleContext): Finding[] {
  const text = ruleText(ctx);
  return checkLength(
    ctx,
    "sleep-in-max",
    ctx.settings.rules["sleep-in-max"],
    (n) => n.sleepIns,
    text.sleepInMax,
    (sleepInMinutes, maximumMinutes) => ({ sleepInMinutes, maximumMinutes }),
  );
}
