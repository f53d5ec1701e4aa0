// `releve codes [--json]`: prints the default legend (code, label, hours, type).
import { defaultLegend, describeLegend } from "../../core/planning/legend";
import { hasFlag } from "../args";
import type { Command } from "../context";
import { CliError } from "../errors";
import { colorsWanted, palette } from "../output/colors";
import { renderTable } from "../output/table";

/** The codes command. */
export const codesCommand: Command = {
  options: { json: { takesValue: false } },
  help: (t) => t.cli.help.codes,
  async run(args, ctx) {
    if (args.positionals[0] !== undefined)
      throw new CliError(ctx.t.cli.errors.unexpectedArgument(args.positionals[0]));
    const rows = describeLegend(defaultLegend(ctx.lang), ctx.lang);
    if (hasFlag(args, "json")) {
      ctx.stdout.write(`${JSON.stringify({ codes: rows }, null, 2)}\n`);
      return 0;
    }
    const t = ctx.t.cli.codes;
    const p = palette(colorsWanted(ctx.stdout, ctx.env));
    const table = renderTable(
      [t.columns.code, t.columns.label, t.columns.hours, t.columns.type],
      rows.map((r) => [
        [r.code, ...r.aliases].join(", "),
        r.label,
        r.start === ""
          ? ""
          : `${r.start}–${r.end}${r.breakMinutes > 0 ? ` (${t.breakMinutes(r.breakMinutes)})` : ""}`,
        r.typeName,
      ]),
      { styleHeader: p.bold },
    );
    ctx.stdout.write(`${p.bold(t.title)}\n\n${table.join("\n")}\n`);
    return 0;
  },
};
