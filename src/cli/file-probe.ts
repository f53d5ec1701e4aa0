// Tells what a file is before it is read: an Office Open XML or OpenDocument workbook, delimited text, or not one.
import { looksLikeZip, readZipDirectory, readZipEntry, type ZipEntry } from "./read/zip";

/** What the first bytes, the zip directory and the name of a file say it is. */
export type FileKind =
  | { kind: "xlsx"; entries: ZipEntry[] }
  | { kind: "ods"; entries: ZipEntry[] }
  | { kind: "csv" }
  | { kind: "empty-file" }
  | { kind: "encrypted" }
  | { kind: "legacy-xls" }
  | { kind: "xlsb" }
  | { kind: "zip-not-workbook" }
  | { kind: "corrupt"; reason: string }
  | { kind: "not-xlsx" };

const OLE_MAGIC = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];
const ODS_MIME = /^application\/vnd\.oasis\.opendocument\.spreadsheet(?:-template)?$/;

/** File names read as delimited text when their bytes are not a workbook. */
export const TEXT_EXTENSIONS = /\.(?:csv|tsv|txt)$/i;

/**
 * Classifies the bytes of a file. An encrypted Office file (password to open) is an OLE container holding an
 * `EncryptedPackage` stream; any other OLE file is a legacy `.xls`. A zip is an .xlsx/.xlsm package when it holds
 * a workbook part, an .ods when its `mimetype` says so; text is read as delimited text only when the file is named
 * `.csv`, `.tsv` or `.txt`.
 */
export function probeFile(bytes: Uint8Array, name = ""): FileKind {
  if (bytes.length === 0) return { kind: "empty-file" };
  if (OLE_MAGIC.every((b, i) => bytes[i] === b)) {
    return containsUtf16(bytes, "EncryptedPackage") ? { kind: "encrypted" } : { kind: "legacy-xls" };
  }
  if (!looksLikeZip(bytes)) {
    return TEXT_EXTENSIONS.test(name) && !looksBinary(bytes) ? { kind: "csv" } : { kind: "not-xlsx" };
  }
  const entries = readZipDirectory(bytes);
  if (typeof entries === "string") return { kind: "corrupt", reason: entries };
  if (entries.some((e) => e.encrypted)) return { kind: "encrypted" };
  const names = new Set(entries.map((e) => e.name.toLowerCase()));
  if (names.has("xl/workbook.bin")) return { kind: "xlsb" };
  if (
    names.has("xl/workbook.xml") ||
    (names.has("_rels/.rels") && [...names].some((n) => n.startsWith("xl/")))
  )
    return { kind: "xlsx", entries };
  const mimetype = entries.find((e) => e.name === "mimetype");
  if (mimetype && names.has("content.xml")) {
    let type = "";
    try {
      type = readZipEntry(bytes, mimetype, 200).toString("latin1").trim();
    } catch {
      type = "";
    }
    if (ODS_MIME.test(type)) {
      const manifest = entries.find((e) => e.name === "META-INF/manifest.xml");
      if (manifest && manifestEncrypted(bytes, manifest)) return { kind: "encrypted" };
      return { kind: "ods", entries };
    }
  }
  return { kind: "zip-not-workbook" };
}

/** True when an OpenDocument manifest says its parts are encrypted (a password to open). */
function manifestEncrypted(bytes: Uint8Array, manifest: ZipEntry): boolean {
  try {
    return readZipEntry(bytes, manifest, 1024 * 1024).includes("encryption-data");
  } catch {
    return false;
  }
}

/** True when the first bytes hold NUL bytes outside UTF-16 text (a binary file, not delimited text). */
function looksBinary(bytes: Uint8Array): boolean {
  if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff)) return false;
  const head = bytes.subarray(0, 4096);
  return head.includes(0);
}

/** True when the bytes hold the text in UTF-16LE (how OLE directory entries are named). */
function containsUtf16(bytes: Uint8Array, text: string): boolean {
  return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).includes(Buffer.from(text, "utf16le"));
}
