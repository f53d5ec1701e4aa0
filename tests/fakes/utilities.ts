// Utilities: v4 UUIDs (optionally deterministic), formatDate, sleep (no wait), computeDigest.
import { createHash, randomUUID } from "node:crypto";
import { SERVICE, type ServiceObject } from "./counting";
import { formatDate } from "./format-date";

/** `Utilities.DigestAlgorithm`. */
export const DigestAlgorithm = { MD5: "md5", SHA_1: "sha1", SHA_256: "sha256", SHA_512: "sha512" } as const;
/** `Utilities.Charset`. */
export const Charset = { UTF_8: "UTF_8", US_ASCII: "US_ASCII" } as const;

/** A small seeded generator (mulberry32) for deterministic UUIDs. */
function seeded(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** `Utilities`. */
export class FakeUtilities implements ServiceObject {
  readonly [SERVICE] = "Utilities";
  readonly DigestAlgorithm = DigestAlgorithm;
  readonly Charset = Charset;
  private readonly random: (() => number) | null;
  /** Milliseconds `sleep` was asked to wait, in total (the fake does not wait). */
  slept = 0;

  constructor(uuidSeed: number | undefined) {
    this.random = uuidSeed === undefined ? null : seeded(uuidSeed);
  }

  /** A random (or seeded) version-4 UUID, lower-case, 8-4-4-4-12. */
  getUuid(): string {
    const random = this.random;
    if (!random) return randomUUID();
    const bytes = Array.from({ length: 16 }, () => Math.floor(random() * 256));
    bytes[6] = ((bytes[6] as number) & 0x0f) | 0x40;
    bytes[8] = ((bytes[8] as number) & 0x3f) | 0x80;
    const hex = bytes.map((b) => b.toString(16).padStart(2, "0")).join("");
    return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
  }

  formatDate(date: Date, timeZone: string, format: string): string {
    return formatDate(date, timeZone, format);
  }

  sleep(milliseconds: number): void {
    this.slept += milliseconds;
  }

  /** `computeDigest(algorithm, text)`: signed bytes (-128…127), as Apps Script returns them. */
  computeDigest(algorithm: string, value: string): number[] {
    const digest = createHash(algorithm).update(String(value), "utf8").digest();
    return [...digest].map((b) => (b > 127 ? b - 256 : b));
  }
}
