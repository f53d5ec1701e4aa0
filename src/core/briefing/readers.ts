// Who of today's team has not read an entry yet: readers (names or e-mails) matched to the planning's names.
import { foldText } from "../text";
import type { BriefingEntry } from "./types";

/** The folded words of a name or of an e-mail's local part (`paul.dubois@x.org` → `paul`, `dubois`). */
function identityWords(who: string): string[] {
  const at = who.indexOf("@");
  const text = at > 0 ? who.slice(0, at) : who;
  return foldText(text)
    .split(/[^\p{L}\p{N}]+/u)
    .filter((w) => w !== "")
    .sort();
}

/**
 * True when a reader (the name typed, or the account's e-mail) is this planning name: the same words in any
 * order, accents and case aside (`Dubois Paul` = `paul.dubois@example.org` = `Paul DUBOIS`).
 */
export function isSamePerson(reader: string, planningName: string): boolean {
  const a = identityWords(reader);
  const b = identityWords(planningName);
  return a.length > 0 && a.length === b.length && a.every((w, i) => w === b[i]);
}

/** What the briefing says of an entry's readers against today's team. */
export interface ReadState {
  /** Who acknowledged it, as recorded. */
  readBy: string[];
  /** Today's team members, the author aside, who have not read it; in the team's order. */
  unreadBy: string[];
  /** Today's team members, the author aside, who have read it. */
  readByTeam: string[];
}

/**
 * The read state of an entry for today's team (names as in the planning, no duplicates). Its author has read it:
 * they are left out of the team here, so that "non lu par l'équipe du jour" means everyone but the author.
 */
export function readState(entry: BriefingEntry, team: readonly string[]): ReadState {
  const unreadBy: string[] = [];
  const readByTeam: string[] = [];
  for (const name of team) {
    if (isSamePerson(entry.author, name)) continue;
    (entry.readBy.some((r) => isSamePerson(r, name)) ? readByTeam : unreadBy).push(name);
  }
  return { readBy: [...entry.readBy], unreadBy, readByTeam };
}
