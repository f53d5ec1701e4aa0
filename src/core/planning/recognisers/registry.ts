// The registry of layout recognisers: each reads a tab its own way and scores its reading; the best above a
// threshold wins (like the rules registry, one file per family; settings `lecture.<onglet>.disposition` force one).
import type { Finding } from "../../findings";
import { hasLetter } from "../fold";
import type { PlanningLayout } from "../types";
import { cyclicPattern } from "./cyclic-pattern";
import { daysByPeople } from "./days-by-people";
import { peopleByDays } from "./people-by-days";
import { peopleByDaysSubcolumns } from "./people-by-days-subcolumns";
import { postsByDays } from "./posts-by-days";
import { shiftList } from "./shift-list";
import type { ReadOutcome, Recogniser, TabInput, UnreadOutcome } from "./types";

/** Every layout family, most specific first (on equal scores the earlier wins). */
export const RECOGNISERS: readonly Recogniser[] = [
  cyclicPattern,
  shiftList,
  postsByDays,
  peopleByDaysSubcolumns,
  peopleByDays,
  daysByPeople,
];

/** The lowest score a reading needs to be taken (structure found and at least some cells understood). */
export const READ_THRESHOLD = 0.45;

/** What the recognisers made of a tab: the chosen reading (with its findings), or the best sign of a planning. */
export type Recognition =
  | { kind: "read"; outcome: ReadOutcome; findings: Finding[] }
  | { kind: "unread"; outcome: UnreadOutcome; findings: Finding[] }
  | { kind: "none" };

/**
 * Lets every recogniser (or only the one the settings name) read the tab, each with findings of its own, and
 * keeps the best-scored reading above `READ_THRESHOLD`; otherwise the best structure seen, as unread.
 */
export function recogniseTab(input: TabInput, only?: PlanningLayout): Recognition {
  // The common case first: a dated people × days grid of which every cell is understood (score 1) is what it
  // looks like; the other families need cells such a grid does not understand (names, lone times, weekday-only
  // headers), so they are not tried — their scans are saved on the largest workbooks.
  const grid = only ? undefined : input.collector.capture(() => peopleByDays.read(input));
  if (grid?.result.kind === "read" && grid.result.status === "read" && grid.result.score >= 1)
    return { kind: "read", outcome: grid.result, findings: grid.findings };
  let best: { outcome: ReadOutcome; findings: Finding[] } | undefined;
  let unread: { outcome: UnreadOutcome; findings: Finding[] } | undefined;
  for (const recogniser of RECOGNISERS) {
    if (only && recogniser.layout !== only) continue;
    const { result, findings } =
      grid && recogniser === peopleByDays ? grid : input.collector.capture(() => recogniser.read(input));
    if (result.kind === "read" && !showsPlanning(result, findings)) continue;
    if (result.kind === "read") {
      if (result.score >= READ_THRESHOLD && (!best || result.score > best.outcome.score))
        best = { outcome: result, findings };
      else if (
        result.score < READ_THRESHOLD &&
        result.records.length > 0 &&
        (!unread || result.score > unread.outcome.score)
      )
        unread = {
          outcome: {
            kind: "unread",
            layout: result.layout,
            score: result.score,
            reason: { kind: "unknownLayout" },
          },
          findings: [],
        };
    } else if (result.kind === "unread" && (!unread || result.score > unread.outcome.score)) {
      unread = { outcome: result, findings };
    }
  }
  if (best) return { kind: "read", ...best };
  if (unread) return { kind: "unread", ...unread };
  return { kind: "none" };
}

/**
 * False when a reading understood no cell although some were filled, and nothing in them shows a planning (only
 * numbers, no code-like text, no impossible time): a table of hours or counts under a day header is no planning.
 */
function showsPlanning(outcome: ReadOutcome, findings: readonly Finding[]): boolean {
  const { work, absence, rest, notUnderstood } = outcome.counts;
  if (work + absence + rest > 0 || notUnderstood === 0) return true;
  return findings.some(
    (f) => f.ruleId === "bad-time" || (f.ruleId === "unknown-code" && hasLetter(String(f.details.text))),
  );
}
