// The server functions the sidebar calls for handovers: their JSON types, shared by src/gas and sidebar/.
import type { Lang } from "../i18n";
import type { HandoverEntry } from "./schema";

export type { HandoverEntry };

/** Who writes: the account's e-mail, else the name typed once; `needsName` when neither is known. */
export interface AuthorInfo {
  email?: string;
  name?: string;
  needsName: boolean;
}

/** One member of the team (Équipe tab), with the account that signs as them when the tab gives it. */
export interface TeamMember {
  name: string;
  email?: string;
}

/** Everything the sidebar needs to draw its forms, in one call. */
export interface SidebarData {
  lang: Lang;
  author: AuthorInfo;
  /** The user's name in the Équipe tab (linked by the E-mail column), when there is one. */
  me?: string;
  /** Active residents of the Résidents tab, then "Service". */
  persons: string[];
  categories: string[];
  /** Shift labels (matin, soir, nuit). */
  shifts: string[];
  /** The shift running now. */
  currentShift: string;
  /** Now, ISO-8601 with offset. */
  now: string;
  /** The team (Équipe tab): follow-up owners are picked from it, e-mail addresses are shown as names. */
  team: TeamMember[];
  /** How many days back "À lire" looks (`transmissions.jours`, default 7). */
  days: number;
}

/** The "À lire" panel's data in one call (the request is `{}`: nothing depends on the last visit). */
export interface InboxResult {
  /** Entries of the last `days` days the reader has not acknowledged nor written, most important first. */
  unread: HandoverEntry[];
  /** Every open follow-up, however old, soonest due first. */
  openFollowUps: HandoverEntry[];
  /** The reader's identities (e-mail, team name, typed name): "pour vous", "J'ai lu". Empty when unknown. */
  reader: string[];
  /** How many days back unread entries are looked for. */
  days: number;
  /** Today's civil date in the spreadsheet's zone (`YYYY-MM-DD`), for "en retard" / "aujourd'hui". */
  today: string;
  /** The team, to show names rather than e-mail addresses. */
  team: TeamMember[];
}

/** What `addHandover` returns: the stored entry; `alreadyStored` when this draft had been saved before. */
export type SavedEntry = HandoverEntry & { alreadyStored?: boolean };

/** The handover functions of `src/gas/main.ts` as the sidebar sees them (JSON in, JSON out). */
export interface HandoverServerApi {
  getSidebarData(): SidebarData;
  addHandover(input: unknown): SavedEntry;
  listHandovers(query: unknown): HandoverEntry[];
  loadInbox(request?: unknown): InboxResult;
  acknowledgeHandover(id: unknown): HandoverEntry;
  acknowledgeHandovers(ids: unknown): HandoverEntry[];
  closeFollowUp(id: unknown): HandoverEntry;
  setAuthorName(name: unknown): AuthorInfo;
  findSavedDraft(requestId: unknown): HandoverEntry | null;
}
