// Errors the command line reports as one line on stderr with exit status 2, and their wording.
import type { Messages } from "../core/i18n";
import { UsageError } from "./args";
import type { TooLarge } from "./read/read-error";
import { XlsxReadError } from "./xlsx-snapshot";

/** A problem already worded for the user (bad usage, unwritable output…): one line, exit status 2. */
export class CliError extends Error {
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = "CliError";
  }
}

/** The one-line message of any error, in the user's language; `help` names the help to suggest. */
export function describeError(error: unknown, t: Messages, help = "releve --help"): string {
  const e = t.cli.errors;
  if (error instanceof CliError) return error.message;
  if (error instanceof UsageError) {
    switch (error.problem) {
      case "unknown-option":
        return e.unknownOption(error.subject, help);
      case "missing-value":
        return e.missingValue(error.subject);
      case "unexpected-value":
        return e.unexpectedValue(error.subject);
      case "unexpected-argument":
        return e.unexpectedArgument(error.subject);
    }
  }
  if (error instanceof XlsxReadError) {
    const path = error.path;
    switch (error.problem) {
      case "missing":
        return e.missing(path);
      case "directory":
        return e.directory(path);
      case "not-regular":
        return e.notRegular(path);
      case "unreadable":
        return e.unreadable(path, error.detail);
      case "empty-file":
        return e.emptyFile(path);
      case "not-xlsx":
        return e.notXlsx(path);
      case "encrypted":
        return e.encrypted(path);
      case "legacy-xls":
        return e.legacyXls(path);
      case "xlsb":
        return e.xlsb(path);
      case "zip-not-workbook":
        return e.zipNotWorkbook(path);
      case "corrupt":
        return e.corrupt(path, error.detail);
      case "empty-workbook":
        return e.emptyWorkbook(path);
      case "too-large":
        return tooLargeMessage(path, error.tooLarge, t);
    }
  }
  return e.internal(oneLine(error instanceof Error ? error.message : String(error)));
}

/** Why a workbook is too large to read, with its figures. */
function tooLargeMessage(path: string, figures: TooLarge | undefined, t: Messages): string {
  const e = t.cli.errors;
  if (figures === undefined) return e.tooManyBytes(path, 0);
  switch (figures.measure) {
    case "cells":
      return e.tooManyCells(path, figures.count, figures.limit);
    case "extent":
      return e.tooWide(path, figures.count, figures.limit, figures.sheet ?? "", figures.cell ?? "");
    case "bytes":
      return e.tooManyBytes(path, Math.round(figures.limit / (1024 * 1024)));
    case "time":
      return e.tooSlow(path, figures.count, Math.round(figures.limit / 1000));
  }
}

/** A text on one line (line breaks become spaces), shortened to a readable length. */
export function oneLine(text: string, max = 200): string {
  const flat = text.replace(/\s*\r?\n\s*/g, " ").trim();
  return flat.length > max ? `${flat.slice(0, max - 1)}…` : flat;
}
