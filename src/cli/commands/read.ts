// `releve read <workbook> [--json]`: what was understood of each tab and each person (contract §2), nothing judged.
import { basename } from "node:path";
import { checkWorkbook } from "../../core/check/check";
import { readingReport, readingVerdict } from "../../core/planning/reading-report";
import { hasFlag } from "../args";
import { type Command, inWorkbookLanguage } from "../context";
import { CliError } from "../errors";
import { colorsWanted, palette } from "../output/colors";
import { createProgress } from "../output/progress";
import { renderReading } from "../output/read-output";
import { readXlsxSnapshot } from "../xlsx-snapshot";

/** The read command. */
export const readCommand: Command = {
  options: { json: { takesValue: false } },
  help: (t) => t.cli.help.read,
  async run(args, ctx) {
    const e = ctx.t.cli.errors;
    const [file, extra] = args.positionals;
    if (file === undefined) throw new CliError(e.missingFile("read"));
    if (extra !== undefined) throw new CliError(e.unexpectedArgument(extra));
    const progress = createProgress(ctx.stderr);
    const name = basename(file);
    try {
      const { snapshot } = await readXlsxSnapshot(file, {
        locale: ctx.langOption,
        onProgress: ({ done, total }) => progress.update(ctx.t.cli.progress.reading(name, done, total)),
      });
      const book = inWorkbookLanguage(ctx, snapshot.locale);
      // The reading is the check's own (settings, legend and staff tabs included), so both always agree.
      const { timeline } = checkWorkbook(snapshot);
      const report = readingReport(timeline, book.lang);
      progress.done();
      if (hasFlag(args, "json")) {
        ctx.stdout.write(`${JSON.stringify(report, null, 2)}\n`);
        return 0;
      }
      const p = palette(colorsWanted(ctx.stdout, ctx.env));
      ctx.stdout.write(
        renderReading(report, {
          file,
          palette: p,
          t: book.t,
          lang: book.lang,
          verdict: readingVerdict(timeline, book.lang),
        }),
      );
      return 0;
    } finally {
      progress.done();
    }
  },
};
