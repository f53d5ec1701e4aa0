// Repeated findings read as one line: same rule, person and pattern in a month; one unknown code in one tab.
import { checkWorkbook, toContractJson } from "../../../src/core/check/check";
import { groupFindings, groupLine, messagePattern } from "../../../src/core/check/groups";
import type { Finding } from "../../../src/core/findings";
import type { CellValue, WorkbookSnapshot } from "../../../src/core/workbook";

const days = (n: number): number[] => Array.from({ length: n }, (_, i) => i + 1);

/** November and December 2026: a night watcher on 10 h nights every other day, a colleague with a typo code. */
function workbook(): WorkbookSnapshot {
  const month = (
    count: number,
    night: (d: number) => boolean,
    typo: (d: number) => boolean,
  ): CellValue[][] => [
    ["Nom", ...days(count)],
    ["DUPONT Marc", ...days(count).map((d) => (night(d) ? "21h-7h" : ""))],
    ["MARTIN Léa", ...days(count).map((d) => (typo(d) ? "XX" : d % 7 === 0 ? "" : "7h-14h"))],
    ["PETIT Anne", ...days(count).map((d) => (d === 3 ? "XX" : d === 4 ? "YY" : ""))],
  ];
  return {
    locale: "fr_FR",
    timeZone: "Europe/Paris",
    dateBasis: "zone",
    tabs: [
      {
        name: "Paramètres",
        values: [
          ["clé", "valeur"],
          ["preset", "code-du-travail"],
        ],
      },
      {
        name: "Novembre 2026",
        values: month(
          30,
          (d) => d % 2 === 0 && d <= 28,
          (d) => d % 5 === 0,
        ),
      },
      {
        name: "Décembre 2026",
        values: month(
          31,
          (d) => d === 2 || d === 4,
          () => false,
        ),
      },
    ],
  };
}

const result = checkWorkbook(workbook());
const groups = groupFindings(result.findings, "fr");

test("14 nights of 10 h in November are one line with the count and the first and last dates", () => {
  const nights = groups.filter((g) => g.ruleId === "night-max" && g.person === "DUPONT Marc");
  const november = nights.find((g) => g.first?.startsWith("2026-11"));
  expect(november?.findings).toHaveLength(14);
  expect(november?.kind).toBe("repeated");
  expect(groupLine(november as never, "fr")).toBe("14 nuits de 10 h (maximum 8 h) — 02/11 → 28/11");
  expect(november?.findings.map((f) => f.date)).toEqual(
    days(14).map((i) => `2026-11-${String(2 * i).padStart(2, "0")}`),
  );
  // December's nights are another month: another line.
  const december = nights.find((g) => g.first?.startsWith("2026-12"));
  expect(december?.findings).toHaveLength(2);
  expect(december?.cells).toEqual(["C2", "E2"]);
});

test("one unknown code in one tab is one line with its count and cells, whoever's rows they are on", () => {
  const codes = groups.filter((g) => g.kind === "code" || g.ruleId === "unknown-code");
  const xx = codes.find((g) => g.tab === "Novembre 2026" && g.label.includes("XX"));
  expect(xx?.label).toBe("7 cellules avec « XX » (code inconnu)");
  expect(xx?.person).toBeNull();
  // In the findings' order (by date): PETIT Anne's 3rd, then MARTIN Léa's 5th, 10th…
  expect(xx?.cells).toEqual(["D4", "F3", "K3", "P3", "U3", "Z3", "AE3"]);
  // Another code, and a code on its own, stay their own lines.
  expect(
    codes
      .filter((g) => g.tab === "Novembre 2026")
      .map((g) => g.findings.length)
      .sort(),
  ).toEqual([1, 7]);
});

test("every finding is in exactly one group, in the findings' order; a single finding keeps its message", () => {
  expect(groups.flatMap((g) => g.findings)).toHaveLength(result.findings.length);
  expect(new Set(groups.flatMap((g) => g.findings))).toEqual(new Set(result.findings));
  const firsts = groups.map((g) => result.findings.indexOf(g.findings[0] as Finding));
  expect(firsts).toEqual([...firsts].sort((a, b) => a - b));
  for (const g of groups.filter((x) => x.kind === "single")) {
    expect(g.findings).toHaveLength(1);
    expect(groupLine(g, "fr")).toBe(g.findings[0]?.message);
  }
  expect(new Set(groups.map((g) => g.id)).size).toBe(groups.length);
});

test("findings differing by more than their dates are not grouped", () => {
  const f = (message: string, date: string): Finding => ({
    ruleId: "daily-rest",
    severity: "error",
    person: "A",
    date,
    tab: "T",
    cells: ["B2"],
    message,
    details: { restMinutes: 540, minimumMinutes: 660 },
  });
  const list = [
    f("Repos quotidien de 9 h entre le 02/11 22:00 et le 03/11 07:00 (minimum 11 h).", "2026-11-02"),
    f("Repos quotidien de 9 h entre le 05/11 22:00 et le 06/11 07:00 (minimum 11 h).", "2026-11-05"),
    f("Repos quotidien de 8 h entre le 07/11 22:00 et le 08/11 06:00 (minimum 11 h).", "2026-11-07"),
    {
      ...f("Repos quotidien de 9 h entre le 09/11 22:00 et le 10/11 07:00 (minimum 11 h).", "2026-11-09"),
      person: "B",
    },
  ];
  expect(groupFindings(list, "fr").map((g) => g.findings.length)).toEqual([2, 1, 1]);
  expect(groupLine(groupFindings(list, "fr")[0] as never, "fr")).toBe(
    "2 repos quotidiens de 9 h (minimum 11 h) — 02/11 → 05/11",
  );
  expect(groupLine(groupFindings(list, "en")[0] as never, "en")).toBe(
    "2 daily rests of 9 h (minimum 11 h) — 2 Nov → 5 Nov",
  );
  expect(messagePattern(list[0]?.message ?? "")).toBe(
    "Repos quotidien de 9 h entre le … et le … (minimum 11 h).",
  );
});

test("check --json keeps every finding and gives each the id of its group", () => {
  const json = toContractJson(result);
  expect(json.findings).toHaveLength(result.findings.length);
  expect(json.findings.map(({ group: _, ...f }) => f)).toEqual(result.findings);
  const idOf = new Map(result.findings.map((f, i) => [f, json.findings[i]?.group]));
  for (const g of groups) expect(new Set(g.findings.map((f) => idOf.get(f)))).toEqual(new Set([g.id]));
  expect(new Set(json.findings.map((f) => f.group)).size).toBe(groups.length);
});
