// Reads the file a command was given: a regular file only (never a device, a pipe or a folder), within a size.
import { closeSync, constants, fstatSync, openSync, readSync } from "node:fs";
import { TooLargeError, XlsxReadError } from "./read-error";

/**
 * The bytes of a regular file. A folder, a device (`/dev/zero`), a named pipe or a socket is refused at once:
 * the file is opened without blocking and checked on its descriptor before anything is read. Throws
 * `XlsxReadError` (missing, directory, not-regular, unreadable) or `TooLargeError` above `maxBytes`.
 */
export function readInputFile(path: string, maxBytes: number): Buffer {
  let fd: number;
  try {
    fd = openSync(path, constants.O_RDONLY | (constants.O_NONBLOCK ?? 0));
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === "ENOENT" || code === "ENOTDIR") throw new XlsxReadError("missing", path);
    if (code === "EISDIR") throw new XlsxReadError("directory", path);
    throw new XlsxReadError("unreadable", path, code ?? String(error), { cause: error });
  }
  try {
    const info = fstatSync(fd);
    if (info.isDirectory()) throw new XlsxReadError("directory", path);
    if (!info.isFile()) throw new XlsxReadError("not-regular", path);
    if (info.size > maxBytes)
      throw new TooLargeError({ measure: "bytes", count: info.size, limit: maxBytes });
    const bytes = Buffer.allocUnsafe(info.size);
    let read = 0;
    while (read < bytes.length) {
      const n = readSync(fd, bytes, read, bytes.length - read, read);
      if (n === 0) break;
      read += n;
    }
    return bytes.subarray(0, read);
  } catch (error) {
    if (error instanceof XlsxReadError || error instanceof TooLargeError) throw error;
    const code = (error as NodeJS.ErrnoException).code;
    throw new XlsxReadError("unreadable", path, code ?? String(error), { cause: error });
  } finally {
    closeSync(fd);
  }
}
