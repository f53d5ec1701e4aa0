// `releve briefing <workbook> [--date YYYY-MM-DD] [--json] [--out briefing.html] [--force]` (contract §2).
import { writeFile } from "node:fs/promises";
import { briefingHtmlPage, briefingOfWorkbook, briefingText } from "../core/briefing";
import { isCivilDate } from "../core/time";
import { hasFlag, optionValue } from "./args";
import { type Command, inWorkbookLanguage } from "./context";
import { CliError } from "./errors";
import { checkOutPath, writeOutputFile } from "./output-file";
import { readXlsxSnapshot } from "./xlsx-snapshot";

/**
 * The briefing command: reads the workbook (plannings, settings, Transmissions tab) as the add-on does, composes
 * the briefing of `--date` (default today in the workbook's time zone) and prints it as text, or as one JSON
 * document with `--json`; `--out` also writes a standalone, printable HTML page. Exit 0; 2 on bad usage.
 */
export const briefingCommand: Command = {
  options: {
    date: { takesValue: true },
    json: { takesValue: false },
    out: { takesValue: true },
    force: { takesValue: false },
  },
  help: (t) => t.cli.help.briefing,
  async run(args, ctx) {
    const e = ctx.t.cli.errors;
    const [file, extra] = args.positionals;
    if (file === undefined) throw new CliError(e.missingFile("briefing"));
    if (extra !== undefined) throw new CliError(e.unexpectedArgument(extra));
    const date = optionValue(args, "date");
    if (date !== undefined && !isCivilDate(date)) throw new CliError(e.badDate(date));
    const out = optionValue(args, "out");
    if (out !== undefined) checkOutPath(file, out, "html", hasFlag(args, "force"), ctx.t);

    const { snapshot } = await readXlsxSnapshot(file, { locale: ctx.langOption });
    const book = inWorkbookLanguage(ctx, snapshot.locale);
    const { model } = briefingOfWorkbook(snapshot, { date, nowMs: Date.now() });
    if (out !== undefined) {
      const page = briefingHtmlPage(model);
      await writeOutputFile(out, (temp) => writeFile(temp, page), ctx.t);
    }
    if (hasFlag(args, "json")) {
      ctx.stdout.write(`${JSON.stringify(model, null, 2)}\n`);
    } else {
      ctx.stdout.write(briefingText(model));
      if (out !== undefined) ctx.stdout.write(`\n${book.t.briefing.cli.written(out)}\n`);
    }
    return 0;
  },
};
