// Collects what the layout readers find in cells: sequences, absence/rest days and reading findings, per row.
import type { Finding } from "../findings";
import { type Lang, type Messages, messages } from "../i18n";
import { formatDayMonth } from "../i18n/format";
import { civilDate, type DayNumber, hhmm, type Zone } from "../time";
import { a1, type CellValue } from "../workbook";
import { isErrorValue } from "./axis/day-marker";
import { type BadTimeReason, cellParser, type ParsedCell, type TimeRange } from "./cell";
import type { DateReader } from "./dates";
import { nameKey } from "./names";
import { makeSequence, type SequenceSpec } from "./sequence";
import type { DayMark, Legend, LegendCode, Sequence, WorkType } from "./types";

/** What one planning cell held, for the reading's counts. */
export type CellOutcome = "empty" | "work" | "absence" | "rest" | "unknown";

/** Everything read from one person's row (or column, or list rows) of one tab. */
export interface RowRecord {
  tab: string;
  /** The name as written (trimmed). */
  name: string;
  /** `nameKey(name)`; replaced by the person key once identities are resolved. */
  key: string;
  role?: string;
  /** The cell holding the name. */
  nameRow: number;
  nameCol: number;
  sequences: Sequence[];
  marks: DayMark[];
  /** True for a shift list, where one person has many rows (never a duplicate). */
  fromList: boolean;
}

/** Shared state of one `readPlannings` call: the legend, the parsers, the zone and the findings. */
export class Collector {
  /** The legend of the tab being read (the workbook's, or with the tab's own codes), and its cached parser. */
  legend: Legend;
  parse: (text: string) => ParsedCell;
  readonly text: Messages["planning"];
  findings: Finding[] = [];
  private readonly parsers = new WeakMap<Legend, (text: string) => ParsedCell>();

  constructor(
    readonly workbookLegend: Legend,
    readonly zone: Zone,
    readonly dates: DateReader,
    readonly lang: Lang,
  ) {
    this.legend = workbookLegend;
    this.parse = this.parserOf(workbookLegend);
    this.text = messages(lang).planning;
  }

  private parserOf(legend: Legend): (text: string) => ParsedCell {
    let parser = this.parsers.get(legend);
    if (!parser) {
      parser = cellParser(legend);
      this.parsers.set(legend, parser);
    }
    return parser;
  }

  /** Reads the next cells with `legend` (a tab's own legend), until `useLegend` is called again. */
  useLegend(legend: Legend): void {
    this.legend = legend;
    this.parse = this.parserOf(legend);
  }

  /**
   * Runs `read` with a findings list of its own: the findings of a reading that is not chosen are dropped, those of
   * the chosen one are added with `keep`. The legend in use is restored afterwards.
   */
  capture<T>(read: () => T): { result: T; findings: Finding[] } {
    const saved = this.findings;
    const legend = this.legend;
    this.findings = [];
    try {
      return { result: read(), findings: this.findings };
    } finally {
      this.findings = saved;
      this.useLegend(legend);
    }
  }

  /** A new record for a person's row. */
  record(
    tab: string,
    name: string,
    nameRow: number,
    nameCol: number,
    fromList: boolean,
    role?: string,
  ): RowRecord {
    const record: RowRecord = {
      tab,
      name,
      key: nameKey(name),
      nameRow,
      nameCol,
      sequences: [],
      marks: [],
      fromList,
    };
    if (role) record.role = role;
    return record;
  }

  /**
   * Reads one grid cell of a person on a day and says what it held. A spreadsheet error (`#N/A`) is not understood
   * but raises no finding of its own (the formula is the workbook's business).
   */
  cell(record: RowRecord, day: DayNumber, row: number, col: number, value: CellValue): CellOutcome {
    if (value === null || value === "" || value === false) return "empty";
    if (typeof value !== "string") {
      this.unknown(record, day, row, col, displayOf(value, this.dates));
      return "unknown";
    }
    if (isErrorValue(value)) return "unknown";
    return this.parsed(record, day, row, col, this.parse(value), value);
  }

  /** Applies a parsed cell (or list code) of a person on a day; `text` is the cell's text, quoted in findings. */
  parsed(
    record: RowRecord,
    day: DayNumber,
    row: number,
    col: number,
    parsed: ParsedCell,
    text: string,
  ): CellOutcome {
    switch (parsed.kind) {
      case "empty":
        return "empty";
      case "code":
        this.code(record, day, row, col, parsed.code);
        return parsed.code.type === "absence" ? "absence" : parsed.code.type === "rest" ? "rest" : "work";
      case "times":
        this.times(record, day, row, col, parsed.ranges, parsed.code);
        return "work";
      case "bad-time":
        this.badTime(record, day, row, col, text.trim(), parsed.reason);
        return "unknown";
      case "unknown":
        this.unknown(record, day, row, col, text.trim(), parsed.code);
        return "unknown";
    }
  }

