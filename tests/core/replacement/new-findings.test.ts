// Which findings a replacement creates: counterexamples found by the properties, kept as plain cases.
import type { Finding } from "../../../src/core/findings";
import { diffFindings, findReplacements } from "../../../src/core/replacement";
import { checked, row } from "./support";

const PAUL = "DURAND Paul";
const rests = (findings: readonly Finding[]): string[] =>
  findings.filter((f) => f.ruleId === "daily-rest").map((f) => f.message);

describe("new findings of a candidate", () => {
  test("a split shift after a night, before a morning: both short rests it makes are new", () => {
    // Paul: night on the 25th (ends 26/11 07:00), J on the 26th (09:00), M on the 27th (07:00). Before: one short
    // rest, 2 h from 07:00 to 09:00 on the 26th. Taking 7h-12h / 17h-21h on the 26th makes a 0 h rest after the
    // night AND a 10 h rest before the 27th's morning: both dated the 26th, the second no shorter than the old one.
    const input = checked({ "MARTIN Léa": row("M", "M"), [PAUL]: row("M", "M", { 25: "N", 26: "J" }) });
    expect(rests(input.findings.filter((f) => f.person === PAUL))).toEqual([
      "Repos quotidien de 2 h entre le 26/11 07:00 et le 26/11 09:00 (minimum 11 h).",
    ]);
    const result = findReplacements(input, {
      date: "2026-11-26",
      shift: "7h-12h / 17h-21h",
      absent: "MARTIN Léa",
    });
    const paul = result.candidates.find((c) => c.name === PAUL);
    expect(paul?.clean).toBe(false);
    expect(rests(paul?.newFindings ?? []).sort()).toEqual([
      "Repos quotidien de 0 h entre le 26/11 07:00 et le 26/11 07:00 (minimum 11 h).",
      "Repos quotidien de 10 h entre le 26/11 21:00 et le 27/11 07:00 (minimum 11 h).",
    ]);
  });

  test("a week already without its weekly rest stays an old finding when the shift only measures it longer", () => {
    // Paul is free on Sunday 1st, on night on Monday 2nd: the week of 02/11 has no 35 h rest. Taking M on the 1st,
    // the rest before the night is 31 h instead of 21 h (counted from the week's start): still short, not new.
    const rows = { "MARTIN Léa": row("M", "M"), [PAUL]: row("M", "M", { 1: "", 2: "N" }) };
    const weeklyRest = (findings: readonly Finding[]): string[] =>
      findings
        .filter((f) => f.person === PAUL && f.ruleId === "weekly-rest" && f.date === "2026-11-02")
        .map((f) => f.message);
    const input = checked(rows);
    expect(weeklyRest(input.findings)).toEqual([
      "Pas de repos hebdomadaire de 35 h d'affilée dont 24 h dans la semaine du 02/11 " +
        "(plus long repos dans la semaine : 21 h, du 02/11 00:00 au 02/11 21:00).",
    ]);
    const written = checked({ ...rows, [PAUL]: row("M", "M", { 2: "N" }) });
    expect(weeklyRest(written.findings)).toEqual([
      "Pas de repos hebdomadaire de 35 h d'affilée dont 24 h dans la semaine du 02/11 " +
        "(plus long repos : 31 h, du 01/11 14:00 au 02/11 21:00, dont 21 h dans la semaine).",
    ]);
    const result = findReplacements(input, { date: "2026-11-01", shift: "M", absent: "MARTIN Léa" });
    const paul = result.candidates.find((c) => c.name === PAUL);
    expect(paul?.newFindings.map((f) => f.ruleId)).toEqual(["consecutive-days"]);
  });

  test("diffFindings: an unchanged finding is old, a worse one is new, two changed ones of a rule and date are new", () => {
    const rest = (minutes: number, from: string): Finding => ({
      ruleId: "daily-rest",
      severity: "error",
      person: PAUL,
      date: "2026-11-26",
      tab: "Novembre 2026",
      cells: ["AB3"],
      message: `rest ${minutes} from ${from}`,
      details: { restMinutes: minutes, minimumMinutes: 660 },
    });
    const old = rest(120, "07:00");
    expect(diffFindings([old], [rest(120, "07:00")])).toEqual([]);
    expect(diffFindings([old], [rest(0, "07:00")])).toEqual([rest(0, "07:00")]);
    // One changed finding no worse than the one before: the same problem, measured again.
    expect(diffFindings([old], [rest(300, "05:00")])).toEqual([]);
    // Two where there was one: which one is "the old one" is unknown, both are new.
    expect(diffFindings([old], [rest(0, "07:00"), rest(600, "21:00")])).toHaveLength(2);
  });
});
