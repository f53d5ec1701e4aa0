// Shorthands every rule uses: the message catalogue, durations in the user's language, person analyses.
import { messages } from "../i18n";
import { formatDuration } from "../i18n/format";
import type { Person } from "../planning/types";
import type { RuleContext } from "./types";
import { analysePerson, type PersonAnalysis } from "./working-days";

/** The rule messages of the context's language. */
export function ruleText(ctx: RuleContext): ReturnType<typeof messages>["rules"] {
  return messages(ctx.lang).rules;
}

/** A duration in the context's language (`9 h`, `9 h 30`). */
export function duration(ctx: RuleContext, minutes: number): string {
  return formatDuration(minutes, ctx.lang);
}

/** Every person of the timeline, analysed once. */
export function analyses(ctx: RuleContext): PersonAnalysis[] {
  return ctx.timeline.persons.map((p: Person) => analysePerson(p, ctx.timeline, ctx.settings.sleepIn));
}
