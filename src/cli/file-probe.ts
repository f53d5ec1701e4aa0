// Tells what a file is before exceljs opens it: an xlsx, an encrypted or legacy Excel file, another zip, or junk.

/** What the first bytes and the zip directory of a file say it is. */
export type FileKind =
  | { kind: "xlsx"; entries: string[] }
  | { kind: "empty-file" }
  | { kind: "encrypted" }
  | { kind: "legacy-xls" }
  | { kind: "ods" }
  | { kind: "zip-not-workbook" }
  | { kind: "corrupt"; reason: string }
  | { kind: "not-xlsx" };

const OLE_MAGIC = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];
const EOCD = 0x06054b50;
const ZIP64_LOCATOR = 0x07064b50;
const ZIP64_EOCD = 0x06064b50;
const CENTRAL_ENTRY = 0x02014b50;

/**
 * Classifies the bytes of a file that should be an `.xlsx` workbook. An encrypted Office file (password to
 * open) is an OLE container holding an `EncryptedPackage` stream; any other OLE file is a legacy `.xls`.
 */
export function probeFile(bytes: Uint8Array): FileKind {
  if (bytes.length === 0) return { kind: "empty-file" };
  if (OLE_MAGIC.every((b, i) => bytes[i] === b)) {
    return containsUtf16(bytes, "EncryptedPackage") ? { kind: "encrypted" } : { kind: "legacy-xls" };
  }
  if (!(bytes[0] === 0x50 && bytes[1] === 0x4b)) return { kind: "not-xlsx" };
  const listing = zipEntryNames(bytes);
  if (typeof listing === "string") return { kind: "corrupt", reason: listing };
  if (listing.encrypted) return { kind: "encrypted" };
  const names = listing.names;
  if (names.includes("xl/workbook.xml")) return { kind: "xlsx", entries: names };
  if (names.includes("content.xml") && names.includes("mimetype")) return { kind: "ods" };
  return { kind: "zip-not-workbook" };
}

/** The number of worksheet parts (`xl/worksheets/sheetN.xml`) among zip entry names. */
export function worksheetPartCount(entries: readonly string[]): number {
  return entries.filter((name) => /^xl\/worksheets\/sheet\d+\.xml$/.test(name)).length;
}

/** Entry names from the zip central directory, or a reason why it cannot be read. */
function zipEntryNames(bytes: Uint8Array): { names: string[]; encrypted: boolean } | string {
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
  const names: string[] = [];
  let encrypted = false;
  let at = offset;
  for (let i = 0; i < count; i += 1) {
    if (at + 46 > view.byteLength || view.getUint32(at, true) !== CENTRAL_ENTRY)
      return "bad zip directory entry";
    const flags = view.getUint16(at + 8, true);
    const nameLength = view.getUint16(at + 28, true);
    const extraLength = view.getUint16(at + 30, true);
    const commentLength = view.getUint16(at + 32, true);
    if (at + 46 + nameLength > view.byteLength) return "bad zip directory entry";
    if ((flags & 1) === 1) encrypted = true;
    names.push(decoder.decode(bytes.subarray(at + 46, at + 46 + nameLength)).replace(/^\//, ""));
    at += 46 + nameLength + extraLength + commentLength;
  }
  return { names, encrypted };
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

/** True when the bytes hold the text in UTF-16LE (how OLE directory entries are named). */
function containsUtf16(bytes: Uint8Array, text: string): boolean {
  const needle = new Uint8Array(text.length * 2);
  for (let i = 0; i < text.length; i += 1) needle[i * 2] = text.charCodeAt(i);
  const limit = bytes.length - needle.length;
  outer: for (let at = 0; at <= limit; at += 1) {
    for (let j = 0; j < needle.length; j += 1) {
      if (bytes[at + j] !== needle[j]) continue outer;
    }
    return true;
  }
  return false;
}
