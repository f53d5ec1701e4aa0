// Appends one code to the add-on's Codes tab from the Planning panel's "Ajouter à la légende", then re-checks.
import * as z from "zod/mini";
import { asCellText } from "../../core/handovers";
import { langOf, messages } from "../../core/i18n";
import { timeOfCell } from "../../core/planning/clock";
import { dateReader } from "../../core/planning/dates";
import { codeKey } from "../../core/planning/fold";
import { type CodesColumn, codesHeaderOf, codeTypeOf } from "../../core/planning/legend";
import { hhmm } from "../../core/time";
import { type CellValue, cellText } from "../../core/workbook";
import { findAddonSheet } from "../briefing/workbook";
import type { CorrectionResult } from "./api-types";
import { withCheckLock } from "./lock";
import { correctionTexts, refusal } from "./reading-setting";
import { runCheck } from "./run";

/** The types a code added from the panel may have. */
const TYPES = ["work", "absence", "rest"] as const;
type AddedType = (typeof TYPES)[number];

const requestSchema = z.object({
  code: z.string().check(z.maxLength(20)),
  type: z.string().check(z.maxLength(40)),
  start: z.optional(z.string().check(z.maxLength(20))),
  end: z.optional(z.string().check(z.maxLength(20))),
});

/** A request to add a code, checked: the code, its type, and for a worked code its times as `HH:MM`. */
interface NewCode {
  code: string;
  type: AddedType;
  start: string;
  end: string;
}

/** A time typed in the form (`7h`, `07:00`, `7:30`) as `HH:MM`; undefined when it is not one. */
function timeText(text: string): string | undefined {
  const minutes = timeOfCell(text, dateReader("utc", "UTC"));
  return typeof minutes === "number" && minutes < 1440 ? hhmm(minutes) : undefined;
}

function validate(request: unknown, lang: ReturnType<typeof langOf>): NewCode {
  const t = correctionTexts(lang);
  const parsed = z.safeParse(requestSchema, request);
  if (!parsed.success) {
    const path = String(parsed.error.issues[0]?.path[0] ?? "code");
    const r = (typeof request === "object" && request !== null ? request : {}) as Record<string, unknown>;
    const shown = String(r[path] ?? "").slice(0, 40);
    if (path === "type") throw refusal(lang, t.fields.type, t.reasons.type(shown));
    if (path === "start" || path === "end")
      throw refusal(lang, path === "start" ? t.fields.codeStart : t.fields.codeEnd, t.reasons.time(shown));
    throw refusal(lang, t.fields.code, t.reasons.code(shown));
  }
  const code = parsed.data.code.trim();
  if (code === "") throw refusal(lang, t.fields.code, t.reasons.empty);
  if (/^[=+\-@]/.test(code) || /[\r\n\t]/.test(code))
    throw refusal(lang, t.fields.code, t.reasons.code(code));
  const type = codeTypeOf(parsed.data.type);
  if (type === undefined || !(TYPES as readonly string[]).includes(type))
    throw refusal(lang, t.fields.type, t.reasons.type(parsed.data.type));
  if (type !== "work") return { code, type: type as AddedType, start: "", end: "" };
  const times: string[] = [];
  for (const [key, label] of [
    ["start", t.fields.codeStart],
    ["end", t.fields.codeEnd],
  ] as const) {
    const typed = (parsed.data[key] ?? "").trim();
    if (typed === "") throw refusal(lang, label, t.reasons.empty);
    const time = timeText(typed);
    if (time === undefined) throw refusal(lang, label, t.reasons.time(typed));
    times.push(time);
  }
  const [start = "", end = ""] = times;
  if (start === end) throw refusal(lang, t.fields.codeEnd, t.reasons.sameTimes);
  return { code, type: "work", start, end };
}

/**
 * `addLegendCode({ code, type, start?, end? })`: checks the code (text, no formula, at most 20 characters), its
 * type (`travail`/`work`, `absence`, `repos`/`rest`) and, for a worked code, its start and end times; under the
 * document lock appends one row to the add-on's Codes tab, in its own columns, every cell as text. A code already
 * on a row of that tab is never overwritten: the error says so and names the row. The check then runs again.
 */
export function appendLegendCode(request: unknown): CorrectionResult {
  const spreadsheet = SpreadsheetApp.getActiveSpreadsheet();
  const lang = langOf(spreadsheet.getSpreadsheetLocale());
  const t = correctionTexts(lang);
  const added = validate(request, lang);
  const done = withCheckLock(lang, () => {
    const sheet = findAddonSheet(spreadsheet, "codes");
    if (!sheet) throw refusal(lang, t.fields.code, t.reasons.noCodesTab);
    const values = (sheet.getLastRow() === 0 ? [] : sheet.getDataRange().getValues()) as CellValue[][];
    const { headerRow, columns } = codesHeaderOf(values);
    const codeCol = columns.get("code");
    const typeCol = columns.get("type");
    if (headerRow < 0 || codeCol === undefined || typeCol === undefined)
      throw refusal(lang, t.fields.code, t.reasons.noCodesTab);
    if (added.type === "work" && (columns.get("start") === undefined || columns.get("end") === undefined))
      throw refusal(lang, t.fields.codeStart, t.reasons.noTimeColumns(sheet.getName()));
    const wanted = codeKey(added.code);
    for (let r = headerRow + 1; r < values.length; r++) {
      if (codeKey(cellText(values[r]?.[codeCol] ?? null)) === wanted)
        throw refusal(lang, t.fields.code, t.reasons.exists(added.code, sheet.getName(), r + 1));
    }
    const cells: Partial<Record<CodesColumn, string>> = {
      code: added.code,
      type: messages(lang).planning.codeTypes[added.type],
      start: added.start,
      end: added.end,
    };
    const width = Math.max(...columns.values()) + 1;
    const row = Array.from({ length: width }, () => "");
    for (const [column, col] of columns) row[col] = asCellText(cells[column]);
    const at = sheet.getLastRow() + 1;
    sheet.getRange(at, 1, 1, width).setValues([row]);
    return { tab: sheet.getName(), row: at };
  });
  const summary = runCheck();
  return { message: t.codeAdded(added.code, done.tab, done.row), summary };
}
