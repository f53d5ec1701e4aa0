// The draft of "Écrire" kept in the browser: what is typed, the draft's id (so one save stores one entry).

import { load, remove, save } from "../storage";

/** Local storage key of the draft. */
export const DRAFT_KEY = "releve.draft.v2";
/** The key of the first version (one person, no id): read once, then replaced. */
const OLD_DRAFT_KEY = "releve.draft.v1";

/** What the form holds, kept across closing the sidebar. */
export interface Draft {
  persons: string[];
  category: string;
  severity: string;
  shift: string;
  target: string;
  data: string;
  actions: string;
  results: string;
  moreOpen: boolean;
  followUpOpen: boolean;
  followUpWhat: string;
  followUpDue: string;
  followUpShift: string;
  followUpOwner: string;
  authorName: string;
  corrects?: string;
  correctsLabel?: string;
  /** The draft's id, made in the browser when the draft starts: the server stores it once. */
  requestId?: string;
  /** True from the moment "Enregistrer" sends it until the answer arrives (it may be stored already). */
  pending?: boolean;
}

/** A new draft id: the time it starts (base 36) and random letters (`mi2k7z3c-4f9a1b2c3d…`). */
export function newRequestId(now = Date.now()): string {
  const bytes = new Uint8Array(10);
  if (globalThis.crypto?.getRandomValues) globalThis.crypto.getRandomValues(bytes);
  else for (let i = 0; i < bytes.length; i++) bytes[i] = Math.floor(Math.random() * 256);
  const random = [...bytes].map((b) => (b % 36).toString(36)).join("");
  return `${now.toString(36)}-${random}`;
}

/** The stored draft (a first-version draft is read as one person), or undefined. */
export function loadDraft(): Partial<Draft> | undefined {
  const text = load(DRAFT_KEY) ?? load(OLD_DRAFT_KEY);
  if (!text) return undefined;
  try {
    const parsed = JSON.parse(text) as Partial<Draft> & { person?: string };
    if (!Array.isArray(parsed.persons)) parsed.persons = parsed.person ? [parsed.person] : [];
    delete parsed.person;
    return parsed;
  } catch {
    return undefined;
  }
}

/** Keeps the draft (or forgets it when `draft` is undefined). */
export function storeDraft(draft: Draft | undefined): void {
  remove(OLD_DRAFT_KEY);
  if (draft) save(DRAFT_KEY, JSON.stringify(draft));
  else remove(DRAFT_KEY);
}
