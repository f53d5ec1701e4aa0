// English: the sidebar's addon panel (kept apart so the sidebar bundles only its own texts).

import type { addonPanel as fr } from "../fr/addon-panel";
import { pluralEn as plural } from "../plural";

export const addonPanel: typeof fr = {
  tab: "Planning",
  intro: "Checks every planning tab against the rules of the preset chosen in Settings.",
  run: "Check the planning",
  running: "Checking…",
  clear: "Remove the marks",
  clearing: "Removing…",
  counts: (errors: number, warnings: number, infos: number) =>
    `${plural(errors, "error", "errors")}, ${plural(warnings, "warning", "warnings")}, ${plural(infos, "note", "notes")}`,
  noFinding: "No problem found.",
  groups: { error: "Errors", warning: "Warnings", info: "Notes" },
  truncated: (shown: number, tab: string) =>
    `Only the first ${shown} findings are listed here; all of them are in the "${tab}" tab.`,
  report: (tab: string) => `Full report in the "${tab}" tab.`,
  selectHint: "Click a finding to select its cells in the sheet.",
  cells: (refs: string) => `Cells: ${refs}`,
  selected: (refs: string) => `Selected: ${refs}`,
  countsLabel: "Findings",
  countChips: {
    error: (n: number) => plural(n, "error", "errors"),
    warning: (n: number) => plural(n, "warning", "warnings"),
    info: (n: number) => plural(n, "note", "notes"),
  },
  arrangeLabel: "Group",
  byPerson: "By person",
  byWeek: "By week",
  week: (monday: string) => `Week of ${monday}`,
  noPerson: "No person (tabs, settings, coverage)",
  noDate: "No date",
  section: (title: string, count: number) => `${title} (${count})`,
  dates: (count: number) => `Show the ${count} dates`,
  selectedIn: (tab: string, range: string) => `Selected in "${tab}": ${range}`,
};
