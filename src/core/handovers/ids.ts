// Entry ids: `YYYYMMDD-HHMMSS-xxxxxx`, so the day an entry was written can be read from its id.
import { type DayNumber, dayFromParts, isRealDate, type Zone } from "../time";
import { ID_PATTERN } from "./schema";

const pad2 = (n: number): string => (n < 10 ? `0${n}` : String(n));

/** A new id for an entry written at `epochMs` (wall clock of the zone); `suffix` is random text (a UUID). */
export function makeEntryId(epochMs: number, zone: Zone, suffix: string): string {
  const p = zone.partsOf(new Date(epochMs));
  const tail = suffix
    .toLowerCase()
    .replace(/[^0-9a-z]/g, "")
    .slice(0, 6)
    .padEnd(6, "0");
  return `${p.year}${pad2(p.month)}${pad2(p.day)}-${pad2(p.hour)}${pad2(p.minute)}${pad2(p.second)}-${tail}`;
}

/** The civil day (in the zone it was made in) an id was written, or undefined for a malformed id. */
export function dayOfEntryId(id: string): DayNumber | undefined {
  const m = ID_PATTERN.exec(id);
  if (!m) return undefined;
  const [year, month, day] = [Number(m[1]), Number(m[2]), Number(m[3])];
  return isRealDate(year, month, day) ? dayFromParts(year, month, day) : undefined;
}
