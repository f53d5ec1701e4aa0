// English: "Who can replace?" — vacancy errors, candidate reasons, swaps and the `releve replace` output.

import type { replacement as fr } from "../fr/replacement";
import { replacementPanel } from "./replacement-panel";

export const replacement: typeof fr = {
  errors: {
    missingOption: (option: string) => `the option ${option} is required (see "releve replace --help")`,
    badDate: (value: string) => `invalid date: ${value} (expected YYYY-MM-DD, e.g. 2026-11-24)`,
    unknownShift: (shift: string) =>
      `unknown shift: ${shift} (neither a legend code or label nor times like 14h-22h)`,
    ambiguousShift: (shift: string, codes: string) =>
      `"${shift}" is the label of several legend codes (${codes}): give the code`,
    notWork: (shift: string) => `${shift} is not a work shift but an absence or rest code`,
    unknownTab: (tab: string, tabs: string) => `no such planning tab: ${tab} (tabs read: ${tabs || "none"})`,
    dateOutside: (date: string) => `${date} is not covered by any planning tab`,
    dateOutsideTab: (date: string, tab: string) => `${date} is not covered by the tab "${tab}"`,
    unknownPerson: (name: string) => `no such person in the planning: ${name}`,
  },
  vacancy: (shift: string, date: string, times: string) => `${shift} on ${date} (${times})`,
  inTab: (tab: string) => `tab "${tab}"`,
  absent: (name: string) => `absent: ${name}`,
  required: (qualification: string) => `required qualification: ${qualification}`,
  reasons: {
    qualificationMissing: (qualification: string, held: string) =>
      held === ""
        ? `Lacks the qualification "${qualification}" (no qualification in the staff tab).`
        : `Lacks the qualification "${qualification}" (qualifications: ${held}).`,
    alreadyWorks: (labels: string) => `Already works that day: ${labels}.`,
    absentThatDay: (code: string) => `Absent that day (${code}).`,
    restThatDay: (code: string) => `Resting that day (${code}): the shift replaces that rest.`,
    notInTab: (tab: string) => `Has no row in the tab "${tab}": the code must be written by hand.`,
  },
  /** Between the parts of a summary line. */
  separator: "; ",
  hours: {
    week: (before: string, after: string, contract: string) => `week ${before} → ${after} of ${contract}`,
    month: (before: string, after: string, contract: string) => `month ${before} → ${after} of ${contract}`,
    noContract: "no contract hours (staff tab): compared with 35 h a week",
  },
  rest: {
    before: (duration: string) => `rest before ${duration}`,
    after: (duration: string) => `rest after ${duration}`,
    noneBefore: "no shift before within 2 weeks",
    noneAfter: "no shift after within 2 weeks",
    overlap: "overlaps another shift",
  },
  severityCounts: (errors: number, warnings: number, infos: number) =>
    [
      errors > 0 ? `${errors} error${errors > 1 ? "s" : ""}` : "",
      warnings > 0 ? `${warnings} warning${warnings > 1 ? "s" : ""}` : "",
      infos > 0 ? `${infos} note${infos > 1 ? "s" : ""}` : "",
    ]
      .filter((s) => s !== "")
      .join(", "),
  swap: {
    describe: (giver: string, vacancy: string, given: string, taker: string) =>
      `${giver} takes ${vacancy} and hands ${given} to ${taker}`,
    shiftOn: (shift: string, date: string) => `${shift} on ${date}`,
    none: (tried: number) =>
      `No swap possible: ${tried} combination${tried > 1 ? "s" : ""} tried, none without creating an error.`,
    capped: (tried: number) =>
      `No swap found in the ${tried} combinations tried (bounded search): others may exist.`,
  },
  addon: {
    notOneCell: "Select a single cell: the shift to replace.",
    noSelection: "No cell selected: click the shift to replace in the planning, or pick a date and a shift.",
    notPlanningTab: (tab: string) =>
      `The tab "${tab}" is not a planning tab read by Relève: select the shift to replace in a planning tab, or pick a date and a shift.`,
    notShiftCell: (cell: string) =>
      `Cell ${cell} holds no work shift: select the absent person's shift cell (e.g. "S" on their row), or pick a date and a shift.`,
    badRequest: "Incomplete or invalid request: give a date (YYYY-MM-DD) and a shift code.",
    badWrite: 'Invalid write request: run "Who can replace?" again.',
    formulaText: (text: string) =>
      `"${text}" is not a shift code: text starting with =, +, - or @ would be read as a formula. Nothing was written.`,
    notCode: (text: string) =>
      `"${text}" is not a shift code (Sheets would read it as a number or a date). Nothing was written.`,
    noTab: (tab: string) => `The tab "${tab}" no longer exists: nothing was written.`,
    sameCell: "The absent person's cell and the replacement's cell are the same: nothing was written.",
    hasFormula: (cell: string) =>
      `Cell ${cell} holds a formula: Relève does not overwrite it. Change it by hand.`,
    changed: (cell: string, now: string, expected: string) =>
      `Cell ${cell} changed since the search (it holds "${now}", no longer "${expected}"): someone edited it meanwhile. Nothing was written: run "Who can replace?" again.`,
    written: (text: string, cell: string) => `"${text}" written in ${cell}.`,
    markedAbsent: (code: string, cell: string) => `"${code}" written in ${cell}.`,
    badToken: "Nothing to undo: this change was already undone or is too old.",
    undoChanged: (cell: string, now: string, written: string) =>
      `Cell ${cell} now holds "${now}" instead of "${written}": someone changed it since. Nothing was undone; use Sheets' version history if needed.`,
    undone: (cells: string) =>
      `Undone: ${cells} ${cells.includes(",") ? "have" : "has"} its previous value back.`,
    empty: "empty",
  },
  panel: replacementPanel,
  cli: {
    title: (vacancy: string) => `Who can replace? ${vacancy}`,
    bestHeader: (n: number) => `Best choices (${n})`,
    moreHeader: (n: number) => `Other possible (${n})`,
    unavailableHeader: (n: number) => `Not available (${n})`,
    noneAvailable: "Nobody is available for this shift without breaking a rule.",
    noCandidate: "Nobody else in the planning.",
    suitable: "available",
    /** Between a label and its text. */
    colon: ": ",
    note: (text: string) => `note: ${text}`,
    swapsHeader: (n: number) => `Proposed swaps (${n})`,
    writeAt: (cell: string, text: string) => `write "${text}" in ${cell}`,
    clearAt: (cell: string) => `clear ${cell}`,
    help: `Usage: releve replace <workbook.xlsx> --date YYYY-MM-DD --shift <code> [options]

"Who can replace?": the answer first. The three best choices among the people available (no error or
warning created — an information is only a note —, then warnings only), with their hours this week and
month against their contract (staff tab), their rest before and after and the cell to write; then the other
possible ones; then, when nobody is available without a problem, swaps of shifts between two people; last,
the people not available (absent that day, already working then, an error created, lacking the required
qualification), each with the reason. The same rules as "releve check". The workbook is never modified.

Options:
  --date <YYYY-MM-DD>       day of the vacant shift (required)
  --shift <code>            shift code or label (S, evening, night…) or times (14h-22h) (required)
  --tab <name>              planning tab of the shift (default: the absent person's)
  --absent <name>           the absent person (not a candidate)
  --qualification <q>       required qualification (e.g. veilleur, IDE)
  --preset <name>           rules applied: code-du-travail, ccn66 or ccn51
  --json                    writes the answer as JSON on standard output
  --lang fr|en              language of the messages
  -h, --help                shows this help

Exit status: 0 at least one person available without any problem or a swap, 1 none,
2 bad usage or unreadable file.
`,
  },
};
