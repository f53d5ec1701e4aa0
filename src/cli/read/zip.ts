// A zip archive read in memory: its central directory, and one entry's bytes inflated with a size bound.
import { inflateRawSync } from "node:zlib";

/** One file of the archive, as its central directory describes it. */
export interface ZipEntry {
  name: string;
  /** 0 stored, 8 deflated (anything else is not supported). */
  method: number;
  encrypted: boolean;
  compressedSize: number;
  uncompressedSize: number;
  localHeaderOffset: number;
}

/** An entry larger than the bound once inflated (a zip bomb, or a part too large to read). */
export class ZipEntryTooLargeError extends Error {
  constructor(
    readonly entry: string,
    readonly limit: number,
  ) {
    super(`${entry} is larger than ${limit} bytes once inflated`);
    this.name = "ZipEntryTooLargeError";
  }
}

/** An entry that cannot be read (bad header, unsupported compression, broken deflate data). */
export class ZipEntryError extends Error {
  constructor(
    readonly entry: string,
    reason: string,
  ) {
    super(`${entry}: ${reason}`);
    this.name = "ZipEntryError";
  }
}

const EOCD = 0x06054b50;
const ZIP64_LOCATOR = 0x07064b50;
const ZIP64_EOCD = 0x06064b50;
const CENTRAL_ENTRY = 0x02014b50;
const LOCAL_ENTRY = 0x04034b50;

/** True when the bytes start like a zip archive (`PK`). */
export function looksLikeZip(bytes: Uint8Array): boolean {
  return bytes[0] === 0x50 && bytes[1] === 0x4b;
}

/**
 * The entries of a zip archive from its central directory (zip64 included), or a short reason (English) why the
 * directory cannot be read. Names lose a leading `/`.
 */
export function readZipDirectory(bytes: Uint8Array): ZipEntry[] | string {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const eocd = findEndOfCentralDirectory(view);
  if (eocd < 0) return "no zip directory (truncated file?)";
  let count = view.getUint16(eocd + 10, true);
  let offset = view.getUint32(eocd + 16, true);
  if (
    (count === 0xffff || offset === 0xffffffff) &&
    eocd >= 20 &&
    view.getUint32(eocd - 20, true) === ZIP64_LOCATOR
  ) {
    const zip64 = Number(view.getBigUint64(eocd - 20 + 8, true));
    if (zip64 + 56 > view.byteLength || view.getUint32(zip64, true) !== ZIP64_EOCD)
      return "bad zip64 directory";
    count = Number(view.getBigUint64(zip64 + 32, true));
    offset = Number(view.getBigUint64(zip64 + 48, true));
  }
  const decoder = new TextDecoder("utf-8");
  const entries: ZipEntry[] = [];
  let at = offset;
  for (let i = 0; i < count; i += 1) {
    if (at + 46 > view.byteLength || view.getUint32(at, true) !== CENTRAL_ENTRY)
      return "bad zip directory entry";
    const flags = view.getUint16(at + 8, true);
    const nameLength = view.getUint16(at + 28, true);
    const extraLength = view.getUint16(at + 30, true);
    const commentLength = view.getUint16(at + 32, true);
    if (at + 46 + nameLength + extraLength > view.byteLength) return "bad zip directory entry";
    const entry: ZipEntry = {
      name: decoder.decode(bytes.subarray(at + 46, at + 46 + nameLength)).replace(/^\//, ""),
      method: view.getUint16(at + 10, true),
      encrypted: (flags & 1) === 1,
      compressedSize: view.getUint32(at + 20, true),
      uncompressedSize: view.getUint32(at + 24, true),
      localHeaderOffset: view.getUint32(at + 42, true),
    };
    readZip64Extra(view, at + 46 + nameLength, extraLength, entry);
    entries.push(entry);
    at += 46 + nameLength + extraLength + commentLength;
  }
  return entries;
}

/**
 * The bytes of one entry, inflated. Throws `ZipEntryTooLargeError` when they would exceed `maxBytes` (whatever the
 * directory claims), `ZipEntryError` when the entry cannot be read.
 */
export function readZipEntry(bytes: Uint8Array, entry: ZipEntry, maxBytes: number): Buffer {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const at = entry.localHeaderOffset;
  if (at + 30 > view.byteLength || view.getUint32(at, true) !== LOCAL_ENTRY)
    throw new ZipEntryError(entry.name, "bad local header");
  const start = at + 30 + view.getUint16(at + 26, true) + view.getUint16(at + 28, true);
  const end = start + entry.compressedSize;
  if (end > view.byteLength) throw new ZipEntryError(entry.name, "truncated entry");
  if (entry.encrypted) throw new ZipEntryError(entry.name, "encrypted entry");
  const data = Buffer.from(bytes.buffer, bytes.byteOffset + start, entry.compressedSize);
  if (entry.method === 0) {
    if (data.length > maxBytes) throw new ZipEntryTooLargeError(entry.name, maxBytes);
    return data;
  }
  if (entry.method !== 8)
    throw new ZipEntryError(entry.name, `unsupported compression method ${entry.method}`);
  try {
    return inflateRawSync(data, { maxOutputLength: maxBytes });
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === "ERR_BUFFER_TOO_LARGE")
      throw new ZipEntryTooLargeError(entry.name, maxBytes);
    throw new ZipEntryError(entry.name, error instanceof Error ? error.message : String(error));
  }
}

/** Replaces 0xffffffff sizes and offset by their values from the zip64 extra field, when there is one. */
function readZip64Extra(view: DataView, from: number, length: number, entry: ZipEntry): void {
  let at = from;
  while (at + 4 <= from + length) {
    const id = view.getUint16(at, true);
    const size = view.getUint16(at + 2, true);
    if (id === 0x0001) {
      let field = at + 4;
      const next = (): number | undefined => {
        if (field + 8 > at + 4 + size) return undefined;
        const value = Number(view.getBigUint64(field, true));
        field += 8;
        return value;
      };
      if (entry.uncompressedSize === 0xffffffff) entry.uncompressedSize = next() ?? entry.uncompressedSize;
      if (entry.compressedSize === 0xffffffff) entry.compressedSize = next() ?? entry.compressedSize;
      if (entry.localHeaderOffset === 0xffffffff) entry.localHeaderOffset = next() ?? entry.localHeaderOffset;
      return;
    }
    at += 4 + size;
  }
}

/** Offset of the end-of-central-directory record, searched backwards over the maximum comment length. */
function findEndOfCentralDirectory(view: DataView): number {
  const last = view.byteLength - 22;
  const first = Math.max(0, last - 0xffff);
  for (let at = last; at >= first; at -= 1) {
    if (view.getUint32(at, true) === EOCD) return at;
  }
  return -1;
}
