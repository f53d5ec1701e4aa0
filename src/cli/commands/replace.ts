// `releve replace <workbook.xlsx> --date YYYY-MM-DD --shift S [--tab NAME] [--qualification Q] [--json]`: who can take a shift.
import { basename } from "node:path";
import { checkWorkbook } from "../../core/check/check";
import type { Lang, Messages } from "../../core/i18n";
import { formatCivilDate, weekdayName } from "../../core/i18n/format";
import {
  type Candidate,
  findReplacements,
  ReplacementError,
  type ReplacementResult,
  type VacancyRequest,
} from "../../core/replacement";
import { PRESETS, type PresetId } from "../../core/settings";
import { isCivilDate } from "../../core/time";
import { hasFlag, optionValue } from "../args";
import { type CliContext, type Command, inWorkbookLanguage } from "../context";
import { CliError } from "../errors";
import { colorsWanted, type Palette, palette } from "../output/colors";
import { createProgress } from "../output/progress";
import { readXlsxSnapshot } from "../xlsx-snapshot";

/** The replace command. */
export const replaceCommand: Command = {
  options: {
    json: { takesValue: false },
    date: { takesValue: true },
    shift: { takesValue: true },
    tab: { takesValue: true },
    qualification: { takesValue: true },
    absent: { takesValue: true },
    preset: { takesValue: true },
  },
  help: (t) => t.replacement.cli.help,
  async run(args, ctx) {
    const e = ctx.t.cli.errors;
    const r = ctx.t.replacement.errors;
    const [file, extra] = args.positionals;
    if (file === undefined) throw new CliError(e.missingFile("replace"));
    if (extra !== undefined) throw new CliError(e.unexpectedArgument(extra));
    const date = optionValue(args, "date");
    if (date === undefined) throw new CliError(r.missingOption("--date"));
    if (!isCivilDate(date)) throw new CliError(e.badDate(date));
    const shift = optionValue(args, "shift");
    if (shift === undefined) throw new CliError(r.missingOption("--shift"));
    const preset = optionValue(args, "preset");
    if (preset !== undefined && !(PRESETS as readonly string[]).includes(preset))
      throw new CliError(e.badPreset(preset));
    const request: VacancyRequest = { date, shift };
    const tab = optionValue(args, "tab");
    if (tab !== undefined) request.tab = tab;
    const qualification = optionValue(args, "qualification");
    if (qualification !== undefined) request.qualification = qualification;
    const absent = optionValue(args, "absent");
    if (absent !== undefined) request.absent = absent;

    const progress = createProgress(ctx.stderr);
    let result: ReplacementResult;
    let book = ctx;
    try {
      const { snapshot } = await readXlsxSnapshot(file, {
        locale: ctx.langOption,
        onProgress: ({ done, total }) =>
          progress.update(ctx.t.cli.progress.reading(basename(file), done, total)),
      });
      book = inWorkbookLanguage(ctx, snapshot.locale);
      progress.update(book.t.cli.progress.checking);
      const checked = checkWorkbook(snapshot, preset ? { preset: preset as PresetId } : {});
      result = findReplacements({ ...checked, workbook: snapshot }, request);
    } catch (error) {
      if (error instanceof ReplacementError) throw new CliError(error.message);
      throw error;
    } finally {
      progress.done();
    }
    if (hasFlag(args, "json")) ctx.stdout.write(`${JSON.stringify(result, null, 2)}\n`);
    else ctx.stdout.write(renderReplacement(result, book, palette(colorsWanted(ctx.stdout, ctx.env))));
    return result.candidates.some((c) => c.clean) || result.swaps.length > 0 ? 0 : 1;
  },
};

/** `dimanche 15/11/2026`. */
function longDate(date: string, day: number, lang: Lang): string {
  return `${weekdayName(day, lang)} ${formatCivilDate(date, lang)}`;
}

/** One candidate: rank, name, problems count; then hours and rests, reasons, and the cell to write. */
function candidateLines(c: Candidate, rank: number, t: Messages, p: Palette): string[] {
  const r = t.replacement;
  const errors = c.newFindings.filter((f) => f.severity === "error").length;
  const warnings =
    c.newFindings.filter((f) => f.severity === "warning").length + (c.qualified === false ? 1 : 0);
  const infos = c.newFindings.filter((f) => f.severity === "info").length;
  const status = c.clean
    ? p.green(r.clean)
    : (errors > 0 ? p.red : warnings > 0 ? p.yellow : p.cyan)(r.severityCounts(errors, warnings, infos));
  const lines = [`${String(rank).padStart(3)}. ${p.bold(c.name)} — ${status}`, `     ${p.dim(c.summary)}`];
  for (const reason of c.reasons) lines.push(`     • ${reason}`);
  if (c.placement) {
    const where = `'${c.placement.tab}'!${c.placement.a1}`;
    lines.push(`     → ${r.cli.writeAt(where, c.placement.text)}`);
  }
  return lines;
}

/** The French (or English) answer: the vacancy, clean candidates, the others with why, and the swaps. */
export function renderReplacement(result: ReplacementResult, ctx: CliContext, p: Palette): string {
  const t = ctx.t;
  const r = t.replacement;
  const v = result.vacancy;
  const head = [r.vacancy(v.shift, longDate(v.date, v.day, ctx.lang), v.times)];
  if (v.tab !== null) head.push(r.inTab(v.tab));
  if (v.absent !== null) head.push(r.absent(v.absent));
  if (v.qualification !== null) head.push(r.required(v.qualification));
  const out: string[] = [p.bold(r.cli.title(head.join(" — "))), ""];
  const clean = result.candidates.filter((c) => c.clean);
  const others = result.candidates.filter((c) => !c.clean);
  if (result.candidates.length === 0) out.push(r.cli.noCandidate);
  let rank = 0;
  if (clean.length > 0) {
    out.push(p.bold(r.cli.cleanHeader(clean.length)));
    for (const c of clean) out.push(...candidateLines(c, ++rank, t, p));
    out.push("");
  } else if (result.candidates.length > 0) out.push(p.yellow(r.cli.noClean), "");
  if (others.length > 0) {
    out.push(p.bold(r.cli.othersHeader(others.length)));
    for (const c of others) out.push(...candidateLines(c, ++rank, t, p));
    out.push("");
  }
  if (result.swaps.length > 0) {
    out.push(p.bold(r.cli.swapsHeader(result.swaps.length)));
    for (const swap of result.swaps) {
      out.push(`  • ${swap.description}`);
      for (const f of [...swap.giverFindings, ...swap.takerFindings])
        out.push(`      ${t.common.severity[f.severity]} : ${f.message}`);
      for (const w of swap.writes)
        out.push(
          `      → ${w.text === "" ? r.cli.clearAt(`'${w.tab}'!${w.a1}`) : r.cli.writeAt(`'${w.tab}'!${w.a1}`, w.text)}`,
        );
    }
    out.push("");
  } else if (result.swapSearch.message !== "") out.push(result.swapSearch.message, "");
  return `${out.join("\n").trimEnd()}\n`;
}
