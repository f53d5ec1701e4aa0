// English: how the planning tabs were read — statuses, layouts, where names and days came from, why a tab is not read.
import type { reading as fr } from "../fr/reading";

export const reading: typeof fr = {
  status: {
    read: "read",
    partial: "partly read",
    undated: "undated",
    unread: "not read",
    ignored: "ignored",
  },
  layouts: {
    "grid-people-days": "people × days",
    "grid-days-people": "days × people",
    "shift-list": "shift list",
    "grid-subcolumns": "days in sub-columns (start, end)",
    "posts-days": "posts × days, names in the cells",
    "cyclic-pattern": "cyclic pattern (lines × weekdays)",
  },
  sources: {
    dates: "the cells' dates",
    "tab-name": "the tab name",
    title: "a title above the days",
    setting: "the settings",
    weekdays: "the weekday row",
    workbook: "the workbook's other dates",
    "week-label": "the week number",
    "file-name": "the file name",
  },
  how: {
    names: (cols: string) => `names: ${cols.includes("+") ? "columns" : "column"} ${cols}`,
    namesInCells: "names: in the cells",
    namesRow: (row: number) => `names: row ${row}`,
    daysRow: (row: number) => `days: row ${row}`,
    daysColumn: (col: string) => `days: column ${col}`,
    dayCells: (n: number) =>
      `${n} ${n > 1 ? "days" : "day"} inferred from neighbouring cells (cells in error)`,
    month: (source: string) => `month: ${source}`,
    year: (source: string) => `year: ${source}`,
    postsColumn: (col: string) => `posts: column ${col}`,
    postsRow: (row: number) => `posts: row ${row}`,
    postHours: "hours: in the post headers, by weekday",
    listColumns: (cols: string) => `columns ${cols}`,
    subcolumns: (n: number) => `${n} sub-columns per day`,
    lines: (n: number, col: string) => `${n} lines (column ${col})`,
    blocks: (n: number) => `${n} blocks`,
    tabLegend: (n: number) => `${n} ${n > 1 ? "codes" : "code"} defined in the tab`,
    override: "reading corrected in the settings",
  },
  cycleLine: (line: number, pattern: number) =>
    pattern > 1 ? `Pattern ${pattern}, line ${line}` : `Line ${line}`,
  cycleDay: (p: { weekday: string; line: number; time: string; date: string }) =>
    `${p.weekday}${p.date ? ` ${p.date}` : ""}${p.time ? ` ${p.time}` : ""} (line ${p.line})`,
  reasons: {
    noYear: 'the year of its days is unknown: give it with the setting "year"',
    noMonth: (tab: string) =>
      `the month and year of its days are unknown: give them with the setting "reading.${tab}.month" (e.g. 2026-11)`,
    cycle: (lines: number, tab: string) =>
      `a ${lines}-line pattern with no dates or names, checked as a cycle; to date it, give "reading.${tab}.start" (the Monday of line 1)`,
    blocksLeft: (rows: string) => `some blocks were not read (rows ${rows})`,
    daysUnreadable: "its days cannot be read",
    noNames: "no column of names left of the days",
    unknownLayout: (tab: string) =>
      `it looks like a planning but its layout is not recognised: see docs/layouts.md, or give it with "reading.${tab}.layout"`,
    notPlanning: "not a planning",
    empty: "empty tab",
    setting: (key: string) =>
      key === "ignore" ? "ignored by the settings" : 'not in the setting "planning tabs"',
  },
  report: {
    title: "How the tabs were read",
    columns: ["Tab", "Status", "Layout", "How", "People", "Dates", "Shifts · absences · not understood"],
    counts: (shifts: number, absences: number, unknown: number) => `${shifts} · ${absences} · ${unknown}`,
    dates: (from: string, to: string) => `${from} → ${to}`,
  },
  verdict: {
    nothing: "No planning could be read: nothing was checked (see the tabs not read below).",
    read: (tabs: number, people: number, shifts: number, span: string) =>
      `${tabs.toLocaleString("en-GB")} ${tabs > 1 ? "tabs read" : "tab read"}, ${people.toLocaleString("en-GB")} ${people > 1 ? "people" : "person"}, ${shifts.toLocaleString("en-GB")} ${shifts > 1 ? "shifts" : "shift"}${span}`,
    span: (from: string, to: string) => `, from ${from} to ${to}`,
  },
  unreadTab: (tab: string, status: string, reason: string, cell: string) =>
    `Tab "${tab}" ${status}: ${reason}${cell ? ` (cell ${cell})` : ""}. It is not checked as a dated planning.`,
  partialTab: (tab: string, reason: string) => `Tab "${tab}" partly read: ${reason}.`,
};