  /** A legend code on a day: its shift, an absence/rest day, or a worked day without times. */
  code(record: RowRecord, day: DayNumber, row: number, col: number, code: LegendCode): void {
    if (code.type === "absence" || code.type === "rest") {
      this.mark(record, day, row, col, code.type, code.code);
      return;
    }
    if (code.start === undefined || code.end === undefined) {
      this.mark(record, day, row, col, "work", code.code);
      return;
    }
    this.push(record, day, row, col, code.start, code.end, code.type, code.breakMinutes, code.code);
  }

  /** A day-level fact: absent, resting, or working without known times. */
  mark(
    record: RowRecord,
    day: DayNumber,
    row: number,
    col: number,
    type: DayMark["type"],
    code: string,
  ): void {
    record.marks.push({
      personKey: record.key,
      day,
      type,
      code,
      cell: { tab: record.tab, row, col },
      name: record.name,
    });
  }

  /** One work sequence from explicit times (a post's hours, a list row), typed by `type`. */
  shift(
    record: RowRecord,
    day: DayNumber,
    row: number,
    col: number,
    startMinute: number,
    endMinute: number,
    type: WorkType = "work",
    code: string | null = null,
  ): void {
    this.push(record, day, row, col, startMinute, endMinute, type, 0, code);
  }

  /** Explicit time ranges on a day (type from the code written with them, else work). */
  times(
    record: RowRecord,
    day: DayNumber,
    row: number,
    col: number,
    ranges: readonly TimeRange[],
    code: LegendCode | null,
  ): void {
    const workCode = code && code.type !== "absence" && code.type !== "rest" ? code : null;
    const type: WorkType = workCode ? (workCode.type as WorkType) : "work";
    for (const range of ranges) {
      this.push(record, day, row, col, range.start, range.end, type, 0, workCode ? workCode.code : null);
    }
  }

  /** One spec object reused for every sequence (`makeSequence` copies it): no allocation per cell but the result. */
  private readonly spec: SequenceSpec = {
    personKey: "",
    name: "",
    day: 0,
    startMinute: 0,
    endMinute: 0,
    type: "work",
    breakMinutes: 0,
    code: null,
    cell: { tab: "", row: 0, col: 0 },
  };

  private push(
    record: RowRecord,
    day: DayNumber,
    row: number,
    col: number,
    startMinute: number,
    endMinute: number,
    type: WorkType,
    breakMinutes: number,
    code: string | null,
  ): void {
    const spec = this.spec;
    spec.personKey = record.key;
    spec.name = record.name;
    spec.day = day;
    spec.startMinute = startMinute;
    spec.endMinute = endMinute;
    spec.type = type;
    spec.breakMinutes = breakMinutes;
    spec.code = code;
    spec.cell = { tab: record.tab, row, col };
    record.sequences.push(makeSequence(spec, this.zone));
  }

  /** An `unknown-code` warning for a cell of a person's row. */
  unknown(
    record: RowRecord,
    day: DayNumber,
    row: number,
    col: number,
    shown: string,
    code?: LegendCode,
  ): void {
    const date = formatDayMonth(day, this.lang);
    const message = code
      ? this.text.codeWithTimes(shown, date, code.code, this.text.codeTypes[code.type])
      : this.text.unknownCode(shown, date);
    this.findings.push({
      ruleId: "unknown-code",
      severity: "warning",
      person: record.name,
      date: civilDate(day),
      tab: record.tab,
      cells: [a1(row, col)],
      message,
      details: { text: shown },
    });
  }

  /**
   * An `unknown-code` warning about a tab's cells that belong to no one person (a doubtful code, a label that is
   * nobody's name).
   */
  tabWarning(
    tab: string,
    cells: ReadonlyArray<readonly [number, number]>,
    message: string,
    details: Finding["details"],
  ): void {
    this.findings.push({
      ruleId: "unknown-code",
      severity: "warning",
      person: null,
      date: null,
      tab,
      cells: cells.map(([r, c]) => a1(r, c)),
      message,
      details,
    });
  }

  /** A `bad-time` error for a cell of a person's row (`day` null when the date itself is unreadable). */
  badTime(
    record: RowRecord,
    day: DayNumber | null,
    row: number,
    col: number,
    shown: string,
    reason: BadTimeReason | "date",
  ): void {
    const date = day === null ? "?" : formatDayMonth(day, this.lang);
    this.findings.push({
      ruleId: "bad-time",
      severity: "error",
      person: record.name,
      date: day === null ? null : civilDate(day),
      tab: record.tab,
      cells: [a1(row, col)],
      message:
        reason === "date"
          ? this.text.badDate(shown)
          : this.text.badTime(shown, date, this.text.badTimeReasons[reason]),
      details: { text: shown, reason },
    });
  }
}

/** How a cell value is quoted in a message (a Date before 1900 as its time, unless `asDate`). */
export function displayOf(value: CellValue, dates: DateReader, asDate = false): string {
  if (typeof value === "string") return value.trim();
  if (value instanceof Date) {
    const p = dates.wall(value);
    if (Number.isNaN(p.year)) return "?";
    if (p.year < 1900 && !asDate) return hhmm(p.hour * 60 + p.minute);
    const pad = (n: number): string => String(n).padStart(2, "0");
    return `${pad(p.day)}/${pad(p.month)}/${p.year}`;
  }
  return value === null ? "" : String(value);
}
