// The fingerprint stored with each entry: tells an entry whose text was edited in the sheet after it was written.
import { type ColumnKey, WRITE_ONCE } from "./columns";

/** Version prefix of the fingerprints this code writes. */
const VERSION = "v1-";

/** Cell text as compared: line breaks unified, outer spaces ignored (Sheets may trim or convert them). */
const normalized = (text: string): string => text.replace(/\r\n?/g, "\n").trim();

/** Final mixing of a 32-bit hash state. */
function mix(h: number): number {
  const x = Math.imul(h ^ (h >>> 16), 0x85ebca6b);
  return (x ^ (x >>> 13)) >>> 0;
}

/**
 * The fingerprint of an entry's write-once cells (as text, the way they are stored): `v1-` and 16 hex digits
 * (two 32-bit FNV-1a hashes with different seeds, in one pass; pure, so it runs in Apps Script and the CLI).
 * It detects an entry edited by hand in the sheet; it is not a seal against someone recomputing it on purpose
 * (the sheet's version history is the audit trail for that).
 */
export function fingerprintOf(cells: Readonly<Partial<Record<ColumnKey, string>>>): string {
  let a = 0x811c9dc5 ^ 0x9e3779b9;
  let b = 0x811c9dc5 ^ 0x7f4a7c15;
  for (const key of WRITE_ONCE) {
    const text = normalized(cells[key] ?? "");
    for (let i = 0; i < text.length; i++) {
      const c = text.charCodeAt(i);
      a = Math.imul(a ^ c, 0x01000193);
      b = Math.imul(b ^ c, 0x01000193) ^ (b >>> 15);
    }
    // A separator between fields: "ab" + "c" differs from "a" + "bc".
    a = Math.imul(a ^ 0x1f, 0x01000193);
    b = Math.imul(b ^ 0x1f, 0x01000193) ^ (b >>> 15);
  }
  const hex = (n: number): string => n.toString(16).padStart(8, "0");
  return VERSION + hex(mix(a)) + hex(mix(b));
}

/** True when a stored fingerprint does not match the cells any more (false when there is none: older rows). */
export function editedSince(stored: string, cells: Readonly<Partial<Record<ColumnKey, string>>>): boolean {
  const value = stored.trim();
  if (!value.startsWith(VERSION)) return value !== "";
  return value !== fingerprintOf(cells);
}
