// Builds a large Transmissions log on the fake (test side, uncounted) with its day index: for cost tests and bench.
import {
  dayOfEntryId,
  entryToRow,
  type HandoverEntry,
  headerRow,
  monthKeyOf,
  parseMonthIndex,
  recordDay,
} from "../../src/core/handovers";
import { isoSecondsWithOffset, zone } from "../../src/core/time";
import { STATE_KEY } from "../../src/gas/handovers/log-state";
import { EARLIEST } from "../../src/gas/handovers/reader";
import type { FakeAppsScript } from "../fakes";
import { FakeRange } from "../fakes/range";

const paris = zone("Europe/Paris");

/**
 * The state the handover code keeps after appending `entries` in order to an empty tab (rows 2…): what a log
 * written by the add-on has, so tests and benchmarks start from the everyday case (the index holds).
 */
export function logStateJson(sheetId: number, entries: readonly HandoverEntry[]): string {
  const first = entries[0];
  const last = entries[entries.length - 1];
  return JSON.stringify({
    sheetId,
    lastRow: entries.length + 1,
    lastId: last?.id ?? "",
    indexFrom: EARLIEST,
    firstDay: first ? dayOfEntryId(first.id) : null,
  });
}

/** Builds a log of `count` entries, `perDay` a day up to `endMs`, in a tab with role `handovers`, and its index. */
export function buildHandoverLog(
  fake: FakeAppsScript,
  count: number,
  endMs: number,
  perDay: number,
): HandoverEntry[] {
  const days = Math.ceil(count / perDay);
  const entries: HandoverEntry[] = [];
  for (let i = 0; i < count; i++) {
    const day = days - 1 - Math.floor(i / perDay);
    const ms = endMs - day * 86_400_000 - (perDay - (i % perDay)) * 600_000;
    const iso = isoSecondsWithOffset(ms, paris);
    entries.push({
      id: `${iso.slice(0, 10).replace(/-/g, "")}-${iso.slice(11, 19).replace(/:/g, "")}-${i.toString(16).padStart(6, "0")}`,
      writtenAt: iso,
      author: "lea@example.org",
      shift: "soir",
      person: "Martin Léa",
      category: "Santé",
      severity: i % 7 === 0 ? "urgent" : "info",
      data: `Observation ${i}`,
      readBy: [],
    });
  }
  const sheet = fake.spreadsheet.addSheetWithValues("Transmissions", [headerRow("fr")]);
  sheet.addDeveloperMetadata("releve.role", "handovers");
  sheet.insertRowsAfter(sheet.getMaxRows(), count);
  sheet.getRange(2, 1, count, headerRow("fr").length).setValues(entries.map((e) => entryToRow(e, "fr")));
  const props = fake.properties.document;
  entries.forEach((e, i) => {
    const day = paris.toWall(Math.floor(new Date(e.writtenAt).getTime() / 60000)).day;
    const next = recordDay(parseMonthIndex(props.getProperty(monthKeyOf(day))), day, i + 2);
    if (next) props.setProperty(monthKeyOf(day), JSON.stringify(next));
  });
  props.setProperty(STATE_KEY, logStateJson(sheet.getSheetId(), entries));
  return entries;
}

/** Service calls, cells read (getValues/getValue) and wall time of `fn` on the fake. */
export function measureReads(
  fake: FakeAppsScript,
  fn: () => unknown,
): { calls: number; cells: number; ms: number } {
  let cells = 0;
  const proto = FakeRange.prototype;
  const getValues = proto.getValues;
  const getValue = proto.getValue;
  proto.getValues = function (this: FakeRange) {
    cells += this.numRows * this.numCols;
    return getValues.call(this);
  };
  proto.getValue = function (this: FakeRange) {
    cells += 1;
    return getValue.call(this);
  };
  try {
    fake.calls.reset();
    const start = performance.now();
    fn();
    return { calls: fake.calls.total(), cells, ms: performance.now() - start };
  } finally {
    proto.getValues = getValues;
    proto.getValue = getValue;
  }
}
