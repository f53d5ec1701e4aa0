// `releve check <workbook> [--json] [--preset …] [--out report.xlsx] [--force]`: checks the planning tabs (contract §2).
import { basename } from "node:path";
import { checkWorkbook, toContractJson } from "../../core/check/check";
import { PRESETS, type PresetId } from "../../core/settings";
import { hasFlag, optionValue } from "../args";
import { type CliContext, type Command, inWorkbookLanguage } from "../context";
import { CliError } from "../errors";
import { renderCheck } from "../output/check-output";
import { colorsWanted, palette } from "../output/colors";
import { createProgress } from "../output/progress";
import { checkOutPath } from "../output-file";
import { MAX_COPY_CELLS, writeCheckedCopy } from "../xlsx-report";
import { readXlsxSnapshot } from "../xlsx-snapshot";

/** The check command. */
export const checkCommand: Command = {
  options: {
    json: { takesValue: false },
    preset: { takesValue: true },
    out: { takesValue: true },
    force: { takesValue: false },
  },
  help: (t) => t.cli.help.check,
  async run(args, ctx) {
    const e = ctx.t.cli.errors;
    const [file, extra] = args.positionals;
    if (file === undefined) throw new CliError(e.missingFile("check"));
    if (extra !== undefined) throw new CliError(e.unexpectedArgument(extra));
    const preset = presetOption(optionValue(args, "preset"), ctx);
    const out = optionValue(args, "out");
    if (out !== undefined) checkOutPath(file, out, "xlsx", hasFlag(args, "force"), ctx.t);

    const progress = createProgress(ctx.stderr);
    const name = basename(file);
    try {
      const { snapshot, source } = await readXlsxSnapshot(file, {
        locale: ctx.langOption,
        onProgress: ({ done, total }) => progress.update(ctx.t.cli.progress.reading(name, done, total)),
      });
      if (out !== undefined && source.shape.cells > MAX_COPY_CELLS)
        throw new CliError(ctx.t.cli.errors.outTooLarge(file, source.shape.cells, MAX_COPY_CELLS));
      const book = inWorkbookLanguage(ctx, snapshot.locale);
      progress.update(book.t.cli.progress.checking);
      const result = checkWorkbook(snapshot, preset ? { preset } : {});
      let copy: { reportTab: string; valuesOnly: boolean } | undefined;
      if (out !== undefined) {
        progress.update(book.t.cli.progress.writing(basename(out)));
        copy = await writeCheckedCopy(source, snapshot, result, out, ctx.t);
      }
      progress.done();
      if (hasFlag(args, "json")) {
        ctx.stdout.write(`${JSON.stringify(toContractJson(result), null, 2)}\n`);
      } else {
        const p = palette(colorsWanted(ctx.stdout, ctx.env));
        const width = ctx.stdout.isTTY ? ctx.stdout.columns : undefined;
        ctx.stdout.write(renderCheck(result, { file, palette: p, width, t: book.t, lang: book.lang }));
        if (out !== undefined && copy !== undefined) {
          ctx.stdout.write(`\n${p.green(book.t.cli.check.reportWritten(out, copy.reportTab))}\n`);
          if (copy.valuesOnly) ctx.stdout.write(`${book.t.cli.check.valuesOnlyCopy}\n`);
        }
      }
      return result.summary.errors > 0 ? 1 : 0;
    } finally {
      progress.done();
    }
  },
};

function presetOption(value: string | undefined, ctx: CliContext): PresetId | undefined {
  if (value === undefined) return undefined;
  if (!(PRESETS as readonly string[]).includes(value)) throw new CliError(ctx.t.cli.errors.badPreset(value));
  return value as PresetId;
}
