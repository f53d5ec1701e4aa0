// The hidden marks store: records split across cells under Sheets' limit, and a store of the previous version
// (marks were fills then) still cleared exactly.

import type { MarkRecord } from "../../src/gas/check/mark-types";
import { CHUNK_CHARS, recordsToRows, rowsToRecords, STORE_HEADER } from "../../src/gas/check/store-codec";
import { clearPlanningFlags } from "../../src/gas/main";
import type { FakeAppsScript, FakeSheet } from "../fakes";
import { checkWorld } from "./check-world";

const NOV = "Hirondelles - Novembre 2026";
let fake: FakeAppsScript;
afterEach(() => fake?.uninstall());

test("records round-trip; a long note spans several cells, none over the chunk size", () => {
  const records: MarkRecord[] = [
    { sheetId: 7, row: 9, col: 26, props: { note: { prev: '\u0001"'.repeat(30_000), ours: "[Relève] x" } } },
    { sheetId: 7, row: 9, col: 27, props: { fontColor: { prev: "#000000", ours: "#c5221f" } } },
  ];
  const rows = recordsToRows(records);
  expect(rows[0]).toEqual([STORE_HEADER]);
  expect(rows.length).toBeGreaterThan(4);
  expect(rows.every(([cell]) => (cell as string).length <= CHUNK_CHARS)).toBe(true);
  expect(rowsToRecords(rows)).toEqual({ records, ok: true });
  // Cut or typed into: nothing is trusted, and it says so.
  expect(rowsToRecords([rows[0] as string[], ["[1,2"]])).toEqual({ records: [], ok: false });
});

test("marks of the previous version (a fill and a note, one JSON array per cell) are cleared exactly", () => {
  fake = checkWorld({ months: 1 });
  const nov = fake.spreadsheet.getSheetByName(NOV) as FakeSheet;
  const fill = nov.cellAt(10, 26)?.background ?? "#ffffff";
  const note = "[Relève] Erreur — Repos quotidien : Repos quotidien de 9 h.";
  nov.getRange("Z10").setBackground("#f4c7c3").setNote(note);
  const store = fake.spreadsheet.addSheetWithValues("Relève — marques (ne pas modifier)", [
    ["releve-marks-v2"],
    [JSON.stringify([[nov.getSheetId(), 9, 25, fill, "#f4c7c3", "", note]])],
  ]);
  store.addDeveloperMetadata("releve.role", "marks");
  const cleared = clearPlanningFlags();
  expect(cleared).toMatchObject({ restored: 1, kept: 0, notesWithoutRecord: 0 });
  expect(nov.cellAt(10, 26)?.background).toBe(fill);
  expect(nov.cellAt(10, 26)?.note).toBe("");
});
