// Builds a large Transmissions log on the fake (test side, uncounted) with its day index: for cost tests and bench.
import {
  entryToRow,
  type HandoverEntry,
  headerRow,
  monthKeyOf,
  parseMonthIndex,
  recordDay,
} from "../../src/core/handovers";
import { isoSecondsWithOffset, zone } from "../../src/core/time";
import type { FakeAppsScript } from "../fakes";
import { FakeRange } from "../fakes/range";

const paris = zone("Europe/Paris");

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
