// What the log looked like after the last save or check (rows, last id, from which day the index holds).

/** Document property holding the state of the Transmissions tab. */
export const STATE_KEY = "releve.handovers.state";

/**
 * The tab as the add-on last saw it. `indexFrom` is the first civil day (day number) from which the day index
 * holds: for every day d from it, the rows from the index's row of d to the last row are exactly the entries
 * written on d or later. It is null when the tab's order is unknown (sorted, edited by hand, never checked).
 * Every read checks the rows it uses against this and against the entries themselves; a tab sorted, filtered
 * or edited is read another way, and the state and index are rebuilt from what is there (healed).
 */
export interface LogState {
  sheetId: number;
  lastRow: number;
  lastId: string;
  indexFrom: number | null;
  /** The earliest day the index records (lookups before it start there). */
  firstDay: number | null;
}

/** The stored state, or null when absent or unreadable. */
export function readLogState(): LogState | null {
  const text = PropertiesService.getDocumentProperties().getProperty(STATE_KEY);
  return parseLogState(text);
}

/** A state from its stored JSON, or null. */
export function parseLogState(text: string | null): LogState | null {
  if (!text) return null;
  try {
    const v = JSON.parse(text) as Partial<LogState>;
    if (typeof v.sheetId !== "number" || typeof v.lastRow !== "number" || typeof v.lastId !== "string")
      return null;
    const num = (x: unknown): number | null => (typeof x === "number" && Number.isFinite(x) ? x : null);
    return {
      sheetId: v.sheetId,
      lastRow: v.lastRow,
      lastId: v.lastId,
      indexFrom: num(v.indexFrom),
      firstDay: num(v.firstDay),
    };
  } catch {
    return null;
  }
}

/** The state as stored (JSON). */
export function stateJson(state: LogState): string {
  return JSON.stringify(state);
}

/** Stores the state (one call). */
export function writeLogState(state: LogState): void {
  PropertiesService.getDocumentProperties().setProperty(STATE_KEY, stateJson(state));
}
