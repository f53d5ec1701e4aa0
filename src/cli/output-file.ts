// The files commands write (`--out`): never the input, never a file of another kind without --force, errors in words.
import { closeSync, openSync, readSync, realpathSync, statSync } from "node:fs";
import { mkdir, rename, rm } from "node:fs/promises";
import { basename, dirname, join, resolve } from "node:path";
import type { Messages } from "../core/i18n";
import { CliError } from "./errors";
import { probeFile } from "./file-probe";

/** What a command writes: an .xlsx workbook (`check --out`) or an HTML page (`briefing --out`). */
export type OutputKind = "xlsx" | "html";

const EXTENSIONS: Record<OutputKind, { pattern: RegExp; name: string }> = {
  xlsx: { pattern: /\.xlsx$/i, name: ".xlsx" },
  html: { pattern: /\.html?$/i, name: ".html" },
};

/**
 * Refuses, before any work, an `--out` that would lose something: a name without the kind's extension; the input
 * itself, whatever the path says (same real path, or the same file through a symbolic or hard link: same device
 * and inode); a folder or a special file; an existing file that is not of the kind written (a workbook where an
 * HTML page goes, a text file where a workbook goes) unless `force`. Throws `CliError`.
 */
export function checkOutPath(
  input: string,
  out: string,
  kind: OutputKind,
  force: boolean,
  t: Messages,
): void {
  const e = t.cli.errors;
  const extension = EXTENSIONS[kind];
  if (!extension.pattern.test(out)) throw new CliError(e.outExtension(out, extension.name));
  if (sameFile(input, out)) throw new CliError(e.outSameAsInput);
  let info: ReturnType<typeof statSync> | undefined;
  try {
    info = statSync(out);
  } catch {
    return; // nothing there yet (or nothing we can see: writing will say why)
  }
  if (info.isDirectory()) throw new CliError(e.outDirectory(out));
  if (!info.isFile()) throw new CliError(e.outNotRegular(out));
  if (!force && !isOwnKind(out, kind)) throw new CliError(e.outNotOwnKind(out, extension.name));
}

/** True when two paths name the same file: the same real path, or the same device and inode. */
export function sameFile(a: string, b: string): boolean {
  if (realPath(a) === realPath(b)) return true;
  try {
    const x = statSync(a);
    const y = statSync(b);
    return x.dev === y.dev && x.ino === y.ino;
  } catch {
    return false;
  }
}

function realPath(path: string): string {
  try {
    return realpathSync(path);
  } catch {
    try {
      return join(realpathSync(dirname(path)), basename(path));
    } catch {
      return resolve(path);
    }
  }
}

/** True when an existing file already is what the command writes: an .xlsx workbook, or an HTML page. */
function isOwnKind(path: string, kind: OutputKind): boolean {
  const head = readHead(path, kind === "html" ? 1024 : Number.POSITIVE_INFINITY);
  if (head === undefined) return false;
  if (kind === "html") {
    const text = head
      .toString("utf8")
      .replace(/^\uFEFF/, "")
      .trimStart()
      .toLowerCase();
    return text.startsWith("<!doctype html") || text.startsWith("<html");
  }
  return probeFile(head).kind === "xlsx";
}

/** The first `max` bytes of a file (all of it, up to 64 MB), or undefined when it cannot be read. */
function readHead(path: string, max: number): Buffer | undefined {
  let fd: number | undefined;
  try {
    fd = openSync(path, "r");
    const size = Math.min(statSync(path).size, max, 64 * 1024 * 1024);
    const bytes = Buffer.alloc(size);
    let read = 0;
    while (read < size) {
      const n = readSync(fd, bytes, read, size - read, read);
      if (n === 0) break;
      read += n;
    }
    return bytes.subarray(0, read);
  } catch {
    return undefined;
  } finally {
    if (fd !== undefined) closeSync(fd);
  }
}

/**
 * Writes a file whole or not at all: `write` fills a temporary file in the same folder (created if missing), which
 * then replaces `out`. Any failure removes the temporary file and throws `CliError` saying why in words
 * (`impossible d'écrire x.xlsx : permission refusée`).
 */
export async function writeOutputFile(
  out: string,
  write: (path: string) => Promise<void> | void,
  t: Messages,
): Promise<void> {
  const temp = join(dirname(out), `.${basename(out)}.${process.pid}.tmp`);
  try {
    await mkdir(dirname(out), { recursive: true });
    await write(temp);
    await rename(temp, out);
  } catch (error) {
    await rm(temp, { force: true }).catch(() => undefined);
    throw new CliError(t.cli.errors.cannotWrite(out, writeReason(error, t)), { cause: error });
  }
}

/** Why a write failed, in words (`permission refusée`), else the system's code or message. */
export function writeReason(error: unknown, t: Messages): string {
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  if (code !== undefined && t.cli.errors.writeReasons[code] !== undefined)
    return t.cli.errors.writeReasons[code];
  return code ?? (error instanceof Error ? error.message : String(error));
}
