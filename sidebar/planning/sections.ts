// The Planning panel's lists: groups of findings arranged by person or by week (pure, no DOM).
import type { FindingGroup } from "../../src/core/check/groups";
import { type CivilDate, civilDate, dayNumber, mondayOf } from "../../src/core/time";

/** How the panel arranges the findings. */
export type Arrangement = "person" | "week";

/** One list of the panel: its heading key and its groups, in order. */
export interface PanelSection {
  /** The person's name, or the week's Monday (`YYYY-MM-DD`); null for findings without one. */
  key: string | null;
  groups: FindingGroup[];
  /** Findings in the section (a group counts all of its findings). */
  count: number;
}

/** The Monday of a civil date's week. */
export function weekOf(date: CivilDate): CivilDate {
  return civilDate(mondayOf(dayNumber(date)));
}

/**
 * The groups (in `compareFindings` order: errors first) arranged in sections: by person, people in the order of
 * their first group (the most serious first), or by week of the group's first date, weeks in calendar order.
 * Groups without a person or a date come last, in one section with a null key.
 */
export function arrange(groups: readonly FindingGroup[], by: Arrangement): PanelSection[] {
  const sections = new Map<string | null, PanelSection>();
  for (const group of groups) {
    const key = by === "person" ? group.person : group.first ? weekOf(group.first) : null;
    const section = sections.get(key) ?? { key, groups: [], count: 0 };
    section.groups.push(group);
    section.count += group.findings.length;
    sections.set(key, section);
  }
  const list = [...sections.values()];
  const keyed = list.filter((s) => s.key !== null);
  if (by === "week") keyed.sort((a, b) => ((a.key as string) < (b.key as string) ? -1 : 1));
  return [...keyed, ...list.filter((s) => s.key === null)];
}
