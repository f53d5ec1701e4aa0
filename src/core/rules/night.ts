// Night rules: `night-max` (night shifts, never sleep-ins) and `sleep-in-max` (chambre de veille).
import type { Finding, RuleId } from "../findings";
import type { Sequence } from "../planning/types";
import { analyses, duration, ruleText } from "./context";
import { endLabel, makeFinding, startLabel } from "./finding";
import { judgeAbove, type Limits } from "./judge";
import type { RuleContext } from "./types";

type Message = (p: { duration: string; from: string; to: string; limit: string }) => string;

/** Sequences picked by `applies` whose real length is above the limits: one finding per sequence. */
function checkLength(
  ctx: RuleContext,
  ruleId: RuleId,
  limits: Limits,
  applies: (s: Sequence) => boolean,
  message: Message,
  detailKey: string,
): Finding[] {
  const findings: Finding[] = [];
  for (const { person, sequences } of analyses(ctx)) {
    for (const s of sequences) {
      if (!applies(s)) continue;
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
          details: { [detailKey]: minutes, maximumMinutes: verdict.limit },
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
    (s) => s.isNight,
    text.nightMax,
    "nightMinutes",
  );
}

/** `sleep-in-max`: a sleep-in (type `veille`) whose presence is longer than the limits. */
export function checkSleepInMax(ctx: RuleContext): Finding[] {
  const text = ruleText(ctx);
  return checkLength(
    ctx,
    "sleep-in-max",
    ctx.settings.rules["sleep-in-max"],
    (s) => s.type === "sleep-in",
    text.sleepInMax,
    "sleepInMinutes",
  );
}
