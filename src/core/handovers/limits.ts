// Length limits of handover fields: well under the 50,000 characters a Google Sheets cell holds.

/** The most characters a Google Sheets cell holds. */
export const SHEETS_CELL_MAX = 50_000;

/** Maximum characters per field of an entry (each stored in its own cell). */
export const LIMITS = {
  person: 120,
  category: 60,
  target: 200,
  data: 10_000,
  actions: 5_000,
  results: 5_000,
  followUpWhat: 1_000,
  followUpShift: 40,
  followUpOwner: 120,
  authorName: 80,
  shift: 40,
  id: 40,
  /** The "Lu par" cell lists readers one per line; beyond this it keeps the most recent ones. */
  readBy: 20_000,
} as const;

/** Most entries one `listHandovers` call returns (the default when no limit is given). */
export const MAX_LIST_LIMIT = 1_000;
