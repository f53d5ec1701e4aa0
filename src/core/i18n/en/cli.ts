// English: the `releve` command line — help, errors, the check's summary and table, the codes list, npm start.
import type { cli as fr } from "../fr/cli";

/** 2000000 → `2,000,000`. */
const thousands = (n: number): string => n.toLocaleString("en-US");

export const cli: typeof fr = {
  errorPrefix: "releve: ",
  help: {
    main: `Relève — planning checks and shift handovers, on the command line.

Usage:
  releve check <workbook> [--json] [--preset code-du-travail|ccn66|ccn51] [--out report.xlsx] [--force]
  releve read <workbook> [--json]
  releve briefing <workbook> [--date YYYY-MM-DD] [--json] [--out briefing.html] [--force]
  releve replace <workbook> --date YYYY-MM-DD --shift CODE [--tab TAB] [--absent NAME] [--json]
  releve codes [--json]

Workbooks read: Excel .xlsx and .xlsm (macros never run), LibreOffice .ods, .csv text (";", "," or tab
separated; UTF-8 or Windows-1252; one tab named after the file; every field read as text). Save .xls
(97-2003) and .xlsb workbooks as .xlsx first.

Commands:
  check      checks the planning tabs (rest, hours, absences, overlaps, coverage…)
  read       shows what was understood of each tab (layout, names, days, people, shifts)
  briefing   prepares the morning briefing (handovers, follow-ups, today's team)
  replace    who can take a shift without breaking a rule
  codes      prints the default code legend (M, S, N, CA…)

Global options:
  --lang fr|en   language of the messages; without --lang, a workbook's findings (and the report) are in
                 the workbook's language, help and usage errors in the system's (LC_ALL, LC_MESSAGES,
                 LANG), else French
  --debug        shows the technical details of an error
  -h, --help     shows this help; "releve <command> --help" for a command's help
  --version      shows the version

Workbook language: English when its add-on tabs have the English names (Settings, Staff, Residents,
Handovers, Planning check) or its month tabs are named in English ("November 2026"); French otherwise.

Exit status: 0 no error in the planning, 1 at least one error, 2 bad usage, unreadable or too large file.
`,
    check: `Usage: releve check <workbook> [options]

Reads every planning tab of the workbook (people × days grid, days × people grid or shift list) and flags
what breaks the rules: daily and weekly rest, maximum hours, work during an absence, overlaps, coverage…
The "Settings", "Codes" and "Staff" tabs are read when present; otherwise the defaults apply.

Options:
  --json                 prints the result as JSON on standard output, and nothing else
  --preset <name>        rules to apply: code-du-travail (default), ccn66 or ccn51;
                         overrides the preset of the "Settings" tab
  --out <file.xlsx>      writes a copy of the workbook with the "Planning check" tab and the flagged cells
                         marked (colour and note); the workbook read is never modified. Only a report
                         Relève wrote is replaced: when a tab of yours already has that name, the report
                         goes to "Planning check (Relève)". An .ods or .csv workbook (or an .xlsx too large
                         or unreadable for the copy) gives an .xlsx copy of its values, without formatting
                         or formulas
  --force                replaces the --out file even when it is not an .xlsx workbook (never the
                         workbook read)
  --lang fr|en           language of the findings and report (default: the workbook's: English when its
                         tabs have the English names, Settings, Staff…, or English months; else French)
  --debug                shows the technical details of an error
  -h, --help             shows this help

Exit status: 0 no error, 1 at least one error in the planning, 2 bad usage or unreadable file.
`,
    briefing: `Usage: releve briefing <workbook> [options]

Prepares the morning briefing from the "Handovers" tab and the plannings: urgent and watch entries,
follow-ups due, today's appointments, who works today and coverage gaps.

Options:
  --date <YYYY-MM-DD>    date of the briefing (default: today)
  --json                 prints the briefing as JSON on standard output
  --out <file.html>      writes the briefing as a standalone, printable HTML page; an existing file
                         that is not an HTML page is only replaced with --force, the workbook read never
  --force                replaces the --out file even when it is not an HTML page
  --lang fr|en           language of the messages
  --debug                shows the technical details of an error
  -h, --help             shows this help
`,
    read: `Usage: releve read <workbook> [--json]

Shows what Relève understood of each tab, judging nothing: its status (read, partly read, undated, not read,
ignored) and why, the layout recognised, where the names, days and month came from, the number of people,
the first and last date, the shifts, the absences and the cells not understood. A reading is corrected with
the settings "reading.<tab>.<key>" (see docs/layouts.md).

Options:
  --json                 writes the reading as JSON: { tabs: [...], people: [...] } (each person with their
                         rows, shifts and absences)
  --lang fr|en           language of the messages
  --debug                shows the technical detail of an error
  -h, --help             shows this help
`,
    codes: `Usage: releve codes [--json]

Prints the default legend: the codes understood when the workbook has no "Codes" tab (code, label, hours,
type). A "Codes" tab (Code | Label | Start | End | Break (min) | Type) replaces it.

Options:
  --json                 prints the legend as JSON on standard output
  --lang fr|en           language of the messages
  -h, --help             shows this help
`,
  },
  errors: {
    missing: (path: string) => `file not found: ${path}`,
    directory: (path: string) => `${path} is a folder, not a workbook`,
    notRegular: (path: string) =>
      `${path} is not a regular file (a device, a pipe or a socket): name an .xlsx, .xlsm, .ods or .csv workbook`,
    unreadable: (path: string, detail: string) => `cannot read ${path} (${detail})`,
    emptyFile: (path: string) => `${path} is an empty file, not a workbook`,
    notXlsx: (path: string) =>
      `${path} is not a workbook that can be read (accepted: .xlsx, .xlsm, .ods and .csv)`,
    encrypted: (path: string) =>
      `${path} is password-protected: save a copy without a password, then try again`,
    legacyXls: (path: string) =>
      `${path} is an Excel 97-2003 workbook (.xls): save it as .xlsx, then try again`,
    xlsb: (path: string) => `${path} is a binary Excel workbook (.xlsb): save it as .xlsx, then try again`,
    zipNotWorkbook: (path: string) => `${path} is a zip archive, but not a workbook (.xlsx, .xlsm or .ods)`,
    corrupt: (path: string, detail: string) =>
      `${path} is damaged and cannot be read${detail ? ` (${detail})` : ""}`,
    emptyWorkbook: (path: string) => `${path} is empty: no tab holds any value`,
    tooManyCells: (path: string, count: number, limit: number) =>
      `${path} is too large to be read (${thousands(count)} filled cells, limit ${thousands(limit)}): ` +
      "clear the cells you do not need or split the workbook into several files, then try again",
    tooWide: (path: string, count: number, limit: number, sheet: string, cell: string) =>
      `${path} is too large to be read (${thousands(count)} cells, limit ${thousands(limit)}): ` +
      `tab "${sheet}" reaches ${cell}; clear the cells far from the planning, then try again`,
    tooManyBytes: (path: string, limitMb: number) =>
      `${path} is too large to be read (more than ${thousands(limitMb)} MB once uncompressed, ` +
      `limit ${thousands(limitMb)} MB)`,
    tooSlow: (path: string, cells: number, seconds: number) =>
      `${path} is too large to be read (${thousands(cells)} cells read in ${seconds} s, limit ${seconds} s): ` +
      "split the workbook into several files, then try again",
    unknownOption: (option: string, help: string) => `unknown option: ${option} (see "${help}")`,
    missingValue: (option: string) => `option ${option} needs a value`,
    unexpectedValue: (option: string) => `option ${option} takes no value`,
    unexpectedArgument: (arg: string) => `unexpected argument: ${arg}`,
    missingCommand: 'missing command (see "releve --help")',
    unknownCommand: (command: string) =>
      `unknown command: ${command} (commands: check, briefing, replace, codes; see "releve --help")`,
    missingFile: (command: string) => `name the workbook to read: releve ${command} <workbook>`,
    badPreset: (value: string) => `unknown preset: ${value} (possible values: code-du-travail, ccn66, ccn51)`,
    badDate: (value: string) => `invalid date: ${value} (expected YYYY-MM-DD, e.g. 2026-11-24)`,
    badLang: (value: string) => `unknown language: ${value} (possible values: fr, en)`,
    outSameAsInput: "--out must name another file than the workbook read, which is never modified",
    outExtension: (path: string, extension: string) => `--out must end with ${extension}: ${path}`,
    outNotOwnKind: (path: string, kind: string) =>
      `${path} exists and is not an ${kind} file: choose another name, or add --force to replace it`,
    outDirectory: (path: string) => `--out names a folder: ${path}`,
    outNotRegular: (path: string) => `--out names a special file (a device, a pipe or a socket): ${path}`,
    outTooLarge: (path: string, cells: number, limit: number) =>
      `${path} holds ${thousands(cells)} filled cells: a marked copy (--out) is written up to ` +
      `${thousands(limit)} cells only; the check works without --out`,
    cannotWrite: (path: string, reason: string) => `cannot write ${path}: ${reason}`,
    writeReasons: {
      EACCES: "permission denied",
      EPERM: "operation not permitted",
      EROFS: "the file system is read-only",
      ENOSPC: "no space left on the disk",
      EDQUOT: "disk quota exceeded",
      ENOENT: "the folder does not exist",
      ENOTDIR: "part of the path is not a folder",
      EEXIST: "part of the path already exists and is not a folder",
      EISDIR: "it is a folder",
      ENAMETOOLONG: "the name is too long",
      EIO: "the disk failed to read or write",
      EBUSY: "the file is busy",
      EMFILE: "too many open files",
      ENFILE: "too many open files",
      EFBIG: "the file would be too large",
    } as Record<string, string>,
    internal: (detail: string) => `internal error: ${detail} (run again with --debug for details)`,
  },
  progress: {
    reading: (file: string, done: number, total: number) => `Reading ${file}: tab ${done}/${total}`,
    checking: "Checking the planning…",
    writing: (file: string) => `Writing ${file}…`,
  },
  check: {
    title: (file: string) => `Check of ${file}`,
    preset: "Preset",
    presetNames: { "code-du-travail": "Code du travail", ccn66: "CCN 66", ccn51: "CCN 51" },
    tabsRead: "Tabs read",
    tabsIgnored: "Tabs ignored",
    none: "none",
    result: "Result",
    counts: (errors: number, warnings: number, infos: number) =>
      `${errors} error${errors === 1 ? "" : "s"}, ${warnings} warning${warnings === 1 ? "" : "s"}, ` +
      `${infos} note${infos === 1 ? "" : "s"}`,
    noFinding: "No problem found in the planning.",
    workbookLevel: "Workbook",
    columns: { rule: "Rule", person: "Person", date: "Date", cells: "Cells", message: "Message" },
    moreCells: (n: number) => `+${n}`,
    reportWritten: (path: string, tab: string) =>
      `Report written to ${path} ("${tab}" tab and flagged cells).`,
    valuesOnlyCopy:
      "The copy holds the workbook's values, without its formatting or formulas: this file (.ods, .csv, very " +
      "large, or written by a program the copy cannot read back) cannot be copied as it is.",
  },
  read: {
    title: (file: string) => `Reading of ${file}`,
    counts: (people: number, dates: string, shifts: number, absences: number, unknown: number) =>
      [
        `${people} ${people === 1 ? "person" : "people"}`,
        dates,
        `${shifts} ${shifts === 1 ? "shift" : "shifts"}`,
        `${absences} ${absences === 1 ? "absence" : "absences"}`,
        `${unknown} ${unknown === 1 ? "cell not understood" : "cells not understood"}`,
      ]
        .filter((part) => part !== "")
        .join(" · "),
    dates: (from: string, to: string) => `from ${from} to ${to}`,
  },
  codes: {
    title: 'Default legend (used when the workbook has no "Codes" tab)',
    columns: { code: "Code", label: "Label", hours: "Hours", type: "Type" },
    breakMinutes: (minutes: number) => `${minutes} min break`,
  },
  start: {
    building: "Building the command line (dist/cli)…",
    checking: (file: string, out: string) => `▶ releve check ${file} --out ${out}`,
    briefing: (file: string, date: string, out: string) =>
      `▶ releve briefing ${file} --date ${date} --out ${out}`,
    expectedErrors:
      "The demo workbook holds planning errors on purpose: the check's exit status 1 is expected.",
    outputs: "Outputs:",
    report: (path: string) => `  check report (marked copy of the workbook): ${path}`,
    briefingFile: (path: string) => `  briefing: ${path}`,
    failed: (what: string, code: number | null) => `${what} failed (exit status ${code ?? "unknown"})`,
  },
};
