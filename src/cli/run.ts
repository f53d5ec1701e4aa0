// The command line's dispatcher: global options, the command, its options, and errors as one line with status 2.
import { langOf, messages } from "../core/i18n";
import { type OptionSpecs, parseArgs, UsageError } from "./args";
import { briefingCommand } from "./briefing-command";
import { checkCommand } from "./commands/check";
import { codesCommand } from "./commands/codes";
import { readCommand } from "./commands/read";
import { replaceCommand } from "./commands/replace";
import type { CliContext, Command, OutStream } from "./context";
import { CliError, describeError, oneLine } from "./errors";
import { localeOfEnvironment, localeOfLangOption } from "./locale";
import { safeStream } from "./output/terminal-text";
import { VERSION } from "./version";

/** The commands, by name. */
export const COMMANDS: Record<string, Command> = {
  check: checkCommand,
  read: readCommand,
  briefing: briefingCommand,
  codes: codesCommand,
  replace: replaceCommand,
};

/** Options every command accepts. */
export const GLOBAL_OPTIONS: OptionSpecs = {
  help: { takesValue: false },
  lang: { takesValue: true },
  debug: { takesValue: false },
  version: { takesValue: false },
};

/** Where the CLI writes and what it reads from its process. */
export interface CliIo {
  stdout: OutStream;
  stderr: OutStream;
  env: Readonly<Record<string, string | undefined>>;
}

/**
 * Runs `releve` with its arguments (without `node` and the script) and resolves to the exit status:
 * 0 no error finding, 1 at least one, 2 bad usage or unreadable file (one line on stderr, never a stack trace
 * unless `--debug`). Everything is written through `safeStream`: no control character from a file reaches the
 * terminal raw, whatever the command.
 */
export async function runCli(argv: readonly string[], rawIo: CliIo): Promise<number> {
  const io: CliIo = { ...rawIo, stdout: safeStream(rawIo.stdout), stderr: safeStream(rawIo.stderr) };
  const debug = argv.slice(0, endOfOptions(argv)).includes("--debug");
  let ctx = contextFor(localeOfEnvironment(io.env), io, debug);
  let help = "releve --help";
  try {
    const langValue = globalLangValue(argv);
    if (langValue !== undefined) {
      const locale = localeOfLangOption(langValue);
      if (!locale) throw new CliError(ctx.t.cli.errors.badLang(langValue));
      ctx = { ...contextFor(locale, io, debug), langOption: locale };
    }
    const at = commandIndex(argv);
    const name = at < 0 ? undefined : (argv[at] as string);
    const rest = at < 0 ? [...argv] : [...argv.slice(0, at), ...argv.slice(at + 1)];
    if (name === undefined || name === "help") {
      const args = parseArgs(rest, GLOBAL_OPTIONS);
      const topic = name === "help" ? args.positionals[0] : undefined;
      if (args.options.version) return print(ctx, `${VERSION}\n`);
      if (topic !== undefined) {
        const command = COMMANDS[topic];
        if (!command) throw new CliError(ctx.t.cli.errors.unknownCommand(topic));
        return print(ctx, command.help(ctx.t));
      }
      if (args.options.help || name === "help") return print(ctx, ctx.t.cli.help.main);
      if (args.positionals[0] !== undefined)
        throw new CliError(ctx.t.cli.errors.unknownCommand(args.positionals[0]));
      throw new CliError(ctx.t.cli.errors.missingCommand);
    }
    const command = COMMANDS[name];
    if (!command) throw new CliError(ctx.t.cli.errors.unknownCommand(name));
    help = `releve ${name} --help`;
    const args = parseArgs(rest, { ...GLOBAL_OPTIONS, ...command.options });
    if (args.options.help) return print(ctx, command.help(ctx.t));
    if (args.options.version) return print(ctx, `${VERSION}\n`);
    return await command.run(args, ctx);
  } catch (error) {
    ctx.stderr.write(`${ctx.t.cli.errorPrefix}${oneLine(describeError(error, ctx.t, help), 400)}\n`);
    if (debug && error instanceof Error && !(error instanceof CliError) && !(error instanceof UsageError)) {
      ctx.stderr.write(`${debugTrace(error)}\n`);
    }
    return 2;
  }
}

function contextFor(locale: string, io: CliIo, debug: boolean): CliContext {
  const lang = langOf(locale);
  return { ...io, locale, lang, t: messages(lang), debug };
}

function print(ctx: CliContext, text: string): number {
  ctx.stdout.write(text);
  return 0;
}

/** Index of `--` (or the end): options are only read before it. */
function endOfOptions(argv: readonly string[]): number {
  const at = argv.indexOf("--");
  return at < 0 ? argv.length : at;
}

/** The value of a global `--lang` (last one wins), read before anything else so errors speak the language. */
function globalLangValue(argv: readonly string[]): string | undefined {
  let value: string | undefined;
  const end = endOfOptions(argv);
  for (let i = 0; i < end; i += 1) {
    const arg = argv[i] as string;
    if (arg === "--lang") value = argv[i + 1] ?? "";
    else if (arg.startsWith("--lang=")) value = arg.slice("--lang=".length);
  }
  return value === "" ? undefined : value;
}

/** Index of the command: the first argument that is neither an option nor the value of a global option. */
function commandIndex(argv: readonly string[]): number {
  const end = endOfOptions(argv);
  for (let i = 0; i < end; i += 1) {
    const arg = argv[i] as string;
    if (arg === "--lang") {
      i += 1;
      continue;
    }
    if (!arg.startsWith("-")) return i;
  }
  return -1;
}

/** The stack of an error and of its causes. */
function debugTrace(error: Error): string {
  const parts: string[] = [error.stack ?? String(error)];
  let cause = error.cause;
  while (cause instanceof Error) {
    parts.push(`Caused by: ${cause.stack ?? String(cause)}`);
    cause = cause.cause;
  }
  return parts.join("\n");
}
