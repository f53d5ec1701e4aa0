// `releve briefing <workbook.xlsx> [--date YYYY-MM-DD] [--json] [--out briefing.html]` — not built yet: the
// options are checked, then the command says it is not available (exit 2). The briefing engineer fills `run`.
import { isCivilDate } from "../../core/time";
import { optionValue } from "../args";
import type { Command } from "../context";
import { CliError } from "../errors";

/** The briefing command (placeholder until the briefing lands). */
export const briefingCommand: Command = {
  options: { date: { takesValue: true }, json: { takesValue: false }, out: { takesValue: true } },
  help: (t) => t.cli.help.briefing,
  async run(args, ctx) {
    const e = ctx.t.cli.errors;
    const [file, extra] = args.positionals;
    if (file === undefined) throw new CliError(e.missingFile("briefing"));
    if (extra !== undefined) throw new CliError(e.unexpectedArgument(extra));
    const date = optionValue(args, "date");
    if (date !== undefined && !isCivilDate(date)) throw new CliError(e.badDate(date));
    const out = optionValue(args, "out");
    if (out !== undefined && !/\.html?$/i.test(out)) throw new CliError(e.outExtension(out, ".html"));
    // When the briefing lands: read the workbook with readXlsxSnapshot (as check does), compose the briefing for
    // `date` (default: today in the workbook's time zone), print it (or its JSON) and write `out` when given.
    throw new CliError(ctx.t.common.notYetAvailable(ctx.t.cli.briefing.feature));
  },
};
