// "Effacer les marques": every mark found (by its record, or by its note when the record is lost) is undone.
import { langOf, messages } from "../../core/i18n";
import { MARKS_ROLE, rolesBySheetId, type TabRole } from "../roles";
import type { ClearSummary } from "./api-types";
import { withCheckLock } from "./lock";
import { markTabs } from "./mark-pass";
import { readStore, writeStore } from "./store";
import { toast } from "./toast";

/** Tabs that never carry a mark: the add-on's own outputs and logs. */
const UNMARKED: readonly TabRole[] = [MARKS_ROLE, "report", "briefing", "handovers"];

/**
 * `clearPlanningFlags()`: under the document lock, reads the marks store, then looks at every tab but the add-on's
 * outputs: each recorded mark is found (in place, or where the user's row or column inserts, deletes or sorts moved
 * it) and the properties still holding the mark's value are put back (a user's change is kept); a note of ours
 * that no record explains — the store was deleted, cut or typed into — loses our lines (the user's note under
 * them stays), and a cell left in a mark's style, which cannot be undone without the record, is counted and said
 * (at every clear, until someone fixes it: never "nothing to clear" while a mark stays). Only records whose mark
 * was found nowhere stay in the store, for a later clear. Per tab: 6 calls (plus the writes: see `markTab`);
 * values, fills, borders and conditional formats are never touched.
 */
export function runClear(): ClearSummary {
  const spreadsheet = SpreadsheetApp.getActiveSpreadsheet();
  const lang = langOf(spreadsheet.getSpreadsheetLocale());
  const t = messages(lang).addon.clear;
  return withCheckLock(lang, () => {
    const roles = rolesBySheetId(spreadsheet);
    const storeId = [...roles].find(([, role]) => role === MARKS_ROLE)?.[0];
    const store = readStore(storeId === undefined ? null : spreadsheet.getSheetById(storeId));
    const targets = spreadsheet
      .getSheets()
      .map((sheet) => ({ sheet, id: sheet.getSheetId() }))
      .filter(({ id }) => !UNMARKED.includes(roles.get(id) as TabRole))
      .map(({ sheet, id }) => ({ sheet, id, name: "", range: null, values: [] }));
    const outcome = markTabs(targets, [], store.records, true);
    if (store.records.length > 0 || !store.ok) writeStore(spreadsheet, store, outcome.unresolved, lang, []);
    const missing = outcome.unresolved.length;
    const stray = outcome.strayNotes + outcome.strayStyles;
    const nothing = outcome.restored === 0 && stray === 0 && missing === 0;
    const message = nothing
      ? t.done(0)
      : [
          outcome.restored > 0 ? t.done(outcome.restored) : "",
          outcome.kept > 0 ? t.kept(outcome.kept) : "",
          missing > 0 ? t.missing(missing) : "",
          stray > 0 ? t.withoutRecord(outcome.strayNotes, outcome.strayStyles) : "",
        ]
          .filter(Boolean)
          .join(" ");
    toast(spreadsheet, message, lang);
    return {
      restored: outcome.restored,
      kept: outcome.kept + missing,
      notesWithoutRecord: outcome.strayNotes,
      stylesNotRestored: outcome.strayStyles,
      message,
    };
  });
}
