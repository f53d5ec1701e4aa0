// listHandovers queries: validation, bounds in the spreadsheet's zone, filters, order and the reading order.
import {
  applyQuery,
  type HandoverEntry,
  importanceOrder,
  isUnreadBy,
  parseHandoverQuery,
  resolveQuery,
} from "../../../src/core/handovers";
import { zone } from "../../../src/core/time";

const paris = zone("Europe/Paris");
const base: HandoverEntry = {
  id: "20261124-080000-aaaaaa",
  writtenAt: "2026-11-24T08:00:00+01:00",
  author: "a@x.fr",
  shift: "matin",
  person: "Martin Léa",
  category: "Santé",
  severity: "info",
  data: "x",
  readBy: [],
};
const e = (id: string, writtenAt: string, extra: Partial<HandoverEntry> = {}): HandoverEntry => ({
  ...base,
  id,
  writtenAt,
  ...extra,
});

const entries = [
  e("20261123-230000-aaaaaa", "2026-11-23T23:00:00+01:00", { severity: "urgent" }),
  e("20261124-080000-bbbbbb", "2026-11-24T08:00:00+01:00", { person: "Service", category: "Logistique" }),
  e("20261124-150000-cccccc", "2026-11-24T15:00:00+01:00", {
    severity: "watch",
    followUp: { what: "Appeler" },
    followUpStatus: "open",
  }),
  e("20261125-070000-dddddd", "2026-11-25T07:00:00+01:00", { readBy: ["b@x.fr"], severity: "urgent" }),
];

const run = (query: unknown) =>
  applyQuery(entries, resolveQuery(parseHandoverQuery(query, "fr"), paris)).map((x) => x.id.slice(-6));

describe("handover queries", () => {
  it("returns everything newest first without a query", () => {
    expect(run(undefined)).toEqual(["dddddd", "cccccc", "bbbbbb", "aaaaaa"]);
  });

  it("takes civil dates as whole days in the spreadsheet's zone, and ISO date-times as instants", () => {
    expect(run({ since: "2026-11-24", until: "2026-11-24" })).toEqual(["cccccc", "bbbbbb"]);
    expect(run({ since: "2026-11-24T14:00:00Z" })).toEqual(["dddddd", "cccccc"]);
  });

  it("filters by person, category, severity and open follow-ups, and limits", () => {
    expect(run({ person: "service" })).toEqual(["bbbbbb"]);
    expect(run({ category: "sante" })).toEqual(["dddddd", "cccccc", "aaaaaa"]);
    expect(run({ severity: "urgent", limit: 1 })).toEqual(["dddddd"]);
    expect(run({ openFollowUpsOnly: true })).toEqual(["cccccc"]);
  });

  it("refuses a malformed query naming the field", () => {
    expect(() => parseHandoverQuery({ since: "hier" }, "fr")).toThrow(
      "Recherche impossible. Depuis : date attendue (AAAA-MM-JJ ou date et heure ISO).",
    );
    expect(() => parseHandoverQuery({ limit: 0 }, "en")).toThrow(
      "Maximum number: a number between 1 and 1000 is expected.",
    );
  });

  it("finds an entry about several people under each of them", () => {
    const fight = e("20261124-190000-eeeeee", "2026-11-24T19:00:00+01:00", {
      person: "Adam B.",
      persons: ["Adam B.", "Noah G."],
    });
    const q = (person: string) =>
      applyQuery([...entries, fight], resolveQuery(parseHandoverQuery({ person }, "fr"), paris)).map((x) =>
        x.id.slice(-6),
      );
    expect(q("noah g.")).toEqual(["eeeeee"]);
    expect(q("Adam B.")).toEqual(["eeeeee"]);
  });

  it("À lire: unread per reader (the author has read it, Lu par in any spelling), most important first", () => {
    const mine = e("20261125-080000-ffffff", "2026-11-25T08:00:00+01:00", { author: "b@x.fr" });
    const corrected = e("20261125-090000-gggggg", "2026-11-25T09:00:00+01:00", { correctedBy: ["x"] });
    const unread = [...entries, mine, corrected]
      .filter((x) => isUnreadBy(x, ["B@x.fr", "Bernard Paul"]))
      .sort(importanceOrder)
      .map((x) => x.id.slice(-6));
    expect(unread).toEqual(["aaaaaa", "cccccc", "bbbbbb"]);
    expect(isUnreadBy(entries[3] as HandoverEntry, ["c@x.fr"])).toBe(true);
  });
});
