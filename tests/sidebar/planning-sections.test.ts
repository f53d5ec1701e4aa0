// The Planning panel's arrangement of groups (pure): by person in order of seriousness, or by week in date order.

import { arrange, weekOf } from "../../sidebar/planning/sections";
import type { FindingGroup } from "../../src/core/check/groups";

const group = (id: string, person: string | null, first: string | null, count = 1): FindingGroup => ({
  id,
  kind: count > 1 ? "repeated" : "single",
  ruleId: "daily-rest",
  severity: "error",
  person,
  tab: "T",
  findings: Array.from({ length: count }, () => ({}) as never),
  first,
  last: first,
  cells: [],
  label: id,
  span: "",
});

const groups = [
  group("a", "Léa", "2026-11-24"),
  group("b", null, "2026-11-02"),
  group("c", "Paul", "2026-11-03", 3),
  group("d", "Léa", null),
];

test("by person: people in the order of their first (most serious) group, groups without a person last", () => {
  expect(arrange(groups, "person").map((s) => [s.key, s.groups.map((g) => g.id), s.count])).toEqual([
    ["Léa", ["a", "d"], 2],
    ["Paul", ["c"], 3],
    [null, ["b"], 1],
  ]);
});

test("by week: weeks (Monday) in calendar order, undated last", () => {
  expect(weekOf("2026-11-29")).toBe("2026-11-23");
  expect(arrange(groups, "week").map((s) => [s.key, s.groups.map((g) => g.id)])).toEqual([
    ["2026-11-02", ["b", "c"]],
    ["2026-11-23", ["a"]],
    [null, ["d"]],
  ]);
});
