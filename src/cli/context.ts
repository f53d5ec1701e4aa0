// What every command is given: its arguments, the output streams, the environment and the language.
import { type Lang, langOf, type Messages, messages } from "../core/i18n";
import type { ParsedArgs } from "./args";

/** An output stream as the CLI uses it (process.stdout/stderr, or a fake in tests). */
export interface OutStream {
  isTTY?: boolean;
  columns?: number;
  write(text: string): unknown;
}

/** The context of one run of the command line. */
export interface CliContext {
  stdout: OutStream;
  stderr: OutStream;
  env: Readonly<Record<string, string | undefined>>;
  /** The locale of the run (`fr_FR`, `en_US`…), from `--lang` or the environment: help and usage errors. */
  locale: string;
  /** The locale `--lang` named, when given: it then also overrides a workbook's own language. */
  langOption?: string;
  lang: Lang;
  t: Messages;
  debug: boolean;
}

/**
 * The context in a workbook's language (the snapshot's locale): what a command prints about a workbook — its
 * findings, summary and report — speaks the workbook's language, not the shell's.
 */
export function inWorkbookLanguage(ctx: CliContext, locale: string): CliContext {
  const lang = langOf(locale);
  return { ...ctx, locale, lang, t: messages(lang) };
}

/** One command: its options, its help text, and what it does (resolving to the exit status). */
export interface Command {
  options: Record<string, { takesValue: boolean }>;
  help(t: Messages): string;
  run(args: ParsedArgs, ctx: CliContext): Promise<number>;
}
