// English: the planning check in Google Sheets — setup, toasts, marks, clear, lock, and the sidebar's Planning panel.

import type { addon as fr } from "../fr/addon";
import { pluralEn as plural } from "../plural";
import { addonPanel } from "./addon-panel";

export const addon: typeof fr = {
  busy: "Relève is already working on this spreadsheet (a check, a clear or a setup is running). Try again in a few seconds.",
  yes: "yes",
  no: "no",
  setup: {
    title: "Set up the spreadsheet",
    codesHeader: ["Code", "Label", "Start", "End", "Break (min)", "Type"],
    staffHeader: ["Name", "Role/Qualification", "Hours/week", "Unit", "Night worker", "E-mail"],
    created: (names: string[]) => `Tabs created: ${names.join(", ")}.`,
    adopted: (names: string[]) => `Existing tabs recognised (left as they are): ${names.join(", ")}.`,
    nothing: "The spreadsheet is already set up: no tab was created or changed.",
  },
  check: {
    toastTitle: "Relève",
    working: (tabs: number) => `Checking ${plural(tabs, "tab", "tabs")}…`,
    counts: (errors: number, warnings: number, infos: number) =>
      `${plural(errors, "error", "errors")}, ${plural(warnings, "warning", "warnings")}, ${plural(infos, "note", "notes")}.`,
    where: (tab: string) =>
      `Full report in the "${tab}" tab; the cells concerned are coloured and annotated.`,
    reportRenamed: (taken: string, used: string) =>
      `A "${taken}" tab already exists and was not created by Relève: it was left unchanged, the report is in "${used}".`,
    marksStoreName: "Relève — marks (do not edit)",
  },
  clear: {
    done: (cells: number) =>
      cells === 0
        ? "No mark to remove."
        : `Marks removed: ${plural(cells, "cell", "cells")} restored as before.`,
    kept: (cells: number) =>
      `${plural(cells, "cell was", "cells were")} changed since the check: your changes are kept.`,
    missing: (cells: number) =>
      `${plural(cells, "mark was", "marks were")} not found (cell changed or deleted since the check): left as is; a later clear will look again.`,
    withoutRecord: (notes, styles) =>
      [
        notes > 0
          ? `The record of the marks (hidden tab) was missing or damaged: ${plural(notes, "Relève note", "Relève notes")} removed (your notes are kept).`
          : "",
        styles > 0
          ? `${plural(styles, "cell keeps", "cells keep")} a mark's formatting (bold underlined coloured text) that Relève cannot put back without its record: fix it by hand if needed.`
          : "",
      ]
        .filter(Boolean)
        .join(" "),
  },
  select: {
    noTab: (tab: string) => `The "${tab}" tab no longer exists.`,
    badCells: "These cells cannot be selected.",
  },
  corrections: {
    fields: {
      tab: "Tab",
      key: "Setting",
      layout: "Layout",
      names: "Name columns",
      dayRow: "Day row",
      month: "Month",
      start: "Start of the cycle",
      ignore: "Ignore",
      code: "Code",
      type: "Type",
      codeStart: "Start",
      codeEnd: "End",
    },
    refused: (field: string, reason: string) => `${field}: ${reason}.`,
    reasons: {
      noTab: (tab: string) => `there is no tab “${tab}” in this spreadsheet`,
      addonTab: (tab: string) => `“${tab}” is one of Relève's tabs, not a planning`,
      badKey: (key: string) =>
        `“${key}” is not a reading setting (layout, names, day row, month, start, ignore)`,
      layout: (value: string) => `“${value}” is not a known layout`,
      names: (value: string) => `“${value}” is not a list of columns (for example C+D)`,
      dayRow: (value: string) => `“${value}” is not a row number (for example 4)`,
      month: (value: string) => `“${value}” is not a month (for example 2026-01)`,
      start: (value: string) => `“${value}” is not a date (for example 2026-01-05)`,
      ignore: (value: string) => `“${value}”: answer yes or no`,
      empty: "required",
      notText: "must be text",
      tooLong: (max: number) => `at most ${max} characters`,
      code: (value: string) =>
        `“${value}” cannot be a code (no formula, no line break, at most 20 characters)`,
      type: (value: string) => `“${value}”: choose work, absence or rest`,
      time: (value: string) => `“${value}” is not a time (for example 07:00)`,
      sameTimes: "the start and the end are the same time",
      exists: (code: string, tab: string, row: number) =>
        `the code “${code}” is already in the tab “${tab}” (row ${row}): nothing was added`,
      noTimeColumns: (tab: string) =>
        `the "${tab}" tab has no Start and End columns to hold the times: add them, then try again`,
      noCodesTab:
        "the spreadsheet has no Codes tab: create it with “Set up the spreadsheet” (Relève menu), then try again",
      noSettingsTab:
        "the spreadsheet has no Settings tab: create it with “Set up the spreadsheet” (Relève menu), then try again",
    },
    settingSaved: (key: string, value: string, tab: string, cell: string) =>
      `“${key}” = “${value}” saved in the tab “${tab}” (${cell}). Planning read again.`,
    codeAdded: (code: string, tab: string, row: number) =>
      `Code “${code}” added to the tab “${tab}” (row ${row}). Planning read again.`,
    keyWords: {
      layout: "layout",
      names: "names",
      dayRow: "day row",
      month: "month",
      start: "start",
      ignore: "ignore",
    },
  },
  panel: addonPanel,
};
