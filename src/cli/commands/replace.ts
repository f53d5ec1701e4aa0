// `releve replace <workbook.xlsx> --date YYYY-MM-DD --shift S [--tab NAME] [--qualification Q] [--json]`: who can take a shift.
import { basename } from "node:path";
import { checkWorkbook } from "../../core/check/check";
import type { Lang, Messages } from "../../core/i18n";
import { formatCivilDate, weekdayName } from "../../core/i18n/format";
import {
  type Candidate,
  findReplacements,
  groupCandidates,
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
    return result.candidates.some((c) => c.suitable) || result.swaps.length > 0 ? 0 : 1;
  },
};

/** `dimanche 15/11/2026`. */
function longDate(date: string, day: number, lang: Lang): string {
  return `${weekdayName(day, lang)} ${formatCivilDate(date, lang)}`;
}

/** One available candidate: rank, name, status; job and unit, the note; hours and rests, reasons, the cell to write. */
function candidateLines(c: Candidate, rank: number, t: Messages, p: Palette): string[] {
  const r = t.replacement;
  const counts = (s: string): number => c.newFindings.filter((f) => f.severity === s).length;
  const status = c.suitable
    ? p.green(r.cli.suitable)
    : p.yellow(r.severityCounts(counts("error"), counts("warning"), counts("info")));
  const lines = [`${String(rank).padStart(3)}. ${p.bold(c.name)} — ${status}`];
  const where = [c.job, c.unit].filter((x) => x !== null && x !== "").join(" · ");
  if (where !== "") lines.push(`     ${where}`);
  if (c.suitable && c.note !== "") lines.push(`     ${p.cyan(r.cli.note(c.note))}`);
  lines.push(`     ${p.dim(c.summary)}`);
  for (const reason of c.reasons) lines.push(`     • ${reason}`);
  if (c.placement) {
    const where = `'${c.placement.tab}'!${c.placement.a1}`;
    lines.push(`     → ${r.cli.writeAt(where, c.placement.text)}`);
  }
  return lines;
}

/** The swaps: each sentence, what it would create, and the cells to write. */
function swapLines(result: ReplacementResult, t: Messages, p: Palette): string[] {
  const r = t.replacement;
  if (result.swaps.length === 0)
    return result.swapSearch.message !== "" ? [result.swapSearch.message, ""] : [];
  const out = [p.bold(r.cli.swapsHeader(result.swaps.length))];
  for (const swap of result.swaps) {
    out.push(`  • ${swap.description}`);
    for (const f of [...swap.giverFindings, ...swap.takerFindings])
      out.push(`      ${t.common.severity[f.severity]}${t.replacement.cli.colon}${f.message}`);
    for (const w of swap.writes)
      out.push(
        `      → ${w.text === "" ? r.cli.clearAt(`'${w.tab}'!${w.a1}`) : r.cli.writeAt(`'${w.tab}'!${w.a1}`, w.text)}`,
      );
  }
  out.push("");
  return out;
}

/**
 * The answer first, as the sidebar orders it: the best three available candidates (in full), the other available
 * ones, the swaps, then those not available — one line each with the reason — every group counted.
 */
export function renderReplacement(result: ReplacementResult, ctx: CliContext, p: Palette): string {
  const t = ctx.t;
  const r = t.replacement;
  const v = result.vacancy;
  const head = [r.vacancy(v.shift, longDate(v.date, v.day, ctx.lang), v.times)];
  if (v.tab !== null) head.push(r.inTab(v.tab));
  if (v.absent !== null) head.push(r.absent(v.absent));
  if (v.qualification !== null) head.push(r.required(v.qualification));
  const out: string[] = [p.bold(r.cli.title(head.join(" — "))), ""];
  if (result.candidates.length === 0) return `${[...out, r.cli.noCandidate].join("\n")}\n`;
  const { best, more, unavailable } = groupCandidates(result.candidates);
  let rank = 0;
  if (best.length === 0) out.push(p.yellow(r.cli.noneAvailable), "");
  else {
    out.push(p.bold(r.cli.bestHeader(best.length)));
    for (const c of best) out.push(...candidateLines(c, ++rank, t, p));
    out.push("");
  }
  if (more.length > 0) {
    out.push(p.bold(r.cli.moreHeader(more.length)));
    for (const c of more) out.push(...candidateLines(c, ++rank, t, p));
    out.push("");
  }
  out.push(...swapLines(result, t, p));
  if (unavailable.length > 0) {
    out.push(p.bold(r.cli.unavailableHeader(unavailable.length)));
    for (const c of unavailable) out.push(`  - ${c.name}${c.note === "" ? "" : ` — ${c.note}`}`);
    out.push("");
  }
  return `${out.join("\n").trimEnd()}\n`;
}
