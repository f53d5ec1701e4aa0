// A tiny command-line parser: long options (`--json`, `--out x`, `--out=x`), `-h`, `--` and positionals.

/** How one option is written: a flag, or an option that takes a value. */
export interface OptionSpec {
  takesValue: boolean;
}

/** The options a command accepts, by long name (without `--`). */
export type OptionSpecs = Record<string, OptionSpec>;

/** What the command line said. */
export interface ParsedArgs {
  positionals: string[];
  /** Flags map to `true`, valued options to their (last) value. */
  options: Record<string, string | true>;
}

/** A usage mistake, with what went wrong; the CLI words it in the user's language. */
export class UsageError extends Error {
  constructor(
    readonly problem: "unknown-option" | "missing-value" | "unexpected-value" | "unexpected-argument",
    readonly subject: string,
  ) {
    super(`${problem}: ${subject}`);
    this.name = "UsageError";
  }
}

/** Short aliases understood everywhere. */
const ALIASES: Record<string, string> = { "-h": "help" };

/**
 * Parses arguments against the accepted options. Throws `UsageError` for an unknown option, an option without
 * its value, or a value given to a flag. Everything after `--` is positional.
 */
export function parseArgs(argv: readonly string[], specs: OptionSpecs): ParsedArgs {
  const positionals: string[] = [];
  const options: Record<string, string | true> = {};
  for (let i = 0; i < argv.length; i += 1) {
    const arg = argv[i] as string;
    if (arg === "--") {
      positionals.push(...argv.slice(i + 1));
      break;
    }
    const alias = ALIASES[arg];
    if (alias !== undefined) {
      if (!specs[alias]) throw new UsageError("unknown-option", arg);
      options[alias] = true;
      continue;
    }
    if (!arg.startsWith("-") || arg === "-") {
      positionals.push(arg);
      continue;
    }
    if (!arg.startsWith("--")) throw new UsageError("unknown-option", arg);
    const eq = arg.indexOf("=");
    const name = arg.slice(2, eq < 0 ? undefined : eq);
    const spec = specs[name];
    if (!spec) throw new UsageError("unknown-option", eq < 0 ? arg : arg.slice(0, eq));
    if (!spec.takesValue) {
      if (eq >= 0) throw new UsageError("unexpected-value", `--${name}`);
      options[name] = true;
      continue;
    }
    const value = eq >= 0 ? arg.slice(eq + 1) : argv[i + 1];
    if (value === undefined || (eq < 0 && value.startsWith("--")) || value === "") {
      throw new UsageError("missing-value", `--${name}`);
    }
    if (eq < 0) i += 1;
    options[name] = value;
  }
  return { positionals, options };
}

/** The value of a valued option, or undefined. */
export function optionValue(args: ParsedArgs, name: string): string | undefined {
  const value = args.options[name];
  return typeof value === "string" ? value : undefined;
}

/** True when a flag was given. */
export function hasFlag(args: ParsedArgs, name: string): boolean {
  return args.options[name] !== undefined;
}
