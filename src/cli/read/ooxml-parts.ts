// The parts of an Office Open XML package (.xlsx, .xlsm): find them by relationship, read them within the budget.
import type { ReadBudget } from "./budget";
import { TooLargeError } from "./read-error";
import { XmlScanner, XmlToken } from "./xml-scanner";
import { readZipEntry, type ZipEntry, ZipEntryTooLargeError } from "./zip";

/** One relationship of a part: its type (the URI's last segment, e.g. `worksheet`) and its resolved target. */
export interface Relationship {
  type: string;
  target: string;
}

/** The archive's parts by lower-cased name (OPC part names are case-insensitive). */
export class Package {
  private readonly byName = new Map<string, ZipEntry>();

  constructor(
    private readonly bytes: Uint8Array,
    entries: readonly ZipEntry[],
    private readonly budget: ReadBudget,
  ) {
    for (const entry of entries) this.byName.set(entry.name.toLowerCase(), entry);
  }

  /** True when the package holds this part. */
  has(name: string): boolean {
    return this.byName.has(name.toLowerCase());
  }

  /** A part's bytes, inflated within the budget; undefined when the package has no such part. */
  read(name: string): Buffer | undefined {
    const entry = this.byName.get(name.toLowerCase());
    if (!entry) return undefined;
    try {
      const bytes = readZipEntry(this.bytes, entry, this.budget.partBytesLeft);
      this.budget.addBytes(bytes.length);
      return bytes;
    } catch (error) {
      if (error instanceof ZipEntryTooLargeError)
        throw new TooLargeError({
          measure: "bytes",
          count: error.limit + 1,
          limit: error.limit,
          sheet: entry.name,
        });
      throw error;
    }
  }

  /** The relationships of a part (from `dir/_rels/name.rels`), by id; empty when it has none. */
  relationships(part: string): Map<string, Relationship> {
    const slash = part.lastIndexOf("/");
    const dir = part.slice(0, slash + 1);
    const rels = this.read(`${dir}_rels/${part.slice(slash + 1)}.rels`);
    const out = new Map<string, Relationship>();
    if (!rels) return out;
    const xml = new XmlScanner(rels);
    while (xml.next()) {
      if (xml.token !== XmlToken.Open || xml.name !== "Relationship") continue;
      const id = xml.attr("Id");
      const target = xml.attr("Target");
      if (id === undefined || target === undefined || xml.attr("TargetMode") === "External") continue;
      const type = (xml.attr("Type") ?? "").split("/").pop() ?? "";
      out.set(id, { type, target: resolvePartName(dir, target) });
    }
    return out;
  }
}

/** A relationship target resolved against the folder of its source part (`../x`, `./x` and `/x` understood). */
export function resolvePartName(dir: string, target: string): string {
  const path = target.startsWith("/") ? target.slice(1) : `${dir}${target}`;
  const parts: string[] = [];
  for (const segment of path.split("/")) {
    if (segment === "" || segment === ".") continue;
    if (segment === "..") parts.pop();
    else parts.push(decodeURIComponentSafe(segment));
  }
  return parts.join("/");
}

function decodeURIComponentSafe(segment: string): string {
  try {
    return decodeURIComponent(segment);
  } catch {
    return segment;
  }
}
