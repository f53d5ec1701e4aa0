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

/** Everything the sidebar needs to draw its forms, in one call. */
export interface SidebarData {
  lang: Lang;
  author: AuthorInfo;
  /** Active residents of the Résidents tab, then "Service". */
  persons: string[];
  categories: string[];
  /** Shift labels (matin, soir, nuit). */
  shifts: string[];
  /** The shift running now. */
  currentShift: string;
  /** Now, ISO-8601 with offset. */
  now: string;
  /** The user's previous visit to this spreadsheet's sidebar (ISO), when there was one. */
  previousVisit?: string;
  /** Start of the shift running now (ISO). */
  shiftStart: string;
}

/** What the "À lire" panel asks for: entries since an instant (the last visit or the start of the shift). */
export interface InboxRequest {
  since: string;
}

/** The "À lire" panel's data in one call. */
export interface InboxResult {
  /** Entries since `since`, plus older urgent entries the reader has not acknowledged (last 3 days). */
  entries: HandoverEntry[];
  /** Every open follow-up, however old. */
  openFollowUps: HandoverEntry[];
  since: string;
  /** The reader's identity ("" when unknown: then acknowledging asks for a name). */
  reader: string;
}

/** The handover functions of `src/gas/main.ts` as the sidebar sees them (JSON in, JSON out). */
export interface HandoverServerApi {
  getSidebarData(): SidebarData;
  addHandover(input: unknown): HandoverEntry;
  listHandovers(query: unknown): HandoverEntry[];
  loadInbox(request: unknown): InboxResult;
  acknowledgeHandover(id: unknown): HandoverEntry;
  closeFollowUp(id: unknown): HandoverEntry;
  setAuthorName(name: unknown): AuthorInfo;
}
